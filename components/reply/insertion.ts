/**
 * Putting a reply into the platform's reply box: the content script inserts
 * it (Keel never sends), the background records it; when insertion fails the
 * text goes to the clipboard instead and that is recorded too.
 */
import type { MessageKey } from '../../lib/i18n';
import type { PanelEnv, PanelTab } from '../../lib/panel/env';
import { replyLanguage } from '../../lib/replies';
import type { Language, Mention, Template } from '../../lib/schema';

export interface InsertOutcome {
  kind: 'inserted' | 'copied' | 'copy-failed';
  /** Why insertion failed (a code or the content script's message); '' when inserted. */
  reason: string;
  /** Set when the text reached the page or clipboard but the background refused to record it. */
  recordError: string | null;
}

/** Failure codes the content script answers with, and the panel's own. */
const REASON_KEYS: Record<string, MessageKey> = {
  'not-on-page': 'insertError.not-on-page',
  'no-reply-box': 'insertError.no-reply-box',
  'no-tab': 'insertError.no-tab',
  'no-answer': 'insertError.no-answer',
};

/** A failure reason a person can read: known codes translated, anything else as the content script said it. */
export function describeInsertError(reason: string, t: (key: MessageKey) => string): string {
  const key = REASON_KEYS[reason];
  return key ? t(key) : reason;
}

function answerOf(raw: unknown): { ok: boolean; error: string; readBack: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'no-answer', readBack: '' };
  const r = raw as { ok?: unknown; error?: unknown; readBack?: unknown };
  return {
    ok: r.ok === true,
    error: typeof r.error === 'string' && r.error ? r.error : r.ok === true ? '' : 'no-answer',
    readBack: typeof r.readBack === 'string' ? r.readBack : '',
  };
}

export interface InsertRequest {
  env: PanelEnv;
  tab: PanelTab | null;
  mention: Mention;
  text: string;
  /** The approved template version the text came from unedited, else null. */
  template: Pick<Template, 'id' | 'version'> | null;
  uiLanguage: Language;
  /** The next-update time the text promises (see promisedUpdateIn), recorded for the mention's incident. */
  promisedUpdateAt?: number | null;
  now?: () => number;
}

export async function insertReply(request: InsertRequest): Promise<InsertOutcome> {
  const { env, tab, mention, text, now = Date.now } = request;
  let reason = 'no-tab';
  if (tab) {
    const raw = await env.toTab(tab.id, { type: 'composer/insert', mentionId: mention.id, text }).catch(() => null);
    const answer = answerOf(raw);
    if (answer.ok) {
      const recordError = await record(request, 'inserted', now());
      return { kind: 'inserted', reason: '', recordError };
    }
    reason = answer.error;
  }
  const copied = await env.copyToClipboard(text).catch(() => false);
  if (!copied) return { kind: 'copy-failed', reason, recordError: null };
  const recordError = await record(request, 'clipboard', now());
  return { kind: 'copied', reason, recordError };
}

async function record(
  { env, mention, text, template, uiLanguage, promisedUpdateAt = null }: InsertRequest,
  method: 'inserted' | 'clipboard',
  insertedAt: number,
): Promise<string | null> {
  const reply = await env.background({
    type: 'reply/recorded',
    reply: {
      mentionId: mention.id,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? null,
      language: replyLanguage(mention, uiLanguage),
      text,
      threadUrl: mention.threadUrl,
      insertedAt,
      method,
      promisedUpdateAt,
    },
  });
  return reply.ok ? null : reply.error;
}

/** Reads what is in the post's reply box now. */
export async function readReplyBox(env: PanelEnv, tab: PanelTab | null, mention: Mention): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (!tab) return { ok: false, reason: 'no-tab' };
  const raw = await env.toTab(tab.id, { type: 'composer/read', mentionId: mention.id }).catch(() => null);
  const answer = answerOf(raw);
  return answer.ok ? { ok: true, text: answer.readBack } : { ok: false, reason: answer.error };
}
