/**
 * Editing an incident's details: title, crisis type, severity, owner and
 * platforms. Each field that changed is one 'field-changed' event with the
 * value before and after.
 */
import type { KeelDatabase } from '../db';
import { CrisisType, Platform, RiskLevel, type Incident, INCIDENT_FIELDS } from '../schema';
import { logEvent, requireIncident } from './store';

export type IncidentFieldChanges = Partial<Pick<Incident, (typeof INCIDENT_FIELDS)[number]>>;

/** A field's value as the timeline writes it. */
const asText = (value: Incident[(typeof INCIDENT_FIELDS)[number]]): string => (Array.isArray(value) ? value.join(', ') : value);

/** The changes checked and tidied: trimmed text, known values, no duplicate platforms. */
function validChanges(changes: IncidentFieldChanges): IncidentFieldChanges {
  const out: IncidentFieldChanges = {};
  if (changes.title !== undefined) {
    const title = changes.title.trim();
    if (!title) throw new Error('The incident needs a title.');
    if (title.length > 300) throw new Error('The incident title must be at most 300 characters.');
    out.title = title;
  }
  if (changes.owner !== undefined) {
    const owner = changes.owner.trim();
    if (owner.length > 120) throw new Error('The owner’s name must be at most 120 characters.');
    out.owner = owner;
  }
  if (changes.crisisType !== undefined) out.crisisType = CrisisType.parse(changes.crisisType);
  if (changes.severity !== undefined) out.severity = RiskLevel.parse(changes.severity);
  if (changes.platforms !== undefined) out.platforms = [...new Set(changes.platforms.map((p) => Platform.parse(p)))];
  return out;
}

/** Applies the changes; returns the incident as it is now. Unchanged fields log nothing. */
export async function updateIncidentFields(
  db: KeelDatabase,
  incidentId: string,
  changes: IncidentFieldChanges,
  by: string,
  now: number,
): Promise<Incident> {
  const valid = validChanges(changes);
  return db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const before = await requireIncident(db, incidentId);
    const changed = INCIDENT_FIELDS.filter((f) => valid[f] !== undefined && asText(valid[f]!) !== asText(before[f]));
    if (changed.length === 0) return before;
    const after: Incident = { ...before, ...valid, updatedAt: now };
    await db.incidents.put(after);
    for (const field of changed) {
      await logEvent(db, {
        incidentId,
        at: now,
        kind: 'field-changed',
        by,
        detail: { kind: 'field', field, from: asText(before[field]).slice(0, 1000), to: asText(after[field]).slice(0, 1000) },
      });
    }
    return after;
  });
}
