/**
 * Managed settings in Chromium: an organisation's policy file in /etc/chromium/policies/managed
 * gives Keel a brand profile (storage.managed), which Settings shows locked and the content
 * scripts match with; an invalid policy is reported and applies not at all.
 *
 * The policy file is machine-wide and other browser tests load the same build, so this test
 * loads its own copy of the build from a fresh directory: another path is another extension id,
 * and the policy names only that id. Writing to /etc needs root (as on CI); otherwise the test
 * is skipped and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, fixture, launchKeel, type Keel } from './harness';
import { markedIds } from './sites-helpers';
import { DEFAULT_SETTINGS } from '../../lib/schema';

const POLICY_DIR = '/etc/chromium/policies/managed';
/** Every policy file this test writes starts so; a stale one from an interrupted run is removed at start. */
const FILE_PREFIX = 'keel-e2e-managed-';
const ORGANISATION = 'Nordlicht Test GmbH';
const X_DEMO = 'https://x.com/nordlichtcoffee/status/1790000000000000001';

const isRoot = process.getuid?.() === 0;
const SKIP_REASON = 'skipped: writing a Chromium policy to /etc/chromium/policies/managed needs root';

/** The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 of its absolute path, as letters a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(c, 16))).join('');
}

function removeTestPolicies(): void {
  if (!existsSync(POLICY_DIR)) return;
  for (const file of readdirSync(POLICY_DIR)) if (file.startsWith(FILE_PREFIX)) rmSync(join(POLICY_DIR, file), { force: true });
}

function writePolicy(extensionId: string, managed: unknown): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = { '3rdparty': { extensions: { [extensionId]: managed } } };
  writeFileSync(join(POLICY_DIR, `${FILE_PREFIX}${extensionId}.json`), JSON.stringify(policy, null, 2));
}

/** The brand term only the policy names: the person's own profile has a term the page never mentions. */
const VALID = {
  managedBy: ORGANISATION,
  brand: { products: ['Polarstern'] },
  agentName: 'Nordlicht Team',
};
const INVALID = { managedBy: ORGANISATION, brand: { products: ['Polarstern'], handles: ['@ok', '@fine', 'not a handle'] } };

async function openSettings(keel: Keel, page: Page): Promise<Page> {
  const panel = await keel.openPanel(page);
  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByRole('region', { name: 'Brand profile' }).waitFor();
  return panel;
}

describe.skipIf(!isRoot)('managed settings by Chromium policy', () => {
  let keel: Keel;
  let copy: string;
  let extensionId: string;

  beforeAll(async () => {
    removeTestPolicies();
    copy = mkdtempSync(join(tmpdir(), 'keel-managed-ext-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    extensionId = unpackedExtensionId(copy);
    writePolicy(extensionId, VALID);
    keel = await launchKeel({ extensionDir: copy });
    // The id the policy names must be the one Chromium gave this copy (the service worker's host).
    expect(keel.extensionId).toBe(extensionId);
    expect(JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')).storage).toEqual({ managed_schema: 'managed-schema.json' });
    // The person's own profile: a term the page does not contain.
    await keel.saveSettings({ ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Fjordlys'] }, agentName: 'Mia', uiLanguage: 'en' });
    keel.serve(X_DEMO, fixture('demo/x-thread.html'));
  });

  afterAll(async () => {
    removeTestPolicies();
    await keel?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('Chromium hands the policy to Keel as storage.managed', async () => {
    await expect.poll(() => keel.worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 20_000 }).toEqual(VALID);
  });

  it('Settings shows the managed brand terms locked, with who manages them; the page marks a mention of a managed-only term', async () => {
    const page = await keel.open(X_DEMO);
    const panel = await openSettings(keel, page);
    const view = panel.getByRole('region', { name: 'Brand profile' });
    await expect.poll(() => view.getByRole('status').first().textContent()).toContain(`Managed by ${ORGANISATION}.`);
    await expect.poll(() => view.getByRole('list', { name: 'Products, managed' }).textContent()).toBe('Polarstern');
    expect(await view.getByLabel('Brand names').inputValue()).toBe('Fjordlys');
    expect(await view.getByLabel('Your name (signs replies)').inputValue()).toBe('Nordlicht Team');
    expect(await view.getByLabel('Your name (signs replies)').getAttribute('readonly')).not.toBeNull();

    // Only posts naming Polarstern are mentions: the term comes from the policy alone.
    await expect.poll(() => markedIds(page), { timeout: 15_000 }).not.toEqual([]);
    const markedTexts = await page.locator('[data-keel-mention]').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    for (const text of markedTexts) expect(text).toMatch(/Polarstern/);
    await panel.close();
    await page.close();
  });

  it('an invalid policy is reported in Settings with the wrong field, and none of it applies', async () => {
    writePolicy(extensionId, INVALID);
    // Chromium notices the changed policy file by itself; Keel hears of it through storage.onChanged.
    await expect.poll(() => keel.worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 45_000, interval: 1000 }).toEqual(INVALID);
    const page = await keel.open(X_DEMO);
    const panel = await openSettings(keel, page);
    const view = panel.getByRole('region', { name: 'Brand profile' });
    const alert = view.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Your organisation’s policy for Keel could not be applied:');
    expect(await alert.textContent()).toContain('brand.handles[2]: must be a handle such as @nordlichtcoffee (got "not a handle")');
    expect(await view.getByRole('list', { name: 'Products, managed' }).count()).toBe(0);
    expect(await view.getByLabel('Your name (signs replies)').inputValue()).toBe('Mia');
    // Nothing of the policy is matched: the page has no mention of the person's own term.
    await page.waitForTimeout(1500);
    expect(await markedIds(page)).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe.skipIf(isRoot)('managed settings by Chromium policy', () => {
  it.skip(SKIP_REASON, () => {});
});
