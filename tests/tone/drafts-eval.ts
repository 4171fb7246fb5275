/**
 * Measures the tone check on labelled reply drafts (tests/fixtures/texts/
 * reply-drafts.*.json): for each labelled problem, whether a finding of a
 * matching kind was raised, and which warnings good drafts drew. Shared by
 * scripts/eval-tone.ts and the floor test; returns counts only, never texts,
 * so held-out drafts are not printed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkTone, type AnsweredKind, type ToneKind } from '../../lib/tone/index';
import type { Language } from '../../lib/schema';

export const DRAFT_PROBLEMS = [
  'unapproved-promise',
  'blame',
  'sarcasm',
  'arguing',
  'no-acknowledgement',
  'unfilled-variable',
  'personal-data',
  'defensive-or-cold',
] as const;
export type DraftProblem = (typeof DRAFT_PROBLEMS)[number];

/** Which findings count as catching a labelled problem (see docs/tone.md). */
export const PROBLEM_KINDS: Record<DraftProblem, ToneKind[]> = {
  'unapproved-promise': ['liability', 'needs-approval'],
  blame: ['blaming'],
  sarcasm: ['sarcasm'],
  arguing: ['arguing'],
  'no-acknowledgement': ['no-acknowledgement'],
  'unfilled-variable': ['unfilled-variable'],
  'personal-data': ['personal-data'],
  'defensive-or-cold': ['defensive', 'blaming'],
};

export interface LabelledDraft {
  id: string;
  lang: Language;
  inReplyTo: { text: string; kind: AnsweredKind };
  draft: string;
  problems: DraftProblem[];
}

export function loadDrafts(which: 'dev' | 'held'): LabelledDraft[] {
  const path = fileURLToPath(new URL(`../fixtures/texts/reply-drafts.${which}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledDraft[];
}

export interface Tally {
  found: number;
  present: number;
}

export interface DraftEval {
  /** problem → language → found / present */
  problems: Record<DraftProblem, Record<Language, Tally>>;
  /** language → good drafts / good drafts with at least one warning */
  good: Record<Language, { drafts: number; warned: number; informed: number }>;
  /** warning kinds raised on good drafts, with counts */
  falseWarnings: Partial<Record<ToneKind, number>>;
  /** ids of drafts whose problems were missed, and of good drafts that drew warnings */
  missedIds: string[];
  warnedIds: string[];
}

const LANGS: Language[] = ['en', 'de', 'da', 'pl'];

export function evaluateDrafts(items: LabelledDraft[]): DraftEval {
  const problems = Object.fromEntries(
    DRAFT_PROBLEMS.map((p) => [p, Object.fromEntries(LANGS.map((l) => [l, { found: 0, present: 0 }]))]),
  ) as DraftEval['problems'];
  const good = Object.fromEntries(LANGS.map((l) => [l, { drafts: 0, warned: 0, informed: 0 }])) as DraftEval['good'];
  const falseWarnings: DraftEval['falseWarnings'] = {};
  const missedIds: string[] = [];
  const warnedIds: string[] = [];
  for (const item of items) {
    const findings = checkTone(item.draft, {
      platform: 'facebook',
      postLanguage: item.lang,
      uiLanguage: item.lang,
      incidentOpen: false,
      answering: item.inReplyTo.kind,
    });
    const kinds = new Set(findings.map((f) => f.kind));
    if (item.problems.length === 0) {
      const g = good[item.lang];
      g.drafts++;
      const warnings = findings.filter((f) => f.severity === 'warning');
      if (warnings.length) {
        g.warned++;
        warnedIds.push(item.id);
        for (const w of warnings) falseWarnings[w.kind] = (falseWarnings[w.kind] ?? 0) + 1;
      }
      if (findings.some((f) => f.severity === 'info')) g.informed++;
      continue;
    }
    for (const problem of item.problems) {
      const tally = problems[problem][item.lang];
      tally.present++;
      if (PROBLEM_KINDS[problem].some((k) => kinds.has(k))) tally.found++;
      else missedIds.push(`${item.id}:${problem}`);
    }
  }
  return { problems, good, falseWarnings, missedIds, warnedIds };
}

/** Found / present over all languages (or one). */
export function recall(e: DraftEval, problem?: DraftProblem, lang?: Language): Tally {
  const out = { found: 0, present: 0 };
  for (const p of problem ? [problem] : DRAFT_PROBLEMS) {
    for (const l of lang ? [lang] : LANGS) {
      out.found += e.problems[p][l].found;
      out.present += e.problems[p][l].present;
    }
  }
  return out;
}
