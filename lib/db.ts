/**
 * Keel's IndexedDB database. The schema is versioned: every change adds a version
 * with an upgrade so that what people stored survives updates. The background
 * owns writes; the side panel only reads (live, through Dexie's liveQuery).
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import { withoutDefaultApproval } from './playbooks/templates';
import {
  DEFAULT_SETTINGS,
  Mention,
  Settings,
  type Incident,
  type IncidentEvent,
  type Evidence,
  type PlaybookVersion,
  type RiskLevel,
  type Platform,
  RISK_LEVELS,
  type MentionStatus,
  type ObservedPost,
  type Playbook,
  type ReplyRecord,
  type Template,
  type CrisisType,
} from './schema';

export const DB_NAME = 'keel';

/**
 * Every version's stores, oldest first. Never edit a published version: add one.
 * v1: the first release. v2: the reply log, and a thread+author index used to
 * count how often one person posts in a thread. v3: no new stores; starter
 * templates approved in Keel's name become drafts for a person to review, and
 * incidents get the time of the next promised update. v4: the incident record:
 * evidence (snapshots of linked mentions and captured articles), saved playbook
 * versions, incidents with severity, owner, platforms and the five statuses,
 * events with who did it and what (see upgradeToV4).
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      settings: 'key',
      mentions: 'id, platform, threadUrl, *pageUrls, firstSeenAt, lastSeenAt, status',
      playbooks: 'id, [crisisType+language]',
      templates: '[id+version], id, status, [crisisType+language]',
      incidents: 'id, status, openedAt',
      incidentEvents: '++id, incidentId, at',
    },
  },
  {
    version: 2,
    stores: {
      mentions: 'id, platform, threadUrl, *pageUrls, firstSeenAt, lastSeenAt, status, [threadUrl+authorHandle]',
      replies: '++id, mentionId, threadUrl, insertedAt',
    },
  },
  { version: 3, stores: {} },
  {
    version: 4,
    stores: {
      incidents: 'id, status, openedAt, updatedAt',
      incidentEvents: '++id, incidentId, at, [incidentId+at]',
      evidence: '++id, incidentId, capturedAt, [incidentId+capturedAt]',
      playbookVersions: '[id+version], id, savedAt',
    },
  },
];

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export class KeelDatabase extends Dexie {
  settings!: Table<SettingsRow, string>;
  mentions!: Table<Mention, string>;
  playbooks!: Table<Playbook, string>;
  templates!: Table<Template, [string, number]>;
  incidents!: Table<Incident, string>;
  incidentEvents!: Table<IncidentEvent, number>;
  replies!: Table<ReplyRecord, number>;
  evidence!: Table<Evidence, number>;
  playbookVersions!: Table<PlaybookVersion, [string, number]>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (version === 2) {
        // v1 mentions could lack firstReplyAt; give every one the field so reads validate.
        v.upgrade((tx) =>
          tx
            .table('mentions')
            .toCollection()
            .modify((m: Record<string, unknown>) => {
              if (m.firstReplyAt === undefined) m.firstReplyAt = null;
            }),
        );
      }
      if (version === 3) v.upgrade(upgradeToV3);
      if (version === 4) v.upgrade(upgradeToV4);
    }
  }
}

/**
 * Takes back the approval earlier versions gave their starter templates in
 * Keel's own name (a person approves them now), and gives every incident the
 * next-update field so reads validate.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('templates')
    .toCollection()
    .modify((t: Template, ref: { value: Template }) => {
      const draft = withoutDefaultApproval(t);
      if (draft) ref.value = draft;
    });
  await tx
    .table('incidents')
    .toCollection()
    .modify((i: Record<string, unknown>) => {
      if (i.nextUpdateDueAt === undefined) i.nextUpdateDueAt = null;
    });
}

/** A v3 incident's status as v4 names it. */
const V4_STATUS: Record<string, string> = { open: 'responding', monitoring: 'monitoring', closed: 'resolved' };

/** A linked mention as evidence: the fields a reader of the record needs, copied so later changes do not reach it. */
export function mentionSnapshot(m: Mention): Evidence['item'] {
  return {
    kind: 'mention',
    mentionId: m.id,
    platform: m.platform,
    url: m.url,
    threadUrl: m.threadUrl,
    authorName: m.authorName,
    authorHandle: m.authorHandle,
    reach: m.reach,
    engagement: m.engagement,
    text: m.text,
    language: m.language,
    postedAt: m.postedAt,
    matches: m.matches,
    risk: m.risk,
  };
}

/**
 * The incident record. Each incident gets the v4 status (open → responding,
 * closed → resolved), a severity (the highest risk of its mentions, else
 * medium), its mentions' platforms, no owner and no review; resolvedAt takes
 * closedAt's place. Its mentions become evidence as they are now, timed when
 * they were linked (the 'mention-added' event) — the best record there is of
 * them. Events get an empty "by" and no detail.
 */
async function upgradeToV4(tx: Transaction): Promise<void> {
  const events = (await tx.table('incidentEvents').toArray()) as Array<Record<string, unknown>>;
  const linkedAt = new Map<string, number>();
  for (const e of events) if (e.kind === 'mention-added') linkedAt.set(`${e.incidentId}|${e.mentionId}`, e.at as number);
  await tx.table('incidentEvents').toCollection().modify((e: Record<string, unknown>) => {
    e.by ??= '';
    e.evidenceId ??= null;
    e.detail ??= null;
  });
  const incidents = (await tx.table('incidents').toArray()) as Array<Record<string, unknown>>;
  for (const old of incidents) {
    const ids = (old.mentionIds as string[] | undefined) ?? [];
    const mentions = ((await tx.table('mentions').bulkGet(ids)) as Array<Mention | undefined>).filter((m): m is Mention => !!m);
    const levels = mentions.map((m) => (m.risk ? RISK_LEVELS.indexOf(m.risk.level) : -1));
    const highest = Math.max(-1, ...levels);
    const { closedAt, ...rest } = old;
    await tx.table('incidents').put({
      ...rest,
      status: V4_STATUS[String(old.status)] ?? 'responding',
      severity: (highest >= 0 ? RISK_LEVELS[highest] : 'medium') as RiskLevel,
      owner: '',
      platforms: [...new Set(mentions.map((m) => m.platform))] as Platform[],
      resolvedAt: (closedAt as number | null | undefined) ?? null,
      review: null,
      updatedAt: (closedAt as number | null | undefined) ?? (old.openedAt as number),
    });
    await tx.table('evidence').bulkAdd(
      mentions.map((m) => ({
        incidentId: old.id,
        capturedAt: linkedAt.get(`${old.id}|${m.id}`) ?? (old.openedAt as number),
        capturedBy: '',
        item: mentionSnapshot(m),
      })),
    );
  }
}

/** Reads settings, falling back to defaults when none are stored or the stored ones are invalid. */
export async function loadSettings(db: KeelDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(row.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: KeelDatabase, settings: Settings): Promise<Settings> {
  const valid = Settings.parse(settings);
  await db.settings.put({ key: 'settings', value: valid });
  return valid;
}

const MAX_PAGE_URLS = 50;

/**
 * Stores posts a content script observed: new ones as 'new' mentions, known ones
 * refreshed (text, counts, risk) while keeping what the person decided (status,
 * crisis type, incident) and when Keel first saw them.
 */
export async function upsertObservedPosts(db: KeelDatabase, posts: ObservedPost[], now: number): Promise<number> {
  if (posts.length === 0) return 0;
  return db.transaction('rw', db.mentions, async () => {
    const existing = await db.mentions.bulkGet(posts.map((p) => p.id));
    const rows: Mention[] = posts.map((post, i) => {
      const { pageUrl, ...fields } = post;
      const before = existing[i];
      const pageUrls = before
        ? before.pageUrls.includes(pageUrl)
          ? before.pageUrls
          : [pageUrl, ...before.pageUrls].slice(0, MAX_PAGE_URLS)
        : [pageUrl];
      return Mention.parse({
        ...fields,
        pageUrls,
        firstSeenAt: before?.firstSeenAt ?? now,
        lastSeenAt: now,
        status: before?.status ?? 'new',
        crisisType: before?.crisisType ?? null,
        incidentId: before?.incidentId ?? null,
        firstReplyAt: before?.firstReplyAt ?? null,
      });
    });
    await db.mentions.bulkPut(rows);
    return rows.length;
  });
}

export async function setMentionStatus(db: KeelDatabase, id: string, status: MentionStatus): Promise<void> {
  const n = await db.mentions.update(id, { status });
  if (n === 0) throw new Error(`No mention with id ${id}`);
}

export async function setMentionCrisisType(db: KeelDatabase, id: string, crisisType: CrisisType | null): Promise<void> {
  const n = await db.mentions.update(id, { crisisType });
  if (n === 0) throw new Error(`No mention with id ${id}`);
}

/** Mentions seen on a page, validated; records that fail validation are skipped, not shown half-read. */
export async function mentionsOnPage(db: KeelDatabase, pageUrl: string): Promise<Mention[]> {
  const rows = await db.mentions.where('pageUrls').equals(pageUrl).toArray();
  const out: Mention[] = [];
  for (const row of rows) {
    const parsed = Mention.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * Logs an insertion and marks the mention replied. The first reply sets
 * firstReplyAt, from which the panel shows the time from first seen to first reply.
 */
export async function recordReply(db: KeelDatabase, reply: ReplyRecord): Promise<number> {
  return db.transaction('rw', db.replies, db.mentions, async () => {
    const id = await db.replies.add(reply);
    const mention = await db.mentions.get(reply.mentionId);
    if (mention) {
      await db.mentions.update(reply.mentionId, {
        status: 'replied',
        firstReplyAt: mention.firstReplyAt ?? reply.insertedAt,
      });
    }
    return id;
  });
}

/** Asks the browser to keep Keel's storage when space runs low, so the incident log is not evicted. */
export async function requestPersistentStorage(storage: StorageManager | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
