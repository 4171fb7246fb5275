import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, SCHEMA_VERSIONS, loadSettings, recordReply, saveSettings, upsertObservedPosts, mentionsOnPage } from '../lib/db';
import { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_APPROVER } from '../lib/playbooks/templates';
import { DEFAULT_SETTINGS, Incident, Mention, type ObservedPost, type Template } from '../lib/schema';

let names: string[] = [];
const freshName = () => {
  const name = `keel-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.map((n) => Dexie.delete(n)));
  names = [];
});

function observed(id: string, pageUrl: string, overrides: Partial<ObservedPost> = {}): ObservedPost {
  return {
    id,
    platform: 'x',
    url: `https://x.com/a/status/${id}`,
    threadUrl: 'https://x.com/nordlichtcoffee/status/1',
    pageUrl,
    authorName: 'Ada',
    authorHandle: 'ada',
    authorUrl: 'https://x.com/ada',
    reach: { verified: false, followers: null },
    engagement: { replies: 1, reposts: 0, likes: 3, views: null },
    text: 'Nordlicht, where is my order?',
    language: 'en',
    postedAt: 1_700_000_000_000,
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Nordlicht', kind: 'name', span: [0, 9] }],
    risk: { score: 40, level: 'medium', reasons: [], crisisType: 'service-complaint', language: 'en' },
    ...overrides,
  };
}

describe('database', () => {
  it('upgrades a version 1 database without losing mentions or settings', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    const { firstReplyAt: _dropped, ...legacy } = Mention.parse({
      ...observed('x:/ada/status/1', 'https://x.com/nordlichtcoffee/status/1'),
      pageUrls: ['https://x.com/nordlichtcoffee/status/1'],
      firstSeenAt: 1,
      lastSeenAt: 2,
      status: 'escalated',
      crisisType: 'product-defect',
      incidentId: null,
      firstReplyAt: null,
    });
    delete (legacy as Record<string, unknown>).pageUrl;
    await v1.table('mentions').add(legacy);
    await v1.table('settings').put({ key: 'settings', value: { ...DEFAULT_SETTINGS, agentName: 'Mia' } });
    v1.close();

    const db = new KeelDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const mention = await db.mentions.get('x:/ada/status/1');
    expect(Mention.parse(mention).status).toBe('escalated');
    expect(mention!.firstReplyAt).toBeNull();
    expect((await loadSettings(db)).agentName).toBe('Mia');
    // The index added in version 2 answers queries.
    expect(await db.mentions.where('[threadUrl+authorHandle]').equals(['https://x.com/nordlichtcoffee/status/1', 'ada']).count()).toBe(1);
    db.close();
  });

  it('upgrades a version 2 database: starter templates approved in Keel’s name become drafts, a person’s approvals stay', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1]!.stores);
    await v2.open();
    const [first, second, third] = DEFAULT_TEMPLATES as [Template, Template, Template];
    const byKeel = { status: 'approved', approvedBy: DEFAULT_TEMPLATES_APPROVER, approvedAt: Date.UTC(2025, 0, 15) } as const;
    await v2.table('templates').bulkAdd([
      { ...first, ...byKeel },
      { ...second, status: 'approved', approvedBy: 'Maja Nowak', approvedAt: 5 },
      { ...third, ...byKeel, status: 'retired' },
    ]);
    await v2.table('incidents').add({ id: 'i1', title: 'Glass', crisisType: 'product-defect', status: 'open', phase: 'respond', openedAt: 1, closedAt: null, mentionIds: [] });
    v2.close();

    const db = new KeelDatabase(name);
    await db.open();
    expect(await db.templates.get([first.id, 1])).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, body: first.body });
    expect(await db.templates.get([second.id, 1])).toMatchObject({ status: 'approved', approvedBy: 'Maja Nowak', approvedAt: 5 });
    expect(await db.templates.get([third.id, 1])).toMatchObject({ status: 'retired' });
    expect(Incident.parse(await db.incidents.get('i1')).nextUpdateDueAt).toBeNull();
    db.close();
  });

  it('keeps the person’s decisions when a mention is seen again, and adds the new page', async () => {
    const db = new KeelDatabase(freshName());
    await upsertObservedPosts(db, [observed('m1', 'https://x.com/home')], 100);
    await db.mentions.update('m1', { status: 'escalated' });
    await upsertObservedPosts(db, [observed('m1', 'https://x.com/nordlichtcoffee/status/1', { text: 'edited' })], 200);
    const m = (await db.mentions.get('m1'))!;
    expect(m.status).toBe('escalated');
    expect(m.firstSeenAt).toBe(100);
    expect(m.lastSeenAt).toBe(200);
    expect(m.text).toBe('edited');
    expect(m.pageUrls).toEqual(['https://x.com/nordlichtcoffee/status/1', 'https://x.com/home']);
    expect((await mentionsOnPage(db, 'https://x.com/home')).map((x) => x.id)).toEqual(['m1']);
    db.close();
  });

  it('refuses invalid settings and keeps the stored ones', async () => {
    const db = new KeelDatabase(freshName());
    await saveSettings(db, { ...DEFAULT_SETTINGS, agentName: 'Mia' });
    await expect(saveSettings(db, { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, handles: ['not a handle'] } })).rejects.toThrow();
    expect((await loadSettings(db)).agentName).toBe('Mia');
    db.close();
  });

  it('records a reply, marks the mention replied and keeps the first reply time', async () => {
    const db = new KeelDatabase(freshName());
    await upsertObservedPosts(db, [observed('m1', 'https://x.com/home')], 1_000);
    const base = { mentionId: 'm1', templateId: 't1', templateVersion: 2, language: 'en' as const, text: 'Hi', threadUrl: 'https://x.com/nordlichtcoffee/status/1', method: 'inserted' as const };
    await recordReply(db, { ...base, insertedAt: 61_000 });
    await recordReply(db, { ...base, insertedAt: 99_000 });
    const m = (await db.mentions.get('m1'))!;
    expect(m.status).toBe('replied');
    expect(m.firstReplyAt! - m.firstSeenAt).toBe(60_000);
    expect(await db.replies.where('mentionId').equals('m1').count()).toBe(2);
    db.close();
  });
});
