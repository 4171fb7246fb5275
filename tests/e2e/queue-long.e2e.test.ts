/**
 * The Queue with a thousand mentions on one tab, in Chromium: only the cards near the
 * viewport are in the document, each measured at its real height (and again when it grows,
 * its reasons opened), none overlapping; scrolling brings the rest; a card deep in the list is
 * selected, revealed and answered like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';
import { putRows } from '../../scripts/bench-record';
import { TAB_URL, tabMentions } from '../../scripts/record-data';

const STORED = 1000;
let keel: Keel;
let panel: Page;

beforeAll(async () => {
  keel = await launchKeel();
  await keel.saveSettings(DEMO_SETTINGS);
  keel.serve(TAB_URL, fixture('demo/x-thread.html'));
  const page = await keel.open(TAB_URL);
  await page.waitForSelector('[data-keel-mention]');
  panel = await keel.openPanel(page);
  await panel.waitForSelector('.mentions > li');
  // A thousand more mentions of this thread, stored as the background stores them (the extension's IndexedDB).
  await putRows(panel, 'mentions', tabMentions(STORED));
  await panel.reload();
  await panel.waitForSelector('.mentions > li');
});

afterAll(async () => {
  await keel?.close();
});

/** The cards in the document: their ids, list positions and boxes. */
const cards = () =>
  panel.locator('.mentions > li').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-mention-id')!, index: Number(el.getAttribute('data-index')), top: r.top, bottom: r.bottom };
    }),
  );

const total = async () => Number(/\d+/.exec((await panel.locator('.view.queue .count').textContent()) ?? '')![0]);

describe('a thousand mentions on one tab', () => {
  it('has only the cards near the viewport in the document, at their measured heights, one below the other', async () => {
    expect(await total()).toBeGreaterThanOrEqual(STORED);
    const shown = await cards();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(shown.map((c) => c.index)).toEqual(shown.map((_, i) => i));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.top).toBeGreaterThanOrEqual(shown[i - 1]!.bottom + 7);
    // A card that grows (its reasons opened) is measured again, and the cards below make room.
    const first = panel.locator('.mentions > li').first();
    await first.locator('details.reasons summary').click();
    await expect.poll(async () => (await cards())[0]!.bottom - (await cards())[0]!.top).toBeGreaterThan(shown[0]!.bottom - shown[0]!.top + 10);
    await expect.poll(async () => {
      const now = await cards();
      return now.slice(1).every((c, i) => c.top >= now[i]!.bottom + 7);
    }).toBe(true);
    // The document is as tall as all the cards: the scrollbar spans the whole list.
    expect(await panel.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(STORED * 80);
  });

  it('brings the last cards when scrolled to the bottom, and the first ones leave', async () => {
    const count = await total();
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await cards()).some((c) => c.index === count - 1)).toBe(true);
    const shown = await cards();
    expect(shown.length).toBeLessThan(60);
    expect(shown.every((c) => c.index > count - 60)).toBe(true);
    // The last card ends inside the viewport, above the document's end.
    const last = shown.at(-1)!;
    expect(last.bottom).toBeLessThanOrEqual(await panel.evaluate(() => innerHeight + 1));
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.top).toBeGreaterThanOrEqual(shown[i - 1]!.bottom + 7);
  });

  it('selects a card deep in the list, keeps it while scrolled away, and answers it from there', async () => {
    const deep = (await cards()).at(-3)!;
    const card = panel.locator(`.mentions > li[data-mention-id="${deep.id}"]`);
    await card.locator('.mention-main').click();
    await expect.poll(() => card.locator('.mention-main').getAttribute('aria-pressed')).toBe('true');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await cards())[0]?.index).toBe(0);
    expect(await card.getAttribute('class')).toContain('selected');
    // Keyboard: the selected card's Reply button is reachable and opens the Reply view for that mention.
    await card.getByRole('button', { name: /^Reply:/ }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.mention-summary').getAttribute('data-mention-id')).toBe(deep.id);
  });
});
