/**
 * The incident's status and phase. Status moves forward through detected →
 * responding → monitoring → resolved; monitoring may go back to responding
 * when the wave returns, and a resolved incident may be reopened (responding).
 * Reviewed is reached only by saving the post-crisis review (lib/incidents/review.ts),
 * never set by hand. Every change is an event with who and when.
 */
import type { KeelDatabase } from '../db';
import { PHASES, type Incident, type IncidentStatus, type Phase } from '../schema';
import { logEvent, requireIncident } from './store';

/** Where each status may go by hand. */
export const STATUS_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  detected: ['responding', 'monitoring', 'resolved'],
  responding: ['monitoring', 'resolved'],
  monitoring: ['responding', 'resolved'],
  resolved: ['responding'],
  reviewed: [],
};

/** Why the change is not allowed, or null when it is. */
export function refuseTransition(from: IncidentStatus, to: IncidentStatus, viaReview = false): string | null {
  if (to === 'reviewed') {
    if (!viaReview) return 'An incident becomes reviewed only by saving its post-crisis review.';
    return from === 'resolved' ? null : `Only a resolved incident can be reviewed; this one is ${from}.`;
  }
  if (from === to) return `The incident is already ${to}.`;
  return STATUS_TRANSITIONS[from].includes(to) ? null : `An incident cannot go from ${from} to ${to}.`;
}

/**
 * Changes the status, logging from and to. Resolving sets resolvedAt and moves
 * the phase to recover; reopening clears resolvedAt and goes back to respond.
 */
export async function setIncidentStatus(
  db: KeelDatabase,
  incidentId: string,
  to: IncidentStatus,
  by: string,
  now: number,
  note = '',
  viaReview = false,
): Promise<Incident> {
  return db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const before = await requireIncident(db, incidentId);
    const refusal = refuseTransition(before.status, to, viaReview);
    if (refusal) throw new Error(`Incident "${before.title}": ${refusal}`);
    const changes: Partial<Incident> = { status: to, updatedAt: now };
    if (to === 'resolved') Object.assign(changes, { resolvedAt: now, phase: 'recover' });
    if (before.status === 'resolved' && to === 'responding') Object.assign(changes, { resolvedAt: null, phase: 'respond' });
    await db.incidents.update(incidentId, changes);
    await logEvent(db, { incidentId, at: now, kind: 'status-changed', note, by, detail: { kind: 'status', from: before.status, to } });
    return { ...before, ...changes };
  });
}

/** Resolves the incident with a closing note (the lessons learned so far). */
export async function closeIncident(db: KeelDatabase, incidentId: string, note: string, now: number, by = ''): Promise<void> {
  await setIncidentStatus(db, incidentId, 'resolved', by, now, note);
}

export async function setIncidentPhase(db: KeelDatabase, incidentId: string, phase: Phase, now: number, by = ''): Promise<void> {
  if (!PHASES.includes(phase)) throw new Error(`Unknown phase ${phase}`);
  await db.transaction('rw', db.incidents, db.incidentEvents, async () => {
    const before = await requireIncident(db, incidentId);
    if (before.phase === phase) return;
    await db.incidents.update(incidentId, { phase, updatedAt: now });
    await logEvent(db, { incidentId, at: now, kind: 'phase-changed', note: phase, by });
  });
}
