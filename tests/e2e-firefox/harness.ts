/**
 * Starts Firefox (Debian's firefox-esr, headless, a fresh profile) over WebDriver BiDi
 * with the built Firefox add-on installed as a temporary add-on, and serves fixture pages
 * at the real sites' URLs so the real content scripts run on them. Nothing reaches the
 * network: every http(s) request a page makes is answered here (a fixture, a blank image
 * or a 404).
 *
 * The sidebar page (moz-extension://…/sidepanel.html) cannot be opened over BiDi: Firefox
 * refuses a navigation to it ("not allowed in this context"), even with the add-on's uuid
 * fixed by the extensions.webextensions.uuids pref. Settings therefore reach Keel the way an
 * organisation's IT sets them: a policies.json in Firefox's distribution folder whose
 * "3rdparty" → "Extensions" → "keel@keel.example" object is the add-on's storage.managed.
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CRISIS_TYPES, LANGUAGES, PLATFORMS } from '../../lib/schema';
import { DEMO_SETTINGS } from '../e2e/harness';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = process.env.KEEL_FIREFOX_EXTENSION_DIR ?? resolve(ROOT, process.env.KEEL_OUT_DIR ?? '.output', 'firefox-mv2');
export const ADDON_ID = 'keel@keel.example';
/** Who the test policies say manages Keel; a policy file carrying it is one the tests wrote. */
export const TEST_POLICY_OWNER = 'Keel tests';
export const VIEWPORT = { width: 1100, height: 900 };

/** The reply every test template gives: two lines, an emoji and a non-Latin script, as the Chromium tests insert. */
export const TEMPLATE_REPLY = 'Thank you for telling us 🙏\nWe are looking into it now – Dziękujemy.';

/**
 * The organisation's policy the Firefox tests install: the demo brand profile, the agent's
 * name, the interface language, and one approved template for every crisis type and
 * language, so that Alt+Shift+I has a reply for whichever mention is focused.
 */
export const TEST_POLICY = {
  brand: DEMO_SETTINGS.brand,
  agentName: DEMO_SETTINGS.agentName,
  uiLanguage: 'en',
  templates: CRISIS_TYPES.flatMap((crisisType) =>
    LANGUAGES.map((language) => ({
      id: `test-${crisisType}-${language}`,
      title: `Test reply (${crisisType}, ${language})`,
      body: TEMPLATE_REPLY,
      crisisType,
      language,
      platforms: [...PLATFORMS],
    })),
  ),
};

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

/** The policy files Firefox reads at start: the installation's distribution folder, and the system-wide one on Linux. */
export function policyPaths(firefoxPath = FIREFOX_PATH): { distribution: string; system: string } {
  const appDir = dirname(realpathSync(firefoxPath));
  return { distribution: join(appDir, 'distribution/policies.json'), system: '/etc/firefox/policies/policies.json' };
}

function writtenByTests(path: string): boolean {
  try {
    const policy = JSON.parse(readFileSync(path, 'utf8')) as { policies?: { '3rdparty'?: { Extensions?: Record<string, { managedBy?: string }> } } };
    return policy.policies?.['3rdparty']?.Extensions?.[ADDON_ID]?.managedBy === TEST_POLICY_OWNER;
  } catch {
    return false;
  }
}

/** Removes policy files an earlier, interrupted test run left behind (only those the tests wrote). */
export function removeTestPolicies(): void {
  for (const path of Object.values(policyPaths())) {
    if (existsSync(path) && writtenByTests(path)) rmSync(path);
  }
}

/**
 * Writes Keel's managed settings as a Firefox enterprise policy. Firefox reads it when it
 * starts, so write it before launchFirefox. Refuses to replace a policy the tests did not write.
 */
export function writeTestPolicy(managed: Record<string, unknown>): string {
  removeTestPolicies();
  const { distribution, system } = policyPaths();
  for (const path of [distribution, system]) {
    if (existsSync(path)) throw new Error(`${path} holds a Firefox policy the tests did not write; move it away to run the Firefox tests.`);
  }
  mkdirSync(dirname(distribution), { recursive: true });
  const policy = { policies: { '3rdparty': { Extensions: { [ADDON_ID]: { ...managed, managedBy: TEST_POLICY_OWNER } } } } };
  writeFileSync(distribution, JSON.stringify(policy, null, 2));
  return distribution;
}

export interface KeelFirefox {
  browser: Browser;
  /** Serves `html` at `url` (exact URL, query ignored) for the rest of the session. */
  serve(url: string, html: string): void;
  /** Opens a new tab at `url` and waits for it to load. */
  open(url: string): Promise<Page>;
  /**
   * Presses a keyboard shortcut in the browser window, as a person does: `page` is brought to
   * the front and the keys go to Firefox's window, where its shortcut handling (and with it the
   * add-on's commands) sees them. Keys sent to a page over BiDi input never reach the
   * browser's shortcuts (measured: Alt+Shift+I typed that way fires no command).
   */
  pressShortcut(page: Page, keys: ShortcutKey[]): Promise<void>;
  close(): Promise<void>;
}

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;
const IMAGE_HOSTS = /(^|\.)(twimg\.com|fbcdn\.net|cdninstagram\.com)$/;
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function launchFirefox(options: { headless?: boolean } = {}): Promise<KeelFirefox> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on in ${EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: run "node scripts/ensure-firefox.mjs" or set FIREFOX_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'keel-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: options.headless ?? true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    // Lets pressShortcut() press keys at the browser window itself (see there).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // No update checks, telemetry or remote settings: the profile stays offline.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const pages = new Map<string, string>();
  const answer = (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return void request.continue();
    const body = pages.get(`${url.origin}${url.pathname}`);
    if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    // WebDriver BiDi gives no resource type: an image is known by its path or its sites' image hosts.
    if (IMAGE.test(url.pathname) || IMAGE_HOSTS.test(url.hostname)) return void request.respond({ status: 200, contentType: 'image/gif', body: PIXEL });
    return void request.respond({ status: 404, body: '' });
  };
  try {
    await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    serve(url, html) {
      const u = new URL(url);
      pages.set(`${u.origin}${u.pathname}`, html);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async pressShortcut(page, keys) {
      await page.bringToFront();
      await pressInBrowserWindow(browser, keys);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A key as KeyboardEvent gives it: key, code and the legacy keyCode Firefox's shortcuts match. */
export interface ShortcutKey {
  key: string;
  code: string;
  keyCode: number;
}

export const ALT: ShortcutKey = { key: 'Alt', code: 'AltLeft', keyCode: 18 };
export const SHIFT: ShortcutKey = { key: 'Shift', code: 'ShiftLeft', keyCode: 16 };
export const letter = (c: string): ShortcutKey => ({ key: c.toUpperCase(), code: `Key${c.toUpperCase()}`, keyCode: c.toUpperCase().charCodeAt(0) });

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * Holds the keys down in order and lets them go in reverse, through Firefox's text input
 * processor on the browser window: the key events start where a real key press starts, so the
 * browser matches them against its shortcuts before the focused page sees them.
 */
async function pressInBrowserWindow(browser: Browser, keys: ShortcutKey[]): Promise<void> {
  const expression = `(() => {
    const keys = ${JSON.stringify(keys)};
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) return 'the browser window takes no keys';
    const event = (k) => new KeyboardEvent('', k);
    for (const k of keys) tip.keydown(event(k));
    for (const k of [...keys].reverse()) tip.keyup(event(k));
    return '';
  })()`;
  const value = await inBrowserWindow(browser, expression);
  if (value !== '') throw new Error(`Could not press ${keys.map((k) => k.key).join('+')}: ${value}`);
}

/**
 * Runs `expression` in Firefox's browser window (its own UI, not a page) and returns its
 * string result. Needs the --remote-allow-system-access flag launchFirefox starts Firefox with.
 */
export async function inBrowserWindow(browser: Browser, expression: string): Promise<string> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const windows = tree.result.contexts as { context: string; url: string }[];
  const main = windows.find((w) => w.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error(`No browser window (found ${windows.map((w) => w.url).join(', ')}).`);
  const reply = await connection.send('script.evaluate', { expression, target: { context: main.context }, awaitPromise: true });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (result.type === 'exception') throw new Error(`In the browser window: ${result.exceptionDetails?.text ?? 'an exception'}`);
  return String(result.result?.value ?? '');
}

/** The sidebar's id for Keel in Firefox's sidebar switcher (the add-on id as a widget id). */
const KEEL_SIDEBAR = 'keel_keel_example-sidebar-action';

/** Opens Keel's sidebar, as the toolbar button or View → Sidebar does, at `width` px. Resolves once its page has loaded. */
export async function openSidebar(browser: Browser, width: number): Promise<void> {
  await inBrowserWindow(
    browser,
    `(async () => {
      await SidebarController.show(${JSON.stringify(KEEL_SIDEBAR)});
      document.getElementById('sidebar-box').style.width = '${width}px';
      const inner = () => SidebarController.browser.contentDocument?.getElementById('webext-panels-browser');
      for (let i = 0; i < 100 && !(inner()?.currentURI?.spec ?? '').endsWith('sidepanel.html'); i++) await new Promise((r) => setTimeout(r, 100));
      return '';
    })()`,
  );
}

export interface SidebarState {
  open: boolean;
  /** Which sidebar is showing (Keel's is KEEL_SIDEBAR). */
  id: string;
  /** The page in it. */
  url: string;
  width: number;
}

/** What Firefox's sidebar shows now. */
export async function sidebarState(browser: Browser): Promise<SidebarState> {
  return JSON.parse(
    await inBrowserWindow(
      browser,
      `JSON.stringify({
        open: SidebarController.isOpen,
        id: SidebarController.currentID ?? '',
        url: SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? '',
        width: Math.round(document.getElementById('sidebar-box')?.getBoundingClientRect().width ?? 0),
      })`,
    ),
  ) as SidebarState;
}

/**
 * Clicks Keel's toolbar button as a person does: from the toolbar where it is pinned, or else
 * by opening Firefox's Extensions menu (the puzzle piece) and clicking Keel there.
 */
export async function clickToolbarButton(browser: Browser): Promise<void> {
  const result = await inBrowserWindow(
    browser,
    `(async () => {
      // Mouse events the browser's own code dispatches in its window are trusted, as a real click's are.
      const click = (el) => {
        const rect = el.getBoundingClientRect();
        const at = { bubbles: true, cancelable: true, button: 0, detail: 1, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, view: window };
        for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, at));
      };
      const button = () => {
        const node = CustomizableUI.getWidget('keel_keel_example-browser-action')?.forWindow(window)?.node;
        const el = node?.querySelector('.unified-extensions-item-action-button') ?? node;
        return el && el.getBoundingClientRect().width > 0 ? el : null;
      };
      if (!button()) {
        const menu = document.getElementById('unified-extensions-button');
        if (!menu) return 'no Extensions menu in the toolbar';
        click(menu);
        for (let i = 0; i < 50 && !button(); i++) await new Promise((r) => setTimeout(r, 100));
      }
      const el = button();
      if (!el) return 'Keel is neither in the toolbar nor in the Extensions menu';
      click(el);
      return '';
    })()`,
  );
  if (result !== '') throw new Error(result);
}

export const KEEL_SIDEBAR_ID = KEEL_SIDEBAR;

/** A PNG of what Keel's sidebar shows now (Firefox draws the sidebar page; works headless too). */
export async function sidebarSnapshot(browser: Browser): Promise<Buffer> {
  const dataUrl = await inBrowserWindow(
    browser,
    `(async () => {
      const inner = SidebarController.browser.contentDocument.getElementById('webext-panels-browser');
      const bitmap = await inner.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`,
  );
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

/** The posts the page marks as mentions (the content script's data-keel-mention attribute). */
export function markedIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-keel-mention]', (els) => els.map((e) => e.getAttribute('data-keel-mention') ?? ''));
}

/** The badge of a marked post: its text and accessible label, read from its open shadow root. */
export function badgeOf(page: Page, id: string): Promise<{ label: string; aria: string } | null> {
  return page.evaluate((mentionId) => {
    const root = Array.from(document.querySelectorAll('[data-keel-mention]')).find((e) => e.getAttribute('data-keel-mention') === mentionId);
    const hosts = root ? Array.from(root.querySelectorAll('[data-keel-badge]')).filter((h) => h.closest('[data-keel-mention]') === root) : [];
    const badge = hosts[0]?.shadowRoot?.querySelector('.badge');
    return badge ? { label: badge.querySelector('.long')?.textContent ?? '', aria: badge.getAttribute('aria-label') ?? '' } : null;
  }, id);
}

/** A fixture page with an editor bundle from tests/editors run in it (x-live: X's Draft.js composer; facebook-live: Lexical reply boxes). */
export async function withEditorScript(html: string, bundle: 'x-live' | 'facebook-live'): Promise<string> {
  const { buildEditors } = await import('../editors/build.mjs');
  const dist = await buildEditors();
  const js = readFileSync(join(dist, `${bundle}.js`), 'utf8').replace(/<\/script/gi, '<\\/script');
  return html.replace('</body>', `<script>${js}</script></body>`);
}
