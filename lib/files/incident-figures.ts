/**
 * The figures an incident's record gives: how long until the first reply went out,
 * how long until it was resolved, and how much happened. Computed from the incident
 * and its timeline only, so a report, the list as CSV and the panel agree.
 */
import { timeToFirstResponse } from '../incidents/figures';
import type { Evidence, Incident, IncidentEvent, Mention } from '../schema';

export interface IncidentFigures {
  mentions: number;
  /** First linked post (or the opening, when no post says its time) → first reply; null while no reply went out (lib/incidents/figures.ts). */
  timeToFirstResponseMs: number | null;
  /** What the time to first response is measured from. */
  firstResponseFrom: 'post' | 'opened';
  /** Opened → resolved; null while it is not resolved. */
  timeToResolveMs: number | null;
  replies: number;
  decisions: number;
  escalations: number;
  notes: number;
  evidence: number;
}

export function incidentFigures(
  incident: Incident,
  events: readonly IncidentEvent[],
  evidence: readonly Evidence[] = [],
  mentions: readonly Pick<Mention, 'firstReplyAt'>[] = [],
): IncidentFigures {
  const count = (kind: IncidentEvent['kind']) => events.filter((e) => e.kind === kind).length;
  const replyTimes = events.filter((e) => e.kind === 'reply-inserted').map((e) => e.at);
  const first = timeToFirstResponse(incident, events, evidence, mentions);
  return {
    mentions: incident.mentionIds.length,
    timeToFirstResponseMs: first.ms,
    firstResponseFrom: first.fromKind,
    timeToResolveMs: incident.resolvedAt == null ? null : Math.max(0, incident.resolvedAt - incident.openedAt),
    replies: replyTimes.length,
    decisions: count('decision'),
    escalations: count('escalation'),
    notes: count('note'),
    evidence: evidence.length,
  };
}

/** Whole minutes, rounded; null stays null. */
export const toMinutes = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 60_000));

/** "12 min", "3 h 5 min", "2 d 4 h" — for people reading a report. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
