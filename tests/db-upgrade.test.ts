/**
 * Upgrades from every earlier schema version keep what people stored. For each version a
 * database is made with exactly that version's stores (SCHEMA_VERSIONS), filled with rows as
 * Keel of that time wrote them, and opened with today's KeelDatabase. Every row must still be
 * there, valid against today's schemas, and changed only as the version notes in lib/db.ts say.
 *
 * Data-driven: a new schema version adds its era's rows (ERAS) and its documented changes
 * (UPGRADES); the checks stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { z } from 'zod';
import * as schema from '../lib/schema';
import { KeelDatabase, SCHEMA_VERSIONS } from '../lib/db';
import { DEFAULT_PLAYBOOKS } from '../lib/playbooks/defaults';
import { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_APPROVER } from '../lib/playbooks/templates';

type Row = Record<string, unknown>;
type Rows = Record<string, Row[]>;

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 24, 9, 30);
const THREAD = 'https://x.com/nordlichtcoffee/status/1861000000000000001';

// ---------------------------------------------------------------------------------------------
// Rows as each version of Keel wrote them.

function settingsRow(version: number): Row {
  const brand: Row = {
    names: ['Nordlicht Coffee', 'Nordlicht'],
    aliases: ['Nordlict', 'Nordlight'],
    handles: ['@nordlichtcoffee'],
    hashtags: ['#nordlicht'],
    products: ['Polarstern'],
    exclude: ['Nordlicht Festival'],
  };
  const value: Row = { brand, agentName: 'Maria', dmLink: 'https://nordlicht.example/help', uiLanguage: 'de' };
  // From v3 on, settings could carry the forms of address, exact spellings and the crisis team.
  if (version >= 3) {
    brand.noInflection = ['Nord'];
    Object.assign(value, {
      addressDe: 'du',
      addressPl: 'pan',
      team: {
        members: [
          { role: 'lead', name: 'Maria Schmidt', contact: 'maria@nordlicht.example' },
          { role: 'legal', name: 'Jonas Berg', deputy: 'Eva Lind', contact: '+49 30 1234567', outOfHours: '+49 170 1234567' },
        ],
        readiness: { monitoringSetUp: true, lastDrill: '2026-10-02' },
      },
    });
  }
  return { key: 'settings', value };
}

interface MentionSeed {
  n: number;
  platform: 'x' | 'facebook' | 'instagram';
  text: string;
  level: 'low' | 'medium' | 'high' | 'critical';
  status: 'new' | 'replied' | 'ignored' | 'escalated';
  incidentId?: string;
  repliedAt?: number;
}

const MENTIONS: MentionSeed[] = [
  { n: 1, platform: 'x', text: 'Nordlicht Polarstern grinder broke after a week. Third time I write, no answer. #boycott', level: 'critical', status: 'escalated', incidentId: 'incident-a' },
  { n: 2, platform: 'x', text: '@nordlichtcoffee my order is two weeks late and nobody answers', level: 'high', status: 'replied', incidentId: 'incident-a', repliedAt: T0 + 3_600_000 },
  { n: 3, platform: 'facebook', text: 'Der Kaffee von Nordlicht schmeckt seit der neuen Röstung verbrannt.', level: 'medium', status: 'new' },
  { n: 4, platform: 'instagram', text: 'Nordlicht staff at the Aarhus shop were so rude to my mum', level: 'high', status: 'escalated', incidentId: 'incident-b' },
  { n: 5, platform: 'x', text: 'Love the Nordlicht winter blend ☕', level: 'low', status: 'ignored' },
];

function mentionRow(m: MentionSeed, version: number): Row {
  const id = m.platform === 'x' ? `x:/person${m.n}/status/18610000000000000${m.n}` : `${m.platform}:/nordlichtcoffee/posts/p${m.n}?comment_id=${m.n}`;
  const url = m.platform === 'x' ? `https://x.com/person${m.n}/status/18610000000000000${m.n}` : `https://www.${m.platform}.com/nordlichtcoffee/posts/p${m.n}?comment_id=${m.n}`;
  const threadUrl = m.platform === 'x' ? THREAD : `https://www.${m.platform}.com/nordlichtcoffee/posts/p${m.n}`;
  const score = { low: 12, medium: 41, high: 68, critical: 91 }[m.level];
  const brandAt = m.text.indexOf('Nordlicht') >= 0 ? m.text.indexOf('Nordlicht') : m.text.indexOf('@nordlichtcoffee');
  const row: Row = {
    id,
    platform: m.platform,
    url,
    threadUrl,
    authorName: `Person ${m.n}`,
    authorHandle: `person${m.n}`,
    authorUrl: m.platform === 'x' ? `https://x.com/person${m.n}` : '',
    reach: { verified: m.n === 1, followers: m.n === 1 ? 48_200 : null },
    engagement: { replies: m.n, reposts: m.platform === 'x' ? 2 * m.n : null, likes: 10 * m.n, views: m.platform === 'x' ? 1000 * m.n : null },
    text: m.text,
    language: m.text.startsWith('Der') ? 'de' : 'en',
    postedAt: T0 - m.n * 60_000,
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Nordlicht', kind: m.text.includes('@nordlichtcoffee') ? 'handle' : 'name', span: [brandAt, brandAt + 9] }],
    risk: {
      score,
      level: m.level,
      reasons: m.level === 'low' ? [] : [{ kind: m.n === 4 ? 'staff' : 'complaint', spans: [[0, 9]], weight: 30, params: {} }],
      crisisType: m.n === 4 ? 'employee-misconduct' : m.n === 3 ? 'product-defect' : 'service-complaint',
      language: m.text.startsWith('Der') ? 'de' : 'en',
    },
    pageUrls: [threadUrl, ...(m.platform === 'x' ? ['https://x.com/home'] : [])],
    firstSeenAt: T0 - m.n * 50_000,
    lastSeenAt: T0 + m.n * 1000,
    status: m.status,
    crisisType: m.n === 1 ? 'product-defect' : null,
    incidentId: m.incidentId ?? null,
  };
  // v1 had no first-reply time; v2 added it.
  if (version >= 2) row.firstReplyAt = m.repliedAt ?? null;
  return row;
}

function templateRows(version: number): Row[] {
  // Starter templates: until v3 Keel stored them approved in its own name.
  const starters = DEFAULT_TEMPLATES.filter((t) => t.language === 'de' || t.language === 'en')
    .slice(0, 6)
    .map((t): Row =>
      version < 3
        ? { ...t, status: 'approved', approvedBy: DEFAULT_TEMPLATES_APPROVER, approvedAt: T0 - 30 * DAY, createdAt: T0 - 30 * DAY, updatedAt: T0 - 30 * DAY }
        : { ...t, status: 'draft', approvedBy: null, approvedAt: null, createdAt: T0 - 30 * DAY, updatedAt: T0 - 30 * DAY },
    );
  const base = { crisisType: 'service-complaint', language: 'de', platforms: ['x', 'facebook'], builtin: false, createdAt: T0 - 20 * DAY };
  const own: Row[] = [
    { ...base, id: 'own-delay', version: 1, title: 'Lieferverzug', body: 'Hallo {name}, das tut uns leid. Wir prüfen Ihre Bestellung sofort. {agent}', status: 'retired', approvedBy: 'Maria Schmidt', approvedAt: T0 - 19 * DAY, updatedAt: T0 - 10 * DAY },
    { ...base, id: 'own-delay', version: 2, title: 'Lieferverzug', body: 'Hallo {name}, das tut uns leid. Schreiben Sie uns Ihre Bestellnummer: {dm_link} {agent}', status: 'approved', approvedBy: 'Maria Schmidt', approvedAt: T0 - 10 * DAY, updatedAt: T0 - 10 * DAY },
    { ...base, id: 'own-delay', version: 3, title: 'Lieferverzug (kürzer)', body: 'Das tut uns leid, {name}. Bitte per DM: {dm_link}', status: 'draft', approvedBy: null, approvedAt: null, updatedAt: T0 - DAY },
    // A person whose name merely contains Keel's keeps the approval.
    { ...base, id: 'own-thanks', version: 1, language: 'en', title: 'Thanks', body: 'Thank you, {name}!', crisisType: 'none', status: 'approved', approvedBy: 'Keel defaults team lead Ana', approvedAt: T0 - 5 * DAY, updatedAt: T0 - 5 * DAY },
  ];
  if (version >= 3) own[1]!.address = 'sie';
  return [...starters, ...own];
}

function incidentRows(version: number): Row[] {
  const rows: Row[] = [
    { id: 'incident-a', title: 'Service complaint', crisisType: 'service-complaint', status: 'open', phase: 'respond', openedAt: T0, closedAt: null, mentionIds: [mentionId(1), mentionId(2)] },
    { id: 'incident-b', title: 'Employee misconduct', crisisType: 'employee-misconduct', status: 'closed', phase: 'recover', openedAt: T0 + 1000, closedAt: T0 + 2 * DAY, mentionIds: [mentionId(4)] },
    { id: 'incident-c', title: 'Reputation attack', crisisType: 'reputation-attack', status: 'monitoring', phase: 'detect', openedAt: T0 + 2000, closedAt: null, mentionIds: [] },
  ];
  // v3 added the next promised update (and so did records written from then on).
  if (version >= 3) {
    rows[0]!.nextUpdateDueAt = T0 + 4 * 3_600_000;
    rows[1]!.nextUpdateDueAt = null;
  }
  return rows;
}

function eventRows(version: number): Row[] {
  const ev = (id: number, incidentId: string, at: number, kind: string, mentionId: string | null = null, note = ''): Row => ({ id, incidentId, at, kind, mentionId, note });
  const rows = [
    ev(1, 'incident-a', T0, 'opened'),
    ev(2, 'incident-a', T0 + 10, 'mention-added', mentionId(1)),
    ev(3, 'incident-a', T0 + 20_000, 'mention-added', mentionId(2)),
    ev(4, 'incident-a', T0 + 60_000, 'phase-changed', null, 'detect → respond'),
    ev(5, 'incident-b', T0 + 1000, 'opened'),
    ev(6, 'incident-b', T0 + 1010, 'mention-added', mentionId(4)),
    ev(7, 'incident-b', T0 + DAY, 'note', null, 'HR confirmed the shift; apology via DM.'),
    ev(8, 'incident-b', T0 + 2 * DAY, 'closed', null, 'Brief shop staff on the escalation path.'),
    ev(9, 'incident-c', T0 + 2000, 'opened'),
    ev(10, 'incident-c', T0 + 3000, 'status-changed', null, 'open → monitoring'),
  ];
  // The reply log arrived with v2, and with it replies logged to incidents.
  if (version >= 2) rows.push(ev(11, 'incident-a', T0 + 3_600_000, 'reply-inserted', mentionId(2)));
  return rows;
}

function replyRows(version: number): Row[] {
  const reply: Row = {
    id: 1, mentionId: mentionId(2), templateId: 'own-delay', templateVersion: 2, language: 'de',
    text: 'Hallo Person 2, das tut uns leid. Schreiben Sie uns Ihre Bestellnummer: https://nordlicht.example/help Maria',
    threadUrl: THREAD, insertedAt: T0 + 3_600_000, method: 'inserted',
  };
  if (version >= 3) reply.promisedUpdateAt = T0 + 4 * 3_600_000;
  return [reply, { id: 2, mentionId: mentionId(3), templateId: null, templateVersion: null, language: 'de', text: 'Danke für den Hinweis!', threadUrl: mentionRow(MENTIONS[2]!, 2).threadUrl, insertedAt: T0 + 7_200_000, method: 'clipboard' }];
}

const mentionId = (n: number) => mentionRow(MENTIONS.find((m) => m.n === n)!, CURRENT).id as string;

function playbookRows(): Row[] {
  // Built-in playbooks, and one the person edited.
  const [a, b] = DEFAULT_PLAYBOOKS.filter((p) => p.language === 'de');
  return [{ ...a!, updatedAt: T0 - 30 * DAY }, { ...b!, holdingStatement: 'Wir kümmern uns darum und melden uns bis 16 Uhr.', builtin: false, updatedAt: T0 - DAY }];
}

/** Every earlier version, with the rows Keel of that time stored. A new version adds a line. */
const ERAS: Array<{ version: number; rows: Rows }> = [1, 2, 3, 4]
  .filter((version) => version < CURRENT)
  .map((version) => ({
    version,
    rows: {
      settings: [settingsRow(version)],
      mentions: MENTIONS.map((m) => mentionRow(m, version)),
      playbooks: playbookRows(),
      templates: templateRows(version),
      incidents: incidentRows(version),
      incidentEvents: eventRows(version),
      ...(version >= 2 ? { replies: replyRows(version) } : {}),
    },
  }));

// ---------------------------------------------------------------------------------------------
// What each version's upgrade does, as lib/db.ts documents it, written out independently.

const UPGRADES: Record<number, (rows: Rows) => Rows> = {
  // v2: every mention has firstReplyAt (null when there was no reply).
  2: (rows) => ({ ...rows, mentions: rows.mentions!.map((m) => ({ firstReplyAt: null, ...m })) }),
  // v3: starter templates approved in Keel's name become drafts; incidents get nextUpdateDueAt.
  3: (rows) => ({
    ...rows,
    templates: rows.templates!.map((t) =>
      t.status === 'approved' && t.approvedBy === DEFAULT_TEMPLATES_APPROVER ? { ...t, status: 'draft', approvedBy: null, approvedAt: null } : t,
    ),
    incidents: rows.incidents!.map((i) => ({ nextUpdateDueAt: null, ...i })),
  }),
  // v4: the incident record (see upgradeToV4).
  4: (rows) => {
    const mentions = new Map(rows.mentions!.map((m) => [m.id as string, m]));
    const linkedAt = new Map(rows.incidentEvents!.filter((e) => e.kind === 'mention-added').map((e) => [`${e.incidentId}|${e.mentionId}`, e.at]));
    const order = ['low', 'medium', 'high', 'critical'];
    const status: Record<string, string> = { open: 'responding', monitoring: 'monitoring', closed: 'resolved' };
    const evidence: Row[] = [];
    const incidents = rows.incidents!.map(({ closedAt, ...i }) => {
      const linked = (i.mentionIds as string[]).map((id) => mentions.get(id)!);
      const levels = linked.map((m) => order.indexOf((m.risk as Row).level as string));
      for (const m of linked) {
        evidence.push({
          incidentId: i.id,
          capturedAt: linkedAt.get(`${i.id}|${m.id}`) ?? i.openedAt,
          capturedBy: '',
          item: {
            kind: 'mention', mentionId: m.id, platform: m.platform, url: m.url, threadUrl: m.threadUrl, authorName: m.authorName,
            authorHandle: m.authorHandle, reach: m.reach, engagement: m.engagement, text: m.text, language: m.language,
            postedAt: m.postedAt, matches: m.matches, risk: m.risk,
          },
        });
      }
      return {
        ...i,
        status: status[i.status as string],
        severity: levels.length ? order[Math.max(...levels)] : 'medium',
        owner: '',
        platforms: [...new Set(linked.map((m) => m.platform))],
        resolvedAt: closedAt ?? null,
        review: null,
        updatedAt: closedAt ?? i.openedAt,
      };
    });
    const incidentEvents = rows.incidentEvents!.map((e) => ({ ...e, by: '', evidenceId: null, detail: null }));
    return { ...rows, incidents, incidentEvents, evidence, playbookVersions: [] };
  },
};

/** The rows an era's database should hold after upgrading to today's version. */
function expectedAfterUpgrade(era: { version: number; rows: Rows }): Rows {
  let rows: Rows = { replies: [], ...structuredClone(era.rows) };
  for (let v = era.version + 1; v <= CURRENT; v++) {
    const step = UPGRADES[v];
    if (!step) throw new Error(`Schema version ${v} has no documented upgrade in tests/db-upgrade.test.ts (UPGRADES).`);
    rows = step(rows);
  }
  return rows;
}

/** Today's schema for each store's rows; a store added later adds its line. */
const SCHEMAS: Record<string, (row: Row) => unknown> = {
  settings: (row) => (schema.Settings as unknown as z.ZodType).parse(row.value),
  mentions: (row) => schema.Mention.parse(row),
  playbooks: (row) => schema.Playbook.parse(row),
  templates: (row) => schema.Template.parse(row),
  incidents: (row) => schema.Incident.parse(row),
  incidentEvents: (row) => schema.IncidentEvent.parse(row),
  replies: (row) => schema.ReplyRecord.parse(row),
  evidence: (row) => (schema as unknown as Record<string, z.ZodType>).Evidence!.parse(row),
  playbookVersions: (row) => (schema as unknown as Record<string, z.ZodType>).PlaybookVersion!.parse(row),
};

/** A database made at exactly one earlier version's stores, holding that era's rows. */
async function createAt(name: string, era: { version: number; rows: Rows }): Promise<void> {
  const old = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= era.version)) old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(era.rows)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Every row of every store, in key order, evidence without its generated ids. */
async function readAll(db: Dexie): Promise<Rows> {
  const out: Rows = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Row[];
    out[table.name] = table.name === 'evidence' ? rows.map(({ id: _id, ...rest }) => rest) : rows;
  }
  return out;
}

const byKey = (rows: Row[]) =>
  [...rows].sort((a, b) => JSON.stringify([a.id ?? a.key, a.version, a.incidentId, (a.item as Row | undefined)?.mentionId]).localeCompare(JSON.stringify([b.id ?? b.key, b.version, b.incidentId, (b.item as Row | undefined)?.mentionId])));

describe.each(ERAS)('a database from schema version $version', (era) => {
  it(`opens at version ${CURRENT} with every row kept, valid today, and changed only as documented`, async () => {
    const name = `keel-upgrade-v${era.version}-${Math.random().toString(36).slice(2)}`;
    await createAt(name, era);
    const db = new KeelDatabase(name);
    await db.open();
    try {
      expect(db.verno).toBe(CURRENT);
      const stored = await readAll(db);
      const expected = expectedAfterUpgrade(era);
      expect(Object.keys(stored).sort()).toEqual(Object.keys(SCHEMAS).filter((t) => t in stored).sort());
      for (const [table, rows] of Object.entries(stored)) {
        expect(byKey(rows), `${table} after upgrading from v${era.version}`).toEqual(byKey(expected[table] ?? []));
        for (const row of rows) expect(() => SCHEMAS[table]!(row), `${table} row ${JSON.stringify(row).slice(0, 120)}`).not.toThrow();
      }
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});

describe('the upgrade test itself', () => {
  it('covers every earlier version, and every version has a documented upgrade', () => {
    expect(ERAS.map((e) => e.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT));
    for (const { version } of SCHEMA_VERSIONS.slice(1)) expect(UPGRADES[version], `upgrade to v${version}`).toBeTypeOf('function');
  });

  it('has rows of every store in each era (so a dropped store or row would show)', () => {
    for (const era of ERAS) {
      const created = new Set(SCHEMA_VERSIONS.filter((v) => v.version <= era.version).flatMap((v) => Object.keys(v.stores)));
      expect(Object.keys(era.rows).sort(), `v${era.version}`).toEqual([...created].sort());
      for (const rows of Object.values(era.rows)) expect(rows.length).toBeGreaterThan(0);
    }
  });
});
