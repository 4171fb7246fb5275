import { useCallback, useEffect, useId, useState } from 'react';
import { formatBytes, storageStatus, type StorageStatus } from '../../lib/storage-care';
import { usePanel } from '../PanelContext';

/**
 * Settings → Storage: whether the browser keeps Keel's data when space runs low (with a
 * button that asks it to), and how much of the allowed space Keel uses.
 */
export function StorageSection() {
  const { env, t, language } = usePanel();
  const ids = useId();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [refused, setRefused] = useState(false);

  const refresh = useCallback(() => storageStatus(env.storage).then(setStatus), [env.storage]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function keep() {
    const granted = env.storage?.persist ? await env.storage.persist().catch(() => false) : false;
    setRefused(!granted);
    await refresh();
  }

  if (!status) return null;
  return (
    <section className="storage" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>{t('settings.storage.heading')}</h3>
      {status.persisted === true && <p className="notice">{t('settings.storage.persisted')}</p>}
      {status.persisted === false && (
        <p className="warning">
          {t('settings.storage.notPersisted')}{' '}
          <button type="button" onClick={() => void keep()}>
            {t('settings.storage.keep')}
          </button>
        </p>
      )}
      {status.persisted === null && <p className="hint">{t('settings.storage.unknownPersistence')}</p>}
      {refused && status.persisted === false && <p role="status">{t('settings.storage.refused')}</p>}
      <p>
        {status.usage !== null && status.quota !== null
          ? t('settings.storage.usage', { usage: formatBytes(status.usage, language), quota: formatBytes(status.quota, language) })
          : t('settings.storage.unknownUsage')}
      </p>
    </section>
  );
}
