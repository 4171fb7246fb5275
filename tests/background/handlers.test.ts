import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import { DEFAULT_SETTINGS } from '../../lib/schema';
import { RiskModelReply } from '../../lib/messages';
import { bundledRiskModel } from '../../lib/risk';

function setup() {
  const db = new KeelDatabase(`keel-bg-${Math.random().toString(36).slice(2)}`);
  const log = vi.fn();
  const broadcastSettings = vi.fn(async () => {});
  const handler = createBackgroundHandler({ db, now: () => 5, broadcastSettings, log });
  return { db, log, broadcastSettings, handler, cleanup: () => { db.close(); return Dexie.delete(db.name); } };
}

describe('background handler', () => {
  it('rejects and logs an invalid message without storing anything', async () => {
    const { db, log, handler, cleanup } = setup();
    const reply = await handler.handle({ type: 'posts/observed', posts: [{ id: 'x', text: 5 }] }, { tabId: 1 });
    expect(reply.ok).toBe(false);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toMatch(/posts\/observed/);
    expect(await db.mentions.count()).toBe(0);
    const unknown = await handler.handle({ type: 'drop/everything' }, {});
    expect(unknown.ok).toBe(false);
    await cleanup();
  });

  it('saves valid settings and tells content scripts', async () => {
    const { handler, broadcastSettings, cleanup } = setup();
    const settings = { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] } };
    const reply = await handler.handle({ type: 'settings/save', settings }, {});
    expect(reply.ok).toBe(true);
    expect(broadcastSettings).toHaveBeenCalledWith(settings);
    const hello = await handler.handle({ type: 'content/hello', platform: 'x', pageUrl: 'https://x.com/home' }, { tabId: 3 });
    expect(hello).toMatchObject({ ok: true, settings });
    await cleanup();
  });

  it('escalating a mention files it under an incident, and replies to it are logged there', async () => {
    const { db, handler, cleanup } = setup();
    const post = {
      id: 'x:/a/status/1', platform: 'x', url: 'https://x.com/a/status/1', threadUrl: 'https://x.com/b/status/9', pageUrl: 'https://x.com/b/status/9',
      authorName: 'A', authorHandle: 'a', authorUrl: '', reach: { verified: false, followers: null },
      engagement: { replies: null, reposts: null, likes: null, views: null }, text: 'Nordlicht hacked?', language: 'en',
      postedAt: null, parentId: null, byBrand: false, matches: [],
      risk: { score: 70, level: 'high', reasons: [], crisisType: 'security-incident', language: 'en' },
    };
    expect((await handler.handle({ type: 'posts/observed', posts: [post] }, { tabId: 1 })).ok).toBe(true);
    const reply = await handler.handle({ type: 'mention/set-status', id: post.id, status: 'escalated' }, {});
    expect(reply).toMatchObject({ ok: true });
    const incident = (await db.incidents.toArray())[0]!;
    expect(incident).toMatchObject({ crisisType: 'security-incident', status: 'detected', mentionIds: [post.id] });
    expect((await db.mentions.get(post.id))!.incidentId).toBe(incident.id);
    await handler.handle({ type: 'reply/recorded', reply: { mentionId: post.id, templateId: null, templateVersion: null, language: 'en', text: 'We are on it', threadUrl: post.threadUrl, insertedAt: 9, method: 'inserted' } }, {});
    expect((await db.incidentEvents.where('incidentId').equals(incident.id).toArray()).map((e) => e.kind)).toEqual(['opened', 'mention-added', 'reply-inserted']);
    await cleanup();
  });

  it('keeps page health per tab', async () => {
    const { handler, cleanup } = setup();
    const health = { type: 'page/health', platform: 'x', pageUrl: 'https://x.com/home', postsSeen: 0, mentionsSeen: 0, readable: false, checks: [{ name: 'post', matched: false }] };
    await handler.handle(health, { tabId: 7 });
    expect(await handler.handle({ type: 'tab/health', tabId: 7 }, {})).toMatchObject({ ok: true, health: { readable: false } });
    expect(await handler.handle({ type: 'tab/health', tabId: 8 }, {})).toMatchObject({ ok: true, health: null });
    await cleanup();
  });
});

describe('risk model for content scripts', () => {
  it('hands out the shipped model, valid under the message contract and without its training record', async () => {
    const { handler, cleanup } = setup();
    const reply = await handler.handle({ type: 'risk/model' }, { tabId: 1 });
    const parsed = RiskModelReply.safeParse(reply);
    expect(parsed.success).toBe(true);
    const model = parsed.data!.model;
    expect(model.weights).toBe(bundledRiskModel.weights);
    expect(model.heads).toEqual(bundledRiskModel.heads);
    expect(Object.keys(model).sort()).toEqual(['featureBits', 'format', 'heads', 'register', 'scales', 'slope', 'tableBits', 'weights']);
    await cleanup();
  });
});

describe('posts sent as JSON text', () => {
  const post = {
    id: 'x:/a/status/7', platform: 'x', url: 'https://x.com/a/status/7', threadUrl: 'https://x.com/b/status/9', pageUrl: 'https://x.com/b/status/9',
    authorName: 'A', authorHandle: 'a', authorUrl: '', reach: { verified: false, followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null }, text: 'Nordlicht!', language: 'en',
    postedAt: null, parentId: null, byBrand: false, matches: [], risk: null,
  };

  it('stores them as if sent as objects', async () => {
    const { db, handler, cleanup } = setup();
    expect((await handler.handle({ type: 'posts/observed', posts: JSON.stringify([post]) }, { tabId: 1 })).ok).toBe(true);
    expect((await db.mentions.get(post.id))?.text).toBe('Nordlicht!');
    await cleanup();
  });

  it('refuses text that is not JSON, or JSON of the wrong shape, and stores nothing', async () => {
    const { db, log, handler, cleanup } = setup();
    const broken = await handler.handle({ type: 'posts/observed', posts: '[{"id": "x:/a/status/7",' }, { tabId: 1 });
    expect(broken).toMatchObject({ ok: false });
    expect(String((broken as { error: string }).error)).toMatch(/posts/);
    const wrong = await handler.handle({ type: 'posts/observed', posts: JSON.stringify([{ ...post, text: 5 }]) }, { tabId: 1 });
    expect(wrong).toMatchObject({ ok: false });
    expect(String((wrong as { error: string }).error)).toMatch(/posts\[0\]\.text|text/);
    expect(log).toHaveBeenCalledTimes(2);
    expect(await db.mentions.count()).toBe(0);
    await cleanup();
  });
});
