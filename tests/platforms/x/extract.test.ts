// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x/index';
import { languageOf, parseCount, textOf } from '../../../lib/platforms/x/extract';
import type { ExtractedPost } from '../../../lib/platforms/types';
import { DEMO_URL, THREAD_URL, loadFixture } from './helpers';

function extractAll(doc: Document, pageUrl: string): ExtractedPost[] {
  return [...doc.querySelectorAll(xAdapter.postSelector)].flatMap((root) => xAdapter.extract(root, pageUrl));
}

function withoutElement(posts: ExtractedPost[]): Omit<ExtractedPost, 'element'>[] {
  return posts.map(({ element: _element, ...rest }) => rest);
}

function byHandle(posts: ExtractedPost[], handle: string): ExtractedPost {
  const post = posts.find((p) => p.authorHandle === handle && p.parentId === null);
  if (!post) throw new Error(`no post by @${handle}`);
  return post;
}

describe('X extraction on real x.com markup (tweetyoink captures)', () => {
  it('reads every field of the focused post in the sample', () => {
    const pageUrl = 'https://x.com/TestUser123/status/1981398750557065646';
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html', pageUrl);
    const [post, ...rest] = extractAll(doc, pageUrl);
    expect(rest).toEqual([]);
    expect(post).toMatchObject({
      id: 'x:/TestUser123/status/1981398750557065646',
      platform: 'x',
      url: 'https://x.com/TestUser123/status/1981398750557065646',
      threadUrl: 'https://x.com/TestUser123/status/1981398750557065646',
      authorName: 'Test User Account',
      authorHandle: 'TestUser123',
      authorUrl: 'https://x.com/TestUser123',
      reach: { verified: true, followers: null },
      // Views sit beside the time on a focused post ("29.9K Views"), not in an analytics link.
      engagement: { replies: 48, reposts: 152, likes: 553, views: 29_900 },
      text: "Democrat Shutdown Jeopardizes America's Skies",
      language: 'en',
      postedAt: Date.parse('2025-10-23T16:34:09.000Z'),
      parentId: null,
    });
    expect(post?.element.getAttribute('data-testid')).toBe('tweet');
  });

  it('reads views beside the time only on the post the status page is about', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html');
    // The same markup on another page (a timeline shows views as an analytics link): no views.
    expect(extractAll(doc, 'https://x.com/home')[0]?.engagement.views).toBeNull();
    expect(extractAll(doc, 'https://x.com/TestUser123/status/1')[0]?.engagement.views).toBeNull();
    // A URL typed with the handle in other letter case is still that post's page.
    expect(extractAll(doc, 'https://x.com/testuser123/status/1981398750557065646')[0]?.engagement.views).toBe(29_900);
  });

  it('splits a quote into the quoting post and the quoted post', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-quote.html');
    const posts = extractAll(doc, 'https://x.com/home');
    expect(posts).toHaveLength(2);
    const [quoting, quoted] = posts as [ExtractedPost, ExtractedPost];
    expect(quoting).toMatchObject({
      id: 'x:/TestQuoter/status/1983130065320780162',
      url: 'https://x.com/TestQuoter/status/1983130065320780162',
      // Off a status page the thread is the post itself.
      threadUrl: 'https://x.com/TestQuoter/status/1983130065320780162',
      authorName: 'Test Quoter',
      authorHandle: 'TestQuoter',
      reach: { verified: true, followers: null },
      engagement: { replies: 2500, reposts: 4400, likes: 25_000, views: 2_500_000 },
      text: 'This is a quote tweet with additional commentary',
      language: 'en',
      postedAt: Date.parse('2025-10-28T11:13:47.000Z'),
      parentId: null,
    });
    expect(quoting.text).not.toContain('original quoted tweet');
    expect(quoted).toMatchObject({
      // The quoted post's photo link carries its status id.
      id: 'x:/OriginalAuthor/status/1983129251856470493',
      url: 'https://x.com/OriginalAuthor/status/1983129251856470493',
      authorName: 'Original Author',
      authorHandle: 'OriginalAuthor',
      authorUrl: 'https://x.com/OriginalAuthor',
      reach: { verified: true, followers: null },
      engagement: { replies: null, reposts: null, likes: null, views: null },
      text: 'This is the original quoted tweet content that provides important context and information for the conversation',
      language: 'en',
      postedAt: Date.parse('2025-10-28T11:10:33.000Z'),
      parentId: 'x:/TestQuoter/status/1983130065320780162',
    });
    expect(quoted.element).not.toBe(quoting.element);
    expect(quoting.element.contains(quoted.element)).toBe(true);
  });

  it('reads a video quote whose quoted post has no status link of its own', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-quote-video.html');
    const [quoting, quoted, ...rest] = extractAll(doc, 'https://x.com/home');
    expect(rest).toEqual([]);
    expect(quoting).toMatchObject({
      id: 'x:/QuotingUser/status/1983128852952998358',
      authorName: 'Quoting User',
      authorHandle: 'QuotingUser',
      text: 'How to share Example.com links',
      // This capture nests the action bar inside the quote box; views still belong to the quoting post.
      engagement: { replies: 972, reposts: 2300, likes: 11_000, views: 2_100_000 },
    });
    expect(quoted).toMatchObject({
      id: 'x:/QuotingUser/status/1983128852952998358#quoted',
      url: 'https://x.com/QuotingUser/status/1983128852952998358',
      authorName: 'Original Poster',
      authorHandle: 'OriginalPoster',
      reach: { verified: true, followers: null },
      text: 'How to share Example.com links?\n\nTap any heading, hit the link icon, and your link is copied instantly.',
      postedAt: Date.parse('2025-10-28T07:15:53.000Z'),
      parentId: 'x:/QuotingUser/status/1983128852952998358',
    });
  });
});

describe('X extraction on the Nordlicht demo thread', () => {
  const doc = loadFixture('demo/x-thread.html');
  const posts = extractAll(doc, DEMO_URL);

  it('reads the brand post, 31 replies and one quoted post', () => {
    expect(posts).toHaveLength(33);
    expect(new Set(posts.map((p) => p.id)).size).toBe(33);
    const brand = posts[0];
    expect(brand).toMatchObject({
      id: 'x:/nordlichtcoffee/status/1790000000000000001',
      url: DEMO_URL,
      threadUrl: DEMO_URL,
      authorName: 'Nordlicht Coffee',
      authorHandle: 'nordlichtcoffee',
      reach: { verified: true, followers: null },
      engagement: { replies: 31, reposts: 212, likes: 1400, views: 184_000 },
      language: 'en',
      // The id is a snowflake; the page's time agrees with it.
      postedAt: Date.parse('2024-05-13T12:43:51.248Z'),
    });
    expect(brand?.text).toContain('News from Nordlicht Coffee ☕\n\nFrom 1 June');
    expect(brand?.text).toContain('#nordlicht');
  });

  it('puts every reply in the brand post thread', () => {
    for (const post of posts) expect(post.threadUrl).toBe(DEMO_URL);
  });

  it('reads the language X declares for each text', () => {
    const languages = new Set(posts.map((p) => p.language));
    expect(languages).toEqual(new Set(['en', 'de', 'da', 'pl']));
    expect(byHandle(posts, 'mettekjaer').language).toBe('da');
    expect(byHandle(posts, 'pawel_nowak88').language).toBe('pl');
    expect(byHandle(posts, 'lea_schmidt').language).toBe('de');
  });

  it('keeps mentions, hashtags, emoji and link text as shown', () => {
    expect(byHandle(posts, 'dbrooks_92').text).toBe(
      '@nordlichtcoffee your account was hacked? weird DM from @nordlichtcoffee asking for my card number and CVC',
    );
    expect(byHandle(posts, 'ninaberg').text).toBe('Sunday morning sorted ☕ #nordlicht');
    expect(byHandle(posts, 'tomfletcher').text).toBe(
      'Interesting review, worth a read before you renew anything: https://example.com/nordlicht-review',
    );
    expect(byHandle(posts, 'idanielsen').text).toBe('Nordlicht Cold Brew er virkelig god i varmen ☀️');
    expect(byHandle(posts, 'mia_hoffmann').authorName).toBe('Mia Hoffmann 🌻');
  });

  it('reads counts of posts the viewer liked or of a large verified account', () => {
    // Liked by the viewer: X swaps data-testid "like" for "unlike".
    expect(byHandle(posts, 'emmaclarke_ldn').engagement).toEqual({ replies: 1, reposts: 0, likes: 24, views: 1900 });
    expect(byHandle(posts, 'markusvogel')).toMatchObject({
      reach: { verified: true, followers: null },
      engagement: { replies: 212, reposts: 3100, likes: 12_000, views: 1_300_000 },
    });
  });

  it('reads the quote without the quoted text in the quoting post', () => {
    const quoting = byHandle(posts, 'gracekw');
    expect(quoting.text).toBe('This is exactly what happened to me with Nordlicht 👇');
    const quoted = posts.find((p) => p.parentId === quoting.id);
    expect(quoted).toMatchObject({
      id: `${quoting.id}#quoted`,
      authorHandle: 'lenapetersen_',
      authorName: 'Lena Petersen',
      text: 'Day 21 of waiting for my coffee subscription box. Support keeps saying "soon". I just want my beans back.',
      threadUrl: DEMO_URL,
    });
  });

  it('puts the badge next to the name', () => {
    const root = doc.querySelector(xAdapter.postSelector);
    if (!root) throw new Error('no post');
    const anchor = xAdapter.badgeAnchor(root);
    expect(anchor?.getAttribute('data-testid')).toBe('User-Name');
  });
});

describe('X extraction on the localised status pages', () => {
  const en = extractAll(loadFixture('x/reply-thread.en.html'), THREAD_URL);
  const de = extractAll(loadFixture('x/reply-thread.de.html'), THREAD_URL);

  it('reads the German interface exactly as the English one', () => {
    expect(en).toHaveLength(10);
    expect(withoutElement(de)).toEqual(withoutElement(en));
  });

  it('reads German number formats ("12.000", "2,1 Mio.")', () => {
    expect(byHandle(de, 'markusvogel').engagement).toEqual({
      replies: 40,
      reposts: 2100,
      likes: 12_000,
      views: 2_100_000,
    });
  });

  it('reads what a truncated long post shows, without the "Show more" link', () => {
    for (const posts of [en, de]) {
      const long = byHandle(posts, 'oliviagrant');
      expect(long.text.startsWith('Long-time Nordlicht customer here')).toBe(true);
      expect(long.text.endsWith('Customers notice that kind of thing')).toBe(true);
      expect(long.text).not.toMatch(/Show more|Mehr anzeigen/);
    }
  });

  it('leaves the "Replying to" line out of the text', () => {
    expect(byHandle(en, 'jonas_kr').text).toBe('Endlich wieder da! Gibt es die große Flasche auch im Abo?');
  });

  it('reads a post whose buttons show no numbers as zero counts', () => {
    expect(byHandle(en, 'priyashah').engagement).toEqual({ replies: 0, reposts: 0, likes: 0, views: 90 });
  });

  it('takes the quoted post id from its photo link and its handle from the User-Name', () => {
    const quoted = en.find((p) => p.authorHandle === 'coffeewatch_eu');
    expect(quoted).toMatchObject({
      id: 'x:/coffeewatch_eu/status/1794900000000000003',
      parentId: byHandle(en, 'markusvogel').id,
      reach: { verified: true, followers: null },
    });
  });

  it('extracts nothing from the "show more replies" and spam cells', () => {
    const doc = loadFixture('x/reply-thread.en.html');
    const cells = [...doc.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const withoutArticle = cells.filter((cell) => !cell.querySelector('article'));
    // The composer, "Show more replies", the offensive-content notice and "Show probable spam".
    expect(withoutArticle).toHaveLength(4);
  });
});

describe('X extraction edge cases', () => {
  it('returns [] for an article without a permalink (ads, tombstones)', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html');
    const root = doc.querySelector(xAdapter.postSelector);
    if (!root) throw new Error('no post');
    root.querySelector('a[href*="/status/"]')?.removeAttribute('href');
    expect(xAdapter.extract(root, 'https://x.com/home')).toEqual([]);
  });

  it('returns [] for an empty article', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html');
    const empty = doc.createElement('article');
    empty.setAttribute('data-testid', 'tweet');
    expect(xAdapter.extract(empty, 'https://x.com/home')).toEqual([]);
  });

  it('copes with a post without text, verified badge or analytics link', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-quote.html');
    const root = doc.querySelector(xAdapter.postSelector);
    if (!root) throw new Error('no post');
    root.querySelector('div[aria-labelledby="id__quoted_tweet"] [role="link"]')?.remove();
    root.querySelectorAll('[data-testid="tweetText"], [data-testid="icon-verified"], a[href$="/analytics"]').forEach((el) => el.remove());
    const [post, ...rest] = xAdapter.extract(root, 'https://x.com/home');
    expect(rest).toEqual([]);
    expect(post).toMatchObject({ text: '', language: 'und', reach: { verified: false, followers: null } });
    expect(post?.engagement.views).toBeNull();
  });

  it('normalises twitter.com page URLs to x.com thread URLs', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-quote.html');
    const root = doc.querySelector(xAdapter.postSelector);
    if (!root) throw new Error('no post');
    const [post] = xAdapter.extract(root, 'https://mobile.twitter.com/Someone/status/42/photo/1?s=20');
    expect(post?.threadUrl).toBe('https://x.com/Someone/status/42');
  });

  it('reads emoji images as their characters and skips icons', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html');
    const div = doc.createElement('div');
    const span = doc.createElement('span');
    span.textContent = 'Kaffee ';
    const img = doc.createElement('img');
    img.setAttribute('alt', '☕');
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.textContent = 'icon';
    div.append(span, img, svg, doc.createElement('br'), doc.createTextNode('zweite Zeile'));
    expect(textOf(div)).toBe('Kaffee ☕\nzweite Zeile');
  });

  it('reads plain text in one call and everything else as the walk does, each kind on its own', () => {
    const doc = loadFixture('x/tweetyoink-x-tweet-sample.html');
    const block = (...children: (Node | string)[]) => {
      const div = doc.createElement('div');
      div.append(...children);
      return div;
    };
    const el = (tag: string, attrs: Record<string, string>, text: string) => {
      const node = doc.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      node.textContent = text;
      return node;
    };
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.textContent = 'icon';
    // Plain text with an @mention link (relative): its textContent.
    expect(textOf(block('Hi ', el('a', { href: '/nordlichtcoffee' }, '@nordlichtcoffee'), ' there'))).toBe('Hi @nordlichtcoffee there');
    expect(textOf(block('eins', doc.createElement('br'), 'zwei'))).toBe('eins\nzwei');
    expect(textOf(block('Kaffee', svg))).toBe('Kaffee');
    expect(textOf(block('see ', el('a', { href: 'https://t.co/abc' }, 'nordlicht.example/long…')))).toBe('see nordlicht.example/long');
    expect(textOf(block('clip ', el('video', {}, 'fallback')))).toBe('clip ');
  });
});

describe('parseCount', () => {
  const cases: [string, number | null][] = [
    ['48', 48],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1\u00a0234', 1234],
    ['12.300', 12_300],
    ['29.9K', 29_900],
    ['2.5M', 2_500_000],
    ['25K', 25_000],
    ['1,2 tsd.', 1200],
    ['1,2 Tsd.', 1200],
    ['3 mio.', 3_000_000],
    ['2,1\u00a0Mio.', 2_100_000],
    ['12,3 t', 12_300],
    ['2,6 mio.', 2_600_000],
    ['12,3 tys.', 12_300],
    ['2,1 mln', 2_100_000],
    ['1.2B', 1_200_000_000],
    ['', null],
    ['Views', null],
    ['12 apples', null],
  ];
  for (const [raw, expected] of cases) {
    it(`"${raw}" → ${expected}`, () => expect(parseCount(raw)).toBe(expected));
  }

  it('agrees with how each interface language formats counts', () => {
    for (const lang of ['en', 'de', 'da', 'pl']) {
      for (const n of [7, 950, 1200, 45_600, 2_100_000]) {
        const shown = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
        expect(parseCount(shown), `${lang} ${shown}`).toBe(n);
      }
    }
  });
});

describe('languageOf, matchesUrl, checkSelectors', () => {
  it('maps lang attributes to Keel languages', () => {
    expect(languageOf('de')).toBe('de');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('PL')).toBe('pl');
    expect(languageOf('qme')).toBe('und');
    expect(languageOf('zxx')).toBe('und');
    expect(languageOf('fr')).toBe('und');
    expect(languageOf(null)).toBe('und');
  });

  it('handles x.com, twitter.com and mobile.twitter.com only', () => {
    for (const url of ['https://x.com/home', 'https://twitter.com/a/status/1', 'https://mobile.twitter.com/a']) {
      expect(xAdapter.matchesUrl(new URL(url))).toBe(true);
    }
    for (const url of ['https://www.facebook.com/', 'https://x.com.evil.example/', 'https://notx.com/', 'file:///x.com']) {
      expect(xAdapter.matchesUrl(new URL(url))).toBe(false);
    }
  });

  it('reports all critical selectors as matched on a status page', () => {
    const checks = xAdapter.checkSelectors(loadFixture('x/reply-thread.de.html'));
    expect(checks.map((c) => c.name)).toEqual(['postRoot', 'permalinkTime', 'userName', 'tweetText']);
    expect(checks.every((c) => c.matched)).toBe(true);
  });

  it('reports the selector that stopped matching', () => {
    const doc = loadFixture('x/reply-thread.en.html');
    doc.querySelectorAll('[data-testid="tweetText"]').forEach((el) => el.setAttribute('data-testid', 'postText'));
    const checks = xAdapter.checkSelectors(doc);
    expect(checks.find((c) => c.name === 'tweetText')?.matched).toBe(false);
    expect(checks.find((c) => c.name === 'postRoot')?.matched).toBe(true);
  });

  it('reports nothing matched on a page without posts', () => {
    const doc = loadFixture('x/reply-thread.en.html');
    doc.querySelectorAll('article').forEach((el) => el.remove());
    expect(xAdapter.checkSelectors(doc).every((c) => !c.matched)).toBe(true);
  });
});
