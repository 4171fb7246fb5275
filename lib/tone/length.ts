/**
 * Reply length as each platform counts it. X counts "weighted" characters the
 * way the twitter-text library (config v3) does: most Latin-script characters
 * weigh 1, everything else (CJK, most symbols, emoji) weighs 2, an emoji
 * sequence counts once as 2, and every URL counts as 23 whatever its length.
 * Facebook and Instagram count characters (code points).
 */
import type { Platform } from '../schema';

export const PLATFORM_LIMITS: Record<Platform, number> = {
  x: 280,
  facebook: 8000,
  instagram: 2200,
};

/** twitter-text v3: code point ranges that weigh 1; everything else weighs 2. */
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const URL_WEIGHT = 23;

// One emoji: a flag (two regional indicators), a keycap, or a pictograph with
// optional modifiers, variation selector, tag sequence and ZWJ-joined parts.
const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}])*(?:\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?)(?:\p{Emoji_Modifier}|\uFE0F)*)*/gu;

// URLs with a scheme, or bare domains with a common top-level domain, as
// twitter-text auto-links them. Trailing punctuation is trimmed afterwards.
const URL =
  /(?<![\p{L}\p{N}@._-])(?:https?:\/\/[^\s<>"]+|(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}(?:com|net|org|info|biz|io|co|me|ly|app|shop|store|eu|de|dk|pl|uk|at|ch|se|no|fr|nl|it|es|us|ca|tv)(?![\p{L}\p{N}-])(?:\/[^\s<>"]*)?)/giu;
const URL_TRAILING = /[.,!?;:'")\]]+$/u;

function weightOfCodePoint(cp: number): number {
  for (const [start, end] of LIGHT_RANGES) if (cp >= start && cp <= end) return 1;
  return 2;
}

interface Segment {
  start: number;
  end: number;
  weight: number;
}

/** Ranges of the text that count as a whole: URLs and emoji sequences. */
function wholeSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(URL_TRAILING, '');
    if (raw.length === 0) continue;
    segments.push({ start: m.index, end: m.index + raw.length, weight: URL_WEIGHT });
  }
  for (const m of text.matchAll(EMOJI)) {
    const start = m.index;
    const end = start + m[0].length;
    if (segments.some((s) => start < s.end && end > s.start)) continue;
    segments.push({ start, end, weight: 2 });
  }
  return segments.sort((a, b) => a.start - b.start);
}

/**
 * Walks the text and reports its weighted length and, when a limit is given,
 * the UTF-16 offset of the first character that no longer fits.
 */
export function measureX(text: string, limit = PLATFORM_LIMITS.x): { length: number; overflowAt: number | null } {
  const segments = wholeSegments(text);
  let total = 0;
  let overflowAt: number | null = null;
  let next = 0;
  let i = 0;
  while (i < text.length) {
    const segment = segments[next];
    let weight: number;
    let end: number;
    if (segment && segment.start === i) {
      weight = segment.weight;
      end = segment.end;
      next++;
    } else {
      const cp = text.codePointAt(i) ?? 0;
      weight = weightOfCodePoint(cp);
      end = i + (cp > 0xffff ? 2 : 1);
    }
    total += weight;
    if (overflowAt === null && total > limit) overflowAt = i;
    i = end;
  }
  return { length: total, overflowAt };
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

/** Length of a reply as the platform counts it against its limit. */
export function weightedLength(text: string, platform: Platform): number {
  const normalized = text.normalize('NFC');
  if (platform === 'x') return measureX(normalized).length;
  return codePointLength(normalized);
}

/** UTF-16 offset of the first character beyond the platform's limit, or null when the text fits. */
export function overflowOffset(text: string, platform: Platform): number | null {
  const limit = PLATFORM_LIMITS[platform];
  if (platform === 'x') return measureX(text, limit).overflowAt;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n++;
    if (n > limit) return i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  return null;
}
