/**
 * Rule signals: lexicon hits per kind (with their spans in the original text) and shouting.
 * Each kind becomes at most one reason; its weight grows with the number of distinct hits.
 */
import type { CrisisType, Language, RiskReason, Span } from '../schema';
import { ensureFeatureTables, isLower, isUpper } from './features';
import { ESCALATION_SIGNALS, LEXICON_WEIGHTS, LEXICONS, type ComplaintSignal, type LexiconKind } from './lexicon';
import { isCalm } from './calm';
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
  kind: LexiconKind | 'shouting' | 'escalation';
  spans: Span[];
  weight: number;
  /** Crisis type votes of this kind's hits. */
  crisisVotes: Partial<Record<CrisisType, number>>;
  /** The matched words, lowercased, for params. */
  terms: string[];
  /** Complaint and escalation hits: what the phrases complain about (lexicon.ts COMPLAINT_SIGNALS). */
  signals?: ComplaintSignal[];
}

/** "The staff" as a whole is not a member of staff named. */
const COLLECTIVE_STAFF = /^(staff|employees|personal|personale[nt]?|personel\p{L}*|ansatte|medarbejderne|mitarbeitende\p{L}*)$/u;

/** Points of the signs of escalation on top of a complaint: complaint 30 + 25 = 'high'. */
export const ESCALATION_WEIGHT = 25;

const SHOUTING_WEIGHT = 10;

function hitWeight(base: number, distinct: number): number {
  return Math.round(base * Math.min(1.5, 1 + 0.25 * (distinct - 1)));
}

/** Lexicon hits of the post, one entry per kind, in no particular order. */
export function lexiconHits(text: string, language: Language | 'und'): RuleHit[] {
  const scanned = text.length > RULES_MAX_CHARS ? text.slice(0, RULES_MAX_CHARS) : text;
  const byKind = new Map<LexiconKind, RuleHit>();
  const escalation: RuleHit = { kind: 'escalation', spans: [], weight: 0, crisisVotes: {}, terms: [], signals: [] };
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
      if (group.signal) {
        if (!(hit.signals ??= []).includes(group.signal)) hit.signals.push(group.signal);
        if (ESCALATION_SIGNALS.has(group.signal)) {
          escalation.spans.push([start, end]);
          if (!escalation.terms.includes(term)) escalation.terms.push(term);
          if (!escalation.signals!.includes(group.signal)) escalation.signals!.push(group.signal);
        }
      }
    });
  }
  const hits: RuleHit[] = [];
  for (const hit of byKind.values()) {
    hit.spans.sort((a, b) => a[0] - b[0]);
    hit.weight = hitWeight(LEXICON_WEIGHTS[hit.kind as LexiconKind], hit.terms.length);
    hits.push(hit);
  }
  addEscalation(escalation, byKind, lower, hits);
  return hits;
}

/**
 * Signs that a complaint is escalating (crisis practice: waited days, no answer, contacted again
 * and again, refund demanded, promise broken, shamed in public, a member of staff named) become
 * one reason of their own, so a complaint with them is 'high'. Staff named count only with a
 * complaint or an insult: "your barista was lovely" is praise.
 */
function addEscalation(escalation: RuleHit, byKind: Map<LexiconKind, RuleHit>, lower: string, hits: RuleHit[]): void {
  const complaint = byKind.get('complaint');
  const staff = byKind.get('staff');
  if (staff && (complaint || byKind.has('insult')) && staff.terms.some((t) => !COLLECTIVE_STAFF.test(t))) {
    escalation.spans.push(...staff.spans);
    for (const [a, b] of staff.spans) {
      const term = lower.slice(a, b);
      if (!escalation.terms.includes(term)) escalation.terms.push(term);
    }
    escalation.signals!.push('staff-conduct');
  }
  if (escalation.spans.length === 0) return;
  escalation.spans.sort((a, b) => a[0] - b[0]);
  escalation.weight = ESCALATION_WEIGHT;
  hits.push(escalation);
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
  if (hit.signals?.length) params.signals = hit.signals.join(',');
  return { kind: hit.kind, spans: hit.spans, weight: hit.weight, params };
}

/** Kinds that make a post more than thanks, praise or a question (staff named and shouting do not). */
const NEGATIVE_KINDS: ReadonlySet<RuleHit['kind']> = new Set<RuleHit['kind']>([
  'insult', 'complaint', 'escalation', 'boycott', 'legal', 'press', 'safety', 'security', 'data-leak', 'pile-on', 'ethics', 'misinformation',
]);

/** Text points a calm post (thanks, praise, a plain question) stays under: below 'medium'. */
export const CALM_LIMIT = 29;

/**
 * The most classifier points a post may add: for thanks, praise or a plain question without any
 * negative rule signal, whatever keeps it below 'medium'; otherwise no limit.
 */
export function classifierLimit(text: string, language: Language | 'und', hits: readonly RuleHit[]): number {
  if (hits.some((h) => NEGATIVE_KINDS.has(h.kind)) || !isCalm(text, language)) return Infinity;
  let rules = 0;
  for (const h of hits) rules += h.weight;
  return Math.max(0, CALM_LIMIT - rules);
}
