/**
 * Finds lexicon entries (syntax in lexicon.ts) in a text without regular expressions.
 *
 * Why not one regular expression per language: each is 10–15k characters of alternation,
 * and Chromium compiles it on first use in every tab, 4–14 ms a language (measured in
 * Chromium 150, 2026-11), before the content script can flag its first post. This matcher
 * has nothing to compile: entries are parsed into small pattern trees once (well under a
 * millisecond), indexed by the characters they can start with, and tried only where a word
 * starts with one of those characters.
 *
 * Semantics are those of the regular expression it replaces (tests/risk/phrases.test.ts
 * compares both on every post of the evaluation texts and on hostile input): case-insensitive,
 * an entry must start where no letter, digit, mark or '_' precedes and end where no letter,
 * digit or mark follows; the entries of a language are an ordered alternation (the first entry
 * that matches at a position wins, greedy quantifiers, backtracking); after a match the search
 * continues at its end.
 */

/** Character classes a pattern character can test. */
const LITERAL = 0;
/** `~`: the Latin letters of en/de/da/pl and their neighbours, plus combining marks. */
const STEM = 1;
/** A space in an entry: whitespace or '-'. */
const SEPARATOR = 2;
/** `\p{L}`. */
const LETTER = 3;
/** `\d`. */
const DIGIT = 4;
/** `[abc]`. */
const SET = 5;

interface CharNode {
  type: 0;
  cls: number;
  /** The character of a LITERAL. */
  code: number;
  /** The characters of a SET. */
  codes: number[];
  min: number;
  max: number;
}
interface SeqNode {
  type: 1;
  items: PatternNode[];
}
interface AltNode {
  type: 2;
  options: SeqNode[];
  /** `( … )?`: the empty match is tried last. */
  optional: boolean;
}
type PatternNode = CharNode | SeqNode | AltNode;

/**
 * A pattern tree flattened for matching: every node knows what follows it (null: the end of
 * the entry), so the matcher backtracks by plain recursion, without building continuations.
 */
interface LinkedNode {
  /** 0: one character class (with min/max), 2: alternation. */
  type: 0 | 2;
  cls: number;
  code: number;
  codes: number[];
  min: number;
  max: number;
  /** First node of each option of an alternation (an empty option continues with `next`). */
  firsts: Array<LinkedNode | null>;
  optional: boolean;
  next: LinkedNode | null;
}

export interface PhraseEntry {
  /** Index of the entry's group in the lexicon. */
  group: number;
  /** Position in the language's alternation (groups in order, entries in order). */
  order: number;
  /** The characters every match starts with (may be empty), checked before matching. */
  prefix: string;
  /** The entry as written; parsed when it is first tried, so a page pays only for the entries its posts reach. */
  source: string;
  /** The parsed entry; undefined until first tried. */
  start: LinkedNode | null | undefined;
}

export interface PhraseIndex {
  /** Entries whose first two characters are fixed, by (first << 16 | second), in alternation order. */
  byPair: Map<number, PhraseEntry[]>;
  /** The other entries, by each character they can start with, in alternation order. */
  byFirst: Map<number, PhraseEntry[]>;
  size: number;
}

/** Links the items of a sequence to each other and the last one to `next`; returns the first. */
function link(items: readonly PatternNode[], next: LinkedNode | null): LinkedNode | null {
  let following = next;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.type === 1) {
      following = link(item.items, following);
    } else if (item.type === 2) {
      const alt: LinkedNode = { type: 2, cls: 0, code: 0, codes: [], min: 1, max: 1, firsts: [], optional: item.optional, next: following };
      alt.firsts = item.options.map((option) => link(option.items, following));
      following = alt;
    } else {
      following = { type: 0, cls: item.cls, code: item.code, codes: item.codes, min: item.min, max: item.max, firsts: [], optional: false, next: following };
    }
  }
  return following;
}

/** Whether the entry syntax gives the character a meaning of its own. */
function isSyntax(c: number): boolean {
  // ~ space ( ) | [ ] \ ? + *
  return c === 0x7e || c === 0x20 || c === 0x28 || c === 0x29 || c === 0x7c || c === 0x5b || c === 0x5d || c === 0x5c || c === 0x3f || c === 0x2b || c === 0x2a;
}

/**
 * The literal characters every match of the entry starts with, read without parsing it
 * (entries are parsed only when first tried). Stops early at anything but plain characters.
 */
export function literalPrefix(entry: string): string {
  let end = 0;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charCodeAt(i);
    if (isSyntax(c) || (c >= 0xd800 && c <= 0xdfff)) break;
    const next = entry.charCodeAt(i + 1);
    // An optional character ("s?", "u*") may be absent.
    if (next === 0x3f || next === 0x2a) break;
    end = i + 1;
    if (next === 0x2b) break;
  }
  const prefix = entry.slice(0, end).toLowerCase();
  // Lower-casing that changes the length (İ) would not match the parser's characters.
  return prefix.length === end ? prefix : '';
}

function charNode(cls: number, code = 0, codes: number[] = []): CharNode {
  return { type: 0, cls, code, codes, min: 1, max: 1 };
}

/** Parses one entry; throws with the entry and position on syntax it does not know. */
export function parseEntry(entry: string): SeqNode {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`lexicon entry "${entry}", position ${i}: ${why}`);
  };

  function parseSeq(): SeqNode {
    const items: PatternNode[] = [];
    while (i < entry.length) {
      const ch = entry[i]!;
      if (ch === ')' || ch === '|') break;
      if (ch === '(') {
        i++;
        const options: SeqNode[] = [parseSeq()];
        while (entry[i] === '|') {
          i++;
          options.push(parseSeq());
        }
        if (entry[i] !== ')') fail('unclosed "("');
        i++;
        const optional = entry[i] === '?';
        if (optional) i++;
        items.push({ type: 2, options, optional });
        continue;
      }
      let node: CharNode;
      if (ch === '~') {
        node = charNode(STEM);
        node.min = 0;
        node.max = Infinity;
        i++;
        items.push(node);
        continue;
      }
      if (ch === ' ') {
        node = charNode(SEPARATOR);
        node.max = Infinity;
        i++;
        if (entry[i] === '?') {
          node.min = 0;
          i++;
        }
        items.push(node);
        continue;
      }
      if (ch === '[') {
        const close = entry.indexOf(']', i);
        if (close < 0) fail('unclosed "["');
        const codes: number[] = [];
        for (const c of entry.slice(i + 1, close).toLowerCase()) codes.push(c.charCodeAt(0));
        node = charNode(SET, 0, codes);
        i = close + 1;
      } else if (ch === '\\') {
        const rest = entry.slice(i + 1);
        if (rest.startsWith('p{L}')) {
          node = charNode(LETTER);
          i += 5;
        } else if (rest.startsWith('d')) {
          node = charNode(DIGIT);
          i += 2;
        } else {
          if (rest.length === 0) fail('"\\" at the end');
          node = charNode(LITERAL, rest.charCodeAt(0));
          i += 2;
        }
      } else {
        const lower = ch.toLowerCase();
        if (lower.length !== 1 || ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff) fail(`unsupported character "${ch}"`);
        node = charNode(LITERAL, lower.charCodeAt(0));
        i++;
      }
      const q = entry[i];
      if (q === '?') {
        node.min = 0;
        i++;
      } else if (q === '+') {
        node.max = Infinity;
        i++;
      } else if (q === '*') {
        node.min = 0;
        node.max = Infinity;
        i++;
      }
      items.push(node);
    }
    return { type: 1, items };
  }

  const seq = parseSeq();
  if (i !== entry.length) fail(`unexpected "${entry[i]}"`);
  if (nullable(seq)) fail('the entry can match nothing');
  return seq;
}

function nullable(node: PatternNode): boolean {
  if (node.type === 0) return node.min === 0;
  if (node.type === 1) return node.items.every(nullable);
  return node.optional || node.options.some(nullable);
}

/** The characters a match of `node` can start with; null when that is "any letter" or unbounded. */
function firstCodes(node: PatternNode, out: Set<number>): boolean {
  if (node.type === 0) {
    switch (node.cls) {
      case LITERAL:
        out.add(node.code);
        return true;
      case SET:
        for (const c of node.codes) out.add(c);
        return true;
      case DIGIT:
        for (let c = 0x30; c <= 0x39; c++) out.add(c);
        return true;
      default:
        return false;
    }
  }
  if (node.type === 2) {
    for (const option of node.options) if (!firstCodes(option, out)) return false;
    return true;
  }
  for (const item of node.items) {
    if (!firstCodes(item, out)) return false;
    if (!nullable(item)) return true;
  }
  return true;
}

/** Indexes the entries of one language's groups by how they start (entries are parsed when first tried). */
export function indexPhrases(groups: ReadonlyArray<{ entries: readonly string[] }>): PhraseIndex {
  const byPair = new Map<number, PhraseEntry[]>();
  const byFirst = new Map<number, PhraseEntry[]>();
  const add = (map: Map<number, PhraseEntry[]>, key: number, phrase: PhraseEntry) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [phrase]);
    else list.push(phrase);
  };
  let order = 0;
  for (let g = 0; g < groups.length; g++) {
    const entries = groups[g]!.entries;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const prefix = literalPrefix(entry);
      const phrase: PhraseEntry = { group: g, order: order++, prefix, source: entry, start: undefined };
      if (prefix.length >= 2) add(byPair, (prefix.charCodeAt(0) << 16) | prefix.charCodeAt(1), phrase);
      else if (prefix.length === 1) add(byFirst, prefix.charCodeAt(0), phrase);
      else {
        // Starts with a group or a class: only the parsed entry knows its first characters.
        const pattern = parseEntry(entry);
        const first = new Set<number>();
        if (!firstCodes(pattern, first)) throw new Error(`lexicon entry "${entry}": must start with a known character`);
        phrase.start = link(pattern.items, null);
        for (const c of first) add(byFirst, c, phrase);
      }
    }
  }
  return { byPair, byFirst, size: order };
}

// --- character classes --------------------------------------------------------------------

const WORDISH_RE = /[\p{L}\p{N}\p{M}]/u;
const LETTER_RE = /\p{L}/u;
/** Per BMP code unit: 0 unknown, 1 no, 2 yes; bit layout: low 2 bits word-ish, next 2 letter. */
const CLASS_CACHE = new Uint8Array(0x10000);

function classBits(c: number): number {
  let bits = CLASS_CACHE[c] as number;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = (WORDISH_RE.test(ch) ? 2 : 1) | ((LETTER_RE.test(ch) ? 2 : 1) << 2);
    CLASS_CACHE[c] = bits;
  }
  return bits;
}

function codePointAt(text: string, p: number): number {
  return text.codePointAt(p) ?? 0;
}

function isWordishCodePoint(cp: number): boolean {
  if (cp < 0x10000) return (classBits(cp) & 3) === 2;
  return WORDISH_RE.test(String.fromCodePoint(cp));
}

function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x10000) return (classBits(cp) >> 2) === 2;
  return LETTER_RE.test(String.fromCodePoint(cp));
}

function isStem(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c <= 0x17f) || (c >= 0x300 && c <= 0x36f);
}

/** JavaScript's \s, or '-'. */
function isSeparator(c: number): boolean {
  if (c === 0x20 || c === 0x2d || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// --- matching -------------------------------------------------------------------------------

/** The lower-cased text being scanned (same length as the original, so offsets carry over). */
let T = '';
let N = 0;

/** Code units one character of class `node` takes at `p`; 0 when it does not match there. */
function consume(node: LinkedNode, p: number): number {
  if (p >= N) return 0;
  const c = T.charCodeAt(p);
  switch (node.cls) {
    case LITERAL:
      return c === node.code ? 1 : 0;
    case STEM:
      return isStem(c) ? 1 : 0;
    case SEPARATOR:
      return isSeparator(c) ? 1 : 0;
    case DIGIT:
      return c >= 0x30 && c <= 0x39 ? 1 : 0;
    case SET:
      return node.codes.includes(c) ? 1 : 0;
    default: {
      const cp = codePointAt(T, p);
      return isLetterCodePoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
    }
  }
}

let matchEnd = -1;

/** Whether the entry from `node` on matches at `p`; on success the match ends at matchEnd. */
function matchFrom(node: LinkedNode | null, p: number): boolean {
  if (node === null) {
    // The end of the entry: no letter, digit or mark may follow.
    if (p < N && isWordishCodePoint(codePointAt(T, p))) return false;
    matchEnd = p;
    return true;
  }
  if (node.type === 2) {
    const firsts = node.firsts;
    for (let i = 0; i < firsts.length; i++) if (matchFrom(firsts[i]!, p)) return true;
    return node.optional && matchFrom(node.next, p);
  }
  if (node.max === 1) {
    const w = consume(node, p);
    if (w > 0 && matchFrom(node.next, p + w)) return true;
    return node.min === 0 && matchFrom(node.next, p);
  }
  // Greedy run: take as many as possible, then give back one at a time.
  let q = p;
  let count = 0;
  let widths: number[] | null = null;
  while (count < node.max) {
    const w = consume(node, q);
    if (w === 0) break;
    if (w !== 1) (widths ??= []).push(q);
    q += w;
    count++;
  }
  for (; count >= node.min; count--) {
    if (matchFrom(node.next, q)) return true;
    if (count === 0) break;
    // Step back one character (two units when it was a surrogate pair).
    q -= widths !== null && widths.length > 0 && widths[widths.length - 1] === q - 2 ? (widths.pop(), 2) : 1;
  }
  return false;
}

/** ASCII characters after which no entry may start: letters, digits, '_'. */
const ASCII_BLOCKS_START = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) ASCII_BLOCKS_START[c] = 1;
}

function startsAtWordBoundary(p: number): boolean {
  if (p === 0) return true;
  const c = T.charCodeAt(p - 1);
  if (c === 0x5f) return false;
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const h = T.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return !isWordishCodePoint(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return !isWordishCodePoint(c);
}

/** The text lower-cased code unit for code unit, so that offsets into it are offsets into `text`. */
export function lowerSameLength(text: string): string {
  let lower = text.toLowerCase();
  // Case-insensitive matching folds the long s to s ("ſtaff" is "staff"); lower-casing keeps it.
  if (lower.includes('\u017f')) lower = lower.replace(/\u017f/g, 's');
  if (lower.length === text.length) return lower;
  // A few characters lower-case to more than one unit (İ → i̇); those keep their own case.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out.replace(/\u017f/g, 's');
}

/**
 * Calls `found(group, start, end)` for each match of the language's entries in `lower`
 * (a lowerSameLength text), left to right, never two overlapping.
 */
export function scanPhrases(index: PhraseIndex, lower: string, found: (group: number, start: number, end: number) => void): void {
  T = lower;
  N = lower.length;
  let p = 0;
  /** Whether the character before p keeps a match from starting at p. */
  let blocked = false;
  while (p < N) {
    const c = T.charCodeAt(p);
    if (!blocked) {
      const pairs = p + 1 < N ? index.byPair.get((c << 16) | T.charCodeAt(p + 1)) : undefined;
      const singles = index.byFirst.get(c);
      if (pairs !== undefined || singles !== undefined) {
        // Both lists are in alternation order; try their entries in that order.
        const np = pairs === undefined ? 0 : pairs.length;
        const ns = singles === undefined ? 0 : singles.length;
        let ip = 0;
        let is = 0;
        let hit: PhraseEntry | null = null;
        while (ip < np || is < ns) {
          const candidate = is >= ns || (ip < np && pairs![ip]!.order < singles![is]!.order) ? pairs![ip++]! : singles![is++]!;
          if (candidate.prefix.length > 2 && !T.startsWith(candidate.prefix, p)) continue;
          if (candidate.start === undefined) candidate.start = link(parseEntry(candidate.source).items, null);
          if (matchFrom(candidate.start, p)) {
            hit = candidate;
            break;
          }
        }
        if (hit !== null) {
          const start = p;
          p = matchEnd > start ? matchEnd : start + 1;
          blocked = !startsAtWordBoundary(p);
          found(hit.group, start, matchEnd);
          // found() may scan another text; restore this one.
          T = lower;
          N = lower.length;
          continue;
        }
      }
    }
    blocked = c < 0x80 ? ASCII_BLOCKS_START[c] === 1 : !startsAtWordBoundary(p + 1);
    p++;
  }
  T = '';
  N = 0;
}
