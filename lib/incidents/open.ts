/**
 * Opening incidents and linking mentions to them: from one escalated mention
 * (it joins the open incident of its crisis type), from several mentions
 * picked in the Queue, or from scratch. A linked mention is stored as a
 * snapshot (lib/db.ts mentionSnapshot) beside the mention's own row.
 */
import { mentionSnapshot, type KeelDatabase } from '../db';
import { RISK_LEVELS, type CrisisType, type Incident, type IncidentStatus, type Platform, type RiskLevel } from '../schema';
import { addEvidence } from './evidence';
import { isEnded, logEvent, openIncidents, requireIncident } from './store';

export const newIncidentId = (now: number): string => `incident-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** What a person gives when opening an incident. */
export interface IncidentDraft {
  title: string;
  crisisType: CrisisType;
  severity: RiskLevel;
  owner?: string;
  platforms?: Platform[];
  /** Where it starts: detected (nobody answered yet, the default) or already responding or monitoring. */
  status?: Extract<IncidentStatus, 'detected' | 'responding' | 'monitoring'>;
}

/** Opens an incident and logs who opened it; the title must say something. */
export async function openIncident(
  db: KeelDatabase,
  draft: IncidentDraft,
  by: string,
  now: number,
  newId: () => string = () => newIncidentId(now),
): Promise<Incident> {
  const title = draft.title.trim();
  if (!title) throw new Error('The incident needs a title.');
  if (title.length > 300) throw new Error('The incident title must be at most 300 characters.');
  const incident: Incident = {
    id: newId(),
    title,
    crisisType: draft.crisisType,
    severity: draft.severity,
    status: draft.status ?? 'detected',
    phase: 'respond',
    owner: draft.owner?.trim() ?? '',
    platforms: [...new Set(draft.platforms ?? [])],
    openedAt: now,
    resolvedAt: null,
    mentionIds: [],
    nextUpdateDueAt: null,
    review: null,
    updatedAt: now,
  };
  return db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    await db.incidents.add(incident);
    await logEvent(db, { incidentId: incident.id, at: now, kind: 'opened', note: title, by });
    return incident;
  });
}

/**
 * Links mentions to an open incident: each not yet linked becomes evidence
 * (its snapshot as it is now) and is marked escalated under the incident. A
 * mention already under another incident moves here. The incident's
 * severity rises to the highest risk among them. Returns the incident.
 */
export async function linkMentions(db: KeelDatabase, incidentId: string, mentionIds: string[], by: string, now: number): Promise<Incident> {
  return db.transaction('rw', [db.incidents, db.incidentEvents, db.mentions, db.evidence], async () => {
    const before = await requireIncident(db, incidentId);
    if (isEnded(before)) throw new Error(`Incident "${before.title}" is ${before.status}: reopen it before adding mentions.`);
    const mentions = await db.mentions.bulkGet(mentionIds);
    const missing = mentionIds.filter((_, i) => !mentions[i]);
    if (missing.length > 0) throw new Error(`No mention with id ${missing.join(', ')}`);
    let severity = before.severity;
    const added: string[] = [];
    for (const mention of mentions) {
      if (!mention || before.mentionIds.includes(mention.id) || added.includes(mention.id)) continue;
      await addEvidence(db, incidentId, mentionSnapshot(mention), by, now);
      added.push(mention.id);
      if (mention.risk && RISK_LEVELS.indexOf(mention.risk.level) > RISK_LEVELS.indexOf(severity)) severity = mention.risk.level;
      if (mention.incidentId && mention.incidentId !== incidentId) await unlinkFrom(db, mention.incidentId, mention.id, now);
      await db.mentions.update(mention.id, { status: 'escalated', incidentId });
    }
    const after = await requireIncident(db, incidentId);
    const incident: Incident = { ...after, mentionIds: [...after.mentionIds, ...added], severity, updatedAt: now };
    await db.incidents.put(incident);
    return incident;
  });
}

/** Takes a mention off the incident it was under (its evidence stays: it was part of that record). */
async function unlinkFrom(db: KeelDatabase, incidentId: string, mentionId: string, now: number): Promise<void> {
  const other = await db.incidents.get(incidentId);
  if (other) await db.incidents.update(incidentId, { mentionIds: other.mentionIds.filter((id) => id !== mentionId), updatedAt: now });
}

/**
 * Opens an incident from mentions picked together: titled by the person,
 * its platforms and severity from the mentions, each linked as evidence.
 */
export async function openIncidentFromMentions(
  db: KeelDatabase,
  draft: IncidentDraft,
  mentionIds: string[],
  by: string,
  now: number,
  newId?: () => string,
): Promise<Incident> {
  if (mentionIds.length === 0) throw new Error('Pick at least one mention to open an incident from.');
  return db.transaction('rw', [db.incidents, db.incidentEvents, db.mentions, db.evidence], async () => {
    const opened = await openIncident(db, draft, by, now, newId);
    return linkMentions(db, opened.id, mentionIds, by, now);
  });
}

/**
 * Escalates a mention: files it under the open incident of its crisis type,
 * opening one (titled after the crisis type) when there is none.
 */
export async function escalateMention(
  db: KeelDatabase,
  mentionId: string,
  crisisType: CrisisType,
  title: string,
  now: number,
  newId: () => string = () => newIncidentId(now),
  by = '',
): Promise<Incident> {
  return db.transaction('rw', [db.incidents, db.incidentEvents, db.mentions, db.evidence], async () => {
    const mention = await db.mentions.get(mentionId);
    if (!mention) throw new Error(`No mention with id ${mentionId}`);
    const open = (await openIncidents(db)).sort((a, b) => a.openedAt - b.openedAt).find((i) => i.crisisType === crisisType);
    const incident =
      open ?? (await openIncident(db, { title, crisisType, severity: mention.risk?.level ?? 'medium', platforms: [mention.platform] }, by, now, newId));
    if (incident.mentionIds.includes(mentionId)) {
      await db.mentions.update(mentionId, { status: 'escalated', incidentId: incident.id });
      return incident;
    }
    return linkMentions(db, incident.id, [mentionId], by, now);
  });
}
