/**
 * The tone check: reads a reply draft the way the person on the other side
 * (and everyone screenshotting the thread) will, and points out what tends to
 * escalate a conversation — blame, sarcasm, arguing, unapproved promises,
 * personal data in public, shouting, wrong length or language, promotion in
 * the middle of an incident — and what a good reply is missing (acknowledging
 * the feeling, a next step). Pure and synchronous; cheap enough for every keystroke.
 */
import type { DetectedLanguage, Language, Platform, Span } from '../schema';
import { guessLanguage } from './language';
import { overflowOffset, PLATFORM_LIMITS, weightedLength } from './length';
import {
  ACKNOWLEDGE,
  AIR_QUOTE_LEADS,
  AIR_QUOTE_TARGETS,
  ARGUING,
  BLAME,
  compileLexicon,
  LIABILITY,
  NEXT_STEP,
  PROMOTIONAL,
  SARCASM,
} from './lexicon';
import { interpolate, LANGUAGE_NAMES, PLATFORM_NAMES, TONE_KINDS, TONE_MESSAGES, type ToneKind } from './messages';
import { findPersonalData } from './personal-data';

export { TONE_KINDS, type ToneKind } from './messages';
export { weightedLength, PLATFORM_LIMITS } from './length';
export { detectDraftLanguage } from './language';

export interface ToneContext {
  platform: Platform;
  postLanguage: DetectedLanguage;
  uiLanguage: Language;
  incidentOpen: boolean;
  /** Filled approved templates: promises they make are not flagged. */
  approvedTexts?: string[];
}

export interface ToneFinding {
  kind: ToneKind;
  /** [start, end) offsets into the draft; empty when the finding is about something missing. */
  spans: Span[];
  severity: 'warning' | 'info';
  /** Why it matters, in the UI language. */
  message: string;
  /** A suggested fix, in the UI language. */
  suggestion: string;
}

const RE_BLAME = compileLexicon(BLAME);
const RE_SARCASM = compileLexicon(SARCASM);
const RE_ARGUING = compileLexicon(ARGUING);
const RE_LIABILITY = compileLexicon(LIABILITY);
const RE_ACKNOWLEDGE = compileLexicon(ACKNOWLEDGE);
const RE_NEXT_STEP = compileLexicon(NEXT_STEP);
const RE_PROMOTIONAL = compileLexicon(PROMOTIONAL);

const AIR_QUOTES = /(?<=^|[\s(])(["'“‘„«»‚])(\p{L}[\p{L} -]{0,24}?)(["'”’“»«‘])(?![\p{L}])/gu;
const EXCLAMATIONS = /[!?¡]{2,}/gu;
const WORD = /\p{L}+/gu;

/** Below this many words a draft is still being typed: do not nag about what it lacks. */
const MIN_WORDS_FOR_COMPLETENESS = 5;
/** Below this many words the language guess is not worth a warning. */
const MIN_WORDS_FOR_LANGUAGE = 4;

const INFO_KINDS: ReadonlySet<ToneKind> = new Set(['no-acknowledgement', 'no-next-step']);

function spansOf(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function airQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!/["'“‘„«»‚]/.test(text)) return spans;
  for (const m of text.matchAll(AIR_QUOTES)) {
    const inner = (m[2] ?? '').trim();
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (AIR_QUOTE_TARGETS.has(inner.toLowerCase()) || AIR_QUOTE_LEADS.test(before)) {
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function shoutingSpans(text: string): Span[] {
  const spans: Span[] = [];
  let letters = 0;
  let upper = 0;
  // Runs of consecutive all-capital words ("THIS IS NOT OK"); acronyms alone do not count.
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  let runLetters = 0;
  const closeRun = () => {
    if (runWords >= 3 && runLetters >= 8) spans.push([runStart, runEnd]);
    runStart = -1;
    runWords = 0;
    runLetters = 0;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const up = word.toUpperCase();
    letters += word.length;
    const isCaps = word === up && word !== lower;
    if (isCaps) upper += word.length;
    if (isCaps && word.length >= 2) {
      if (runStart < 0) runStart = m.index;
      runEnd = m.index + word.length;
      runWords++;
      runLetters += word.length;
    } else if (!isCaps) {
      // A lone capital ("I", "A") neither extends nor ends a run.
      closeRun();
    }
  }
  closeRun();
  if (spans.length === 0 && letters >= 20 && upper / letters >= 0.6) spans.push([0, text.length]);
  for (const m of text.matchAll(EXCLAMATIONS)) {
    let bangs = 0;
    for (const ch of m[0]) if (ch === '!' || ch === '¡') bangs++;
    if (bangs >= 2 || m[0].length >= 3) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

const approvedCache = new WeakMap<string[], string[]>();
function normalizedApproved(texts: string[] | undefined): string[] {
  if (!texts || texts.length === 0) return [];
  let cached = approvedCache.get(texts);
  if (!cached) {
    cached = texts.map(normalizeForCompare);
    approvedCache.set(texts, cached);
  }
  return cached;
}

/** The sentence around [start, end), for comparing with approved wording. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e] ?? '')) e++;
  return text.slice(s, e);
}

function liabilitySpans(text: string, approved: string[]): Span[] {
  const spans = spansOf(RE_LIABILITY, text);
  if (approved.length === 0 || spans.length === 0) return spans;
  return spans.filter(([start, end]) => {
    const sentence = normalizeForCompare(sentenceAround(text, start, end));
    return !approved.some((a) => a.includes(sentence));
  });
}

function finding(kind: ToneKind, spans: Span[], ui: Language, params: Record<string, string | number> = {}): ToneFinding {
  const texts = TONE_MESSAGES[ui][kind];
  return {
    kind,
    spans,
    severity: INFO_KINDS.has(kind) ? 'info' : 'warning',
    message: interpolate(texts.message, params),
    suggestion: interpolate(texts.suggestion, params),
  };
}

/**
 * Checks a reply draft. Findings come in a fixed order: warnings first (in
 * TONE_KINDS order), then the informational ones about what is missing.
 */
export function checkTone(draft: string, ctx: ToneContext): ToneFinding[] {
  const ui = ctx.uiLanguage;
  if (draft.trim().length === 0) return [];
  const found = new Map<ToneKind, ToneFinding>();
  const add = (kind: ToneKind, spans: Span[], params?: Record<string, string | number>) => {
    found.set(kind, finding(kind, spans, ui, params));
  };

  const blame = spansOf(RE_BLAME, draft);
  if (blame.length) add('blaming', blame);

  const sarcasm = [...spansOf(RE_SARCASM, draft), ...airQuoteSpans(draft)];
  if (sarcasm.length) add('sarcasm', sarcasm.sort((a, b) => a[0] - b[0]));

  const arguing = spansOf(RE_ARGUING, draft);
  if (arguing.length) add('arguing', arguing);

  const liability = liabilitySpans(draft, normalizedApproved(ctx.approvedTexts));
  if (liability.length) add('liability', liability);

  const personal = findPersonalData(draft);
  if (personal.length) add('personal-data', personal.map((h) => h.span));

  const shouting = shoutingSpans(draft);
  if (shouting.length) add('shouting', shouting.sort((a, b) => a[0] - b[0]));

  const overflow = overflowOffset(draft, ctx.platform);
  if (overflow !== null) {
    add('too-long', [[overflow, draft.length]], {
      length: weightedLength(draft, ctx.platform),
      limit: PLATFORM_LIMITS[ctx.platform],
      platform: PLATFORM_NAMES[ctx.platform],
    });
  }

  const guess = guessLanguage(draft);
  if (
    ctx.postLanguage !== 'und' &&
    guess.language !== 'und' &&
    guess.language !== ctx.postLanguage &&
    guess.words >= MIN_WORDS_FOR_LANGUAGE
  ) {
    add('wrong-language', [], {
      postLanguage: LANGUAGE_NAMES[ui][ctx.postLanguage],
      draftLanguage: LANGUAGE_NAMES[ui][guess.language],
    });
  }

  if (ctx.incidentOpen) {
    const promo = spansOf(RE_PROMOTIONAL, draft);
    if (promo.length) add('promotional', promo);
  }

  if (guess.words >= MIN_WORDS_FOR_COMPLETENESS) {
    RE_ACKNOWLEDGE.lastIndex = 0;
    if (!RE_ACKNOWLEDGE.test(draft)) add('no-acknowledgement', []);
    RE_NEXT_STEP.lastIndex = 0;
    if (!RE_NEXT_STEP.test(draft)) add('no-next-step', []);
  }

  const out: ToneFinding[] = [];
  for (const kind of TONE_KINDS) {
    const f = found.get(kind);
    if (f) out.push(f);
  }
  return out;
}
