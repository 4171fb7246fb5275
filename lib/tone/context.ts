/**
 * What is known about the post a draft answers, for the checks that depend on
 * it: a reply to praise or a plain question needs no apology and no next step,
 * a reply to a complaint or criticism does.
 */
import type { CrisisType, RiskAssessment } from '../schema';

/** The kind of post being answered; 'unknown' when it has not been assessed. */
export type AnsweredKind = 'complaint' | 'criticism' | 'praise' | 'question' | 'false-claim' | 'other' | 'unknown';

/** Kinds whose replies must acknowledge the problem and say what happens next. */
export function expectsAcknowledgement(kind: AnsweredKind | undefined): boolean {
  return kind === 'complaint' || kind === 'criticism';
}

// Reasons the risk engine gives for a post that complains or criticises.
const COMPLAINT_REASONS = new Set(['complaint', 'escalation', 'insult', 'safety', 'security', 'data-leak', 'legal', 'staff', 'ethics', 'boycott', 'press', 'pile-on']);
const COMPLAINT_TYPES: ReadonlySet<CrisisType> = new Set([
  'service-complaint',
  'product-defect',
  'employee-misconduct',
  'security-incident',
  'social-responsibility',
]);

/**
 * The answered kind from the mention's risk assessment and crisis type (the
 * one a person set, else the detected one). A reputation attack is answered
 * with facts, so it counts as a false claim unless the post also complains.
 */
export function answeredKindOf(risk: RiskAssessment | null | undefined, crisisType: CrisisType): AnsweredKind {
  if (!risk) return COMPLAINT_TYPES.has(crisisType) ? 'complaint' : 'unknown';
  if (risk.reasons.some((r) => COMPLAINT_REASONS.has(r.kind))) return 'complaint';
  if (COMPLAINT_TYPES.has(crisisType)) return 'complaint';
  if (crisisType === 'reputation-attack') return 'false-claim';
  if (risk.level !== 'low') return 'criticism';
  return 'other';
}
