/**
 * Safety of reply templates in the built extension, on the demo X thread: a
 * fresh install inserts no template in one click until a person approves it
 * in the first-run review, and {date} is the update time the person picks,
 * never today's date; the incident then shows when that update is due.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatUpdateTime, toDateTimeLocal } from '../../lib/incidents/next-update';
import { approveInReview, openDemoThread, openReplyFor, pickNextUpdate } from './reply-helpers';
import type { Keel } from './harness';

/** The English glass-shard report in the Cold Brew. */
const GLASS = 'x:/benharris_mcr/status/1790017616073457677';

let keel: Keel;
let page: Page;
let panel: Page;

beforeAll(async () => {
  ({ keel, page, panel } = await openDemoThread());
});

afterAll(async () => {
  await keel?.close();
});

const openReply = (id: string) => openReplyFor(panel, id);

const suggestions = () => panel.getByRole('list', { name: 'Suggested templates' }).locator(':scope > li');
const insertIntoReply = () => panel.getByRole('button', { name: 'Insert into reply' });
const replyBox = () => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');

describe('template approval and promised update times', () => {
  it('a fresh install inserts no template in one click until a person approves it', async () => {
    await openReply(GLASS);
    await expect.poll(() => suggestions().count()).toBeGreaterThan(0);
    await pickNextUpdate(panel);
    // Every suggestion is a draft: Insert is off, even with every variable filled.
    for (const item of await suggestions().all()) {
      expect(await item.getAttribute('data-status')).toBe('draft');
      expect(await item.getByRole('button', { name: 'Insert', exact: true }).isDisabled()).toBe(true);
    }
    // Copied into the editor unedited, it still does not go in.
    await suggestions().first().getByRole('button', { name: 'Use', exact: true }).click();
    await expect.poll(() => panel.getByLabel('Your reply').inputValue()).toContain('@benharris_mcr');
    expect(await insertIntoReply().isDisabled()).toBe(true);
    expect(await panel.locator('[data-kind="unapproved-template"]').textContent()).toMatch(/unapproved template/);

    // A person reviews the English product-defect templates and approves them with their name.
    await approveInReview(panel, 'Maja Nowak', 'English', 'Product defect or safety');
    const approvedLine = panel.locator('.template-list li[data-template^="keel-product-defect-en-"] .approved-by').first();
    await expect.poll(() => approvedLine.textContent()).toMatch(/^Approved by Maja Nowak, /);

    await openReply(GLASS);
    await pickNextUpdate(panel);
    const first = suggestions().first();
    await expect.poll(() => first.getAttribute('data-status')).toBe('approved');
    const text = ((await first.locator('.suggestion-text').textContent()) ?? '').trim();
    expect(text).not.toMatch(/\{\w+\}/);
    await first.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => panel.getByText('Inserted', { exact: false }).count()).toBeGreaterThan(0);
    // X's own reply box reads back the text; Keel did not send.
    await expect.poll(() => replyBox().innerText()).toContain('@benharris_mcr');
    const boxText = (await replyBox().innerText()).replace(/\s+/g, ' ').trim();
    expect(boxText).toBe(text.replace(/\s+/g, ' '));
    await page.locator('[data-testid="app-bar-close"]').click();
  });

  it('a holding statement carries the chosen update time, not today’s date, and the incident shows it due', async () => {
    await openReply(GLASS);
    // Escalated: the mention joins an incident, which will record the promise.
    await panel.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Escalate' }).click();
    await expect.poll(() => panel.locator('.mention-summary').getAttribute('data-status')).toBe('escalated');

    const useHolding = panel.getByRole('button', { name: 'Use the holding statement as draft' });
    await useHolding.click();
    const draft = panel.getByLabel('Your reply');
    // No time picked: {date} stays, and the draft cannot go in.
    await expect.poll(() => draft.inputValue()).toContain('{date}');
    expect(await insertIntoReply().isDisabled()).toBe(true);

    const at = new Date();
    at.setDate(at.getDate() + 3);
    at.setHours(15, 30, 0, 0);
    await panel.getByLabel('Other time').fill(toDateTimeLocal(at.getTime()));
    const said = formatUpdateTime(at.getTime(), 'en');
    await expect.poll(() => panel.locator('.next-update-picked').textContent()).toContain(said);
    await useHolding.click();
    await expect.poll(() => draft.inputValue()).toContain(`by ${said}`);
    const value = await draft.inputValue();
    expect(value).not.toContain('{date}');
    expect(value).not.toContain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(Date.now()));
    expect(value).toMatch(/\d{1,2} [A-Z][a-z]{2}, 15:30/);

    await insertIntoReply().click();
    await expect.poll(() => panel.getByText('Inserted', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => replyBox().innerText()).toContain(said);
    await page.locator('[data-testid="app-bar-close"]').click();

    await panel.getByRole('button', { name: 'Incidents', exact: true }).click();
    const due = panel.locator('.incident .next-update-due').first();
    await expect.poll(() => due.textContent()).toBe(`Next update due ${new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short' }).format(at)}`);
    expect(await due.getAttribute('data-overdue')).toBe('false');
  });
});
