/**
 * The background's message handling: it validates every request and is the only
 * part of Keel that writes to the database.
 */
import {
  loadSettings,
  recordReply,
  saveSettings,
  setMentionCrisisType,
  setMentionStatus,
  upsertObservedPosts,
  type KeelDatabase,
} from '../db';
import { parseBackgroundRequest, type PageHealth } from '../messages';
import type { Settings } from '../schema';

export interface BackgroundDeps {
  db: KeelDatabase;
  now: () => number;
  /** Tells every open content script that the brand profile changed. */
  broadcastSettings: (settings: Settings) => Promise<void>;
  log: (message: string) => void;
}

export interface Sender {
  tabId?: number;
}

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

export function createBackgroundHandler(deps: BackgroundDeps) {
  const { db } = deps;
  /** Latest page health per tab, for "Keel cannot read this page". */
  const healthByTab = new Map<number, PageHealth>();

  async function handle(raw: unknown, sender: Sender): Promise<Reply> {
    const parsed = parseBackgroundRequest(raw);
    if (!parsed.ok) {
      deps.log(parsed.error);
      return { ok: false, error: parsed.error };
    }
    const msg = parsed.message;
    try {
      switch (msg.type) {
        case 'content/hello':
          return { ok: true, settings: await loadSettings(db) };
        case 'posts/observed':
          return { ok: true, stored: await upsertObservedPosts(db, msg.posts, deps.now()) };
        case 'page/health':
          if (sender.tabId !== undefined) healthByTab.set(sender.tabId, msg);
          return { ok: true };
        case 'tab/health':
          return { ok: true, health: healthByTab.get(msg.tabId) ?? null };
        case 'settings/save': {
          const saved = await saveSettings(db, msg.settings);
          await deps.broadcastSettings(saved);
          return { ok: true, settings: saved };
        }
        case 'mention/set-status':
          await setMentionStatus(db, msg.id, msg.status);
          return { ok: true };
        case 'mention/set-crisis-type':
          await setMentionCrisisType(db, msg.id, msg.crisisType);
          return { ok: true };
        case 'template/save':
          await db.templates.put(msg.template);
          return { ok: true };
        case 'reply/recorded':
          return { ok: true, id: await recordReply(db, msg.reply) };
      }
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      deps.log(`Keel could not handle ${msg.type}: ${text}`);
      return { ok: false, error: text };
    }
  }

  return { handle, forgetTab: (tabId: number) => healthByTab.delete(tabId) };
}
