/**
 * The background: opens the database, answers messages, tells content scripts
 * when settings change, and opens the panel from the toolbar button.
 */
import { browser } from '#imports';
import { KeelDatabase, loadSettings, requestPersistentStorage } from '../db';
import { seedDefaults } from '../seed';
import type { Settings } from '../schema';
import { createBackgroundHandler } from './handlers';
import { insertTopSuggestion } from './commands';
import { readTabArticle } from './capture';
import { captureFeedback, keepCaptureMenu, targetOfMenuItem, type ContextMenus } from './capture-menu';
import { resolveUiLanguage } from '../i18n';

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
    readTab: readTabArticle,
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

  startCaptureMenu(db, handler.capture);

  browser.runtime.onInstalled.addListener(() => {
    void seedDefaults(db, Date.now());
    void requestPersistentStorage(globalThis.navigator?.storage);
  });

  // Chrome: the toolbar button opens the side panel from action.onClicked rather than by
  // openPanelOnActionClick, because only a click the extension handles grants activeTab (which
  // "Capture this page" uses for that tab). sidePanel.open must run in the click, before any await.
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    toolbarButton()?.onClicked.addListener((tab) => {
      if (tab.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    toolbarButton()?.onClicked.addListener(() => void sidebar?.toggle());
  }
}

interface SidePanelApi {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { windowId: number }): Promise<void>;
}

/** The page's context menu "Capture this page as evidence"; its click grants activeTab for the tab. */
function startCaptureMenu(db: KeelDatabase, capture: ReturnType<typeof createBackgroundHandler>['capture']) {
  const menus = (browser as unknown as { contextMenus?: ContextMenus & { onClicked: typeof browser.contextMenus.onClicked } }).contextMenus;
  if (!menus) return;
  const browserLanguages = globalThis.navigator?.languages ?? [];
  keepCaptureMenu({ db, menus, browserLanguages });
  menus.onClicked.addListener((info, tab) => {
    const target = targetOfMenuItem(info.menuItemId);
    const tabId = tab?.id;
    if (!target || tabId === undefined) return;
    void (async () => {
      const result = await capture(tabId, target).then(
        (done) => ({ ok: true as const, capture: done }),
        (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
      );
      const language = resolveUiLanguage((await loadSettings(db)).uiLanguage, browserLanguages);
      const { badge, title } = captureFeedback(result, language);
      // The toolbar badge says whether it worked; the evidence is in the panel's Incidents view.
      const button = toolbarButton();
      await button?.setBadgeText({ tabId, text: badge });
      await button?.setTitle({ tabId, title });
      setTimeout(() => void button?.setBadgeText({ tabId, text: '' }), 4000);
    })();
  });
}
