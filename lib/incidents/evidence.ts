/**
 * An incident's evidence: snapshots of linked mentions and captured articles,
 * copied when they were added so that later edits of the post, or of the
 * mention's row, do not change what the record says happened.
 */
import type { KeelDatabase } from '../db';
import { describeZodError, EvidenceItem, type Evidence } from '../schema';
import { logEvent, requireIncident } from './store';

/**
 * Adds one piece of evidence to an incident and logs it on the timeline: a
 * mention as 'mention-added', an article as 'evidence-captured' (with its
 * title as the note). The item is validated first; an invalid one is refused
 * with the field named, and nothing is stored. Returns the evidence id.
 */
export async function addEvidence(
  db: KeelDatabase,
  incidentId: string,
  item: EvidenceItem,
  by: string,
  now: number,
): Promise<number> {
  const parsed = EvidenceItem.safeParse(item);
  if (!parsed.success) throw new Error(`The evidence for incident ${incidentId} is not valid: ${describeZodError(parsed.error)}`);
  const valid = parsed.data;
  return db.transaction('rw', db.incidents, db.incidentEvents, db.evidence, async () => {
    const incident = await requireIncident(db, incidentId);
    const evidenceId = await db.evidence.add({ incidentId, capturedAt: now, capturedBy: by, item: valid });
    if (valid.kind === 'mention') {
      await logEvent(db, { incidentId, at: now, kind: 'mention-added', mentionId: valid.mentionId, evidenceId, by });
      const platforms = incident.platforms.includes(valid.platform) ? incident.platforms : [...incident.platforms, valid.platform];
      await db.incidents.update(incidentId, { platforms, updatedAt: now });
    } else {
      await logEvent(db, { incidentId, at: now, kind: 'evidence-captured', evidenceId, by, note: valid.title });
      await db.incidents.update(incidentId, { updatedAt: now });
    }
    return evidenceId;
  });
}

/** An incident's evidence in the order it was added. */
export async function incidentEvidence(db: KeelDatabase, incidentId: string): Promise<Evidence[]> {
  const rows = await db.evidence
    .where('[incidentId+capturedAt]')
    .between([incidentId, -Infinity], [incidentId, Infinity])
    .toArray();
  return rows.sort((a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0));
}
