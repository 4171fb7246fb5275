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

/** Best of three runs of `work`, in ms (the machine is shared). */
function bestOf(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Finding every root costs a small multiple of one querySelectorAll of the permalinks over
 * the same page, measured under the same load (jsdom; in Chromium finding is a few tens of
 * ms): a query per comment over the list, the quadratic mistake, would cost about 2,000
 * times that.
 */
function expectFindingCheap(doc: Document, layout: string): void {
  const queryMs = bestOf(() => doc.querySelectorAll(PERMALINK));
  const findMs = bestOf(() => roots.within(doc));
  console.log(`instagram ${layout}: finding 2,000 roots ${findMs.toFixed(0)} ms, one querySelectorAll of their permalinks ${queryMs.toFixed(0)} ms (jsdom, best of three)`);
  expect(findMs).toBeLessThan(40 * queryMs + 50);
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
  fillTo(2000, list, threads);
  const { posts } = measure(doc, 'https://www.instagram.com/p/DNordL1cht7/', 'list layout');
  expectFindingCheap(doc, 'list layout');
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
}, 60_000);

it('finds and reads 2,000 comments quickly in the current div layout, threads open', () => {
  const pageUrl = 'https://www.instagram.com/p/DSk4tQ2mNx7/';
  const html = readFileSync(join(FIXTURES, 'instagram', 'live', 'post-replies-open.en.html'), 'utf8');
  const doc = new JSDOM(html, { url: pageUrl }).window.document;
  const first = roots.first(doc)!;
  const list = first.parentElement!;
  const threads = [...list.children];
  fillTo(2000, list, threads);
  const { posts } = measure(doc, pageUrl, 'div layout');
  expectFindingCheap(doc, 'div layout');
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
}, 60_000);
