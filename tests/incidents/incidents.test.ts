import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, upsertObservedPosts, recordReply } from '../../lib/db';
import { closeIncident, escalateMention, incidentLog, logReplyToIncident, openIncidents } from '../../lib/incidents';
import type { ObservedPost } from '../../lib/schema';

let db: KeelDatabase;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const post = (id: string): ObservedPost => ({
  id, platform: 'x', url: `https://x.com/a/status/${id}`, threadUrl: 'https://x.com/b/status/1', pageUrl: 'https://x.com/b/status/1',
  authorName: 'A', authorHandle: 'a', authorUrl: '', reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null }, text: 'Nordlicht made me sick', language: 'en',
  postedAt: null, parentId: null, byBrand: false, matches: [], risk: null,
});

describe('incident log', () => {
  it('files escalated mentions of one crisis type under one open incident, and logs each step', async () => {
    db = new KeelDatabase(`keel-inc-${Math.random()}`);
    await upsertObservedPosts(db, [post('1'), post('2'), post('3')], 1);
    let n = 0;
    const id = () => `inc-${++n}`;
    const a = await escalateMention(db, '1', 'product-defect', 'Product defect', 10, id);
    const b = await escalateMention(db, '2', 'product-defect', 'Product defect', 20, id);
    const c = await escalateMention(db, '3', 'security-incident', 'Hacked account', 30, id);
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect((await db.mentions.get('2'))!).toMatchObject({ status: 'escalated', incidentId: a.id });
    expect((await openIncidents(db)).map((i) => i.mentionIds)).toEqual([['1', '2'], ['3']]);

    await recordReply(db, { mentionId: '1', templateId: null, templateVersion: null, language: 'en', text: 'Sorry', threadUrl: 'x', insertedAt: 40, method: 'inserted' });
    await logReplyToIncident(db, '1', 40);
    await closeIncident(db, a.id, 'Batch recalled', 50);
    expect((await incidentLog(db, a.id)).map((e) => e.kind)).toEqual(['opened', 'mention-added', 'mention-added', 'reply-inserted', 'closed']);
    expect((await openIncidents(db)).map((i) => i.id)).toEqual([c.id]);
    await expect(escalateMention(db, 'missing', 'none', 'x', 60)).rejects.toThrow(/No mention/);
  });
});
