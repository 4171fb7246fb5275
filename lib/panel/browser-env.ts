/** The side panel's PanelEnv in the real extension. */
import { browser } from '#imports';
import type { KeelDatabase } from '../db';
import type { PanelEnv, PanelTab, BackgroundReply } from './env';
import { createTabAccess } from './tab-access';

export function createBrowserPanelEnv(db: KeelDatabase, search: string): PanelEnv {
  const pinned = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  const pinnedTabId = Number.isFinite(pinned) ? pinned : null;

  async function currentTab(): Promise<PanelTab | null> {
    try {
      const tab =
        pinnedTabId !== null
          ? await browser.tabs.get(pinnedTabId)
          : (await browser.tabs.query({ active: true, lastFocusedWindow: true })).find((t) => !t.url?.startsWith('chrome-extension:') && !t.url?.startsWith('moz-extension:'));
      if (!tab || tab.id === undefined || !tab.url) return null;
      return { id: tab.id, url: tab.url };
    } catch {
      return null;
    }
  }

  return {
    db,
    background: async (message) => {
      try {
        return ((await browser.runtime.sendMessage(message)) as BackgroundReply | undefined) ?? { ok: false, error: 'No answer from Keel’s background.' };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    toTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    currentTab,
    onTabChanged(callback) {
      const onUpdated = (tabId: number, info: { url?: string; status?: string }) => {
        if ((pinnedTabId === null || tabId === pinnedTabId) && (info.url || info.status === 'complete')) callback();
      };
      const onActivated = () => {
        if (pinnedTabId === null) callback();
      };
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onActivated.addListener(onActivated);
      return () => {
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onActivated.removeListener(onActivated);
      };
    },
    tabAccess: createTabAccess(pinnedTabId),
    browserLanguages: navigator.languages,
    storage: navigator.storage,
    // Firefox rejects the read when no policy names Keel: that is no policy.
    managedPolicy: () => browser.storage.managed.get(null).catch(() => undefined),
    onManagedChanged(callback) {
      const onChanged = (_changes: unknown, area: string) => {
        if (area === 'managed') callback();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    async copyToClipboard(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
