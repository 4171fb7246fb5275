/**
 * `npm run demo -- --browser firefox`: Keel's Firefox add-on on the Nordlicht Coffee demo
 * threads, in Firefox (Debian's firefox-esr, or FIREFOX_PATH). Builds the Firefox add-on,
 * sets the demo brand profile the way an organisation does (a Firefox enterprise policy,
 * removed again at the end), serves the threads at their real URLs and opens Keel's sidebar
 * beside them. With a display Firefox opens on screen; without one it runs headless and
 * saves screenshots of each thread and of the sidebar beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fixture,
  launchFirefox,
  markedIds,
  openSidebar,
  removeTestPolicies,
  ROOT,
  sidebarSnapshot,
  TEST_POLICY,
  withEditorScript,
  writeTestPolicy,
} from '../tests/e2e-firefox/harness';

const THREADS = [
  { name: 'x', url: 'https://x.com/nordlichtcoffee/status/1790000000000000001', file: 'demo/x-thread.html' },
  { name: 'facebook', url: 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordL1chtC0ffeeDem0P0st7kQ2xW9vB4mZ8rT1yH6uJ3sE5aF', file: 'demo/facebook-thread.html' },
  { name: 'instagram', url: 'https://www.instagram.com/p/DNordL1cht7/', file: 'demo/instagram-thread.html' },
];
/** Firefox's sidebar width in the demo: about Chrome's side panel's. */
const SIDEBAR_WIDTH = 400;

async function waitForMarks(page: import('puppeteer-core').Page): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if ((await markedIds(page)).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Keel flagged no mention on ${page.url()} within 15 s.`);
}

export async function firefoxDemo(headless: boolean): Promise<void> {
  execFileSync('node', ['scripts/ensure-firefox.mjs'], { stdio: 'inherit', cwd: ROOT });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', cwd: ROOT });
  try {
    // The brand, the agent's name and the language; the starter templates wait for approval in the sidebar, as on a first run.
    writeTestPolicy({ brand: TEST_POLICY.brand, agentName: TEST_POLICY.agentName, uiLanguage: TEST_POLICY.uiLanguage });
  } catch (error) {
    throw new Error(
      `The demo sets Keel's brand profile with a Firefox policy file and could not write it (${(error as Error).message}). ` +
        'Run it as a user who may write to Firefox’s distribution folder, or open Keel’s sidebar and enter the brand in Settings.',
    );
  }
  const keel = await launchFirefox({ headless });
  try {
    const pages = [];
    for (const t of THREADS) {
      keel.serve(t.url, t.name === 'x' ? await withEditorScript(fixture(t.file), 'x-live') : fixture(t.file));
      const page = await keel.open(t.url);
      await waitForMarks(page);
      pages.push({ ...t, page });
    }
    await openSidebar(keel.browser, SIDEBAR_WIDTH);
    if (headless) {
      const outDir = join(ROOT, 'demo-output', 'firefox');
      mkdirSync(outDir, { recursive: true });
      const saved: string[] = [];
      const counts: string[] = [];
      for (const { name, page } of pages) {
        await page.bringToFront();
        // The sidebar follows the selected tab: give it a moment to list this thread's mentions.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const threadPath = join(outDir, `${name}-thread.png`);
        const sidebarPath = join(outDir, `${name}-sidebar.png`);
        await page.screenshot({ path: threadPath });
        writeFileSync(sidebarPath, await sidebarSnapshot(keel.browser));
        saved.push(threadPath, sidebarPath);
        counts.push(`${name}: ${(await markedIds(page)).length} mentions flagged`);
      }
      console.log(`Keel demo in Firefox (headless: no display found)\n${counts.join('\n')}\n\nScreenshots:\n${saved.join('\n')}`);
      return;
    }
    await pages[0]!.page.bringToFront();
    console.log(
      'Keel is running in Firefox on the Nordlicht Coffee demo threads:\n' +
        THREADS.map((t) => `  ${t.url}`).join('\n') +
        '\nKeel’s sidebar is open beside them (Alt+Shift+K opens and closes it).' +
        '\nClose Firefox or press Ctrl+C to stop.',
    );
    await new Promise<void>((resolve) => {
      process.on('SIGINT', () => resolve());
      keel.browser.on('disconnected', () => resolve());
    });
  } finally {
    await keel.close().catch(() => undefined);
    removeTestPolicies();
  }
}
