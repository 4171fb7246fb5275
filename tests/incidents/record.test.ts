import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, upsertObservedPosts } from '../../lib/db';
import {
  addEvidence,
  addNote,
  escalateMention,
  incidentEvidence,
  incidentLog,
  linkMentions,
  logReplyToIncident,
  openIncident,
  openIncidentFromMentions,
  recordDecision,
  recordEscalation,
  refuseTransition,
  setIncidentStatus,
  updateIncidentFields,
} from '../../lib/incidents';
import type { ArticleSnapshot, ObservedPost, RiskLevel } from '../../lib/schema';

let db: KeelDatabase;
beforeEach(() => {
  db = new KeelDatabase(`keel-record-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const post = (id: string, level: RiskLevel | null, postedAt: number | null = 5): ObservedPost => ({
  id, platform: id.startsWith('fb') ? 'facebook' : 'x', url: `https://x.com/a/status/${id}`, threadUrl: 'https://x.com/b/status/1',
  pageUrl: 'https://x.com/b/status/1', authorName: `Author ${id}`, authorHandle: `handle${id}`, authorUrl: '',
  reach: { verified: false, followers: 1200 }, engagement: { replies: null, reposts: null, likes: 3, views: null },
  text: `Post ${id}: Nordlicht broke my grinder`, language: 'en', postedAt, parentId: null, byBrand: false, matches: [],
  risk: level ? { score: 50, level, reasons: [], crisisType: 'product-defect', language: 'en' } : null,
});
const draft = { title: 'Grinder defect', crisisType: 'product-defect' as const, severity: 'low' as const };
let n = 0;
const id = () => `inc-${++n}`;

describe('opening incidents and linking mentions', () => {
  it('opens from picked mentions with snapshots that later changes to the mention do not reach', async () => {
    await upsertObservedPosts(db, [post('1', 'medium'), post('fb2', 'critical')], 1);
    const incident = await openIncidentFromMentions(db, { ...draft, owner: ' Mia ' }, ['1', 'fb2'], 'Mia Berger', 100, id);
    expect(incident).toMatchObject({ owner: 'Mia', severity: 'critical', mentionIds: ['1', 'fb2'], status: 'detected' });
    expect(incident.platforms.sort()).toEqual(['facebook', 'x']);
    expect(await db.mentions.get('1')).toMatchObject({ status: 'escalated', incidentId: incident.id });

    // The post is edited on the page and read again: the mention's row changes, the evidence does not.
    await upsertObservedPosts(db, [{ ...post('1', 'low'), text: 'edited away', authorName: 'Someone else' }], 200);
    const evidence = await incidentEvidence(db, incident.id);
    expect(evidence.map((e) => e.item.kind === 'mention' && [e.item.mentionId, e.item.text, e.item.authorName, e.item.risk?.level])).toEqual([
      ['1', 'Post 1: Nordlicht broke my grinder', 'Author 1', 'medium'],
      ['fb2', 'Post fb2: Nordlicht broke my grinder', 'Author fb2', 'critical'],
    ]);
    expect(evidence.every((e) => e.capturedBy === 'Mia Berger' && e.capturedAt === 100)).toBe(true);
    const log = await incidentLog(db, incident.id);
    expect(log.map((e) => [e.kind, e.by, e.mentionId])).toEqual([
      ['opened', 'Mia Berger', null],
      ['mention-added', 'Mia Berger', '1'],
      ['mention-added', 'Mia Berger', 'fb2'],
    ]);
    expect(log[1]!.evidenceId).toBe(evidence[0]!.id);
  });

  it('adds mentions once, moves a mention from another incident, refuses unknown ones and ended incidents', async () => {
    await upsertObservedPosts(db, [post('1', 'low'), post('2', 'high')], 1);
    const a = await openIncident(db, draft, 'Mia', 10, id);
    const b = await escalateMention(db, '2', 'security-incident', 'Hacked', 20, id, 'Jonas');
    expect(b.id).not.toBe(a.id);
    await linkMentions(db, a.id, ['1', '2', '1'], 'Mia', 30);
    expect((await db.incidents.get(a.id))!.mentionIds).toEqual(['1', '2']);
    expect((await db.incidents.get(a.id))!.severity).toBe('high');
    expect((await db.incidents.get(b.id))!.mentionIds).toEqual([]);
    await linkMentions(db, a.id, ['1'], 'Mia', 40);
    expect((await incidentEvidence(db, a.id))).toHaveLength(2);
    await expect(linkMentions(db, a.id, ['nope'], 'Mia', 50)).rejects.toThrow('No mention with id nope');
    await setIncidentStatus(db, a.id, 'resolved', 'Mia', 60);
    await expect(linkMentions(db, a.id, ['1'], 'Mia', 70)).rejects.toThrow(/resolved: reopen it/);
    await expect(openIncident(db, { ...draft, title: '  ' }, 'Mia', 80)).rejects.toThrow('needs a title');
    await expect(openIncidentFromMentions(db, draft, [], 'Mia', 80)).rejects.toThrow('at least one mention');
  });

  it('takes an article as evidence with an evidence-captured event, and refuses an invalid item naming the field', async () => {
    const incident = await openIncident(db, draft, 'Mia', 10, id);
    const article: ArticleSnapshot = {
      kind: 'article', url: 'https://news.example/grinders', title: 'Grinders break', byline: null, siteName: 'News', publishedTime: null,
      excerpt: 'Owners report', text: 'Owners report broken grinders', language: 'en', matches: [], risk: null,
    };
    const evidenceId = await addEvidence(db, incident.id, article, 'Jonas', 20);
    const [event] = (await incidentLog(db, incident.id)).slice(-1);
    expect(event).toMatchObject({ kind: 'evidence-captured', evidenceId, by: 'Jonas', note: 'Grinders break' });
    await expect(addEvidence(db, incident.id, { ...article, title: 5 } as unknown as ArticleSnapshot, 'Jonas', 30)).rejects.toThrow(/title/);
    await expect(addEvidence(db, 'missing', article, 'Jonas', 30)).rejects.toThrow('No incident with id missing');
    expect(await incidentEvidence(db, incident.id)).toHaveLength(1);
  });
});

describe('status, fields and what people do', () => {
  it('allows the practice’s transitions only; resolving sets resolvedAt, reopening clears it; each is logged with who', async () => {
    expect(refuseTransition('detected', 'reviewed')).toMatch(/only by saving its post-crisis review/);
    expect(refuseTransition('responding', 'detected')).toMatch(/cannot go from responding to detected/);
    expect(refuseTransition('resolved', 'reviewed', true)).toBeNull();
    expect(refuseTransition('monitoring', 'reviewed', true)).toMatch(/Only a resolved incident/);
    const incident = await openIncident(db, draft, 'Mia', 10, id);
    await setIncidentStatus(db, incident.id, 'responding', 'Mia', 20);
    await setIncidentStatus(db, incident.id, 'resolved', 'Jonas', 30, 'Batch recalled');
    expect(await db.incidents.get(incident.id)).toMatchObject({ status: 'resolved', resolvedAt: 30, phase: 'recover' });
    await expect(setIncidentStatus(db, incident.id, 'reviewed', 'Mia', 35)).rejects.toThrow(/post-crisis review/);
    await setIncidentStatus(db, incident.id, 'responding', 'Mia', 40, 'It flared up again');
    expect(await db.incidents.get(incident.id)).toMatchObject({ status: 'responding', resolvedAt: null, phase: 'respond' });
    const statuses = (await incidentLog(db, incident.id)).filter((e) => e.kind === 'status-changed');
    expect(statuses.map((e) => [e.by, e.detail, e.note])).toEqual([
      ['Mia', { kind: 'status', from: 'detected', to: 'responding' }, ''],
      ['Jonas', { kind: 'status', from: 'responding', to: 'resolved' }, 'Batch recalled'],
      ['Mia', { kind: 'status', from: 'resolved', to: 'responding' }, 'It flared up again'],
    ]);
  });

  it('logs one event per changed field with before and after', async () => {
    const incident = await openIncident(db, { ...draft, platforms: ['x'] }, 'Mia', 10, id);
    await updateIncidentFields(db, incident.id, { title: 'Grinder defect', owner: 'Jonas', severity: 'high', platforms: ['x', 'instagram'] }, 'Mia', 20);
    const fields = (await incidentLog(db, incident.id)).filter((e) => e.kind === 'field-changed').map((e) => e.detail);
    expect(fields).toEqual([
      { kind: 'field', field: 'severity', from: 'low', to: 'high' },
      { kind: 'field', field: 'owner', from: '', to: 'Jonas' },
      { kind: 'field', field: 'platforms', from: 'x', to: 'x, instagram' },
    ]);
    await expect(updateIncidentFields(db, incident.id, { title: '' }, 'Mia', 30)).rejects.toThrow('needs a title');
  });

  it('records decisions with reason and guide points, escalations with whom and how, and notes', async () => {
    const incident = await openIncident(db, draft, 'Mia', 10, id);
    await recordDecision(db, incident.id, { action: 'keep', postUrl: 'https://x.com/n/status/9', reason: ' Screenshots exist ', guide: ['screenshots-exist'] }, 'Mia', 20);
    await expect(recordDecision(db, incident.id, { action: 'delete', postUrl: '', reason: ' ' }, 'Mia', 21)).rejects.toThrow('needs a reason');
    await expect(recordDecision(db, incident.id, { action: 'delete', postUrl: '', reason: 'x', guide: ['made-up'] }, 'Mia', 21)).rejects.toThrow('made-up');
    await recordEscalation(db, incident.id, { to: 'Jonas Weber', role: 'legal', via: 'phone', contact: '+49 30 1234567' }, 'Mia', 30);
    await expect(recordEscalation(db, incident.id, { to: '', via: 'email' }, 'Mia', 31)).rejects.toThrow('needs the name');
    await addNote(db, incident.id, 'Press asked for a statement', 'Jonas', 40);
    await expect(addNote(db, incident.id, '   ', 'Jonas', 41)).rejects.toThrow('empty');
    const log = (await incidentLog(db, incident.id)).slice(1);
    expect(log.map((e) => [e.kind, e.by, e.at, e.detail, e.note])).toEqual([
      ['decision', 'Mia', 20, { kind: 'decision', action: 'keep', postUrl: 'https://x.com/n/status/9', reason: 'Screenshots exist', guide: ['screenshots-exist'] }, ''],
      ['escalation', 'Mia', 30, { kind: 'escalation', to: 'Jonas Weber', role: 'legal', via: 'phone', contact: '+49 30 1234567' }, ''],
      ['note', 'Jonas', 40, null, 'Press asked for a statement'],
    ]);
  });

  it('logs a reply with its template, version, method and text', async () => {
    await upsertObservedPosts(db, [post('1', 'high')], 1);
    const incident = await escalateMention(db, '1', 'product-defect', 'Product defect', 10, id, 'Mia');
    await logReplyToIncident(db, '1', 20, null, { reply: { templateId: 't-1', templateVersion: 2, method: 'clipboard', text: 'Sorry @a' }, by: 'Mia' });
    const [reply] = (await incidentLog(db, incident.id)).filter((e) => e.kind === 'reply-inserted');
    expect(reply).toMatchObject({ by: 'Mia', mentionId: '1', detail: { kind: 'reply', templateId: 't-1', templateVersion: 2, method: 'clipboard', text: 'Sorry @a' } });
  });
});
