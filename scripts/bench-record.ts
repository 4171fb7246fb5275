/**
 * `npm run bench -- --record`: the incident record at scale, in Chromium with the built extension.
 * With an empty database first (the baseline, same run), then with a year's record stored in
 * the extension's IndexedDB (scripts/record-data.ts: 100,000 mentions, 1,000 of them on one
 * tab, 500 incidents with their timelines, replies and evidence), it measures what a person
 * waits for: the Incidents view's list, one incident's timeline, the Queue with 1,000 mentions
 * (its render and its longest frame while scrolled), and a backup's export and restore.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, fixture, type Keel } from '../tests/e2e/harness';
import { recordData, RECORD_INCIDENTS, RECORD_MENTIONS, TAB_MENTIONS, TAB_URL } from './record-data';
import { startFrameTrace } from './trace';

/** A person's wait for a view to answer: the Incidents list and an incident's timeline (and the Queue's switch). */
export const VIEW_TARGET_MS = 100;
/** A frame longer than this is a long task, visible as a stutter while scrolling. */
export const FRAME_TARGET_MS = 50;
const RUNS = 5;

// Selectors, checked against components/App.tsx (nav .tab), components/QueueView.tsx and
// components/MentionList.tsx (.view.queue .count, ol.mentions > li) and components/IncidentsView.tsx
// (.view.incidents, [data-incident-id], its .hint when empty, its log .incident-log li).
const INCIDENT_ITEM = '.view.incidents [data-incident-id]';
const INCIDENTS_EMPTY = '.view.incidents .hint';
const TIMELINE_ITEM = '.view.incidents .incident-log li, .view.incidents [data-timeline] li';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'not shown within 30 s');
const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const verdict = (ms: number, target: number) => (ms <= target ? 'PASS' : 'FAIL');

/**
 * In the page: clicks the nav tab named `tab`, then resolves with the milliseconds until an
 * element matching `done` is in the document. Written as a string: the page has none of the
 * bundler's helpers.
 */
const CLICK_UNTIL = `([tab, done]) => new Promise((resolve, reject) => {
  const start = performance.now();
  const found = () => document.querySelector(done) !== null;
  const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); resolve(performance.now() - start); } });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  const button = Array.from(document.querySelectorAll('nav .tab')).find((b) => b.textContent === tab);
  if (!button) { reject(new Error('No nav tab ' + tab)); return; }
  button.click();
  if (found()) { observer.disconnect(); resolve(performance.now() - start); }
  setTimeout(() => { observer.disconnect(); reject(new Error('Timed out waiting for ' + done)); }, 60000);
})`;

async function clickUntil(page: Page, tab: string, done: string): Promise<number> {
  return page.evaluate(`(${CLICK_UNTIL})(${JSON.stringify([tab, done])})`) as Promise<number>;
}

/** Records when the Queue's count first appears (its list is in the same render), from the navigation's start. */
const RECORD_QUEUE_AT = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.view.queue .count')) { window.__keelQueueAt = performance.now(); observer.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
})()`;

/** Opens the panel for the tab: the time from its navigation until the Queue shows. */
async function openQueue(keel: Keel, tabId: number): Promise<{ page: Page; ms: number }> {
  const page = await keel.context.newPage();
  await page.addInitScript(RECORD_QUEUE_AT);
  // Not waiting for "load": the measurement is the Queue's count, recorded by the init script.
  await page.goto(`chrome-extension://${keel.extensionId}/sidepanel.html?tabId=${tabId}`, { waitUntil: 'commit' });
  await page.waitForSelector('.view.queue .count', { timeout: 120_000 });
  return { page, ms: (await page.evaluate('window.__keelQueueAt')) as number };
}

interface ViewFigures {
  queueOpen: number[];
  incidentsList: number[];
  timeline: number[];
}

/** Each view measured RUNS times on a fresh panel: the Queue as the panel opens, then the Incidents list and a timeline. */
async function measureViews(keel: Keel, tabId: number, withData: boolean): Promise<ViewFigures & { page: Page }> {
  const figures: ViewFigures = { queueOpen: [], incidentsList: [], timeline: [] };
  let last: Page | null = null;
  for (let run = 0; run < RUNS; run++) {
    const { page, ms } = await openQueue(keel, tabId);
    figures.queueOpen.push(ms);
    figures.incidentsList.push(await clickUntil(page, 'Incidents', withData ? INCIDENT_ITEM : INCIDENTS_EMPTY));
    if (withData) figures.timeline.push(await timelineOpen(page).catch(() => Number.POSITIVE_INFINITY));
    if (last) await last.close();
    last = page;
  }
  return { ...figures, page: last! };
}

/**
 * One incident's timeline: where the list shows each incident's timeline in place, the time
 * from the Incidents tab until the first incident's timeline is in; where an incident opens
 * on a click, the time from that click.
 */
async function timelineOpen(page: Page): Promise<number> {
  return page.evaluate(`(${CLICK_OR_WAIT})(${JSON.stringify([INCIDENT_ITEM, TIMELINE_ITEM])})`) as Promise<number>;
}

const CLICK_OR_WAIT = `([item, timeline]) => new Promise((resolve, reject) => {
  const first = document.querySelector(item);
  const inFirst = () => first && first.querySelector(timeline.split(', ').map((s) => s.replace('.view.incidents ', '')).join(', '));
  const shown = () => inFirst() || document.querySelector(timeline);
  const start = performance.now();
  const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(performance.now() - start); } });
  observer.observe(document.body, { childList: true, subtree: true });
  if (!shown()) { const open = first && (first.querySelector('button, a') || first); if (open) open.click(); }
  if (shown()) { observer.disconnect(); resolve(performance.now() - start); }
  setTimeout(() => { observer.disconnect(); reject(new Error('No timeline appeared')); }, 30000);
})`;

/** The Queue scrolled from top to bottom, most of a viewport a frame: its frames from a trace. */
async function scrollQueue(keel: Keel, page: Page): Promise<{ frames: number; longestMs: number; cards: number; steps: number }> {
  await clickUntil(page, 'Queue', '.mentions > li');
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500))))');
  const cards = (await page.evaluate("document.querySelectorAll('.mentions > li').length")) as number;
  const stop = await startFrameTrace(await keel.context.newCDPSession(page));
  const steps = (await page.evaluate(`(async () => {
    let steps = 0;
    while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 1 && steps < 400) {
      window.scrollBy(0, innerHeight * 0.8);
      steps += 1;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return steps;
  })()`)) as number;
  const frames = await stop();
  return { ...frames, cards, steps };
}

/** Every store's row count and a SHA-256 of its rows in key order (fields sorted), read straight from IndexedDB. */
const DIGEST = `(async () => {
  const db = await new Promise((resolve, reject) => { const r = indexedDB.open('keel'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const out = {};
  for (const name of Array.from(db.objectStoreNames)) {
    const tx = db.transaction(name, 'readonly');
    const store = tx.objectStore(name);
    const [keys, rows] = await Promise.all([
      new Promise((resolve) => { const r = store.getAllKeys(); r.onsuccess = () => resolve(r.result); }),
      new Promise((resolve) => { const r = store.getAll(); r.onsuccess = () => resolve(r.result); }),
    ]);
    // Keys sorted inside every row: the same content hashes the same whatever order its fields were written in.
    const canonical = (v) => Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
    const text = JSON.stringify(keys.map((k, i) => [k, canonical(rows[i])]));
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    out[name] = { count: rows.length, sha256: Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, '0')).join('') };
  }
  db.close();
  return out;
})()`;

export async function storeDigest(page: Page): Promise<Record<string, { count: number; sha256: string }>> {
  return page.evaluate(DIGEST) as Promise<Record<string, { count: number; sha256: string }>>;
}

/** Writes rows into one of Keel's stores from an extension page, as raw IndexedDB puts in one transaction. */
const PUT_ROWS = `([store, rows]) => new Promise((resolve, reject) => {
  const open = indexedDB.open('keel');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const row of rows) os.put(row);
    tx.oncomplete = () => { db.close(); resolve(rows.length); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
})`;

/** Writes rows into one of Keel's stores from an extension page, 5,000 to a transaction. */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) await page.evaluate(`(${PUT_ROWS})(${JSON.stringify([store, rows.slice(i, i + 5000)])})`);
}

/** Stores the record through an extension page (the panel's origin, so the extension's own database). */
async function seed(keel: Keel, scale: number): Promise<{ counts: Record<string, number>; ms: number }> {
  const started = Date.now();
  const data = recordData(scale);
  const page = await keel.context.newPage();
  // Opening the panel makes the database at the current version before the raw writes.
  await page.goto(`chrome-extension://${keel.extensionId}/sidepanel.html`);
  await page.waitForSelector('.view');
  const stores = (await page.evaluate(`new Promise((resolve) => { const r = indexedDB.open('keel'); r.onsuccess = () => { resolve(Array.from(r.result.objectStoreNames)); r.result.close(); }; })`)) as string[];
  const counts: Record<string, number> = {};
  for (const [store, rows] of Object.entries(data)) {
    if (!stores.includes(store)) continue;
    await putRows(page, store, rows);
    counts[store] = rows.length;
  }
  await page.close();
  return { counts, ms: Date.now() - started };
}

/**
 * lib/backup.ts and the database code it uses, bundled for an extension page. The page runs it
 * through the debugger (page.evaluate), so it is the project's own code working on the
 * extension's own IndexedDB; nothing of it goes into the extension.
 */
async function backupBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: "import { exportBackup, importBackup } from './lib/backup'; import { KeelDatabase } from './lib/db'; globalThis.__keelBackup = { exportBackup, importBackup, KeelDatabase };",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  // zod compiles its parsers with new Function unless told not to (its config is read as each
  // schema is made, from a global all copies share); an extension page forbids eval.
  return `globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });\n${result.outputFiles[0]!.text}`;
}

/** In the page: a full backup and its restore, each timed, with the text's size. */
const ROUND_TRIP = `(async () => {
  const { exportBackup, importBackup, KeelDatabase } = globalThis.__keelBackup;
  const db = new KeelDatabase();
  await db.open();
  const t0 = performance.now();
  const text = await exportBackup(db, Date.now());
  const t1 = performance.now();
  const result = await importBackup(db, text);
  const t2 = performance.now();
  db.close();
  return { exportMs: t1 - t0, restoreMs: t2 - t1, bytes: text.length, result: result.ok ? { ok: true } : result };
})()`;

/** The backup round trip through lib/backup.ts: both timed, and every store's content the same after as before. */
async function backupRoundTrip(keel: Keel): Promise<{ lines: string[]; verdict: string | null }> {
  if (!existsSync(join(ROOT, 'lib/backup.ts'))) return { lines: ['    backup and restore: not measured (lib/backup.ts is not in this tree yet)'], verdict: null };
  const page = await keel.context.newPage();
  try {
    await page.goto(`chrome-extension://${keel.extensionId}/sidepanel.html`);
    await page.waitForSelector('.view');
    await page.evaluate(await backupBundle());
    const before = await storeDigest(page);
    const trip = (await page.evaluate(ROUND_TRIP)) as { exportMs: number; restoreMs: number; bytes: number; result: { ok: boolean; errors?: string[] } };
    const after = await storeDigest(page);
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    const same = trip.result.ok && changed.length === 0;
    return {
      lines: [
        `    full backup ${ms(trip.exportMs)} (${(trip.bytes / 1e6).toFixed(0)} MB of JSON), restore ${ms(trip.restoreMs)}${trip.result.ok ? '' : `: refused, ${trip.result.errors?.slice(0, 2).join('; ')}`}`,
        `    content before and after (row counts and a SHA-256 of every store's rows in key order): ${same ? 'the same' : `different in ${changed.join(', ') || 'the restore'}`} — ${Object.entries(after).map(([k, v]) => `${k} ${v.count.toLocaleString('en')}`).join(', ')}: ${same ? 'PASS' : 'FAIL'}`,
      ],
      verdict: `backup round trip: ${same ? 'PASS' : 'FAIL'}`,
    };
  } finally {
    await page.close();
  }
}

/** `scale` below 1 (`--scale 0.1`) stores a smaller record, for a quick look; the targets are for the full one. */
export async function benchRecord(keel: Keel, scale = 1): Promise<string[]> {
  const verdicts: string[] = [];
  // The demo thread: its own mentions are the baseline's Queue, the stored thousand join them.
  keel.serve(TAB_URL, fixture('demo/x-thread.html'));
  const tab = await keel.open(TAB_URL);
  await tab.waitForSelector('[data-keel-mention]');
  const tabId = await keel.tabIdOf(tab);

  console.log('The incident record at scale:');
  const empty = await measureViews(keel, tabId, false);
  await empty.page.close();
  console.log(`  baseline, nothing stored but the demo thread's own mentions (median of ${RUNS} panel opens, lowest–highest):`);
  console.log(`    Queue shown ${spread(empty.queueOpen)} after the panel's navigation; Incidents list ${spread(empty.incidentsList)} after its tab is clicked`);

  const seeded = await seed(keel, scale);
  console.log(`  stored ${Object.entries(seeded.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')} in ${(seeded.ms / 1000).toFixed(0)} s (${TAB_MENTIONS.toLocaleString('en')} mentions on the Queue's tab${scale === 1 ? '' : `; scaled to ${scale} of the ${RECORD_MENTIONS.toLocaleString('en')} mentions and ${RECORD_INCIDENTS} incidents`})`);

  const full = await measureViews(keel, tabId, true);
  const list = median(full.incidentsList);
  const timeline = median(full.timeline);
  const queue = median(full.queueOpen);
  console.log(`  with the record (median of ${RUNS} panel opens, lowest–highest):`);
  console.log(`    Incidents list ${spread(full.incidentsList)} after its tab is clicked (baseline ${median(empty.incidentsList).toFixed(0)} ms), target ${VIEW_TARGET_MS} ms: ${verdict(list, VIEW_TARGET_MS)}`);
  console.log(`    one incident's timeline ${spread(full.timeline)}, target ${VIEW_TARGET_MS} ms: ${verdict(timeline, VIEW_TARGET_MS)}`);
  console.log(`    Queue with ${TAB_MENTIONS.toLocaleString('en')} mentions shown ${spread(full.queueOpen)} after the panel's navigation (baseline, empty: ${median(empty.queueOpen).toFixed(0)} ms)`);
  const scroll = await scrollQueue(keel, full.page);
  console.log(`    Queue scrolled top to bottom in ${scroll.steps} steps (${scroll.cards} cards in the document at a time): ${scroll.frames} frames, longest ${scroll.longestMs.toFixed(0)} ms, target ${FRAME_TARGET_MS} ms: ${verdict(scroll.longestMs, FRAME_TARGET_MS)}`);
  await full.page.close();
  const backup = await backupRoundTrip(keel);
  for (const line of backup.lines) console.log(line);
  if (backup.verdict) verdicts.push(backup.verdict);
  await tab.close();
  verdicts.push(`Incidents list: ${verdict(list, VIEW_TARGET_MS)}`, `incident timeline: ${verdict(timeline, VIEW_TARGET_MS)}`, `Queue scrolling: ${verdict(scroll.longestMs, FRAME_TARGET_MS)}`);
  void queue;
  return verdicts;
}
