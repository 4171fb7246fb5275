// @vitest-environment jsdom
/**
 * The panel's "Capture this page": the real background handler and the real page reader on a
 * saved news page, with the browser's tab access played by a fake that refuses scripting until
 * the person grants the site (as Chromium does without activeTab or a host permission).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from '../../components/App';
import { usePanelState } from '../../components/state';
import { KeelDatabase } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import { readArticle } from '../../lib/capture/article';
import { NO_ACCESS_ERROR } from '../../lib/capture/capture';
import { openIncident } from '../../lib/incidents/open';
import type { PanelEnv, TabAccessState } from '../../lib/panel/env';
import { DEFAULT_SETTINGS } from '../../lib/schema';

/** Reading the page and the first risk model load take seconds on a busy machine. */
const WAIT = { timeout: 15_000 };
const NEWS = 'https://www.harbour-ledger.test/2026/12/05/nordlicht-recall.html';
const page = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/articles', name, 'source.html'), 'utf8');

function setup(options: { html: string; access: TabAccessState['kind']; grantOnRequest?: boolean | null; activeTab?: boolean }) {
  const db = new KeelDatabase(`keel-capture-${Math.random().toString(36).slice(2)}`);
  const calls: string[] = [];
  let siteGranted = false;
  const handler = createBackgroundHandler({
    db,
    now: () => Date.now(),
    broadcastSettings: async () => {},
    log: () => {},
    // The page part runs on the saved page, as executeScript would in the tab, if Keel may read it.
    readTab: async () => {
      calls.push('read');
      if (!options.activeTab && !siteGranted) throw new Error(NO_ACCESS_ERROR);
      return readArticle(new JSDOM(options.html, { url: NEWS }).window.document, NEWS);
    },
  });
  const state = (): TabAccessState =>
    options.access === 'visible' ? { kind: 'visible', tabId: 7, origin: 'https://www.harbour-ledger.test', granted: false } : ({ kind: options.access, tabId: 7 } as TabAccessState);
  const env: PanelEnv = {
    db,
    background: (message) => handler.handle(message, {}),
    toTab: async () => ({ ok: true }),
    currentTab: async () => null,
    onTabChanged: () => () => {},
    browserLanguages: ['en-US'],
    copyToClipboard: async () => true,
    tabAccess: {
      state: async () => state(),
      request: async (origin) => {
        calls.push(`request ${origin}`);
        siteGranted = options.grantOnRequest === true;
        return options.grantOnRequest === undefined ? false : options.grantOnRequest;
      },
      release: async (origin) => {
        calls.push(`release ${origin}`);
        siteGranted = false;
      },
    },
  };
  return { db, env, calls, handler };
}

let db: KeelDatabase | undefined;
afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null, openIncidentId: null });
  if (db) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The Incidents view, then the incident's detail, as the person opens it from the list. */
async function openIncidentCard(env: PanelEnv, title: string) {
  render(<App env={env} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
  const list = await screen.findByRole('list', { name: 'Incident log' });
  fireEvent.click(await within(list).findByRole('button', { name: new RegExp(title) }));
  return waitFor(() => {
    const detail = document.querySelector<HTMLElement>('.incident-detail');
    expect(detail).not.toBeNull();
    return detail!;
  });
}

async function withBrand(s: ReturnType<typeof setup>) {
  const reply = await s.handler.handle(
    { type: 'settings/save', settings: { ...DEFAULT_SETTINGS, agentName: 'Mia', uiLanguage: 'en', brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'], products: ['Polarstern'] } } },
    {},
  );
  expect(reply.ok).toBe(true);
}

describe('Capture this page', { timeout: 60_000 }, () => {
  it('with activeTab: stores the article in the incident and shows its title, site and brand mentions; asks for nothing', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'visible', activeTab: true });
    db = s.db;
    await withBrand(s);
    const incident = await openIncident(s.db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, 'Mia', 1);
    const card = await openIncidentCard(s.env, 'Cold Brew cans');
    fireEvent.click(within(card).getByRole('button', { name: 'Capture this page' }));
    const status = await within(card).findByRole('status', {}, WAIT);
    expect(status).toHaveTextContent('Captured “Nordlicht Coffee recalls Cold Brew cans after customers report swelling” (Harbour Ledger)');
    const [evidence] = await s.db.evidence.where('incidentId').equals(incident.id).toArray();
    expect(evidence?.capturedBy).toBe('Mia');
    expect(evidence?.item.kind).toBe('article');
    const count = evidence!.item.matches.length;
    expect(count).toBeGreaterThan(3);
    expect(status).toHaveTextContent(`${count} brand mentions`);
    // The incident's evidence list shows the stored article.
    await waitFor(() => expect(card.querySelector('.evidence [data-kind="article"]')).toHaveTextContent('Harbour Ledger'));
    expect(card.querySelector('.evidence [data-kind="article"]')).toHaveTextContent(`${count} brand mentions`);
    expect((await s.db.incidentEvents.where('incidentId').equals(incident.id).toArray()).map((e) => e.kind)).toContain('evidence-captured');
    expect(s.calls).toEqual(['read']);
  });

  it('without activeTab: asks for this site only, in the click, and gives the permission back after the capture', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'visible', grantOnRequest: true });
    db = s.db;
    await openIncident(s.db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    const card = await openIncidentCard(s.env, 'Cold Brew cans');
    fireEvent.click(within(card).getByRole('button', { name: 'Capture this page' }));
    await within(card).findByRole('status', {}, WAIT);
    expect(s.calls).toEqual(['read', 'request https://www.harbour-ledger.test', 'read', 'release https://www.harbour-ledger.test']);
    expect(await s.db.evidence.count()).toBe(1);
  });

  it('when the person declines: says so, stores nothing', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'visible', grantOnRequest: false });
    db = s.db;
    await openIncident(s.db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    const card = await openIncidentCard(s.env, 'Cold Brew cans');
    fireEvent.click(within(card).getByRole('button', { name: 'Capture this page' }));
    expect(await within(card).findByRole('alert', {}, WAIT)).toHaveTextContent('Keel was not allowed to read this site, so nothing was captured.');
    expect(await s.db.evidence.count()).toBe(0);
  });

  it('when the browser will not ask (Firefox after the first attempt): says how to give access, stores nothing', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'visible', grantOnRequest: null });
    db = s.db;
    await openIncident(s.db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    const card = await openIncidentCard(s.env, 'Cold Brew cans');
    fireEvent.click(within(card).getByRole('button', { name: 'Capture this page' }));
    expect(await within(card).findByRole('alert', {}, WAIT)).toHaveTextContent('Click Keel’s toolbar button on the page');
    expect(await s.db.evidence.count()).toBe(0);
  });

  it('a tab Keel cannot see: tells the person how to give access, stores nothing', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'hidden' });
    db = s.db;
    await openIncident(s.db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, '', 1);
    const card = await openIncidentCard(s.env, 'Cold Brew cans');
    fireEvent.click(within(card).getByRole('button', { name: 'Capture this page' }));
    expect(await within(card).findByRole('alert', {}, WAIT)).toHaveTextContent('right-click the page and choose “Capture this page as evidence”');
    expect(s.calls).toEqual([]);
    expect(await s.db.evidence.count()).toBe(0);
  });

  it('a page that is no article: refused with the reason, nothing stored, no incident opened', async () => {
    const s = setup({ html: page('not-an-article'), access: 'visible', activeTab: true });
    db = s.db;
    render(<App env={s.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
    // No incident yet: the view's own button opens one from the page.
    expect(await screen.findByLabelText('Add to incident')).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Capture this page' }));
    expect(await screen.findByRole('alert', {}, WAIT)).toHaveTextContent(/^Keel could not find an article on this page: /);
    expect(await s.db.evidence.count()).toBe(0);
    expect(await s.db.incidents.count()).toBe(0);
  });

  it('New incident from this page: opens one titled after the article with the article as its evidence', async () => {
    const s = setup({ html: page('news-nordlicht-recall'), access: 'visible', activeTab: true });
    db = s.db;
    render(<App env={s.env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Incidents' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Capture this page' }));
    await screen.findAllByRole('status', {}, WAIT);
    const [incident] = await s.db.incidents.toArray();
    expect(incident?.title).toBe('Nordlicht Coffee recalls Cold Brew cans after customers report swelling');
    expect(await s.db.evidence.where('incidentId').equals(incident!.id).count()).toBe(1);
  });
});
