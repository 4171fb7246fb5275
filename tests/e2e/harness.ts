/**
 * Starts Chromium with the built extension loaded, serves fixture pages at the
 * real sites' URLs (so the real content scripts run on them), and opens the side
 * panel page for a tab the way a popped-out panel does: sidepanel.html?tabId=N.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Settings } from '../../lib/schema';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.KEEL_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

export interface Keel {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serves `html` at `url` (exact URL, query ignored) for the rest of the session. */
  serve(url: string, html: string): void;
  /** Opens a page at `url` and waits for it to load. */
  open(url: string): Promise<Page>;
  /** The extension's id for a page, as the side panel's ?tabId= needs it. */
  tabIdOf(page: Page): Promise<number>;
  openPanel(page: Page): Promise<Page>;
  saveSettings(settings: Settings): Promise<void>;
  close(): Promise<void>;
}

export const DEMO_SETTINGS: Settings = {
  brand: {
    names: ['Nordlicht Coffee', 'Nordlicht'],
    aliases: ['Nordlict', 'Nordlight'],
    handles: ['@nordlichtcoffee'],
    hashtags: ['#nordlicht'],
    products: ['Polarstern', 'Nordlicht Cold Brew'],
    exclude: ['Nordlicht Festival'],
  },
  agentName: 'Mia',
  dmLink: 'https://x.com/messages/compose?recipient_id=1790000000',
  uiLanguage: 'en',
};

/** Chromium's flags for every test and benchmark browser, with or without Keel: nothing reaches the network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
export const VIEWPORT = { width: 1100, height: 900 };

export async function launchKeel(
  options: { headless?: boolean; userDataDir?: string; locale?: string; /** Another copy of the build (another path is another extension id). */ extensionDir?: string } = {},
): Promise<Keel> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npx wxt build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'keel-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: VIEWPORT,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BROWSER_ARGS],
  });
  const pages = new Map<string, string>();
  // Nothing leaves the machine: every request but the fixtures is answered locally.
  // Only web requests: the extension's own pages load from chrome-extension:// untouched.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
    const url = new URL(route.request().url());
    const key = `${url.origin}${url.pathname}`;
    const body = pages.get(key);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') });
    return route.fulfill({ status: 404, body: '' });
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;

  const keel: Keel = {
    context,
    extensionId,
    worker,
    serve(url, html) {
      const u = new URL(url);
      pages.set(`${u.origin}${u.pathname}`, html);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t: { url?: string }) => t.url === u)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async openPanel(page) {
      const tabId = await keel.tabIdOf(page);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async saveSettings(settings) {
      // The message the Settings view sends, from an extension page; the background validates and stores it.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      const reply = await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', settings: s }), settings);
      await page.close();
      if (!(reply as { ok: boolean } | undefined)?.ok) throw new Error(`Settings not saved: ${JSON.stringify(reply)}`);
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return keel;
}

/**
 * The demo X thread with its reply composer made live: the real Draft.js editor
 * inline under the focal post, and a reply dialog behind every Reply button.
 */
export async function liveXThread(): Promise<string> {
  const { buildEditors } = await import('../editors/build.mjs');
  const dist = await buildEditors();
  const js = readFileSync(join(dist, 'x-live.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  return fixture('demo/x-thread.html').replace('</body>', `<script>${js}</script></body>`);
}
