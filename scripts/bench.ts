/**
 * `npm run bench`: Keel's speed targets, measured and printed.
 *  - In Chromium with the built extension: a 2,000-post page per site, read and
 *    marked by the real content script (main-thread time, longest task), and the
 *    same posts arriving while the person scrolls.
 *  - In Node: the risk engine and the brand matcher per post (their own scripts).
 *  - `--record` (alone): the incident record at scale — 100,000 mentions and 500 incidents
 *    stored, the Incidents list, a timeline, the Queue with 1,000 mentions, backup and restore
 *    (scripts/bench-record.ts).
 * Needs a build: `npm run bench` builds first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_ARGS, CHROME_PATH, DEMO_SETTINGS, ROOT, VIEWPORT, fixture, launchKeel, type Keel } from '../tests/e2e/harness';
import type { RuntimeStats } from '../lib/content/runtime';
import { COUNT, fillPage } from './fill-page';
import { startFrameTrace, startTrace } from './trace';
import { benchRecord } from './bench-record';

/** One line per page measured: whether Keel's longest frame stayed within the page's own. */
const verdicts: string[] = [];

interface SiteBench {
  site: string;
  url: string;
  fixture: string;
  /** Selector of one post or comment root in the fixture, cloned to fill the page. */
  postSelector: string;
}

const SITES: SiteBench[] = [
  { site: 'X', url: 'https://x.com/nordlichtcoffee/status/1790000000000000001', fixture: 'demo/x-thread.html', postSelector: 'article[data-testid="tweet"]' },
  { site: 'Facebook', url: 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordlichtDemo', fixture: 'demo/facebook-thread.html', postSelector: '' },
  { site: 'Instagram', url: 'https://www.instagram.com/p/NordlichtDemo/', fixture: 'demo/instagram-thread.html', postSelector: '' },
];

interface LoadFigures {
  posts: number;
  read: number;
  marked: number;
  /** The runtime's own reading and marking (its slices), ms. */
  busyMs: number;
  slices: number;
  /** Every task that ran Keel's code on the page, start-up included (from a trace), ms. */
  totalMs: number;
  startupMs: number;
  longestMs: number;
  /** The page's rendering of Keel's marks: frames, their time and the longest, ms. */
  renderFrames: number;
  renderMs: number;
  renderLongestMs: number;
  /** The page's JavaScript heap once Keel is idle, after a garbage collection, MB. */
  heapMB: number;
}

/** Loads the filled page once, recording a trace until the content script is idle. */
async function loadOnce(keel: Keel, site: SiteBench, selector: string, mentionEvery: number, keepOpen: boolean) {
  const page = await keel.context.newPage();
  await page.addInitScript(fillPage, { count: COUNT, selector, mentionEvery });
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const stop = await startTrace(await keel.context.newCDPSession(page));
  await page.goto(site.url, { waitUntil: 'load' });
  const tabId = await keel.tabIdOf(page);
  const stats = await settledStats(keel, tabId);
  const trace = await stop();
  const heapMB = await heapUsedMB(page);
  const figures: LoadFigures = {
    posts: await page.evaluate((s) => document.querySelectorAll(s).length, selector),
    read: stats.postsSeen,
    marked: await page.evaluate(() => document.querySelectorAll('[data-keel-mention]').length),
    busyMs: stats.busyMs,
    slices: stats.slices,
    totalMs: trace.totalMs,
    startupMs: trace.startupMs,
    longestMs: trace.longestMs,
    renderFrames: trace.render.frames,
    renderMs: trace.render.totalMs,
    renderLongestMs: trace.render.longestMs,
    heapMB,
  };
  if (!keepOpen) await page.close();
  return { figures, page, tabId };
}

/** The page's JavaScript heap after a full garbage collection, MB (the content script's world included). */
async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

interface WithoutKeel {
  /** The page's JavaScript heap, MB: what the page holds by itself. */
  heapMB: number;
  /** The page's own longest frame (restyle, layout, paint) while scrolled through, ms. */
  scrollLongestMs: number;
  scrollFrames: number;
  /**
   * The page's own frame when it adds one comment by itself (a copy of a post's cell appended
   * to the list, as the site does when a comment arrives or more load), median of GROWTH_RUNS, ms:
   * what any change to the page's content costs it, Keel's or the site's.
   */
  growthMs: number;
}

/** How often the page's own growth by one comment is measured. */
const GROWTH_RUNS = 5;

/** The same filled page in a browser without Keel: its heap, and its frames while the person scrolls. */
async function withoutKeel(site: SiteBench, selector: string, mentionEvery: number): Promise<WithoutKeel> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: BROWSER_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.route(site.url, (route) => route.fulfill({ body: fixture(site.fixture), contentType: 'text/html; charset=utf-8' }));
    const page = await context.newPage();
    await page.addInitScript(fillPage, { count: COUNT, selector, mentionEvery });
    await page.goto(site.url, { waitUntil: 'load' });
    const heapMB = await heapUsedMB(page);
    // The page's first full layout and paint is not scrolling: let it finish before measuring.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
    const stop = await startFrameTrace(await context.newCDPSession(page));
    await scrollThrough(page);
    const frames = await stop();
    const growth: number[] = [];
    for (let i = 0; i < GROWTH_RUNS; i++) growth.push(await pageGrowthFrame(page, context, selector));
    return { heapMB, scrollLongestMs: frames.longestMs, scrollFrames: frames.frames, growthMs: median(growth) };
  } finally {
    await browser.close();
  }
}

/** The page's longest frame while it appends a copy of one post's cell (the cell as fill-page.ts finds it) to its list. */
async function pageGrowthFrame(page: Page, context: BrowserContext, selector: string): Promise<number> {
  const stop = await startFrameTrace(await context.newCDPSession(page));
  await page.evaluate((sel) => {
    const first = document.querySelector(sel);
    if (!first) return;
    let cell: Element = first;
    while (cell.parentElement && cell.parentElement.querySelectorAll(sel).length === 1) cell = cell.parentElement;
    cell.parentElement!.append(cell.cloneNode(true));
  }, selector);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  return (await stop()).longestMs;
}

/** Scrolls down the page a viewport at a time, a frame per step, as far as SCROLL_STEPS go. */
async function scrollThrough(page: Page) {
  // (No named helpers in here: the page does not have the bundler's name helper.)
  await page.evaluate(async (steps) => {
    for (let i = 1; i <= steps && window.scrollY + innerHeight < document.documentElement.scrollHeight; i++) {
      window.scrollTo(0, i * innerHeight);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, SCROLL_STEPS);
}

/** How far the page is scrolled without Keel: 60 viewports, about 400 posts. */
const SCROLL_STEPS = 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function benchSite(keel: Keel, site: SiteBench, mentionEvery: number, label: string, scroll: boolean, runs: number) {
  if (!existsSync(join(ROOT, 'tests/fixtures', site.fixture))) {
    console.log(`${site.site}: no fixture ${site.fixture}, skipped`);
    return;
  }
  keel.serve(site.url, fixture(site.fixture));
  const selector = site.postSelector || (await postSelectorOf(keel, site));
  const all: LoadFigures[] = [];
  let last: Awaited<ReturnType<typeof loadOnce>> | null = null;
  for (let run = 0; run < runs; run++) {
    last = await loadOnce(keel, site, selector, mentionEvery, scroll && run === runs - 1);
    all.push(last.figures);
  }
  const f = all[all.length - 1]!;
  console.log(`${site.site.padEnd(9)} ${label}: ${f.posts} posts, ${f.read} read, ${f.marked} mentions marked; median of ${runs} loads (lowest–highest):`);
  console.log(`${''.padEnd(9)}   reading and marking ${range(all.map((x) => x.busyMs))} in ${median(all.map((x) => x.slices))} slices`);
  console.log(`${''.padEnd(9)}   all of the content script's main-thread time ${range(all.map((x) => x.totalMs))}, of it start-up ${range(all.map((x) => x.startupMs))}; longest task ${range(all.map((x) => x.longestMs))}`);
  console.log(`${''.padEnd(9)}   the page's rendering of Keel's marks (restyle, layout, paint) ${range(all.map((x) => x.renderMs))} in ${median(all.map((x) => x.renderFrames))} frames; longest frame ${range(all.map((x) => x.renderLongestMs))}`);
  const withKeel = median(all.map((x) => x.heapMB));
  const without = await withoutKeel(site, selector, mentionEvery);
  console.log(`${''.padEnd(9)}   memory: the page's JavaScript heap ${withKeel.toFixed(1)} MB with Keel, ${without.heapMB.toFixed(1)} MB without; Keel's share ${(withKeel - without.heapMB).toFixed(1)} MB`);
  // Keel's marks may cost the page no longer a frame than the page takes by itself while scrolling.
  const keelLongest = median(all.map((x) => x.renderLongestMs));
  const verdict = keelLongest <= without.scrollLongestMs ? 'PASS' : 'FAIL';
  verdicts.push(`${site.site} ${label.split(' (')[0]}: ${verdict}`);
  console.log(
    `${''.padEnd(9)}   longest frame: Keel's marks ${keelLongest.toFixed(0)} ms (median of ${runs} loads), the page's own while scrolling without Keel ${without.scrollLongestMs.toFixed(0)} ms (${without.scrollFrames} frames): ${verdict}`,
  );
  // The floor under any change to the page's content: the page adding one comment by itself.
  console.log(
    `${''.padEnd(9)}   the page's own frame when one comment is added to it, without Keel: ${without.growthMs.toFixed(0)} ms (median of ${GROWTH_RUNS}); Keel's marks ${(keelLongest / Math.max(1, without.growthMs)).toFixed(1)}× that`,
  );
  if (!scroll || !last) return;
  const { page, tabId } = last;

  // New posts arriving as the person scrolls, 50 a frame: each must be flagged in the frame it appears.
  const before = await settledStats(keel, tabId);
  const scrolled = await page.evaluate(async (s) => {
    const roots = Array.from(document.querySelectorAll(s));
    const cells = roots.map((r) => {
      let cell: Element = r;
      while (cell.parentElement && cell.parentElement.querySelectorAll(s).length === 1) cell = cell.parentElement;
      return cell;
    });
    const list = cells[0]!.parentElement!;
    const templates = cells.map((c) => {
      const copy = c.cloneNode(true) as Element;
      copy.querySelectorAll('[data-keel-badge]').forEach((b) => b.remove());
      for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
        for (const name of el.getAttributeNames()) if (name.startsWith('data-keel-')) el.removeAttribute(name);
      }
      return copy;
    });
    for (const c of cells) c.remove();
    let flagged = 0;
    let byNextFrame = 0;
    let expected = 0;
    for (let i = 0; i < templates.length; i += 50) {
      const batch = templates.slice(i, i + 50).map((t, j) => {
        const clone = t.cloneNode(true) as Element;
        const suffix = String(500000 + i + j);
        for (const a of Array.from(clone.querySelectorAll('[href]'))) {
          a.setAttribute('href', a.getAttribute('href')!.replace(/(\d{6,})/g, (d) => d.slice(0, -6) + suffix));
        }
        return clone;
      });
      list.append(...batch);
      // Read in the next frame's rAF: after Keel's mutation callback, before that frame paints.
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      // (No named helpers in here: the page does not have the bundler's name helper.)
      const mentions = batch.filter((_, k) => cells[i + k]!.matches('[data-keel-mention]') || cells[i + k]!.querySelector('[data-keel-mention]') !== null);
      expected += mentions.length;
      flagged += mentions.filter((el) => el.matches('[data-keel-mention]') || el.querySelector('[data-keel-mention]') !== null).length;
      // And by the frame after: what did not fit in the mutation callback's slice follows in the next task.
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      byNextFrame += mentions.filter((el) => el.matches('[data-keel-mention]') || el.querySelector('[data-keel-mention]') !== null).length;
    }
    return { flagged, byNextFrame, expected, posts: templates.length };
  }, selector);
  const after = await settledStats(keel, tabId);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  console.log(
    `${''.padEnd(9)} ${scrolled.posts} new posts while scrolling, 50 a frame: ${scrolled.flagged} of ${scrolled.expected} mentions flagged in the frame they appeared, ${scrolled.byNextFrame} by the next; longest Keel task ${after.maxSliceMs.toFixed(1)} ms; busy ${(after.busyMs - before.busyMs).toFixed(1)} ms; page long tasks (>50 ms, any cause) ${longTasks}`,
  );
  await page.close();
}

async function postSelectorOf(keel: Keel, site: SiteBench): Promise<string> {
  // The site adapter's post selector, as the content script uses it.
  const mod = site.site === 'Facebook' ? await import('../lib/platforms/facebook') : await import('../lib/platforms/instagram');
  const adapter = 'facebookAdapter' in mod ? mod.facebookAdapter : (mod as { instagramAdapter: { postSelector: string } }).instagramAdapter;
  void keel;
  return adapter.postSelector;
}

type Stats = RuntimeStats;

/** The content script's figures once it has been idle for half a second. */
async function settledStats(keel: Keel, tabId: number): Promise<Stats> {
  let last = await waitForStats(keel, tabId, (s) => s.slices > 0);
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await waitForStats(keel, tabId, () => true);
    if (next.pending === 0 && next.slices === last.slices && next.postsSeen === last.postsSeen) return next;
    last = next;
  }
}

async function waitForStats(keel: Keel, tabId: number, done: (s: Stats) => boolean): Promise<Stats> {
  const deadline = Date.now() + 20_000;
  let last: Stats | null = null;
  while (Date.now() < deadline) {
    last = (await keel.worker.evaluate(
      (id: number) => chrome.tabs.sendMessage(id, { type: 'page/status' }).catch(() => null),
      tabId,
    )) as Stats | null;
    if (last && done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The content script did not answer: ${JSON.stringify(last)?.slice(0, 300)}`);
}

/** `--record`: only the incident record at scale, in a browser of its own. */
async function mainRecord() {
  console.log('Keel benchmark: the incident record at scale\n');
  const keel = await launchKeel();
  try {
    await keel.saveSettings(DEMO_SETTINGS);
    const scale = process.argv.includes('--scale') ? Math.min(1, Number(process.argv[process.argv.indexOf('--scale') + 1]) || 1) : 1;
    const results = await benchRecord(keel, scale);
    console.log(`\nTargets: ${results.join('; ')}`);
    if (results.some((v) => v.endsWith('FAIL'))) process.exitCode = 1;
  } finally {
    await keel.close();
  }
}

async function main() {
  if (process.argv.includes('--record')) return mainRecord();
  console.log('Keel benchmark\n');
  console.log('In Chromium, the built extension (one core of this machine):');
  const keel = await launchKeel();
  try {
    await keel.saveSettings(DEMO_SETTINGS);
    // `npm run bench -- --site x` measures one site only; `--runs N` loads each page N times (default 5);
    // `--typical` leaves out the heavy pages and the scrolling test; `--chromium-only` the Node benchmarks.
    const runs = process.argv.includes('--runs') ? Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5) : 5;
    const only = process.argv.includes('--site') ? process.argv[process.argv.indexOf('--site') + 1]?.toLowerCase() : undefined;
    for (const site of SITES.filter((s) => !only || s.site.toLowerCase() === only)) {
      await benchSite(keel, site, 10, 'typical thread (1 post in 10 mentions the brand)', false, runs);
      if (!process.argv.includes('--typical')) await benchSite(keel, site, 1, 'heavy thread (most posts mention the brand)', true, runs);
    }
  } finally {
    await keel.close();
  }
  console.log(`\nKeel's longest frame within the page's own while scrolling: ${verdicts.join('; ')}`);
  if (verdicts.some((v) => v.endsWith('FAIL'))) process.exitCode = 1;
  if (process.argv.includes('--chromium-only')) return;
  for (const script of ['scripts/bench-risk.ts', 'scripts/bench-brand.ts']) {
    if (!existsSync(join(ROOT, script))) continue;
    console.log(`\nIn Node (${script}):`);
    spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
