/**
 * Quality and speed of the escalation-risk engine on labelled data:
 * `npm run eval -- --data <DIR> [--json] [--peers]`.
 *
 * Reads every `*.tsv` in DIR and scores the fixed held-out 20 % of each file (rows whose text
 * hashes to 0 mod 5, lib/risk/evaluation.ts) that scripts/train.ts never trains on. A post counts
 * as flagged (label 1) when assessRisk, given the text and its language and no context, rates it
 * at least 'medium' — the product's own decision rule. --peers adds the same figures for AFINN
 * (sentiment; score < 0), VADER (compound ≤ −0.05) and obscenity (any match).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { assessRisk } from '../lib/risk/index';
import { binaryScores, isHeldOut, parseTsv, sourceOfFile, type LabelledRow } from '../lib/risk/evaluation';
import { DetectedLanguage } from '../lib/schema';

const argv = process.argv.slice(2);
const dataIndex = argv.indexOf('--data');
const dataDir = dataIndex >= 0 ? argv[dataIndex + 1] : undefined;
if (!dataDir) {
  console.error('usage: npm run eval -- --data <DIR> [--json] [--peers]');
  process.exit(2);
}
const asJson = argv.includes('--json');
const withPeers = argv.includes('--peers');

/** Best published scores on the official test sets (data README); not comparable one to one. */
const PUBLISHED: Record<string, string> = {
  'tweeteval-offensive': '82.2 macro-F1',
  'tweeteval-hate': '56.4 macro-F1',
  'tweeteval-sentiment': '73.7 macro-recall (3 classes)',
  'tweeteval-emotion': '80.2 macro-F1 (4 classes)',
  complaints: '79 F1 / 87 macro-F1',
  germeval2018: '76.77 macro-F1',
  'xlmt-sentiment': '77.3 macro-F1 (3 classes)',
  dkhate: '78.7 macro-F1',
  'poleval2019-cbd': '70.6 F1 (harmful class)',
};

interface FileResult {
  file: string;
  lang: string;
  rows: number;
  macroF1: number;
  precision: number;
  recall: number;
  usPerText: number;
}

type Predictor = (row: LabelledRow) => number;

function evaluate(file: string, lang: string, rows: readonly LabelledRow[], predict: Predictor): FileResult {
  const gold = rows.map((r) => r.label);
  // One untimed pass warms the JIT; the timed pass gives the figures.
  for (const row of rows) predict(row);
  const predicted = new Array<number>(rows.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < rows.length; i++) predicted[i] = predict(rows[i]!);
  const elapsed = Number(process.hrtime.bigint() - start) / 1000;
  const s = binaryScores(gold, predicted);
  const r4 = (v: number): number => Math.round(v * 10000) / 10000;
  return {
    file,
    lang,
    rows: rows.length,
    macroF1: r4(s.macroF1),
    precision: r4(s.precision),
    recall: r4(s.recall),
    usPerText: Math.round((elapsed / Math.max(1, rows.length)) * 100) / 100,
  };
}

const ours: Predictor = (row) => {
  const parsed = DetectedLanguage.safeParse(row.lang);
  const language = parsed.success ? parsed.data : 'und';
  return assessRisk({ text: row.text, language }).level === 'low' ? 0 : 1;
};

const afinn = new Sentiment();
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const PEERS: Record<string, Predictor> = {
  sentiment: (row) => (afinn.analyze(row.text).score < 0 ? 1 : 0),
  'vader-sentiment': (row) => (vader.SentimentIntensityAnalyzer.polarity_scores(row.text).compound <= -0.05 ? 1 : 0),
  obscenity: (row) => (obscenity.hasMatch(row.text) ? 1 : 0),
};

const files = readdirSync(dataDir).filter((f) => f.endsWith('.tsv')).sort();
const results: FileResult[] = [];
const peerResults: Record<string, FileResult[]> = {};
for (const file of files) {
  const rows = parseTsv(readFileSync(join(dataDir, file), 'utf8')).filter((r) => isHeldOut(r.text));
  const lang = /\.([a-z]{2})\.tsv$/.exec(file)?.[1] ?? rows[0]?.lang ?? 'und';
  results.push(evaluate(file, lang, rows, ours));
  if (withPeers) {
    for (const [name, predict] of Object.entries(PEERS)) {
      (peerResults[name] ??= []).push(evaluate(file, lang, rows, predict));
    }
  }
}

const modelPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'risk', 'model.json');
const modelBytes = statSync(modelPath).size;
const note = 'Quality on the fixed held-out 20 % of each file (text hash mod 5 = 0), which training never sees.';

if (asJson) {
  console.error(note);
  const out: Record<string, unknown> = { files: results, modelBytes };
  if (withPeers) out.peers = peerResults;
  console.log(JSON.stringify(out));
} else {
  console.log(note);
  console.log('Decision rule: assessRisk level ≥ medium (text and declared language only, no context).\n');
  const pct = (v: number): string => (v * 100).toFixed(1).padStart(5);
  const header = ['file'.padEnd(28), 'rows'.padStart(5), 'macroF1', ' P(1) ', ' R(1) ', 'µs/text'];
  if (withPeers) header.push('AFINN', 'VADER', 'obscen', 'Δbest');
  header.push('published (official test set)');
  console.log(header.join(' '));
  results.forEach((r, i) => {
    const cols = [r.file.padEnd(28), String(r.rows).padStart(5), pct(r.macroF1).padStart(7), pct(r.precision).padStart(6), pct(r.recall).padStart(6), r.usPerText.toFixed(1).padStart(7)];
    if (withPeers) {
      const peerF = Object.keys(PEERS).map((name) => peerResults[name]![i]!.macroF1);
      cols.push(...peerF.map((f) => pct(f).padStart(5)), `${((r.macroF1 - Math.max(...peerF)) * 100 >= 0 ? '+' : '')}${((r.macroF1 - Math.max(...peerF)) * 100).toFixed(1)}`.padStart(6));
    }
    cols.push(PUBLISHED[sourceOfFile(r.file)] ?? '—');
    console.log(cols.join(' '));
  });
  if (withPeers) {
    console.log('\nPeer speed (µs/text, mean over files):');
    for (const name of Object.keys(PEERS)) {
      const list = peerResults[name]!;
      console.log(`  ${name}: ${(list.reduce((s, r) => s + r.usPerText, 0) / list.length).toFixed(1)}`);
    }
  }
  console.log(`\nmodel file: ${modelBytes} bytes (lib/risk/model.json)`);
}
