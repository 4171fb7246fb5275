/**
 * Level agreement of the risk engine with hand-labelled brand posts:
 * `npx tsx scripts/score-brand-posts.ts tests/fixtures/texts/brand-posts.held.json [--json]`.
 *
 * Each item has lang, text, level (expected) and crisisType. Prints per language the share of
 * exact level matches, of agreement on "flagged" (level ≥ medium on both sides or on neither) and
 * of crisis-type matches. Prints aggregates only, never a text, so a set kept for measurement
 * stays unseen.
 */
import { readFileSync } from 'node:fs';
import { levelAgreement, type LabelledPost } from '../lib/risk/evaluation';
import { assessRisk } from '../lib/risk/index';
import { DetectedLanguage } from '../lib/schema';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/score-brand-posts.ts <file.json> [--json]');
  process.exit(2);
}
const items = JSON.parse(readFileSync(path, 'utf8')) as LabelledPost[];
const byLang = levelAgreement(items, (item) => {
  const parsed = DetectedLanguage.safeParse(item.lang);
  return assessRisk({ text: item.text, language: parsed.success ? parsed.data : 'und' });
});
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(0) : '—');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(byLang)));
} else {
  console.log('lang  items  exact level  ≥medium agrees  crisis type');
  for (const [lang, t] of byLang) {
    console.log(`${lang.padEnd(5)} ${String(t.n).padStart(5)}  ${pct(t.exact, t.n).padStart(9)} %  ${pct(t.flagged, t.n).padStart(12)} %  ${pct(t.typeRight, t.typed).padStart(9)} % of ${t.typed}`);
  }
}
