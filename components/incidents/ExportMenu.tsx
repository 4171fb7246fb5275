import { useId, useState } from 'react';
import { downloadText } from '../../lib/files/download';
import { incidentFileName, incidentJson, loadIncidentRecord } from '../../lib/files/incident-json';
import { incidentReport } from '../../lib/files/incident-report';
import { usePanel } from '../PanelContext';

/** Export one incident: a Markdown report for people, or JSON for tools. */
export function ExportMenu({ incidentId }: { incidentId: string }) {
  const { env, t } = usePanel();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');

  async function exportAs(kind: 'md' | 'json') {
    setOpen(false);
    try {
      const record = await loadIncidentRecord(env.db, incidentId);
      const text = kind === 'md' ? incidentReport(record, Date.now()) : incidentJson(record);
      downloadText(text, incidentFileName(record.incident, kind), kind === 'md' ? 'text/markdown;charset=utf-8' : 'application/json');
      setError('');
    } catch (e) {
      setError(t('export.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }

  return (
    <div className="export-menu">
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)}>
        {t('export.button')}
      </button>
      {open && (
        <div role="menu" id={`${id}-menu`} aria-label={t('export.button')}>
          <button type="button" role="menuitem" onClick={() => void exportAs('md')}>
            {t('export.markdown')}
          </button>
          <button type="button" role="menuitem" onClick={() => void exportAs('json')}>
            {t('export.json')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
    </div>
  );
}
