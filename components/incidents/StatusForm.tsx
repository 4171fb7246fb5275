import { useId, useState, type FormEvent } from 'react';
import { STATUS_TRANSITIONS } from '../../lib/incidents/status';
import { PHASES, Phase, type Incident, type IncidentStatus } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { FormError, useActor, useSend } from './common';

/** The status (only the moves the practice allows from here) with an optional why, and the phase. */
export function StatusForm({ incident }: { incident: Incident }) {
  const { t } = usePanel();
  const id = useId();
  const by = useActor();
  const { send, error } = useSend();
  const options = STATUS_TRANSITIONS[incident.status];
  const [to, setTo] = useState<IncidentStatus | ''>('');
  const [note, setNote] = useState('');
  const target = to && options.includes(to) ? to : options[0];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) return;
    if ((await send({ type: 'incident/set-status', id: incident.id, status: target, note, by })).ok) {
      setNote('');
      setTo('');
    }
  };
  return (
    <div className="status-form">
      <div className="field">
        <label htmlFor={`${id}-phase`}>{t('incidents.phase')}</label>
        <select
          id={`${id}-phase`}
          value={incident.phase}
          disabled={incident.status === 'reviewed'}
          onChange={(e) => void send({ type: 'incident/set-phase', id: incident.id, phase: Phase.parse(e.target.value), by })}
        >
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`phase.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {target ? (
        <form className="incident-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('incidents.status.label')}</label>
            <select id={`${id}-status`} value={target} onChange={(e) => setTo(e.target.value as IncidentStatus)}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {t(`incidents.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-why`}>{t('incidents.status.note')}</label>
            <textarea id={`${id}-why`} rows={2} value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit">{t('incidents.status.apply')}</button>
        </form>
      ) : null}
      {incident.status === 'resolved' && <p className="hint">{t('incidents.status.reviewedHint')}</p>}
      <FormError error={error} />
    </div>
  );
}
