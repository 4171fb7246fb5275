import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { NO_ACCESS_ERROR, type CaptureResult } from '../../lib/capture/capture';
import { openIncidents } from '../../lib/incidents/store';
import type { PanelEnv } from '../../lib/panel/env';
import type { ArticleSnapshot } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';
import { usePanel } from '../PanelContext';
import { useActor } from './common';

const NEW = '';

/**
 * "Capture this page": the article in the panel's tab becomes evidence of an incident (the
 * given one, or one the person picks, or a new one from the page). Keel reads the tab only
 * with access the person gave for it: activeTab from the toolbar button or the context menu,
 * else a permission for this site alone, asked in this click and given back afterwards.
 */
export function CaptureButton({ incidentId }: { incidentId?: string | null }) {
  const { env, t } = usePanel();
  const by = useActor();
  const id = useId();
  const open = useLiveQuery(() => (incidentId ? Promise.resolve([]) : openIncidents(env.db)), [env.db, incidentId]) ?? [];
  const [chosen, setChosen] = useState(NEW);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<CaptureResult | null>(null);
  const target = incidentId ?? (open.some((i) => i.id === chosen) ? chosen : NEW);

  const capture = async () => {
    setBusy(true);
    setError('');
    setDone(null);
    const outcome = await captureWithAccess(env, target || null, by);
    setBusy(false);
    if ('error' in outcome) setError(outcome.messageKey ? t(outcome.messageKey) : outcome.error);
    else setDone(outcome.result);
  };

  return (
    <div className="capture">
      {!incidentId && (
        <div className="field">
          <label htmlFor={`${id}-incident`}>{t('capture.incident')}</label>
          <select id={`${id}-incident`} value={target} onChange={(e) => setChosen(e.target.value)}>
            {open.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incident.title}
              </option>
            ))}
            <option value={NEW}>{t('capture.newIncident')}</option>
          </select>
        </div>
      )}
      <button type="button" onClick={() => void capture()} disabled={busy}>
        {busy ? t('capture.working') : t('capture.button')}
      </button>
      {done && (
        <p role="status" className="notice">
          {t('capture.done', { title: done.title, site: siteOf(done), count: done.mentions })}
        </p>
      )}
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
    </div>
  );
}

function siteOf(article: Pick<ArticleSnapshot, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname;
  } catch {
    return article.url;
  }
}

type Outcome = { result: CaptureResult } | { error: string; messageKey?: MessageKey };

/**
 * Captures the panel's tab with the access the person gave. When the browser refuses
 * (no activeTab for this tab), asks for this site's origin alone, in the same click, and
 * gives the permission back after the capture, whatever its outcome.
 */
async function captureWithAccess(env: PanelEnv, incidentId: string | null, by: string): Promise<Outcome> {
  const access = await env.tabAccess?.state();
  if (!access || access.kind === 'no-tab') return { error: 'no tab', messageKey: 'capture.noTab' };
  if (access.kind === 'not-web') return { error: 'not web', messageKey: 'capture.notWeb' };
  if (access.kind === 'hidden') return { error: NO_ACCESS_ERROR, messageKey: 'capture.noAccess' };
  const send = async (): Promise<Outcome> => {
    const reply = await env.background({ type: 'capture/page', tabId: access.tabId, incidentId, by });
    return reply.ok ? { result: reply.capture as CaptureResult } : { error: reply.error };
  };
  const first = await send();
  if (!('error' in first) || first.error !== NO_ACCESS_ERROR || access.granted) return first;
  const given = await env.tabAccess!.request(access.origin);
  if (given === null) return { error: NO_ACCESS_ERROR, messageKey: 'capture.noAccess' };
  if (!given) return { error: 'denied', messageKey: 'capture.denied' };
  try {
    return await send();
  } finally {
    await env.tabAccess!.release(access.origin);
  }
}
