/**
 * Keel's default crisis playbooks: one per crisis type (all but 'none') and
 * language. Every playbook walks the four phases of the crisis practice —
 * prepare, detect and assess, respond, recover — as checklists; each step says
 * at which risk levels it is the one to show first.
 */
import { CRISIS_TYPES, LANGUAGES, Playbook, type Language, type Phase, type RiskLevel, type StepTarget } from '../schema';
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
export const DEFAULT_PLAYBOOKS_UPDATED_AT = Date.UTC(2026, 11, 6);

type StepPlan = ReadonlyArray<readonly [key: string, levels: readonly RiskLevel[], target?: StepTarget]>;

const ALL = ['low', 'medium', 'high', 'critical'] as const;
const HIGH_UP = ['high', 'critical'] as const;
const PREPARE = (own: string): StepPlan => [
  ['team', []],
  ['approval', []],
  ['delete-decision', []],
  ['templates', []],
  ['monitoring', []],
  ['drills', []],
  [own, []],
];
const RECOVER = (own: string): StepPlan => [
  [own, []],
  ['lessons', []],
  ['causes', []],
  ['resume', []],
  ['template-changes', []],
  ['keep-watching', []],
];
/** The first public reply: within 60 minutes, within 15 where safety or security is at stake. */
const REPLY_NOW = (ack: 'ack-15' | 'ack-60') => ['reply-now', ALL, ack] as const;
const COMMUNITY = ['community', []] as const;
const UPDATES = ['updates', HIGH_UP, 'update-2-4h'] as const;

/**
 * Which steps each playbook has, in order, the risk levels at which each comes
 * first, and its time target. Escalation leads the respond phase, so at high
 * and critical risk it is the first thing shown; then the public
 * acknowledgement, which states no cause and promises nothing; then the
 * fact-check, which comes before any step that says something about staff,
 * hacks, causes or remedies. Medium risk points at the detect-and-assess
 * steps; low risk at the personal reply.
 */
const PLAN: Record<ActiveCrisisType, Record<Phase, StepPlan>> = {
  'product-defect': {
    prepare: PREPARE('recall-path'),
    detect: [['same-fault', ['medium']], ['ask-quality', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP, 'now'],
      REPLY_NOW('ack-15'),
      ['fact-check', ALL],
      ['holding', HIGH_UP],
      ['recall', ['critical']],
      ['apologise', ['low', 'high']],
      ['details', ['low']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('close-loop'),
  },
  'service-complaint': {
    prepare: PREPARE('service-handover'),
    detect: [['pattern', ['medium']], ['history', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      REPLY_NOW('ack-60'),
      ['reply-fast', ['low', 'high', 'critical']],
      ['check-case', ALL],
      ['status', ['critical']],
      ['move-private', ['low', 'high']],
      ['solve', ['low']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('follow-up'),
  },
  'reputation-attack': {
    prepare: PREPARE('fact-sheet'),
    detect: [['source', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      REPLY_NOW('ack-60'),
      ['verify', ALL],
      ['facts', HIGH_UP],
      ['answer-facts', ['low', 'high']],
      ['report', ['low']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('record'),
  },
  'employee-misconduct': {
    prepare: PREPARE('social-policy'),
    detect: [['verify-facts', ['medium']], ['scope', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      REPLY_NOW('ack-60'),
      ['fact-check', ALL],
      ['privacy', ['low', 'high']],
      ['statement', HIGH_UP],
      ['apologise', ['high', 'critical']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('outcome'),
  },
  'security-incident': {
    prepare: PREPARE('account-security'),
    detect: [['signs', ['medium']], ['data-check', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP, 'now'],
      ['secure', HIGH_UP, 'now'],
      REPLY_NOW('ack-15'),
      ['fact-check', ALL],
      ['say-hacked', HIGH_UP],
      ['data-leak', HIGH_UP],
      ['remove-posts', ['critical']],
      ['answer-worried', ['low', 'high']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('explain'),
  },
  'social-responsibility': {
    prepare: PREPARE('values-check'),
    detect: [['sentiment', ['medium']], ['calendar', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      REPLY_NOW('ack-60'),
      ['listen', ['low']],
      ['fact-check', ALL],
      ['acknowledge', HIGH_UP],
      ['commit', ['critical']],
      ['reply-link', ['low', 'high']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('progress'),
  },
  'own-post': {
    prepare: PREPARE('post-review'),
    detect: [['what-wrong', ['medium']], ['spread', ['medium']], ['incident', ['medium']]],
    respond: [
      ['escalate', HIGH_UP],
      REPLY_NOW('ack-60'),
      ['fact-check', ALL],
      ['keep-or-delete', HIGH_UP],
      ['correct', ['low', 'high', 'critical']],
      ['rights-holder', ['critical']],
      COMMUNITY,
      UPDATES,
    ],
    recover: RECOVER('approval-flow'),
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
    steps: plan[phase].map(([key, levels, target]) => {
      // A type may word a shared step its own way (the hacked-account playbook's first reply).
      const text = own.steps[key] ?? (isCommon(key) ? copy.commonSteps[key] : undefined);
      if (!text) throw new Error(`Default playbook ${crisisType}/${language}: no text for step "${key}"`);
      if (own.steps[key]) used.add(key);
      return { id: `${crisisType}.${phase}.${key}`, text, levels: [...levels], ...(target ? { target } : {}) };
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
