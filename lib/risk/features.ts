/**
 * Hashed text features for the escalation classifier, shared by training (scripts/train.ts)
 * and the runtime (model.ts) so both see exactly the same numbers.
 *
 * One pass over the original string, no substring allocation: characters are folded through a
 * lookup table (lowercase, diacritics removed, digits → 0), tokens are hashed with FNV-1a as they
 * are read, and every feature index is written into a reusable Int32Array together with the
 * token it came from (so the runtime can point at the words that pushed the score up).
 *
 * Features: word unigrams, word bigrams, character 3–5-grams inside words (with word-boundary
 * marks), emoji as words, @handles → one "@user" token, links → one "url" token, letters repeated
 * more than twice squeezed ("sooooo" → "soo"), plus flags for '!', '?' and all-caps words.
 */

export const FEATURE_BITS = 18;
export const FEATURE_COUNT = 1 << FEATURE_BITS;
const MASK = FEATURE_COUNT - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const SEED_FLAG = 0x27d4eb2f;

/** Longest word whose character n-grams are hashed; longer words contribute only their unigram. */
const MAX_CHARGRAM_WORD = 32;
const BOUNDARY = 1;

const enum CharClass {
  Separator = 0,
  Word = 1,
  /** Combining marks, zero-width joiners, variation selectors: skipped, they split nothing. */
  Ignorable = 2,
}

const TABLE_SIZE = 0x530;
/** Folded char code for codes below TABLE_SIZE. */
const FOLD = new Uint16Array(TABLE_SIZE);
const CLASS = new Uint8Array(TABLE_SIZE);
/** 1 = uppercase letter, 2 = lowercase letter (cased scripts in the table only). */
export const CASE = new Uint8Array(TABLE_SIZE);

let tablesBuilt = false;

/**
 * Fills the character tables; called by every entry point that reads them (extractFeatures,
 * and rules.ts before it reads cases), not at import, so loading the engine costs a page nothing.
 */
export function ensureFeatureTables(): void {
  if (tablesBuilt) return;
  tablesBuilt = true;
  buildTables();
}

function buildTables(): void {
  const special: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 's', æ: 'e', Æ: 'e', ı: 'i' };
  const letterOrDigit = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase()) CASE[c] = 1;
    else if (ch !== ch.toUpperCase()) CASE[c] = 2;
    if (c >= 0x30 && c <= 0x39) {
      FOLD[c] = 0x30;
      CLASS[c] = CharClass.Word;
      continue;
    }
    if (mark.test(ch)) {
      CLASS[c] = CharClass.Ignorable;
      FOLD[c] = c;
      continue;
    }
    if (!letterOrDigit.test(ch) && ch !== '_' && ch !== "'") {
      CLASS[c] = CharClass.Separator;
      FOLD[c] = c;
      continue;
    }
    CLASS[c] = CharClass.Word;
    const sp = special[ch];
    if (sp !== undefined) {
      FOLD[c] = sp.charCodeAt(0);
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    FOLD[c] = base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
  }
  // The apostrophe joins "don't" and "isn't" into one word; a leading/trailing one is dropped below.
  CLASS[0x27] = CharClass.Word;
}

function classOf(c: number): CharClass {
  if (c < TABLE_SIZE) return CLASS[c] as CharClass;
  if (c >= 0x2000 && c <= 0x206f) {
    // Zero-width space/joiners, word joiner, direction marks: ignorable; the rest is punctuation.
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x200e || c === 0x200f) return CharClass.Ignorable;
    if (c >= 0x202a && c <= 0x202e) return CharClass.Ignorable;
    if (c >= 0x2066 && c <= 0x2069) return CharClass.Ignorable;
    return CharClass.Separator;
  }
  if (c >= 0xfe00 && c <= 0xfe0f) return CharClass.Ignorable;
  if (c >= 0x3000 && c <= 0x303f) return CharClass.Separator;
  if (c >= 0xff00 && c <= 0xff0f) return CharClass.Separator;
  if (c === 0xfeff) return CharClass.Ignorable;
  return CharClass.Word;
}

function fold(c: number): number {
  return c < TABLE_SIZE ? (FOLD[c] as number) : c;
}

export function isUpper(c: number): boolean {
  return c < TABLE_SIZE && CASE[c] === 1;
}

export function isLower(c: number): boolean {
  return c < TABLE_SIZE && CASE[c] === 2;
}

function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h & MASK;
}

function hashString(seed: number, s: string): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

/** Raw (unmasked) hashes of the placeholder words, computed the way words are hashed. */
const HASH_USER = hashString(SEED_WORD, '@user');
const HASH_URL = hashString(SEED_WORD, 'url');
const FLAG_EXCLAMATION = finish(hashString(SEED_FLAG, '!'));
const FLAG_QUESTION = finish(hashString(SEED_FLAG, '?'));
const FLAG_MULTI_EXCLAMATION = finish(hashString(SEED_FLAG, '!!'));
const FLAG_CAPS = finish(hashString(SEED_FLAG, 'CAPS'));

/** Feature index of the per-language bias ("und" has none). */
export function languageBiasFeature(language: string): number {
  return finish(hashString(SEED_FLAG, `lang:${language}`));
}
export const GLOBAL_BIAS_FEATURE = finish(hashString(SEED_FLAG, 'bias'));

/**
 * Feature index of a rule signal (a lexicon kind such as 'insult' or 'complaint', or
 * 'shouting'): the classifier learns how much each kind of hit says on its own data, on top of
 * the fixed points the rule itself adds to the score.
 */
export function ruleFeature(kind: string): number {
  return finish(hashString(SEED_FLAG, `rule:${kind}`));
}

/** Reusable output of extractFeatures; grown when a text needs more room. */
export class FeatureBuffer {
  indices: Int32Array;
  /** For each feature, the token it belongs to (-1 for whole-text flags). */
  tokens: Int32Array;
  /** Token start/end offsets in the original text: [start0, end0, start1, end1, ...]. */
  tokenSpans: Int32Array;
  count = 0;
  tokenCount = 0;

  constructor(capacity = 4096) {
    this.indices = new Int32Array(capacity);
    this.tokens = new Int32Array(capacity);
    this.tokenSpans = new Int32Array(512);
  }

  push(index: number, token: number): void {
    if (this.count === this.indices.length) {
      const indices = new Int32Array(this.indices.length * 2);
      indices.set(this.indices);
      this.indices = indices;
      const tokens = new Int32Array(this.tokens.length * 2);
      tokens.set(this.tokens);
      this.tokens = tokens;
    }
    this.indices[this.count] = index;
    this.tokens[this.count] = token;
    this.count++;
  }

  addToken(start: number, end: number): number {
    if (this.tokenCount * 2 + 2 > this.tokenSpans.length) {
      const spans = new Int32Array(this.tokenSpans.length * 2);
      spans.set(this.tokenSpans);
      this.tokenSpans = spans;
    }
    this.tokenSpans[this.tokenCount * 2] = start;
    this.tokenSpans[this.tokenCount * 2 + 1] = end;
    return this.tokenCount++;
  }
}

const wordChars = new Int32Array(MAX_CHARGRAM_WORD + 2);

/**
 * Writes the features of `text` into `out` (reset first). Returns the number of features.
 * Linear in the length of the text; never throws on any string (lone surrogates included).
 */
export function extractFeatures(text: string, out: FeatureBuffer): number {
  ensureFeatureTables();
  out.count = 0;
  out.tokenCount = 0;
  const n = text.length;
  let prevWord = 0;
  let hasPrev = false;
  let exclamations = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Emoji and other astral characters: one token each.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Skin-tone modifiers carry no meaning of their own.
        if (!(c === 0xd83c && d >= 0xdffb && d <= 0xdfff)) {
          const h = step(step(FNV_OFFSET ^ SEED_WORD, c), d);
          const tok = out.addToken(i, i + 2);
          out.push(finish(h), tok);
          if (hasPrev) out.push(finish(step(Math.imul(prevWord, 31) ^ SEED_BIGRAM, h)), tok);
          prevWord = h;
          hasPrev = true;
        }
        i += 2;
        continue;
      }
    }
    // A lone surrogate (broken text) is skipped like punctuation.
    if (c >= 0xd800 && c <= 0xdfff) {
      i++;
      continue;
    }
    const cls = classOf(c);
    if (cls !== CharClass.Word || c === 0x27) {
      if (c === 0x21) exclamations++;
      else if (c === 0x3f) out.push(FLAG_QUESTION, -1);
      // '@handle' → "@user"
      if (c === 0x40 && i + 1 < n && classOf(text.charCodeAt(i + 1)) === CharClass.Word) {
        let j = i + 1;
        while (j < n) {
          const cj = text.charCodeAt(j);
          if (classOf(cj) !== CharClass.Word || cj === 0x27 || (cj >= 0xd800 && cj <= 0xdfff)) break;
          j++;
        }
        const tok = out.addToken(i, j);
        out.push(finish(HASH_USER), tok);
        if (hasPrev) out.push(finish(step(Math.imul(prevWord, 31) ^ SEED_BIGRAM, HASH_USER)), tok);
        prevWord = HASH_USER;
        hasPrev = true;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    // A word: read it, folding and squeezing as we go.
    const start = i;
    let h = FNV_OFFSET ^ SEED_WORD;
    let len = 0;
    let upper = 0;
    let letters = 0;
    let last1 = -1;
    let last2 = -2;
    wordChars[0] = BOUNDARY;
    let j = i;
    while (j < n) {
      const cj = text.charCodeAt(j);
      if (cj >= 0xd800 && cj <= 0xdfff) break;
      const k = classOf(cj);
      if (k === CharClass.Separator) break;
      j++;
      if (k === CharClass.Ignorable) continue;
      if (cj === 0x27 && (j >= n || classOf(text.charCodeAt(j)) !== CharClass.Word)) break;
      const f = fold(cj);
      if (isUpper(cj)) upper++;
      if (f !== 0x30 && f !== 0x27) letters++;
      if (f === last1 && f === last2) continue;
      last2 = last1;
      last1 = f;
      h = step(h, f);
      if (len < MAX_CHARGRAM_WORD) wordChars[len + 1] = f;
      len++;
    }
    const end = j;
    i = j;
    if (len === 0) continue;
    // Links: "http…"/"www…" up to the next space become one "url" token.
    if (len >= 3 && (wordChars[1] === 0x68 && wordChars[2] === 0x74 && wordChars[3] === 0x74 || wordChars[1] === 0x77 && wordChars[2] === 0x77 && wordChars[3] === 0x77)) {
      let k = end;
      while (k < n && text.charCodeAt(k) > 0x20) k++;
      const tok = out.addToken(start, k);
      out.push(finish(HASH_URL), tok);
      if (hasPrev) out.push(finish(step(Math.imul(prevWord, 31) ^ SEED_BIGRAM, HASH_URL)), tok);
      prevWord = HASH_URL;
      hasPrev = true;
      i = k;
      continue;
    }
    const tok = out.addToken(start, end);
    out.push(finish(h), tok);
    if (hasPrev) out.push(finish(step(Math.imul(prevWord, 31) ^ SEED_BIGRAM, h)), tok);
    prevWord = h;
    hasPrev = true;
    if (letters >= 3 && upper === letters) out.push(FLAG_CAPS, tok);
    if (len <= MAX_CHARGRAM_WORD) {
      const padded = len + 2;
      wordChars[len + 1] = BOUNDARY;
      for (let s = 0; s < padded; s++) {
        let g = FNV_OFFSET ^ SEED_CHAR;
        const maxLen = Math.min(5, padded - s);
        for (let l = 0; l < maxLen; l++) {
          g = step(g, wordChars[s + l] as number);
          if (l >= 2) out.push(finish(g), tok);
        }
      }
    }
  }
  if (exclamations > 0) out.push(FLAG_EXCLAMATION, -1);
  if (exclamations > 1) out.push(FLAG_MULTI_EXCLAMATION, -1);
  return out.count;
}
