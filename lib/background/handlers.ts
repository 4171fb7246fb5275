/**
 * The background's message handling: it validates every request and is the only
 * part of Keel that writes to the database.
 */
import {
  loadSettings,
  recordReply,
  saveSettings,
  setMentionCrisisType,
  setMentionStatus,
  upsertObservedPosts,
  type KeelDatabase,
} from '../db';
import { parseBackgroundRequest, type BackgroundRequest, type PageHealth } from '../messages';
import { resolveUiLanguage } from '../i18n';
import { approximateBytes, ensureRoomFor, isQuotaError, StorageFullError, storageFullText, type StorageLike, type StorageSubject } from '../storage-care';
import {
  addNote,
  closeIncident,
  escalateMention,
  linkMentions,
  logReplyToIncident,
  openIncident,
  openIncidentFromMentions,
  recordDecision,
  recordEscalation,
  setIncidentPhase,
  setIncidentStatus,
  updateIncidentFields,
} from '../incidents';
import { crisisTypeLabel } from '../risk/explain';
import { captureTab, type CaptureResult, type CaptureTarget } from '../capture/capture';
import { compileBrandMatcher } from '../brand';
import { assessRisk, detectLanguage } from '../risk';
import { approvePlaybookVersion, retirePlaybookVersion, savePlaybookDraft } from '../playbooks/versions';
import { lessonToDraft, saveReview } from '../incidents/review';
import type { ModelFile, RuntimeModelFile } from '../risk/model';
import bundledModel from '../risk/model.json';
import type { ReplyRecord, Settings, Template } from '../schema';
import { appliedPolicy, managedStateOf, mergeSettings, type ManagedState } from '../managed';
import { isManaged, syncManagedRecords } from '../managed/records';

export interface BackgroundDeps {
  db: KeelDatabase;
  now: () => number;
  /** Tells every open content script that the brand profile changed. */
  broadcastSettings: (settings: Settings) => Promise<void>;
  log: (message: string) => void;
  /** The browser's storage manager (navigator.storage), for checking room before big writes. */
  storage?: StorageLike;
  /**
   * The organisation's policy as the browser hands it over (storage.managed), or
   * undefined when there is none. Absent: Keel runs without managed settings.
   */
  readManagedPolicy?: () => Promise<unknown>;
  /** Runs the capture script in a tab (lib/background/capture.ts); absent where Keel cannot capture pages. */
  readTab?: (tabId: number) => Promise<unknown>;
}

export interface Sender {
  tabId?: number;
}

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/**
 * What each request that writes stores, named in the message when the browser's storage for
 * Keel is full. A new request that writes adds its line here.
 */
const STORAGE_SUBJECT: Partial<Record<BackgroundRequest['type'], StorageSubject>> = {
  'posts/observed': 'mentions',
  'capture/page': 'article',
  'settings/save': 'settings',
  'mention/set-status': 'mention',
  'mention/set-crisis-type': 'mention',
  'incident/set-phase': 'incident',
  'incident/close': 'incident',
  'incident/open': 'incident',
  'incident/link-mentions': 'incident',
  'incident/update': 'incident',
  'incident/set-status': 'incident',
  'incident/decision': 'incident',
  'incident/escalation': 'incident',
  'incident/note': 'incident',
  'template/save': 'template',
  'reply/recorded': 'reply',
  'playbook/save-draft': 'playbook',
  'playbook/approve': 'playbook',
  'playbook/retire': 'playbook',
  'incident/save-review': 'incident',
  'lesson/draft': 'incident',
};

/** The last write the browser's storage had no room for; the panel shows it until a write goes through. */
export interface StorageProblem {
  subject: StorageSubject;
  at: number;
}

export function createBackgroundHandler(deps: BackgroundDeps) {
  const { db } = deps;
  /** Latest page health per tab, for "Keel cannot read this page". */
  const healthByTab = new Map<number, PageHealth>();
  let storageProblem: StorageProblem | null = null;
  /** The policy as last read; read again when the browser says it changed. */
  let managedCache: Promise<ManagedState> | null = null;

  function managedState(): Promise<ManagedState> {
    managedCache ??= (async (): Promise<ManagedState> => {
      if (!deps.readManagedPolicy) return { kind: 'none' };
      try {
        return managedStateOf(await deps.readManagedPolicy());
      } catch {
        // Firefox rejects storage.managed.get when no policy names Keel: that is no policy.
        return { kind: 'none' };
      }
    })();
    return managedCache;
  }

  /** The person's settings with the organisation's laid over them: what content scripts match with. */
  async function effectiveSettings(): Promise<Settings> {
    return mergeSettings(await loadSettings(db), appliedPolicy(await managedState())).settings;
  }

  /**
   * Reads the policy again, puts its templates and playbooks in place of the previous
   * ones and tells content scripts the settings they now work with. An invalid policy
   * applies not at all: its errors are logged (the Settings view shows them too).
   * `broadcast` false (when the background starts) leaves content scripts alone: they ask
   * for their settings when they start, and a service worker starts often.
   */
  async function policyChanged(broadcast = true): Promise<ManagedState> {
    managedCache = null;
    const state = await managedState();
    if (state.kind === 'invalid') deps.log(`The organisation's policy for Keel could not be applied: ${state.errors.join('; ')}`);
    await syncManagedRecords(db, appliedPolicy(state), deps.now());
    if (broadcast) await deps.broadcastSettings(await effectiveSettings());
    return state;
  }

  async function handle(raw: unknown, sender: Sender): Promise<Reply> {
    const parsed = parseBackgroundRequest(raw);
    if (!parsed.ok) {
      deps.log(parsed.error);
      return { ok: false, error: parsed.error };
    }
    const reply = await respond(parsed.message, sender);
    if (reply.ok && STORAGE_SUBJECT[parsed.message.type]) storageProblem = null;
    return reply;
  }

  /** A write the storage had no room for: nothing of it was kept (each is one transaction); say what and what to do. */
  async function storageFull(subject: StorageSubject): Promise<Reply> {
    storageProblem = { subject, at: deps.now() };
    const language = resolveUiLanguage((await loadSettings(db)).uiLanguage, globalThis.navigator?.languages ?? []);
    const text = storageFullText(subject, language);
    deps.log(text);
    return { ok: false, error: text };
  }

  /** Who did it: the person the panel named, else the agent name in Settings (empty when none is set). */
  async function actor(given: string | undefined): Promise<string> {
    return given ?? (await effectiveSettings()).agentName;
  }

  async function respond(msg: BackgroundRequest, sender: Sender): Promise<Reply> {
    try {
      switch (msg.type) {
        case 'capture/page':
          return { ok: true, capture: await capture(msg.tabId, msg.incidentId === null ? { newIncident: true } : { incidentId: msg.incidentId }, msg.by) };
        case 'content/hello':
          return { ok: true, settings: await effectiveSettings() };
        case 'posts/observed':
          await ensureRoomFor(deps.storage, approximateBytes(msg.posts), 'mentions');
          return { ok: true, stored: await upsertObservedPosts(db, msg.posts, deps.now()) };
        case 'storage/problem':
          return { ok: true, problem: storageProblem };
        case 'page/health':
          if (sender.tabId !== undefined) healthByTab.set(sender.tabId, msg);
          return { ok: true };
        case 'tab/health':
          return { ok: true, health: healthByTab.get(msg.tabId) ?? null };
        case 'risk/model':
          return { ok: true, model: runtimeModel() };
        case 'settings/save': {
          const saved = await saveSettings(db, msg.settings);
          await deps.broadcastSettings(await effectiveSettings());
          return { ok: true, settings: saved };
        }
        case 'mention/set-status': {
          if (msg.status !== 'escalated') {
            await setMentionStatus(db, msg.id, msg.status);
            return { ok: true };
          }
          // Escalating files the mention under the open incident of its crisis type (or opens one).
          const mention = await db.mentions.get(msg.id);
          if (!mention) return { ok: false, error: `No mention with id ${msg.id}` };
          const crisisType = mention.crisisType ?? mention.risk?.crisisType ?? 'none';
          const by = await actor(undefined);
          const incident = await escalateMention(db, msg.id, crisisType, crisisTypeLabel(crisisType, 'en'), deps.now(), undefined, by);
          return { ok: true, incidentId: incident.id };
        }
        case 'incident/set-phase':
          await setIncidentPhase(db, msg.id, msg.phase, deps.now(), await actor(msg.by));
          return { ok: true };
        case 'incident/close':
          await closeIncident(db, msg.id, msg.note, deps.now(), await actor(msg.by));
          return { ok: true };
        case 'incident/open': {
          const by = await actor(msg.by);
          const incident = msg.mentionIds.length > 0
            ? await openIncidentFromMentions(db, msg.draft, msg.mentionIds, by, deps.now())
            : await openIncident(db, msg.draft, by, deps.now());
          return { ok: true, incidentId: incident.id };
        }
        case 'incident/link-mentions':
          await linkMentions(db, msg.id, msg.mentionIds, await actor(msg.by), deps.now());
          return { ok: true, incidentId: msg.id };
        case 'incident/update':
          await updateIncidentFields(db, msg.id, msg.changes, await actor(msg.by), deps.now());
          return { ok: true };
        case 'incident/set-status':
          await setIncidentStatus(db, msg.id, msg.status, await actor(msg.by), deps.now(), msg.note);
          return { ok: true };
        case 'incident/decision': {
          const { action, postUrl, reason, guide } = msg;
          await recordDecision(db, msg.id, { action, postUrl, reason, guide }, await actor(msg.by), deps.now());
          return { ok: true };
        }
        case 'incident/escalation': {
          const { to, role, via, contact } = msg;
          await recordEscalation(db, msg.id, { to, role, via, contact }, await actor(msg.by), deps.now());
          return { ok: true };
        }
        case 'incident/note':
          await addNote(db, msg.id, msg.note, await actor(msg.by), deps.now());
          return { ok: true };
        case 'mention/set-crisis-type':
          await setMentionCrisisType(db, msg.id, msg.crisisType);
          return { ok: true };
        case 'template/save': {
          const refusal = await refuseTemplateSave(db, msg.template);
          if (refusal) return { ok: false, error: refusal };
          await db.templates.put(msg.template);
          return { ok: true };
        }
        case 'playbook/save-draft':
          return { ok: true, version: await savePlaybookDraft(db, msg.playbook, msg.by, msg.change, deps.now()) };
        case 'playbook/approve':
          return { ok: true, version: await approvePlaybookVersion(db, msg.id, msg.version, msg.approver, deps.now()) };
        case 'playbook/retire':
          return { ok: true, version: await retirePlaybookVersion(db, msg.id, msg.version, deps.now()) };
        case 'incident/save-review':
          return { ok: true, incident: await saveReview(db, msg.id, msg.review, msg.by, deps.now()) };
        case 'lesson/draft':
          return { ok: true, draftRef: await lessonToDraft(db, msg.incidentId, msg.lesson, msg.change, msg.by, deps.now()) };
        case 'reply/recorded': {
          const refusal = await refuseReplyRecord(db, msg.reply);
          if (refusal) return { ok: false, error: refusal };
          const by = await actor(undefined);
          // The reply log, the mention and the incident's log change together or not at all.
          const id = await db.transaction('rw', db.tables, async () => {
            const added = await recordReply(db, msg.reply);
            await logReplyToIncident(db, msg.reply.mentionId, msg.reply.insertedAt, msg.reply.promisedUpdateAt ?? null, { reply: msg.reply, by });
            return added;
          });
          return { ok: true, id };
        }
      }
    } catch (error) {
      const subject = STORAGE_SUBJECT[msg.type];
      if (subject && (error instanceof StorageFullError || isQuotaError(error))) return storageFull(subject);
      const text = error instanceof Error ? error.message : String(error);
      deps.log(`Keel could not handle ${msg.type}: ${text}`);
      return { ok: false, error: text };
    }
  }

  /** The article in a tab as evidence, matched with the brand profile in force now. */
  async function capture(tabId: number, target: CaptureTarget, by?: string): Promise<CaptureResult> {
    const readTab = deps.readTab;
    if (!readTab) throw new Error('Keel cannot capture pages in this browser.');
    const settings = await effectiveSettings();
    return captureTab(
      {
        db,
        now: deps.now,
        readTab,
        tools: async () => ({ matcher: compileBrandMatcher(settings.brand), assessRisk, detectLanguage }),
        by: async () => by ?? settings.agentName,
        storage: deps.storage,
      },
      tabId,
      target,
    );
  }

  return { handle, capture, forgetTab: (tabId: number) => healthByTab.delete(tabId), effectiveSettings, policyChanged, managedState };
}

/** Fields that make up what an approved template says; they never change in place. */
const TEMPLATE_CONTENT_FIELDS = ['title', 'body', 'crisisType', 'language', 'platforms'] as const;

/**
 * The approval protocol: an approved template names who approved it and when,
 * and an approved version's wording is frozen — a change is a new version,
 * which starts as a draft. Returns why a save is refused, or null.
 */
export async function refuseTemplateSave(db: KeelDatabase, template: Template): Promise<string | null> {
  const label = `Template "${template.title}" version ${template.version}`;
  // The organisation's templates come from its policy only; no version of them changes here.
  const family = await db.templates.where('id').equals(template.id).toArray();
  const managedBy = template.managedBy ?? family.find(isManaged)?.managedBy;
  if (managedBy !== undefined) {
    return `${label} is managed by ${managedBy || 'your organisation'} and cannot be changed or retired in Keel.`;
  }
  if (template.status === 'approved' && (!template.approvedBy?.trim() || template.approvedAt === null)) {
    return `${label} is marked approved but does not say who approved it and when (approvedBy and approvedAt are required).`;
  }
  const existing = await db.templates.get([template.id, template.version]);
  if (existing?.status === 'retired') {
    const fields = [...TEMPLATE_CONTENT_FIELDS, 'status', 'approvedBy', 'approvedAt'] as const;
    const same = fields.every((field) => JSON.stringify(existing[field]) === JSON.stringify(template[field]));
    return same ? null : `${label} is retired, which is final. Create a new template instead.`;
  }
  if (!existing || existing.status !== 'approved') return null;
  const changed = TEMPLATE_CONTENT_FIELDS.filter((field) => JSON.stringify(existing[field]) !== JSON.stringify(template[field]));
  if (changed.length > 0) {
    return `${label} is approved and cannot be changed in place (${changed.join(', ')} changed). Save the change as a new version; it starts as a draft and needs approval.`;
  }
  if (template.status === 'draft') {
    return `${label} is approved and cannot go back to draft. Save a new version instead.`;
  }
  if (existing.approvedBy !== template.approvedBy || existing.approvedAt !== template.approvedAt) {
    return `${label} is approved; who approved it and when cannot be rewritten.`;
  }
  return null;
}

/** A reply may name a template only when that exact version is approved. */
export async function refuseReplyRecord(db: KeelDatabase, reply: ReplyRecord): Promise<string | null> {
  if (reply.templateId === null) return null;
  if (reply.templateVersion === null) return `The reply names template ${reply.templateId} without a version.`;
  const template = await db.templates.get([reply.templateId, reply.templateVersion]);
  if (!template) return `The reply names template ${reply.templateId} version ${reply.templateVersion}, which does not exist.`;
  if (template.status !== 'approved') {
    return `Template "${template.title}" version ${template.version} is ${template.status}, not approved: it cannot be recorded as the source of a reply.`;
  }
  return null;
}

let runtimeModelCache: RuntimeModelFile | null = null;

/** The shipped risk model without its training record: what content scripts score with. */
function runtimeModel(): RuntimeModelFile {
  if (!runtimeModelCache) {
    const { format, featureBits, tableBits, scales, weights, heads, register, slope } = bundledModel as ModelFile;
    runtimeModelCache = { format, featureBits, tableBits, scales, weights, heads, slope };
    if (register) runtimeModelCache.register = register;
  }
  return runtimeModelCache;
}
