/**
 * Finds mentions of the user's brand in post text.
 *
 * The profile is compiled once per settings change into two regular expressions shaped
 * as tries (one for brand terms, one for exclude phrases) that run over a folded copy of
 * the text: lower-cased, compatibility-decomposed (NFKD), combining marks removed and a
 * few letters that do not decompose spelled out (ł→l, ø→o, æ→ae, ß→ss, đ→d …). Each
 * folded code unit remembers which original code units it came from, so spans always
 * point into the text the page showed.
 *
 * Rules, in short:
 * - Word characters are Unicode letters, numbers and "_". A term only matches when it is
 *   not glued to other word characters ("Nordlichter" is not "Nordlicht"). Letters of
 *   scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) do not count
 *   as glue, so "Nordlichtのコーヒー" matches; a term that itself starts or ends in such
 *   a script matches without a boundary on that side.
 * - Names, aliases and products also match with a possessive or genitive ending:
 *   "Nordlicht's", "Nordlicht’s", "Nordlichts". The span covers the term, not the ending.
 *   Hyphenated endings ("Nordlicht-u", "Nordlicht-Kaffee") match because "-" is not a
 *   word character.
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
  // Greek final sigma is the same letter as σ; single-code-point lower-casing cannot know that.
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

const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** null marks a combining mark: it folds to nothing and belongs to the preceding letter. */
const codePointFolds = new Map<number, string | null>();

function foldCodePoint(cp: number): string | null {
  const cached = codePointFolds.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let folded: string | null;
  if (COMBINING_MARK.test(ch)) folded = null;
  else if (IGNORABLE.test(ch)) folded = '';
  else {
    const direct = SPELLED_OUT[ch.toLowerCase()];
    if (direct !== undefined) folded = direct;
    else {
      const decomposed = ch.toLowerCase().normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
      folded = '';
      for (const part of decomposed) folded += SPELLED_OUT[part] ?? part;
    }
  }
  // The table only grows with distinct code points seen; cap it so hostile text cannot bloat it.
  if (codePointFolds.size < 20_000) codePointFolds.set(cp, folded);
  return folded;
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /**
   * For each folded code unit, the original [start, end) it came from (a letter and its
   * combining marks form one unit). Null when folding kept every offset (ASCII input).
   */
  starts: number[] | null;
  ends: number[] | null;
}

/** Folds text for matching: case, diacritics, compatibility forms and look-alike letters. */
export function foldText(text: string): FoldedText {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), starts: null, ends: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // Where the output of the most recent base character begins, so marks can extend it.
  let clusterOut = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      clusterOut = out.length;
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      starts.push(i);
      ends.push(i + 1);
      i += 1;
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
    if (folded === null) {
      for (let k = clusterOut; k < out.length; k++) ends[k] = i + width;
    } else {
      clusterOut = out.length;
      out += folded;
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out, starts, ends };
}

/** The folded form of a profile term, with whitespace runs reduced to one space. */
export function foldTerm(term: string): string {
  return foldText(term).text.replace(/\s+/gu, ' ').trim();
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
// Pattern building

/** Scripts written without spaces between words: their letters are not glue for a boundary. */
const NO_SPACE_SCRIPTS =
  '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const WORD = `[[\\p{L}\\p{N}_]--[${NO_SPACE_SCRIPTS}]]`;
const IS_WORD = new RegExp(`^${WORD}$`, 'v');

/** What must (not) follow the end of a term. */
type Tail = 'none' | 'word' | 'possessive' | 'handle';

const TAIL_PATTERN: Record<Tail, string> = {
  none: '',
  word: `(?!${WORD})`,
  // Names may carry an English possessive or a German/Danish genitive s.
  possessive: `(?=(?:'s|s)?(?!${WORD}))`,
  // "@nordlicht.coffee" is another handle than "@nordlicht".
  handle: `(?!${WORD}|\\.${WORD})`,
};

const SYNTAX = /[\\^$.*+?()[\]{}|/]/u;

function escapeChar(ch: string): string {
  return SYNTAX.test(ch) ? '\\' + ch : ch;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  tail: Tail | null;
}

function newNode(): TrieNode {
  return { children: new Map(), tail: null };
}

function lastCodePoint(s: string): string {
  const chars = Array.from(s);
  return chars[chars.length - 1] ?? '';
}

function firstCodePoint(s: string): string {
  return s.codePointAt(0) === undefined ? '' : String.fromCodePoint(s.codePointAt(0) as number);
}

function insert(root: TrieNode, key: string, tail: Tail): void {
  let node = root;
  for (const ch of key) {
    let child = node.children.get(ch);
    if (!child) {
      child = newNode();
      node.children.set(ch, child);
    }
    node = child;
  }
  // A term ending in punctuation ("C++") needs no boundary after it.
  node.tail = IS_WORD.test(lastCodePoint(key)) ? tail : 'none';
}

function emitNode(node: TrieNode): string {
  const parts: string[] = [];
  // Continuations come before the end of a term, so the longest term at a position wins.
  for (const [ch, child] of node.children) {
    parts.push((ch === ' ' ? '\\s+' : escapeChar(ch)) + emitNode(child));
  }
  if (node.tail !== null) parts.push(TAIL_PATTERN[node.tail]);
  if (parts.length === 1) return parts[0] as string;
  return `(?:${parts.join('|')})`;
}

type Lead = 'boundary' | 'after-sigil';

/**
 * Emits a trie as one pattern. The boundary check sits after the first character
 * ("n(?<!W.)ordlicht") so the engine can skip ahead on the literal first characters.
 */
function emitTrie(root: TrieNode, lead: Lead): string | null {
  const parts: string[] = [];
  for (const [ch, child] of root.children) {
    let check = '';
    if (lead === 'after-sigil') check = '(?<=[#@].)';
    else if (!isNoSpaceScript(ch)) check = `(?<!${WORD}.)`;
    parts.push(escapeChar(ch) + check + emitNode(child));
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
}

const NO_SPACE_CHAR = new RegExp(`^[${NO_SPACE_SCRIPTS}]$`, 'v');
function isNoSpaceScript(ch: string): boolean {
  return NO_SPACE_CHAR.test(ch);
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

const LN = '\\p{L}\\p{N}';
// Quantifiers are bounded so a long run of letters cannot make the scan quadratic.
const LINK = new RegExp(
  [
    // scheme://…
    `(?<![${LN}])[a-z][a-z0-9+.\\-]{0,20}:\\/\\/\\S*`,
    // local@domain.tld
    `(?<![${LN}._%+\\-])[${LN}_][${LN}._%+\\-]{0,63}@[${LN}](?:[${LN}\\-]{0,62}\\.){1,8}[${LN}\\-]{1,63}`,
    // www.…
    `(?<![${LN}_.\\-])www\\.\\S+`,
    // bare domain with optional port/path: nordlicht.de, example.com/nordlicht-review
    `(?<![${LN}_@.\\-])(?:[${LN}](?:[${LN}\\-]{0,61}[${LN}])?\\.){1,8}(${GENERIC_TLDS.join('|')}|[a-z]{2})(?![${LN}_\\-])([:/?#]\\S*)?`,
  ].join('|'),
  'gu',
);

/** [start, end) ranges of URLs and email addresses in folded text, ordered by start. */
function findLinks(folded: string): number[] {
  const ranges: number[] = [];
  if (!folded.includes('.') && !folded.includes('://')) return ranges;
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(folded)) !== null) {
    const tld = m[1];
    const path = m[2];
    // "shop.nordlicht.at" is a domain; "love it.so good" is a missing space.
    const oneLabel = m[0].indexOf('.') === m[0].lastIndexOf('.');
    if (tld === undefined || path !== undefined || !oneLabel || !WORDLIKE_TLDS.has(tld)) {
      ranges.push(m.index, m.index + m[0].length);
    } else {
      // Not a link after all; let the scan look inside it again from the next character.
      LINK.lastIndex = m.index + 1;
    }
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------
// Compiling and matching

interface TermInfo {
  term: string;
  kind: BrandMatchKind;
}

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

/** Finds all (possibly overlapping) matches: after each hit the scan resumes one character on. */
function scan(re: RegExp, text: string, onMatch: (start: number, matched: string) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    onMatch(m.index, m[0]);
    const c = text.charCodeAt(m.index);
    re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
}

function normaliseMatched(matched: string): string {
  return /\s/u.test(matched) ? matched.replace(/\s+/gu, ' ') : matched;
}

interface Candidate {
  start: number;
  end: number;
  info: TermInfo;
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
    group.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
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

/** Compiles the profile. Call once per settings change and reuse the matcher for every post. */
export function compileBrandMatcher(profile: BrandProfile): BrandMatcher {
  const terms = new Map<string, TermInfo>();
  const joined = new Map<string, TermInfo>();
  const main = newNode();
  const afterSigil = newNode();

  const add = (map: Map<string, TermInfo>, root: TrieNode, key: string, info: TermInfo, tail: Tail): void => {
    if (key.length === 0) return;
    const existing = map.get(key);
    if (existing && KIND_PRIORITY[existing.kind] <= KIND_PRIORITY[info.kind]) return;
    map.set(key, info);
    insert(root, key, tail);
  };

  const wordKinds: Array<[BrandMatchKind, readonly string[] | undefined]> = [
    ['name', profile.names],
    ['alias', profile.aliases],
    ['product', profile.products],
  ];
  for (const [kind, list] of wordKinds) {
    for (const term of cleanList(list, MAX_TERMS_PER_LIST)) {
      const key = foldTerm(term);
      const info = { term, kind };
      add(terms, main, key, info, 'possessive');
      // "#nordlichtcoffee" / "@nordlichtcoffee" spell a multi-word name without spaces.
      if (key.includes(' ')) add(joined, afterSigil, key.replace(/ /gu, ''), info, 'word');
    }
  }
  for (const raw of cleanList(profile.handles, MAX_HANDLES)) {
    const term = canonicalHandle(raw);
    const body = foldTerm(term.slice(1));
    if (body.length === 0) continue;
    add(terms, main, '@' + body, { term, kind: 'handle' }, 'handle');
    add(terms, main, body, { term, kind: 'handle' }, 'handle');
  }
  for (const raw of cleanList(profile.hashtags, MAX_HASHTAGS)) {
    const term = canonicalHashtag(raw);
    const body = foldTerm(term.slice(1));
    if (body.length === 0) continue;
    add(terms, main, '#' + body, { term, kind: 'hashtag' }, 'word');
  }

  const excludeRoot = newNode();
  let excludeCount = 0;
  for (const term of cleanList(profile.exclude, MAX_TERMS_PER_LIST)) {
    const key = foldTerm(term);
    if (key.length === 0) continue;
    insert(excludeRoot, key, 'possessive');
    excludeCount++;
  }

  const alternatives = [emitTrie(main, 'boundary'), emitTrie(afterSigil, 'after-sigil')].filter(
    (p): p is string => p !== null,
  );
  const isEmpty = alternatives.length === 0;
  const brandRe = isEmpty ? null : new RegExp(alternatives.join('|'), 'gv');
  const excludePattern = excludeCount > 0 ? emitTrie(excludeRoot, 'boundary') : null;
  const excludeRe = excludePattern === null ? null : new RegExp(excludePattern, 'gv');

  function match(text: string): BrandMatch[] {
    if (brandRe === null || text.length === 0) return [];
    const folded = foldText(text);
    const f = folded.text;

    const cands: Candidate[] = [];
    scan(brandRe, f, (start, matched) => {
      const key = normaliseMatched(matched);
      let info = terms.get(key);
      const before = f[start - 1];
      if (before === '#' || before === '@') {
        // "#nordlichtcoffee" may be both the joined name "Nordlicht Coffee" and a bare handle.
        const joinedInfo = joined.get(key);
        if (joinedInfo && (!info || KIND_PRIORITY[joinedInfo.kind] < KIND_PRIORITY[info.kind])) info = joinedInfo;
      }
      if (info) cands.push({ start, end: start + matched.length, info });
    });
    if (cands.length === 0) return [];

    const links = findLinks(f);
    const excluded: number[] = [];
    if (excludeRe !== null) {
      scan(excludeRe, f, (start, matched) => excluded.push(start, start + matched.length));
    }

    const allowed =
      links.length === 0 && excluded.length === 0 ? cands : withoutBlocked(cands, mergeRanges([...links, ...excluded]));

    const { starts, ends } = folded;
    return resolveOverlaps(allowed).map((c) => ({
      term: c.info.term,
      kind: c.info.kind,
      span: starts && ends ? [starts[c.start] as number, ends[c.end - 1] as number] : [c.start, c.end],
    }));
  }

  return { isEmpty, match };
}
