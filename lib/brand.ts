/**
 * Finds mentions of the user's brand in post text.
 *
 * The profile is compiled once per settings change into tries of folded terms (one for
 * brand terms, one for spaceless spellings of multi-word terms after # or @, one for
 * exclude phrases). Matching folds the text first: lower-cased,
 * compatibility-decomposed (NFKD), combining marks and invisible format characters
 * removed, and a few letters that do not decompose spelled out (ł→l, ø→o, æ→ae, ß→ss,
 * đ→d …). Each folded code unit remembers which original code units it came from, so
 * spans always point into the text the page showed. The tries are walked from every
 * word start, so the cost is linear in the text and nearly independent of the number of
 * terms. (One regular expression for all terms was tried: with the schema's 900 terms it
 * is too large for V8 to compile to native code and ran several times slower.) Terms
 * never become regular-expression source, so nothing in them needs escaping.
 *
 * Rules, in short:
 * - Word characters are Unicode letters, numbers and "_". A term only matches when it is
 *   not glued to other word characters ("Nordlichter" is not "Nordlicht"). Letters of
 *   scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) do not count
 *   as glue, so "Nordlichtのコーヒー" matches; a term that itself starts or ends in such
 *   a script matches without a boundary on that side.
 * - Names, aliases and products also match inflected: possessives and genitives
 *   ("Nordlicht's", "Nordlichts", "Fjordlys'"), Polish case endings ("Fjordlysa",
 *   "Nordlichcie") and, for products, Danish definite forms ("Polarsternen"); the rules
 *   and their sources are in brand-inflection.ts. The span covers the whole inflected
 *   word. BrandProfile.noInflection switches a term's endings off but the apostrophe ones.
 *   Hyphenated endings ("Nordlicht-u", "Nordlicht-Kaffee") match the term alone because
 *   "-" is not a word character.
 * - Multi-word terms match across any run of whitespace.
 * - Handles match with or without "@" (both are kind 'handle'); a handle followed by
 *   ".word" is a different handle. Hashtags match only with "#".
 * - A name inside a hashtag or handle of exactly that name matches as the name
 *   ("#nordlicht" → name "Nordlicht"; "#nordlichtcoffee" → name "Nordlicht Coffee"),
 *   unless the profile lists that hashtag or handle, which then wins as the longer match.
 * - Nothing inside a URL (with scheme, www., or a bare domain such as nordlicht.de) or
 *   an email address matches.
 * - Exclude phrases suppress every match they overlap, and nothing else.
 * - Overlapping matches are resolved longest first; results are ordered by position.
 */
import { inflectedForms } from './brand-inflection';
import type { BrandMatch, BrandProfile } from './schema';

/** Caps from the schema, applied again here because callers may hand in unparsed data. */
export const MAX_TERMS_PER_LIST = 200;
export const MAX_HANDLES = 50;
export const MAX_HASHTAGS = 50;
export const MAX_TERM_LENGTH = 100;

export type BrandMatchKind = BrandMatch['kind'];

export interface BrandMatcher {
  /** True when the profile has no names, aliases, handles, hashtags or products. */
  readonly isEmpty: boolean;
  /** Every brand mention in `text`, ordered by position, without overlaps. */
  match(text: string): BrandMatch[];
}

// ---------------------------------------------------------------------------------------
// Folding

/** Letters that NFKD leaves alone but people type interchangeably with their base letter. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  // Greek final sigma is the same letter as σ; lower-casing one code point cannot know that.
  ς: 'σ',
  // Apostrophe look-alikes, so "Nordlicht’s" reads like "Nordlicht's".
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u00b4': "'",
  // Hyphen look-alikes.
  '\u2010': '-',
  '\u2011': '-',
};

const COMBINING_MARK = /^\p{M}$/u;
const COMBINING_MARKS = /\p{M}/gu;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** null marks a combining mark: it folds to nothing and belongs to the preceding letter. */
function computeFold(cp: number): string | null {
  const ch = String.fromCodePoint(cp);
  if (COMBINING_MARK.test(ch)) return null;
  // Soft hyphens, zero-width spaces and joiners hide inside words ("Nord\u00adlicht").
  if (IGNORABLE.test(ch)) return '';
  const lower = ch.toLowerCase();
  const direct = SPELLED_OUT[lower];
  if (direct !== undefined) return direct;
  const decomposed = lower.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  let folded = '';
  for (const part of decomposed) folded += SPELLED_OUT[part] ?? part;
  return folded;
}

/**
 * BMP code units that fold to exactly one code unit: folded unit + 1; -1 when the fold is
 * anything else (a mark, nothing, several units); 0 not yet computed.
 */
const SINGLE_FOLD = new Int32Array(0x10000);
/** Folds that are not a single code unit, and every astral code point. */
const OTHER_FOLDS = new Map<number, string | null>();

function foldCodePoint(cp: number): string | null {
  let folded = OTHER_FOLDS.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp);
    // Bounded so hostile text with many distinct astral characters cannot grow it without end.
    if (OTHER_FOLDS.size < 50_000) OTHER_FOLDS.set(cp, folded);
  }
  return folded;
}

function singleFold(c: number): number {
  const known = SINGLE_FOLD[c] as number;
  if (known !== 0) return known;
  // Lone surrogates are never looked up here; callers handle surrogate pairs first.
  const folded = computeFold(c);
  const value = folded !== null && folded.length === 1 ? folded.charCodeAt(0) + 1 : -1;
  SINGLE_FOLD[c] = value;
  if (value === -1) OTHER_FOLDS.set(c, folded);
  return value;
}

interface Folded {
  /** The folded text. */
  text: string;
  /**
   * For each folded code unit, the original [start, end) it came from (a letter and its
   * combining marks form one unit). Null when folding kept every offset.
   */
  starts: Int32Array | null;
  ends: Int32Array | null;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A non-ASCII code unit, or a surrogate pair (one astral character: "𝐍" folds to "n"). */
const NON_ASCII_CHARS = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;

/** One character's fold for the quick test; a lone surrogate folds to itself, as in fold(). */
function foldedChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1) {
    if (c >= 0xd800 && c <= 0xdfff) return ch;
    const single = singleFold(c);
    if (single > 0) return String.fromCharCode(single - 1);
  }
  return foldCodePoint(ch.length === 1 ? c : (ch.codePointAt(0) as number)) ?? '';
}

/**
 * The text with only its non-ASCII characters folded: ASCII letters keep their case (the
 * caller searches without case). Holds an ASCII anchor exactly when fold(text) does, since
 * folding works character by character.
 */
function foldNonAscii(text: string): string {
  return text.replace(NON_ASCII_CHARS, foldedChar);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function grow<T extends Uint16Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let k = 0; k < length; k += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return out;
}

function fold(text: string): Folded {
  // Most posts are ASCII: lower-casing is the whole fold and keeps every offset.
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), starts: null, ends: null };
  const n = text.length;
  let codes = new Uint16Array(n + 4);
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  let len = 0;
  // Where the output of the most recent base character begins, so marks can extend it.
  let clusterOut = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let single = -1;
    if (c < 0x80) single = c >= 65 && c <= 90 ? c + 33 : c + 1;
    else if (c < 0xd800 || c > 0xdfff) single = singleFold(c);
    if (single > 0) {
      codes[len] = single - 1;
      if (starts !== null && ends !== null) {
        starts[len] = i;
        ends[len] = i + 1;
      }
      clusterOut = len;
      len++;
      i++;
      continue;
    }
    let width = 1;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      }
    }
    const folded = foldCodePoint(cp);
    if (starts === null || ends === null) {
      // First fold that is not one unit for one unit: from here on offsets are recorded.
      starts = new Int32Array(codes.length);
      ends = new Int32Array(codes.length);
      for (let k = 0; k < len; k++) {
        starts[k] = k;
        ends[k] = k + 1;
      }
    }
    if (folded === null) {
      for (let k = clusterOut; k < len; k++) ends[k] = i + width;
    } else {
      if (len + folded.length > codes.length) {
        codes = grow(codes, len + folded.length + (n - i));
        starts = grow(starts, codes.length);
        ends = grow(ends, codes.length);
      }
      clusterOut = len;
      for (let k = 0; k < folded.length; k++) {
        codes[len] = folded.charCodeAt(k);
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  return { text: codesToString(codes, len), starts, ends };
}

/** Text folded for matching: case, diacritics, compatibility forms and look-alike letters. */
export function foldText(text: string): string {
  return fold(text).text;
}

/** The folded form of a profile term, with whitespace runs reduced to one space. */
export function foldTerm(term: string): string {
  return foldText(term).replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Canonical forms

/** "@NordlichtCoffee", "nordlichtcoffee " → "@NordlichtCoffee", "@nordlichtcoffee". */
export function canonicalHandle(handle: string): string {
  return '@' + handle.trim().replace(/^@+/u, '');
}

/** "nordlicht", "##Nordlicht" → "#nordlicht", "#Nordlicht". */
export function canonicalHashtag(hashtag: string): string {
  return '#' + hashtag.trim().replace(/^#+/u, '');
}

// ---------------------------------------------------------------------------------------
// Character classes

/** Scripts written without spaces between words: their letters are not glue for a boundary. */
const NO_SPACE_SCRIPT = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;
const LETTER_NUMBER = /^[\p{L}\p{N}_]$/u;

/** Per code point: 1 word character, 2 not, 0 not yet computed (BMP); astral in a map. */
const WORD_BMP = new Uint8Array(0x10000);
const WORD_ASTRAL = new Map<number, boolean>();

function computeIsWord(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return LETTER_NUMBER.test(ch) && !NO_SPACE_SCRIPT.test(ch);
}

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let known = WORD_BMP[cp] as number;
    if (known === 0) {
      known = computeIsWord(cp) ? 1 : 2;
      WORD_BMP[cp] = known;
    }
    return known === 1;
  }
  let known = WORD_ASTRAL.get(cp);
  if (known === undefined) {
    known = computeIsWord(cp);
    if (WORD_ASTRAL.size < 50_000) WORD_ASTRAL.set(cp, known);
  }
  return known;
}

function isNoSpaceCodePoint(cp: number): boolean {
  return NO_SPACE_SCRIPT.test(String.fromCodePoint(cp));
}

/** Whitespace as the `\s` of regular expressions, by code unit. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function codePointAt(f: string, p: number): number {
  const c = f.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < f.length) {
    const d = f.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends right before position p (0 at the start). */
function codePointBefore(f: string, p: number): number {
  if (p <= 0) return 0;
  const c = f.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const h = f.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether a word character starts at folded position p. */
function wordAt(f: string, p: number): boolean {
  if (p >= f.length) return false;
  const c = f.charCodeAt(p);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  return isWordCodePoint(codePointAt(f, p));
}

/** Whether a word character ends right before folded position p. */
function wordBefore(f: string, p: number): boolean {
  if (p <= 0) return false;
  const c = f.charCodeAt(p - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  return isWordCodePoint(codePointBefore(f, p));
}

// ---------------------------------------------------------------------------------------
// Tries

/** What must (not) follow the end of a term. */
type Tail =
  | 'none' // the term ends in punctuation ("C++") or a spaceless script
  | 'word' // no word character follows
  | 'handle'; // as 'word', and not ".word" either: "@nordlicht.coffee" is another handle

interface TermInfo {
  term: string;
  kind: BrandMatchKind;
}

interface TrieEnd {
  info: TermInfo;
  tail: Tail;
  /** False for an inflected form: the term as written wins over another term's ending. */
  exact: boolean;
}

interface TrieNode {
  /** Children by code unit; null on a leaf (most nodes of inflected forms are leaves). */
  next: Map<number, TrieNode> | null;
  /** The edge for a run of whitespace (a space in the folded term). */
  space: TrieNode | null;
  end: TrieEnd | null;
}

function newNode(): TrieNode {
  return { next: null, space: null, end: null };
}

class Trie {
  readonly root = newNode();
  /** For every key added, the part of it that every text holding the key holds (folded). */
  readonly keys: string[] = [];
  /** First code units of terms, for a quick skip of positions where nothing can start. */
  readonly first = new Uint8Array(0x10000);
  size = 0;

  /**
   * Adds a folded key; of two terms with the same key, an exact one beats an inflected
   * form, then the kind with priority stays. `anchor` is a prefix of the key that the quick
   * rejection searches for instead (an inflected form's unchanged stem).
   */
  add(key: string, info: TermInfo, tail: Tail, anchor = key, exact = true): void {
    this.keys.push(anchor);
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if (c === 0x20) {
        node.space ??= newNode();
        node = node.space;
        continue;
      }
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
      }
      node = child;
    }
    const last = codePointBefore(key, key.length);
    const effectiveTail = isWordCodePoint(last) ? tail : 'none';
    const existing = node.end;
    if (existing && existing.exact !== exact) {
      if (existing.exact) return;
    } else if (existing && KIND_PRIORITY[existing.info.kind] <= KIND_PRIORITY[info.kind]) return;
    if (!existing) this.size++;
    node.end = { info, tail: effectiveTail, exact };
    this.first[key.charCodeAt(0)] = 1;
  }
}

function tailHolds(tail: Tail, f: string, p: number): boolean {
  switch (tail) {
    case 'none':
      return true;
    case 'word':
      return !wordAt(f, p);
    case 'handle':
      return !wordAt(f, p) && !(f.charCodeAt(p) === 0x2e && wordAt(f, p + 1));
  }
}

/** The longest term of `trie` starting at p whose tail holds, as [end, info], or null. */
function longestAt(trie: Trie, f: string, p: number): [number, TermInfo] | null {
  let node: TrieNode = trie.root;
  let best: [number, TermInfo] | null = null;
  const length = f.length;
  let q = p;
  for (;;) {
    if (node.end !== null && tailHolds(node.end.tail, f, q)) best = [q, node.end.info];
    if (q >= length) break;
    const c = f.charCodeAt(q);
    if (node.space !== null && isSpace(c)) {
      q++;
      while (q < length && isSpace(f.charCodeAt(q))) q++;
      node = node.space;
      continue;
    }
    const child = node.next?.get(c);
    if (child === undefined) break;
    node = child;
    q++;
  }
  return best;
}

/** Whether a term may start at p: no word character glued on before it. */
function startAllowed(f: string, p: number): boolean {
  if (!wordBefore(f, p)) return true;
  const c = f.charCodeAt(p);
  // A term starting in a spaceless script needs no boundary before it.
  return c >= 0x80 && isNoSpaceCodePoint(codePointAt(f, p));
}

// ---------------------------------------------------------------------------------------
// URLs and email addresses

/** Top-level domains recognised in bare domains besides any two-letter country code. */
const GENERIC_TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'mil', 'int', 'app', 'dev', 'shop', 'store',
  'online', 'site', 'website', 'xyz', 'blog', 'news', 'coffee', 'cafe', 'club', 'top', 'page',
  'link', 'live', 'life', 'world', 'today', 'tech', 'cloud', 'email', 'social', 'media', 'digital',
  'agency', 'studio', 'design', 'company', 'global', 'eco', 'green', 'berlin', 'hamburg', 'koeln',
  'wien', 'swiss', 'nrw', 'bayern', 'eus', 'cat', 'mobi', 'name', 'pro', 'travel', 'museum', 'jobs',
  'tel', 'asia', 'fun', 'space', 'art', 'wiki', 'group', 'team', 'bio', 'menu', 'restaurant',
  'bar', 'pub', 'wine', 'beer', 'fashion', 'beauty', 'health', 'care', 'money', 'bank', 'insure',
].sort((a, b) => b.length - a.length);

/**
 * Two-letter endings that are also everyday words ("love it.so good"): a bare domain with
 * one of these counts only when a path follows.
 */
const WORDLIKE_TLDS = new Set([
  'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my',
  'no', 'of', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'da', 'du', 'er', 'es', 'im', 'ja',
  'ob', 'um', 'wo', 'zu', 'af', 'en', 'et', 'og', 'om', 'na', 'od', 'po', 'za', 'ze', 'je',
]);

/** Regex source of the link forms, for a class body of letters and digits. */
function linkSource(LN: string): string {
  // Quantifiers are bounded so a long run of letters cannot make the scan quadratic.
  return [
    // scheme://…
    `(?<![${LN}])[a-z][a-z0-9+.\\-]{0,20}:\\/\\/\\S*`,
    // local@domain.tld
    `(?<![${LN}._%+\\-])[${LN}_][${LN}._%+\\-]{0,63}@[${LN}](?:[${LN}\\-]{0,62}\\.){1,8}[${LN}\\-]{1,63}`,
    // www.…
    `(?<![${LN}_.\\-])www\\.\\S+`,
    // bare domain with optional port/path: nordlicht.de, example.com/nordlicht-review
    `(?<![${LN}_@.\\-])(?:[${LN}](?:[${LN}\\-]{0,61}[${LN}])?\\.){1,8}(${GENERIC_TLDS.join('|')}|[a-z]{2})(?![${LN}_\\-])([:/?#]\\S*)?`,
  ].join('|');
}

/** The letters and digits (\p{L}, \p{N}) below U+0250, as a class body. */
function latinLetterDigitClass(): string {
  const test = /[\p{L}\p{N}]/u;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let body = '';
  for (let c = 0; c < 0x250; c++) {
    if (!test.test(String.fromCharCode(c))) continue;
    let end = c;
    while (end + 1 < 0x250 && test.test(String.fromCharCode(end + 1))) end++;
    body += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return body;
}

/**
 * The link expression, built on first use (most pages never meet a link next to the brand's
 * name) in two forms: with \p{L} and \p{N}, for any token, and with the same characters below
 * U+0250 listed as ranges, for tokens of Latin characters only, the common case. The first
 * takes several milliseconds to compile in the page (measured in Chromium 150), the second a
 * tenth of one.
 */
let linkFull: RegExp | null = null;
let linkLatin: RegExp | null = null;
const BEYOND_LATIN = /[^\x00-\u024f]/;

/** [start, end) ranges of URLs and email addresses in a whitespace-free token, relative to it. */
export function findLinks(token: string, options: { latinShortcut?: boolean } = {}): number[] {
  const ranges: number[] = [];
  // Every link form contains a dot or "://".
  if (!token.includes('.') && !token.includes(':')) return ranges;
  const link =
    options.latinShortcut === false || BEYOND_LATIN.test(token)
      ? (linkFull ??= new RegExp(linkSource('\\p{L}\\p{N}'), 'gu'))
      : (linkLatin ??= new RegExp(linkSource(latinLetterDigitClass()), 'g'));
  link.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = link.exec(token)) !== null) {
    const tld = m[1];
    const path = m[2];
    // "shop.nordlicht.at" is a domain; "love it.so good" is a missing space.
    const oneDot = m[0].indexOf('.') === m[0].lastIndexOf('.');
    if (tld === undefined || path !== undefined || !oneDot || !WORDLIKE_TLDS.has(tld)) {
      ranges.push(m.index, m.index + m[0].length);
    } else {
      link.lastIndex = m.index + 1;
    }
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------
// Compiling and matching

/**
 * Among terms with the same folded text, the kind with the lower number is reported: a
 * bare "nordlicht" is the name even when "@nordlicht" is also a handle.
 */
const KIND_PRIORITY: Record<BrandMatchKind, number> = { name: 0, alias: 1, product: 2, handle: 3, hashtag: 4 };

function cleanList(list: readonly unknown[] | undefined, max: number): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list.slice(0, max)) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim();
    // One character of room for the "@" or "#" of handles and hashtags.
    if (trimmed.length === 0 || trimmed.length > MAX_TERM_LENGTH + 1) continue;
    out.push(trimmed);
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  info: TermInfo;
}

function better(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la > lb || (la === lb && a.start < b.start);
}

/** Keeps the longest of overlapping candidates (earlier first on ties). Input is ordered by start. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let i = 0;
  while (i < cands.length) {
    // A group of candidates chained by overlap; usually one or two.
    const group: Candidate[] = [cands[i] as Candidate];
    let groupEnd = (cands[i] as Candidate).end;
    i++;
    while (i < cands.length && (cands[i] as Candidate).start < groupEnd) {
      const c = cands[i] as Candidate;
      group.push(c);
      if (c.end > groupEnd) groupEnd = c.end;
      i++;
    }
    if (group.length === 1) {
      kept.push(group[0] as Candidate);
      continue;
    }
    group.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    const chosen: Candidate[] = [];
    for (const c of group) {
      if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
    }
    chosen.sort((a, b) => a.start - b.start);
    kept.push(...chosen);
  }
  return kept;
}

/** Merges [start, end) pairs into disjoint ranges ordered by start. */
function mergeRanges(pairs: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < pairs.length; k += 2) ranges.push([pairs[k] as number, pairs[k + 1] as number]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Drops candidates (ordered by start) that overlap any blocked range. */
function withoutBlocked(cands: readonly Candidate[], blocked: ReadonlyArray<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  let j = 0;
  for (const c of cands) {
    while (j < blocked.length && (blocked[j] as [number, number])[1] <= c.start) j++;
    const r = blocked[j];
    if (r === undefined || r[0] >= c.end) out.push(c);
  }
  return out;
}

/** Link ranges (folded offsets) in the whitespace-delimited tokens that the candidates touch. */
function linksAround(folded: Folded, cands: readonly Candidate[]): number[] {
  const f = folded.text;
  const length = f.length;
  const ranges: number[] = [];
  let scannedUpTo = 0;
  for (const c of cands) {
    let from = Math.max(c.start, scannedUpTo);
    if (from >= c.end) continue;
    while (from > scannedUpTo && !isSpace(f.charCodeAt(from - 1))) from--;
    let to = c.end;
    while (to < length && !isSpace(f.charCodeAt(to))) to++;
    // Tokens in [from, to): each is scanned once, even when several candidates touch it.
    let k = from;
    while (k < to) {
      while (k < to && isSpace(f.charCodeAt(k))) k++;
      let e = k;
      while (e < to && !isSpace(f.charCodeAt(e))) e++;
      if (e > k) {
        const found = findLinks(f.slice(k, e));
        for (let r = 0; r < found.length; r++) ranges.push((found[r] as number) + k);
      }
      k = e;
    }
    scannedUpTo = to;
  }
  return ranges;
}

/** More anchors than this and searching for each costs more than folding the text. */
const MAX_ANCHORS = 48;

/**
 * For each folded key, its longest run without spaces (a space in a key matches any run of
 * whitespace, so only the run is sure to appear as it is): a text holds an ASCII key after
 * folding only if its lower-cased form holds the run, or it has characters that fold into
 * ASCII. Null (no shortcut) when a key is not ASCII (other characters fold into its letters:
 * й into и) or when there are too many keys to be worth it.
 */
function quickAnchors(keys: readonly string[]): string[] | null {
  const anchors = new Set<string>();
  for (const key of keys) {
    if (NON_ASCII.test(key)) return null;
    let best = '';
    for (const run of key.split(' ')) if (run.length > best.length) best = run;
    if (best.length === 0) return null;
    anchors.add(best);
    // A term brings at most four distinct anchors (see below): past this, no shortcut.
    if (anchors.size > MAX_ANCHORS * 4) return null;
  }
  // A text holding "nordlicht" holds "nordlich" (the stem of "nordlichcie"): the shorter
  // anchor alone decides, which keeps one anchor per term however many forms it has. Each term
  // brings at most four distinct anchors (the term, its spaceless spelling, stems without one
  // or two letters), so past four times the cap no reduction gets under it (and comparing every
  // pair of a full profile's anchors cost its compile 100 ms).
  const sorted = [...anchors].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const anchor of sorted) if (!kept.some((k) => anchor.includes(k))) kept.push(anchor);
  return kept.length <= MAX_ANCHORS ? kept : null;
}

/** Compiles the profile. Call once per settings change and reuse the matcher for every post. */
export function compileBrandMatcher(profile: BrandProfile, options: { shortcut?: boolean } = {}): BrandMatcher {
  const terms = new Trie();
  // Multi-word terms written without spaces after # or @: "#nordlichtcoffee".
  const joined = new Trie();
  const excludes = new Trie();

  const wordKinds: Array<[BrandMatchKind, readonly string[] | undefined]> = [
    ['name', profile.names],
    ['alias', profile.aliases],
    ['product', profile.products],
  ];
  const exact = new Set(cleanList(profile.noInflection, MAX_TERMS_PER_LIST).map(foldTerm));
  for (const [kind, list] of wordKinds) {
    for (const term of cleanList(list, MAX_TERMS_PER_LIST)) {
      const key = foldTerm(term);
      if (key.length === 0) continue;
      const info = { term, kind };
      terms.add(key, info, 'word');
      for (const { form, stem } of inflectedForms(key, { product: kind === 'product', inflect: !exact.has(key) })) {
        terms.add(form, info, 'word', stem, false);
      }
      // 'handle' tail: "@nordlichtcoffee.official" is someone else.
      if (key.includes(' ')) joined.add(key.replace(/ /gu, ''), { term, kind }, 'handle');
    }
  }
  for (const raw of cleanList(profile.handles, MAX_HANDLES)) {
    const term = canonicalHandle(raw);
    const body = foldTerm(term.slice(1));
    if (body.length === 0) continue;
    terms.add('@' + body, { term, kind: 'handle' }, 'handle');
    terms.add(body, { term, kind: 'handle' }, 'handle');
  }
  for (const raw of cleanList(profile.hashtags, MAX_HASHTAGS)) {
    const term = canonicalHashtag(raw);
    const body = foldTerm(term.slice(1));
    if (body.length === 0) continue;
    terms.add('#' + body, { term, kind: 'hashtag' }, 'word');
  }
  for (const term of cleanList(profile.exclude, MAX_TERMS_PER_LIST)) {
    const key = foldTerm(term);
    if (key.length === 0) continue;
    // Excludes take every ending a name takes: "w Nordlicht Festivalu" is still the festival.
    excludes.add(key, { term, kind: 'name' }, 'word');
    for (const { form } of inflectedForms(key, { product: false, inflect: true })) {
      excludes.add(form, { term, kind: 'name' }, 'word', key, false);
    }
  }

  const isEmpty = terms.size === 0;
  // `shortcut: false` turns the quick rejection off, so tests can show it changes no result.
  const anchors = options.shortcut === false ? null : quickAnchors([...terms.keys, ...joined.keys]);

  /**
   * Whether the text can hold a term at all, decided without folding it: most posts do not
   * mention the brand, and one search by the regular-expression engine is far cheaper than
   * folding. The search stops at the first anchor or the first non-ASCII character; only then
   * are the non-ASCII characters (a few per post) folded and the anchors searched again.
   */
  const anchorPattern = anchors === null ? null : anchors.map(escapeRegExp).join('|');
  const anchorOrNonAscii = anchorPattern === null ? null : new RegExp(`${anchorPattern}|[^\\x00-\\x7f]`, 'i');
  const anchorOnly = anchorPattern === null ? null : new RegExp(anchorPattern, 'i');
  function mayMatch(text: string): boolean {
    if (anchorOrNonAscii === null || anchorOnly === null) return true;
    const at = text.search(anchorOrNonAscii);
    if (at < 0) return false;
    if (text.charCodeAt(at) < 0x80) return true;
    return anchorOnly.test(foldNonAscii(text));
  }

  function match(text: string): BrandMatch[] {
    if (isEmpty || text.length === 0) return [];
    if (!mayMatch(text)) return [];
    const folded = fold(text);
    const f = folded.text;
    const length = f.length;

    const cands: Candidate[] = [];
    const first = terms.first;
    const joinedFirst = joined.first;
    for (let p = 0; p < length; p++) {
      const c = f.charCodeAt(p);
      if (first[c] === 1 && startAllowed(f, p)) {
        const found = longestAt(terms, f, p);
        if (found) cands.push({ start: p, end: found[0], info: found[1] });
      }
      if (joinedFirst[c] === 1 && p > 0 && (f.charCodeAt(p - 1) === 0x23 || f.charCodeAt(p - 1) === 0x40)) {
        const found = longestAt(joined, f, p);
        if (found) {
          const last = cands[cands.length - 1];
          // Same span as a bare handle: the name is the better report.
          if (last && last.start === p && last.end === found[0]) {
            if (KIND_PRIORITY[found[1].kind] < KIND_PRIORITY[last.info.kind]) last.info = found[1];
          } else cands.push({ start: p, end: found[0], info: found[1] });
        }
      }
    }
    if (cands.length === 0) return [];

    const blocked = linksAround(folded, cands);
    if (excludes.size > 0) {
      for (let p = 0; p < length; p++) {
        if (excludes.first[f.charCodeAt(p)] === 1 && startAllowed(f, p)) {
          const found = longestAt(excludes, f, p);
          if (found) blocked.push(p, found[0]);
        }
      }
    }
    const allowed = blocked.length === 0 ? cands : withoutBlocked(cands, mergeRanges(blocked));

    const { starts, ends } = folded;
    return resolveOverlaps(allowed).map((c) => ({
      term: c.info.term,
      kind: c.info.kind,
      span: starts !== null && ends !== null ? [starts[c.start] as number, ends[c.end - 1] as number] : [c.start, c.end],
    }));
  }

  return { isEmpty, match };
}
