/**
 * The incident log's storage: reading incidents and their timelines, and
 * appending events. Every change to an incident is one IncidentEvent, so the
 * log reads back as what happened, in order, and who did it.
 */
import type { KeelDatabase } from '../db';
import type { Incident, IncidentEvent } from '../schema';

export type NewEvent = Pick<IncidentEvent, 'incidentId' | 'at' | 'kind'> & Partial<Omit<IncidentEvent, 'id'>>;

/** Appends one event to an incident's timeline; callers run it in their transaction. */
export async function logEvent(db: KeelDatabase, event: NewEvent): Promise<number> {
  return db.incidentEvents.add({ mentionId: null, note: '', by: '', evidenceId: null, detail: null, ...event });
}

/** An incident's events in the order they happened (ties in the order they were written). */
export async function incidentLog(db: KeelDatabase, incidentId: string): Promise<IncidentEvent[]> {
  const events = await db.incidentEvents.where('[incidentId+at]').between([incidentId, -Infinity], [incidentId, Infinity]).toArray();
  return events.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}

export async function openIncidents(db: KeelDatabase): Promise<Incident[]> {
  return db.incidents.where('status').anyOf('detected', 'responding', 'monitoring').toArray();
}

/** Resolved or reviewed: no more replies, promises or phase changes. */
export const isEnded = (incident: Pick<Incident, 'status'>): boolean => incident.status === 'resolved' || incident.status === 'reviewed';

/** The incident, or an error naming the id that does not exist. */
export async function requireIncident(db: KeelDatabase, incidentId: string): Promise<Incident> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new Error(`No incident with id ${incidentId}`);
  return incident;
}
