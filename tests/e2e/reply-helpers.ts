/**
 * The reply workflow on the demo X thread in the built extension: opening it
 * with a live composer, opening a mention's Reply view, approving starter
 * templates the way a person does it (in the Templates view's first-run
 * review, with their name, one crisis type in one language at a time), and
 * picking the next update a reply promises.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, launchKeel, liveXThread, type Keel } from './harness';

export const DEMO_THREAD = 'https://x.com/nordlichtcoffee/status/1790000000000000001';

/** A fresh install with the demo settings, the demo X thread open with its live composer, and Keel's panel beside it. */
export async function openDemoThread(options: { extensionDir?: string } = {}): Promise<{ keel: Keel; page: Page; panel: Page }> {
  const keel = await launchKeel(options);
  await keel.saveSettings(DEMO_SETTINGS);
  keel.serve(DEMO_THREAD, await liveXThread());
  const page = await keel.open(DEMO_THREAD);
  await page.waitForSelector('[data-keel-mention]');
  await page.waitForSelector('[data-testid="tweetTextarea_0"][contenteditable="true"]');
  const panel = await keel.openPanel(page);
  await panel.waitForSelector('.mentions > li');
  return { keel, page, panel };
}

/** Opens the Reply view for a mention from the Queue and waits for its playbook. */
export async function openReplyFor(panel: Page, mentionId: string): Promise<void> {
  await panel.getByRole('button', { name: 'Queue' }).click();
  await panel.locator(`.mentions > li[data-mention-id="${mentionId}"]`).getByRole('button', { name: /^Reply:/ }).click();
  await panel.getByRole('heading', { name: 'Playbook' }).first().waitFor();
}

export async function approveInReview(panel: Page, approver: string, language: string, crisisType: string): Promise<void> {
  await panel.getByRole('button', { name: 'Templates', exact: true }).click();
  const review = panel.getByRole('region', { name: 'Review the starter templates' });
  await review.getByLabel('Your name (recorded as the approver)').fill(approver);
  await review.getByLabel('Language to review').selectOption({ label: language });
  const group = review.getByRole('region', { name: crisisType, exact: true });
  const button = group.getByRole('button', { name: /^Approve all/ });
  const count = Number(/\d+/.exec((await button.textContent()) ?? '')?.[0] ?? 0);
  if (count === 0) throw new Error(`No ${language} "${crisisType}" starter templates to approve.`);
  await button.click();
  // Usable in beforeAll too, where expect.poll is not: wait for the panel's confirmation.
  await review.getByRole('status').filter({ hasText: `Approved by ${approver}: ${count} templates.` }).waitFor({ timeout: 10_000 });
}

/** Picks "in 2 hours" as the next update a reply promises ({date}); returns the time as the reply will say it. */
export async function pickNextUpdate(panel: Page, choice: RegExp = /^In 2 hours/): Promise<string> {
  const picker = panel.getByRole('group', { name: 'Next update by' });
  const button = picker.getByRole('button', { name: choice });
  await button.click();
  const label = (await button.textContent()) ?? '';
  return /\((.+)\)$/.exec(label)?.[1] ?? '';
}

/**
 * Answers a mention through the Reply view as a person does: a next-update time, the top
 * suggested approved template inserted into the page's reply box, the reply dialog is left open for the page to show.
 */
export async function insertTopSuggestion(panel: Page, mentionId: string): Promise<void> {
  await openReplyFor(panel, mentionId);
  await pickNextUpdate(panel);
  const suggestions = panel.getByRole('list', { name: 'Suggested templates' }).locator(':scope > li');
  await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
  await suggestions.first().getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => panel.getByText('Inserted', { exact: false }).count()).toBeGreaterThan(0);
}
