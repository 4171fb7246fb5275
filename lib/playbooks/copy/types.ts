/**
 * Shape of the words in a default playbook, per language. The step plan (which
 * steps exist, in which phase, first at which risk levels) lives in
 * ../defaults.ts and is the same for every language; only the words differ.
 */
import type { CrisisType } from '../../schema';

export type ActiveCrisisType = Exclude<CrisisType, 'none'>;

/** Steps every playbook shares (readiness, the first public reply, community care, the review…). */
export const COMMON_STEP_KEYS = [
  'team',
  'approval',
  'delete-decision',
  'templates',
  'monitoring',
  'drills',
  'incident',
  'reply-now',
  'community',
  'updates',
  'lessons',
  'causes',
  'resume',
  'template-changes',
  'keep-watching',
] as const;
export type CommonStepKey = (typeof COMMON_STEP_KEYS)[number];

export interface PlaybookCopy {
  title: string;
  summary: string;
  /** Texts of the type's own steps, by step key. */
  steps: Record<string, string>;
  whoAnswers: string;
  channels: string[];
  /** May use the template variables {product} and {date}. */
  holdingStatement: string;
  escalateWhen: string;
  escalateTo: string;
  /** A point added to the shared delete guide for this crisis type, if any. */
  deleteNote?: string;
}

export interface LanguageCopy {
  commonSteps: Record<CommonStepKey, string>;
  movePrivateWhen: string;
  deleteGuide: string[];
  types: Record<ActiveCrisisType, PlaybookCopy>;
}
