import { useState } from 'react';
import { usePanel } from './PanelContext';
import { usePanelState } from './state';
import { ActorPicker } from './incidents/common';
import { IncidentDetail } from './incidents/IncidentDetail';
import { IncidentList } from './incidents/IncidentList';
import { NewIncident } from './incidents/NewIncident';
import { CaptureButton } from './incidents/CaptureButton';
import { ExportListButton } from './incidents/ExportListButton';

/** The local incident log: the list (open ones first), one incident's detail, and "New incident". */
export function IncidentsView() {
  const { t } = usePanel();
  const openIncidentId = usePanelState((s) => s.openIncidentId);
  const [creating, setCreating] = useState(false);
  return (
    <section className="view incidents" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">{t('incidents.heading')}</h2>
      {openIncidentId ? (
        <IncidentDetail incidentId={openIncidentId} />
      ) : (
        <>
          <ActorPicker id="incidents-actor" />
          {creating ? (
            <NewIncident onDone={() => setCreating(false)} />
          ) : (
            <button type="button" onClick={() => setCreating(true)}>
              {t('incidents.new')}
            </button>
          )}
          <CaptureButton />
          <ExportListButton />
          <IncidentList />
        </>
      )}
    </section>
  );
}
