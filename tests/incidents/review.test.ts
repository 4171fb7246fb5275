import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { seedDefaults } from '../../lib/seed';
import { lessonToDraft, reviewSummary, saveReview, withReview, type ReviewInput } from '../../lib/incidents/review';
import { playbookHistory } from '../../lib/playbooks/versions';
import { approveTemplate, editTemplate } from '../../lib/playbooks/templates';
import type { Incident, IncidentEvent } from '../../lib/schema';

const HOUR = 3_600_000;
const OPENED = Date.UTC(2026, 11, 1, 9, 0);

const incident = (over: Partial<Incident> = {}): Incident => ({
  id: 'inc-1',
  title: 'Cold brew bottles leaking',
  crisisType: 'product-defect',
  severity: 'high',
  status: 'resolved',
  phase: 'recover',
  owner: 'Mia',
  platforms: ['x'],
  openedAt: OPENED,
  resolvedAt: OPENED + 26 * HOUR,
  mentionIds: ['m1', 'm2', 'm3'],
  nextUpdateDueAt: null,
  review: null,
  updatedAt: OPENED,
  ...over,
});

const event = (over: Partial<IncidentEvent> & Pick<IncidentEvent, 'kind' | 'at'>): IncidentEvent => ({
  incidentId: 'inc-1',
  mentionId: null,
  note: '',
  by: '',
  evidenceId: null,
  detail: null,
  ...over,
});

const EVENTS: IncidentEvent[] = [
  event({ kind: 'opened', at: OPENED }),
  event({ kind: 'reply-inserted', at: OPENED + 47 * 60_000 }),
  event({ kind: 'reply-inserted', at: OPENED + 2 * HOUR }),
  event({ kind: 'decision', at: OPENED + HOUR, detail: { kind: 'decision', action: 'keep', postUrl: 'https://x.com/a/status/1', reason: 'Screenshots exist', guide: [] } }),
  event({ kind: 'escalation', at: OPENED + 10 * 60_000, detail: { kind: 'escalation', to: 'Anna Berg', role: 'quality', via: 'phone', contact: '' } }),
];

const INPUT: ReviewInput = { whatHappened: 'Leaking bottles', whatWorked: 'Fast first reply', whatToChange: 'Ask quality sooner', lessons: [] };

describe('review (pure)', () => {
  it('drafts what happened from the timeline: opened, mentions, first reply, decisions, escalations, resolved', () => {
    const text = reviewSummary(incident(), EVENTS, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Opened .+: Cold brew bottles leaking \(Product defect or safety\)\.$/);
    expect(lines).toContain('3 mentions linked; highest risk: high.');
    expect(lines).toContain('First reply 47 min after the incident opened.');
    expect(lines).toContain('Decision: keep the post — Screenshots exist');
    expect(lines).toContain('Escalated to Anna Berg.');
    expect(lines.at(-1)).toMatch(/^Resolved .+, 1 d 2 h after it opened\.$/);
    expect(reviewSummary(incident(), [], 'de')).toContain('In Keel ist keine Antwort erfasst.');
  });

  it('moves resolved to reviewed, updates a reviewed one, and refuses an incident still running', () => {
    const done = withReview(incident(), INPUT, ' Mia ', 5);
    expect(done.statusFrom).toBe('resolved');
    expect(done.incident).toMatchObject({ status: 'reviewed', review: { by: 'Mia', at: 5, whatWorked: 'Fast first reply' } });
    expect(withReview(done.incident, { ...INPUT, whatWorked: 'More' }, 'Jonas', 6).statusFrom).toBeNull();
    for (const status of ['detected', 'responding', 'monitoring'] as const) {
      expect(() => withReview(incident({ status }), INPUT, 'Mia', 5)).toThrow(`is ${status}: the review comes after it is resolved`);
    }
    expect(() => withReview(incident(), INPUT, ' ', 5)).toThrow(/name of the person/);
    const lesson = { id: 'l1', text: 'x', target: 'other' as const, draftRef: null };
    expect(() => withReview(incident(), { ...INPUT, lessons: [lesson, lesson] }, 'Mia', 5)).toThrow(/lessons.1: the id "l1"/);
    expect(() => withReview(incident(), { ...INPUT, lessons: [{ ...lesson, text: '' }] }, 'Mia', 5)).toThrow(/lessons.0.text/);
  });
});

describe('review (stored)', () => {
  let db: KeelDatabase;
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  async function setUp(over: Partial<Incident> = {}) {
    db = new KeelDatabase(`keel-review-${Math.random()}`);
    await seedDefaults(db, 1_000);
    await db.incidents.put(incident(over));
  }

  it('saves the review, logs review-saved and the status change with who and when', async () => {
    await setUp();
    await saveReview(db, 'inc-1', INPUT, 'Mia', 100);
    const stored = (await db.incidents.get('inc-1'))!;
    expect(stored.status).toBe('reviewed');
    const events = await db.incidentEvents.where('incidentId').equals('inc-1').toArray();
    expect(events.map((e) => [e.kind, e.by, e.at, e.detail])).toEqual([
      ['review-saved', 'Mia', 100, null],
      ['status-changed', 'Mia', 100, { kind: 'status', from: 'resolved', to: 'reviewed' }],
    ]);
    await saveReview(db, 'inc-1', { ...INPUT, whatWorked: 'Updated' }, 'Jonas', 200);
    expect((await db.incidents.get('inc-1'))!.review).toMatchObject({ by: 'Jonas', whatWorked: 'Updated' });
    expect(await db.incidentEvents.count()).toBe(3);
  });

  it('stores nothing for an incident that is not resolved', async () => {
    await setUp({ status: 'monitoring', resolvedAt: null });
    await expect(saveReview(db, 'inc-1', INPUT, 'Mia', 100)).rejects.toThrow(/is monitoring/);
    expect((await db.incidents.get('inc-1'))!.review).toBeNull();
    expect(await db.incidentEvents.count()).toBe(0);
  });

  it('turns a lesson into a draft template version that needs approval, noting the lesson, and records it on the review', async () => {
    await setUp();
    const starter = (await db.templates.where('id').equals('keel-product-defect-en-1').first())!;
    await db.templates.put(approveTemplate(starter, 'Anna', 50));
    const lesson = { id: 'l1', text: 'Name the batch check in the first reply', target: 'template' as const, draftRef: null };
    await saveReview(db, 'inc-1', { ...INPUT, lessons: [lesson] }, 'Mia', 100);
    const ref = await lessonToDraft(db, 'inc-1', lesson, { target: 'template', templateId: starter.id, body: `${starter.body} We are checking the batch.` }, 'Mia', 200);
    expect(ref).toBe(`template:${starter.id}@2`);
    const draft = (await db.templates.get([starter.id, 2]))!;
    expect(draft).toMatchObject({ status: 'draft', approvedBy: null, change: '“Cold brew bottles leaking” → Name the batch check in the first reply' });
    expect(draft.body).toContain('We are checking the batch.');
    expect((await db.templates.get([starter.id, 1]))!.status).toBe('approved');
    expect((await db.incidents.get('inc-1'))!.review!.lessons[0]!.draftRef).toBe(ref);
    // Once approved, a later edit is a new draft without the lesson's note: it was not made for that lesson.
    const later = editTemplate(approveTemplate(draft, 'Anna', 300), { title: 'Shorter' }, 400);
    expect(later.version).toBe(3);
    expect(later.change).toBeUndefined();
  });

  it('turns a lesson into a draft playbook version: a step changed, or a step added; the playbook in use stays', async () => {
    await setUp();
    const id = 'keel-product-defect-en';
    const before = (await db.playbooks.get(id))!;
    const stepId = 'product-defect.respond.fact-check';
    const ref = await lessonToDraft(db, 'inc-1', { id: 'l1', text: 'Quality within 30 min' }, { target: 'playbook', playbookId: id, stepId, text: 'Get quality to confirm within 30 minutes.' }, 'Mia', 200);
    expect(ref).toBe(`playbook:${id}@2`);
    // A second lesson edits the same pending draft, adding a step and its note.
    const ref2 = await lessonToDraft(db, 'inc-1', { id: 'l2', text: 'Thank supporters' }, { target: 'playbook', playbookId: id, addTo: 'recover', text: 'Thank the people who stood by us.' }, 'Mia', 300);
    expect(ref2).toBe(ref);
    const history = await playbookHistory(db, id);
    expect(history.map((v) => [v.version, v.status])).toEqual([[1, 'approved'], [2, 'draft']]);
    const draft = history[1]!;
    expect(draft.change).toBe('“Cold brew bottles leaking” → Quality within 30 min\n“Cold brew bottles leaking” → Thank supporters');
    expect(draft.playbook.phases.find((p) => p.phase === 'respond')!.steps.find((s) => s.id === stepId)!.text).toBe('Get quality to confirm within 30 minutes.');
    expect(draft.playbook.phases.find((p) => p.phase === 'recover')!.steps.at(-1)!.text).toBe('Thank the people who stood by us.');
    expect(await db.playbooks.get(id)).toEqual(before);

    await expect(
      lessonToDraft(db, 'inc-1', { id: 'l3', text: 'x' }, { target: 'playbook', playbookId: 'keel-own-post-en', addTo: 'recover', text: 'x' }, 'Mia', 400),
    ).rejects.toThrow(/not the playbook for this incident's crisis type/);
  });

  it('refuses a lesson draft while the incident is still running', async () => {
    await setUp({ status: 'responding', resolvedAt: null });
    await expect(
      lessonToDraft(db, 'inc-1', { id: 'l1', text: 'x' }, { target: 'playbook', playbookId: 'keel-product-defect-en', addTo: 'recover', text: 'x' }, 'Mia', 1),
    ).rejects.toThrow(/is responding/);
    expect(await db.playbookVersions.count()).toBe(0);
  });
});
