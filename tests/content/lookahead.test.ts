// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { brandRepliedAfter, nextPostRoot } from '../../lib/content/lookahead';
import { postRoots } from '../../lib/platforms/roots';
import type { PlatformAdapter } from '../../lib/platforms/types';

const roots = postRoots({ postSelector: 'article' } as PlatformAdapter);
const authorOf = (el: Element) => el.getAttribute('data-author');

function thread(authors: string[]): Element[] {
  document.body.innerHTML = `<div>${authors.map((a) => `<div class="cell"><div><article data-author="${a}"></article></div></div>`).join('')}</div>`;
  return Array.from(document.querySelectorAll('article'));
}

describe("the brand's answer, looked ahead for", () => {
  it('finds the next post in a sibling cell', () => {
    const [first, second] = thread(['ada', 'bo']);
    expect(nextPostRoot(first!, roots)).toBe(second);
    expect(nextPostRoot(second!, roots)).toBeNull();
  });

  it('sees the brand among the next three posts, not further', () => {
    const brand = new Set(['nordlichtcoffee']);
    const posts = thread(['ada', 'bo', 'cy', 'NordlichtCoffee']);
    expect(brandRepliedAfter(posts[0]!, roots, brand, authorOf)).toBe(true);
    const far = thread(['ada', 'bo', 'cy', 'di', 'nordlichtcoffee']);
    expect(brandRepliedAfter(far[0]!, roots, brand, authorOf)).toBe(false);
    expect(brandRepliedAfter(far[1]!, roots, brand, authorOf)).toBe(true);
    expect(brandRepliedAfter(far[1]!, roots, new Set(), authorOf)).toBe(false);
  });
});
