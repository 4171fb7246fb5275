/**
 * DOM reading helpers shared by the site adapters: text as a person sees it, counts
 * as Meta and X show them in any interface language, declared languages, times and
 * links. No DOM globals: everything takes the nodes it reads.
 */
import { LANGUAGES, type DetectedLanguage } from '../schema';

/**
 * Text of every element matching `selector` in `root`, one per line (keeps word boundaries
 * between blocks). A single block is its text as it is, so that it can equal the text read in full.
 */
export function joinedText(root: Element, selector: string): string {
  const blocks = root.querySelectorAll(selector);
  if (blocks.length === 1) return blocks[0]!.textContent ?? '';
  let out = '';
  for (let i = 0; i < blocks.length; i++) out += `${blocks[i]!.textContent ?? ''}\n`;
  return out;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so lib/ needs no DOM globals. */
const FOLLOWING = 4;

/** Tags whose content is never text a person wrote. */
const SKIPPED_TAGS = new Set(['svg', 'SVG', 'STYLE', 'SCRIPT', 'TEMPLATE', 'VIDEO', 'NOSCRIPT', 'BUTTON']);

/**
 * The element's textContent when nothing in it matches `notPlain` (what would make the text a
 * person sees differ from it), else null. A content script pays for every node it touches (its
 * isolated world looks up each node's wrapper in a hash map; the page's own scripts do not), so
 * walking a post's text nodes cost it about twice what it costs the page (Chromium 150): plain
 * text, the common case, is read in one call.
 */
export function plainText(node: Node, notPlain: string): string | null {
  return node.nodeType === ELEMENT_NODE && (node as Element).querySelector(notPlain) === null ? (node.textContent ?? '') : null;
}

/** What makes an element's text differ from its textContent (see appendText). */
const NOT_PLAIN = 'img, br, svg, style, script, template, video, noscript, button, [role="button"]';

function isButton(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
}

function appendText(node: Node, out: string[], skip: ((el: Element) => boolean) | undefined): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push((child as Text).data.replace(/[ \t\n\r\f]+/g, ' '));
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'IMG') {
        const alt = el.getAttribute('alt');
        // Emoji images carry their character as alt; avatars and photos carry a sentence.
        if (alt && [...alt].length <= 4) out.push(alt);
      } else if (tag === 'BR') {
        out.push('\n');
      } else if (SKIPPED_TAGS.has(tag) || isButton(el) || (skip && skip(el))) {
        // Buttons inside text are "See more"/"Mehr ansehen" and "See translation": labels, not text.
      } else {
        appendText(el, out, skip);
      }
    }
  }
}

/**
 * The text an element shows, read from its text nodes: emoji images as their alt
 * character, <br> as "\n", links as their text, buttons left out. Whitespace is
 * collapsed as the browser renders it; `skip` leaves out further subtrees.
 */
export function readText(node: Node | null | undefined, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  const plain = skip ? null : plainText(node, NOT_PLAIN);
  const out: string[] = [];
  if (plain !== null) out.push(plain.replace(/[ \t\n\r\f]+/g, ' '));
  else appendText(node, out, skip);
  const joined = out.join('');
  if (!joined.includes('\n')) return joined.replace(/ {2,}/g, ' ').trim();
  return joined
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

const THOUSAND = new Set(['k', 'tsd', 't', 'tus', 'tys', 'tis']);
const MILLION = new Set(['m', 'mio', 'mln', 'mn']);
const BILLION = new Set(['b', 'bn', 'mrd', 'mia', 'md', 'mld']);

/**
 * The first count in a text as Meta shows it in any interface language: "12",
 * "1,234", "1.234", "1 234", "1.2K", "1,2 Tsd.", "12,3 tys.", "3 Mio.", "Gefällt 12 Mal",
 * "View all 3 replies". Null when the text has no number.
 */
export function parseCount(raw: string): number | null {
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const match = /(\d{1,3}(?:[.,' ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)(?:\s?([a-zA-Z\u00c0-\u024f]+)\b\.?)?/.exec(text);
  if (!match) return null;
  const numberPart = match[1] ?? '';
  const suffix = (match[2] ?? '').toLowerCase();
  let multiplier = 1;
  if (THOUSAND.has(suffix)) multiplier = 1_000;
  else if (MILLION.has(suffix)) multiplier = 1_000_000;
  else if (BILLION.has(suffix)) multiplier = 1_000_000_000;
  let value: number;
  if (multiplier > 1) {
    // "1,2 Tsd." / "1.2K": the last separator is the decimal point.
    value = Number.parseFloat(numberPart.replace(/[' ]/g, '').replace(',', '.'));
  } else {
    // Plain counts are whole numbers: every separator groups thousands.
    value = Number.parseInt(numberPart.replace(/[.,' ]/g, ''), 10);
  }
  if (!Number.isFinite(value)) return null;
  return Math.round(value * multiplier);
}

/** Whether an element's text contains a digit (read without building the whole string). */
export function hasDigit(el: Element): boolean {
  return /\d/.test(el.textContent ?? '');
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

/** The language the page declares for `el` ("de-DE" → "de"), looking no higher than `root`. */
export function languageOf(el: Element | null, root: Element): DetectedLanguage {
  const host = el?.closest('[lang]');
  if (!host || !root.contains(host)) return 'und';
  const primary = (host.getAttribute('lang') ?? '').split('-')[0]?.toLowerCase() ?? '';
  return LANGUAGE_SET.has(primary) ? (primary as DetectedLanguage) : 'und';
}

/** Epoch milliseconds from abbr[data-utime] (seconds) or time[datetime]; null otherwise. */
export function absoluteTimeOf(el: Element | null): number | null {
  if (!el) return null;
  const utime = el.getAttribute('data-utime');
  if (utime && /^\d+$/.test(utime)) return Number(utime) * 1000;
  const datetime = el.getAttribute('datetime');
  if (datetime) {
    const parsed = Date.parse(datetime);
    if (Number.isFinite(parsed)) return parsed;
  }
  return null;
}

/** What the adapters read from a link, parsed without URL objects (a page has thousands of links). */
export interface LinkParts {
  /** "https://www.facebook.com", lower case. */
  origin: string;
  /** Path as written, still percent-encoded, e.g. "/photo/". */
  path: string;
  /** Query parameters, values decoded; the first of repeated names wins. */
  params: ReadonlyMap<string, string>;
}

const ABSOLUTE_URL = /^(https?:\/\/[^/?#]+)([^?#]*)(?:\?([^#]*))?/i;
const ROOTED_URL = /^(\/[^?#]*)(?:\?([^#]*))?/;
let lastBase = '';
let lastBaseOrigin = '';

function originOf(base: string): string {
  if (base !== lastBase) {
    lastBase = base;
    lastBaseOrigin = (ABSOLUTE_URL.exec(base)?.[1] ?? '').toLowerCase();
  }
  return lastBaseOrigin;
}

function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  if (!query) return params;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    let value = eq < 0 ? '' : pair.slice(eq + 1);
    if (value.includes('%') || value.includes('+')) {
      try {
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // Keep the raw value: a malformed escape is not worth dropping the link for.
      }
    }
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** Parses an href as the page resolves it against `base` (the page URL). Null for no or odd hrefs. */
export function linkParts(href: string | null, base: string): LinkParts | null {
  if (!href) return null;
  const absolute = ABSOLUTE_URL.exec(href);
  if (absolute) {
    return { origin: (absolute[1] ?? '').toLowerCase(), path: absolute[2] || '/', params: parseQuery(absolute[3] ?? '') };
  }
  if (href.startsWith('/') && !href.startsWith('//')) {
    const rooted = ROOTED_URL.exec(href);
    const origin = originOf(base);
    if (rooted && origin) return { origin, path: rooted[1] ?? '/', params: parseQuery(rooted[2] ?? '') };
  }
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return { origin: url.origin, path: url.pathname, params: parseQuery(url.search.slice(1)) };
  } catch {
    return null;
  }
}
