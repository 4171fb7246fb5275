/**
 * What people do during an incident, on its timeline: decisions on a post
 * (delete, keep or hide, with the reason and the guide's points that applied),
 * escalations to someone (who, their role, how they were reached) and notes.
 */
import type { KeelDatabase } from '../db';
import { EventDetail, describeZodError, type IncidentEvent } from '../schema';
import { DECISION_GUIDE_IDS } from './decision-guide';
import { logEvent, requireIncident } from './store';

type DecisionDetail = Extract<EventDetail, { kind: 'decision' }>;
type EscalationDetail = Extract<EventDetail, { kind: 'escalation' }>;

export type DecisionInput = Omit<DecisionDetail, 'kind' | 'guide'> & { guide?: string[] };
export type EscalationInput = Omit<EscalationDetail, 'kind' | 'role' | 'contact'> & { role?: string; contact?: string };

function parseDetail(detail: unknown, what: string): EventDetail {
  const parsed = EventDetail.safeParse(detail);
  if (!parsed.success) throw new Error(`The ${what} is not valid: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

async function append(db: KeelDatabase, incidentId: string, event: Omit<IncidentEvent, 'id' | 'incidentId' | 'at' | 'by'>, by: string, now: number) {
  return db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const incident = await requireIncident(db, incidentId);
    if (incident.status === 'reviewed' && event.kind !== 'note') throw new Error(`Incident "${incident.title}" is reviewed; its record is final.`);
    await db.incidents.update(incidentId, { updatedAt: now });
    return logEvent(db, { ...event, incidentId, at: now, by });
  });
}

/** Records a delete / keep / hide decision; the reason must say why. */
export async function recordDecision(db: KeelDatabase, incidentId: string, input: DecisionInput, by: string, now: number): Promise<number> {
  const reason = input.reason.trim();
  if (!reason) throw new Error('A decision needs a reason.');
  const unknown = (input.guide ?? []).filter((id) => !DECISION_GUIDE_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`Unknown points of the decision guide: ${unknown.join(', ')}`);
  const detail = parseDetail({ kind: 'decision', ...input, reason, postUrl: input.postUrl.trim() }, 'decision');
  return append(db, incidentId, { kind: 'decision', mentionId: null, note: '', evidenceId: null, detail }, by, now);
}

/** Records that someone was called in: who, in what role, how and where they were reached. */
export async function recordEscalation(db: KeelDatabase, incidentId: string, input: EscalationInput, by: string, now: number): Promise<number> {
  const to = input.to.trim();
  if (!to) throw new Error('An escalation needs the name of the person it went to.');
  const detail = parseDetail({ kind: 'escalation', ...input, to, role: input.role?.trim() ?? '', contact: input.contact?.trim() ?? '' }, 'escalation');
  return append(db, incidentId, { kind: 'escalation', mentionId: null, note: '', evidenceId: null, detail }, by, now);
}

/** A free note on the timeline. */
export async function addNote(db: KeelDatabase, incidentId: string, note: string, by: string, now: number): Promise<number> {
  const text = note.trim();
  if (!text) throw new Error('The note is empty.');
  if (text.length > 5000) throw new Error('A note must be at most 5000 characters.');
  return append(db, incidentId, { kind: 'note', mentionId: null, note: text, evidenceId: null, detail: null }, by, now);
}

