/**
 * The page's context menu "Capture this page as evidence": one item per open incident and
 * "New incident from this page", in the person's language, rebuilt as incidents open and close.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, saveSettings } from '../../lib/db';
import { captureFeedback, captureMenuItems, keepCaptureMenu, MENU_ROOT, targetOfMenuItem, type MenuItem } from '../../lib/background/capture-menu';
import { openIncident } from '../../lib/incidents/open';
import { DEFAULT_SETTINGS } from '../../lib/schema';

let db: KeelDatabase | undefined;
afterEach(async () => {
  if (!db) return;
  db.close();
  await Dexie.delete(db.name);
  db = undefined;
});

describe('capture menu items', () => {
  it('lists open incidents newest first, then New incident from this page, all under the one entry', () => {
    const items = captureMenuItems(
      [
        { id: 'a', title: 'Cold Brew cans', openedAt: 1 },
        { id: 'b', title: 'Hacked account', openedAt: 2 },
      ],
      'en',
    );
    expect(items.map((i) => [i.title, i.parentId ?? null])).toEqual([
      ['Capture this page as evidence', null],
      ['Hacked account', MENU_ROOT],
      ['Cold Brew cans', MENU_ROOT],
      ['New incident from this page', MENU_ROOT],
    ]);
    expect(items.map((i) => targetOfMenuItem(i.id))).toEqual([null, { incidentId: 'b' }, { incidentId: 'a' }, { newIncident: true }]);
    expect(targetOfMenuItem('someone-else')).toBeNull();
  });

  it('speaks the interface language', () => {
    expect(captureMenuItems([], 'de').map((i) => i.title)).toEqual(['Diese Seite als Beleg sichern', 'Neuer Vorfall aus dieser Seite']);
    expect(captureMenuItems([], 'da').map((i) => i.title)).toEqual(['Gem denne side som dokumentation', 'Ny hændelse fra denne side']);
    expect(captureMenuItems([], 'pl').map((i) => i.title)).toEqual(['Zapisz tę stronę jako dowód', 'Nowy incydent z tej strony']);
  });

  it('says on the toolbar what was captured, or why not', () => {
    expect(captureFeedback({ ok: true, capture: { incidentId: 'a', evidenceId: 1, title: 'Recall', siteName: 'Harbour Ledger', url: 'https://h.test/', mentions: 4 } }, 'en')).toEqual({
      badge: '✓',
      title: 'Keel: Captured “Recall” (Harbour Ledger): 4 brand mentions.',
    });
    expect(captureFeedback({ ok: false, error: 'Keel could not find an article on this page: x' }, 'en').badge).toBe('!');
  });
});

describe('keeping the menu up to date', () => {
  it('rebuilds the menu when an incident opens or the language changes', async () => {
    db = new KeelDatabase(`keel-menu-${Math.random().toString(36).slice(2)}`);
    const built: MenuItem[][] = [];
    let current: MenuItem[] = [];
    const stop = keepCaptureMenu({
      db,
      browserLanguages: ['en-US'],
      menus: {
        removeAll: async () => {
          current = [];
        },
        create: (item) => {
          current.push(item);
          if (item.id.endsWith(':new')) built.push([...current]);
        },
      },
    });
    try {
      await expect.poll(() => built.length).toBeGreaterThan(0);
      expect(current.map((i) => i.title)).toEqual(['Capture this page as evidence', 'New incident from this page']);
      await openIncident(db, { title: 'Cold Brew cans', crisisType: 'product-defect', severity: 'high' }, '', 5);
      await expect.poll(() => current.map((i) => i.title)).toEqual(['Capture this page as evidence', 'Cold Brew cans', 'New incident from this page']);
      await saveSettings(db, { ...DEFAULT_SETTINGS, uiLanguage: 'de' });
      await expect.poll(() => current[0]?.title).toBe('Diese Seite als Beleg sichern');
    } finally {
      stop();
    }
  });
});
