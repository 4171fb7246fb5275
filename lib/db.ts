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
 * incidents get the time of the next promised update.
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
