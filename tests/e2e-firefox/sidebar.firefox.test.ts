/**
 * Keel's sidebar in Firefox, opened the ways a person opens it: Alt+Shift+K (the manifest's
 * _execute_sidebar_action) and Keel's toolbar button (MV2's browserAction, whose click the
 * background turns into sidebarAction.toggle). The sidebar's page itself runs in the
 * extension's process, which WebDriver BiDi does not expose; its views are the same React
 * code the Chromium suite drives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  ALT,
  clickToolbarButton,
  fixture,
  KEEL_SIDEBAR_ID,
  launchFirefox,
  letter,
  removeTestPolicies,
  SHIFT,
  sidebarState,
  TEST_POLICY,
  writeTestPolicy,
  type KeelFirefox,
} from './harness';

const X_DEMO = 'https://x.com/nordlichtcoffee/status/1790000000000000001';

let keel: KeelFirefox;
let page: Page;

beforeAll(async () => {
  writeTestPolicy(TEST_POLICY);
  keel = await launchFirefox();
  keel.serve(X_DEMO, fixture('demo/x-thread.html'));
  page = await keel.open(X_DEMO);
  // Keel has read the page: the tab the sidebar will show is Keel's.
  await page.waitForSelector('[data-keel-mention]', { timeout: 20_000 });
});

afterAll(async () => {
  await keel?.close();
  removeTestPolicies();
});

const isKeel = (s: { open: boolean; id: string; url: string }) => s.open && s.id === KEEL_SIDEBAR_ID && /^moz-extension:\/\/[^/]+\/sidepanel\.html$/.test(s.url);

describe('Keel’s sidebar in Firefox', () => {
  it('Alt+Shift+K opens it on Keel’s panel page, and closes it again', async () => {
    expect((await sidebarState(keel.browser)).open).toBe(false);
    await keel.pressShortcut(page, [ALT, SHIFT, letter('k')]);
    await expect.poll(async () => isKeel(await sidebarState(keel.browser)), { timeout: 10_000 }).toBe(true);
    await keel.pressShortcut(page, [ALT, SHIFT, letter('k')]);
    await expect.poll(async () => (await sidebarState(keel.browser)).open, { timeout: 10_000 }).toBe(false);
  });

  it('the toolbar button opens it, and closes it again', async () => {
    await page.bringToFront();
    await clickToolbarButton(keel.browser);
    await expect.poll(async () => isKeel(await sidebarState(keel.browser)), { timeout: 10_000 }).toBe(true);
    await clickToolbarButton(keel.browser);
    await expect.poll(async () => (await sidebarState(keel.browser)).open, { timeout: 10_000 }).toBe(false);
  });
});
