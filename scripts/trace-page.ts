/**
 * `KEEL_EXTENSION_DIR=<build> npx tsx scripts/trace-page.ts [x|facebook|instagram] [mentionEvery] [--all]`:
 * what the page's main thread does during the content script's tasks on a 2,000-post page,
 * from a Chromium trace (scripts/trace.ts): time the JS profiler cannot see (compiling, garbage
 * collection) is accounted for. Prints the longest tasks, or all of them with --all.
 */
import { filledDemoPage } from './fill-page';
import { startTrace } from './trace';

async function main() {
  const { keel, page, url } = await filledDemoPage(process.argv[2] ?? 'x', Number(process.argv[3] ?? '10'));
  try {
    const cdp = await keel.context.newCDPSession(page);
    const stop = await startTrace(cdp, 'toplevel,devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(4000);
    const trace = await stop();
    console.log(`${trace.tasks.length} tasks run Keel code: ${trace.totalMs.toFixed(1)} ms in all (start-up ${trace.startupMs.toFixed(1)} ms), longest ${trace.longestMs.toFixed(1)} ms`);
    const shown = process.argv.includes('--all') ? trace.tasks : [...trace.tasks].sort((a, b) => b.ms - a.ms).slice(0, 5);
    for (const t of shown) {
      const inside = [...t.inside].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`task ${t.ms.toFixed(1)} ms${t.startup ? ' (start-up)' : ''}: ${inside.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
    }
  } finally {
    await keel.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
