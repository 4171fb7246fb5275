/**
 * Keel in Chromium with the built extension on X: a Polish reply that names the brand with a
 * case ending ("Nie polecam Fjordlysa"), and an X Article whose body names the brand, are
 * marked in the page and listed in the panel; the exact-spelling switch turns the ending off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Mention } from '../../lib/schema';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';
import { expectedMentions, expectedView, listedIds, markedIds, storedSince, withBrand } from './sites-helpers';

const X_THREAD = 'https://x.com/nordlichtcoffee/status/1795000000000000007';
const REPLY = 'x:/jonas_kr/status/1795002768239362051';
const ORIGINAL = 'Endlich wieder da! Gibt es die große Flasche auch im Abo?';
const POLISH = 'Nie polecam Fjordlysa, kawa przyszła stara i nikt nie odpisuje.';

const ARTICLE_URL = 'https://x.com/maralindqvist_/status/2019384756102938475';
const ARTICLE = 'x:/maralindqvist_/status/2019384756102938475';

const WITH_FJORDLYS = withBrand(DEMO_SETTINGS, { ...DEMO_SETTINGS.brand, names: [...DEMO_SETTINGS.brand.names, 'Fjordlys'] });

/** The reply thread with one reply rewritten in Polish, naming "Fjordlys" in the genitive. */
function polishThread(): string {
  const html = fixture('x/reply-thread.en.html');
  expect(html.split(ORIGINAL).length).toBe(2);
  return html.replace(ORIGINAL, POLISH);
}

async function marksSettled(page: Page, count: number): Promise<string[]> {
  await expect.poll(async () => (await markedIds(page)).length, { timeout: 15_000 }).toBe(count);
  return markedIds(page);
}

/** The words a stored mention's brand matches cover. */
const matchedWords = (m: Mention | undefined): string[] => (m?.matches ?? []).map((x) => m!.text.slice(x.span[0], x.span[1]));

describe('X: inflected brand names and Articles', () => {
  let keel: Keel;

  beforeAll(async () => {
    keel = await launchKeel();
  });

  afterAll(async () => {
    await keel?.close();
  });

  it('marks and lists a Polish reply naming the brand in the genitive, highlighting the whole word', async () => {
    await keel.saveSettings(WITH_FJORDLYS);
    keel.serve(X_THREAD, polishThread());
    const since = Date.now();
    const page = await keel.open(X_THREAD);
    const panel = await keel.openPanel(page);
    try {
      await expect.poll(() => markedIds(page), { timeout: 15_000 }).toContain(REPLY);
      await expect.poll(() => listedIds(panel), { timeout: 15_000 }).toContain(REPLY);
      const stored = await storedSince(panel, [REPLY], since);
      expect(matchedWords(stored.get(REPLY))).toEqual(['Fjordlysa']);
    } finally {
      await panel.close();
      await page.close();
    }
  });

  it('leaves the same reply alone when the term is set to exact spelling', async () => {
    await keel.saveSettings({ ...WITH_FJORDLYS, brand: { ...WITH_FJORDLYS.brand, noInflection: ['Fjordlys'] } });
    keel.serve(X_THREAD, polishThread());
    const page = await keel.open(X_THREAD);
    try {
      // The thread's other mentions are marked, so the page has been read.
      await expect.poll(async () => (await markedIds(page)).length, { timeout: 15_000 }).toBeGreaterThan(3);
      expect(await markedIds(page)).not.toContain(REPLY);
    } finally {
      await page.close();
    }
  });

  it('marks and lists an X Article whose body names the brand, and the replies that do', async () => {
    await keel.saveSettings(DEMO_SETTINGS);
    const view = expectedView('x/article/status.expected.json');
    const ids = expectedMentions(view, DEMO_SETTINGS.brand).map((p) => p.id);
    expect(ids).toContain(ARTICLE);
    keel.serve(ARTICLE_URL, fixture('x/article/status.en.html'));
    const since = Date.now();
    const page = await keel.open(ARTICLE_URL);
    const panel = await keel.openPanel(page);
    try {
      expect(new Set(await marksSettled(page, ids.length))).toEqual(new Set(ids));
      await expect.poll(async () => (await listedIds(panel)).sort(), { timeout: 15_000 }).toEqual([...ids].sort());
      const stored = await storedSince(panel, ids, since);
      const article = stored.get(ARTICLE)!;
      expect(article.text.startsWith('What three years of running a coffee subscription taught me\n\n')).toBe(true);
      expect(matchedWords(article)).toEqual(['Nordlicht Coffee', 'Polarstern']);
      expect(matchedWords(stored.get('x:/ania_pije_kawe/status/2019455123309876543'))).toEqual(['Nordlichta']);
    } finally {
      await panel.close();
      await page.close();
    }
  });

  it('reads a quoted Article card without marking it, and marks the timeline post that names the brand', async () => {
    await keel.saveSettings(DEMO_SETTINGS);
    const view = expectedView('x/article/quote-home.expected.json');
    const ids = expectedMentions(view, DEMO_SETTINGS.brand).map((p) => p.id);
    expect(ids).toEqual(['x:/kaffeetante_b/status/2019540022334455667']);
    keel.serve('https://x.com/home', fixture('x/article/quote-home.en.html'));
    const page = await keel.open('https://x.com/home');
    try {
      expect(await marksSettled(page, ids.length)).toEqual(ids);
    } finally {
      await page.close();
    }
  });
});
