// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkParts } from '../../../lib/platforms/dom';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { instagramProfileOf, parseInstagramPermalink, threadUrlOf } from '../../../lib/platforms/instagram/extract';
import { expectQuickAuthorsMatch } from '../quick-author';
import { comparable, readAll } from '../read-all';

const extractAll = (doc: Document, pageUrl: string) => readAll(instagramAdapter, doc, pageUrl);

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const VIEWS = ['post', 'reel', 'modal'] as const;
const UIS = ['en', 'de'] as const;

interface Expected {
  pageUrl: string;
  posts: Record<string, unknown>[];
}

function load(file: string, url: string): Document {
  return new JSDOM(readFileSync(join(FIXTURES, file), 'utf8'), { url }).window.document;
}

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'instagram', `${name}.expected.json`), 'utf8')) as Expected;
}



function parts(href: string) {
  const result = linkParts(href, 'https://www.instagram.com/');
  if (!result) throw new Error(`unparsable test URL ${href}`);
  return result;
}

describe('Instagram extraction on the fixture pages', () => {
  for (const view of VIEWS) {
    const expected = expectedOf(view);
    for (const ui of UIS) {
      describe(`${view}.${ui}`, () => {
        const doc = load(`instagram/${view}.${ui}.html`, expected.pageUrl);
        const posts = extractAll(doc, expected.pageUrl);

        it('reads every field of every comment and reply', () => {
          expect(posts.map(comparable)).toEqual(expected.posts);
        });

        it('reads the same author handle quickly as in full', () => expectQuickAuthorsMatch(instagramAdapter, doc, expected.pageUrl));

        it('gives each comment one record with a unique id and its own list item', () => {
          const ids = posts.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const post of posts) {
            expect(post.platform).toBe('instagram');
            expect(post.element.tagName).toBe('LI');
            expect(post.id).toMatch(/^instagram:\/p\/[\w-]+\/c\/\d+\/(r\/\d+\/)?$/);
          }
        });

        it('links every reply to a comment on the page', () => {
          const ids = new Set(posts.map((p) => p.id));
          const replies = posts.filter((p) => p.parentId !== null);
          expect(replies.length).toBeGreaterThan(0);
          for (const reply of replies) expect(ids.has(reply.parentId!)).toBe(true);
        });

        it('never reads the username, buttons or labels into the text', () => {
          for (const post of posts) {
            expect(post.text).not.toMatch(/\b(Reply|Antworten|likes|Gefällt|View replies|See translation|Übersetzung|Author|Autor)\b/);
            expect(post.text.startsWith(post.authorHandle)).toBe(false);
          }
        });

        it('finds the selectors it depends on and puts the badge inside the comment', () => {
          expect(instagramAdapter.checkSelectors(doc).every((check) => check.matched)).toBe(true);
          for (const post of posts) {
            const anchor = instagramAdapter.badgeAnchor(post.element);
            expect(anchor).not.toBeNull();
            expect(post.element.contains(anchor)).toBe(true);
          }
        });
      });
    }

    it(`${view}: English and German interfaces give the same records`, () => {
      const [en, de] = UIS.map((ui) => extractAll(load(`instagram/${view}.${ui}.html`, expected.pageUrl), expected.pageUrl).map(comparable));
      expect(en).toEqual(de);
      expect(en!.length).toBeGreaterThan(0);
    });
  }

  it('covers what Instagram shows: verified, likes, reply counts, times, replies by structure', () => {
    const all = VIEWS.flatMap((view) => expectedOf(view).posts);
    expect(all.some((p) => p.verified === true)).toBe(true);
    expect(all.some((p) => typeof p.likes === 'number' && p.likes >= 1000)).toBe(true);
    expect(all.some((p) => typeof p.replies === 'number')).toBe(true);
    expect(all.every((p) => typeof p.postedAt === 'number')).toBe(true);
    // The modal links replies as plain /c/<id>/: their parent comes from the ul/li nesting.
    expect(expectedOf('modal').posts.some((p) => p.parentId !== null && !String(p.id).includes('/r/'))).toBe(true);
  });

  it('reads the demo page: 20+ comments, replies linked', () => {
    const expected = expectedOf('demo-thread');
    const doc = load('demo/instagram-thread.html', expected.pageUrl);
    const posts = extractAll(doc, expected.pageUrl);
    expect(posts.map(comparable)).toEqual(expected.posts);
    expect(posts.length).toBeGreaterThanOrEqual(20);
  });

  it('returns nothing for a list item without a comment permalink', () => {
    const doc = new JSDOM('<ul><li><a href="/someone/" role="link"><span dir="auto">someone</span></a><span dir="auto">hi</span><a href="/p/abc/"><time datetime="2026-01-01T00:00:00Z">1d</time></a></li></ul>').window.document;
    expect(instagramAdapter.extract(doc.querySelector('li')!, 'https://www.instagram.com/p/abc/')).toEqual([]);
  });
});

describe('Instagram URL handling', () => {
  it('matches instagram.com only', () => {
    for (const url of ['https://www.instagram.com/p/abc/', 'https://instagram.com/reel/abc/']) expect(instagramAdapter.matchesUrl(new URL(url))).toBe(true);
    for (const url of ['https://www.facebook.com/', 'https://instagram.com.evil.example/']) expect(instagramAdapter.matchesUrl(new URL(url))).toBe(false);
  });

  it('builds one id for a comment whether seen on the reel or the post, and links replies', () => {
    expect(parseInstagramPermalink(parts('/reel/Abc_1/c/123/'))).toEqual({
      id: 'instagram:/p/Abc_1/c/123/',
      parentId: null,
      url: 'https://www.instagram.com/reel/Abc_1/c/123/',
      threadUrl: 'https://www.instagram.com/reel/Abc_1/',
      code: 'Abc_1',
    });
    expect(parseInstagramPermalink(parts('https://www.instagram.com/p/Abc_1/c/123/r/456/?igsh=x'))).toMatchObject({
      id: 'instagram:/p/Abc_1/c/123/r/456/',
      parentId: 'instagram:/p/Abc_1/c/123/',
    });
    expect(parseInstagramPermalink(parts('/someone/p/Abc_1/c/123/'))?.id).toBe('instagram:/p/Abc_1/c/123/');
    expect(parseInstagramPermalink(parts('/p/Abc_1/'))).toBeNull();
  });

  it('stores the thread as the page shows the post: a reel page stays the reel though its comments link to /p/', () => {
    const comment = parseInstagramPermalink(parts('/p/Abc_1/c/123/'))!;
    expect(threadUrlOf(comment, 'https://www.instagram.com/reel/Abc_1/?igsh=x')).toBe('https://www.instagram.com/reel/Abc_1/');
    expect(threadUrlOf(comment, 'https://www.instagram.com/p/Abc_1/')).toBe('https://www.instagram.com/p/Abc_1/');
    // Elsewhere (a feed, another post's page) the post the permalink names.
    expect(threadUrlOf(comment, 'https://www.instagram.com/')).toBe('https://www.instagram.com/p/Abc_1/');
    expect(threadUrlOf(comment, 'https://www.instagram.com/reel/Other_2/')).toBe('https://www.instagram.com/p/Abc_1/');
  });

  it('reads handles from profile links and not from site pages', () => {
    expect(instagramProfileOf(parts('/jana.novak/'))).toEqual({ handle: 'jana.novak', url: 'https://www.instagram.com/jana.novak/' });
    expect(instagramProfileOf(parts('/explore/'))).toBeNull();
    expect(instagramProfileOf(parts('/explore/tags/nordlicht/'))).toBeNull();
    expect(instagramProfileOf(parts('/p/abc/'))).toBeNull();
  });
});
