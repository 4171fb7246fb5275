/**
 * Reading an article (news story, blog post, forum thread) out of a page with Mozilla's
 * Readability, for "Capture this page". Runs inside the page (entrypoints/capture.ts) on the
 * live document, which it never changes: Readability works on a clone. Pure on its input, so
 * the tests run it on saved pages. Brand mentions and risk are added by the background
 * (lib/capture/snapshot.ts), which keeps the risk model out of the page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';

/** What the page part hands to the background: plain data, so it survives the trip out of the page. */
export interface PageArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string;
  text: string;
  /** The page's declared language (html lang or Readability's), as written; null when it declares none. */
  lang: string | null;
}

export type PageArticleResult = { ok: true; article: PageArticle } | { ok: false; error: string };

/** The ArticleSnapshot schema's caps (lib/schema.ts). */
export const ARTICLE_LIMITS = { url: 4000, title: 1000, byline: 500, siteName: 300, publishedTime: 100, excerpt: 5000, text: 500_000 } as const;

/**
 * Below this much running text a page Readability itself doubts (isProbablyReaderable) is
 * refused: a login form, a search page or a feed gives a few stray lines, not an article.
 */
const MIN_TEXT_UNLIKELY_PAGE = 500;
/** Below this much text nothing is an article, whatever the page looks like. */
const MIN_TEXT = 140;

export const refusal = (reason: string): PageArticleResult => ({ ok: false, error: `Keel could not find an article on this page: ${reason}` });

export function readArticle(doc: Document, url: string): PageArticleResult {
  if (!doc.body || !doc.documentElement) return refusal('it is not an HTML page (a PDF, an image or a browser page has no article to read).');
  // Readability's own quick test; a page it doubts must at least give a long text to count.
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands back Readability's cleaned element instead of an HTML string:
    // the text is read from its nodes, and the page's markup is never parsed again.
    parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch (error) {
    return refusal(`Readability failed on it (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!parsed?.content) return refusal('Readability found no main text on it.');
  const text = cap(textOf(parsed.content), ARTICLE_LIMITS.text);
  if (text.length < MIN_TEXT || (!readerable && text.length < MIN_TEXT_UNLIKELY_PAGE)) {
    return refusal(`its main text is only ${text.length} characters long; it looks like a form, a list or a feed rather than an article.`);
  }
  const title = clean(parsed.title) ?? clean(doc.title) ?? url;
  return {
    ok: true,
    article: {
      url: cap(url, ARTICLE_LIMITS.url),
      title: cap(title, ARTICLE_LIMITS.title),
      byline: capOrNull(clean(parsed.byline), ARTICLE_LIMITS.byline),
      siteName: capOrNull(clean(parsed.siteName), ARTICLE_LIMITS.siteName),
      publishedTime: capOrNull(clean(parsed.publishedTime) ?? publishedTimeOf(doc), ARTICLE_LIMITS.publishedTime),
      excerpt: cap(clean(parsed.excerpt) ?? '', ARTICLE_LIMITS.excerpt),
      text,
      lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
    },
  };
}

/** Elements whose start and end break the text into paragraphs. */
const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE TABLE TR TD TH FIGURE FIGCAPTION HEADER FOOTER ASIDE DL DT DD HR'.split(' '),
);

/** The text of an element with a blank line between blocks (textContent runs paragraphs together). */
export function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return normaliseText(parts.join(''));
}

/** Spaces collapsed within lines, lines trimmed, at most one blank line between paragraphs. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .replace(/[ \t\f\v\r]+/gu, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * The published time when Readability found none: the Open Graph article tag, schema.org's
 * datePublished (microdata or JSON-LD, also inside @graph), else the first time[datetime] of
 * the article. Checked against the mozilla/readability test pages and news sites' markup
 * (tests/fixtures/articles/SOURCES.md).
 */
export function publishedTimeOf(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = clean(meta?.getAttribute('content'));
  if (fromMeta) return fromMeta;
  const micro = doc.querySelector('[itemprop="datePublished"][datetime]');
  if (micro) return clean(micro.getAttribute('datetime'));
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = jsonLdDate(script.textContent ?? '');
    if (found) return found;
  }
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return clean(time?.getAttribute('datetime'));
}

function jsonLdDate(source: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return null;
  }
  // Breadth-first over objects and arrays (@graph, lists of items), a bounded number of nodes.
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length > 0 && seen < 500; seen++) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const value = (node as Record<string, unknown>).datePublished;
      if (typeof value === 'string' && value.trim()) return value.trim();
      queue.push(...Object.values(node as Record<string, unknown>).filter((v) => v && typeof v === 'object'));
    }
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/gu, ' ').trim();
  return trimmed ? trimmed : null;
}

const cap = (value: string, max: number): string => (value.length > max ? value.slice(0, max) : value);
const capOrNull = (value: string | null, max: number): string | null => (value === null ? null : cap(value, max));
