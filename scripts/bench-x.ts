/**
 * `npx tsx scripts/bench-x.ts`: how long the X adapter takes to read a 2,000-post
 * status page, in Chromium (the figure that matters) and in jsdom (for comparison
 * only: jsdom's DOM is many times slower than a browser's).
 *
 * The page is the demo thread with its rows cloned up to 2,000 articles, each with
 * its own status id. Only extraction is timed, not brand matching or risk scoring.
 * On a shared or busy machine the median swings widely; "best" is the steadier figure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import { xAdapter } from '../lib/platforms/x/index';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE_URL = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
const COUNT = 2000;
const RUNS = 7;

/** Clones the demo's reply cells until the list holds `count` articles; runs in the page. */
function fillToCount(doc: Document, count: number): number {
  const articles = doc.querySelectorAll('article[data-testid="tweet"]');
  const list = articles[0]?.closest('[data-testid="cellInnerDiv"]')?.parentElement;
  if (!list) throw new Error('no timeline list');
  const cells = Array.from(list.children).filter((c) => c.querySelector('article[data-testid="tweet"]'));
  let total = articles.length;
  let n = 0;
  while (total < count) {
    const source = cells[n % cells.length] as Element;
    const clone = source.cloneNode(true) as Element;
    const suffix = String(100000 + n);
    clone.querySelectorAll('[href*="/status/"]').forEach((a) => {
      a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/\d{6,}/, (d) => d.slice(0, -6) + suffix));
    });
    list.appendChild(clone);
    total += 1;
    n += 1;
  }
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function benchChromium(html: string): Promise<{ articles: number; posts: number; runs: number[] } | string> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'lib/platforms/x/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'KeelX',
    platform: 'browser',
    target: 'chrome120',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  } catch (error) {
    return `Chromium not available (${(error as Error).message.split('\n')[0]})`;
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({ status: 200, contentType: 'text/html', body: html })
        : route.abort(),
    );
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      ({ count, runs, fill }) => {
        // eslint-disable-next-line no-new-func -- the fill function is our own source, serialised by the bench.
        const fillFn = new Function(`return (${fill})`)() as (doc: Document, count: number) => number;
        const articles = fillFn(document, count);
        const adapter = (window as unknown as { KeelX: { xAdapter: typeof xAdapter } }).KeelX.xAdapter;
        const roots = Array.from(document.querySelectorAll(adapter.postSelector));
        document.body.getBoundingClientRect(); // settle layout before timing
        const times: number[] = [];
        let posts = 0;
        for (let r = 0; r < runs; r++) {
          const start = performance.now();
          posts = 0;
          for (const root of roots) posts += adapter.extract(root, location.href).length;
          times.push(performance.now() - start);
        }
        return { articles, posts, runs: times };
      },
      { count: COUNT, runs: RUNS, fill: fillToCount.toString() },
    );
  } finally {
    await browser.close();
  }
}

function benchJsdom(html: string): { articles: number; posts: number; runs: number[] } {
  const doc = new JSDOM(html, { url: PAGE_URL }).window.document;
  const articles = fillToCount(doc, COUNT);
  const roots = Array.from(doc.querySelectorAll(xAdapter.postSelector));
  const times: number[] = [];
  let posts = 0;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    posts = 0;
    for (const root of roots) posts += xAdapter.extract(root, PAGE_URL).length;
    times.push(performance.now() - start);
  }
  return { articles, posts, runs: times };
}

const html = readFileSync(join(ROOT, 'tests/fixtures/demo/x-thread.html'), 'utf8');
const report = (label: string, r: { articles: number; posts: number; runs: number[] }): void => {
  const m = median(r.runs);
  const best = Math.min(...r.runs);
  console.log(
    `${label}: ${r.articles} articles → ${r.posts} posts, median ${m.toFixed(1)} ms, best ${best.toFixed(1)} ms ` +
      `(${((m * 1000) / r.articles).toFixed(1)} µs/article; runs ${r.runs.map((t) => t.toFixed(1)).join(', ')})`,
  );
};

const chromiumResult = await benchChromium(html);
if (typeof chromiumResult === 'string') console.log(`Chromium: ${chromiumResult}`);
else report('Chromium', chromiumResult);
report('jsdom (not a browser; for comparison only)', benchJsdom(html));
