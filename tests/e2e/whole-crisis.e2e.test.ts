/**
 * A whole crisis in Chromium, as a community manager goes through it on the demo X thread:
 * two risky replies ticked in the Queue open an incident; one is answered with an approved
 * template; a keep decision is recorded with its reason; a news story about the brand, served
 * at its own https address, is captured as evidence; the incident is resolved and reviewed;
 * the Markdown report is exported (it holds the story's title and both posts' texts); and
 * everything is backed up and restored into a fresh browser profile, where the incident, its
 * timeline, its evidence and the brand profile are all back.
 *
 * Host access for the news site: headless Chromium has no toolbar or context menu to click and
 * cannot accept a permission prompt, so, as in capture.e2e.test.ts, this test runs its own copy
 * of the build whose manifest also lists the one test news site under host_permissions. The
 * product asks for no such host; everything else in the copy is the product build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SETTINGS, EXTENSION_DIR, fixture, launchKeel, type Keel } from './harness';
import { approveInReview, insertTopSuggestion, openDemoThread } from './reply-helpers';

const NEWS_SITE = 'https://www.harbour-ledger.test';
const NEWS = `${NEWS_SITE}/2026/12/05/nordlicht-recall.html`;
const NEWS_TITLE = 'Nordlicht Coffee recalls Cold Brew cans after customers report swelling';
/** The English glass-shard report in the Cold Brew. */
const GLASS = 'x:/benharris_mcr/status/1790017616073457677';
/** The German safety claim. */
const GERMAN_SAFETY = 'x:/anna_bckr/status/1790019629339377678';
const INCIDENT_TITLE = 'Cold Brew: glass and allergy reports';

let copy: string;
let keel: Keel;
let page: Page;
let panel: Page;
let work: string;
let backupFile: string;
let postTexts: string[] = [];

/** A copy of the build that may read the one test news site (see the header). */
function buildWithNewsSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keel-crisis-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  expect(manifest.host_permissions).not.toContain(`${NEWS_SITE}/*`);
  manifest.host_permissions = [...manifest.host_permissions, `${NEWS_SITE}/*`];
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

const detail = () => panel.locator('article.incident-detail');
const timelineKinds = () => detail().locator('.incident-log > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'keel-crisis-files-'));
  copy = buildWithNewsSite();
  ({ keel, page, panel } = await openDemoThread({ extensionDir: copy }));
  keel.serve(NEWS, fixture('articles/news-nordlicht-recall/source.html'));
  await approveInReview(panel, 'Mia Berger', 'English', 'Product defect or safety');
}, 120_000);

afterAll(async () => {
  await keel?.close();
  for (const dir of [copy, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a whole crisis', () => {
  it('opens an incident from two mentions ticked in the Queue', async () => {
    await panel.getByRole('button', { name: 'Queue' }).click();
    const card = (id: string) => panel.locator(`.mentions > li[data-mention-id="${id}"]`);
    postTexts = await Promise.all([GLASS, GERMAN_SAFETY].map(async (id) => (await page.locator(`[data-keel-mention="${id}"] [data-testid="tweetText"]`).first().textContent()) ?? ''));
    expect(postTexts.every((text) => text.length > 20)).toBe(true);
    await card(GLASS).getByRole('checkbox').check();
    await card(GERMAN_SAFETY).getByRole('checkbox').check();
    await panel.getByRole('button', { name: 'Open incident from 2 mentions' }).click();
    const bar = panel.getByRole('region', { name: '2 selected' });
    await bar.getByLabel('Title').fill(INCIDENT_TITLE);
    await bar.getByRole('button', { name: 'Open incident', exact: true }).click();
    await detail().waitFor();
    await expect.poll(() => detail().locator('.evidence > li').count()).toBe(2);
  });

  it('inserts an approved reply into X’s reply box', async () => {
    await insertTopSuggestion(panel, GLASS);
    // The text is in the page's reply box (read back by Keel); the person sends it, not Keel.
    expect(await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').textContent()).toContain('Mia');
    await page.locator('[data-testid="app-bar-close"]').click();
    await panel.getByRole('button', { name: 'Incidents' }).click();
    await expect.poll(timelineKinds).toEqual(['opened', 'mention-added', 'mention-added', 'reply-inserted']);
  });

  it('records a delete-or-keep decision with its reason', async () => {
    const decision = detail().getByRole('form', { name: 'Delete, keep or hide a post' });
    await decision.getByLabel(/Screenshots of the post already exist/).check();
    await expect.poll(() => decision.locator('.recommendation').textContent()).toBe('The guide recommends: Keep');
    await decision.getByLabel('Reason').fill('Screenshots are out; we answer in the open and recall the batch');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => detail().locator('.incident-log > li[data-kind="decision"]').count()).toBe(1);
  });

  it('captures the news story about the recall as evidence', async () => {
    const news = await keel.open(NEWS);
    const newsPanel = await keel.context.newPage();
    await newsPanel.goto(`chrome-extension://${keel.extensionId}/sidepanel.html?tabId=${await keel.tabIdOf(news)}`);
    await newsPanel.getByRole('button', { name: 'Incidents' }).click();
    await newsPanel.getByRole('list', { name: 'Incident log' }).getByRole('button', { name: new RegExp(INCIDENT_TITLE) }).click();
    const newsDetail = newsPanel.locator('article.incident-detail');
    await newsDetail.getByRole('button', { name: 'Capture this page' }).click();
    await expect.poll(() => newsDetail.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/^Captured “/);
    await newsPanel.close();
    await news.close();
    await expect.poll(() => detail().locator('.evidence [data-kind="article"]').textContent()).toContain(NEWS_TITLE);
    await expect.poll(timelineKinds).toContain('evidence-captured');
  });

  it('resolves the incident and saves the post-crisis review, which marks it reviewed', async () => {
    await detail().getByLabel('New status').selectOption({ label: 'resolved' });
    await detail().getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => detail().getAttribute('data-status')).toBe('resolved');

    const review = detail().getByRole('form', { name: 'Post-crisis review' });
    await review.getByLabel('Your name').fill('Mia Berger');
    // What happened is drafted from the timeline; the person completes the rest.
    expect(await review.getByLabel(/^What happened/).inputValue()).not.toBe('');
    await review.getByLabel('What worked').fill('Answering within the hour with the recall template.');
    await review.getByLabel('What to change in the plan and the templates').fill('Name the batch number in the first reply.');
    await review.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => detail().getAttribute('data-status')).toBe('reviewed');
    expect(await timelineKinds()).toEqual(expect.arrayContaining(['decision', 'evidence-captured', 'status-changed', 'review-saved']));
  });

  it('exports the Markdown report with the story’s title and both posts’ texts', async () => {
    await detail().getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('menuitem', { name: 'Markdown report' }).click()]);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(file).toMatch(/\.md$/);
    const report = readFileSync(file, 'utf8');
    expect(report).toContain(INCIDENT_TITLE);
    expect(report).toContain(NEWS_TITLE);
    // Each post's words are in the report (Markdown escaping may put a backslash before punctuation).
    const plain = report.replace(/\\(?=[\p{P}\p{S}])/gu, '');
    for (const text of postTexts) expect(plain).toContain(text.trim().split(/\s+/).slice(0, 6).join(' '));
    expect(plain).toContain('Screenshots are out; we answer in the open and recall the batch');
    expect(plain).toContain('Answering within the hour with the recall template.');
  });

  it('backs up everything and restores it into a fresh browser profile', async () => {
    await panel.getByRole('button', { name: 'Settings' }).click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Back up everything' }).click()]);
    backupFile = join(work, download.suggestedFilename());
    await download.saveAs(backupFile);
    const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
    expect(backup.keel).toBe('backup');
    await keel.close();

    // A fresh profile: nothing stored, no brand profile.
    keel = await launchKeel({ extensionDir: copy });
    panel = await keel.context.newPage();
    await panel.goto(`chrome-extension://${keel.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Incidents' }).click();
    expect(await panel.getByRole('list', { name: 'Incident log' }).locator(':scope > li').count()).toBe(0);

    await panel.getByRole('button', { name: 'Settings' }).click();
    await panel.getByLabel('Restore from backup').setInputFiles(backupFile);
    const confirm = panel.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toMatch(/This replaces 0 incidents, 0 mentions/);
    await confirm.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Restored:' }).count(), { timeout: 30_000 }).toBe(1);

    // The incident, its timeline and evidence, and the brand profile are back.
    await panel.getByRole('button', { name: 'Incidents' }).click();
    await panel.getByRole('list', { name: 'Incident log' }).getByRole('button', { name: new RegExp(INCIDENT_TITLE) }).click();
    await detail().waitFor();
    expect(await detail().getAttribute('data-status')).toBe('reviewed');
    expect(await timelineKinds()).toEqual(expect.arrayContaining(['opened', 'mention-added', 'reply-inserted', 'decision', 'evidence-captured', 'review-saved']));
    const evidence = (await detail().locator('.evidence').textContent()) ?? '';
    expect(evidence).toContain(NEWS_TITLE);
    expect(evidence).toContain('@benharris_mcr');
    const stored = await panel.evaluate(
      () =>
        new Promise<{ names: string[] }>((resolve, reject) => {
          const open = indexedDB.open('keel');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('settings').objectStore('settings').get('settings');
            request.onsuccess = () => resolve({ names: request.result?.value?.brand?.names ?? [] });
          };
        }),
    );
    expect(stored.names).toEqual(DEMO_SETTINGS.brand.names);
  });
});
