import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, saveSettings, upsertObservedPosts } from '../../lib/db';
import { insertTopSuggestion } from '../../lib/background/commands';
import { approveTemplates } from '../../lib/playbooks/templates';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type ObservedPost } from '../../lib/schema';
import type { ContentRequest } from '../../lib/messages';

const THREAD = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
const post: ObservedPost = {
  id: 'x:/benharris_mcr/status/1', platform: 'x', url: 'https://x.com/benharris_mcr/status/1', threadUrl: THREAD, pageUrl: THREAD,
  authorName: 'Ben Harris', authorHandle: 'benharris_mcr', authorUrl: '', reach: { verified: false, followers: null },
  engagement: { replies: null, reposts: null, likes: null, views: null },
  text: 'Found a glass shard in my Nordlicht Cold Brew this morning.', language: 'en', postedAt: 1, parentId: null, byBrand: false,
  matches: [{ term: 'Nordlicht Cold Brew', kind: 'product', span: [29, 48] }],
  risk: { score: 79, level: 'high', reasons: [], crisisType: 'product-defect', language: 'en' },
};

/** A template the brand wrote and a person approved, with nothing for the command to leave unfilled. */
const TEAM_TEMPLATE = approveTemplates(
  [
    {
      id: 'team-defect', version: 1, title: 'Defect: sorry, details by DM', crisisType: 'product-defect', language: 'en', platforms: ['x'],
      body: "Hi {author}, I'm sorry about your {product}. Please send us the batch number via {dm_link}. – {agent}",
      status: 'draft', approvedBy: null, approvedAt: null, createdAt: 1, updatedAt: 1, builtin: false,
    },
  ],
  'Maja Nowak',
  1,
)[0]!;

async function setup(settings = { ...DEFAULT_SETTINGS, agentName: 'Mia', dmLink: 'https://x.com/messages/compose?recipient_id=1', brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'], products: ['Nordlicht Cold Brew'] } }) {
  const db = new KeelDatabase(`keel-cmd-${Math.random().toString(36).slice(2)}`);
  await seedDefaults(db, 1);
  await db.templates.put(TEAM_TEMPLATE);
  await saveSettings(db, settings);
  await upsertObservedPosts(db, [post], 2);
  const sent: ContentRequest[] = [];
  let focused: string | null = post.id;
  let insertOk = true;
  const deps = {
    db,
    now: () => 60_002,
    toTab: async (_tabId: number, message: ContentRequest) => {
      sent.push(message);
      if (message.type === 'mention/focused') return { ok: true, id: focused };
      if (message.type === 'composer/insert') return { ok: insertOk, method: insertOk ? 'paste' : 'none', readBack: insertOk ? message.text : '', error: insertOk ? '' : 'no-reply-box' };
      return { ok: false, error: 'unexpected' };
    },
  };
  return {
    db, deps, sent,
    focus: (id: string | null) => void (focused = id),
    failInsert: () => void (insertOk = false),
    cleanup: async () => { db.close(); await Dexie.delete(db.name); },
  };
}

describe('keyboard command: insert the top suggestion', () => {
  it('inserts the top approved template for the focused mention and records it', async () => {
    const t = await setup();
    const result = await insertTopSuggestion(t.deps, 7);
    expect(result.ok).toBe(true);
    const insert = t.sent.find((m) => m.type === 'composer/insert');
    expect(insert).toMatchObject({ type: 'composer/insert', mentionId: post.id });
    const text = (insert as { text: string }).text;
    expect(text).toContain('@benharris_mcr');
    expect(text).toContain('Mia');
    expect(text).not.toMatch(/\{\w+\}/);
    const mention = (await t.db.mentions.get(post.id))!;
    expect(mention.status).toBe('replied');
    expect(mention.firstReplyAt! - mention.firstSeenAt).toBe(60_000);
    const reply = (await t.db.replies.toArray())[0]!;
    expect(reply).toMatchObject({ mentionId: post.id, method: 'inserted', text });
    expect(reply.templateId).toBe('team-defect');
    await t.cleanup();
  });

  it('never inserts a starter template nobody approved, nor one that promises an update time nobody picked', async () => {
    const t = await setup();
    await t.db.templates.delete(['team-defect', 1]);
    expect(await insertTopSuggestion(t.deps, 7)).toMatchObject({ ok: false });
    // Approved by a person, starter templates that say {date} still wait for a time picked in the panel.
    await t.db.templates.bulkPut(approveTemplates(await t.db.templates.toArray(), 'Maja Nowak', 5));
    await t.db.templates.bulkPut(
      (await t.db.templates.toArray()).map((tpl) => (tpl.body.includes('{date}') ? tpl : { ...tpl, status: 'retired' as const })),
    );
    const result = await insertTopSuggestion(t.deps, 7);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/\{date\}/);
    expect(t.sent.some((m) => m.type === 'composer/insert')).toBe(false);
    await t.cleanup();
  });

  it('does nothing without a focused mention, and records nothing when insertion fails', async () => {
    const t = await setup();
    t.focus(null);
    expect(await insertTopSuggestion(t.deps, 7)).toMatchObject({ ok: false });
    t.focus(post.id);
    t.failInsert();
    const failed = await insertTopSuggestion(t.deps, 7);
    expect(failed).toMatchObject({ ok: false, error: 'no-reply-box' });
    expect(await t.db.replies.count()).toBe(0);
    expect((await t.db.mentions.get(post.id))!.status).toBe('new');
    await t.cleanup();
  });

  it('refuses a template that would go out with unfilled variables', async () => {
    const t = await setup({ ...DEFAULT_SETTINGS, agentName: '', dmLink: '', brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] } });
    const result = await insertTopSuggestion(t.deps, 7);
    expect(result.ok).toBe(false);
    expect(t.sent.some((m) => m.type === 'composer/insert')).toBe(false);
    await t.cleanup();
  });
});
