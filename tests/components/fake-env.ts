import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import type { PanelEnv } from '../../lib/panel/env';
import type { ContentRequest } from '../../lib/messages';

/** A panel environment backed by a real (in-memory) database and the real background handler. */
export function createFakeEnv(url = 'https://x.com/nordlichtcoffee/status/1790000000000000001') {
  const db = new KeelDatabase(`keel-panel-${Math.random().toString(36).slice(2)}`);
  // The organisation's policy as storage.managed would hand it over; undefined is none.
  let managedPolicy: unknown = undefined;
  const managedListeners = new Set<() => void>();
  const handler = createBackgroundHandler({
    db,
    now: () => Date.now(),
    broadcastSettings: async () => {},
    log: () => {},
    readManagedPolicy: async () => managedPolicy,
  });
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
    managedPolicy: async () => managedPolicy,
    onManagedChanged(callback) {
      managedListeners.add(callback);
      return () => managedListeners.delete(callback);
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
    /** Installs (or with undefined removes) a policy the way the browser does: the background, then the panel, hear of it. */
    async setManagedPolicy(raw: unknown) {
      managedPolicy = raw;
      await handler.policyChanged();
      for (const listener of managedListeners) listener();
    },
    cleanup: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}
