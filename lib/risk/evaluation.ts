/**
 * Shared by scripts/train.ts and scripts/eval.ts (not bundled into the extension): the labelled
 * TSV format, the held-out split both scripts agree on, and the binary quality figures.
 */

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
export const DATASET_LICENCES: Record<string, { licence: string; shippable: boolean; note: string }> = {
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
};

/** "<source>.<lang>.tsv" → source name used in DATASET_LICENCES. */
export function sourceOfFile(file: string): string {
  return file.replace(/\.[a-z]{2}\.tsv$/, '');
}
