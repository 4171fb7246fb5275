/**
 * The reply workflow on the demo thread, in Chromium, as a community manager
 * does it: pick a risky reply, read the playbook step, choose an approved
 * template in the reply's language, watch the tone check while editing, insert
 * in one click into X's real Draft.js composer. Keel never sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { approveInReview, openDemoThread, openReplyFor, pickNextUpdate } from './reply-helpers';
import type { Keel } from './harness';

/** The German safety claim ("Allergische Reaktion nach dem neuen Polarstern …"). */
const GERMAN_SAFETY = 'x:/anna_bckr/status/1790019629339377678';
/** The English glass-shard report in the Cold Brew. */
const GLASS = 'x:/benharris_mcr/status/1790017616073457677';

let keel: Keel;
let page: Page;
let panel: Page;

beforeAll(async () => {
  ({ keel, page, panel } = await openDemoThread());
  // Starter templates ship as drafts: a person approves the ones these replies need first.
  await approveInReview(panel, 'Mia Berger', 'German', 'Product defect or safety');
  await approveInReview(panel, 'Mia Berger', 'English', 'Product defect or safety');
});

afterAll(async () => {
  await keel?.close();
});

const openReply = (id: string) => openReplyFor(panel, id);

describe('reply workflow', () => {
  it('shows the playbook step for the crisis type and risk of the selected reply', async () => {
    await openReply(GLASS);
    const mainText = async () => (await panel.locator('main').textContent()) ?? '';
    // A safety report: the product-defect playbook; at high risk the respond phase, escalation first.
    await expect.poll(() => panel.getByLabel('Crisis type').first().inputValue()).toBe('product-defect');
    await expect.poll(mainText).toMatch(/Phase: Respond/i);
    const text = await mainText();
    expect(text).toContain('Found a glass shard');
    expect(text).toMatch(/Escalate/i);
    expect(text).toMatch(/Delete our own post\?/);
  });

  it('offers approved templates in the reply’s language and inserts one into X’s composer in one click', async () => {
    await openReply(GERMAN_SAFETY);
    await pickNextUpdate(panel);
    const suggestions = panel.getByRole('list', { name: 'Suggested templates' }).locator(':scope > li');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    const first = suggestions.first();
    const suggested = (await first.textContent()) ?? '';
    // German: the template speaks German and is addressed to the author, signed by the agent.
    expect(suggested).toMatch(/\b(Sie|wir|uns|Ihnen|dir|du)\b/);
    expect(suggested).toContain('@anna_bckr');
    expect(suggested).toContain('Mia');
    await first.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => panel.getByText('Inserted', { exact: false }).count()).toBeGreaterThan(0);

    // The reply dialog for that post opened, and Draft.js holds the text in its own state:
    // X's Reply button (enabled by React state) is enabled. Keel did not send.
    const dialog = page.locator('[role="dialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const box = dialog.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => box.innerText()).toContain('@anna_bckr');
    expect(await box.innerText()).toContain('Mia');
    expect(await dialog.locator('[data-testid="tweetButton"]').isEnabled()).toBe(true);
    expect(await dialog.locator('a[href*="/status/1790019629339377678"]').count()).toBe(1);

    // The queue shows the mention as replied, with the time to first reply.
    await panel.getByRole('button', { name: 'Queue' }).click();
    await expect.poll(() => panel.locator(`.mentions > li[data-mention-id="${GERMAN_SAFETY}"]`).getAttribute('data-status')).toBe('replied');
    await page.locator('[data-testid="app-bar-close"]').click();
  });

  it('checks the tone live while the person edits, then inserts the edited draft', async () => {
    await openReply(GLASS);
    await pickNextUpdate(panel);
    const suggestions = panel.getByRole('list', { name: 'Suggested templates' }).locator(':scope > li');
    await suggestions.first().getByRole('button', { name: 'Use', exact: true }).click();
    const draft = panel.getByLabel('Your reply');
    await expect.poll(() => draft.inputValue()).toContain('@benharris_mcr');
    const tone = panel.getByRole('list', { name: 'Tone check' });
    const base = await draft.inputValue();

    await draft.fill(`${base}\nYou misunderstood our Cold Brew instructions though.`);
    await expect.poll(async () => (await tone.textContent()) ?? '').toMatch(/misunderstood/);
    await draft.fill(base.replace(/\s*$/, ''));
    await expect.poll(async () => ((await tone.count()) === 0 ? '' : (await tone.textContent()) ?? '')).not.toMatch(/misunderstood/);

    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => panel.getByText('Inserted', { exact: false }).count()).toBeGreaterThan(0);
    const box = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await expect.poll(() => box.innerText()).toContain('@benharris_mcr');
    // Line breaks survive: the draft's lines are separate blocks in Draft.js.
    const lines = base.split('\n').filter((l) => l.trim()).length;
    expect(await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"] [data-block="true"]').count()).toBeGreaterThanOrEqual(lines);

    // The tone check follows what the person then types in X's own reply box.
    await panel.getByRole('button', { name: 'Check what is in the reply box' }).click();
    await expect.poll(() => panel.getByRole('heading', { name: 'In the reply box' }).count()).toBe(1);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Actually, that is not true.');
    const inBox = panel.getByRole('list', { name: 'In the reply box' });
    await expect.poll(async () => ((await inBox.count()) ? (await inBox.textContent()) ?? '' : ''), { timeout: 10_000 }).toMatch(/not true|Actually/i);
  });
});
