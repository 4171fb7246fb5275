/**
 * Keel's default crisis playbooks: one per crisis type (all but 'none') and
 * language. Every playbook walks the four phases of the crisis practice —
 * prepare, detect and assess, respond, recover — as checklists; each step says
 * at which risk levels it is the one to show first.
 */
import { CRISIS_TYPES, LANGUAGES, Playbook, type Language, type Phase, type RiskLevel } from '../schema';
import { DA } from './copy/da';
import { DE } from './copy/de';
import { EN } from './copy/en';
import { PL } from './copy/pl';
import { COMMON_STEP_KEYS, type ActiveCrisisType, type CommonStepKey, type LanguageCopy } from './copy/types';

/** Every crisis type but 'none': each has a playbook. */
export const ACTIVE_CRISIS_TYPES: readonly ActiveCrisisType[] = CRISIS_TYPES.filter(
  (type): type is ActiveCrisisType => type !== 'none',
);

/** When the default playbooks were last revised; builtin playbooks carry it as updatedAt. */
export const DEFAULT_PLAYBOOKS_UPDATED_AT = Date.UTC(2025, 0, 15);

type StepPlan = ReadonlyArray<readonly [key: string, levels: readonly RiskLevel[]]>;

const HIGH_UP = ['high', 'critical'] as const;
const PREPARE = (own: string): StepPlan => [
  ['team', []],
  ['approval', []],
  ['templates', []],
  ['monitoring', []],
  [own, []],
];
const RECOVER = (own: string): StepPlan => [
  [own, []],
  ['lessons', []],
  ['keep-watching', []],
];

/**
 * Which steps each playbook has, in order, and the risk levels at which each
 * comes first. Escalation leads the respond phase, so at high and critical risk
 * it is the first thing shown. Medium risk points at the detect-and-assess
 * steps; low risk at the personal reply.
 */
const PLAN: Record<ActiveCrisisType, Record<Phase, StepPlan>> = {
  'product-defect': {
    prepare: PREPARE('recall-path'),
    detect: [['same-fault', ['medium']], ['ask-quality', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['holding', HIGH_UP],
      ['recall', ['critical']],
      ['apologise', ['low', 'high']],
      ['details', ['low']],
    ],
    recover: RECOVER('close-loop'),
  },
  'service-complaint': {
    prepare: PREPARE('service-handover'),
    detect: [['pattern', ['medium']], ['history', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['status', ['critical']],
      ['reply-fast', ['low', 'high', 'critical']],
      ['move-private', ['low', 'high']],
      ['solve', ['low']],
    ],
    recover: RECOVER('follow-up'),
  },
  'reputation-attack': {
    prepare: PREPARE('fact-sheet'),
    detect: [['source', ['medium']], ['verify', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['facts', HIGH_UP],
      ['answer-facts', ['low', 'high']],
      ['report', ['low']],
    ],
    recover: RECOVER('record'),
  },
  'employee-misconduct': {
    prepare: PREPARE('social-policy'),
    detect: [['verify-facts', ['medium']], ['scope', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['statement', HIGH_UP],
      ['apologise', ['low', 'high']],
      ['privacy', ['low']],
    ],
    recover: RECOVER('outcome'),
  },
  'security-incident': {
    prepare: PREPARE('account-security'),
    detect: [['signs', ['medium']], ['data-check', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['secure', HIGH_UP],
      ['say-hacked', HIGH_UP],
      ['remove-posts', ['critical']],
      ['answer-worried', ['low', 'high']],
    ],
    recover: RECOVER('explain'),
  },
  'social-responsibility': {
    prepare: PREPARE('values-check'),
    detect: [['sentiment', ['medium']], ['calendar', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      ['acknowledge', HIGH_UP],
      ['commit', ['critical']],
      ['listen', ['low']],
      ['reply-link', ['low', 'high']],
    ],
    recover: RECOVER('progress'),
  },
};

const COPY: Record<Language, LanguageCopy> = { en: EN, de: DE, da: DA, pl: PL };
const PHASE_ORDER: readonly Phase[] = ['prepare', 'detect', 'respond', 'recover'];

function isCommon(key: string): key is CommonStepKey {
  return (COMMON_STEP_KEYS as readonly string[]).includes(key);
}

/** Builds one playbook from the plan and a language's copy; a missing or stray text is a bug, so it throws. */
export function buildDefaultPlaybook(crisisType: ActiveCrisisType, language: Language): Playbook {
  const copy = COPY[language];
  const own = copy.types[crisisType];
  const plan = PLAN[crisisType];
  const used = new Set<string>();
  const phases = PHASE_ORDER.map((phase) => ({
    phase,
    steps: plan[phase].map(([key, levels]) => {
      const text = isCommon(key) ? copy.commonSteps[key] : own.steps[key];
      if (!text) throw new Error(`Default playbook ${crisisType}/${language}: no text for step "${key}"`);
      if (!isCommon(key)) used.add(key);
      return { id: `${crisisType}.${phase}.${key}`, text, levels: [...levels] };
    }),
  }));
  const stray = Object.keys(own.steps).filter((key) => !used.has(key));
  if (stray.length) throw new Error(`Default playbook ${crisisType}/${language}: texts for unknown steps ${stray.join(', ')}`);
  return Playbook.parse({
    id: `keel-${crisisType}-${language}`,
    crisisType,
    language,
    title: own.title,
    summary: own.summary,
    phases,
    whoAnswers: own.whoAnswers,
    channels: own.channels,
    holdingStatement: own.holdingStatement,
    movePrivateWhen: copy.movePrivateWhen,
    escalateWhen: own.escalateWhen,
    escalateTo: own.escalateTo,
    deleteGuide: own.deleteNote ? [...copy.deleteGuide, own.deleteNote] : [...copy.deleteGuide],
    builtin: true,
    updatedAt: DEFAULT_PLAYBOOKS_UPDATED_AT,
  });
}

export const DEFAULT_PLAYBOOKS: Playbook[] = LANGUAGES.flatMap((language) =>
  ACTIVE_CRISIS_TYPES.map((crisisType) => buildDefaultPlaybook(crisisType, language)),
);
