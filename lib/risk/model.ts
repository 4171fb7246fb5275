/**
 * The escalation classifier at run time: a logistic regression over hashed features
 * (features.ts) with int8-quantised weights, a bias and a decision threshold per language.
 * The model file is produced by scripts/train.ts and records what it was trained on.
 */
import type { DetectedLanguage, Span } from '../schema';
import { extractFeatures, FEATURE_BITS, FeatureBuffer } from './features';

export interface TrainedSource {
  file: string;
  source: string;
  lang: string;
  licence: string;
  rows: number;
}

export interface ModelFile {
  format: 'keel-risk-logreg-v1';
  featureBits: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Base64 of the int8 weights (2^featureBits bytes). */
  weights: string;
  bias: Record<DetectedLanguage, number>;
  /** Logit at which the classifier alone reaches the 'medium' level, per language. */
  threshold: Record<DetectedLanguage, number>;
  /** Score points per logit unit around the threshold. */
  slope: number;
  trainedOn: TrainedSource[];
  excluded: Array<{ file: string; reason: string }>;
  heldOut: string;
  training: Record<string, string | number>;
}

export interface Classifier {
  weights: Float32Array;
  bias: Record<DetectedLanguage, number>;
  threshold: Record<DetectedLanguage, number>;
  slope: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(b64: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = b64.length;
  while (len > 0 && b64[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = lookup[b64.charCodeAt(i)]!;
    const b = lookup[b64.charCodeAt(i + 1)] ?? 0;
    const c = i + 2 < len ? lookup[b64.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < len ? lookup[b64.charCodeAt(i + 3)]! : 0;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (triple >> 16) & 0xff;
    if (o < out.length) out[o++] = (triple >> 8) & 0xff;
    if (o < out.length) out[o++] = triple & 0xff;
  }
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

export function loadClassifier(file: ModelFile): Classifier {
  if (file.format !== 'keel-risk-logreg-v1' || file.featureBits !== FEATURE_BITS) {
    throw new Error(`risk model format ${file.format}/${file.featureBits} does not match the feature extractor (${FEATURE_BITS} bits)`);
  }
  const bytes = decodeBase64(file.weights);
  const weights = new Float32Array(bytes.length);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < signed.length; i++) weights[i] = signed[i]! * file.scale;
  return { weights, bias: file.bias, threshold: file.threshold, slope: file.slope };
}

/** Features are scaled by 1/sqrt(count) so long and short posts give comparable logits. */
export function featureNorm(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Score points of the classifier for a logit: 30 (= 'medium') at the language's threshold. */
export function classifierPoints(z: number, threshold: number, slope: number): number {
  const p = 30 + slope * (z - threshold);
  return p <= 0 ? 0 : p >= 60 ? 60 : p;
}

/** Below this many points the classifier neither counts nor appears as a reason (near-certain harmless text). */
export const MIN_CLASSIFIER_POINTS = 10;

export interface ClassifierResult {
  logit: number;
  points: number;
  /** Words that pushed the logit up most (at most three), as spans in the original text. */
  spans: Span[];
}

const MIN_SPAN_LOGIT = 0.15;
const buffer = new FeatureBuffer();
let contributions = new Float64Array(256);

/** Longest text the classifier reads; beyond it a post is not more or less escalating. */
export const CLASSIFIER_MAX_CHARS = 20_000;

export function classify(model: Classifier, text: string, language: DetectedLanguage): ClassifierResult {
  const scanned = text.length > CLASSIFIER_MAX_CHARS ? text.slice(0, CLASSIFIER_MAX_CHARS) : text;
  const count = extractFeatures(scanned, buffer);
  const norm = featureNorm(count);
  const w = model.weights;
  const idx = buffer.indices;
  const tok = buffer.tokens;
  const tokens = buffer.tokenCount;
  if (contributions.length < tokens) contributions = new Float64Array(Math.max(tokens, contributions.length * 2));
  contributions.fill(0, 0, tokens);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const v = w[idx[i]!]!;
    sum += v;
    const t = tok[i]!;
    if (t >= 0) contributions[t]! += v;
  }
  const logit = model.bias[language] + sum * norm;
  const threshold = model.threshold[language];
  const points = classifierPoints(logit, threshold, model.slope);
  const spans: Span[] = [];
  if (points > 0) {
    // Top three tokens by contribution, only those that clearly push towards escalation.
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
  return { logit, points, spans };
}
