import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import type { PanelEnv } from '../../lib/panel/env';
import type { ContentRequest } from '../../lib/messages';

/** A panel environment backed by a real (in-memory) database and the real background handler. */
export function createFakeEnv(url = 'https://x.com/nordlichtcoffee/status/1790000000000000001') {
  const db = new KeelDatabase(`keel-panel-${Math.random().toString(36).slice(2)}`);
  const handler = createBackgroundHandler({ db, now: () => Date.now(), broadcastSettings: async () => {}, log: () => {} });
  const sentToTab: Array<{ tabId: number; message: ContentRequest }> = [];
  let tabReply: (message: ContentRequest) => unknown = () => ({ ok: true });
  const copied: string[] = [];
  const env: PanelEnv = {
    db,
    background: (message) => handler.handle(message, {}),
    toTab: async (tabId, message) => {
      sentToTab.push({ tabId, message });
      return tabReply(message);
    },
    currentTab: async () => ({ id: 42, url }),
    onTabChanged: () => () => {},
    browserLanguages: ['en-US'],
    copyToClipboard: async (text) => {
      copied.push(text);
      return true;
    },
  };
  return {
    env,
    db,
    sentToTab,
    copied,
    replyFromTab(fn: (message: ContentRequest) => unknown) {
      tabReply = fn;
    },
    cleanup: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}
