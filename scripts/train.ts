/**
 * Trains the escalation classifier: `npm run train -- --data <DIR> [--out lib/risk/model.json]`.
 *
 * Reads every `<source>.<lang>.tsv` in DIR, keeps the rows outside the fixed held-out 20 %
 * (lib/risk/evaluation.ts isHeldOut) of the data sets whose licence allows shipping a derived
 * model, and fits a logistic regression over hashed features with AdaGrad (seeded shuffles, so
 * the same data always gives the same file). Decision thresholds are chosen on 4-fold
 * out-of-fold predictions of the training rows only, with the lexicon rules included exactly as
 * the product adds them. Options: --epochs N, --lr X, --l2 X, --include a,b (extra sources,
 * e.g. to measure what an unshippable set would add; the model then records it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_LICENCES, binaryScores, foldOf, isHeldOut, parseTsv, sourceOfFile } from '../lib/risk/evaluation';
import { extractFeatures, FEATURE_BITS, FEATURE_COUNT, FeatureBuffer } from '../lib/risk/features';
import { classifierPoints, encodeBase64, featureNorm, MIN_CLASSIFIER_POINTS, type ModelFile, type TrainedSource } from '../lib/risk/model';
import { rulePoints } from '../lib/risk/rules';
import type { DetectedLanguage, Language } from '../lib/schema';

const LANGS: readonly Language[] = ['en', 'de', 'da', 'pl'];

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dataDir = arg('data');
if (!dataDir) {
  console.error('usage: npm run train -- --data <DIR> [--out lib/risk/model.json] [--epochs N] [--lr X] [--l2 X]');
  process.exit(2);
}
const outPath = arg('out', 'lib/risk/model.json')!;
const epochs = Number(arg('epochs', '12'));
const learningRate = Number(arg('lr', '0.1'));
const l2 = Number(arg('l2', '0.0001'));
const extraSources = new Set((arg('include', '') ?? '').split(',').filter(Boolean));
/** For experiments: train on these sources only. */
const onlySources = new Set((arg('only', '') ?? '').split(',').filter(Boolean));

interface Example {
  fileIndex: number;
  lang: Language;
  label: 0 | 1;
  weight: number;
  start: number;
  end: number;
  rules: number;
  fold: number;
}

const files = readdirSync(dataDir).filter((f) => f.endsWith('.tsv')).sort();
const trainedOn: TrainedSource[] = [];
const excluded: Array<{ file: string; reason: string }> = [];
const examples: Example[] = [];
const fileNames: string[] = [];
let pool = new Int32Array(1 << 22);
let poolUsed = 0;
const buffer = new FeatureBuffer();
const seen = new Set<string>();

for (const file of files) {
  const source = sourceOfFile(file);
  const licence = DATASET_LICENCES[source];
  const include = ((licence?.shippable ?? false) || extraSources.has(source)) && (onlySources.size === 0 || onlySources.has(source));
  if (!include) {
    excluded.push({ file, reason: licence ? `licence: ${licence.licence} — ${licence.note}` : 'unknown licence' });
    continue;
  }
  const rows = parseTsv(readFileSync(join(dataDir, file), 'utf8'));
  const fileIndex = fileNames.length;
  fileNames.push(file);
  const kept = rows.filter((r) => !isHeldOut(r.text) && (LANGS as readonly string[]).includes(r.lang));
  const positives = kept.filter((r) => r.label === 1).length;
  const negatives = kept.length - positives;
  let used = 0;
  for (const row of kept) {
    const key = `${row.lang}\u0000${row.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = extractFeatures(row.text, buffer);
    if (poolUsed + count > pool.length) {
      const grown = new Int32Array(pool.length * 2);
      grown.set(pool);
      pool = grown;
    }
    pool.set(buffer.indices.subarray(0, count), poolUsed);
    // Class-balanced within each file, so a data set's base rate does not set the decision.
    const weight = row.label === 1 ? kept.length / (2 * positives) : kept.length / (2 * negatives);
    examples.push({
      fileIndex,
      lang: row.lang as Language,
      label: row.label,
      weight,
      start: poolUsed,
      end: poolUsed + count,
      rules: rulePoints(row.text, row.lang as Language),
      fold: foldOf(row.text, 4),
    });
    poolUsed += count;
    used++;
  }
  trainedOn.push({ file, source, lang: rows[0]?.lang ?? '', licence: licence?.licence ?? 'unknown', rows: used });
  console.log(`${file}: ${used} training rows (${rows.length - kept.length} held out)`);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fitted {
  weights: Float64Array;
  bias: Record<Language, number>;
}

function fit(subset: readonly number[], seed: number): Fitted {
  const weights = new Float64Array(FEATURE_COUNT);
  const grad2 = new Float64Array(FEATURE_COUNT).fill(1e-8);
  const bias: Record<Language, number> = { en: 0, de: 0, da: 0, pl: 0 };
  const biasGrad2: Record<Language, number> = { en: 1e-8, de: 1e-8, da: 1e-8, pl: 1e-8 };
  const order = subset.slice();
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const e of order) {
      const ex = examples[e]!;
      const norm = featureNorm(ex.end - ex.start);
      let s = 0;
      for (let k = ex.start; k < ex.end; k++) s += weights[pool[k]!]!;
      const z = bias[ex.lang] + s * norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.label) * ex.weight;
      biasGrad2[ex.lang] += g * g;
      bias[ex.lang] -= (learningRate * g) / Math.sqrt(biasGrad2[ex.lang]);
      const gn = g * norm;
      for (let k = ex.start; k < ex.end; k++) {
        const f = pool[k]!;
        const gf = gn + l2 * weights[f]!;
        const g2 = grad2[f]! + gf * gf;
        grad2[f] = g2;
        weights[f] = weights[f]! - (learningRate * gf) / Math.sqrt(g2);
      }
    }
  }
  return { weights, bias };
}

function logit(model: Fitted, ex: Example): number {
  let s = 0;
  for (let k = ex.start; k < ex.end; k++) s += model.weights[pool[k]!]!;
  return model.bias[ex.lang] + s * featureNorm(ex.end - ex.start);
}

/** Exactly the product's rule without context: classifier points (if shown) + rule points ≥ 30. */
function flagged(z: number, rules: number, threshold: number, slope: number): number {
  let points = Math.round(classifierPoints(z, threshold, slope));
  if (points < MIN_CLASSIFIER_POINTS) points = 0;
  return points + rules >= 30 ? 1 : 0;
}

console.log(`${examples.length} training examples, ${poolUsed} feature occurrences; epochs ${epochs}, lr ${learningRate}, l2 ${l2}`);

// Out-of-fold logits for threshold choice.
const oof = new Float64Array(examples.length);
for (let fold = 0; fold < 4; fold++) {
  const train: number[] = [];
  const test: number[] = [];
  examples.forEach((ex, i) => (ex.fold === fold ? test : train).push(i));
  const model = fit(train, 1000 + fold);
  for (const i of test) oof[i] = logit(model, examples[i]!);
  console.log(`fold ${fold}: trained on ${train.length}`);
}

function meanMacroF1(lang: Language, threshold: number, slope: number): { mean: number; perFile: Record<string, number> } {
  const perFile: Record<string, number> = {};
  let total = 0;
  let n = 0;
  fileNames.forEach((file, fileIndex) => {
    const gold: number[] = [];
    const pred: number[] = [];
    examples.forEach((ex, i) => {
      if (ex.fileIndex !== fileIndex || ex.lang !== lang) return;
      gold.push(ex.label);
      pred.push(flagged(oof[i]!, ex.rules, threshold, slope));
    });
    if (gold.length === 0) return;
    const f = binaryScores(gold, pred).macroF1;
    perFile[file] = f;
    total += f;
    n++;
  });
  return { mean: n ? total / n : 0, perFile };
}

let best = { slope: 10, total: -1, thresholds: { en: 0, de: 0, da: 0, pl: 0 } as Record<Language, number> };
for (const slope of [6, 8, 10, 12, 15]) {
  const thresholds: Record<Language, number> = { en: 0, de: 0, da: 0, pl: 0 };
  let total = 0;
  for (const lang of LANGS) {
    let bestT = 0;
    let bestF = -1;
    for (let t = -3; t <= 4.0001; t += 0.05) {
      const f = meanMacroF1(lang, t, slope).mean;
      if (f > bestF + 1e-12) {
        bestF = f;
        bestT = Math.round(t * 100) / 100;
      }
    }
    thresholds[lang] = bestT;
    total += bestF;
  }
  console.log(`slope ${slope}: mean macro-F1 ${(total / LANGS.length).toFixed(4)} thresholds ${JSON.stringify(thresholds)}`);
  if (total > best.total + 1e-12) best = { slope, total, thresholds };
}
const oofReport: Record<string, number> = {};
for (const lang of LANGS) {
  const { perFile } = meanMacroF1(lang, best.thresholds[lang], best.slope);
  for (const [file, f] of Object.entries(perFile)) oofReport[file] = Math.round(f * 1000) / 1000;
}
console.log('out-of-fold macro-F1 on training rows:', oofReport);

const all = examples.map((_, i) => i);
const final = fit(all, 42);

// int8 quantisation: the scale keeps the 99.99th percentile of |w| inside ±127 (rare larger weights are clipped).
const magnitudes = Array.from(final.weights, Math.abs).filter((v) => v > 0).sort((a, b) => a - b);
const cap = magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? 1;
const scale = cap / 127;
const quantised = new Int8Array(FEATURE_COUNT);
for (let i = 0; i < FEATURE_COUNT; i++) quantised[i] = Math.max(-127, Math.min(127, Math.round(final.weights[i]! / scale)));

const meanOf = (r: Record<Language, number>): number => LANGS.reduce((s, l) => s + r[l], 0) / LANGS.length;
const round4 = (v: number): number => Math.round(v * 10000) / 10000;
const bias = { ...final.bias, und: meanOf(final.bias) } as Record<DetectedLanguage, number>;
const threshold = { ...best.thresholds, und: meanOf(best.thresholds) } as Record<DetectedLanguage, number>;
for (const k of Object.keys(bias) as DetectedLanguage[]) bias[k] = round4(bias[k]);
for (const k of Object.keys(threshold) as DetectedLanguage[]) threshold[k] = round4(threshold[k]);

const model: ModelFile = {
  format: 'keel-risk-logreg-v1',
  featureBits: FEATURE_BITS,
  scale: Number(scale.toPrecision(8)),
  weights: encodeBase64(new Uint8Array(quantised.buffer)),
  bias,
  threshold,
  slope: best.slope,
  trainedOn,
  excluded,
  heldOut: 'rows whose text hashes to 0 mod 5 (lib/risk/evaluation.ts isHeldOut) are never trained on; scripts/eval.ts reports on them',
  training: {
    method: 'logistic regression, AdaGrad, class-balanced per file, hashed word 1-2-grams + char 3-5-grams',
    epochs,
    learningRate,
    l2,
    examples: examples.length,
    thresholdChoice: '4-fold out-of-fold predictions on training rows, product decision rule incl. lexicon',
    oofMacroF1: JSON.stringify(oofReport),
  },
};
writeFileSync(outPath, `${JSON.stringify(model, null, 1)}\n`);
console.log(`wrote ${outPath}: ${Buffer.byteLength(JSON.stringify(model))} bytes, slope ${best.slope}, thresholds ${JSON.stringify(threshold)}`);
