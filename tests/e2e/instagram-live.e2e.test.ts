/**
 * Keel on Instagram's current layout (comments as div trees, no lists), in Chromium with
 * the built extension: every page of tests/fixtures/instagram/live served at its real URL.
 * On each, the comments naming Nordlicht are marked in the page and listed in the panel,
 * each once, with what the page shows; the page reads as healthy; the reply goes into the
 * comment box on the logged-in post page, and logged out Keel says to log in. A page whose
 * permalinks changed shape says Keel cannot read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Mention } from '../../lib/schema';
import { LOGGED_OUT_ERROR } from '../../lib/platforms/instagram/composer';
import { LIVE_PAGES, liveView, NORDLICHT, withoutMention } from '../platforms/instagram/live-pages';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';
import { asExpected, expectedMentions, listedIds, markedIds, storedSince, tabHealth, toTab, withBrand, type ExpectedPost } from './sites-helpers';

const REPLY = 'Thank you for telling us. We are looking into it now – Mia';
const UNREADABLE = 'Keel cannot read this page';
const SETTINGS = withBrand(DEMO_SETTINGS, NORDLICHT);

/** The mentions Keel must find on a page: what the fixture marks, less the brand's own comments (never mentions to answer). */
function mentionsOf(name: string): ExpectedPost[] {
  const view = liveView(name);
  const posts = view.posts.map((p) => withoutMention(p) as unknown as ExpectedPost);
  const marked = view.posts.filter((p) => p.mentionsBrand && p.authorHandle !== 'nordlichtcoffee').map((p) => p.id);
  const byMatcher = expectedMentions({ pageUrl: view.pageUrl, posts }, SETTINGS.brand);
  // The fixture's own marks and the brand matcher agree on every page, inflected forms included.
  expect(byMatcher.map((p) => p.id)).toEqual(marked);
  return byMatcher;
}

async function settledHealth(panel: Page, keel: Keel, page: Page, url: string) {
  const tabId = await keel.tabIdOf(page);
  await expect.poll(async () => (await tabHealth(panel, tabId))?.pageUrl, { timeout: 10_000 }).toBe(url);
  return (await tabHealth(panel, tabId))!;
}

describe('Instagram, current layout', () => {
  let keel: Keel;

  beforeAll(async () => {
    keel = await launchKeel();
    await keel.saveSettings(SETTINGS);
  });

  afterAll(async () => {
    await keel?.close();
  });

  for (const livePage of LIVE_PAGES) {
    it(`${livePage.file}: marks and lists the comments naming Nordlicht, as the page shows them`, async () => {
      const view = liveView(livePage.expected);
      const mentions = mentionsOf(livePage.expected);
      expect(mentions.length).toBeGreaterThan(0);
      keel.serve(view.pageUrl, fixture(`instagram/live/${livePage.file}`));
      const since = Date.now();
      const page = await keel.open(view.pageUrl);
      const panel = await keel.openPanel(page);
      try {
        const ids = mentions.map((p) => p.id).sort();
        await expect.poll(async () => (await markedIds(page)).sort(), { timeout: 15_000 }).toEqual(ids);
        await expect.poll(async () => (await listedIds(panel)).sort(), { timeout: 15_000 }).toEqual(ids);
        const stored: Map<string, Mention> = await storedSince(panel, ids, since);
        for (const post of mentions) expect(asExpected(stored.get(post.id)!, post), post.id).toEqual(post);
        // The badge sits inside the comment's own root (not a reply's), once the comment nears the viewport.
        for (const id of ids) {
          const comment = page.locator(`[data-keel-mention="${id}"]`);
          await comment.scrollIntoViewIfNeeded();
          const badged = () =>
            comment.evaluate((root) => Array.from(root.querySelectorAll('[data-keel-badge]')).some((host) => host.closest('[data-keel-mention]') === root));
          await expect.poll(badged, { timeout: 5_000, message: id }).toBe(true);
        }
        expect((await settledHealth(panel, keel, page, view.pageUrl)).readable).toBe(true);
        expect(await panel.getByText(UNREADABLE).count()).toBe(0);

        const tabId = await keel.tabIdOf(page);
        const first = mentions.find((p) => p.parentId === null) ?? mentions[0]!;
        if (livePage.expected === 'logged-out') {
          const inserted = await toTab(keel, tabId, { type: 'composer/insert', mentionId: first.id, text: REPLY });
          expect(inserted).toMatchObject({ ok: false, error: LOGGED_OUT_ERROR });
        } else if (livePage.file === 'post.en.html' || livePage.file === 'post.pt.html') {
          const inserted = await toTab(keel, tabId, { type: 'composer/insert', mentionId: first.id, text: REPLY });
          expect(inserted).toMatchObject({ ok: true, readBack: expect.stringContaining(REPLY) });
          expect(await page.locator('form textarea').inputValue()).toContain(REPLY);
          expect((await toTab(keel, tabId, { type: 'composer/read', mentionId: first.id })).readBack).toContain(REPLY);
        }
      } finally {
        await panel.close();
        await page.close();
      }
    });
  }

  it('says "Keel cannot read this page" when the comments are there but their permalinks changed shape', async () => {
    const url = 'https://www.instagram.com/p/DSk4tQ2mNx9/';
    const html = fixture('instagram/live/post.en.html')
      .replaceAll('/p/DSk4tQ2mNx7/', '/p/DSk4tQ2mNx9/')
      .replace(/\/c\/(\d+)\//g, '/comment/$1/');
    keel.serve(url, html);
    const page = await keel.open(url);
    const panel = await keel.openPanel(page);
    try {
      await expect.poll(() => panel.getByRole('alert').filter({ hasText: UNREADABLE }).count(), { timeout: 15_000 }).toBe(1);
      expect(await markedIds(page)).toEqual([]);
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
