/**
 * Every record Keel stores or passes between its parts, as zod schemas. Data from
 * pages, imports and storage is parsed here before anything trusts it.
 *
 * The schemas content scripts parse with (settings, and the language list inside them)
 * are written with zod/mini, the rest with zod's full API. Content scripts then carry only
 * zod's core: building the full API's schemas and compiling its code cost every page load
 * several milliseconds before Keel could read a post. Both kinds parse alike and nest.
 */
import { z } from 'zod';
import * as zm from 'zod/mini';

export const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

/** Languages Keel has lexicons, templates and UI strings for; 'und' = undetermined. */
export const LANGUAGES = ['en', 'de', 'da', 'pl'] as const;
export const Language = zm.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const DetectedLanguage = /* @__PURE__ */ z.enum([...LANGUAGES, 'und']);
export type DetectedLanguage = z.infer<typeof DetectedLanguage>;

export const CRISIS_TYPES = [
  'product-defect',
  'service-complaint',
  'reputation-attack',
  'employee-misconduct',
  'security-incident',
  'social-responsibility',
  /** A mistake in the brand's own post: wrong or provocative text, an unsuitable image, someone else's rights. */
  'own-post',
  'none',
] as const;
export const CrisisType = z.enum(CRISIS_TYPES);
export type CrisisType = z.infer<typeof CrisisType>;

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const REASON_KINDS = [
  'classifier', // the text classifier: anger, insults, harassment, complaint, strong negativity
  'insult',
  'complaint',
  'escalation', // a complaint with signs of escalation: long wait, no answer, repeated contact, refund demanded, broken promise, public shaming, staff named
  'boycott',
  'legal',
  'press',
  'safety',
  'security',
  'data-leak',
  'pile-on',
  'staff',
  'ethics',
  'misinformation',
  'shouting',
  'reach',
  'engagement',
  'unanswered',
  'repeat-author',
] as const;
export const ReasonKind = z.enum(REASON_KINDS);
export type ReasonKind = z.infer<typeof ReasonKind>;

/** [start, end) offsets into the post text (UTF-16 code units, as JS strings index). */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const RiskReason = z.object({
  kind: ReasonKind,
  /** Offsets of the words that triggered the reason; empty for context reasons. */
  spans: z.array(Span),
  /** Contribution to the score, in score points. */
  weight: z.number(),
  /** Values the UI interpolates into the reason's explanation (e.g. follower count). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type RiskReason = z.infer<typeof RiskReason>;

export const RiskAssessment = z.object({
  score: z.number().min(0).max(100),
  level: RiskLevel,
  reasons: z.array(RiskReason),
  crisisType: CrisisType,
  language: DetectedLanguage,
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

const term = zm.string().check(zm.trim(), zm.minLength(1, 'must not be empty'), zm.maxLength(100, 'must be at most 100 characters'));
const termList = zm.array(term).check(zm.maxLength(200));

export const BrandProfile = zm.strictObject({
  names: zm._default(termList, []),
  /** Aliases and common misspellings. */
  aliases: zm._default(termList, []),
  handles: zm._default(
    zm.array(zm.string().check(zm.trim(), zm.regex(/^@?[\p{L}\p{N}_.]{1,50}$/u, 'must be a handle such as @nordlichtcoffee'))).check(zm.maxLength(50)),
    [],
  ),
  hashtags: zm._default(
    zm.array(zm.string().check(zm.trim(), zm.regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'must be a hashtag such as #nordlicht'))).check(zm.maxLength(50)),
    [],
  ),
  products: zm._default(termList, []),
  exclude: zm._default(termList, []),
  /**
   * Names, aliases or products matched without case endings (only "'s" and "'" stay),
   * for short brands that collide with ordinary words. Optional so profiles stored
   * before it existed, and profiles written by hand, stay valid; absent means none.
   */
  noInflection: zm.optional(termList),
});
export type BrandProfile = zm.infer<typeof BrandProfile>;

export const UiLanguage = zm.enum(['auto', ...LANGUAGES]);
export type UiLanguage = zm.infer<typeof UiLanguage>;

/** The crisis team's roles, as the crisis practice names them; each escalation step calls on some of them. */
export const TEAM_ROLES = [
  'lead',
  'approver',
  'legal',
  'it-security',
  'quality',
  'hr',
  'data-protection',
  'executive',
  'delete-or-keep',
] as const;
export const TeamRole = zm.enum(TEAM_ROLES);
export type TeamRole = zm.infer<typeof TeamRole>;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/u;
/** Digits with the usual separators, optionally "+" first; at least 5 digits. */
const PHONE = /^\+?(?:[\s()./-]*\d){5,20}[\s()./-]*$/u;
export const isEmail = (value: string): boolean => EMAIL.test(value);
export const isPhone = (value: string): boolean => PHONE.test(value);

const personName = zm.string().check(zm.trim(), zm.maxLength(100, 'must be at most 100 characters'));
const phone = zm.string().check(zm.trim(), zm.maxLength(40), zm.refine(isPhone, 'must be a phone number such as +49 30 1234567'));

export const TeamMember = zm.strictObject({
  role: TeamRole,
  name: personName.check(zm.minLength(1, 'must not be empty')),
  deputy: zm.optional(personName),
  /** How to reach them now: an email address (the notify link writes a mail) or a phone number (it calls). */
  contact: zm.optional(
    zm.string().check(
      zm.trim(),
      zm.maxLength(200),
      zm.refine((v) => v === '' || isEmail(v) || isPhone(v), 'must be an email address or a phone number'),
    ),
  ),
  outOfHours: zm.optional(zm.union([zm.literal(''), phone])),
});
export type TeamMember = zm.infer<typeof TeamMember>;

export const Readiness = zm.strictObject({
  /** Monitoring (this extension or a listening tool) runs, with alerts outside office hours too. */
  monitoringSetUp: zm._default(zm.boolean(), false),
  /** The day of the last crisis drill, YYYY-MM-DD, or null before the first. */
  lastDrill: zm._default(
    zm.nullable(
      zm.string().check(
        zm.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'must be a date such as 2026-11-30'),
      ),
    ),
    null,
  ),
});
export type Readiness = zm.infer<typeof Readiness>;

export const Team = zm.strictObject({
  members: zm._default(zm.array(TeamMember).check(zm.maxLength(50)), []),
  readiness: zm._default(Readiness, { monitoringSetUp: false, lastDrill: null }),
});
export type Team = zm.infer<typeof Team>;
export const EMPTY_TEAM: Team = { members: [], readiness: { monitoringSetUp: false, lastDrill: null } };

export const Settings = zm.strictObject({
  brand: BrandProfile,
  /** The name the agent signs replies with, filled into {agent}. */
  agentName: zm._default(zm.string().check(zm.trim(), zm.maxLength(80)), ''),
  /** Where people can write privately, filled into {dm_link}. */
  dmLink: zm._default(zm.string().check(zm.trim(), zm.maxLength(300)), ''),
  uiLanguage: zm._default(UiLanguage, 'auto'),
  /**
   * How German replies address people: the brand's du or Sie. Optional so
   * settings stored before it existed stay valid; absent means Sie.
   */
  addressDe: zm.optional(zm.enum(['sie', 'du'])),
  /** How Polish replies address people: Państwo, Pan/Pani, or ty; absent means Państwo. */
  addressPl: zm.optional(zm.enum(['panstwo', 'pan', 'ty'])),
  /**
   * The crisis team and the readiness checklist. Optional so settings stored before
   * it existed, and other code building settings, stay valid; read it with teamOf.
   */
  team: zm.optional(Team),
});
export type Settings = zm.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  brand: { names: [], aliases: [], handles: [], hashtags: [], products: [], exclude: [] },
  agentName: '',
  dmLink: '',
  uiLanguage: 'auto',
};

/** The settings' crisis team; an empty team when none was ever saved. */
export const teamOf = (settings: Pick<Settings, 'team'>): Team => settings.team ?? EMPTY_TEAM;

/** What the page shows about the author's reach. */
export const Reach = z.object({
  verified: z.boolean().default(false),
  /** Follower count when the page shows it, else null. */
  followers: z.number().int().nonnegative().nullable().default(null),
});
export type Reach = z.infer<typeof Reach>;

/** Engagement counts as shown on the post; null where the page does not show them. */
export const Engagement = z.object({
  replies: z.number().int().nonnegative().nullable().default(null),
  reposts: z.number().int().nonnegative().nullable().default(null),
  likes: z.number().int().nonnegative().nullable().default(null),
  views: z.number().int().nonnegative().nullable().default(null),
});
export type Engagement = z.infer<typeof Engagement>;

export const MENTION_STATUSES = ['new', 'replied', 'ignored', 'escalated'] as const;
export const MentionStatus = z.enum(MENTION_STATUSES);
export type MentionStatus = z.infer<typeof MentionStatus>;

/** Where in the text the brand was matched. */
export const BrandMatch = z.object({
  term: z.string(),
  kind: z.enum(['name', 'alias', 'handle', 'hashtag', 'product']),
  span: Span,
});
export type BrandMatch = z.infer<typeof BrandMatch>;

/** A post as a content script reads it from the page, before Keel stores it. */
export const ObservedPost = z.object({
  id: z.string().min(1).max(600),
  platform: Platform,
  url: z.string().url().max(2000),
  threadUrl: z.string().url().max(2000),
  pageUrl: z.string().url().max(4000),
  authorName: z.string().max(300),
  authorHandle: z.string().max(100),
  authorUrl: z.string().max(2000).default(''),
  reach: Reach,
  engagement: Engagement,
  text: z.string().max(100_000),
  /** Language as the page declares it (e.g. lang attribute), or the detector's guess. */
  language: DetectedLanguage,
  postedAt: z.number().int().nullable(),
  /** Nested reply or quoted post: id of the post it belongs to, if any. */
  parentId: z.string().max(600).nullable().default(null),
  /** Whether this post was written by the brand's own account. */
  byBrand: z.boolean().default(false),
  matches: z.array(BrandMatch),
  risk: /* @__PURE__ */ RiskAssessment.nullable(),
});
export type ObservedPost = z.infer<typeof ObservedPost>;

export const Mention = /* @__PURE__ */ ObservedPost.omit({ pageUrl: true }).extend({
  /** Pages (URLs) the mention was seen on, so the panel can list a tab's mentions. */
  pageUrls: z.array(z.string()).max(50),
  firstSeenAt: z.number().int(),
  lastSeenAt: z.number().int(),
  status: MentionStatus,
  /** Crisis type as the community manager set it; overrides risk.crisisType. */
  crisisType: /* @__PURE__ */ CrisisType.nullable().default(null),
  incidentId: z.string().nullable().default(null),
  firstReplyAt: z.number().int().nullable().default(null),
});
export type Mention = z.infer<typeof Mention>;

export const PHASES = ['prepare', 'detect', 'respond', 'recover'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/**
 * Time targets of playbook steps: the first public acknowledgement within 60
 * minutes (15 for safety and security), updates every 2–4 hours while the
 * topic trends, and "now" for steps that come before any reply.
 */
export const STEP_TARGETS = ['now', 'ack-15', 'ack-60', 'update-2-4h'] as const;
export type StepTarget = (typeof STEP_TARGETS)[number];

/**
 * The form of address a template is written in: German du/Sie, Polish
 * ty / Pan-Pani / Państwo. Templates without one read the same in every form.
 */
export const ADDRESS_FORMS = ['sie', 'du', 'panstwo', 'pan', 'ty'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

export const PlaybookStep = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** Risk levels at which this step is the one to show first. */
  levels: z.array(RiskLevel).default([]),
  /** The time target the practice sets for this step, if any. */
  target: z.enum(STEP_TARGETS).optional(),
});
export type PlaybookStep = z.infer<typeof PlaybookStep>;

export const Playbook = z.object({
  id: z.string().min(1),
  crisisType: CrisisType,
  language: Language,
  title: z.string().min(1),
  summary: z.string(),
  phases: z.array(z.object({ phase: Phase, steps: z.array(PlaybookStep) })),
  whoAnswers: z.string(),
  channels: z.array(z.string()),
  holdingStatement: z.string(),
  movePrivateWhen: z.string(),
  escalateWhen: z.string(),
  escalateTo: z.string(),
  deleteGuide: z.array(z.string()),
  builtin: z.boolean(),
  updatedAt: z.number().int(),
  /** Set when the organisation's policy put this playbook here (lib/managed.ts): locked, replaced with the policy, never personal data. */
  managedBy: z.string().optional(),
});
export type Playbook = z.infer<typeof Playbook>;

export const TEMPLATE_STATUSES = ['draft', 'approved', 'retired'] as const;
export const TemplateStatus = z.enum(TEMPLATE_STATUSES);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const Template = z.object({
  /** Stable id of the template family; versions share it. */
  id: z.string().min(1),
  version: z.number().int().positive(),
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(5000),
  crisisType: CrisisType,
  language: Language,
  platforms: z.array(Platform).min(1),
  status: TemplateStatus,
  approvedBy: z.string().nullable().default(null),
  approvedAt: z.number().int().nullable().default(null),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  builtin: z.boolean().default(false),
  /** The form of address the body is written in; absent means it fits every form. */
  address: z.enum(ADDRESS_FORMS).optional(),
  /** Set when the organisation's policy put this template here (lib/managed.ts): locked, replaced with the policy, never personal data. */
  managedBy: z.string().optional(),
  /** Why this version was made, when it came from a lesson of an incident review (lib/incidents/review.ts). */
  change: z.string().max(2000).optional(),
});
export type Template = z.infer<typeof Template>;

/**
 * An incident's life: detected (opened, not yet answered) → responding (replies
 * going out) → monitoring (answered, watching) → resolved → reviewed (the
 * post-crisis review is saved). Records before schema v4 had open / monitoring /
 * closed; the v4 upgrade maps them to responding / monitoring / resolved.
 */
export const INCIDENT_STATUSES = ['detected', 'responding', 'monitoring', 'resolved', 'reviewed'] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** What a lesson of a review changes: a playbook step, a template, or something outside Keel. */
export const LESSON_TARGETS = ['playbook', 'template', 'other'] as const;

export const Lesson = z.object({
  id: z.string().min(1).max(100),
  text: z.string().min(1).max(2000),
  target: z.enum(LESSON_TARGETS),
  /** The draft the lesson became, e.g. "template:<id>@<version>" or "playbook:<id>@<version>"; null until one is made. */
  draftRef: z.string().max(300).nullable().default(null),
});
export type Lesson = z.infer<typeof Lesson>;

/** The post-crisis review (phase four of the practice): what happened, what worked, what to change. */
export const IncidentReview = z.object({
  at: z.number().int(),
  by: z.string().max(120),
  whatHappened: z.string().max(20_000),
  whatWorked: z.string().max(20_000),
  whatToChange: z.string().max(20_000),
  lessons: z.array(Lesson).max(100).default([]),
});
export type IncidentReview = z.infer<typeof IncidentReview>;

export const Incident = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(300),
  crisisType: CrisisType,
  severity: RiskLevel,
  status: IncidentStatus,
  phase: Phase,
  /** Who leads the response; a name as people write it, empty while nobody is named. */
  owner: z.string().max(120).default(''),
  platforms: z.array(Platform).default([]),
  openedAt: z.number().int(),
  /** When it was resolved; null while it is not. */
  resolvedAt: z.number().int().nullable().default(null),
  mentionIds: z.array(z.string()),
  /** When the next public update a reply promised is due; null or absent while none is promised. */
  nextUpdateDueAt: z.number().int().nullable().optional(),
  review: IncidentReview.nullable().default(null),
  updatedAt: z.number().int(),
});
export type Incident = z.infer<typeof Incident>;

/**
 * A linked mention as it was when it was linked: kept unchanged even if the
 * post is later edited or deleted, or the mention's record changes.
 */
export const MentionSnapshot = z.object({
  kind: z.literal('mention'),
  mentionId: z.string().min(1).max(600),
  platform: Platform,
  url: z.string().max(2000),
  threadUrl: z.string().max(2000),
  authorName: z.string().max(300),
  authorHandle: z.string().max(100),
  reach: Reach,
  engagement: Engagement,
  text: z.string().max(100_000),
  language: DetectedLanguage,
  postedAt: z.number().int().nullable(),
  matches: z.array(BrandMatch),
  risk: RiskAssessment.nullable(),
});
export type MentionSnapshot = z.infer<typeof MentionSnapshot>;

/** An article (news site, blog, forum) as Readability read it from the page, with the brand mentions and risk in its text. */
export const ArticleSnapshot = z.object({
  kind: z.literal('article'),
  url: z.string().max(4000),
  title: z.string().max(1000),
  byline: z.string().max(500).nullable(),
  siteName: z.string().max(300).nullable(),
  /** The published time as the page states it (often ISO 8601), or null. */
  publishedTime: z.string().max(100).nullable(),
  excerpt: z.string().max(5000),
  text: z.string().max(500_000),
  language: DetectedLanguage,
  matches: z.array(BrandMatch),
  risk: RiskAssessment.nullable(),
});
export type ArticleSnapshot = z.infer<typeof ArticleSnapshot>;

export const EvidenceItem = z.discriminatedUnion('kind', [MentionSnapshot, ArticleSnapshot]);
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const Evidence = z.object({
  id: z.number().int().optional(),
  incidentId: z.string().min(1),
  capturedAt: z.number().int(),
  /** Who linked or captured it; empty when Keel did not know the person's name. */
  capturedBy: z.string().max(120).default(''),
  item: EvidenceItem,
});
export type Evidence = z.infer<typeof Evidence>;

/** Delete or keep a post, following the practice's decision guide. */
export const DECISION_ACTIONS = ['keep', 'delete', 'hide'] as const;
/** How an escalation reached the person. */
export const ESCALATION_CHANNELS = ['phone', 'email', 'chat', 'in-person', 'other'] as const;
/** Incident fields whose changes the timeline records. */
export const INCIDENT_FIELDS = ['title', 'crisisType', 'severity', 'owner', 'platforms'] as const;

export const EventDetail = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reply'),
    templateId: z.string().nullable(),
    templateVersion: z.number().int().nullable(),
    method: z.enum(['inserted', 'clipboard']),
    text: z.string().max(10_000),
  }),
  z.object({
    kind: z.literal('decision'),
    action: z.enum(DECISION_ACTIONS),
    /** The post decided on: its URL as the page gives it. */
    postUrl: z.string().max(2000),
    reason: z.string().min(1).max(5000),
    /** The points of the decision guide that applied (their ids). */
    guide: z.array(z.string().max(100)).max(20).default([]),
  }),
  z.object({
    kind: z.literal('escalation'),
    to: z.string().min(1).max(200),
    role: z.string().max(100).default(''),
    via: z.enum(ESCALATION_CHANNELS),
    contact: z.string().max(300).default(''),
  }),
  z.object({ kind: z.literal('status'), from: IncidentStatus.nullable(), to: IncidentStatus }),
  z.object({ kind: z.literal('field'), field: z.enum(INCIDENT_FIELDS), from: z.string().max(1000), to: z.string().max(1000) }),
]);
export type EventDetail = z.infer<typeof EventDetail>;

/**
 * What the timeline records, in order. 'closed' and 'status-changed' without
 * detail come from records before schema v4.
 */
export const INCIDENT_EVENT_KINDS = [
  'opened',
  'mention-added',
  'reply-inserted',
  'decision',
  'escalation',
  'note',
  'status-changed',
  'phase-changed',
  'field-changed',
  'evidence-captured',
  'review-saved',
  'closed',
] as const;

export const IncidentEvent = z.object({
  id: z.number().int().optional(),
  incidentId: z.string(),
  at: z.number().int(),
  kind: z.enum(INCIDENT_EVENT_KINDS),
  mentionId: z.string().nullable().default(null),
  note: z.string().max(5000).default(''),
  /** Who did it; empty when Keel did not know the person's name. */
  by: z.string().max(120).default(''),
  /** The evidence the event linked or captured, if any. */
  evidenceId: z.number().int().nullable().default(null),
  detail: EventDetail.nullable().default(null),
});
export type IncidentEvent = z.infer<typeof IncidentEvent>;

/** One saved version of a playbook: what it was and what changed from the one before. */
export const PlaybookVersion = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  savedAt: z.number().int(),
  savedBy: z.string().max(120),
  /** A person's summary of the change; the field-by-field difference is computed from the versions. */
  change: z.string().max(2000).default(''),
  status: TemplateStatus,
  approvedBy: z.string().nullable().default(null),
  approvedAt: z.number().int().nullable().default(null),
  playbook: Playbook,
});
export type PlaybookVersion = z.infer<typeof PlaybookVersion>;

/** One insertion of a reply into a platform's composer. */
export const ReplyRecord = z.object({
  id: z.number().int().optional(),
  mentionId: z.string(),
  templateId: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
  language: DetectedLanguage,
  text: z.string().max(10_000),
  threadUrl: z.string(),
  insertedAt: z.number().int(),
  /** How the text reached the composer: inserted and read back, or copied to the clipboard. */
  method: z.enum(['inserted', 'clipboard']),
  /** The time the reply promises the next update by, when it names one; absent in older records. */
  promisedUpdateAt: z.number().int().nullable().optional(),
});
export type ReplyRecord = z.infer<typeof ReplyRecord>;

/** Formats a zod error as "field.path: message" lines, for errors a person can act on. */
export function describeZodError(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
      return `${path}: ${issue.message}`;
    })
    .join('\n');
}
