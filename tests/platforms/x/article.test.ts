// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBrandMatcher } from '../../../lib/brand';
import { joinedText } from '../../../lib/platforms/dom';
import { xAdapter } from '../../../lib/platforms/x/index';
import { ARTICLE_MAX_CHARS } from '../../../lib/platforms/x/extract';
import type { ExtractedPost } from '../../../lib/platforms/types';
import type { ExpectedPost as SitePost } from '../../e2e/sites-helpers';
import { loadFixture } from './helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'x', 'article');

/** A post of a fixture's expected.json, with whether its text names the brand. */
type ExpectedPost = SitePost & { mentionsBrand: boolean };

interface Expected {
  pageUrl: string;
  posts: ExpectedPost[];
  quotedArticle?: { inPost: string; authorHandle: string; text: string; mentionsBrand: boolean };
}

const expectedOf = (view: string): Expected => JSON.parse(readFileSync(join(FIXTURES, `${view}.expected.json`), 'utf8'));

/** The brand of the fixtures (tests/fixtures/SOURCES-live.md). */
const matcher = compileBrandMatcher({
  names: ['Nordlicht', 'Nordlicht Coffee'],
  aliases: [],
  handles: ['@nordlichtcoffee'],
  hashtags: ['#nordlicht'],
  products: ['Polarstern', 'Nordlicht Cold Brew'],
  exclude: [],
});

function read(view: string): { expected: Expected; posts: ExtractedPost[]; roots: Element[] } {
  const expected = expectedOf(view);
  const doc = loadFixture(`x/article/${view}.en.html`, expected.pageUrl);
  const roots = [...doc.querySelectorAll(xAdapter.postSelector)];
  return { expected, roots, posts: roots.flatMap((root) => xAdapter.extract(root, expected.pageUrl)) };
}

/**
 * The fields Keel reads as the expected files give them, except two conventions of Keel's:
 * likes are the count the action bar shows ("1.4K" → 1400, the files take the exact number
 * from its aria-label, which X translates), and a reply's place in the thread is its
 * threadUrl (parentId is kept for a quoted post).
 */
type Compared = Omit<ExpectedPost, 'mentionsBrand' | 'likes' | 'parentId'>;

function comparable({ mentionsBrand: _m, likes: _l, parentId: _p, ...rest }: ExpectedPost): Compared {
  return rest;
}

/** Within the rounding of a shown count ("1.4K" for 1,432). */
function closeCount(read: number | null, exact: number | null): boolean {
  if (read === null || exact === null) return read === exact;
  return Math.abs(read - exact) <= Math.max(0, exact * 0.05);
}

function asExpected(post: ExtractedPost): Compared {
  return {
    id: post.id,
    url: post.url,
    threadUrl: post.threadUrl,
    authorName: post.authorName,
    authorHandle: post.authorHandle,
    authorUrl: post.authorUrl,
    verified: post.reach.verified,
    replies: post.engagement.replies,
    text: post.text,
    language: post.language,
    postedAt: post.postedAt,
  };
}

describe('X Articles', () => {
  it('reads the Article status page: the Article as title, blank line, one block per line, and every reply', () => {
    const { expected, posts } = read('status');
    expect(posts.map(asExpected)).toEqual(expected.posts.map(comparable));
    posts.forEach((post, k) => expect(closeCount(post.engagement.likes, expected.posts[k]!.likes)).toBe(true));
    expect(posts.every((post) => post.parentId === null)).toBe(true);
    const article = posts[0]!;
    expect(article.text.startsWith('What three years of running a coffee subscription taught me\n\nIn January 2023')).toBe(true);
    // The composer's Draft.js block under the Article is not part of it.
    expect(article.text).not.toContain('Post your reply');
  });

  it('finds the brand where the fixtures say it is named, inflected forms included', () => {
    for (const view of ['status', 'quote-home']) {
      const { expected, posts } = read(view);
      for (const want of expected.posts) {
        const post = posts.find((p) => p.id === want.id);
        expect({ id: want.id, mentions: matcher.match(post?.text ?? '').length > 0 }).toEqual({ id: want.id, mentions: want.mentionsBrand });
      }
    }
    const article = read('status').posts[0]!;
    const [mention] = matcher.match(article.text);
    expect(article.text.slice(mention!.span[0], mention!.span[1])).toBe('Nordlicht Coffee');
  });

  it('reads the Article card inside a quote as the quoted post, and leaves it out of the quoting text', () => {
    const { expected, posts } = read('quote-home');
    const want = expected.quotedArticle!;
    const quoted = posts.find((p) => p.parentId === `x:${new URL(posts[0]!.url).pathname}`);
    expect(posts.map((p) => p.id)).toEqual([want.inPost, `${want.inPost}#quoted`, expected.posts[1]!.id]);
    expect(quoted?.text).toBe(want.text);
    expect(quoted?.authorHandle).toBe(want.authorHandle);
    expect(posts[0]!.text).toBe(expected.posts[0]!.text);
    expect([posts[0]!, posts[2]!].map(asExpected)).toEqual(expected.posts.map(comparable));
  });

  it('the quick text holds the Article, line by line, so the glance finds a mention in its body', () => {
    for (const view of ['status', 'quote-home']) {
      const { expected, roots } = read(view);
      for (const root of roots) {
        const quick = joinedText(root, xAdapter.quickTextSelector!);
        for (const post of xAdapter.extract(root, expected.pageUrl)) {
          for (const line of post.text.split('\n')) expect(quick, view).toContain(line);
          expect(matcher.match(quick).length > 0 || matcher.match(post.text).length === 0).toBe(true);
        }
      }
    }
  });

  it('caps a very long Article at the length a post record holds', () => {
    const { roots, expected } = read('status');
    const root = roots[0]!;
    const body = root.querySelector('[data-testid="longformRichTextComponent"] [data-contents="true"]')!;
    const block = body.querySelector('[data-block="true"]')!;
    for (let k = 0; k < 600; k++) body.appendChild(block.cloneNode(true));
    const [article] = xAdapter.extract(root, expected.pageUrl);
    expect(article!.text.length).toBe(ARTICLE_MAX_CHARS);
  });

  it('reports the text selector as matched on an Article page without replies', () => {
    const { roots } = read('status');
    const doc = roots[0]!.ownerDocument;
    for (const root of roots.slice(1)) root.remove();
    expect(xAdapter.checkSelectors!(doc).find((c) => c.name === 'tweetText')?.matched).toBe(true);
  });
});
