/**
 * Level agreement of the risk engine with hand-labelled brand posts:
 * `npx tsx scripts/score-brand-posts.ts tests/fixtures/texts/brand-posts.held.json [--json]`.
 *
 * Each item has lang, text, level (expected) and, where given, crisisType. Prints per language
 * the share of exact level matches, of agreement on "flagged" (level ≥ medium on both sides or
 * on neither) and of crisis-type matches. Prints aggregates only, never a text, so a set kept
 * for measurement stays unseen.
 */
import { readFileSync } from 'node:fs';
import { assessRisk } from '../lib/risk/index';
import { DetectedLanguage, RISK_LEVELS, type RiskLevel } from '../lib/schema';

interface Item {
  lang: string;
  text: string;
  level?: RiskLevel;
  expectedLevel?: RiskLevel;
  crisisType?: string;
}

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/score-brand-posts.ts <file.json> [--json]');
  process.exit(2);
}
const raw = JSON.parse(readFileSync(path, 'utf8')) as Item[] | { items: Item[] };
const items = Array.isArray(raw) ? raw : raw.items;

interface Tally {
  n: number;
  exact: number;
  flagged: number;
  typed: number;
  typeRight: number;
}
const byLang = new Map<string, Tally>();
for (const item of items) {
  const expected = item.level ?? item.expectedLevel;
  if (!expected || !RISK_LEVELS.includes(expected)) continue;
  const parsed = DetectedLanguage.safeParse(item.lang);
  const r = assessRisk({ text: item.text, language: parsed.success ? parsed.data : 'und' });
  for (const key of [item.lang, 'all']) {
    const t = byLang.get(key) ?? { n: 0, exact: 0, flagged: 0, typed: 0, typeRight: 0 };
    t.n++;
    if (r.level === expected) t.exact++;
    if ((r.level === 'low') === (expected === 'low')) t.flagged++;
    if (item.crisisType) {
      t.typed++;
      if (r.crisisType === item.crisisType) t.typeRight++;
    }
    byLang.set(key, t);
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(0) : '—');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(byLang)));
} else {
  console.log('lang  items  exact level  ≥medium agrees  crisis type');
  for (const [lang, t] of byLang) {
    console.log(`${lang.padEnd(5)} ${String(t.n).padStart(5)}  ${pct(t.exact, t.n).padStart(9)} %  ${pct(t.flagged, t.n).padStart(12)} %  ${pct(t.typeRight, t.typed).padStart(9)} % of ${t.typed}`);
  }
}
