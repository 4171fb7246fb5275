import { useState } from 'react';
import { usePanel } from '../PanelContext';
import { usePanelState } from '../state';
import { FormError, useActor, useSend } from './common';
import { IncidentFieldsForm, type IncidentFields } from './IncidentFieldsForm';

const BLANK: IncidentFields = { title: '', crisisType: 'service-complaint', severity: 'medium', owner: '', platforms: [] };

/**
 * "New incident": the fields for one opened from scratch, or (with mentionIds) from mentions
 * picked in the Queue. Opens the new incident's detail once the background has stored it.
 */
export function NewIncident({ mentionIds = [], initial = BLANK, onDone }: { mentionIds?: string[]; initial?: IncidentFields; onDone: () => void }) {
  const { t } = usePanel();
  const by = useActor();
  const { send, error } = useSend();
  const [busy, setBusy] = useState(false);
  const { showIncident, setView } = usePanelState();
  const create = async (fields: IncidentFields) => {
    setBusy(true);
    const reply = await send({ type: 'incident/open', draft: fields, mentionIds, by });
    setBusy(false);
    if (!reply.ok) return;
    onDone();
    showIncident(String(reply.incidentId));
    setView('incidents');
  };
  return (
    <div className="new-incident" aria-busy={busy}>
      <IncidentFieldsForm initial={initial} submitLabel={t('incidents.create')} onSubmit={(f) => void create(f)} onCancel={onDone} />
      <FormError error={error} />
    </div>
  );
}
