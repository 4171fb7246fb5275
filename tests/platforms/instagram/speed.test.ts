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

/**
 * Finding every root is one querySelectorAll of the permalinks plus a short walk up from
 * each: the quadratic mistake is a query per comment over the whole list. Counted, not
 * timed (speed targets live in `npm run bench`): every query Keel runs while finding the
 * roots is tallied with the number of permalinks under the element it runs on, and the
 * total stays a small multiple of the page's permalinks.
 */
function expectFindingCheap(doc: Document, layout: string): void {
  const permalinks = doc.querySelectorAll(PERMALINK).length;
  const scanned = permalinksScannedBy(doc, () => roots.within(doc));
  console.log(`instagram ${layout}: finding the roots of ${permalinks} permalinks ran queries over ${scanned} permalinks`);
  expect(scanned).toBeLessThan(10 * permalinks);
}

/** The permalinks under every element a query ran on while `work` ran (a query over the whole list counts them all). */
function permalinksScannedBy(doc: Document, work: () => void): number {
  const win = doc.defaultView!;
  const protos = [win.Element.prototype, win.Document.prototype, win.DocumentFragment.prototype] as unknown as Array<Record<string, unknown>>;
  const originals = protos.map((proto) => ({ all: proto.querySelectorAll, one: proto.querySelector }));
  let scanned = 0;
  let counting = false;
  const tally = (self: ParentNode) => {
    if (counting) return;
    counting = true;
    scanned += (originals[0]!.all as (this: ParentNode, s: string) => NodeList).call(self, PERMALINK).length;
    counting = false;
  };
  protos.forEach((proto, i) => {
    proto.querySelectorAll = function (this: ParentNode, selector: string) {
      tally(this);
      return (originals[i]!.all as (this: ParentNode, s: string) => NodeList).call(this, selector);
    };
    proto.querySelector = function (this: ParentNode, selector: string) {
      tally(this);
      return (originals[i]!.one as (this: ParentNode, s: string) => Element | null).call(this, selector);
    };
  });
  try {
    work();
  } finally {
    protos.forEach((proto, i) => {
      proto.querySelectorAll = originals[i]!.all;
      proto.querySelector = originals[i]!.one;
    });
  }
  return scanned;
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

it('finds and reads 2,000 comments in the older list layout, with no query per comment over the list', () => {
  const doc = new JSDOM(readFileSync(join(FIXTURES, 'demo', 'instagram-thread.html'), 'utf8')).window.document;
  const first = roots.first(doc)!;
  const list = first.parentElement!.parentElement!;
  const threads = [...list.children].filter((el) => el.tagName === 'UL');
  fillTo(2000, list, threads);
  const { posts } = measure(doc, 'https://www.instagram.com/p/DNordL1cht7/', 'list layout');
  expectFindingCheap(doc, 'list layout');
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
}, 180_000);

it('finds and reads 2,000 comments in the current div layout, threads open, with no query per comment over the list', () => {
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
}, 180_000);
