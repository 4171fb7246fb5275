/**
 * The playbook editor in Chromium: a step of the employee-misconduct playbook is edited
 * and saved as a draft, the difference is shown, the panel keeps showing the approved
 * step; once a named person approves the draft, the panel's playbook step for a mention
 * of that crisis type on the demo thread is the new text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, launchKeel, liveXThread, type Keel } from './harness';

const THREAD = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
/** "your barista Tomasz in Hamburg was rude to me and my kids yesterday": employee misconduct. */
const STAFF = 'x:/hannahm_travels/status/1790021642605297679';
const NEW_TEXT = 'Phone HR and the crisis lead before any public word about the employee.';

let keel: Keel;
let panel: Page;

beforeAll(async () => {
  keel = await launchKeel();
  await keel.saveSettings(DEMO_SETTINGS);
  keel.serve(THREAD, await liveXThread());
  const page = await keel.open(THREAD);
  await page.waitForSelector('[data-keel-mention]');
  panel = await keel.openPanel(page);
  await panel.waitForSelector('.mentions > li');
});

afterAll(async () => {
  await keel?.close();
});

/** The text of the first step the panel marks for the staff complaint, in the phase its risk level opens. */
async function firstPanelStep(): Promise<string> {
  await panel.getByRole('button', { name: 'Queue' }).click();
  await panel.locator(`.mentions > li[data-mention-id="${STAFF}"]`).getByRole('button', { name: /^Reply:/ }).click();
  await expect.poll(() => panel.getByLabel('Crisis type').first().inputValue()).toBe('employee-misconduct');
  const step = panel.locator('details.playbook-phase[open] .checklist > li').first();
  await expect.poll(() => step.count()).toBe(1);
  return (await step.textContent()) ?? '';
}

describe('playbook editor', () => {
  it('edits a step, saves a draft, shows the difference, and after approval the panel shows the new step', async () => {
    const before = await firstPanelStep();
    expect(before).not.toContain(NEW_TEXT);

    await panel.getByRole('button', { name: 'Playbooks', exact: true }).click();
    await panel.getByLabel('Crisis type').selectOption('employee-misconduct');
    const item = panel.locator('.playbook-item[data-playbook="keel-employee-misconduct-en"]');
    await item.getByRole('button', { name: 'Edit' }).click();
    const form = panel.locator('form.playbook-editor');
    await form.waitFor();
    // The step the panel showed first: find its text box by what it says.
    const boxes = form.locator('.step-fields textarea');
    const index = await boxes.evaluateAll((els, shown) => els.findIndex((e) => (e as HTMLTextAreaElement).value && shown.includes((e as HTMLTextAreaElement).value)), before);
    expect(index).toBeGreaterThanOrEqual(0);
    const oldText = await boxes.nth(index).inputValue();
    await boxes.nth(index).fill(NEW_TEXT);
    await expect.poll(() => form.getByLabel('Your name').inputValue()).toBe('Mia');
    await form.getByLabel('What changed and why').fill('HR and the lead are called, not mailed');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('version 2, draft');

    const diff = panel.getByRole('region', { name: 'Changes from version 1 to version 2' });
    await diff.waitFor();
    expect(await diff.locator('del').first().textContent()).toBe(oldText);
    expect(await diff.locator('ins').first().textContent()).toBe(NEW_TEXT);
    const draft = panel.locator('.version-item[data-version="2"]');
    expect(await draft.getAttribute('data-status')).toBe('draft');
    expect(await draft.textContent()).toContain('Saved by Mia');
    expect(await panel.locator('.version-item[data-version="1"]').textContent()).toContain('in use');

    // Not approved yet: the panel still shows the approved step.
    expect(await firstPanelStep()).toBe(before);

    await panel.getByRole('button', { name: 'Playbooks', exact: true }).click();
    const drafts = panel.getByRole('region', { name: 'Drafts awaiting approval' });
    await drafts.getByRole('button', { name: 'Review' }).click();
    const version2 = panel.locator('.version-item[data-version="2"]');
    await version2.getByRole('button', { name: 'Approve' }).click();
    await version2.getByLabel('Approver’s name').fill('Anna Berg');
    await version2.getByRole('button', { name: 'Approve this version' }).click();
    await expect.poll(() => version2.getByRole('status').textContent()).toContain('Approved by Anna Berg');
    await expect.poll(() => version2.getAttribute('data-status')).toBe('approved');

    const after = await firstPanelStep();
    expect(after).toContain(NEW_TEXT);
    expect(after).not.toContain(oldText);
  });
});
