/**
 * Back up everything / Restore in Chromium, the way a person moves Keel to a new browser:
 * settings saved and a mention escalated from the demo thread, "Back up everything" saves a
 * file (a real download), a fresh profile restores it through the file chooser after the
 * confirmation, and the incident and the brand profile are there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';
import { listedIds, markedIds } from './sites-helpers';

const X_THREAD = 'https://x.com/nordlichtcoffee/status/1795000000000000007';
const dir = mkdtempSync(join(tmpdir(), 'keel-backup-e2e-'));
const opened: Keel[] = [];

afterAll(async () => {
  for (const keel of opened) await keel.close();
  rmSync(dir, { recursive: true, force: true });
});

async function settingsOf(panel: Page) {
  await panel.getByRole('button', { name: 'Settings' }).click();
  return panel.getByRole('region', { name: 'Backup' });
}

describe('Back up everything and restore in a fresh profile', () => {
  it('carries settings and an escalated mention across', { timeout: 180_000 }, async () => {
    const source = await launchKeel();
    opened.push(source);
    await source.saveSettings(DEMO_SETTINGS);
    source.serve(X_THREAD, fixture('x/reply-thread.en.html'));
    const page = await source.open(X_THREAD);
    const panel = await source.openPanel(page);
    await expect.poll(async () => (await listedIds(panel)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const mentionId = (await listedIds(panel))[0]!;
    await panel.locator(`li.mention[data-mention-id="${mentionId}"] .mention-actions button`).last().click();
    await panel.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Escalate' }).click();
    await expect.poll(() => panel.locator('.mention-summary').getAttribute('data-status')).toBe('escalated');

    const backup = await settingsOf(panel);
    const [download] = await Promise.all([panel.waitForEvent('download'), backup.getByRole('button', { name: 'Back up everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^keel-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ keel: 'backup', format: 1 });
    expect(saved.tables.incidents).toHaveLength(1);
    const title: string = saved.tables.incidents[0].title;
    expect(saved.tables.mentions.find((m: { id: string }) => m.id === mentionId)).toMatchObject({ status: 'escalated' });
    await source.close();
    opened.pop();

    const fresh = await launchKeel();
    opened.push(fresh);
    const restorePanel = await fresh.context.newPage();
    await restorePanel.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html`);
    const restore = await settingsOf(restorePanel);
    await expect.poll(() => restorePanel.getByLabel('Brand names').inputValue()).toBe('');
    const [chooser] = await Promise.all([restorePanel.waitForEvent('filechooser'), restore.getByRole('button', { name: 'Restore from backup' }).click()]);
    await chooser.setFiles(file);
    const dialog = restore.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toMatch(/^This replaces 0 incidents, 0 mentions, \d+ templates and \d+ playbooks stored now with the backup’s 1 incidents, \d+ mentions/);
    await dialog.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect.poll(() => restore.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Restored: 1 incidents, \d+ mentions/);
    await expect.poll(() => restorePanel.getByLabel('Brand names').inputValue()).toBe(DEMO_SETTINGS.brand.names.join('\n'));

    await restorePanel.getByRole('button', { name: 'Incidents' }).click();
    await expect.poll(() => restorePanel.getByRole('region', { name: 'Incident log' }).textContent()).toContain(title);

    // Content scripts work with the restored brand profile: the demo thread's posts are marked.
    fresh.serve(X_THREAD, fixture('x/reply-thread.en.html'));
    const again = await fresh.open(X_THREAD);
    await expect.poll(() => markedIds(again), { timeout: 20_000 }).toContain(mentionId);
  });
});
