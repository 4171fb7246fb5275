/**
 * Risk levels in the side panel, in Chromium with the built extension: on a demo X thread whose
 * replies are complaints, praise and questions in English, German, Danish and Polish, each
 * complaint is listed at medium or above with the words behind its reasons highlighted, and
 * praise and questions are listed as low.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';

const THREAD = 'https://x.com/nordlichtcoffee/status/1790000000000000001';

interface Post {
  lang: 'en' | 'de' | 'da' | 'pl';
  text: string;
  /** 'flagged': medium or above, with these words highlighted by a complaint or escalation reason. */
  expect: 'low' | 'flagged';
  marked?: string[];
}

const POSTS: Post[] = [
  { lang: 'en', text: 'Waited 3 weeks for my Nordlicht order and nobody answers my emails. I want my money back.', expect: 'flagged', marked: ['Waited 3 weeks', 'nobody answers'] },
  { lang: 'en', text: 'Thank you Nordlicht, the parcel arrived after only 3 days 👍', expect: 'low' },
  { lang: 'en', text: 'Does anyone know if Nordlicht ships to Norway?', expect: 'low' },
  { lang: 'de', text: 'Seit Wochen keine Antwort von Nordlicht, die Maschine ist immer noch kaputt.', expect: 'flagged', marked: ['Seit Wochen', 'keine Antwort'] },
  { lang: 'de', text: 'Danke Nordlicht, ist nach nur 3 Tagen angekommen 👍', expect: 'low' },
  { lang: 'de', text: 'Liefert Nordlicht auch nach Österreich?', expect: 'low' },
  { lang: 'da', text: 'Jeg har ventet 4 uger på min ordre fra Nordlicht, og kundeservice svarer ikke. Det er simpelthen ikke i orden.', expect: 'flagged', marked: ['ventet 4 uger', 'svarer ikke'] },
  { lang: 'da', text: 'Tusind tak Nordlicht for den hurtige levering!', expect: 'low' },
  { lang: 'da', text: 'Sender Nordlicht også til Norge?', expect: 'low' },
  { lang: 'pl', text: 'Zamówienie z Nordlicht nie dotarło, czekam od miesiąca i nikt nie odpisuje.', expect: 'flagged', marked: ['czekam od', 'nikt nie odpisuje'] },
  { lang: 'pl', text: 'Dziękuję Nordlicht za szybką dostawę, polecam!', expect: 'low' },
  { lang: 'pl', text: 'Czy Nordlicht wysyła też do Czech?', expect: 'low' },
];

/** Indexes of reply texts in the demo thread that stand alone (no quoted post, no link-only text). */
const SLOTS = [1, 3, 5, 6, 8, 9, 10, 11, 12, 13, 15, 16];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The demo thread with the texts of twelve replies replaced by POSTS (and their lang attribute). */
function thread(): string {
  let index = -1;
  return fixture('demo/x-thread.html').replace(
    /(<div dir="auto" lang=")[a-z]+("[^>]*data-testid="tweetText"[^>]*>)([\s\S]*?)(<\/div>)/g,
    (whole, open: string, rest: string, _inner: string, close: string) => {
      index++;
      const slot = SLOTS.indexOf(index);
      if (slot < 0) return whole;
      const post = POSTS[slot]!;
      return `${open}${post.lang}${rest}<span>${escapeHtml(post.text)}</span>${close}`;
    },
  );
}

let keel: Keel;
let page: Page;
let panel: Page;

beforeAll(async () => {
  keel = await launchKeel();
  await keel.saveSettings(DEMO_SETTINGS);
  keel.serve(THREAD, thread());
  page = await keel.open(THREAD);
  await page.waitForSelector('[data-keel-mention]');
  panel = await keel.openPanel(page);
});

afterAll(async () => {
  await keel?.close();
});

function card(post: Post) {
  return panel.locator('.mentions > li', { has: panel.locator('.mention-text', { hasText: post.text.slice(0, 40) }) });
}

describe('risk levels in the side panel, four languages', () => {
  for (const post of POSTS) {
    it(`${post.lang} ${post.expect}: ${post.text}`, async () => {
      const item = card(post);
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      const level = await item.locator('.risk-chip').getAttribute('data-level');
      if (post.expect === 'low') {
        expect(level).toBe('low');
        return;
      }
      expect(['medium', 'high', 'critical']).toContain(level);
      const reasons = await item.locator('details.reasons li').evaluateAll((lis) =>
        lis.map((li) => ({ kind: li.getAttribute('data-reason'), text: li.querySelector('.reason-text')?.textContent ?? '', marks: Array.from(li.querySelectorAll('mark'), (m) => m.textContent) })),
      );
      const complaint = reasons.filter((r) => r.kind === 'complaint' || r.kind === 'escalation');
      expect(complaint.length).toBeGreaterThan(0);
      for (const r of complaint) expect(r.text.length).toBeGreaterThan(10);
      const marks = complaint.flatMap((r) => r.marks);
      for (const word of post.marked ?? []) expect(marks).toContain(word);
      // The words are highlighted in the post's text as well.
      const inText = await item.locator('.mention-text mark').allTextContents();
      for (const word of post.marked ?? []) expect(inText.join(' | ')).toContain(word);
    });
  }
});
