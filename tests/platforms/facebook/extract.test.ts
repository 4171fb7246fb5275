// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { decodeCommentId, parsePermalink, profileOf } from '../../../lib/platforms/facebook/extract';
import { linkParts, parseCount } from '../../../lib/platforms/dom';
import type { ExtractedPost } from '../../../lib/platforms/types';
import { expectQuickAuthorsMatch } from '../quick-author';
import { comparable, readAll } from '../read-all';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const VIEWS = ['page-post', 'group-post', 'feed', 'photo-viewer'] as const;
const UIS = ['en', 'de'] as const;

interface Expected {
  pageUrl: string;
  posts: Record<string, unknown>[];
}

function load(file: string, url: string): Document {
  return new JSDOM(readFileSync(join(FIXTURES, file), 'utf8'), { url }).window.document;
}

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'facebook', `${name}.expected.json`), 'utf8')) as Expected;
}

const extractAll = (doc: Document, pageUrl: string): ExtractedPost[] => readAll(facebookAdapter, doc, pageUrl);

describe('Facebook extraction on the fixture pages', () => {
  for (const view of VIEWS) {
    const expected = expectedOf(view);
    for (const ui of UIS) {
      describe(`${view}.${ui}`, () => {
        const doc = load(`facebook/${view}.${ui}.html`, expected.pageUrl);
        const posts = extractAll(doc, expected.pageUrl);

        it('reads every field of every comment and reply', () => {
          expect(posts.map(comparable)).toEqual(expected.posts);
        });

        it('reads the same author handle quickly as in full', () => expectQuickAuthorsMatch(facebookAdapter, doc, expected.pageUrl));

        it('gives each comment one record with a unique id and its own element', () => {
          const ids = posts.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const post of posts) {
            expect(post.platform).toBe('facebook');
            expect(post.element.getAttribute('role')).toBe('article');
            expect(post.url).not.toMatch(/__cft__|__tn__/);
          }
        });

        it('links every reply to a comment on the page', () => {
          const ids = new Set(posts.map((p) => p.id));
          const replies = posts.filter((p) => p.url.includes('reply_comment_id='));
          for (const reply of replies) {
            expect(reply.parentId).not.toBeNull();
            expect(ids.has(reply.parentId!)).toBe(true);
          }
          for (const post of posts.filter((p) => !p.url.includes('reply_comment_id='))) expect(post.parentId).toBeNull();
        });

        it('never reads interface labels into the text', () => {
          for (const post of posts) {
            expect(post.text).not.toMatch(/See more|Mehr ansehen|Like|Gefällt mir|Antworten$|Reply$/);
            expect(post.authorName).not.toMatch(/Author|Autor|Verified|Verifiziert/);
          }
        });

        it('finds the selectors it depends on and puts the badge inside the comment', () => {
          expect(facebookAdapter.checkSelectors(doc).every((check) => check.matched)).toBe(true);
          for (const post of posts) {
            const anchor = facebookAdapter.badgeAnchor(post.element);
            expect(anchor).not.toBeNull();
            expect(post.element.contains(anchor)).toBe(true);
          }
        });
      });
    }

    it(`${view}: English and German interfaces give the same records`, () => {
      const [en, de] = UIS.map((ui) => extractAll(load(`facebook/${view}.${ui}.html`, expected.pageUrl), expected.pageUrl).map(comparable));
      expect(en).toEqual(de);
      expect(en!.length).toBeGreaterThan(0);
    });
  }

  it('covers what Facebook shows: see-more text, verified, reactions, reply counts, times, languages', () => {
    const all = VIEWS.flatMap((view) => expectedOf(view).posts);
    expect(all.some((p) => typeof p.postedAt === 'number')).toBe(true);
    expect(all.some((p) => p.postedAt === null)).toBe(true);
    expect(all.some((p) => p.verified === true)).toBe(true);
    expect(all.some((p) => typeof p.likes === 'number' && p.likes >= 1000)).toBe(true);
    expect(all.some((p) => typeof p.replies === 'number')).toBe(true);
    expect(all.some((p) => p.language === 'und')).toBe(true);
    expect(new Set(all.map((p) => p.language))).toEqual(new Set(['en', 'de', 'da', 'pl', 'und']));
  });

  it('reads the demo page: 20+ comments in four languages, replies linked', () => {
    const expected = expectedOf('demo-thread');
    const doc = load('demo/facebook-thread.html', expected.pageUrl);
    const posts = extractAll(doc, expected.pageUrl);
    expect(posts.map(comparable)).toEqual(expected.posts);
    expect(posts.length).toBeGreaterThanOrEqual(20);
    expect(new Set(posts.map((p) => p.language))).toEqual(new Set(['en', 'de', 'da', 'pl']));
  });

  // A comment's reply box open below it, below its replies or in a post dialog changes nothing that is read.
  for (const view of ['below-comment', 'below-replies', 'dialog', 'empty']) {
    it(`reply-boxes/${view}: English and German read as the fixture says, with the reply box open`, () => {
      const expected = expectedOf(`reply-boxes/${view}`);
      const posts = expected.posts.map(({ mentionsBrand: _unused, ...post }) => post);
      for (const ui of UIS) {
        const doc = load(`facebook/reply-boxes/${view}.${ui}.html`, expected.pageUrl);
        expect(extractAll(doc, expected.pageUrl).map(comparable), ui).toEqual(posts);
      }
    });
  }

  it('returns nothing for an article without a comment permalink', () => {
    const doc = new JSDOM('<div role="article"><a href="https://www.facebook.com/someone?comment_id=Y29tbWVudDoxXzI%3D">Someone</a><div dir="auto">hi</div></div>').window.document;
    expect(facebookAdapter.extract(doc.querySelector('[role="article"]')!, 'https://www.facebook.com/')).toEqual([]);
  });
});

function parts(href: string) {
  const parts = linkParts(href, 'https://www.facebook.com/');
  if (!parts) throw new Error(`unparsable test URL ${href}`);
  return parts;
}

describe('Facebook URL handling', () => {
  it('matches facebook.com, www., web. and m.', () => {
    for (const url of ['https://www.facebook.com/x/posts/1', 'https://web.facebook.com/', 'https://m.facebook.com/story.php?story_fbid=1&id=2', 'https://facebook.com/']) {
      expect(facebookAdapter.matchesUrl(new URL(url))).toBe(true);
    }
    for (const url of ['https://www.instagram.com/p/x/', 'https://facebook.com.evil.example/', 'https://x.com/']) {
      expect(facebookAdapter.matchesUrl(new URL(url))).toBe(false);
    }
  });

  it('builds stable ids without tracking parameters', () => {
    const link = parsePermalink(parts('https://www.facebook.com/page/posts/pfbid0abc?comment_id=11&reply_comment_id=22&__cft__[0]=AZ&__tn__=R]-R'),
    );
    expect(link).toEqual({
      id: 'facebook:/page/posts/pfbid0abc?comment_id=11&reply_comment_id=22',
      parentId: 'facebook:/page/posts/pfbid0abc?comment_id=11',
      url: 'https://www.facebook.com/page/posts/pfbid0abc?comment_id=11&reply_comment_id=22',
      threadUrl: 'https://www.facebook.com/page/posts/pfbid0abc',
    });
    expect(parsePermalink(parts('https://m.facebook.com/permalink.php?story_fbid=9&id=8&comment_id=7'))?.id).toBe(
      'facebook:/permalink.php?story_fbid=9&id=8&comment_id=7',
    );
    expect(parsePermalink(parts('https://www.facebook.com/page/posts/1'))).toBeNull();
    expect(parsePermalink(parts('/page/posts/2?comment_id=3&__tn__=R'))?.url).toBe('https://www.facebook.com/page/posts/2?comment_id=3');
    expect(linkParts('javascript:void(0)', 'https://www.facebook.com/')).toBeNull();
  });

  it('decodes base64 comment ids and tells profile links from permalinks', () => {
    expect(decodeCommentId(Buffer.from('comment:123_456').toString('base64'))).toBe('456');
    expect(decodeCommentId('789')).toBe('789');
    expect(decodeCommentId('not a comment')).toBeNull();
    expect(profileOf(parts('https://www.facebook.com/jana.novak.58?comment_id=1'))).toEqual({ handle: 'jana.novak.58', url: 'https://www.facebook.com/jana.novak.58' });
    expect(profileOf(parts('https://www.facebook.com/profile.php?id=1000&comment_id=1'))?.handle).toBe('1000');
    expect(profileOf(parts('https://www.facebook.com/groups/1/user/2/'))?.handle).toBe('2');
    expect(profileOf(parts('https://www.facebook.com/photo/?fbid=1&comment_id=2'))).toBeNull();
    expect(profileOf(parts('https://www.facebook.com/page/posts/pfbid0?comment_id=2'))).toBeNull();
  });

  it('parses counts in every interface language', () => {
    expect(parseCount('14')).toBe(14);
    expect(parseCount('1.2K')).toBe(1200);
    expect(parseCount('1,2 Tsd.')).toBe(1200);
    expect(parseCount('12,3 tys.')).toBe(12300);
    expect(parseCount('2 Mio.')).toBe(2_000_000);
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1\u00a0234')).toBe(1234);
    expect(parseCount('View all 4 replies')).toBe(4);
    expect(parseCount('Alle 4 Antworten ansehen')).toBe(4);
    expect(parseCount('Gefällt 12 Mal')).toBe(12);
    expect(parseCount('no number')).toBeNull();
  });
});
