import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isEnded } from '../../lib/incidents/store';
import { crisisTypeLabel } from '../../lib/risk/explain';
import { RISK_LEVELS, type Incident } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { RiskChip } from '../RiskChip';
import { usePanelState } from '../state';
import { NextUpdateDue } from './NextUpdateDue';

/** Open first, then the most severe, then the most recently changed. */
export function sortIncidents(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort(
    (a, b) =>
      Number(isEnded(a)) - Number(isEnded(b)) ||
      RISK_LEVELS.indexOf(b.severity) - RISK_LEVELS.indexOf(a.severity) ||
      b.updatedAt - a.updatedAt ||
      a.id.localeCompare(b.id),
  );
}

/** How many incidents the list shows at first, and how many more each "Show more" adds. */
export const INCIDENT_PAGE = 50;

/**
 * Every incident, read from the incidents table alone in one query: the counts come from the
 * rows themselves, so no mention is read. Five hundred incidents sort in a few milliseconds but
 * take far longer to draw, so the list draws the first page (open and most severe first) and
 * the rest a page at a time on request.
 */
export function IncidentList() {
  const { env, t } = usePanel();
  const incidents = useLiveQuery(() => env.db.incidents.toArray(), [env.db]);
  const [shown, setShown] = useState(INCIDENT_PAGE);
  const sorted = incidents ? sortIncidents(incidents) : [];
  const left = sorted.length - shown;
  return (
    <>
      {incidents && sorted.length === 0 && <p className="hint">{t('incidents.empty')}</p>}
      <ol className="incident-list" aria-label={t('incidents.heading')}>
        {sorted.slice(0, shown).map((incident) => (
          <IncidentRow key={incident.id} incident={incident} />
        ))}
      </ol>
      {left > 0 && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + INCIDENT_PAGE)}>
          {t('incidents.showMore', { count: Math.min(left, INCIDENT_PAGE), left })}
        </button>
      )}
    </>
  );
}

function IncidentRow({ incident }: { incident: Incident }) {
  const { t, language } = usePanel();
  const showIncident = usePanelState((s) => s.showIncident);
  return (
    <li className="incident" data-incident-id={incident.id} data-status={incident.status}>
      <button type="button" className="incident-open" onClick={() => showIncident(incident.id)}>
        <span className="incident-head">
          <RiskChip level={incident.severity} /> <span className="status">{t(`incidents.status.${incident.status}`)}</span>{' '}
          <strong className="title">{incident.title}</strong>
        </span>
        <span className="hint">
          {crisisTypeLabel(incident.crisisType, language)} · {incident.owner ? t('incidents.ownerLine', { name: incident.owner }) : t('incidents.noOwner')} ·{' '}
          {t('incidents.mentions', { count: incident.mentionIds.length })}
        </span>
      </button>
      {/* A promised update is what a manager must not miss: due or overdue shows in the list too. */}
      {!isEnded(incident) && incident.nextUpdateDueAt != null && <NextUpdateDue at={incident.nextUpdateDueAt} />}
    </li>
  );
}
