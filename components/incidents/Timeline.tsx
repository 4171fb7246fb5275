import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageKey } from '../../lib/i18n';
import { decisionGuideText, DECISION_GUIDE_IDS, type DecisionGuideId } from '../../lib/incidents/decision-guide';
import { crisisTypeLabel } from '../../lib/risk/explain';
import { CrisisType, Phase, type EventDetail, type IncidentEvent } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { useTimeFormat } from './common';

/** What happened, in order: when, what, who, and the event's particulars (all plain text). */
export function Timeline({ events }: { events: IncidentEvent[] }) {
  const { t } = usePanel();
  const time = useTimeFormat();
  return (
    <ol className="incident-log timeline" aria-label={t('incidents.timeline')}>
      {events.map((event) => (
        <li key={event.id} data-kind={event.kind}>
          <time dateTime={new Date(event.at).toISOString()}>{time(event.at)}</time> <strong>{t(`incidents.event.${event.kind}`)}</strong>{' '}
          <span className="by">{t('incidents.by', { name: event.by || t('incidents.someone') })}</span>
          <EventWhat event={event} />
        </li>
      ))}
    </ol>
  );
}

function EventWhat({ event }: { event: IncidentEvent }) {
  const { t } = usePanel();
  if (event.kind === 'phase-changed') return <p className="what">{t(`phase.${Phase.catch('respond').parse(event.note)}`)}</p>;
  return (
    <>
      {event.detail && <Detail detail={event.detail} />}
      {event.note && <p className="what note">{event.note}</p>}
    </>
  );
}

function Detail({ detail }: { detail: EventDetail }) {
  const { t, language } = usePanel();
  switch (detail.kind) {
    case 'reply':
      return <ReplyDetail detail={detail} />;
    case 'decision':
      return (
        <div className="what decision" data-action={detail.action}>
          <p>
            {t(`incidents.decision.${detail.action}`)}
            {detail.postUrl ? ` — ${detail.postUrl}` : ''}: {detail.reason}
          </p>
          {detail.guide.length > 0 && (
            <ul className="guide-points">
              {detail.guide.filter((id) => DECISION_GUIDE_IDS.includes(id)).map((id) => (
                <li key={id}>{decisionGuideText(id as DecisionGuideId, language)}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'escalation':
      return (
        <p className="what escalation">
          {t('incidents.detail.escalation', { to: detail.to })}
          {detail.role ? ` (${detail.role})` : ''} · {t(`incidents.escalation.via.${detail.via}`)}
          {detail.contact ? ` · ${detail.contact}` : ''}
        </p>
      );
    case 'status':
      return (
        <p className="what status">
          {detail.from ? `${t(`incidents.status.${detail.from}`)} → ` : ''}
          {t(`incidents.status.${detail.to}`)}
        </p>
      );
    case 'field':
      return (
        <p className="what field">
          {t(`incidents.detail.field.${detail.field}`)}: {fieldValue(detail.field, detail.from, t, language)} → {fieldValue(detail.field, detail.to, t, language)}
        </p>
      );
  }
}

/** A field's value as the person reads it: crisis types and severities in their language. */
function fieldValue(field: string, value: string, t: (key: MessageKey) => string, language: Parameters<typeof crisisTypeLabel>[1]): string {
  if (value === '') return '—';
  if (field === 'crisisType') {
    const parsed = CrisisType.safeParse(value);
    return parsed.success ? crisisTypeLabel(parsed.data, language) : value;
  }
  if (field === 'severity' && ['low', 'medium', 'high', 'critical'].includes(value)) return t(`risk.level.${value}` as MessageKey);
  return value;
}

function ReplyDetail({ detail }: { detail: Extract<EventDetail, { kind: 'reply' }> }) {
  const { env, t } = usePanel();
  const template = useLiveQuery(
    async () => (detail.templateId && detail.templateVersion ? env.db.templates.get([detail.templateId, detail.templateVersion]) : undefined),
    [env.db, detail.templateId, detail.templateVersion],
  );
  const method = t(`incidents.detail.method.${detail.method}`);
  return (
    <div className="what reply">
      <p>
        {detail.templateId
          ? t('incidents.detail.reply', { template: template?.title ?? detail.templateId, version: detail.templateVersion ?? '?', method })
          : t('incidents.detail.replyOwn', { method })}
      </p>
      <blockquote className="reply-text">{detail.text}</blockquote>
    </div>
  );
}
