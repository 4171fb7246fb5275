import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, upsertObservedPosts, recordReply } from '../lib/db';
import {
  addressAuthor,
  effectiveCrisisType,
  loadThreadReplies,
  promisedUpdateIn,
  repeatedIn,
  repeatsReply,
  replyLanguage,
  replySuggestions,
  templateVariables,
  topSuggestion,
} from '../lib/replies';
import { DEFAULT_SETTINGS, type Mention, type ObservedPost, type Settings, type Template } from '../lib/schema';

const THREAD = 'https://x.com/nordlichtcoffee/status/1';

function mention(over: Partial<Mention> = {}): Mention {
  return {
    id: 'm1',
    platform: 'x',
    url: 'https://x.com/anna/status/2',
    threadUrl: THREAD,
    authorName: 'Anna Berg',
    authorHandle: 'anna_b',
    authorUrl: '',
    reach: { verified: false, followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null },
    text: 'My Polarstern grinder from Nordlicht broke after a week',
    language: 'en',
    postedAt: 1,
    parentId: null,
    byBrand: false,
    matches: [
      { term: 'Polarstern', kind: 'product', span: [3, 13] },
      { term: 'Nordlicht', kind: 'name', span: [27, 36] },
    ],
    risk: { score: 40, level: 'medium', reasons: [], crisisType: 'product-defect', language: 'en' },
    pageUrls: [THREAD],
    firstSeenAt: 10,
    lastSeenAt: 10,
    status: 'new',
    crisisType: null,
    incidentId: null,
    firstReplyAt: null,
    ...over,
  };
}

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht Coffee', 'Nordlicht'], products: ['Polarstern'] },
  agentName: 'Jonas',
  dmLink: 'https://nordlicht.example/dm',
};

function template(over: Partial<Template>): Template {
  return {
    id: 't',
    version: 1,
    title: 'T',
    body: 'Hi {author}, sorry about your {product}. Write to us at {dm_link}. – {agent}',
    crisisType: 'product-defect',
    language: 'en',
    platforms: ['x', 'facebook', 'instagram'],
    status: 'approved',
    approvedBy: 'Maja',
    approvedAt: 1,
    createdAt: 1,
    updatedAt: 1,
    builtin: false,
    ...over,
  };
}

describe('templateVariables', () => {
  it('fills author, brand, agent, dm link, product and the picked update time from the mention and settings', () => {
    const vars = templateVariables(mention(), settings, { nextUpdateAt: new Date(2025, 2, 4, 15, 0).getTime(), now: new Date(2025, 2, 4, 12).getTime(), ticket: ' 4711 ' });
    expect(vars).toEqual({
      author: '@anna_b',
      brand: 'Nordlicht Coffee',
      agent: 'Jonas',
      dm_link: 'https://nordlicht.example/dm',
      ticket: '4711',
      product: 'Polarstern',
      date: '4 Mar, 15:00',
    });
  });

  it('addresses Facebook authors by first name and writes the update time, date and time, in the post’s language', () => {
    const fb = mention({ platform: 'facebook', authorName: 'Anna Berg', authorHandle: '', language: 'de' });
    expect(addressAuthor(fb)).toBe('Anna');
    const at = new Date(2026, 11, 6, 15, 0).getTime();
    const now = new Date(2026, 11, 6, 13, 0).getTime();
    expect(templateVariables(fb, settings, { nextUpdateAt: at, now }).date).toBe('6. Dez., 15:00');
    expect(templateVariables(mention({ language: 'pl' }), settings, { nextUpdateAt: at, now }).date).toBe('6 gru, 15:00');
    // Another year is said.
    expect(templateVariables(fb, settings, { nextUpdateAt: at, now: new Date(2025, 11, 31).getTime() }).date).toBe('6. Dez. 2026, 15:00');
  });

  it('never fills {date} with today: without a picked time it stays unfilled', () => {
    const vars = templateVariables(mention({ matches: [] }), DEFAULT_SETTINGS);
    expect(Object.keys(vars).sort()).toEqual(['author']);
    const [s] = replySuggestions([template({ body: 'Hi {author}, update by {date}. – {agent}' })], mention(), settings, []);
    expect(s!.missing).toEqual(['date']);
    expect(s!.text).toContain('{date}');
    expect(s!.oneClick).toBe(false);
  });

  it('knows which update time a reply text promises', () => {
    const at = new Date(2026, 11, 6, 15, 0).getTime();
    const now = new Date(2026, 11, 6, 13, 0).getTime();
    expect(promisedUpdateIn('We will post an update here by 6 Dec, 15:00.', mention({ language: 'en' }), at, now)).toBe(at);
    expect(promisedUpdateIn('We will post an update later today.', mention({ language: 'en' }), at, now)).toBeNull();
    expect(promisedUpdateIn('Update by 6 Dec, 15:00.', mention({ language: 'en' }), null, now)).toBeNull();
  });
});

describe('crisis type and language', () => {
  it('prefers the person’s crisis type over the scored one', () => {
    expect(effectiveCrisisType(mention())).toBe('product-defect');
    expect(effectiveCrisisType(mention({ crisisType: 'service-complaint' }))).toBe('service-complaint');
    expect(effectiveCrisisType(mention({ risk: null }))).toBe('none');
  });

  it('answers in the post’s language, else the detected one, else the fallback', () => {
    expect(replyLanguage(mention({ language: 'pl' }), 'en')).toBe('pl');
    expect(replyLanguage(mention({ language: 'und', risk: { ...mention().risk!, language: 'da' } }), 'en')).toBe('da');
    expect(replyLanguage(mention({ language: 'und', risk: null }), 'de')).toBe('de');
  });
});

describe('repeated replies', () => {
  const earlier = 'Hi @anna_b, sorry about your Polarstern. Write to us at https://x.example/dm. – Jonas';
  it('treats the same template filled for another author as the same words', () => {
    expect(repeatsReply('Hi @bob, sorry about your Polarstern. Write to us at https://x.example/dm. – Jonas', earlier)).toBe(true);
  });
  it('does not flag a different reply, nor short replies that merely share words', () => {
    expect(repeatsReply('Thanks for waiting, Bob. Your refund went out today and should arrive this week.', earlier)).toBe(false);
    expect(repeatsReply('Thanks!', 'Thanks for your patience, we are on it!')).toBe(false);
    expect(repeatsReply('Thanks!', 'thanks')).toBe(true);
    expect(repeatedIn('', [earlier])).toEqual([]);
  });
});

describe('replySuggestions and topSuggestion', () => {
  it('offers approved templates filled for the mention, and drafts for the same type and language that cannot go in with one click', () => {
    const list = replySuggestions(
      [template({ id: 'a' }), template({ id: 'd', status: 'draft', approvedBy: null, approvedAt: null }), template({ id: 'de', language: 'de' })],
      mention(),
      settings,
      [],
    );
    expect(list.map((s) => [s.template.id, s.oneClick])).toEqual([
      ['a', true],
      ['d', false],
    ]);
    expect(list[0]!.text).toBe('Hi @anna_b, sorry about your Polarstern. Write to us at https://nordlicht.example/dm. – Jonas');
  });

  it('keeps unfilled variables visible and flags a language fallback', () => {
    const [s] = replySuggestions([template({ id: 'a' })], mention({ language: 'pl' }), { ...settings, agentName: '' }, []);
    expect(s!.fallback).toBe(true);
    expect(s!.missing).toEqual(['agent']);
    expect(s!.text).toContain('{agent}');
    expect(s!.oneClick).toBe(false);
  });

  it('picks an approved, unused, fully filled template', () => {
    const partly = template({ id: 'partly', title: 'A', body: 'Hi {author}, case {ticket}. – {agent}' });
    const full = template({ id: 'full', title: 'B' });
    const draft = template({ id: 'draft', title: '0', status: 'draft', approvedBy: null, approvedAt: null, body: 'Hi {author}' });
    const top = topSuggestion([partly, full, draft], mention(), settings, []);
    expect(top?.template.id).toBe('full');
    expect(top?.missing).toEqual([]);

    // Once those words are in the thread, the other one is chosen, even with a gap left visible.
    const used = topSuggestion([partly, full], mention(), settings, [top!.text.replace('@anna_b', '@someone')]);
    expect(used?.template.id).toBe('partly');
    expect(used?.missing).toEqual(['ticket']);

    expect(topSuggestion([draft], mention(), settings, [])).toBeNull();
    expect(topSuggestion([template({ id: 'r', status: 'retired' })], mention(), settings, [])).toBeNull();
    // Approved in Keel's name by an earlier version is not approved by a person.
    expect(topSuggestion([template({ id: 'k', approvedBy: 'Keel defaults' })], mention(), settings, [])).toBeNull();
  });

  it('uses the live approved version while a newer edit awaits approval', () => {
    const v1 = template({ id: 'f', body: 'Version one for {author}.' });
    const v2 = template({ id: 'f', version: 2, status: 'draft', approvedBy: null, approvedAt: null, body: 'Version two for {author}.' });
    expect(topSuggestion([v1, v2], mention(), settings, [])?.text).toBe('Version one for @anna_b.');
  });
});

describe('loadThreadReplies', () => {
  let db: KeelDatabase;
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('returns recorded replies and brand posts of the thread, optionally without the mention’s own replies', async () => {
    db = new KeelDatabase(`keel-replies-${Math.random()}`);
    const { pageUrls: _urls, firstSeenAt: _f, lastSeenAt: _l, status: _s, crisisType: _c, incidentId: _i, firstReplyAt: _r, ...post } = mention();
    const observed = (id: string, text: string, byBrand: boolean): ObservedPost => ({ ...post, id, text, byBrand, pageUrl: THREAD });
    await upsertObservedPosts(db, [observed('b1', 'We are looking into the grinder reports.', true), observed('m1', 'broken', false)], 5);
    const reply = (mentionId: string, text: string, threadUrl = THREAD) =>
      recordReply(db, { mentionId, templateId: null, templateVersion: null, language: 'en', text, threadUrl, insertedAt: 6, method: 'inserted' });
    await reply('m1', 'Sorry Anna');
    await reply('m2', 'Sorry Bob');
    await reply('m3', 'Elsewhere', 'https://x.com/other/status/9');
    expect((await loadThreadReplies(db, THREAD)).sort()).toEqual(['Sorry Anna', 'Sorry Bob', 'We are looking into the grinder reports.']);
    expect((await loadThreadReplies(db, THREAD, 'm1')).sort()).toEqual(['Sorry Bob', 'We are looking into the grinder reports.']);
  });
});
