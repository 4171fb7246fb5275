import { useId, useState, type FormEvent } from 'react';
import { usePanel } from '../PanelContext';
import { FormError, useActor, useSend } from './common';

export function NoteForm({ incidentId }: { incidentId: string }) {
  const { t } = usePanel();
  const id = useId();
  const by = useActor();
  const { send, error } = useSend();
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ((await send({ type: 'incident/note', id: incidentId, note, by })).ok) setNote('');
  };
  return (
    <form className="incident-form note-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('incidents.note.label')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} maxLength={5000} required onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit">{t('incidents.note.add')}</button>
      <FormError error={error} />
    </form>
  );
}
