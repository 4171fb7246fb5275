/**
 * Approving starter templates in the built extension the way a person does it:
 * in the Templates view's first-run review, with their name, one crisis type
 * in one language at a time.
 */
import type { Page } from 'playwright-core';

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
