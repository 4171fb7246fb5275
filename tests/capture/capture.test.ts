/** Storing a captured article: into an open incident only; a refusal or a bad answer from the page stores nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { captureTab, type CaptureDeps } from '../../lib/capture/capture';
import { openIncident } from '../../lib/incidents/open';
import { compileBrandMatcher } from '../../lib/brand';
import { assessRisk, detectLanguage } from '../../lib/risk';
import { DEFAULT_SETTINGS } from '../../lib/schema';

let db: KeelDatabase;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ARTICLE = {
  ok: true,
  article: {
    url: 'https://www.harbour-ledger.test/a.html',
    title: 'Nordlicht recalls cans',
    byline: 'Edda Marquardt',
    siteName: 'Harbour Ledger',
    publishedTime: '2026-12-05T07:40:00+01:00',
    excerpt: 'A recall.',
    text: 'Nordlicht has recalled 40,000 cans of Nordlicht Cold Brew after reports of swollen lids.',
    lang: 'en-GB',
  },
};

function deps(answer: unknown): CaptureDeps {
  return {
    db,
    now: () => 100,
    readTab: async () => answer,
    tools: async () => ({ matcher: compileBrandMatcher({ ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] }), assessRisk, detectLanguage }),
    by: async () => 'Mia',
  };
}

describe('captureTab', () => {
  it('stores the article with its mentions in the incident and logs who captured it', async () => {
    db = new KeelDatabase(`keel-cap-${Math.random().toString(36).slice(2)}`);
    const incident = await openIncident(db, { title: 'Cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    const result = await captureTab(deps(ARTICLE), 3, { incidentId: incident.id });
    expect(result).toMatchObject({ incidentId: incident.id, title: 'Nordlicht recalls cans', siteName: 'Harbour Ledger', mentions: 2 });
    const [evidence] = await db.evidence.toArray();
    expect(evidence).toMatchObject({ incidentId: incident.id, capturedAt: 100, capturedBy: 'Mia', item: { kind: 'article', language: 'en' } });
    const events = await db.incidentEvents.where('incidentId').equals(incident.id).toArray();
    expect(events.find((e) => e.kind === 'evidence-captured')).toMatchObject({ by: 'Mia', evidenceId: evidence!.id, note: 'Nordlicht recalls cans' });
  });

  it('refuses a resolved incident, a page with no article and a malformed answer, storing nothing', async () => {
    db = new KeelDatabase(`keel-cap-${Math.random().toString(36).slice(2)}`);
    const incident = await openIncident(db, { title: 'Cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    await db.incidents.update(incident.id, { status: 'resolved' });
    await expect(captureTab(deps(ARTICLE), 3, { incidentId: incident.id })).rejects.toThrow(/is resolved: reopen it/);
    await expect(captureTab(deps({ ok: false, error: 'Keel could not find an article on this page: short' }), 3, { newIncident: true })).rejects.toThrow(
      'Keel could not find an article on this page: short',
    );
    await expect(captureTab(deps({ ok: true, article: { ...ARTICLE.article, text: 42 } }), 3, { newIncident: true })).rejects.toThrow(/text/);
    await expect(captureTab({ ...deps(ARTICLE), readTab: async () => Promise.reject(new Error('Frame was removed')) }, 3, { newIncident: true })).rejects.toThrow(
      'Keel could not read this page: Frame was removed',
    );
    expect(await db.evidence.count()).toBe(0);
    expect(await db.incidents.count()).toBe(1);
  });
});
