// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createGlance } from '../../lib/content/glance';
import type { Brand } from '../../lib/content/types';
import type { ExtractedPost } from '../../lib/platforms/types';

function brandOf(names: string[]): Brand {
  return {
    handles: new Set(),
    matcher: {
      isEmpty: names.length === 0,
      match: vi.fn((text: string) =>
        names.flatMap((n) => {
          const i = text.toLowerCase().indexOf(n.toLowerCase());
          return i < 0 ? [] : [{ term: n, kind: 'name' as const, span: [i, i + n.length] as [number, number] }];
        }),
      ),
    },
  };
}

function post(html: string): Element {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

const extracted = (root: Element, text: string) => ({ element: root, text }) as ExtractedPost;

describe('the glance at a post', () => {
  it("tells a post that cannot mention the brand by its quick text, once a slice", () => {
    const brand = brandOf(['Nordlicht']);
    const glance = createGlance({ quickTextSelector: 'p' }, brand);
    const root = post('<b>Nordlicht fan</b><p>just coffee</p>');
    // The author's name is not the post's text: only the quick text is looked at.
    expect(glance.nonMention(root)).toBe('just coffee');
    expect(glance.nonMention(root)).toBe('just coffee');
    expect(brand.matcher.match).toHaveBeenCalledTimes(1);
    glance.clear();
    expect(glance.nonMention(root)).toBe('just coffee');
    expect(brand.matcher.match).toHaveBeenCalledTimes(2);
  });

  it('does not decide for a post that can mention the brand, and reuses its matches for the same text', () => {
    const brand = brandOf(['Nordlicht']);
    const glance = createGlance({ quickTextSelector: 'p' }, brand);
    const root = post('<p>Nordlicht again</p>');
    expect(glance.nonMention(root)).toBeNull();
    const matches = glance.matches(root, extracted(root, 'Nordlicht again'));
    expect(matches).toHaveLength(1);
    expect(brand.matcher.match).toHaveBeenCalledTimes(1);
    // Another text (a quoted post, or the page changed) is matched again.
    expect(glance.matches(root, extracted(root, 'no brand here'))).toEqual([]);
    expect(brand.matcher.match).toHaveBeenCalledTimes(2);
  });

  it('is not used without a quick text selector or a brand, and follows the brand as it changes', () => {
    const root = post('<p>Nordlicht</p>');
    expect(createGlance({}, brandOf(['Nordlicht'])).usable).toBe(false);
    expect(createGlance({}, brandOf(['Nordlicht'])).nonMention(root)).toBeNull();
    const brand = brandOf([]);
    const glance = createGlance({ quickTextSelector: 'p' }, brand);
    expect(glance.usable).toBe(false);
    brand.matcher = brandOf(['Keel']).matcher;
    expect(glance.usable).toBe(true);
    expect(glance.nonMention(root)).toBe('Nordlicht');
  });
});
