/**
 * Rule signals: lexicon hits per kind (with their spans in the original text) and shouting.
 * Each kind becomes at most one reason; its weight grows with the number of distinct hits.
 */
import type { CrisisType, Language, RiskReason, Span } from '../schema';
import { ensureFeatureTables, isLower, isUpper } from './features';
import { LEXICON_WEIGHTS, LEXICONS, type LexiconKind } from './lexicon';
import { indexPhrases, lowerSameLength, scanPhrases, type PhraseIndex } from './phrases';

/** Each language's entries, indexed when a post of that language is first scored. */
const INDEXES: Partial<Record<Language, PhraseIndex>> = {};
function phraseIndex(lang: Language): PhraseIndex {
  return (INDEXES[lang] ??= indexPhrases(LEXICONS[lang]));
}

/** Indexes a language's lexicon now rather than with the first post of that language. */
export function prepareLexicon(lang: Language): void {
  phraseIndex(lang);
}

/** Which lexicons to run for a post: its own language plus English, whose words travel everywhere. */
const LEXICON_ORDER: Record<Language | 'und', readonly Language[]> = {
  en: ['en'],
  de: ['de', 'en'],
  da: ['da', 'en'],
  pl: ['pl', 'en'],
  und: ['en', 'de', 'da', 'pl'],
};

/** Longest text the rules look at; the rest of a 100,000-character paste adds nothing new. */
export const RULES_MAX_CHARS = 20_000;

export interface RuleHit {
  kind: LexiconKind | 'shouting';
  spans: Span[];
  weight: number;
  /** Crisis type votes of this kind's hits. */
  crisisVotes: Partial<Record<CrisisType, number>>;
  /** The matched words, lowercased, for params. */
  terms: string[];
}

const SHOUTING_WEIGHT = 10;

function hitWeight(base: number, distinct: number): number {
  return Math.round(base * Math.min(1.5, 1 + 0.25 * (distinct - 1)));
}

/** Lexicon hits of the post, one entry per kind, in no particular order. */
export function lexiconHits(text: string, language: Language | 'und'): RuleHit[] {
  const scanned = text.length > RULES_MAX_CHARS ? text.slice(0, RULES_MAX_CHARS) : text;
  const byKind = new Map<LexiconKind, RuleHit>();
  const seenStarts = new Set<number>();
  const lower = lowerSameLength(scanned);
  for (const lang of LEXICON_ORDER[language]) {
    const groups = LEXICONS[lang];
    scanPhrases(phraseIndex(lang), lower, (g, start, end) => {
      // A word already matched by an earlier lexicon (e.g. German before English) counts once.
      if (seenStarts.has(start)) return;
      seenStarts.add(start);
      const group = groups[g]!;
      let hit = byKind.get(group.kind);
      if (!hit) {
        hit = { kind: group.kind, spans: [], weight: 0, crisisVotes: {}, terms: [] };
        byKind.set(group.kind, hit);
      }
      hit.spans.push([start, end]);
      const term = lower.slice(start, end);
      if (!hit.terms.includes(term)) hit.terms.push(term);
      if (group.crisis) hit.crisisVotes[group.crisis] = (hit.crisisVotes[group.crisis] ?? 0) + 1;
    });
  }
  const hits: RuleHit[] = [];
  for (const hit of byKind.values()) {
    hit.spans.sort((a, b) => a[0] - b[0]);
    hit.weight = hitWeight(LEXICON_WEIGHTS[hit.kind as LexiconKind], hit.terms.length);
    hits.push(hit);
  }
  return hits;
}

/**
 * Shouting: a post of at least 12 cased letters that is 70 % capitals (spans: its all-caps words),
 * or a run of three or more '!' (spans: the runs).
 */
export function shoutingHit(text: string): RuleHit | null {
  ensureFeatureTables();
  const n = Math.min(text.length, RULES_MAX_CHARS);
  let upper = 0;
  let lower = 0;
  const spans: Span[] = [];
  let wordStart = -1;
  let wordUpper = 0;
  let wordLower = 0;
  const capsWords: Span[] = [];
  const bangs: Span[] = [];
  let bangStart = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const up = isUpper(c);
    const low = !up && isLower(c);
    if (up) upper++;
    else if (low) lower++;
    if (up || low) {
      if (wordStart < 0) {
        wordStart = i;
        wordUpper = 0;
        wordLower = 0;
      }
      if (up) wordUpper++;
      else wordLower++;
    } else if (wordStart >= 0) {
      if (wordUpper >= 2 && wordLower === 0) capsWords.push([wordStart, i]);
      wordStart = -1;
    }
    if (c === 0x21) {
      if (bangStart < 0) bangStart = i;
    } else if (bangStart >= 0) {
      if (i - bangStart >= 3) bangs.push([bangStart, i]);
      bangStart = -1;
    }
  }
  const cased = upper + lower;
  const capsShouting = cased >= 12 && upper / cased >= 0.7;
  if (capsShouting) spans.push(...capsWords);
  spans.push(...bangs);
  if (!capsShouting && bangs.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  const weight = capsShouting && bangs.length > 0 ? SHOUTING_WEIGHT + 5 : SHOUTING_WEIGHT;
  return {
    kind: 'shouting',
    spans,
    weight,
    crisisVotes: {},
    terms: [],
  };
}

/** Sum of the rule weights of a post (lexicon and shouting), as the score would count them. */
export function rulePoints(text: string, language: Language | 'und'): number {
  let sum = 0;
  for (const h of lexiconHits(text, language)) sum += h.weight;
  const shout = shoutingHit(text);
  if (shout) sum += shout.weight;
  return sum;
}

export function toReason(hit: RuleHit): RiskReason {
  const params: Record<string, string | number> = { count: hit.spans.length };
  if (hit.terms.length) params.terms = hit.terms.slice(0, 5).join(', ');
  return { kind: hit.kind, spans: hit.spans, weight: hit.weight, params };
}
