/**
 * The escalation classifier at run time: several logistic-regression heads (one per task family:
 * offensive/abusive language, hate, anger, negative sentiment, complaints) over the same hashed
 * features (features.ts), with int8-quantised weights. A post's features are hashed once and
 * dotted with each weight table; the head furthest above its own threshold decides, so a post is
 * flagged when any head for its language fires. The model file is produced by scripts/train.ts
 * and records what it was trained on.
 */
import type { DetectedLanguage, Language, Span } from '../schema';
import { extractFeatures, FEATURE_BITS, FeatureBuffer, ruleFeature } from './features';

export interface TrainedSource {
  file: string;
  source: string;
  lang: string;
  licence: string;
  rows: number;
}

/**
 * One head: a logistic regression for one task family (e.g. offensive language, anger,
 * complaints), trained only on the data sets of that family. Heads share the hashed features;
 * heads trained on different languages may share one weight table (their words rarely collide
 * and the bias is per language).
 */
export interface ModelHead {
  name: string;
  /** Index of the weight table. */
  table: number;
  /** Languages the head was trained for; it is not consulted for other languages. */
  languages: Language[];
  sources: string[];
  bias: Partial<Record<Language, number>>;
  /** Logit at which this head alone brings a post to the 'medium' level, per language. */
  threshold: Partial<Record<Language, number>>;
  /** The same for posts the register head reads as brand feedback (languages with a register head). */
  brandThreshold?: Partial<Record<Language, number>>;
}

/**
 * The register head: a logistic regression telling brand feedback (reviews, complaints) from the
 * social-media talk of the abuse sets; a positive logit selects the heads' brandThreshold.
 */
export interface RegisterHead {
  table: number;
  sources: string[];
  bias: Partial<Record<Language, number>>;
}

export interface ModelFile {
  format: 'keel-risk-heads-v2';
  /** Bits of the feature extractor (features.ts); tables of fewer bits take the low bits. */
  featureBits: number;
  tableBits: number;
  /** Weight of table t = int8 value × scales[t]. */
  scales: number[];
  /** Base64 of the int8 tables, one after the other (scales.length × 2^tableBits bytes). */
  weights: string;
  heads: ModelHead[];
  register?: RegisterHead;
  /** Score points per logit unit around the threshold. */
  slope: number;
  trainedOn: TrainedSource[];
  /** Sets whose licence allows tuning only: they helped choose the thresholds and contributed no weights. */
  tunedOn?: TrainedSource[];
  excluded: Array<{ file: string; reason: string }>;
  heldOut: string;
  training: Record<string, string | number>;
}

interface RuntimeHead {
  name: string;
  table: number;
  bias: number;
  threshold: number;
  /** Threshold for brand-feedback posts (= threshold without a register head). */
  brandThreshold: number;
}

export interface Classifier {
  /** int8 weights of all tables, table t at offset t << tableBits. */
  weights: Int8Array;
  tableBits: number;
  scales: Float64Array;
  /** The heads consulted for each language ('und': every head, at its mean bias and threshold). */
  headsFor: Record<DetectedLanguage, RuntimeHead[]>;
  /** Register head: its table (-1: none) and bias per language (null: not used for it). */
  registerTable: number;
  registerBias: Record<DetectedLanguage, number | null>;
  slope: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The weight tables as bytes. Browsers decode base64 straight into a typed array
 * (Uint8Array.fromBase64: Chromium 140, Firefox 133), which takes a millisecond where a
 * copy of atob's string, a character at a time, took a cold page 5 ms; without it, the copy.
 * Reading weights from a typed array rather than a string's characters made scoring 175
 * mentions several milliseconds faster while the page's code was still cold.
 */
function decodeWeights(base64: string): Int8Array {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (typeof fromBase64 === 'function') {
    const bytes = fromBase64.call(Uint8Array, base64);
    return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const binary = atob(base64);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const t = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    s += B64[(t >> 18) & 63]! + B64[(t >> 12) & 63]! + B64[(t >> 6) & 63]! + B64[t & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const t = bytes[i]! << 16;
    s += B64[(t >> 18) & 63]! + B64[(t >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const t = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    s += B64[(t >> 18) & 63]! + B64[(t >> 12) & 63]! + B64[(t >> 6) & 63]! + '=';
  }
  return s;
}

const LANGS: readonly Language[] = ['en', 'de', 'da', 'pl'];

/** The parts of a model file scoring reads (what the background sends content scripts). */
export type RuntimeModelFile = Pick<ModelFile, 'format' | 'featureBits' | 'tableBits' | 'scales' | 'weights' | 'heads' | 'register' | 'slope'>;

export function loadClassifier(file: RuntimeModelFile): Classifier {
  if (file.format !== 'keel-risk-heads-v2' || file.featureBits !== FEATURE_BITS || file.tableBits > FEATURE_BITS) {
    throw new Error(`risk model format ${file.format}/${file.featureBits} does not match the feature extractor (${FEATURE_BITS} bits)`);
  }
  const weights = decodeWeights(file.weights);
  if (weights.length !== file.scales.length << file.tableBits) throw new Error('risk model weights do not match its tables');
  const headsFor = { en: [], de: [], da: [], pl: [], und: [] } as Record<DetectedLanguage, RuntimeHead[]>;
  for (const head of file.heads) {
    let biasSum = 0;
    let thresholdSum = 0;
    let n = 0;
    for (const lang of LANGS) {
      const bias = head.bias[lang];
      const threshold = head.threshold[lang];
      if (!head.languages.includes(lang) || bias === undefined || threshold === undefined) continue;
      headsFor[lang].push({ name: head.name, table: head.table, bias, threshold, brandThreshold: head.brandThreshold?.[lang] ?? threshold });
      biasSum += bias;
      thresholdSum += threshold;
      n++;
    }
    if (n > 0) headsFor.und.push({ name: head.name, table: head.table, bias: biasSum / n, threshold: thresholdSum / n, brandThreshold: thresholdSum / n });
  }
  const registerBias = { en: null, de: null, da: null, pl: null, und: null } as Record<DetectedLanguage, number | null>;
  for (const lang of LANGS) registerBias[lang] = file.register?.bias[lang] ?? null;
  const registerTable = file.register ? file.register.table : -1;
  return { weights, tableBits: file.tableBits, scales: Float64Array.from(file.scales), headsFor, registerTable, registerBias, slope: file.slope };
}

/** Features are scaled by 1/sqrt(count) so long and short posts give comparable logits. */
export function featureNorm(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Score points of the classifier for a margin (logit − threshold): 30 (= 'medium') at 0. */
export function classifierPoints(margin: number, slope: number): number {
  const p = 30 + slope * margin;
  return p <= 0 ? 0 : p >= 60 ? 60 : p;
}

/** Below this many points the classifier neither counts nor appears as a reason (near-certain harmless text). */
export const MIN_CLASSIFIER_POINTS = 10;

export interface ClassifierResult {
  /** Logit of the head that decided (the one furthest above, or least below, its threshold). */
  logit: number;
  /** That head's name ('' when no head applies). */
  head: string;
  points: number;
  /** Words that pushed the deciding head up most (at most three), as spans in the original text. */
  spans: Span[];
}

const MIN_SPAN_LOGIT = 0.15;
const MAX_TABLES = 16;
const buffer = new FeatureBuffer();
let contributions = new Float64Array(256);
const tableSums = new Int32Array(MAX_TABLES);
const ruleFeatureCache = new Map<string, number>();

/** Longest text the classifier reads; beyond it a post is not more or less escalating. */
export const CLASSIFIER_MAX_CHARS = 20_000;

/**
 * `ruleKinds`: the kinds of rule signal the post triggered (lexicon kinds, 'shouting'), each
 * once; they are features of the classifier as well, exactly as in training.
 */
export function classify(model: Classifier, text: string, language: DetectedLanguage, ruleKinds: readonly string[] = []): ClassifierResult {
  const scanned = text.length > CLASSIFIER_MAX_CHARS ? text.slice(0, CLASSIFIER_MAX_CHARS) : text;
  extractFeatures(scanned, buffer);
  for (const kind of ruleKinds) {
    let f = ruleFeatureCache.get(kind);
    if (f === undefined) ruleFeatureCache.set(kind, (f = ruleFeature(kind)));
    buffer.push(f, -1);
  }
  const count = buffer.count;
  const norm = featureNorm(count);
  const w = model.weights;
  const idx = buffer.indices;
  const bits = model.tableBits;
  const mask = (1 << bits) - 1;
  const tables = model.scales.length;
  // Hash once, one sparse dot product per table (int8 sums are exact in an Int32).
  for (let t = 0; t < tables; t++) {
    const base = t << bits;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += w[base + (idx[i]! & mask)]!;
    tableSums[t] = sum;
  }
  const heads = model.headsFor[language];
  const registerBias = model.registerBias[language];
  const brand = registerBias !== null && registerBias + tableSums[model.registerTable]! * model.scales[model.registerTable]! * norm > 0;
  let best: RuntimeHead | null = null;
  let bestMargin = -Infinity;
  let bestLogit = 0;
  for (const head of heads) {
    const logit = head.bias + tableSums[head.table]! * model.scales[head.table]! * norm;
    const margin = logit - (brand ? head.brandThreshold : head.threshold);
    if (margin > bestMargin) {
      bestMargin = margin;
      bestLogit = logit;
      best = head;
    }
  }
  if (!best) return { logit: 0, head: '', points: 0, spans: [] };
  const points = classifierPoints(bestMargin, model.slope);
  const spans: Span[] = [];
  if (points > 0) {
    // Words of the deciding head, top three by contribution, only those that clearly push up.
    const tokens = buffer.tokenCount;
    const tok = buffer.tokens;
    const base = best.table << bits;
    const scale = model.scales[best.table]!;
    if (contributions.length < tokens) contributions = new Float64Array(Math.max(tokens, contributions.length * 2));
    contributions.fill(0, 0, tokens);
    for (let i = 0; i < count; i++) {
      const t = tok[i]!;
      if (t >= 0) contributions[t]! += w[base + (idx[i]! & mask)]! * scale;
    }
    let a = -1;
    let b = -1;
    let c = -1;
    for (let t = 0; t < tokens; t++) {
      const v = contributions[t]!;
      if (v <= 0) continue;
      if (a < 0 || v > contributions[a]!) {
        c = b;
        b = a;
        a = t;
      } else if (b < 0 || v > contributions[b]!) {
        c = b;
        b = t;
      } else if (c < 0 || v > contributions[c]!) {
        c = t;
      }
    }
    for (const t of [a, b, c]) {
      // A word is named only when it moves the logit by a noticeable amount on its own.
      if (t < 0 || contributions[t]! * norm < MIN_SPAN_LOGIT) continue;
      spans.push([buffer.tokenSpans[t * 2]!, buffer.tokenSpans[t * 2 + 1]!]);
    }
    spans.sort((x, y) => x[0] - y[0]);
  }
  return { logit: bestLogit, head: best.name, points, spans };
}
