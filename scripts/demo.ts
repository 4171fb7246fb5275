/**
 * `npm run demo`: Keel on a Nordlicht Coffee reply thread. Builds the extension
 * (the npm script does), starts Chromium with it, serves the demo threads at
 * their real x.com / facebook.com / instagram.com URLs and opens Keel's panel
 * beside the X thread. With no display it runs headless and saves screenshots.
 * `--browser firefox` runs the Firefox add-on in Firefox instead (scripts/demo-firefox.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, ROOT, fixture, launchKeel, liveXThread } from '../tests/e2e/harness';

const THREADS = [
  { name: 'x', url: 'https://x.com/nordlichtcoffee/status/1790000000000000001', file: 'demo/x-thread.html' },
  { name: 'facebook', url: 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordlichtDemo', file: 'demo/facebook-thread.html' },
  { name: 'instagram', url: 'https://www.instagram.com/p/NordlichtDemo/', file: 'demo/instagram-thread.html' },
].filter((t) => existsSync(join(ROOT, 'tests/fixtures', t.file)));

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

async function waitForMentions(page: Page) {
  try {
    await page.waitForSelector('[data-keel-mention]', { state: 'attached', timeout: 15_000 });
  } catch {
    throw new Error(`Keel flagged no mention on ${page.url()} within 15 s.`);
  }
}

async function main() {
  // `npm run demo -- --browser firefox`: the Firefox add-on in Firefox (scripts/demo-firefox.ts).
  const browserArg = process.argv.indexOf('--browser');
  if (browserArg >= 0 && process.argv[browserArg + 1] === 'firefox') {
    const { firefoxDemo } = await import('./demo-firefox');
    return firefoxDemo(headless);
  }
  const keel = await launchKeel({ headless });
  await keel.saveSettings(DEMO_SETTINGS);
  // The X thread's reply composer is the real Draft.js editor, so insertion can be tried.
  for (const t of THREADS) keel.serve(t.url, t.name === 'x' ? await liveXThread() : fixture(t.file));

  const pages: Array<{ name: string; page: Page; panel: Page }> = [];
  for (const t of THREADS) {
    const page = await keel.open(t.url);
    await waitForMentions(page);
    const panel = await keel.openPanel(page);
    await panel.setViewportSize({ width: 420, height: 900 });
    pages.push({ name: t.name, page, panel });
  }
  const first = pages[0];
  if (!first) throw new Error('No demo thread found in tests/fixtures/demo.');

  // Select the riskiest mention so the panel shows why, and open its reply guidance.
  for (const { panel } of pages) {
    const top = panel.locator('.mentions > li').first();
    await top.locator('.mention-main').waitFor({ timeout: 15_000 });
    await top.locator('.mention-main').click();
  }

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    const saved: string[] = [];
    for (const { name, page, panel } of pages) {
      // A background tab paints nothing in headless Chromium: bring each to the front first.
      await page.bringToFront();
      await page.waitForTimeout(600);
      const pagePath = join(outDir, `${name}-thread.png`);
      const panelPath = join(outDir, `${name}-panel.png`);
      await page.screenshot({ path: pagePath });
      await panel.bringToFront();
      await panel.screenshot({ path: panelPath, fullPage: true });
      saved.push(pagePath, panelPath);
    }
    // One picture of Keel at work: the X thread with the panel beside it, then the reply view.
    const x = pages[0]!;
    const queueShot = await x.panel.screenshot();
    await x.panel.locator('.mentions > li').first().getByRole('button', { name: /^Reply:/ }).click();
    await x.panel.waitForTimeout(400);
    const replyShot = await x.panel.screenshot();
    await x.page.bringToFront();
    const threadShot = await x.page.screenshot();
    const composite = await keel.context.newPage();
    await composite.setViewportSize({ width: 1100 + 420 * 2, height: 900 });
    const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}" style="display:block">`;
    await composite.setContent(`<body style="margin:0;display:flex;background:#111">${img(threadShot)}${img(queueShot)}${img(replyShot)}</body>`);
    const overview = join(outDir, 'keel-overview.png');
    await composite.screenshot({ path: overview });
    saved.unshift(overview);
    const counts = await Promise.all(pages.map(async ({ name, page }) => `${name}: ${await page.locator('[data-keel-mention]').count()} mentions flagged`));
    console.log(`Keel demo (headless: no display found)\n${counts.join('\n')}\n\nScreenshots:\n${saved.join('\n')}`);
    await keel.close();
    return;
  }

  await first.page.bringToFront();
  console.log(
    'Keel is running on the Nordlicht Coffee demo threads.\n' +
      THREADS.map((t) => `  ${t.url}`).join('\n') +
      `\nKeel's panel for each thread is open in the tab beside it (chrome-extension://${keel.extensionId}/sidepanel.html?tabId=…);` +
      '\nthe toolbar button opens the real side panel. Press Ctrl+C to stop.',
  );
  await new Promise<void>((resolve) => {
    process.on('SIGINT', () => resolve());
    keel.context.on('close', () => resolve());
  });
  await keel.close().catch(() => undefined);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
