import { useLiveQuery } from 'dexie-react-hooks';
import { incidentEvidence } from '../../lib/incidents/evidence';
import { mentionsOverTime, timeToFirstResponse } from '../../lib/incidents/figures';
import { incidentLog, isEnded } from '../../lib/incidents/store';
import { crisisTypeLabel } from '../../lib/risk/explain';
import type { Evidence, Incident, IncidentEvent } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { RiskChip } from '../RiskChip';
import { usePanelState } from '../state';
import { ActorPicker, FormError, useActor, useSend, useTimeFormat } from './common';
import { DecisionForm } from './DecisionForm';
import { EscalationForm } from './EscalationForm';
import { EvidenceList } from './EvidenceList';
import { Figures } from './Figures';
import { IncidentFieldsForm, type IncidentFields } from './IncidentFieldsForm';
import { NextUpdateDue } from './NextUpdateDue';
import { NoteForm } from './NoteForm';
import { StatusForm } from './StatusForm';
import { ReviewForm } from './ReviewForm';
import { ExportMenu } from './ExportMenu';
import { Timeline } from './Timeline';
import { CaptureButton } from './CaptureButton';

/** One incident: its details (editable), figures, evidence, timeline, and the forms to add to it. */
export function IncidentDetail({ incidentId }: { incidentId: string }) {
  const { env, t } = usePanel();
  const showIncident = usePanelState((s) => s.showIncident);
  // The incident, its timeline and its evidence in one read, each through its table's
  // [incidentId+…] index, so the detail draws once with all three.
  const record = useLiveQuery(
    () =>
      env.db.transaction('r', [env.db.incidents, env.db.incidentEvents, env.db.evidence], () =>
        Promise.all([env.db.incidents.get(incidentId), incidentLog(env.db, incidentId), incidentEvidence(env.db, incidentId)]),
      ),
    [env.db, incidentId],
  );
  if (record === undefined) return null;
  const [incident, events, evidence] = record;
  if (incident === undefined) return null;
  const posts = evidence.flatMap((e) => (e.item.kind === 'mention' ? [e.item.url] : []));
  return (
    <article className="incident-detail" data-incident-id={incident.id} data-status={incident.status} aria-labelledby={`${incident.id}-title`}>
      <button type="button" className="back" onClick={() => showIncident(null)}>
        ← {t('incidents.back')}
      </button>
      <ActorPicker id={`${incident.id}-actor`} />
      <Summary incident={incident} />
      <ExportMenu incidentId={incident.id} />
      {!isEnded(incident) && incident.nextUpdateDueAt != null && <NextUpdateDue at={incident.nextUpdateDueAt} />}
      <StatusForm incident={incident} />
      {(incident.status === 'resolved' || incident.status === 'reviewed') && <ReviewForm incident={incident} />}
      <details className="incident-edit">
        <summary>{t('incidents.details')}</summary>
        <EditFields incident={incident} />
      </details>
      <section aria-label={t('incidents.figures')}>
        <h4>{t('incidents.figures')}</h4>
        <IncidentFigures incident={incident} events={events} evidence={evidence} />
      </section>
      <section>
        <h4>{t('incidents.evidence')}</h4>
        <EvidenceList evidence={evidence} />
        {!isEnded(incident) && <CaptureButton incidentId={incident.id} />}
      </section>
      <section>
        <h4>{t('incidents.timeline')}</h4>
        <Timeline events={events} />
      </section>
      {incident.status !== 'reviewed' && (
        <>
          <DecisionForm incidentId={incident.id} posts={posts} />
          <EscalationForm incidentId={incident.id} />
        </>
      )}
      <NoteForm incidentId={incident.id} />
    </article>
  );
}

/**
 * Time to first response needs the linked mentions' own first replies; those rows are read
 * here, after the timeline and evidence are drawn, so the detail never waits for them.
 */
function IncidentFigures({ incident, events, evidence }: { incident: Incident; events: IncidentEvent[]; evidence: Evidence[] }) {
  const { env } = usePanel();
  const mentions = useLiveQuery(async () => (await env.db.mentions.bulkGet(incident.mentionIds)).filter((m) => !!m), [env.db, incident.mentionIds]) ?? [];
  return <Figures firstResponse={timeToFirstResponse(incident, events, evidence, mentions)} buckets={mentionsOverTime(evidence)} />;
}

function Summary({ incident }: { incident: Incident }) {
  const { t, language } = usePanel();
  const time = useTimeFormat();
  return (
    <header>
      <h3 id={`${incident.id}-title`}>
        <RiskChip level={incident.severity} /> {incident.title} <span className="status">{t(`incidents.status.${incident.status}`)}</span>
      </h3>
      <p className="hint">
        {crisisTypeLabel(incident.crisisType, language)} · {t('incidents.opened', { time: time(incident.openedAt) })} ·{' '}
        {incident.owner ? t('incidents.ownerLine', { name: incident.owner }) : t('incidents.noOwner')} ·{' '}
        {t('incidents.mentions', { count: incident.mentionIds.length })}
        {incident.platforms.length > 0 && ` · ${incident.platforms.map((p) => t(`site.${p}`)).join(', ')}`}
      </p>
    </header>
  );
}

function EditFields({ incident }: { incident: Incident }) {
  const { t } = usePanel();
  const by = useActor();
  const { send, error } = useSend();
  const save = (changes: IncidentFields) => void send({ type: 'incident/update', id: incident.id, changes, by });
  return (
    <>
      <IncidentFieldsForm key={incident.updatedAt} initial={incident} submitLabel={t('incidents.saveDetails')} onSubmit={save} />
      <FormError error={error} />
    </>
  );
}
