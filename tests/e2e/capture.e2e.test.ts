/**
 * "Capture this page" in Chromium: a news story served at its own https address becomes
 * evidence of an incident from the panel's button (the real capture script injected with
 * scripting.executeScript, Readability in the page, brand mentions and risk in the background);
 * a sign-in page of the same site is refused; a site Keel was given no access to is not read.
 *
 * Host access. The product gets it only when the person asks: activeTab from the toolbar button
 * or the context menu, or from the panel's button a permission for that one origin
 * (permissions.request, removed after the capture). None of these can be given headless:
 * Chromium has no toolbar or context menu a test can click; Alt+Shift+K pressed in the page did
 * not grant activeTab (the tab's address stayed hidden from Keel); and permissions.request from a
 * real click in the panel shows Chromium's prompt, which stayed pending for 10 s with nobody to
 * accept it (checked in Chromium 156, headless). No command-line switch or policy grants an
 * optional host permission (ExtensionSettings' runtime_allowed_hosts only lifts a block).
 * So this test pre-grants the one test site the way an installed permission is granted: it
 * loads its own copy of the build whose manifest also lists https://www.harbour-ledger.test/*
 * under host_permissions. Nothing else in the copy differs; the product build asks for no such
 * host. The panel then sees the tab's address and the permission, and captures without asking
 * (the asking and giving back are covered in tests/components/capture.test.tsx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SETTINGS, EXTENSION_DIR, fixture, launchKeel, type Keel } from './harness';

const SITE = 'https://www.harbour-ledger.test';
const NEWS = `${SITE}/2026/12/05/nordlicht-recall.html`;
const LOGIN = `${SITE}/account/login`;
/** Another news site, never granted: Keel must not be able to read it. */
const ELSEWHERE = 'https://www.other-news.test/2026/12/05/nordlicht-recall.html';
const TITLE = 'Nordlicht Coffee recalls Cold Brew cans after customers report swelling';

interface StoredEvidence {
  incidentId: string;
  item: { kind: string; title: string; siteName: string | null; url: string; matches: Array<{ term: string; kind: string }>; risk: { level: string } | null };
}

/** The evidence as stored in Keel's database, read from an extension page. */
async function storedEvidence(panel: Page): Promise<StoredEvidence[]> {
  return panel.evaluate(
    () =>
      new Promise<StoredEvidence[]>((resolve, reject) => {
        const open = indexedDB.open('keel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('evidence').objectStore('evidence').getAll();
          request.onsuccess = () => {
            resolve(request.result as StoredEvidence[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The id of the tab just opened: Keel cannot see the address of a tab it has no access to, so it is told by order. */
async function newestTabId(keel: Keel): Promise<number> {
  return keel.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t: { id?: number }) => t.id ?? -1)));
}

async function openPanelFor(keel: Keel, tabId: number): Promise<Page> {
  const panel = await keel.context.newPage();
  await panel.goto(`chrome-extension://${keel.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('button', { name: 'Incidents' }).click();
  return panel;
}

async function openIncidentDetail(panel: Page, title: string) {
  await panel.getByRole('list', { name: 'Incident log' }).getByRole('button', { name: new RegExp(title) }).click();
  const detail = panel.locator('.incident-detail');
  await detail.waitFor();
  return detail;
}

describe('Capture this page (Chromium)', () => {
  let keel: Keel;
  let copy: string;
  let incidentId: string;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'keel-capture-ext-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    // The product build: no host access to news sites, only asked for when capturing.
    expect(manifest.host_permissions).not.toContain(`${SITE}/*`);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus']));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // Test-only pre-grant of the one test site (see the header): headless Chromium cannot accept the prompt.
    manifest.host_permissions = [...manifest.host_permissions, `${SITE}/*`];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    keel = await launchKeel({ extensionDir: copy });
    await keel.saveSettings(DEMO_SETTINGS);
    keel.serve(NEWS, fixture('articles/news-nordlicht-recall/source.html'));
    keel.serve(LOGIN, fixture('articles/not-an-article/source.html'));
    keel.serve(ELSEWHERE, fixture('articles/news-nordlicht-recall/source.html'));
    // An incident, opened the way the panel's New incident form sends it.
    const page = await keel.context.newPage();
    await page.goto(`chrome-extension://${keel.extensionId}/sidepanel.html`);
    const reply = (await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'incident/open', draft: { title: 'Cold Brew cans swelling', crisisType: 'product-defect', severity: 'high' }, by: 'Mia' }),
    )) as { ok: boolean; incidentId?: string };
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    incidentId = reply.incidentId!;
    await page.close();
  }, 90_000);

  afterAll(async () => {
    await keel?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('stores the news story as evidence: title, site and the brand mentions found in it', async () => {
    const page = await keel.open(NEWS);
    const before = await page.content();
    const panel = await openPanelFor(keel, await keel.tabIdOf(page));
    const detail = await openIncidentDetail(panel, 'Cold Brew cans swelling');
    await detail.getByRole('button', { name: 'Capture this page' }).click();
    const status = detail.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Captured “/);

    const evidence = (await storedEvidence(panel)).filter((e) => e.item.kind === 'article');
    expect(evidence).toHaveLength(1);
    const [stored] = evidence;
    expect(stored!.incidentId).toBe(incidentId);
    expect(stored!.item).toMatchObject({ title: TITLE, siteName: 'Harbour Ledger', url: NEWS });
    // The brand's name, its product and its hashtag as they appear in the story.
    expect(new Set(stored!.item.matches.map((m) => m.kind))).toEqual(new Set(['name', 'product', 'hashtag']));
    expect(stored!.item.risk).not.toBeNull();
    expect(await status.textContent()).toBe(`Captured “${TITLE}” (Harbour Ledger): ${stored!.item.matches.length} brand mentions.`);
    // The incident's evidence list shows it: title, site, brand mentions.
    const shown = detail.locator('.evidence [data-kind="article"]');
    await expect.poll(() => shown.textContent()).toContain('Harbour Ledger');
    expect(await shown.textContent()).toContain(TITLE);
    expect(await shown.textContent()).toContain(`${stored!.item.matches.length} brand mentions`);
    // Read only: the page is as it was, and nothing of Keel was drawn into it.
    expect(await page.content()).toBe(before);
    await panel.close();
    await page.close();
  }, 60_000);

  it('refuses a page of the same site that is no article, and stores nothing', async () => {
    const page = await keel.open(LOGIN);
    const panel = await openPanelFor(keel, await keel.tabIdOf(page));
    const detail = await openIncidentDetail(panel, 'Cold Brew cans swelling');
    const count = (await storedEvidence(panel)).length;
    await detail.getByRole('button', { name: 'Capture this page' }).click();
    const alert = detail.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/^Keel could not find an article on this page: /);
    expect(await storedEvidence(panel)).toHaveLength(count);
    await panel.close();
    await page.close();
  }, 60_000);

  it('cannot read a site it was given no access to: says how to give it, stores nothing', async () => {
    const page = await keel.open(ELSEWHERE);
    const tabId = await newestTabId(keel);
    // Without access, Chromium hides the tab's address from Keel.
    expect(await keel.worker.evaluate(async (id: number) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBeNull();
    const panel = await openPanelFor(keel, tabId);
    const detail = await openIncidentDetail(panel, 'Cold Brew cans swelling');
    const count = (await storedEvidence(panel)).length;
    await detail.getByRole('button', { name: 'Capture this page' }).click();
    const alert = detail.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('right-click the page and choose “Capture this page as evidence”');
    expect(await storedEvidence(panel)).toHaveLength(count);
    // And the background, asked directly, is refused by the browser too.
    const reply = await panel.evaluate((id: number) => chrome.runtime.sendMessage({ type: 'capture/page', tabId: id, incidentId: null }), tabId);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Keel has no access to this tab') });
    expect(await storedEvidence(panel)).toHaveLength(count);
    await panel.close();
    await page.close();
  }, 60_000);
});
