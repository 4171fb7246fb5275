/**
 * The local incident log. A mention the person escalates joins the open incident
 * of its crisis type, or opens one; every step is an IncidentEvent, so the log
 * reads back as what happened, in order, for the recover phase's lessons learned.
 */
import { mentionSnapshot, type KeelDatabase } from '../db';
import { PHASES, type CrisisType, type Incident, type IncidentEvent, type Phase } from '../schema';

export async function openIncidents(db: KeelDatabase): Promise<Incident[]> {
  return db.incidents.where('status').anyOf('detected', 'responding', 'monitoring').toArray();
}

/**
 * Escalates a mention: marks it escalated and files it under the open incident of
 * its crisis type, opening one (titled after the crisis type) when there is none.
 */
export async function escalateMention(
  db: KeelDatabase,
  mentionId: string,
  crisisType: CrisisType,
  title: string,
  now: number,
  newId: () => string = () => `incident-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
): Promise<Incident> {
  return db.transaction('rw', [db.incidents, db.incidentEvents, db.mentions, db.evidence], async () => {
    const mention = await db.mentions.get(mentionId);
    if (!mention) throw new Error(`No mention with id ${mentionId}`);
    let incident = (await openIncidents(db)).find((i) => i.crisisType === crisisType);
    if (!incident) {
      incident = {
        id: newId(),
        title,
        crisisType,
        severity: mention.risk?.level ?? 'medium',
        status: 'detected',
        phase: 'respond',
        owner: '',
        platforms: [mention.platform],
        openedAt: now,
        resolvedAt: null,
        mentionIds: [],
        nextUpdateDueAt: null,
        review: null,
        updatedAt: now,
      };
      await db.incidents.add(incident);
      await logEvent(db, { incidentId: incident.id, at: now, kind: 'opened', note: title });
    }
    if (!incident.mentionIds.includes(mentionId)) {
      incident = { ...incident, mentionIds: [...incident.mentionIds, mentionId], updatedAt: now };
      await db.incidents.put(incident);
      const evidenceId = await db.evidence.add({ incidentId: incident.id, capturedAt: now, capturedBy: '', item: mentionSnapshot(mention) });
      await logEvent(db, { incidentId: incident.id, at: now, kind: 'mention-added', mentionId, evidenceId });
    }
    await db.mentions.update(mentionId, { status: 'escalated', incidentId: incident.id });
    return incident;
  });
}

export async function setIncidentPhase(db: KeelDatabase, incidentId: string, phase: Phase, now: number): Promise<void> {
  if (!PHASES.includes(phase)) throw new Error(`Unknown phase ${phase}`);
  await db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const n = await db.incidents.update(incidentId, { phase });
    if (n === 0) throw new Error(`No incident with id ${incidentId}`);
    await logEvent(db, { incidentId, at: now, kind: 'phase-changed', note: phase });
  });
}

export async function closeIncident(db: KeelDatabase, incidentId: string, note: string, now: number): Promise<void> {
  await db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const before = await db.incidents.get(incidentId);
    if (!before) throw new Error(`No incident with id ${incidentId}`);
    await db.incidents.update(incidentId, { status: 'resolved', resolvedAt: now, phase: 'recover', updatedAt: now });
    await logEvent(db, { incidentId, at: now, kind: 'status-changed', note, detail: { kind: 'status', from: before.status, to: 'resolved' } });
  });
}

/**
 * Adds a reply insertion to the log of the incident its mention belongs to, if
 * any. A reply that promises an update by a time makes that the incident's
 * next update due (see nextPromisedUpdate).
 */
export async function logReplyToIncident(db: KeelDatabase, mentionId: string, now: number, promisedUpdateAt: number | null = null): Promise<void> {
  await db.transaction('rw', db.mentions, db.incidents, db.incidentEvents, async () => {
    const mention = await db.mentions.get(mentionId);
    if (!mention?.incidentId) return;
    await logEvent(db, { incidentId: mention.incidentId, at: now, kind: 'reply-inserted', mentionId });
    if (promisedUpdateAt === null) return;
    const incident = await db.incidents.get(mention.incidentId);
    if (!incident || isEnded(incident)) return;
    await db.incidents.update(incident.id, { nextUpdateDueAt: nextPromisedUpdate(incident.nextUpdateDueAt ?? null, promisedUpdateAt, now) });
  });
}

/**
 * The incident's next update due after a reply promised one by `promised`: the
 * earlier of the two while the standing promise is still ahead (the first
 * person waiting must not be forgotten), else the new promise (a reply after
 * the standing time was itself the update).
 */
export function nextPromisedUpdate(standing: number | null, promised: number, now: number): number {
  return standing !== null && standing > now ? Math.min(standing, promised) : promised;
}

export async function incidentLog(db: KeelDatabase, incidentId: string): Promise<IncidentEvent[]> {
  return db.incidentEvents.where('incidentId').equals(incidentId).sortBy('at');
}

/** Resolved or reviewed: no more replies, promises or phase changes. */
export const isEnded = (incident: Pick<Incident, 'status'>): boolean => incident.status === 'resolved' || incident.status === 'reviewed';

type NewEvent = Pick<IncidentEvent, 'incidentId' | 'at' | 'kind'> & Partial<Omit<IncidentEvent, 'id'>>;

async function logEvent(db: KeelDatabase, event: NewEvent): Promise<number> {
  return db.incidentEvents.add({ mentionId: null, note: '', by: '', evidenceId: null, detail: null, ...event });
}
