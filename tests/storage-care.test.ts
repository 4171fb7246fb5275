import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, saveSettings } from '../lib/db';
import { createBackgroundHandler } from '../lib/background/handlers';
import { DEFAULT_SETTINGS, type ObservedPost } from '../lib/schema';
import { ensureRoomFor, formatBytes, isQuotaError, StorageFullError, storageStatus, type StorageLike } from '../lib/storage-care';

const FULL_EN =
  'Keel could not store the mentions on this page because the browser’s storage for Keel is full: free space on this computer, or export and delete old incidents.';

/**
 * A database whose writes to the named stores go through and then fail the way a full disk
 * fails them: IndexedDB reports QuotaExceededError and the transaction aborts. Done in Dexie's
 * lowest layer (DBCore), so every kind of write (add, put, bulkPut, update, modify) meets it.
 */
function databaseWithQuota() {
  const full = new Set<string>();
  const db = new KeelDatabase(`keel-quota-${Math.random().toString(36).slice(2)}`);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            if (!full.has(name)) return result;
            // As the browser does when a commit does not fit: the whole transaction is aborted.
            (req.trans as unknown as IDBTransaction).abort();
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        };
      },
    }),
  });
  return { db, full };
}

function setup(storage?: StorageLike) {
  const { db, full } = databaseWithQuota();
  const log = vi.fn();
  const handler = createBackgroundHandler({ db, now: () => 1_000, broadcastSettings: async () => {}, log, storage });
  return { db, full, log, handler, cleanup: () => { db.close(); return Dexie.delete(db.name); } };
}

function post(i: number, text = `Nordlicht order ${i} never arrived`): ObservedPost {
  return {
    id: `x:/u${i}/status/${i}`, platform: 'x', url: `https://x.com/u${i}/status/${i}`, threadUrl: 'https://x.com/b/status/9',
    pageUrl: 'https://x.com/b/status/9', authorName: `Person ${i}`, authorHandle: `u${i}`, authorUrl: '',
    reach: { verified: false, followers: null }, engagement: { replies: null, reposts: null, likes: null, views: null },
    text, language: 'en', postedAt: null, parentId: null, byBrand: false, matches: [],
    risk: { score: 70, level: 'high', reasons: [], crisisType: 'product-defect', language: 'en' },
  };
}

describe('a write the browser has no room for', () => {
  it('stores none of the mentions, says what was lost and what to do, and the panel can ask about it', async () => {
    const { db, full, log, handler, cleanup } = setup();
    expect((await handler.handle({ type: 'posts/observed', posts: [post(1)] }, { tabId: 1 })).ok).toBe(true);
    const before = await db.mentions.toArray();

    full.add('mentions');
    // Post 1 again (its counts refreshed) and two new ones: all or nothing.
    const reply = await handler.handle({ type: 'posts/observed', posts: [post(1, 'Nordlicht order 1 arrived broken'), post(2), post(3)] }, { tabId: 1 });
    expect(reply).toEqual({ ok: false, error: FULL_EN });
    expect(log).toHaveBeenCalledWith(FULL_EN);
    expect(await db.mentions.toArray()).toEqual(before);
    expect(await handler.handle({ type: 'storage/problem' }, {})).toEqual({ ok: true, problem: { subject: 'mentions', at: 1_000 } });

    // Room again: the next write goes through and the problem is gone.
    full.delete('mentions');
    expect((await handler.handle({ type: 'posts/observed', posts: [post(2)] }, { tabId: 1 })).ok).toBe(true);
    expect(await handler.handle({ type: 'storage/problem' }, {})).toEqual({ ok: true, problem: null });
    await cleanup();
  });

  it('records a reply to an escalated mention whole or not at all: reply log, mention and incident log', async () => {
    const { db, full, handler, cleanup } = setup();
    await handler.handle({ type: 'posts/observed', posts: [post(1)] }, { tabId: 1 });
    expect((await handler.handle({ type: 'mention/set-status', id: post(1).id, status: 'escalated' }, {})).ok).toBe(true);
    const mentionBefore = await db.mentions.get(post(1).id);
    const eventsBefore = await db.incidentEvents.toArray();

    // The reply log and the mention fit; the incident's log, written last, does not.
    full.add('incidentEvents');
    const reply = await handler.handle(
      { type: 'reply/recorded', reply: { mentionId: post(1).id, templateId: null, templateVersion: null, language: 'en', text: 'We are on it', threadUrl: post(1).threadUrl, insertedAt: 9, method: 'inserted' } },
      {},
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^Keel could not store the record of your reply because the browser’s storage for Keel is full/);
    expect(await db.replies.count()).toBe(0);
    expect(await db.mentions.get(post(1).id)).toEqual(mentionBefore);
    expect(await db.incidentEvents.toArray()).toEqual(eventsBefore);
    await cleanup();
  });

  it('says it in the person’s language', async () => {
    const { db, full, handler, cleanup } = setup();
    await saveSettings(db, { ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    full.add('templates');
    const template = {
      id: 'tpl-1', version: 1, title: 'Danke', body: 'Danke für Ihre Nachricht.', crisisType: 'none', language: 'de', platforms: ['x'],
      status: 'draft', approvedBy: null, approvedAt: null, createdAt: 1, updatedAt: 1, builtin: false,
    };
    const reply = await handler.handle({ type: 'template/save', template }, {});
    expect(reply).toEqual({
      ok: false,
      error: 'Keel konnte die Vorlage nicht speichern, weil der Speicher des Browsers für Keel voll ist: Schaffen Sie Platz auf diesem Computer oder exportieren und löschen Sie alte Vorfälle.',
    });
    expect(await db.templates.count()).toBe(0);
    await cleanup();
  });

  it('other errors keep their own message', async () => {
    const { handler, cleanup } = setup();
    const reply = await handler.handle({ type: 'mention/set-crisis-type', id: 'nope', crisisType: 'none' }, {});
    expect(reply).toEqual({ ok: false, error: 'No mention with id nope' });
    expect(await handler.handle({ type: 'storage/problem' }, {})).toEqual({ ok: true, problem: null });
    await cleanup();
  });
});

describe('room checked before a big write', () => {
  const nearlyFull: StorageLike = { estimate: async () => ({ usage: 99_500_000, quota: 100_000_000 }) };
  const roomy: StorageLike = { estimate: async () => ({ usage: 5_000_000, quota: 100_000_000 }) };
  const many = Array.from({ length: 300 }, (_, i) => post(i, `Nordlicht ${'order never arrived, '.repeat(20)}${i}`));

  it('refuses a batch of mentions that would not fit, before writing any', async () => {
    const { db, handler, cleanup } = setup(nearlyFull);
    const reply = await handler.handle({ type: 'posts/observed', posts: many }, { tabId: 1 });
    expect(reply).toEqual({ ok: false, error: FULL_EN });
    expect(await db.mentions.count()).toBe(0);
    await cleanup();
  });

  it('lets the same batch through when there is room, and small writes through without asking', async () => {
    const estimate = vi.fn(roomy.estimate!);
    const { db, handler, cleanup } = setup({ estimate });
    expect((await handler.handle({ type: 'posts/observed', posts: many }, { tabId: 1 })).ok).toBe(true);
    expect(await db.mentions.count()).toBe(300);
    expect(estimate).toHaveBeenCalledTimes(1);
    expect((await handler.handle({ type: 'posts/observed', posts: [post(1000)] }, { tabId: 1 })).ok).toBe(true);
    expect(estimate).toHaveBeenCalledTimes(1);
    await cleanup();
  });

  it('names what did not fit, in the given language', async () => {
    await expect(ensureRoomFor(nearlyFull, 2_000_000, 'backup', 'pl')).rejects.toThrow(
      'Keel nie mógł zapisać przywracanej kopii zapasowej, bo miejsce w przeglądarce przeznaczone dla Keel jest pełne',
    );
    await expect(ensureRoomFor(nearlyFull, 2_000_000, 'article')).rejects.toBeInstanceOf(StorageFullError);
    await expect(ensureRoomFor(roomy, 2_000_000, 'article')).resolves.toBeUndefined();
    // A browser without an estimate: the write goes ahead, and a quota error would report it.
    await expect(ensureRoomFor({}, 2_000_000, 'article')).resolves.toBeUndefined();
  });
});

describe('quota errors, however they arrive', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  it('are recognised as the DOMException, as Dexie wraps them and among bulk failures', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', { 1: quota(), 2: quota() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new DOMException('x', 'ConstraintError')))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('storage status', () => {
  it('reports persistence, usage and quota, and null for what the browser does not say', async () => {
    expect(await storageStatus({ persisted: async () => true, estimate: async () => ({ usage: 12_400_000, quota: 2_000_000_000 }) })).toEqual({
      persisted: true, usage: 12_400_000, quota: 2_000_000_000,
    });
    expect(await storageStatus(undefined)).toEqual({ persisted: null, usage: null, quota: null });
    expect(formatBytes(12_400_000, 'en')).toBe('12.4 MB');
    expect(formatBytes(12_400_000, 'de')).toBe('12,4 MB');
    expect(formatBytes(980, 'en')).toBe('980 B');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2.0 GB');
  });
});

describe('an article captured as evidence', () => {
  it('is refused before anything is stored when it would not fit, naming it', async () => {
    const { captureTab } = await import('../lib/capture/capture');
    const { compileBrandMatcher } = await import('../lib/brand');
    const { assessRisk, detectLanguage } = await import('../lib/risk');
    const db = new KeelDatabase(`keel-cap-quota-${Math.random().toString(36).slice(2)}`);
    const long = 'Nordlicht has recalled 40,000 cans of Nordlicht Cold Brew after reports of swollen lids. '.repeat(1000);
    const answer = { ok: true, article: { url: 'https://news.test/a.html', title: 'Recall', byline: null, siteName: 'News', publishedTime: null, excerpt: 'A recall.', text: long, lang: 'en' } };
    const deps = (storage: StorageLike) => ({
      db, now: () => 100, readTab: async () => answer, by: async () => 'Mia', storage,
      tools: async () => ({ matcher: compileBrandMatcher({ ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] }), assessRisk, detectLanguage }),
    });
    await expect(captureTab(deps({ estimate: async () => ({ usage: 99_500_000, quota: 100_000_000 }) }), 3, { newIncident: true })).rejects.toThrow(
      'Keel could not store the captured article because the browser’s storage for Keel is full',
    );
    expect(await db.incidents.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
    await captureTab(deps({ estimate: async () => ({ usage: 5_000_000, quota: 100_000_000 }) }), 3, { newIncident: true });
    expect(await db.evidence.count()).toBe(1);
    db.close();
    await Dexie.delete(db.name);
  });
});
