/**
 * Replies on the incident's timeline: every reply Keel inserted for a mention
 * under an incident is logged with its template, version, method and text, and
 * a reply that promises the next update by a time sets when it is due.
 */
import type { KeelDatabase } from '../db';
import type { ReplyRecord } from '../schema';
import { isEnded, logEvent } from './store';

export interface ReplyLogOptions {
  /** The reply as recorded (lib/db.ts recordReply); its template, version, method and text go on the timeline. */
  reply?: Pick<ReplyRecord, 'templateId' | 'templateVersion' | 'method' | 'text'>;
  /** Who inserted it. */
  by?: string;
}

/**
 * Adds a reply insertion to the log of the incident its mention belongs to, if
 * any. A reply that promises an update by a time makes that the incident's
 * next update due (see nextPromisedUpdate).
 */
export async function logReplyToIncident(
  db: KeelDatabase,
  mentionId: string,
  now: number,
  promisedUpdateAt: number | null = null,
  options: ReplyLogOptions = {},
): Promise<void> {
  await db.transaction('rw', db.mentions, db.incidents, db.incidentEvents, async () => {
    const mention = await db.mentions.get(mentionId);
    if (!mention?.incidentId) return;
    const { reply, by = '' } = options;
    const detail = reply
      ? { kind: 'reply' as const, templateId: reply.templateId, templateVersion: reply.templateVersion, method: reply.method, text: reply.text }
      : null;
    await logEvent(db, { incidentId: mention.incidentId, at: now, kind: 'reply-inserted', mentionId, by, detail });
    const incident = await db.incidents.get(mention.incidentId);
    if (!incident) return;
    const due = promisedUpdateAt === null || isEnded(incident) ? incident.nextUpdateDueAt ?? null : nextPromisedUpdate(incident.nextUpdateDueAt ?? null, promisedUpdateAt, now);
    await db.incidents.update(incident.id, { nextUpdateDueAt: due, updatedAt: now });
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
