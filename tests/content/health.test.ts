// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { healthKey, pageHealth } from '../../lib/content/health';
import { postRoots } from '../../lib/platforms/roots';
import type { PlatformAdapter } from '../../lib/platforms/types';

const adapter = (contentPresent?: (doc: Document) => boolean): PlatformAdapter =>
  ({
    platform: 'x',
    postSelector: 'article',
    checkSelectors: (doc: Document) => [{ name: 'post', matched: doc.querySelector('article') !== null }],
    contentPresent,
  }) as unknown as PlatformAdapter;

function health(html: string, options: { reads: boolean; contentPresent?: (doc: Document) => boolean }) {
  document.body.innerHTML = html;
  const a = adapter(options.contentPresent);
  return pageHealth({
    adapter: a,
    doc: document,
    roots: postRoots(a),
    recent: Array.from(document.querySelectorAll('article')),
    reads: () => options.reads,
    postsSeen: 3,
    mentionsSeen: 1,
  });
}

describe('page health', () => {
  it('is readable when the posts on the page read, or when there are none', () => {
    expect(health('<article></article>', { reads: true }).readable).toBe(true);
    expect(health('<p>nothing here</p>', { reads: false }).readable).toBe(true);
  });

  it('is not readable when posts are found but none reads', () => {
    expect(health('<article></article>', { reads: false }).readable).toBe(false);
  });

  it("is not readable when the root finder finds nothing but the adapter sees posts on the page", () => {
    const present = (doc: Document) => doc.querySelector('a[href*="/status/"] > time') !== null;
    const h = health('<div><a href="/a/status/1"><time>1h</time></a></div>', { reads: false, contentPresent: present });
    expect(h.readable).toBe(false);
    expect(h.platform).toBe('x');
    expect(h.view).toBeDefined();
    expect(healthKey(h)).toContain('|false|');
  });
});
