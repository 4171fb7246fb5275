import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, upsertObservedPosts, recordReply } from '../../lib/db';
import { closeIncident, escalateMention, incidentLog, logReplyToIncident, nextPromisedUpdate, openIncidents } from '../../lib/incidents';
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
    expect((await incidentLog(db, a.id)).map((e) => e.kind)).toEqual(['opened', 'mention-added', 'mention-added', 'reply-inserted', 'status-changed']);
    expect((await openIncidents(db)).map((i) => i.id)).toEqual([c.id]);
    await expect(escalateMention(db, 'missing', 'none', 'x', 60)).rejects.toThrow(/No mention/);
  });

  it('records the update time a reply promised as the incident’s next update due', async () => {
    db = new KeelDatabase(`keel-inc-${Math.random()}`);
    await upsertObservedPosts(db, [post('1'), post('2'), post('3')], 1);
    const incident = await escalateMention(db, '1', 'product-defect', 'Product defect', 10, () => 'inc');
    await escalateMention(db, '2', 'product-defect', 'Product defect', 11, () => 'unused');
    expect((await db.incidents.get('inc'))!.nextUpdateDueAt).toBeNull();

    await logReplyToIncident(db, '1', 100, 5_000);
    expect((await db.incidents.get(incident.id))!.nextUpdateDueAt).toBe(5_000);
    // A later promise to someone else does not push back the one still standing.
    await logReplyToIncident(db, '2', 200, 9_000);
    expect((await db.incidents.get(incident.id))!.nextUpdateDueAt).toBe(5_000);
    // A reply without a promised time leaves it; one after the due time sets the new one.
    await logReplyToIncident(db, '2', 300);
    expect((await db.incidents.get(incident.id))!.nextUpdateDueAt).toBe(5_000);
    await logReplyToIncident(db, '1', 6_000, 20_000);
    expect((await db.incidents.get(incident.id))!.nextUpdateDueAt).toBe(20_000);
    // A mention outside any incident changes nothing.
    await logReplyToIncident(db, '3', 6_100, 30_000);
    expect((await db.incidents.get(incident.id))!.nextUpdateDueAt).toBe(20_000);
  });

  it('keeps the earlier of two standing promises, and replaces one that has passed', () => {
    expect(nextPromisedUpdate(null, 500, 100)).toBe(500);
    expect(nextPromisedUpdate(400, 500, 100)).toBe(400);
    expect(nextPromisedUpdate(600, 500, 100)).toBe(500);
    expect(nextPromisedUpdate(50, 500, 100)).toBe(500);
  });
});
