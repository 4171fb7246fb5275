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
  ACKNOWLEDGE_FAMILIES,
  ARGUING_FAMILIES,
  BLAME_FAMILIES,
  DEFENSIVE,
  MOCKING_EMOJI,
  MONEY_NOUNS,
  MONEY_OFFERS,
  NEEDS_APPROVAL,
  NEXT_STEP_FAMILIES,
  NOT_ACKNOWLEDGING,
  OFFER_CUES,
  PROMISE_HEDGES,
  SARCASM_FAMILIES,
} from './families';
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
import { findUnfilledVariables } from './variables';
import { expectsAcknowledgement, type AnsweredKind } from './context';

export { TONE_KINDS, type ToneKind } from './messages';
export { weightedLength, PLATFORM_LIMITS } from './length';
export { detectDraftLanguage } from './language';
export { findUnfilledVariables, type UnfilledVariable } from './variables';
export { answeredKindOf, expectsAcknowledgement, type AnsweredKind } from './context';

export interface ToneContext {
  platform: Platform;
  postLanguage: DetectedLanguage;
  uiLanguage: Language;
  incidentOpen: boolean;
  /** Filled approved templates: promises they make are not flagged. */
  approvedTexts?: string[];
  /**
   * What the post being answered is. Only replies to a complaint or criticism
   * are expected to acknowledge it and to say what happens next; laughing
   * emoji read as mockery there too. Unknown: neither is asked for.
   */
  answering?: AnsweredKind;
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

const RE_BLAME = compileLexicon([...BLAME, ...BLAME_FAMILIES]);
const RE_SARCASM = compileLexicon([...SARCASM, ...SARCASM_FAMILIES]);
const RE_ARGUING = compileLexicon([...ARGUING, ...ARGUING_FAMILIES]);
const RE_DEFENSIVE = compileLexicon(DEFENSIVE);
const RE_LIABILITY = compileLexicon([...LIABILITY, ...MONEY_OFFERS]);
const RE_MONEY_NOUN = compileLexicon(MONEY_NOUNS);
const RE_OFFER_CUE = compileLexicon(OFFER_CUES);
const RE_HEDGE = compileLexicon(PROMISE_HEDGES);
const RE_NEEDS_APPROVAL = compileLexicon(NEEDS_APPROVAL);
const RE_ACKNOWLEDGE = compileLexicon([...ACKNOWLEDGE, ...ACKNOWLEDGE_FAMILIES]);
const RE_NOT_ACKNOWLEDGING = compileLexicon(NOT_ACKNOWLEDGING);
const RE_NEXT_STEP = compileLexicon([...NEXT_STEP, ...NEXT_STEP_FAMILIES]);
const RE_PROMOTIONAL = compileLexicon(PROMOTIONAL);
const SENTENCE = /[^.!?\n]+[.!?\n]*/gu;

const AIR_QUOTES = /(?<=^|[\s(])(["'“‘„«»‚])(\p{L}[\p{L} -]{0,24}?)(["'”’“»«‘])(?![\p{L}])/gu;
const EXCLAMATIONS = /[!?¡]{2,}/gu;
const WORD = /\p{L}+/gu;

/**
 * Below this many words a reply to a complaint is still being typed. Two, so
 * that a bare "Order shipped." already draws the hint that it acknowledges nothing.
 */
const MIN_WORDS_FOR_COMPLETENESS = 2;
/** Below this many words the language guess is not worth a warning. */
const MIN_WORDS_FOR_LANGUAGE = 4;

const INFO_KINDS: ReadonlySet<ToneKind> = new Set(['no-acknowledgement', 'no-next-step']);

/** Sorted, with overlapping spans merged, so each word is highlighted once. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function spansOf(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  // matchAll starts at lastIndex, which an earlier test() may have moved.
  re.lastIndex = 0;
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

/** A thing of money value and a giving verb in the same sentence: "obendrauf gibt's eine Gutschrift". */
function offerSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    RE_MONEY_NOUN.lastIndex = 0;
    RE_OFFER_CUE.lastIndex = 0;
    if (!RE_MONEY_NOUN.test(sentence) || !RE_OFFER_CUE.test(sentence)) continue;
    for (const [s, e] of [...spansOf(RE_OFFER_CUE, sentence), ...spansOf(RE_MONEY_NOUN, sentence)]) {
      spans.push([m.index + s, m.index + e]);
    }
  }
  return spans;
}

/**
 * Promises, minus those in a sentence that takes them back ("we can't promise
 * a refund yet") or that an approved template makes word for word.
 */
function promiseSpans(spans: Span[], text: string, approved: string[]): Span[] {
  if (spans.length === 0) return spans;
  return mergeSpans(spans).filter(([start, end]) => {
    const raw = sentenceAround(text, start, end);
    RE_HEDGE.lastIndex = 0;
    if (RE_HEDGE.test(raw)) return false;
    if (approved.length === 0) return true;
    const sentence = normalizeForCompare(raw);
    return !approved.some((a) => a.includes(sentence));
  });
}

/** Acknowledging words, minus polite formulas that acknowledge nothing ("Wir bitten um Verständnis"). */
function acknowledges(text: string): boolean {
  const hollow = spansOf(RE_NOT_ACKNOWLEDGING, text);
  return spansOf(RE_ACKNOWLEDGE, text).some(([s, e]) => !hollow.some(([hs, he]) => s < he && e > hs));
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
 * The finding about template variables left in the draft, or null: what the
 * reply view shows when it refuses one-click insertion.
 */
export function unfilledVariableFinding(draft: string, ui: Language): ToneFinding | null {
  const variables = findUnfilledVariables(draft);
  if (variables.length === 0) return null;
  return finding('unfilled-variable', variables.map((v) => v.span), ui, {
    names: [...new Set(variables.map((v) => v.text))].join(', '),
  });
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

  const unfilled = unfilledVariableFinding(draft, ui);
  if (unfilled) found.set('unfilled-variable', unfilled);

  const blame = spansOf(RE_BLAME, draft);
  if (blame.length) add('blaming', mergeSpans(blame));

  const complaint = expectsAcknowledgement(ctx.answering);
  const sarcasm = [...spansOf(RE_SARCASM, draft), ...airQuoteSpans(draft), ...(complaint ? spansOf(MOCKING_EMOJI, draft) : [])];
  if (sarcasm.length) add('sarcasm', mergeSpans(sarcasm));

  const arguing = spansOf(RE_ARGUING, draft);
  if (arguing.length) add('arguing', mergeSpans(arguing));

  const defensive = spansOf(RE_DEFENSIVE, draft);
  if (defensive.length) add('defensive', mergeSpans(defensive));

  const approved = normalizedApproved(ctx.approvedTexts);
  const liability = promiseSpans([...spansOf(RE_LIABILITY, draft), ...offerSpans(draft)], draft, approved);
  if (liability.length) add('liability', liability);

  const approval = promiseSpans(spansOf(RE_NEEDS_APPROVAL, draft), draft, approved);
  if (approval.length) add('needs-approval', approval);

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

  if (complaint && guess.words >= MIN_WORDS_FOR_COMPLETENESS) {
    if (!acknowledges(draft)) add('no-acknowledgement', []);
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
