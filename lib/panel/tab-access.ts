/**
 * Host access for "Capture this page", one site at a time. Keel has no host permission for
 * web pages in general: it reads a page when the person gave it activeTab for that tab (the
 * toolbar button or the context menu) or, from the panel's Capture button, a permission for
 * that page's origin only, asked in the click and given back after the capture.
 */
import { browser } from '#imports';
import type { TabAccessApi, TabAccessState } from './env';

const originPattern = (origin: string) => [`${origin}/*`];

export function createTabAccess(pinnedTabId: number | null): TabAccessApi {
  return {
    async state(): Promise<TabAccessState> {
      const tabId = pinnedTabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (tabId === undefined) return { kind: 'no-tab' };
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab) return { kind: 'no-tab' };
      // The browser shows the address only to an extension with access to the tab.
      if (!tab.url) {
        requestHostAccess(tabId);
        return { kind: 'hidden', tabId };
      }
      const url = new URL(tab.url);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'not-web', tabId };
      const granted = await browser.permissions.contains({ origins: originPattern(url.origin) });
      return { kind: 'visible', tabId, origin: url.origin, granted };
    },
    async request(origin) {
      try {
        return await browser.permissions.request({ origins: originPattern(origin) });
      } catch {
        return null;
      }
    },
    async release(origin) {
      await browser.permissions.remove({ origins: originPattern(origin) }).catch(() => false);
    },
  };
}

/**
 * Chrome 133+: puts "Allow Keel on this site?" into the toolbar's extensions menu for this tab
 * (permissions.addHostAccessRequest), the browser's own way to ask without knowing the address.
 */
function requestHostAccess(tabId: number): void {
  const permissions = browser.permissions as unknown as { addHostAccessRequest?: (o: { tabId: number }) => Promise<void> };
  void permissions.addHostAccessRequest?.({ tabId })?.catch(() => undefined);
}
