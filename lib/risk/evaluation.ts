/**
 * Shared by scripts/train.ts and scripts/eval.ts (not bundled into the extension): the labelled
 * TSV format, the held-out split both scripts agree on, and the binary quality figures.
 */
import { extractFeatures, FEATURE_COUNT, FeatureBuffer } from './features';

export interface LabelledRow {
  text: string;
  lang: string;
  label: 0 | 1;
  source: string;
}

/** Parses `text\tlang\tlabel\tsource` with a header line; malformed lines are skipped. */
export function parseTsv(content: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  const lines = content.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line) continue;
    const cols = line.split('\t');
    if (cols.length < 4) continue;
    const label = cols[2] === '1' ? 1 : cols[2] === '0' ? 0 : null;
    if (label === null) continue;
    rows.push({ text: cols[0]!, lang: cols[1]!, label, source: cols[3]! });
  }
  return rows;
}

function fnv1a(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** The fixed 20 % of every data file that training never sees: chosen by a hash of the text. */
export function isHeldOut(text: string): boolean {
  return fnv1a(text, 0x5eed) % 5 === 0;
}

/** Deterministic fold (0..k-1) of a training text, for cross-validated threshold choice. */
export function foldOf(text: string, k: number): number {
  return fnv1a(text, 0xf01d) % k;
}

export interface BinaryScores {
  rows: number;
  macroF1: number;
  precision: number;
  recall: number;
  f1Positive: number;
}

export function binaryScores(gold: ArrayLike<number>, predicted: ArrayLike<number>): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    if (g === 1 && p === 1) tp++;
    else if (g === 0 && p === 1) fp++;
    else if (g === 1 && p === 0) fn++;
    else tn++;
  }
  const f1 = (a: number, b: number, c: number): number => (2 * a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1Positive = f1(tp, fp, fn);
  const f1Negative = f1(tn, fn, fp);
  return { rows: gold.length, macroF1: (f1Positive + f1Negative) / 2, precision, recall, f1Positive };
}

/** Licence of every known data set, as the data README states it. */
export const DATASET_LICENCES: Record<string, { licence: string; shippable: boolean; tuneOnly?: boolean; note: string }> = {
  'tweeteval-offensive': { licence: "original set's terms (OLID)", shippable: true, note: 'TweetEval passes on the original terms; confirm them before a commercial release' },
  'tweeteval-hate': { licence: "original set's terms (HatEval 2019)", shippable: true, note: 'TweetEval passes on the original terms; confirm them before a commercial release' },
  'tweeteval-sentiment': { licence: "original set's terms (SemEval 2017)", shippable: true, note: 'TweetEval passes on the original terms; confirm them before a commercial release' },
  'tweeteval-emotion': { licence: "original set's terms (SemEval 2018)", shippable: true, note: 'TweetEval passes on the original terms; confirm them before a commercial release' },
  complaints: { licence: 'none stated', shippable: false, note: 'no licence grants any right to redistribute or derive; evaluated only' },
  'complaints-severity': { licence: 'MIT', shippable: true, note: 'MIT-licensed release of the X-CI severity labels' },
  germeval2018: { licence: 'CC BY 4.0', shippable: true, note: 'attribution: Wiegand, Siegel & Ruppenhofer, GermEval 2018' },
  germeval2019: { licence: 'unspecified', shippable: false, note: 'the redistributing repository states no licence; evaluated only' },
  'xlmt-sentiment': { licence: 'Apache-2.0 repo; SB-10K terms', shippable: true, note: 'SB-10K (Cieliebak et al. 2017) via XLM-T' },
  dkhate: { licence: 'CC BY 4.0', shippable: true, note: 'attribution: Sigurbergsson & Derczynski, DKhate' },
  'poleval2019-cbd': { licence: 'BSD-3', shippable: true, note: 'PolEval 2019 task 6' },
  'germeval2017-db': {
    licence: 'CC BY-NC 4.0',
    shippable: false,
    tuneOnly: true,
    note: 'evaluate and tune only: its training rows help choose the German thresholds and contribute no weights',
  },
  'clarin-emo-reviews': { licence: 'CC BY 4.0', shippable: true, note: 'attribution: CLARIN-Emo (PolEval 2024 emotion recognition)' },
  komentarze: { licence: 'CC BY 4.0', shippable: true, note: 'attribution: Komentarze (krzjoa/Komentarze, Wirtualna Polska comments)' },
};

/** Data sets of what a brand receives (complaints, negative reviews and feedback, harsh comments), as opposed to abuse sets. */
export const BRAND_FEEDBACK_SOURCES: ReadonlySet<string> = new Set(['germeval2017-db', 'clarin-emo-reviews', 'komentarze']);

/** "<source>.<lang>.tsv" → source name used in DATASET_LICENCES. */
export function sourceOfFile(file: string): string {
  return file.replace(/\.[a-z]{2}\.tsv$/, '');
}

/** Seeded uniform numbers in [0, 1): same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The baseline a per-file model sets: a plain logistic regression over the same hashed word and
 * character n-grams (no rules, no other data), trained on one file's rows only, class-balanced,
 * AdaGrad, seeded; predicts 1 at p ≥ 0.5. Returns the predictor.
 */
export function trainBaselineLR(rows: readonly LabelledRow[], epochs = 10, learningRate = 0.1, l2 = 1e-4): (text: string) => number {
  const buffer = new FeatureBuffer();
  const feats: Int32Array[] = rows.map((r) => {
    const n = extractFeatures(r.text, buffer);
    return Int32Array.from(buffer.indices.subarray(0, n));
  });
  const positives = rows.filter((r) => r.label === 1).length;
  const negatives = rows.length - positives;
  const weightOf = (label: number): number => (label === 1 ? rows.length / (2 * Math.max(1, positives)) : rows.length / (2 * Math.max(1, negatives)));
  const w = new Float64Array(FEATURE_COUNT);
  const g2 = new Float64Array(FEATURE_COUNT).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = rows.map((_, i) => i);
  const random = mulberry32(7);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const f = feats[e]!;
      const norm = f.length ? 1 / Math.sqrt(f.length) : 0;
      let z = bias;
      for (let k = 0; k < f.length; k++) z += w[f[k]!]! * norm;
      const g = (1 / (1 + Math.exp(-z)) - rows[e]!.label) * weightOf(rows[e]!.label);
      biasG2 += g * g;
      bias -= (learningRate * g) / Math.sqrt(biasG2);
      for (let k = 0; k < f.length; k++) {
        const idx = f[k]!;
        const gf = g * norm + l2 * w[idx]!;
        g2[idx]! += gf * gf;
        w[idx]! -= (learningRate * gf) / Math.sqrt(g2[idx]!);
      }
    }
  }
  return (text) => {
    const n = extractFeatures(text, buffer);
    const norm = n ? 1 / Math.sqrt(n) : 0;
    let z = bias;
    for (let k = 0; k < n; k++) z += w[buffer.indices[k]!]! * norm;
    return z >= 0 ? 1 : 0;
  };
}

/** A hand-labelled post: its language, text and the level (and crisis type) a community manager would give it. */
export interface LabelledPost {
  lang: string;
  text: string;
  level: string;
  crisisType?: string;
}

export interface LevelAgreement {
  n: number;
  /** Same level. */
  exact: number;
  /** Both flagged (≥ medium) or both low. */
  flagged: number;
  /** Items with a crisis type, and those where it matches. */
  typed: number;
  typeRight: number;
}

/** Level agreement per language (and 'all') of a scorer with hand-labelled posts. */
export function levelAgreement(items: readonly LabelledPost[], score: (post: LabelledPost) => { level: string; crisisType: string }): Map<string, LevelAgreement> {
  const byLang = new Map<string, LevelAgreement>();
  for (const item of items) {
    const r = score(item);
    for (const key of [item.lang, 'all']) {
      const t = byLang.get(key) ?? { n: 0, exact: 0, flagged: 0, typed: 0, typeRight: 0 };
      t.n++;
      if (r.level === item.level) t.exact++;
      if ((r.level === 'low') === (item.level === 'low')) t.flagged++;
      if (item.crisisType) {
        t.typed++;
        if (r.crisisType === item.crisisType) t.typeRight++;
      }
      byLang.set(key, t);
    }
  }
  return byLang;
}
