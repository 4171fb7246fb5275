/**
 * The one contract between content scripts, the background and the side panel.
 * Every message is parsed with zod on arrival; an invalid one is rejected and
 * logged, never acted on or stored.
 */
import { z } from 'zod';
import * as zm from 'zod/mini';
import { en } from 'zod/locales';
import { PAGE_VIEWS } from './content/view';
import {
  CrisisType,
  DECISION_ACTIONS,
  ESCALATION_CHANNELS,
  IncidentStatus,
  RiskLevel,
  IncidentReview,
  Language,
  Lesson,
  MentionStatus,
  ObservedPost,
  Phase,
  Platform,
  Playbook,
  ReplyRecord,
  Settings,
  Template,
  describeZodError,
} from './schema';

// zod's full API turns on English error messages when its first schema is built; zod/mini
// leaves that to the caller. Content scripts build only zod/mini schemas, so say it here:
// a rejected message is then described alike wherever it arrives.
zm.config(en());

const SelectorCheck = z.object({ name: z.string().max(100), matched: z.boolean() });

/** Content script → background. */
export const ContentHello = z.object({ type: z.literal('content/hello'), platform: Platform, pageUrl: z.string().url() });
/** JSON text, parsed; what is not JSON stays a string, so the schema after it says what is wrong. */
function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export const PostsObserved = z.object({
  type: z.literal('posts/observed'),
  /**
   * The posts, or their JSON text: content scripts send the text because the browser copies
   * a message of many small objects field by field, and one string at once (measured in
   * Chromium 150: 20–30 µs a post as objects).
   */
  posts: z.preprocess(parseJsonText, z.array(ObservedPost).max(500)),
});
export const PageHealth = z.object({
  type: z.literal('page/health'),
  platform: Platform,
  pageUrl: z.string().url(),
  postsSeen: z.number().int().nonnegative(),
  mentionsSeen: z.number().int().nonnegative(),
  /** False when posts should be on the page but Keel's selectors find or read none. */
  readable: z.boolean(),
  /** Which kind of page this is (a post page, a reel, a dialog, a feed…), for the panel to name. */
  view: z.enum(PAGE_VIEWS).optional(),
  checks: z.array(SelectorCheck).max(50),
});
export type PageHealth = z.infer<typeof PageHealth>;

/** Side panel → background. */
export const SettingsSave = z.object({ type: z.literal('settings/save'), settings: Settings });
export const MentionSetStatus = z.object({ type: z.literal('mention/set-status'), id: z.string(), status: MentionStatus });
export const MentionSetCrisisType = z.object({
  type: z.literal('mention/set-crisis-type'),
  id: z.string(),
  crisisType: /* @__PURE__ */ CrisisType.nullable(),
});
export const TemplateSave = z.object({ type: z.literal('template/save'), template: Template });
export const ReplyRecorded = z.object({ type: z.literal('reply/recorded'), reply: ReplyRecord });
/** Who did it, as the panel knows the person ("you" in the Incidents view); absent: the agent name in Settings. */
const By = z.string().trim().max(120).optional();
export const IncidentSetPhase = z.object({ type: z.literal('incident/set-phase'), id: z.string(), phase: Phase, by: By });
export const IncidentClose = z.object({ type: z.literal('incident/close'), id: z.string(), note: z.string().max(5000), by: By });
const IncidentFields = z.object({
  title: z.string().max(300),
  crisisType: CrisisType,
  severity: RiskLevel,
  owner: z.string().max(120),
  platforms: z.array(Platform).max(3),
});
/** Opens an incident from scratch, or from mentions picked in the Queue. */
export const IncidentOpen = z.object({
  type: z.literal('incident/open'),
  draft: IncidentFields.partial({ owner: true, platforms: true }).extend({ status: z.enum(['detected', 'responding', 'monitoring']).optional() }),
  mentionIds: z.array(z.string()).max(500).default([]),
  by: By,
});
export const IncidentLinkMentions = z.object({ type: z.literal('incident/link-mentions'), id: z.string(), mentionIds: z.array(z.string()).min(1).max(500), by: By });
export const IncidentUpdate = z.object({ type: z.literal('incident/update'), id: z.string(), changes: IncidentFields.partial(), by: By });
export const IncidentSetStatus = z.object({ type: z.literal('incident/set-status'), id: z.string(), status: IncidentStatus, note: z.string().max(5000).default(''), by: By });
export const IncidentDecision = z.object({
  type: z.literal('incident/decision'),
  id: z.string(),
  action: z.enum(DECISION_ACTIONS),
  postUrl: z.string().max(2000),
  reason: z.string().max(5000),
  guide: z.array(z.string().max(100)).max(20).default([]),
  by: By,
});
export const IncidentEscalation = z.object({
  type: z.literal('incident/escalation'),
  id: z.string(),
  to: z.string().max(200),
  role: z.string().max(100).default(''),
  via: z.enum(ESCALATION_CHANNELS),
  contact: z.string().max(300).default(''),
  by: By,
});
export const IncidentNote = z.object({ type: z.literal('incident/note'), id: z.string(), note: z.string().max(5000), by: By });
export const TabHealthGet = z.object({ type: z.literal('tab/health'), tabId: z.number().int() });
/** The panel asks for the last write the browser's storage had no room for (lib/storage-care.ts). */
export const StorageProblemGet = z.object({ type: z.literal('storage/problem') });
/** The panel asks to capture the article in a tab as evidence: into an incident, or (null) a new one from the page. */
export const CapturePage = z.object({
  type: z.literal('capture/page'),
  tabId: z.number().int().nonnegative(),
  incidentId: z.string().min(1).nullable(),
  /** Who captures it; absent: the agent name from Settings. */
  by: z.string().max(120).optional(),
});
/** A content script asks for the risk model (lib/risk/engine.ts useRiskModel). */
export const RiskModelGet = z.object({ type: z.literal('risk/model') });

/** What scoring needs of the trained model (lib/risk/model.ts ModelFile), as the background hands it out. */
export const RuntimeRiskModel = zm.object({
  format: zm.literal('keel-risk-heads-v2'),
  featureBits: zm.int().check(zm.minimum(10), zm.maximum(32)),
  tableBits: zm.int().check(zm.minimum(10), zm.maximum(32)),
  scales: zm.array(zm.number()).check(zm.minLength(1), zm.maxLength(16)),
  /** Base64 of the int8 weight tables. */
  weights: zm.string(),
  heads: zm
    .array(
      zm.object({
        name: zm.string().check(zm.maxLength(100)),
        table: zm.int().check(zm.nonnegative()),
        languages: zm.array(Language),
        sources: zm.array(zm.string().check(zm.maxLength(200))),
        bias: zm.partialRecord(Language, zm.number()),
        threshold: zm.partialRecord(Language, zm.number()),
        brandThreshold: zm.optional(zm.partialRecord(Language, zm.number())),
      }),
    )
    .check(zm.minLength(1), zm.maxLength(16)),
  register: zm.optional(
    zm.object({
      table: zm.int().check(zm.nonnegative()),
      sources: zm.array(zm.string().check(zm.maxLength(200))),
      bias: zm.partialRecord(Language, zm.number()),
    }),
  ),
  slope: zm.number(),
});
export type RuntimeRiskModel = zm.infer<typeof RuntimeRiskModel>;
export const RiskModelReply = zm.object({ ok: zm.literal(true), model: RuntimeRiskModel });
export type RiskModelReply = zm.infer<typeof RiskModelReply>;

/** Playbook versions (lib/playbooks/versions.ts): an edit saved as a draft, approved by a named person, or retired. */
export const PlaybookSaveDraft = z.object({
  type: z.literal('playbook/save-draft'),
  playbook: Playbook,
  by: z.string().max(120),
  change: z.string().max(2000),
});
export const PlaybookApprove = z.object({ type: z.literal('playbook/approve'), id: z.string().min(1), version: z.number().int().positive(), approver: z.string().max(120) });
export const PlaybookRetire = z.object({ type: z.literal('playbook/retire'), id: z.string().min(1), version: z.number().int().positive() });
/** The post-crisis review of a resolved incident (lib/incidents/review.ts). */
export const IncidentSaveReview = z.object({
  type: z.literal('incident/save-review'),
  id: z.string().min(1),
  by: z.string().max(120),
  review: IncidentReview.pick({ whatHappened: true, whatWorked: true, whatToChange: true, lessons: true }),
});
/** A lesson of a review turned into a draft template or playbook version. */
export const LessonDraft = z.object({
  type: z.literal('lesson/draft'),
  incidentId: z.string().min(1),
  by: z.string().max(120),
  lesson: Lesson.pick({ id: true, text: true }),
  change: z.union([
    z.object({ target: z.literal('template'), templateId: z.string().min(1), body: z.string().max(5000) }),
    z.object({ target: z.literal('playbook'), playbookId: z.string().min(1), stepId: z.string().min(1), text: z.string().max(5000) }),
    z.object({ target: z.literal('playbook'), playbookId: z.string().min(1), addTo: Phase, text: z.string().max(5000) }),
  ]),
});

export const BackgroundRequest = z.discriminatedUnion('type', [
  CapturePage,
  ContentHello,
  PostsObserved,
  PageHealth,
  SettingsSave,
  MentionSetStatus,
  MentionSetCrisisType,
  TemplateSave,
  ReplyRecorded,
  IncidentSetPhase,
  IncidentClose,
  IncidentOpen,
  IncidentLinkMentions,
  IncidentUpdate,
  IncidentSetStatus,
  IncidentDecision,
  IncidentEscalation,
  IncidentNote,
  TabHealthGet,
  StorageProblemGet,
  RiskModelGet,
  PlaybookSaveDraft,
  PlaybookApprove,
  PlaybookRetire,
  IncidentSaveReview,
  LessonDraft,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Side panel or background → content script of a tab. */
export const ContentRequest = zm.discriminatedUnion('type', [
  zm.object({ type: zm.literal('mention/reveal'), id: zm.string() }),
  zm.object({ type: zm.literal('composer/insert'), mentionId: zm.string(), text: zm.string().check(zm.minLength(1), zm.maxLength(10_000)) }),
  zm.object({ type: zm.literal('composer/read'), mentionId: zm.string() }),
  zm.object({ type: zm.literal('settings/changed'), settings: Settings }),
  zm.object({ type: zm.literal('page/status') }),
  zm.object({ type: zm.literal('mention/focused') }),
]);
export type ContentRequest = zm.infer<typeof ContentRequest>;

/** Replies. Every handler answers `{ ok: false, error }` on failure. */
export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export const InsertReply = z.object({
  ok: z.boolean(),
  method: z.enum(['paste', 'insert-text', 'value-setter', 'none']),
  readBack: z.string(),
  error: z.string(),
});
export type InsertReply = z.infer<typeof InsertReply>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: string };

function parseWith<T>(schema: z.core.$ZodType<T>, raw: unknown, where: string): ParseResult<T> {
  const parsed = zm.safeParse(schema, raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const type = typeof raw === 'object' && raw && 'type' in raw ? String((raw as { type: unknown }).type) : '(no type)';
  return { ok: false, error: `Invalid ${where} message ${type}: ${describeZodError(parsed.error)}` };
}

export const parseBackgroundRequest = (raw: unknown) => parseWith(BackgroundRequest, raw, 'background');
export const parseContentRequest = (raw: unknown) => parseWith(ContentRequest, raw, 'content');
