// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';

it('reads 2,000 comments quickly', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'fixtures', 'demo', 'facebook-thread.html'), 'utf8');
  const doc = new JSDOM(html).window.document;
  const list = doc.querySelector(facebookAdapter.postSelector)!.parentElement!.parentElement!;
  const items = [...list.children];
  // Copies of the thread items with fresh comment ids, until there are 2,000 comment articles.
  let serial = 0;
  while (list.querySelectorAll('[role="article"]').length < 2000) {
    for (const item of items) {
      const copy = item.cloneNode(true) as Element;
      for (const a of copy.querySelectorAll('a[href*="comment_id="]')) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=(\d+)/g, (_m, id: string) => `comment_id=${id}${serial}`));
      }
      serial++;
      list.appendChild(copy);
    }
  }
  const pageUrl = 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordL1chtC0ffeeDem0P0st7kQ2xW9vB4mZ8rT1yH6uJ3sE5aF';
  const start = performance.now();
  const roots = doc.querySelectorAll(facebookAdapter.postSelector);
  const posts = [...roots].flatMap((root) => facebookAdapter.extract(root, pageUrl));
  const elapsed = performance.now() - start;
  console.log(`facebook: ${posts.length} comments read in ${elapsed.toFixed(0)} ms (jsdom)`);
  expect(posts.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  // The time is printed, not asserted: `npm run bench` measures reading in Chromium against its targets.
}, 60_000);
