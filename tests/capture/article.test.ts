/**
 * Reading articles out of real pages: Mozilla Readability's own test pages (news and a blog,
 * tests/fixtures/articles/SOURCES.md), a news story about the demo brand, and a sign-in page
 * that is no article and must be refused.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedTimeOf, readArticle, type PageArticleResult } from '../../lib/capture/article';
import { articleSnapshot, languageOf, parsePageArticleResult } from '../../lib/capture/snapshot';
import { compileBrandMatcher } from '../../lib/brand';
import { assessRisk, detectLanguage } from '../../lib/risk';
import { DEFAULT_SETTINGS, type BrandProfile } from '../../lib/schema';

const DIR = join(import.meta.dirname, '../fixtures/articles');
// jsdom parses each page's stylesheets: a big page takes seconds on a busy machine.
const SLOW = 60_000;

function page(name: string, url = `https://www.example.test/${name}.html`): { doc: Document; url: string } {
  const html = readFileSync(join(DIR, name, 'source.html'), 'utf8');
  return { doc: new JSDOM(html, { url }).window.document, url };
}

function read(name: string): PageArticleResult {
  const { doc, url } = page(name);
  return readArticle(doc, url);
}

const profile = (names: string[]): BrandProfile => ({ ...DEFAULT_SETTINGS.brand, names });
const tools = (names: string[]) => ({ matcher: compileBrandMatcher(profile(names)), assessRisk, detectLanguage });

describe.each([
  { name: 'heise', brand: '1Password', language: 'de' },
  // Readability finds no time here; the article's own <time datetime> gives it (publishedTimeOf).
  { name: 'ars-1', brand: 'Minecraft', language: 'en', publishedTime: '2015-04-16T20:02:01+00:00' },
  { name: 'wordpress', brand: 'Stack Overflow', language: 'en' },
  { name: 'bbc-1', brand: 'Obama', language: 'en' },
])('$name', ({ name, brand, language, publishedTime }: { name: string; brand: string; language: string; publishedTime?: string }) => {
  it(
    'reads the metadata Readability expects, the text in paragraphs, and the brand mentions in it',
    () => {
      const expected = JSON.parse(readFileSync(join(DIR, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
      const { doc, url } = page(name);
      const before = doc.documentElement.outerHTML;
      const result = readArticle(doc, url);
      // Read only: the page's own document is left as it was.
      expect(doc.documentElement.outerHTML).toBe(before);
      if (!result.ok) throw new Error(result.error);
      const { article } = result;
      expect(article.url).toBe(url);
      expect(article.title).toBe(expected.title);
      expect(article.byline).toBe(expected.byline);
      expect(article.siteName).toBe(expected.siteName);
      expect(article.publishedTime).toBe(publishedTime ?? expected.publishedTime);
      expect(article.excerpt).toBe(expected.excerpt?.replace(/\s+/g, ' ').trim());
      // Paragraphs stay apart; spaces are collapsed.
      expect(article.text).toMatch(/\S\n\n\S/);
      expect(article.text).not.toMatch(/ {2}|\n{3}|\t/);
      expect(article.text.length).toBeGreaterThan(1000);

      const snapshot = articleSnapshot(result, tools([brand]));
      expect(snapshot.kind).toBe('article');
      expect(snapshot.language).toBe(language);
      expect(snapshot.matches.length).toBeGreaterThan(0);
      for (const m of snapshot.matches) expect(snapshot.text.slice(m.span[0], m.span[1]).toLowerCase()).toContain(brand.toLowerCase().split(' ')[0]);
      expect(snapshot.risk).not.toBeNull();
      // A brand the page never names is not found.
      expect(articleSnapshot(result, tools(['Fjordlys'])).matches).toEqual([]);
    },
    SLOW,
  );
});

describe('the news story about the demo brand', () => {
  it('reads headline, reporter, site, time from the page and finds the brand, its product and hashtag', () => {
    const result = read('news-nordlicht-recall');
    if (!result.ok) throw new Error(result.error);
    expect(result.article).toMatchObject({
      title: 'Nordlicht Coffee recalls Cold Brew cans after customers report swelling',
      byline: 'Edda Marquardt',
      siteName: 'Harbour Ledger',
      publishedTime: '2026-12-05T07:40:00+01:00',
      lang: 'en-GB',
    });
    expect(result.article.text).toContain('Refunds in stores and by post\n\nCustomers can return');
    expect(result.article.text).not.toContain('Most read');
    expect(result.article.text).not.toContain('Sign in');
    const matcher = compileBrandMatcher({ ...DEFAULT_SETTINGS.brand, names: ['Nordlicht Coffee', 'Nordlicht'], products: ['Polarstern'], hashtags: ['#nordlicht'] });
    const snapshot = articleSnapshot(result, { matcher, assessRisk, detectLanguage });
    expect(snapshot.language).toBe('en');
    const kinds = new Set(snapshot.matches.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['name', 'product', 'hashtag']));
    // A recall with sick customers is a product-safety story: the engine says more than low.
    expect(snapshot.risk?.level).not.toBe('low');
  });
});

describe('pages that are not articles', () => {
  it('refuses a sign-in page with a message that says so', () => {
    const result = read('not-an-article');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^Keel could not find an article on this page: /);
    expect(() => articleSnapshot(result, tools(['Harbour Ledger']))).toThrow(/could not find an article/);
  });

  it('refuses an empty page and a page of a few words', () => {
    for (const html of ['<html><body></body></html>', '<html><body><p>Loading…</p></body></html>']) {
      const doc = new JSDOM(html).window.document;
      const result = readArticle(doc, 'https://www.example.test/');
      expect(result.ok).toBe(false);
    }
  });
});

describe('published time when Readability has none', () => {
  const doc = (head: string, body = '') => new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`).window.document;
  it('takes the Open Graph tag, then microdata, then JSON-LD (also in @graph), then the article time', () => {
    expect(publishedTimeOf(doc('<meta property="article:published_time" content="2026-01-02T03:04:05Z">'))).toBe('2026-01-02T03:04:05Z');
    expect(publishedTimeOf(doc('', '<span itemprop="datePublished" datetime="2026-02-03">3 Feb</span>'))).toBe('2026-02-03');
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2026-03-04T05:06:07+01:00' }] });
    expect(publishedTimeOf(doc(`<script type="application/ld+json">${graph}</script>`))).toBe('2026-03-04T05:06:07+01:00');
    expect(publishedTimeOf(doc('<script type="application/ld+json">{not json</script>', '<article><time datetime="2026-04-05">5 April</time></article>'))).toBe('2026-04-05');
    expect(publishedTimeOf(doc(''))).toBeNull();
  });
});

describe('what comes back from the page', () => {
  it('is checked: a wrong shape becomes a refusal naming the field', () => {
    const bad = parsePageArticleResult({ ok: true, article: { url: 'https://a.test/', title: 7 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/title/);
    expect(parsePageArticleResult({ ok: false, error: 'Keel could not find an article on this page: x' })).toEqual({
      ok: false,
      error: 'Keel could not find an article on this page: x',
    });
  });

  it('maps declared languages to the ones Keel scores in', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('en_us')).toBe('en');
    expect(languageOf('fr')).toBe('und');
    expect(languageOf(null)).toBe('und');
  });
});
