import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { incidentLog, isEnded } from '../lib/incidents';
import { crisisTypeLabel } from '../lib/risk/explain';
import { PHASES, Phase, type Incident } from '../lib/schema';
import { usePanel } from './PanelContext';
import { useNow } from './reply/NextUpdate';

/** The local incident log: open incidents first, each with its phase and what happened, in order. */
export function IncidentsView() {
  const { env, t } = usePanel();
  const incidents = useLiveQuery(() => env.db.incidents.orderBy('openedAt').reverse().toArray(), [env.db]);
  const sorted = (incidents ?? []).sort((a, b) => Number(isEnded(a)) - Number(isEnded(b)));
  return (
    <section className="view incidents" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">{t('incidents.heading')}</h2>
      {incidents && sorted.length === 0 && <p className="hint">{t('incidents.empty')}</p>}
      <ol className="incident-list" aria-label={t('incidents.heading')}>
        {sorted.map((incident) => (
          <IncidentCard key={incident.id} incident={incident} />
        ))}
      </ol>
    </section>
  );
}

/** When the next update a reply promised is due, in red once the time has passed. */
function NextUpdateDue({ at, format }: { at: number; format: (at: number) => string }) {
  const { t } = usePanel();
  const now = useNow();
  const overdue = at <= now;
  return (
    <p className={overdue ? 'warning next-update-due overdue' : 'notice next-update-due'} data-overdue={overdue}>
      <time dateTime={new Date(at).toISOString()}>
        {t(overdue ? 'incidents.nextUpdateOverdue' : 'incidents.nextUpdate', { time: format(at) })}
      </time>
    </p>
  );
}

function IncidentCard({ incident }: { incident: Incident }) {
  const { env, t, language } = usePanel();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const events = useLiveQuery(() => incidentLog(env.db, incident.id), [env.db, incident.id]) ?? [];
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(at);
  const send = async (message: Parameters<typeof env.background>[0]) => {
    const reply = await env.background(message);
    setError(reply.ok ? '' : reply.error);
  };
  return (
    <li className="incident" data-incident-id={incident.id} data-status={incident.status}>
      <h3>
        {incident.title} <span className="status">{t(`incidents.status.${incident.status}`)}</span>
      </h3>
      <p className="hint">
        {crisisTypeLabel(incident.crisisType, language)} · {t('incidents.opened', { time: time(incident.openedAt) })} ·{' '}
        {t('incidents.mentions', { count: incident.mentionIds.length })}
      </p>
      {!isEnded(incident) && incident.nextUpdateDueAt != null && <NextUpdateDue at={incident.nextUpdateDueAt} format={time} />}
      <div className="field">
        <label htmlFor={`${id}-phase`}>{t('incidents.phase')}</label>
        <select
          id={`${id}-phase`}
          value={incident.phase}
          disabled={isEnded(incident)}
          onChange={(e) => void send({ type: 'incident/set-phase', id: incident.id, phase: Phase.parse(e.target.value) })}
        >
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`phase.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <details>
        <summary>{t('incidents.log')}</summary>
        <ol className="incident-log">
          {events.map((event) => (
            <li key={event.id} data-kind={event.kind}>
              <time dateTime={new Date(event.at).toISOString()}>{time(event.at)}</time> {t(`incidents.event.${event.kind}`)}
              {event.note && event.kind !== 'phase-changed' ? `: ${event.note}` : ''}
              {event.kind === 'phase-changed' ? `: ${t(`phase.${Phase.catch('respond').parse(event.note)}`)}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {!isEnded(incident) && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void send({ type: 'incident/close', id: incident.id, note });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('incidents.closeNote')}</label>
            <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit">{t('incidents.close')}</button>
        </form>
      )}
      {error && (
        <p role="alert" className="errors">
          {error}
        </p>
      )}
    </li>
  );
}
