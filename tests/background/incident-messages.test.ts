import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, upsertObservedPosts } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import { incidentLog } from '../../lib/incidents';
import { DEFAULT_SETTINGS, type ObservedPost } from '../../lib/schema';

let db: KeelDatabase;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const post: ObservedPost = {
  id: 'm1', platform: 'instagram', url: 'https://www.instagram.com/p/abc/', threadUrl: 'https://www.instagram.com/p/abc/', pageUrl: 'https://www.instagram.com/p/abc/',
  authorName: 'A', authorHandle: 'a', authorUrl: '', reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null }, text: 'Nordlicht hacked?', language: 'en',
  postedAt: null, parentId: null, byBrand: false, matches: [], risk: null,
};

function setup() {
  db = new KeelDatabase(`keel-bg-inc-${Math.random().toString(36).slice(2)}`);
  const log = vi.fn();
  let t = 100;
  const handler = createBackgroundHandler({ db, now: () => ++t, broadcastSettings: async () => {}, log });
  return { handler, log };
}

describe('incident messages', () => {
  it('records who did what: the name the panel sends, else the agent name in Settings', async () => {
    const { handler } = setup();
    await handler.handle({ type: 'settings/save', settings: { ...DEFAULT_SETTINGS, agentName: 'Mia Berger' } }, {});
    await upsertObservedPosts(db, [post], 1);
    const opened = await handler.handle({ type: 'incident/open', draft: { title: 'Hacked?', crisisType: 'security-incident', severity: 'high' }, mentionIds: ['m1'] }, {});
    expect(opened).toMatchObject({ ok: true });
    const id = String((opened as unknown as { incidentId: string }).incidentId);
    expect((await handler.handle({ type: 'incident/note', id, note: 'Password reset', by: 'Jonas Weber' }, {})).ok).toBe(true);
    expect((await handler.handle({ type: 'incident/escalation', id, to: 'Ada', via: 'chat' }, {})).ok).toBe(true);
    expect((await handler.handle({ type: 'incident/update', id, changes: { owner: 'Ada' } }, {})).ok).toBe(true);
    expect((await handler.handle({ type: 'incident/set-status', id, status: 'monitoring' }, {})).ok).toBe(true);
    const log = await incidentLog(db, id);
    expect(log.map((e) => [e.kind, e.by])).toEqual([
      ['opened', 'Mia Berger'],
      ['mention-added', 'Mia Berger'],
      ['note', 'Jonas Weber'],
      ['escalation', 'Mia Berger'],
      ['field-changed', 'Mia Berger'],
      ['status-changed', 'Mia Berger'],
    ]);
    expect(await db.incidents.get(id)).toMatchObject({ platforms: ['instagram'], owner: 'Ada', status: 'monitoring' });
  });

  it('refuses a status the practice does not allow, and a malformed request, storing nothing', async () => {
    const { handler, log } = setup();
    const opened = await handler.handle({ type: 'incident/open', draft: { title: 'X', crisisType: 'none', severity: 'low' }, mentionIds: [] }, {});
    const id = String((opened as unknown as { incidentId: string }).incidentId);
    const reviewed = await handler.handle({ type: 'incident/set-status', id, status: 'reviewed' }, {});
    expect(reviewed).toEqual({ ok: false, error: 'Incident "X": An incident becomes reviewed only by saving its post-crisis review.' });
    const bad = await handler.handle({ type: 'incident/decision', id, action: 'burn', postUrl: '', reason: 'x' }, {});
    expect(bad.ok).toBe(false);
    expect(String(log.mock.calls.at(-1)![0])).toMatch(/incident\/decision.*action/s);
    expect((await incidentLog(db, id)).map((e) => e.kind)).toEqual(['opened']);
  });
});
