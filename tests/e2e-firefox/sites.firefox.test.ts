/**
 * Keel in Firefox on each site it reads: the built Firefox add-on in firefox-esr, the
 * brand profile set by enterprise policy (policies.json → storage.managed), and the demo
 * thread of X, Facebook and Instagram served at the site's real URL, so the real content
 * script runs on it. Per site: exactly the posts that mention the brand are marked, each
 * once, none of the brand's own; every mark carries a risk level, and its badge (in an
 * open shadow root) says that level, once the post is scrolled into view.
 *
 * Nothing else sets the brand: without the policy no post is marked, so these tests are
 * also the proof that the policy reaches the add-on in Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_SETTINGS } from '../e2e/harness';
import { expectedMentions, expectedView } from '../e2e/sites-helpers';
import { badgeOf, fixture, TEST_POLICY, launchFirefox, markedIds, removeTestPolicies, writeTestPolicy, type KeelFirefox } from './harness';

const LEVELS = ['low', 'medium', 'high', 'critical'];

const X_DEMO = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
/** Posts of the X demo thread that mention the brand (the Chromium suite checks the same ones). */
const X_MENTIONS = [
  'x:/dbrooks_92/status/1790008304718577672',
  'x:/ninaberg/status/1790036742099697688',
  'x:/idanielsen/status/1790044040188657692',
  'x:/cwalker_uk/status/1790012079592177674',
  'x:/benharris_mcr/status/1790017616073457677',
  'x:/markusvogel/status/1790023152554737680',
];
/** Posts of the X demo thread that do not mention the brand, or are the brand's own. */
const X_NOT_MENTIONS = [
  'x:/nordlichtcoffee/status/1790000000000000001',
  'x:/nordlichtcoffee/status/1790002264920817667',
  'x:/priyashah/status/1790026172453617682',
  'x:/frederikholm/status/1790027934061297683',
  'x:/tomfletcher/status/1790038252049137689',
];

async function marksSettled(page: Page, atLeast: number): Promise<string[]> {
  await expect.poll(async () => (await markedIds(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
  // Reading goes on in slices: wait until two reads a moment apart agree.
  let previous: string[] = [];
  await expect
    .poll(async () => {
      const now = (await markedIds(page)).sort();
      const same = JSON.stringify(now) === JSON.stringify(previous);
      previous = now;
      return same;
    }, { timeout: 10_000, interval: 500 })
    .toBe(true);
  return previous;
}

/** Every marked post carries a risk level and, scrolled into view, a badge saying it. */
async function expectRiskShown(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    const selector = `[data-keel-mention=${JSON.stringify(id)}]`;
    const level = await page.$eval(selector, (el) => el.getAttribute('data-keel-risk'));
    expect(LEVELS, id).toContain(level);
    await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => badgeOf(page, id), { timeout: 5_000, message: id }).not.toBeNull();
    const badge = await badgeOf(page, id);
    expect(badge!.label).toBe(`Keel: ${level} risk`);
    expect(badge!.aria).toContain(badge!.label);
  }
}

let keel: KeelFirefox;

beforeAll(async () => {
  writeTestPolicy(TEST_POLICY);
  keel = await launchFirefox();
});

afterAll(async () => {
  await keel?.close();
  removeTestPolicies();
});

describe('X demo thread in Firefox', () => {
  it('marks the posts that mention Nordlicht, each once, not the brand’s own; each shows its risk', async () => {
    keel.serve(X_DEMO, fixture('demo/x-thread.html'));
    const page = await keel.open(X_DEMO);
    try {
      const marked = await marksSettled(page, X_MENTIONS.length);
      expect(new Set(marked).size).toBe(marked.length);
      for (const id of X_MENTIONS) expect(marked).toContain(id);
      for (const id of X_NOT_MENTIONS) expect(marked).not.toContain(id);
      await expectRiskShown(page, marked);
    } finally {
      await page.close();
    }
  });
});

const META_SITES = [
  { site: 'facebook', url: 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordL1chtC0ffeeDem0P0st7kQ2xW9vB4mZ8rT1yH6uJ3sE5aF', boycott: 'mads.kristensen.aarhus', safety: 'katrin.meyer.1984', unrelated: 'niels.sorensen.cph' },
  { site: 'instagram', url: 'https://www.instagram.com/p/DNordL1cht7/', boycott: 'mads.kristensen', safety: 'katrin.meyer84', unrelated: 'niels.sorensen' },
] as const;

for (const s of META_SITES) {
  describe(`${s.site} demo thread in Firefox`, () => {
    it('marks exactly the comments that mention Nordlicht, not the brand’s own; each shows its risk; the boycott and safety comments rank up', async () => {
      const demo = expectedView(`${s.site}/demo-thread.expected.json`);
      const mentions = expectedMentions(demo, DEMO_SETTINGS.brand);
      expect(mentions.length).toBeGreaterThanOrEqual(10);
      const byHandle = (handle: string) => demo.posts.find((p) => p.authorHandle === handle && p.parentId === null)!.id;
      keel.serve(s.url, fixture(`demo/${s.site}-thread.html`));
      const page = await keel.open(s.url);
      try {
        const marked = await marksSettled(page, mentions.length);
        expect(new Set(marked)).toEqual(new Set(mentions.map((p) => p.id)));
        expect(marked.length).toBe(mentions.length);
        expect(marked).not.toContain(byHandle(s.unrelated));
        for (const own of demo.posts.filter((p) => p.authorHandle === 'nordlichtcoffee')) expect(marked).not.toContain(own.id);
        await expectRiskShown(page, marked);
        const level = (id: string) => page.$eval(`[data-keel-mention=${JSON.stringify(id)}]`, (el) => el.getAttribute('data-keel-risk'));
        expect(['medium', 'high', 'critical']).toContain(await level(byHandle(s.boycott)));
        expect(['high', 'critical']).toContain(await level(byHandle(s.safety)));
      } finally {
        await page.close();
      }
    });
  });
}
