/**
 * Figures on one incident, computed from its record alone (pure): how long
 * the first response took, and how the linked mentions came in — per hour,
 * with the share of high or critical risk among them.
 */
import type { Evidence, Incident, IncidentEvent, Mention } from '../schema';

export const HOUR = 3_600_000;
/** At most this many hourly buckets (a week); older hours are left out of the curve, not merged. */
export const MAX_BUCKETS = 168;

export interface FirstResponse {
  /** Milliseconds from the start to the first reply, or null when nobody has replied yet. */
  ms: number | null;
  /** The earliest linked post's time, or the incident's opening when no linked post has a time. */
  from: number;
  /** 'post' when the start is a linked post's time, 'opened' when it is the incident's opening. */
  fromKind: 'post' | 'opened';
  /** When the first reply went out, or null. */
  at: number | null;
}

/**
 * Time to first response: the first 'reply-inserted' event, or a linked
 * mention's firstReplyAt if earlier (a reply before the mention was linked),
 * minus the earliest linked post's time — or the incident's opening when no
 * linked post says when it was posted.
 */
export function timeToFirstResponse(
  incident: Pick<Incident, 'openedAt'>,
  events: readonly Pick<IncidentEvent, 'kind' | 'at'>[],
  evidence: readonly Pick<Evidence, 'item'>[],
  mentions: readonly Pick<Mention, 'firstReplyAt'>[] = [],
): FirstResponse {
  const posted = evidence.flatMap((e) => (e.item.kind === 'mention' && e.item.postedAt !== null ? [e.item.postedAt] : []));
  const from = posted.length > 0 ? Math.min(...posted) : incident.openedAt;
  const replies = [
    ...events.filter((e) => e.kind === 'reply-inserted').map((e) => e.at),
    ...mentions.flatMap((m) => (m.firstReplyAt !== null ? [m.firstReplyAt] : [])),
  ];
  const at = replies.length > 0 ? Math.min(...replies) : null;
  return { ms: at === null ? null : Math.max(0, at - from), from, fromKind: posted.length > 0 ? 'post' : 'opened', at };
}

export interface HourBucket {
  /** Start of the hour (UTC hour boundary), ms since the epoch. */
  start: number;
  /** Mentions linked in this hour. */
  linked: number;
  /** Of those, how many were high or critical risk when linked. */
  highOrCritical: number;
  /** highOrCritical / linked, or null in an hour without mentions. */
  share: number | null;
}

/**
 * Mentions linked per hour, from the first hour with a link to the last,
 * empty hours included, with the share of high or critical risk among them
 * (as each mention's snapshot was when linked).
 */
export function mentionsOverTime(evidence: readonly Pick<Evidence, 'item' | 'capturedAt'>[]): HourBucket[] {
  const mentions = evidence.filter((e) => e.item.kind === 'mention');
  if (mentions.length === 0) return [];
  const hourOf = (at: number) => Math.floor(at / HOUR) * HOUR;
  const last = Math.max(...mentions.map((e) => hourOf(e.capturedAt)));
  const first = Math.max(Math.min(...mentions.map((e) => hourOf(e.capturedAt))), last - (MAX_BUCKETS - 1) * HOUR);
  const buckets: HourBucket[] = [];
  for (let start = first; start <= last; start += HOUR) buckets.push({ start, linked: 0, highOrCritical: 0, share: null });
  for (const e of mentions) {
    const bucket = buckets[(hourOf(e.capturedAt) - first) / HOUR];
    if (!bucket) continue;
    bucket.linked += 1;
    const level = e.item.kind === 'mention' ? e.item.risk?.level : undefined;
    if (level === 'high' || level === 'critical') bucket.highOrCritical += 1;
  }
  for (const b of buckets) b.share = b.linked > 0 ? b.highOrCritical / b.linked : null;
  return buckets;
}

/** A duration as people read it: "45 min", "2 h 05 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
