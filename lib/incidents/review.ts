/**
 * The post-crisis review, phase four of the practice (recover): what happened, what
 * worked, what to change in the plan and the templates, and the lessons. Saving it
 * moves a resolved incident to reviewed. A lesson becomes a draft change with one
 * click: a new draft version of a reply template (editTemplate, so a person approves
 * it in Templates) or of the incident's playbook (versions.ts, approved in Playbooks).
 */
import type { KeelDatabase } from '../db';
import { translate, type MessageKey } from '../i18n';
import { editTemplate, latestVersions } from '../playbooks/templates';
import { PLAYBOOK_FOR_NONE } from '../playbooks/guidance';
import { pendingDraft, playbookHistory, savePlaybookDraft, withStepAdded, withStepText } from '../playbooks/versions';
import { crisisTypeLabel } from '../risk/explain';
import {
  describeZodError,
  IncidentReview,
  Template,
  type Incident,
  type IncidentEvent,
  type Language,
  type Lesson,
  type Phase,
} from '../schema';

/** A review that cannot be saved, or a lesson that cannot become a draft; the message says why. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** Only an incident that is over can be reviewed; a reviewed one may have its review updated. */
export const canReview = (incident: Pick<Incident, 'status'>): boolean => incident.status === 'resolved' || incident.status === 'reviewed';

function duration(ms: number, language: Language): string {
  const t = (key: MessageKey, params: Record<string, number>) => translate(language, key, params);
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('duration.s', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('duration.m', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return t('duration.hm', { h, m: m % 60 });
  return t('duration.dh', { d: Math.floor(h / 24), h: h % 24 });
}

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK', pl: 'pl-PL' };

/**
 * "What happened", drafted from the incident's timeline for the person to edit: when
 * it opened, how many mentions, how long to the first reply, each decision and
 * escalation, and when it was resolved. One line each, in the UI language.
 */
export function reviewSummary(incident: Incident, events: readonly IncidentEvent[], language: Language): string {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(language, key, params);
  const time = (at: number) => new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const lines = [
    t('incidentReview.sum.opened', { time: time(incident.openedAt), title: incident.title, type: crisisTypeLabel(incident.crisisType, language) }),
    t('incidentReview.sum.mentions', { count: incident.mentionIds.length, level: t(`risk.level.${incident.severity}` as MessageKey) }),
  ];
  const firstReply = events.filter((e) => e.kind === 'reply-inserted').sort((a, b) => a.at - b.at)[0];
  lines.push(
    firstReply
      ? t('incidentReview.sum.firstReply', { duration: duration(firstReply.at - incident.openedAt, language) })
      : t('incidentReview.sum.noReply'),
  );
  for (const e of events) {
    if (e.detail?.kind === 'decision') {
      lines.push(t('incidentReview.sum.decision', { action: t(`incidentReview.action.${e.detail.action}` as MessageKey), reason: e.detail.reason }));
    } else if (e.detail?.kind === 'escalation') {
      lines.push(t('incidentReview.sum.escalation', { to: e.detail.to }));
    }
  }
  if (incident.resolvedAt !== null) {
    lines.push(t('incidentReview.sum.resolved', { time: time(incident.resolvedAt), duration: duration(incident.resolvedAt - incident.openedAt, language) }));
  }
  return lines.join('\n');
}

export type ReviewInput = Pick<IncidentReview, 'whatHappened' | 'whatWorked' | 'whatToChange' | 'lessons'>;

/**
 * The incident with its review saved by `by` at `now`, and the status change it makes
 * (resolved → reviewed; none when updating a saved review). Throws when the incident is
 * not over or the review is not valid.
 */
export function withReview(incident: Incident, input: ReviewInput, by: string, now: number): { incident: Incident; statusFrom: Incident['status'] | null } {
  if (!canReview(incident)) {
    throw new ReviewError(`Incident "${incident.title}" is ${incident.status}: the review comes after it is resolved.`);
  }
  const name = by.trim();
  if (!name) throw new ReviewError('Saving the review needs the name of the person who writes it.');
  const parsed = IncidentReview.safeParse({ ...input, at: now, by: name });
  if (!parsed.success) throw new ReviewError(`The review of "${incident.title}" is not valid:\n${describeZodError(parsed.error)}`);
  const ids = new Set<string>();
  parsed.data.lessons.forEach((l, i) => {
    if (ids.has(l.id)) throw new ReviewError(`lessons.${i}: the id "${l.id}" is used by another lesson`);
    ids.add(l.id);
  });
  const statusFrom = incident.status === 'resolved' ? 'resolved' : null;
  return { incident: { ...incident, review: parsed.data, status: 'reviewed', updatedAt: now }, statusFrom };
}

/** Saves the review, logs 'review-saved' (and the status change) with who and when, in one transaction. */
export async function saveReview(db: KeelDatabase, incidentId: string, input: ReviewInput, by: string, now: number): Promise<Incident> {
  return db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const before = await db.incidents.get(incidentId);
    if (!before) throw new ReviewError(`No incident with id ${incidentId}`);
    const { incident, statusFrom } = withReview(before, input, by, now);
    await db.incidents.put(incident);
    const event = { incidentId, at: now, mentionId: null, by: incident.review!.by, evidenceId: null };
    await db.incidentEvents.add({ ...event, kind: 'review-saved', note: `${incident.review!.lessons.length}`, detail: null });
    if (statusFrom) {
      await db.incidentEvents.add({ ...event, kind: 'status-changed', note: '', detail: { kind: 'status', from: statusFrom, to: 'reviewed' } });
    }
    return incident;
  });
}

/** What a lesson changes: a template's text, or a playbook step's text, or a new step. */
export type LessonChange =
  | { target: 'template'; templateId: string; body: string }
  | { target: 'playbook'; playbookId: string; stepId: string; text: string }
  | { target: 'playbook'; playbookId: string; addTo: Phase; text: string };

/** How the draft notes the lesson it came from, in no language of its own: the incident's title and the lesson. */
export const lessonNote = (incident: Pick<Incident, 'title'>, lesson: Pick<Lesson, 'text'>): string =>
  `“${incident.title}” → ${lesson.text}`.slice(0, 2000);

async function templateDraft(db: KeelDatabase, change: Extract<LessonChange, { target: 'template' }>, note: string, now: number): Promise<string> {
  const family = await db.templates.where('id').equals(change.templateId).toArray();
  const latest = latestVersions(family)[0];
  if (!latest) throw new ReviewError(`No template with id ${change.templateId}`);
  if (latest.managedBy !== undefined) throw new ReviewError(`Template "${latest.title}" is managed by your organisation and cannot be changed in Keel.`);
  const edited = editTemplate(latest, { body: change.body }, now);
  // The lesson is added to what the draft says it changes; a draft edited in place keeps its earlier notes.
  const earlier = latest.status === 'draft' && latest.change ? `${latest.change}\n` : '';
  const draft = Template.parse({ ...edited, change: `${earlier}${note}`.slice(0, 2000) });
  await db.templates.put(draft);
  return `template:${draft.id}@${draft.version}`;
}

async function playbookDraft(
  db: KeelDatabase,
  incident: Incident,
  change: Extract<LessonChange, { target: 'playbook' }>,
  note: string,
  by: string,
  now: number,
): Promise<string> {
  const history = await playbookHistory(db, change.playbookId);
  const base = pendingDraft(history)?.playbook ?? (await db.playbooks.get(change.playbookId));
  if (!base) throw new ReviewError(`No playbook with id ${change.playbookId}`);
  const wanted = incident.crisisType === 'none' ? PLAYBOOK_FOR_NONE : incident.crisisType;
  if (base.crisisType !== wanted) throw new ReviewError(`Playbook "${base.title}" is not the playbook for this incident's crisis type.`);
  const edited = 'stepId' in change ? withStepText(base, change.stepId, change.text) : withStepAdded(base, change.addTo, change.text);
  const earlier = pendingDraft(history)?.change;
  const draft = await savePlaybookDraft(db, edited, by, earlier ? `${earlier}\n${note}` : note, now);
  return `playbook:${draft.id}@${draft.version}`;
}

/**
 * Turns a lesson into a draft change and returns its reference ("template:<id>@<version>"
 * or "playbook:<id>@<version>"); when the saved review has the lesson, its draftRef
 * records it. Everything happens in one transaction or not at all.
 */
export async function lessonToDraft(
  db: KeelDatabase,
  incidentId: string,
  lesson: Pick<Lesson, 'id' | 'text'>,
  change: LessonChange,
  by: string,
  now: number,
): Promise<string> {
  return db.transaction('rw', [db.incidents, db.templates, db.playbooks, db.playbookVersions], async () => {
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new ReviewError(`No incident with id ${incidentId}`);
    if (!canReview(incident)) throw new ReviewError(`Incident "${incident.title}" is ${incident.status}: lessons become drafts after it is resolved.`);
    if (!lesson.text.trim()) throw new ReviewError('The lesson has no text: say what to change first.');
    const text = change.target === 'template' ? change.body : change.text;
    if (!text.trim()) throw new ReviewError(change.target === 'template' ? 'The template text must not be empty.' : 'The step text must not be empty.');
    const note = lessonNote(incident, lesson);
    const ref = change.target === 'template' ? await templateDraft(db, change, note, now) : await playbookDraft(db, incident, change, note, by.trim(), now);
    const lessons = incident.review?.lessons;
    if (incident.review && lessons?.some((l) => l.id === lesson.id)) {
      const review = { ...incident.review, lessons: lessons.map((l) => (l.id === lesson.id ? { ...l, draftRef: ref } : l)) };
      await db.incidents.put({ ...incident, review, updatedAt: now });
    }
    return ref;
  });
}
