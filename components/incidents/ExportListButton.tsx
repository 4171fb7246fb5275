import { useState } from 'react';
import { downloadText, fileDay } from '../../lib/files/download';
import { exportIncidentsCsv } from '../../lib/files/incidents-csv';
import { usePanel } from '../PanelContext';

/** "Export list (CSV)": every stored incident, one row each, for a spreadsheet. */
export function ExportListButton() {
  const { env, t } = usePanel();
  const [error, setError] = useState('');
  async function onExport() {
    try {
      // The byte order mark makes spreadsheet programs read the file as UTF-8.
      downloadText(`\uFEFF${await exportIncidentsCsv(env.db)}`, `keel-incidents-${fileDay(Date.now())}.csv`, 'text/csv;charset=utf-8');
      setError('');
    } catch (e) {
      setError(t('export.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return (
    <>
      <button type="button" className="export-list" onClick={() => void onExport()}>
        {t('export.csv')}
      </button>
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
    </>
  );
}
