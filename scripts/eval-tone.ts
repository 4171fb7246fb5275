/**
 * Measures the tone check on the labelled reply drafts, dev and held-out
 * separately: per problem kind and language, problems found / present, and
 * warnings on good drafts. Prints counts and, for dev only, the ids of misses.
 *
 *   npm run eval:tone [-- --verbose]
 */
import type { Language } from '../lib/schema';
import { DRAFT_PROBLEMS, evaluateDrafts, loadDrafts, recall, type DraftEval } from '../tests/tone/drafts-eval';

const LANGS: Language[] = ['en', 'de', 'da', 'pl'];
const pct = (f: number, p: number) => (p === 0 ? '   –' : `${String(Math.round((100 * f) / p)).padStart(3)}%`);
const cell = (f: number, p: number) => (p === 0 ? '–' : `${f}/${p}`).padStart(6);

function report(name: string, e: DraftEval, showIds: boolean): void {
  console.log(`\n## ${name}\n`);
  console.log(`${'problem'.padEnd(20)}${LANGS.map((l) => l.padStart(6)).join('')}   all   recall`);
  for (const p of DRAFT_PROBLEMS) {
    const all = recall(e, p);
    if (all.present === 0) continue;
    const row = LANGS.map((l) => cell(e.problems[p][l].found, e.problems[p][l].present)).join('');
    console.log(`${p.padEnd(20)}${row}${cell(all.found, all.present)}  ${pct(all.found, all.present)}`);
  }
  const total = recall(e);
  const perLang = LANGS.map((l) => recall(e, undefined, l));
  console.log(`${'all problems'.padEnd(20)}${perLang.map((t) => cell(t.found, t.present)).join('')}${cell(total.found, total.present)}  ${pct(total.found, total.present)}`);
  const goodRow = LANGS.map((l) => cell(e.good[l].warned, e.good[l].drafts)).join('');
  const goodAll = LANGS.reduce((a, l) => ({ w: a.w + e.good[l].warned, d: a.d + e.good[l].drafts }), { w: 0, d: 0 });
  console.log(`${'good drafts warned'.padEnd(20)}${goodRow}${cell(goodAll.w, goodAll.d)}`);
  const infoAll = LANGS.reduce((a, l) => a + e.good[l].informed, 0);
  console.log(`good drafts with an info hint: ${infoAll}/${goodAll.d}`);
  const fw = Object.entries(e.falseWarnings);
  console.log(`warning kinds on good drafts: ${fw.length ? fw.map(([k, n]) => `${k} ×${n}`).join(', ') : 'none'}`);
  if (showIds) {
    console.log(`missed: ${e.missedIds.join(' ') || 'none'}`);
    console.log(`good drafts warned: ${e.warnedIds.join(' ') || 'none'}`);
  }
}

const verbose = process.argv.includes('--verbose');
report('dev (reply-drafts.dev.json)', evaluateDrafts(loadDrafts('dev')), verbose);
// Held-out: counts only; its texts and ids are never printed, so nothing is tuned against them.
report('held (reply-drafts.held.json)', evaluateDrafts(loadDrafts('held')), false);
