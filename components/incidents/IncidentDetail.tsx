import { useLiveQuery } from 'dexie-react-hooks';
import { incidentEvidence } from '../../lib/incidents/evidence';
import { mentionsOverTime, timeToFirstResponse } from '../../lib/incidents/figures';
import { incidentLog, isEnded } from '../../lib/incidents/store';
import { crisisTypeLabel } from '../../lib/risk/explain';
import type { Incident } from '../../lib/schema';
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
  const incident = useLiveQuery(() => env.db.incidents.get(incidentId), [env.db, incidentId]);
  const events = useLiveQuery(() => incidentLog(env.db, incidentId), [env.db, incidentId]) ?? [];
  const evidence = useLiveQuery(() => incidentEvidence(env.db, incidentId), [env.db, incidentId]) ?? [];
  const mentions = useLiveQuery(async () => (incident ? (await env.db.mentions.bulkGet(incident.mentionIds)).filter((m) => !!m) : []), [env.db, incident]) ?? [];
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
        <Figures firstResponse={timeToFirstResponse(incident, events, evidence, mentions)} buckets={mentionsOverTime(evidence)} />
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
