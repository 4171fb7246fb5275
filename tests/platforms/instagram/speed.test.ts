// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';

it('reads 2,000 comments quickly', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'fixtures', 'demo', 'instagram-thread.html'), 'utf8');
  const doc = new JSDOM(html).window.document;
  const list = doc.querySelector(instagramAdapter.postSelector)!.parentElement!.parentElement!;
  const threads = [...list.children].filter((el) => el.tagName === 'UL');
  let serial = 0;
  while (list.querySelectorAll('a[href*="/c/"]').length < 2000) {
    for (const thread of threads) {
      const copy = thread.cloneNode(true) as Element;
      for (const a of copy.querySelectorAll('a[href*="/c/"]')) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/\/(c|r)\/(\d+)\//g, (_m, kind: string, id: string) => `/${kind}/${id}${serial}/`));
      }
      serial++;
      list.appendChild(copy);
    }
  }
  const pageUrl = 'https://www.instagram.com/p/DNordL1cht7/';
  const start = performance.now();
  const posts = [...doc.querySelectorAll(instagramAdapter.postSelector)].flatMap((root) => instagramAdapter.extract(root, pageUrl));
  const elapsed = performance.now() - start;
  console.log(`instagram: ${posts.length} comments read in ${elapsed.toFixed(0)} ms (jsdom)`);
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  // jsdom is several times slower than a browser; this bound catches accidental quadratic work.
  expect(elapsed).toBeLessThan(8000);
}, 60_000);
