/**
 * Keyboard command: insert the top approved reply for the post the person last
 * focused, clicked or hovered in the page. Same path as the panel's Insert
 * button: read back from the reply box, recorded, never sent.
 */
import { loadSettings, recordReply, type KeelDatabase } from '../db';
import { logReplyToIncident } from '../incidents';
import { InsertReply, type ContentRequest } from '../messages';
import { loadThreadReplies, topSuggestion } from '../replies';
import { Mention, type Settings } from '../schema';

export interface CommandDeps {
  db: KeelDatabase;
  toTab(tabId: number, message: ContentRequest): Promise<unknown>;
  now(): number;
  /** The settings replies are filled with (the organisation's laid over the person's); default: the stored ones. */
  settings?: () => Promise<Settings>;
}

export type CommandResult = { ok: true; mentionId: string; templateId: string } | { ok: false; error: string };

export async function insertTopSuggestion(deps: CommandDeps, tabId: number): Promise<CommandResult> {
  const focused = (await deps.toTab(tabId, { type: 'mention/focused' }).catch(() => null)) as { id?: string | null } | null;
  const mentionId = focused?.id;
  if (!mentionId) return { ok: false, error: 'No mention is focused: click or hover a flagged post first.' };
  const parsed = Mention.safeParse(await deps.db.mentions.get(mentionId));
  if (!parsed.success) return { ok: false, error: `Keel has no stored mention ${mentionId}.` };
  const mention = parsed.data;
  const [settings, templates, threadReplies] = await Promise.all([
    deps.settings ? deps.settings() : loadSettings(deps.db),
    deps.db.templates.toArray(),
    loadThreadReplies(deps.db, mention.threadUrl),
  ]);
  const suggestion = topSuggestion(templates, mention, settings, threadReplies);
  if (!suggestion) return { ok: false, error: 'No approved template fits this mention.' };
  // One keystroke must never put a half-filled template into a public reply.
  if (suggestion.missing.length > 0) {
    return { ok: false, error: `The best template needs ${suggestion.missing.map((m) => `{${m}}`).join(', ')}: fill it in the panel.` };
  }
  const reply = InsertReply.safeParse(
    await deps.toTab(tabId, { type: 'composer/insert', mentionId, text: suggestion.text }).catch(() => null),
  );
  if (!reply.success || !reply.data.ok) {
    return { ok: false, error: reply.success ? reply.data.error : 'The page did not answer.' };
  }
  const now = deps.now();
  await recordReply(deps.db, {
    mentionId,
    templateId: suggestion.template.id,
    templateVersion: suggestion.template.version,
    language: mention.language,
    text: suggestion.text,
    threadUrl: mention.threadUrl,
    insertedAt: now,
    method: 'inserted',
  });
  await logReplyToIncident(deps.db, mentionId, now, null, {
    reply: { templateId: suggestion.template.id, templateVersion: suggestion.template.version, method: 'inserted', text: suggestion.text },
    by: settings.agentName,
  });
  return { ok: true, mentionId, templateId: suggestion.template.id };
}
