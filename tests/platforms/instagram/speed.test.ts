// @vitest-environment jsdom
/**
 * Finding and reading 2,000 comments stays cheap in both layouts: finding the roots is one
 * querySelectorAll of permalink timestamps plus a short walk up from each, never a query
 * per comment over the whole list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { postRoots } from '../../../lib/platforms/roots';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const PERMALINK = 'a[href*="/c/"]';
const roots = postRoots(instagramAdapter);

let serial = 0;

/** Appends copies of `threads` to `list`, each with new comment ids, until the page has `total` comments. */
function fillTo(total: number, list: Element, threads: Element[]): void {
  let count = list.querySelectorAll(PERMALINK).length;
  while (count < total) {
    for (const thread of threads) {
      count += thread.querySelectorAll(PERMALINK).length;
      const copy = thread.cloneNode(true) as Element;
      for (const a of copy.querySelectorAll(PERMALINK)) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/\/(c|r)\/(\d+)\//g, (_m, kind: string, id: string) => `/${kind}/${id}${serial}/`));
      }
      serial++;
      list.appendChild(copy);
    }
  }
}

/** Time to find every root, best of three (the machine is shared; this catches work growing faster than the page). */
function findTime(doc: Document): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    roots.within(doc);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function measure(doc: Document, pageUrl: string, layout: string) {
  let start = performance.now();
  const found = Array.from(roots.within(doc));
  const findMs = performance.now() - start;
  start = performance.now();
  const posts = found.flatMap((root) => instagramAdapter.extract(root, pageUrl));
  const readMs = performance.now() - start;
  // Scattered look-ups, as the page's mutations ask for them.
  const texts = Array.from(doc.querySelectorAll('span[dir="auto"]')).filter((_, i) => i % 10 === 0);
  start = performance.now();
  for (const el of texts) roots.of(el);
  const ofMs = (performance.now() - start) / texts.length;
  console.log(`instagram ${layout}: ${found.length} roots found in ${findMs.toFixed(0)} ms, read in ${readMs.toFixed(0)} ms, roots.of ${(ofMs * 1000).toFixed(0)} µs per call (jsdom)`);
  return { posts, findMs, readMs, ofMs };
}

it('finds and reads 2,000 comments quickly in the older list layout', () => {
  const doc = new JSDOM(readFileSync(join(FIXTURES, 'demo', 'instagram-thread.html'), 'utf8')).window.document;
  const first = roots.first(doc)!;
  const list = first.parentElement!.parentElement!;
  const threads = [...list.children].filter((el) => el.tagName === 'UL');
  fillTo(500, list, threads);
  const at500 = findTime(doc);
  fillTo(2000, list, threads);
  const at2000 = findTime(doc);
  const { posts } = measure(doc, 'https://www.instagram.com/p/DNordL1cht7/', 'list layout');
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  // Four times the comments, about four times the time (quadratic work would take sixteen).
  console.log(`instagram: finding roots, best of three: ${at500.toFixed(0)} ms at 500 comments, ${at2000.toFixed(0)} ms at 2,000 (jsdom)`);
  expect(at2000).toBeLessThan(8 * at500 + 50);
}, 60_000);

it('finds and reads 2,000 comments quickly in the current div layout, threads open', () => {
  const pageUrl = 'https://www.instagram.com/p/DSk4tQ2mNx7/';
  const html = readFileSync(join(FIXTURES, 'instagram', 'live', 'post-replies-open.en.html'), 'utf8');
  const doc = new JSDOM(html, { url: pageUrl }).window.document;
  const first = roots.first(doc)!;
  const list = first.parentElement!;
  const threads = [...list.children];
  fillTo(500, list, threads);
  const at500 = findTime(doc);
  fillTo(2000, list, threads);
  const at2000 = findTime(doc);
  const { posts } = measure(doc, pageUrl, 'div layout');
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  console.log(`instagram: finding roots, best of three: ${at500.toFixed(0)} ms at 500 comments, ${at2000.toFixed(0)} ms at 2,000 (jsdom)`);
  expect(at2000).toBeLessThan(8 * at500 + 50);
}, 60_000);
