// @vitest-environment jsdom
/**
 * Which reply box the Facebook composer picks, on the reply-box fixtures (the box below
 * the comment, below the thread's replies, in a post dialog, empty; English and German
 * interface) and on Facebook's Reply behaviour simulated over them
 * (tests/editors/facebook-reply-boxes.ts). Typing into the box is the browser tests' part
 * (tests/e2e/facebook-reply-boxes.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { facebookComposer } from '../../../lib/platforms/facebook/composer';
import { FB_SELECTORS } from '../../../lib/platforms/facebook/selectors';
import { readBox } from '../../../lib/platforms/composer';
import type { ExtractedPost } from '../../../lib/platforms/types';
import { authorOf, simulateReplyBoxes, type Placement } from '../../editors/facebook-reply-boxes';

const DIR = join(__dirname, '..', '..', 'fixtures', 'facebook', 'reply-boxes');
const VIEWS = ['below-comment', 'below-replies', 'dialog', 'empty'] as const;

interface ReplyBoxView {
  pageUrl: string;
  replyBoxFor: string;
  replyBoxPlacement: string;
  replyBoxText: string;
  posts: { id: string; authorName: string; parentId: string | null }[];
}

const expectedOf = (view: string) => JSON.parse(readFileSync(join(DIR, `${view}.expected.json`), 'utf8')) as ReplyBoxView;

function load(view: string, ui: string): { doc: Document; posts: ExtractedPost[]; expected: ReplyBoxView } {
  const expected = expectedOf(view);
  const doc = new JSDOM(readFileSync(join(DIR, `${view}.${ui}.html`), 'utf8'), { url: expected.pageUrl }).window.document;
  const posts = [...doc.querySelectorAll(facebookAdapter.postSelector)].flatMap((root) => facebookAdapter.extract(root, expected.pageUrl));
  return { doc, posts, expected };
}

/** The post's own comment box: the last editor on these pages. */
const mainBox = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(FB_SELECTORS.editor)].at(-1)!;

function placementOf(view: string): Placement {
  return view === 'below-replies' ? 'below-replies' : view === 'dialog' ? 'dialog' : 'below-comment';
}

function simulate(doc: Document, view: string, expected: ReplyBoxView, opensNothingFor: string[] = []): void {
  const owner = expected.posts.find((p) => p.id === expected.replyBoxFor)!;
  simulateReplyBoxes(doc, { placement: placementOf(view), prefill: view !== 'empty', openFor: owner.authorName, delayMs: 60, opensNothingFor });
}

describe('Facebook reply box on the fixture pages', () => {
  for (const view of VIEWS) {
    for (const ui of ['en', 'de'] as const) {
      describe(`${view}.${ui}`, () => {
        it('finds the open box for its comment only, never the post’s comment box', () => {
          const { doc, posts, expected } = load(view, ui);
          const owner = posts.find((p) => p.id === expected.replyBoxFor)!;
          const box = facebookComposer.find(owner.element, doc)!;
          expect(box).not.toBeNull();
          expect(box.textContent).toBe(expected.replyBoxText);
          expect(readBox(box)).toBe(expected.replyBoxText);
          expect(box).not.toBe(mainBox(doc));
          for (const post of posts) {
            const found = facebookComposer.find(post.element, doc);
            expect(found === mainBox(doc), post.authorName).toBe(false);
            // Other threads' comments have no box open; replies of the box's thread may use it.
            if (post.id !== owner.id && post.parentId !== owner.id) expect(found, post.authorName).toBeNull();
          }
        });

        it('clicks the comment’s Reply and takes the box that opens, where Facebook puts it', async () => {
          const { doc, posts, expected } = load(view, ui);
          simulate(doc, view, expected);
          const owner = posts.find((p) => p.id === expected.replyBoxFor)!;
          expect(facebookComposer.find(owner.element, doc)).toBeNull();
          const box = (await facebookComposer.findOrOpen(owner.element, doc))!;
          expect(box).not.toBeNull();
          expect(box).not.toBe(mainBox(doc));
          expect(box.getAttribute('aria-label')).toContain(owner.authorName);
          expect(readBox(box)).toBe(expected.replyBoxText);
          // Where the fixture's Facebook puts it: after the comment's replies, or before them.
          const replies = posts.filter((p) => p.parentId === owner.id).map((p) => p.element);
          const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4) !== 0;
          for (const reply of replies) expect(follows(reply, box)).toBe(view === 'below-replies');
          // Reading the draft later finds the same box without clicking again.
          expect(facebookComposer.find(owner.element, doc)).toBe(box);
        });

        it('opens the box of another comment of the page, not the open one nor the post’s', async () => {
          const { doc, posts, expected } = load(view, ui);
          simulate(doc, view, expected);
          const other = posts.filter((p) => p.parentId === null && p.id !== expected.replyBoxFor).at(-1)!;
          const box = (await facebookComposer.findOrOpen(other.element, doc))!;
          expect(box.getAttribute('aria-label')).toContain(other.authorName);
          expect(box).not.toBe(mainBox(doc));
          expect(box.previousElementSibling ?? box.closest('form')).not.toBeNull();
        });
      });
    }
  }

  it('replies in a block of their own beside the comment (as on group posts): the box below them is the comment’s', async () => {
    for (const open of [true, false]) {
      const { doc, posts, expected } = load('below-replies', 'en');
      const owner = posts.find((p) => p.id === expected.replyBoxFor)!;
      // The replies, with the box after the last one, move out of the comment's element to sit beside it.
      const item = owner.element.parentElement!;
      item.after(owner.element.nextElementSibling!);
      // Facebook keeps more beside the comment in its element (here an empty slot).
      item.append(doc.createElement('div'));
      if (!open) simulate(doc, 'below-replies', expected);
      const box = (await facebookComposer.findOrOpen(owner.element, doc))!;
      expect(box, open ? 'open' : 'opened by Reply').not.toBeNull();
      expect(box).not.toBe(mainBox(doc));
      expect(readBox(box)).toBe(expected.replyBoxText);
      // The next comment's thread has no box.
      const next = posts.find((p) => p.parentId === null && p.element.compareDocumentPosition(owner.element) & 2)!;
      expect(facebookComposer.find(next.element, doc)).toBeNull();
    }
  });

  for (const where of ['after the comments', 'inside the comment list'] as const) {
    it(`a Reply that opens nothing gives no box, and the post’s comment box (${where}) stays as it was`, async () => {
      const { doc, posts, expected } = load('below-replies', 'de');
      const last = posts.filter((p) => p.parentId === null).at(-1)!;
      simulate(doc, 'below-replies', expected, [authorOf(last.element)]);
      const main = mainBox(doc);
      if (where === 'inside the comment list') {
        let wrapper: Element = main;
        while (!wrapper.parentElement!.contains(last.element)) wrapper = wrapper.parentElement!;
        last.element.parentElement!.after(wrapper);
      }
      expect(facebookComposer.find(last.element, doc)).toBeNull();
      main.focus();
      const before = main.innerHTML;
      expect(await facebookComposer.findOrOpen(last.element, doc)).toBeNull();
      expect(main.innerHTML).toBe(before);
    }, 10_000);
  }

  it('on a post with a single comment thread, the post’s comment box is never taken for the reply box', async () => {
    const { doc, posts, expected } = load('below-comment', 'en');
    const owner = posts.find((p) => p.id === expected.replyBoxFor)!;
    simulate(doc, 'below-comment', expected);
    // Every other thread gone: the comment list holds Jana Novak's thread only.
    for (const post of posts) {
      if (post.parentId === null && post.id !== owner.id) post.element.parentElement!.remove();
    }
    expect(facebookComposer.find(owner.element, doc)).toBeNull();
    const box = (await facebookComposer.findOrOpen(owner.element, doc))!;
    expect(box).not.toBe(mainBox(doc));
    expect(box.getAttribute('aria-label')).toContain(owner.authorName);
    // Keel opened it, so it knows the box when reading the draft.
    expect(facebookComposer.find(owner.element, doc)).toBe(box);
  });
});

describe('Facebook page health', () => {
  it('sees comments on every fixture page, and none on a page without comments', () => {
    for (const view of VIEWS) {
      const { doc } = load(view, 'de');
      expect(facebookAdapter.contentPresent!(doc), view).toBe(true);
    }
    const bare = new JSDOM('<div role="main"><a href="/nordlicht?comment_id=Y29tbWVudDoxXzI%3D">Jana 5</a><a href="/p/1">5h</a></div>', {
      url: 'https://www.facebook.com/nordlicht/posts/1',
    }).window.document;
    expect(facebookAdapter.contentPresent!(bare)).toBe(false);
  });

  it('still sees the comments when their article role is gone, so the page is reported unreadable', () => {
    const { doc } = load('empty', 'en');
    for (const article of doc.querySelectorAll('[role="article"]')) article.removeAttribute('role');
    expect(doc.querySelector(facebookAdapter.postSelector)).toBeNull();
    expect(facebookAdapter.contentPresent!(doc)).toBe(true);
    expect(facebookAdapter.checkSelectors(doc).find((c) => c.name === 'commentRoot')?.matched).toBe(false);
  });
});
