/**
 * Escalation risk of one post: the text classifier, explainable lexicon rules and the post's
 * context (author reach, engagement, whether the brand answered, repeated posts by the author)
 * add up to a score of 0–100 with the reasons behind it.
 *
 * Score = classifier points (0–60; 30 exactly at the per-language decision threshold)
 *       + rule points (lexicon kinds and shouting)
 *       + context points (reach, engagement, no reply yet, repeat author — scaled by how risky the
 *         text itself is, so a harmless post from a large account stays harmless)
 *       − points when the brand already replied; clamped to 0–100.
 * Levels: low < 30 ≤ medium < 55 ≤ high < 80 ≤ critical.
 */
import {
  CRISIS_TYPES,
  LANGUAGES,
  REASON_KINDS,
  type CrisisType,
  type DetectedLanguage,
  type Language,
  type Engagement,
  type Reach,
  type RiskAssessment,
  type RiskLevel,
  type RiskReason,
} from '../schema';
import { ensureFeatureTables } from './features';
import { detectLanguage } from './language';
import { classify, loadClassifier, MIN_CLASSIFIER_POINTS, type Classifier, type RuntimeModelFile } from './model';
import { classifierLimit, lexiconHits, prepareLexicon, shoutingHit, toReason, type RuleHit } from './rules';

export { detectLanguage } from './language';
export { explainReason, levelLabel, crisisTypeLabel } from './explain';

export interface RiskInput {
  text: string;
  /** Language the page declares for the post; 'und' if unknown (then it is detected). */
  language: DetectedLanguage;
  reach?: Reach;
  engagement?: Engagement;
  context?: { brandReplied?: boolean; authorPostsInThread?: number };
}

export const LEVEL_THRESHOLDS = { medium: 30, high: 55, critical: 80 } as const;

export function levelForScore(score: number): RiskLevel {
  if (score >= LEVEL_THRESHOLDS.critical) return 'critical';
  if (score >= LEVEL_THRESHOLDS.high) return 'high';
  if (score >= LEVEL_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/**
 * The trained model the engine scores with. Installed, not imported: the content scripts
 * receive it from the background (lib/risk/index.ts installs the bundled one for everything
 * else), because 0.9 MB of weights inside each content script cost every tab 30 ms of
 * compiling and evaluating before it could read a post (measured in Chromium 150).
 */
let modelFile: RuntimeModelFile | null = null;
let modelInstalled = false;
/** Decoded on first use, not on install. */
let classifier: Classifier | null = null;

function loadedClassifier(): Classifier | null {
  if (classifier === null && modelFile !== null) {
    classifier = loadClassifier(modelFile);
    // Scoring needs only the decoded weights: the file's base64 text (0.9 MB in every tab) goes.
    modelFile = null;
  }
  return classifier;
}

/** Installs the model to score with; without one, posts are scored by the rules and their context only. */
export function useRiskModel(file: RuntimeModelFile | null): void {
  modelFile = file;
  modelInstalled = file !== null;
  classifier = null;
}

export function riskModelInstalled(): boolean {
  return modelInstalled;
}

/**
 * The one-off costs of scoring, as separate steps: decoding the model, and reading each
 * language's lexicon. A content script runs each step in its own task before it scans, so none
 * of them lands in one long task with the first posts. (Running posts through the engine
 * beforehand, to have it optimised early, cost more than it saved: measured in Chromium 150,
 * 50 ms of warm-up against 20 ms saved on a 2,000-post page.)
 */
export function riskWarmUpSteps(): Array<() => void> {
  return [
    () => {
      loadedClassifier();
      ensureFeatureTables();
    },
    ...LANGUAGES.map((language) => () => prepareLexicon(language)),
  ];
}

/** Points at which a text counts as fully risky for scaling its context (= 'medium'). */
const CONTEXT_FULL_AT = LEVEL_THRESHOLDS.medium;

/** Boycott threats amplify whatever the post is about; they decide the type only on their own. */
const TOPIC_FACTOR: Partial<Record<RuleHit['kind'], number>> = { boycott: 0.4 };

function reachPoints(reach: Reach): number {
  let points = 0;
  const followers = reach.followers;
  if (followers !== null && followers >= 1000) points += Math.min(20, 3 + 5 * Math.log10(followers / 1000));
  if (reach.verified) points += 5;
  return points;
}

function engagementPoints(e: Engagement): { points: number; total: number } {
  const total = (e.replies ?? 0) * 2 + (e.reposts ?? 0) * 3 + (e.likes ?? 0) + (e.views ?? 0) / 100;
  if (total < 10) return { points: 0, total };
  return { points: Math.min(15, 4 * Math.log10(total / 10) + 2), total };
}

function chooseCrisisType(hits: readonly RuleHit[]): CrisisType {
  const votes = new Map<CrisisType, number>();
  for (const hit of hits) {
    let total = 0;
    for (const type of CRISIS_TYPES) total += hit.crisisVotes[type] ?? 0;
    if (total === 0) continue;
    const factor = TOPIC_FACTOR[hit.kind] ?? 1;
    for (const type of CRISIS_TYPES) {
      const v = hit.crisisVotes[type];
      if (v) votes.set(type, (votes.get(type) ?? 0) + (hit.weight * factor * v) / total);
    }
  }
  let best: CrisisType = 'none';
  let bestVotes = 0;
  for (const type of CRISIS_TYPES) {
    const v = votes.get(type) ?? 0;
    if (v > bestVotes) {
      best = type;
      bestVotes = v;
    }
  }
  return best;
}

const KIND_ORDER = new Map(REASON_KINDS.map((k, i) => [k, i]));

/**
 * The crisis type of the rule hits; a flagged post that no hit types (a legal or press threat, a
 * complaint the classifier found) is a customer's complaint about the service unless it only
 * insults.
 */
function crisisTypeOf(hits: readonly RuleHit[], textScore: number): CrisisType {
  const type = chooseCrisisType(hits);
  if (type !== 'none' || textScore < LEVEL_THRESHOLDS.medium || hits.some((h) => h.kind === 'insult')) return type;
  return 'service-complaint';
}

/** Threats of legal action, boycott or the press, safety and health claims, hacks and leaks, pile-on calls. */
const CRITICAL_KINDS: ReadonlySet<RiskReason['kind']> = new Set<RiskReason['kind']>(['legal', 'boycott', 'press', 'safety', 'security', 'data-leak', 'pile-on']);

/** Signals that may make a post 'high' without a critical one. */
const HIGH_KINDS: ReadonlySet<RiskReason['kind']> = new Set<RiskReason['kind']>(['escalation', 'insult', 'misinformation', 'ethics', 'shouting']);

/**
 * Makes the text's level say what docs/risk.md promises a community manager: a flagged post with
 * a critical signal is 'critical' (its strongest critical reason carries the missing points);
 * without one it is at most 'high', and without signs of escalation, insults, accusations or
 * shouting at most 'medium' (its reasons are scaled down together). Flagging (≥ medium) never changes here. Returns the text
 * score.
 */
function shapeTextLevel(reasons: RiskReason[]): number {
  let sum = 0;
  let critical: RiskReason | null = null;
  for (const r of reasons) {
    sum += r.weight;
    if (CRITICAL_KINDS.has(r.kind) && (critical === null || r.weight > critical.weight)) critical = r;
  }
  if (sum < LEVEL_THRESHOLDS.medium) return sum;
  if (critical) {
    if (sum < LEVEL_THRESHOLDS.critical) critical.weight += LEVEL_THRESHOLDS.critical - sum;
    return Math.max(sum, LEVEL_THRESHOLDS.critical);
  }
  // Dissatisfaction without signs of escalation (a complaint, or wording the classifier finds
  // negative) is 'medium', however strongly worded; insults and accusations may be 'high'.
  const escalating = reasons.some((r) => HIGH_KINDS.has(r.kind));
  const limit = (escalating ? LEVEL_THRESHOLDS.critical : LEVEL_THRESHOLDS.high) - 1;
  if (sum <= limit) return sum;
  let scaled = 0;
  for (const r of reasons) scaled += r.weight = Math.floor((r.weight * limit) / sum);
  return scaled;
}

export function assessRisk(input: RiskInput): RiskAssessment {
  const text = typeof input.text === 'string' ? input.text : '';
  const language: DetectedLanguage = input.language === 'und' ? detectLanguage(text) : input.language;
  const reasons: RiskReason[] = [];

  const hits = lexiconHits(text, language);
  const shout = shoutingHit(text);
  if (shout) hits.push(shout);

  const model = loadedClassifier();
  const cls = model
    ? classify(
        model,
        text,
        language,
        hits.map((h) => h.kind),
      )
    : null;
  // Thanks, praise and plain questions stay low: the classifier may not lift them, nor may their reach.
  const limit = classifierLimit(text, language, hits);
  const calm = limit !== Infinity;
  const classifierWeight = cls ? Math.min(Math.round(cls.points), limit) : 0;
  if (cls && classifierWeight >= MIN_CLASSIFIER_POINTS) {
    reasons.push({
      kind: 'classifier',
      spans: cls.spans,
      weight: classifierWeight,
      params: { probability: Math.round(100 / (1 + Math.exp(-cls.logit))), head: cls.head },
    });
  }

  for (const hit of hits) reasons.push(toReason(hit));

  const textScore = shapeTextLevel(reasons);
  const factor = calm ? 0 : Math.min(1, textScore / CONTEXT_FULL_AT);

  if (factor > 0) {
    if (input.reach) {
      const w = Math.round(reachPoints(input.reach) * factor);
      if (w > 0) {
        const params: Record<string, string | number> = { verified: input.reach.verified ? 1 : 0 };
        if (input.reach.followers !== null) params.followers = input.reach.followers;
        reasons.push({ kind: 'reach', spans: [], weight: w, params });
      }
    }
    if (input.engagement) {
      const e = engagementPoints(input.engagement);
      const w = Math.round(e.points * factor);
      if (w > 0) {
        const params: Record<string, string | number> = {};
        for (const key of ['replies', 'reposts', 'likes', 'views'] as const) {
          const v = input.engagement[key];
          if (v !== null) params[key] = v;
        }
        reasons.push({ kind: 'engagement', spans: [], weight: w, params });
      }
    }
    const posts = input.context?.authorPostsInThread ?? 0;
    if (posts >= 2) {
      const w = Math.round(Math.min(15, 5 * (posts - 1)) * factor);
      if (w > 0) reasons.push({ kind: 'repeat-author', spans: [], weight: w, params: { posts } });
    }
    if (input.context?.brandReplied === false) {
      const w = Math.round(5 * factor);
      if (w > 0) reasons.push({ kind: 'unanswered', spans: [], weight: w, params: { brandReplied: 0 } });
    }
  }
  if (input.context?.brandReplied === true) {
    let before = 0;
    for (const r of reasons) before += r.weight;
    const w = -Math.round(Math.min(15, before * 0.25));
    if (w < 0) reasons.push({ kind: 'unanswered', spans: [], weight: w, params: { brandReplied: 1 } });
  }

  reasons.sort((a, b) => b.weight - a.weight || (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
  let sum = 0;
  for (const r of reasons) sum += r.weight;
  const score = Math.max(0, Math.min(100, sum));
  return {
    score,
    level: levelForScore(score),
    reasons,
    crisisType: crisisTypeOf(hits, textScore),
    language,
  };
}
