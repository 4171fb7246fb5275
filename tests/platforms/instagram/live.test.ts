// @vitest-environment jsdom
/**
 * The current layout (late 2025 – early 2026): comments as div trees without lists, on
 * pages written from the live sites' markup by someone who had not seen this adapter
 * (tests/fixtures/SOURCES-live.md). Every expected comment on every page is read, and the
 * brand matcher finds the mentions the fixtures mark.
 */
import { describe, expect, it } from 'vitest';
import { compileBrandMatcher } from '../../../lib/brand';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { postRoots } from '../../../lib/platforms/roots';
import { LIVE_PAGES, liveDoc, liveView, NORDLICHT, withoutMention } from './live-pages';
import { comparable, readAll } from '../read-all';

const extractAll = (doc: Document, pageUrl: string) => readAll(instagramAdapter, doc, pageUrl);

const roots = postRoots(instagramAdapter);

describe('Instagram, current div layout (live-shaped pages)', () => {
  for (const page of LIVE_PAGES) {
    describe(page.file, () => {
      const expected = liveView(page.expected);
      const doc = liveDoc(page.file, expected.pageUrl);
      const posts = extractAll(doc, expected.pageUrl);

      it('reads every comment and reply, every field', () => {
        expect(posts.map(comparable)).toEqual(expected.posts.map(withoutMention));
      });

      it('finds each comment by one root that holds exactly its own permalink, replies nested in the comment they answer', () => {
        for (const post of posts) {
          expect(post.element.tagName).not.toBe('LI');
          expect(roots.is(post.element)).toBe(true);
          // Any element inside the comment, but outside its replies, leads back to it.
          const text = Array.from(post.element.querySelectorAll('span[dir="auto"]')).find((s) => s.textContent?.trim() && !s.closest('a'));
          expect(roots.of(text!)).toBe(post.element);
          const parent = posts.find((p) => p.id === post.parentId);
          if (parent) expect(parent.element.contains(post.element)).toBe(true);
        }
        // Nothing outside the comments is a root: the caption, the form, the list itself.
        expect(roots.of(doc.querySelector('h1, video') ?? doc.body)).toBeNull();
        const list = posts[0]!.element.parentElement!;
        expect(roots.of(list)).toBeNull();
        expect(roots.first(doc)).toBe(posts[0]!.element);
      });

      it('reads the same author handle quickly as in full, and puts the badge beside the username', () => {
        for (const post of posts) {
          expect(instagramAdapter.authorHandleOf!(post.element)).toBe(post.authorHandle);
          const anchor = instagramAdapter.badgeAnchor(post.element)!;
          expect(post.element.contains(anchor)).toBe(true);
          expect(anchor.querySelector(`a[href="/${post.authorHandle}/"]`)).not.toBeNull();
        }
      });

      it('keeps the text the quick look reads, so no mention is skipped', () => {
        for (const post of posts) {
          const quick = Array.from(post.element.querySelectorAll(instagramAdapter.quickTextSelector!)).map((el) => el.textContent).join('\n');
          for (const word of post.text.split(/\s+/)) expect(quick).toContain(word);
        }
      });

      it('reports the page as readable', () => {
        expect(instagramAdapter.checkSelectors(doc).filter((check) => !check.matched)).toEqual([]);
        expect(instagramAdapter.contentPresent!(doc)).toBe(true);
      });

      it('finds the mentions of Nordlicht the page marks', () => {
        // Inflected forms included: Polish "od Nordlichta", German "Nordlicht-Kaffee".
        const matcher = compileBrandMatcher(NORDLICHT);
        const found = posts.filter((post) => matcher.match(post.text).length > 0).map((post) => post.id);
        const marked = expected.posts.filter((post) => post.mentionsBrand).map((post) => post.id);
        expect(found).toEqual(marked);
        expect(marked.length).toBeGreaterThan(0);
      });
    });
  }

  it('covers what the pages show: verified, likes, collapsed and opened replies, replies on reels', () => {
    const all = LIVE_PAGES.flatMap((page) => liveView(page.expected).posts);
    expect(all.some((p) => p.verified === true)).toBe(true);
    expect(all.some((p) => p.likes === null)).toBe(true);
    expect(all.some((p) => p.replies !== null && p.parentId === null)).toBe(true);
    expect(all.some((p) => String(p.id).includes('/r/'))).toBe(true);
    expect(liveView('reel').posts.every((p) => p.threadUrl === liveView('reel').pageUrl)).toBe(true);
  });
});
