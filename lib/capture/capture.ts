/**
 * "Capture this page": the article in a tab becomes evidence of an incident. The page part
 * (entrypoints/capture.ts) is injected into that tab only, when the person asks; the
 * background adds the brand mentions and risk and stores it through addEvidence, into the
 * chosen incident or a new one titled after the article.
 */
import type { KeelDatabase } from '../db';
import { approximateBytes, ensureRoomFor, type StorageLike } from '../storage-care';
import { addEvidence } from '../incidents/evidence';
import { openIncident } from '../incidents/open';
import { isEnded, requireIncident } from '../incidents/store';
import type { ArticleSnapshot, Incident } from '../schema';
import { articleSnapshot, parsePageArticleResult, type SnapshotTools } from './snapshot';

export interface CaptureDeps {
  db: KeelDatabase;
  now(): number;
  /** Runs the page part in the tab and hands back what it returned (or throws why it could not run). */
  readTab(tabId: number): Promise<unknown>;
  /** The person's brand matcher and the risk engine, built from the settings in force now. */
  tools(): Promise<SnapshotTools>;
  /** Who captures it: the person's name from Settings, or empty. */
  by(): Promise<string>;
  /** The browser's storage manager: an article that would not fit is refused before anything is stored. */
  storage?: StorageLike;
}

/** The background's answer when the browser would not let Keel read the tab (lib/background/capture.ts). */
export const NO_ACCESS_ERROR =
  'Keel has no access to this tab. Click Keel’s toolbar button on the page, or right-click the page and choose “Capture this page as evidence”.';

/** Where the evidence goes: an incident by id, or a new one opened from the page. */
export type CaptureTarget = { incidentId: string } | { newIncident: true };

export interface CaptureResult {
  incidentId: string;
  evidenceId: number;
  title: string;
  siteName: string | null;
  url: string;
  mentions: number;
}

/** The article, or an error saying why not; nothing is stored unless the article is good. */
export async function captureTab(deps: CaptureDeps, tabId: number, target: CaptureTarget): Promise<CaptureResult> {
  if ('incidentId' in target) {
    const incident = await requireIncident(deps.db, target.incidentId);
    if (isEnded(incident)) throw new Error(`Incident "${incident.title}" is ${incident.status}: reopen it before adding evidence.`);
  }
  let raw: unknown;
  try {
    raw = await deps.readTab(tabId);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(text === NO_ACCESS_ERROR ? text : `Keel could not read this page: ${text}`);
  }
  const snapshot = articleSnapshot(parsePageArticleResult(raw), await deps.tools());
  const by = await deps.by();
  const now = deps.now();
  await ensureRoomFor(deps.storage, approximateBytes(snapshot), 'article');
  // A new incident and its first evidence are stored together or not at all.
  const { db } = deps;
  const [incidentId, evidenceId] = await db.transaction('rw', db.incidents, db.incidentEvents, db.evidence, async () => {
    const id = 'incidentId' in target ? target.incidentId : (await openFromArticle(db, snapshot, by, now)).id;
    return [id, await addEvidence(db, id, snapshot, by, now)] as const;
  });
  return { incidentId, evidenceId, title: snapshot.title, siteName: snapshot.siteName, url: snapshot.url, mentions: snapshot.matches.length };
}

/** A new incident for an article: titled after it, its severity the article's risk, its crisis type the engine's guess. */
function openFromArticle(db: KeelDatabase, snapshot: ArticleSnapshot, by: string, now: number): Promise<Incident> {
  const title = snapshot.title.length > 300 ? `${snapshot.title.slice(0, 299)}…` : snapshot.title;
  return openIncident(db, { title, crisisType: snapshot.risk?.crisisType ?? 'none', severity: snapshot.risk?.level ?? 'medium' }, by, now);
}
