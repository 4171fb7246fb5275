/**
 * One incident as data: the record, its timeline, its evidence and the mentions it
 * links as they are stored now. A file for other tools (or a later import), versioned:
 *   { "keel": "incident", "version": 1, "incident": {…}, "events": […], "evidence": […], "mentions": […] }
 */
import type { KeelDatabase } from '../db';
import { incidentLog, requireIncident } from '../incidents/store';
import { incidentEvidence } from '../incidents/evidence';
import type { Evidence, Incident, IncidentEvent, Mention } from '../schema';

export const INCIDENT_FILE_KIND = 'incident';
export const INCIDENT_FILE_VERSION = 1;

export interface IncidentRecord {
  incident: Incident;
  /** In the order they happened. */
  events: IncidentEvent[];
  /** In the order they were captured. */
  evidence: Evidence[];
  /** The linked mentions as stored now (the evidence keeps them as they were when linked). */
  mentions: Mention[];
}

/** Everything stored about one incident, read in one transaction. Throws naming the id when there is no such incident. */
export async function loadIncidentRecord(db: KeelDatabase, incidentId: string): Promise<IncidentRecord> {
  return db.transaction('r', [db.incidents, db.incidentEvents, db.evidence, db.mentions], async () => {
    const incident = await requireIncident(db, incidentId);
    const [events, evidence, mentions] = await Promise.all([
      incidentLog(db, incidentId),
      incidentEvidence(db, incidentId),
      db.mentions.bulkGet(incident.mentionIds),
    ]);
    return { incident, events, evidence, mentions: mentions.filter((m): m is Mention => m !== undefined) };
  });
}

export function incidentJson(record: IncidentRecord): string {
  const { incident, events, evidence, mentions } = record;
  return JSON.stringify({ keel: INCIDENT_FILE_KIND, version: INCIDENT_FILE_VERSION, incident, events, evidence, mentions }, null, 2) + '\n';
}

/** A file name people recognise: keel-incident-<date>-<title words>.<ext>. */
export function incidentFileName(incident: Pick<Incident, 'title' | 'openedAt'>, ext: 'md' | 'json'): string {
  const day = new Date(incident.openedAt).toISOString().slice(0, 10);
  const words = incident.title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 50);
  return `keel-incident-${day}${words ? `-${words}` : ''}.${ext}`;
}
