/**
 * The page's context menu: "Capture this page as evidence", with one item for each open
 * incident (by title) and "New incident from this page". Choosing one grants Keel activeTab
 * for that tab, which is all the capture needs. The items follow the open incidents and the
 * interface language as they change (Dexie liveQuery over the database).
 */
import { liveQuery } from 'dexie';
import { loadSettings, type KeelDatabase } from '../db';
import { resolveUiLanguage, translate } from '../i18n';
import { openIncidents } from '../incidents/store';
import type { CaptureResult, CaptureTarget } from '../capture/capture';
import type { Incident, Language } from '../schema';

export const MENU_ROOT = 'keel-capture';
const NEW_ITEM = `${MENU_ROOT}:new`;
const INCIDENT_PREFIX = `${MENU_ROOT}:incident:`;
/** Chromium shows at most this many items in an extension's submenu list comfortably; more are left to the panel. */
const MAX_INCIDENT_ITEMS = 20;

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  contexts?: ['page'];
}

/** The menu for these open incidents, newest first, in the person's language. */
export function captureMenuItems(incidents: readonly Pick<Incident, 'id' | 'title' | 'openedAt'>[], language: Language): MenuItem[] {
  const items: MenuItem[] = [{ id: MENU_ROOT, title: translate(language, 'capture.menu'), contexts: ['page'] }];
  const newest = [...incidents].sort((a, b) => b.openedAt - a.openedAt).slice(0, MAX_INCIDENT_ITEMS);
  for (const incident of newest) items.push({ id: INCIDENT_PREFIX + incident.id, parentId: MENU_ROOT, title: incident.title, contexts: ['page'] });
  items.push({ id: NEW_ITEM, parentId: MENU_ROOT, title: translate(language, 'capture.menuNew'), contexts: ['page'] });
  return items;
}

/** Which incident a clicked item stands for; null for an item that is not Keel's. */
export function targetOfMenuItem(menuItemId: string | number): CaptureTarget | null {
  const id = String(menuItemId);
  if (id === NEW_ITEM) return { newIncident: true };
  if (id.startsWith(INCIDENT_PREFIX)) return { incidentId: id.slice(INCIDENT_PREFIX.length) };
  return null;
}

export interface ContextMenus {
  removeAll(): Promise<void>;
  create(item: MenuItem): unknown;
}

export interface CaptureMenuDeps {
  db: KeelDatabase;
  menus: ContextMenus;
  browserLanguages: readonly string[];
}

/** Keeps the menu in step with the open incidents. Returns a stop function. */
export function keepCaptureMenu(deps: CaptureMenuDeps): () => void {
  let chain = Promise.resolve();
  const subscription = liveQuery(async () => {
    const [incidents, settings] = await Promise.all([openIncidents(deps.db), loadSettings(deps.db)]);
    return captureMenuItems(incidents, resolveUiLanguage(settings.uiLanguage, deps.browserLanguages));
  }).subscribe({
    next(items) {
      // One rebuild at a time: a create racing a removeAll would fail on a duplicate id.
      chain = chain.then(async () => {
        await deps.menus.removeAll();
        for (const item of items) deps.menus.create(item);
      }).catch(() => undefined);
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** What the toolbar says after a capture from the menu: its badge and title, in the person's language. */
export function captureFeedback(result: { ok: true; capture: CaptureResult } | { ok: false; error: string }, language: Language): { badge: string; title: string } {
  if (!result.ok) return { badge: '!', title: `Keel: ${result.error}` };
  const { title, siteName, mentions } = result.capture;
  return { badge: '✓', title: `Keel: ${translate(language, 'capture.done', { title, site: siteName ?? '', count: mentions })}` };
}
