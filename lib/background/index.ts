/**
 * The background: opens the database, answers messages, tells content scripts
 * when settings change, and opens the panel from the toolbar button.
 */
import { browser } from '#imports';
import { KeelDatabase, requestPersistentStorage } from '../db';
import { seedDefaults } from '../seed';
import type { Settings } from '../schema';
import { createBackgroundHandler } from './handlers';
import { insertTopSuggestion } from './commands';

/** The toolbar button: `action` in Chrome's MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export function startBackground() {
  const db = new KeelDatabase();
  const handler = createBackgroundHandler({
    db,
    now: () => Date.now(),
    broadcastSettings: async (settings: Settings) => {
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : browser.tabs.sendMessage(tab.id, { type: 'settings/changed', settings }).catch(() => undefined),
        ),
      );
    },
    log: (message) => console.warn('[Keel]', message),
    storage: globalThis.navigator?.storage,
    readManagedPolicy: () => browser.storage.managed.get(null),
  });

  // The organisation's policy: read at start (its templates and playbooks put in place)
  // and again whenever the browser's policy changes.
  void handler.policyChanged(false);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void handler.policyChanged();
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    void handler.handle(raw, { tabId: sender.tab?.id }).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => handler.forgetTab(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'insert-top-suggestion') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const result = await insertTopSuggestion(
        { db, toTab: (id, message) => browser.tabs.sendMessage(id, message), now: () => Date.now(), settings: handler.effectiveSettings },
        tabId,
      );
      // The toolbar badge says whether it worked; details are in the panel's log.
      const button = toolbarButton();
      await button?.setBadgeText({ tabId, text: result.ok ? '✓' : '!' });
      await button?.setTitle({ tabId, title: result.ok ? 'Keel: reply inserted — review and send it yourself' : `Keel: ${result.error}` });
      setTimeout(() => void button?.setBadgeText({ tabId, text: '' }), 4000);
    })();
  });

  browser.runtime.onInstalled.addListener(() => {
    void seedDefaults(db, Date.now());
    void requestPersistentStorage(globalThis.navigator?.storage);
  });

  // Chrome: the toolbar button opens the side panel. Firefox opens its sidebar itself.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    toolbarButton()?.onClicked.addListener(() => void sidebar?.toggle());
  }
}
