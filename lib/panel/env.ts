/**
 * What the side panel needs from the browser, behind one interface so the
 * panel's components can be tested without an extension around them.
 */
import type { KeelDatabase } from '../db';
import type { BackgroundRequest, ContentRequest } from '../messages';
import type { StorageLike } from '../storage-care';

export interface PanelTab {
  id: number;
  url: string;
}

export type BackgroundReply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

export interface PanelEnv {
  db: KeelDatabase;
  /** Sends a request to the background, which owns all writes. */
  background(message: BackgroundRequest): Promise<BackgroundReply>;
  /** Sends a request to the content script of a tab. */
  toTab(tabId: number, message: ContentRequest): Promise<unknown>;
  /** The page tab the panel is for: ?tabId=N when given (a popped-out panel), else the active tab. */
  currentTab(): Promise<PanelTab | null>;
  /** Calls back when that tab navigates or another tab becomes active. Returns an unsubscribe. */
  onTabChanged(callback: () => void): () => void;
  browserLanguages: readonly string[];
  /** Copies text for the person to paste; used when insertion fails. */
  copyToClipboard(text: string): Promise<boolean>;
  /** The browser's storage manager (navigator.storage): persistence, usage and quota for Settings. */
  storage?: StorageLike;
  /** The organisation's policy for Keel as the browser hands it over (storage.managed); undefined when there is none. */
  managedPolicy?(): Promise<unknown>;
  /** Calls back when the organisation's policy changes. Returns an unsubscribe. */
  onManagedChanged?(callback: () => void): () => void;
  /** "Capture this page": which tab, and what access Keel has to it (lib/panel/tab-access.ts). */
  tabAccess?: TabAccessApi;
}

/**
 * The panel's tab as far as Keel may see it. Browsers hide a tab's address from an extension
 * without access to it, so `origin` is null exactly when Keel holds neither a host permission
 * nor activeTab for the tab.
 */
export type TabAccessState =
  | { kind: 'no-tab' }
  | { kind: 'not-web'; tabId: number }
  | { kind: 'hidden'; tabId: number }
  | { kind: 'visible'; tabId: number; origin: string; granted: boolean };

export interface TabAccessApi {
  state(): Promise<TabAccessState>;
  /**
   * Asks the person for host access to this one origin; must run in their click. Resolves whether
   * it was given, or null when the browser would not ask (Firefox asks only from the click itself,
   * not after the capture's first attempt).
   */
  request(origin: string): Promise<boolean | null>;
  /** Gives back host access to the origin after the capture, so nothing lingers. */
  release(origin: string): Promise<void>;
}
