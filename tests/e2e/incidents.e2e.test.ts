/**
 * The incident record in Chromium, as a community manager keeps it on the demo X thread:
 * tick two risky replies in the Queue, open an incident from them, answer one with an
 * approved template through the usual reply flow, record a keep decision with its reason,
 * escalate to a crisis team member, add a note and resolve it. The timeline then reads
 * back each step in order with who did it, beside the snapshots of the two posts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, type Keel } from './harness';
import { approveInReview, insertTopSuggestion, openDemoThread } from './reply-helpers';

/** The English glass-shard report in the Cold Brew. */
const GLASS = 'x:/benharris_mcr/status/1790017616073457677';
/** The German safety claim ("Allergische Reaktion nach dem neuen Polarstern …"). */
const GERMAN_SAFETY = 'x:/anna_bckr/status/1790019629339377678';

let keel: Keel;
let page: Page;
let panel: Page;

beforeAll(async () => {
  ({ keel, page, panel } = await openDemoThread());
  await keel.saveSettings({
    ...DEMO_SETTINGS,
    team: {
      members: [{ role: 'legal', name: 'Jonas Weber', contact: '+49 30 1234567' }],
      readiness: { monitoringSetUp: false, lastDrill: null },
    },
  });
  await approveInReview(panel, 'Mia Berger', 'English', 'Product defect or safety');
}, 120_000);

afterAll(async () => {
  await keel?.close();
});

const card = (id: string) => panel.locator(`.mentions > li[data-mention-id="${id}"]`);
const detail = () => panel.locator('article.incident-detail');
const timelineKinds = () => detail().locator('.incident-log > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));

describe('incident record', () => {
  it('opens an incident from two mentions ticked in the Queue, with their snapshots as evidence', async () => {
    await panel.getByRole('button', { name: 'Queue' }).click();
    await card(GLASS).getByRole('checkbox').check();
    await card(GERMAN_SAFETY).getByRole('checkbox').check();
    await panel.getByRole('button', { name: 'Open incident from 2 mentions' }).click();
    const bar = panel.getByRole('region', { name: '2 selected' });
    await bar.getByLabel('Title').fill('Cold Brew: glass and allergy reports');
    await bar.getByRole('button', { name: 'Open incident', exact: true }).click();

    await detail().waitFor();
    await expect.poll(() => detail().locator('.evidence > li').count()).toBe(2);
    const evidence = (await detail().locator('.evidence').textContent()) ?? '';
    expect(evidence).toContain('Found a glass shard');
    expect(evidence).toContain('@benharris_mcr');
    expect(evidence).toContain('@anna_bckr');
    expect(evidence).toContain('https://x.com/benharris_mcr/status/1790017616073457677');
    expect(await timelineKinds()).toEqual(['opened', 'mention-added', 'mention-added']);
  });

  it('logs a reply inserted through the reply flow with its template and version', async () => {
    await insertTopSuggestion(panel, GLASS);
    await page.locator('[data-testid="app-bar-close"]').click();

    await panel.getByRole('button', { name: 'Incidents' }).click();
    await expect.poll(timelineKinds).toEqual(['opened', 'mention-added', 'mention-added', 'reply-inserted']);
    const reply = detail().locator('.incident-log > li[data-kind="reply-inserted"]');
    expect(await reply.textContent()).toMatch(/template “.+” version \d+, inserted/);
    expect(await reply.textContent()).toContain('@benharris_mcr');
    expect(await reply.textContent()).toContain('by Mia');
  });

  it('records a keep decision, an escalation to the team, a note and the resolution, in order', async () => {
    const decision = detail().getByRole('form', { name: 'Delete, keep or hide a post' });
    await decision.getByLabel(/Screenshots of the post already exist/).check();
    await expect.poll(() => decision.locator('.recommendation').textContent()).toBe('The guide recommends: Keep');
    await decision.getByLabel('Reason').fill('Screenshots are out; we answer and recall the batch');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => detail().locator('.incident-log > li[data-kind="decision"]').count()).toBe(1);

    const escalation = detail().getByRole('form', { name: 'Escalate to someone' });
    await escalation.getByLabel('From the crisis team').selectOption({ label: 'Jonas Weber — legal' });
    await escalation.getByRole('button', { name: 'Record escalation' }).click();
    await expect.poll(() => detail().locator('.incident-log > li[data-kind="escalation"]').count()).toBe(1);

    await detail().getByLabel('Note').fill('Batch 42 pulled from shelves');
    await detail().getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => detail().locator('.incident-log > li[data-kind="note"]').count()).toBe(1);

    await detail().getByLabel('New status').selectOption({ label: 'resolved' });
    await detail().getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => detail().getAttribute('data-status')).toBe('resolved');

    expect(await timelineKinds()).toEqual([
      'opened', 'mention-added', 'mention-added', 'reply-inserted', 'decision', 'escalation', 'note', 'status-changed',
    ]);
    const items = detail().locator('.incident-log > li');
    expect(await items.nth(4).textContent()).toContain('Keep');
    expect(await items.nth(4).textContent()).toContain('Screenshots are out; we answer and recall the batch');
    expect(await items.nth(5).textContent()).toContain('to Jonas Weber (legal) · phone · +49 30 1234567');
    expect(await items.nth(6).textContent()).toContain('Batch 42 pulled from shelves');
    expect(await items.nth(7).textContent()).toContain('detected → resolved');
    for (let i = 0; i < 8; i++) expect(await items.nth(i).textContent()).toContain('by Mia');
    // The figures: a first response was made.
    expect(await detail().locator('.first-response strong').textContent()).toMatch(/\d+ (min|h|d)/);
    // The evidence is as it was when linked.
    expect(await detail().locator('.evidence').textContent()).toContain('Found a glass shard');

    // The list shows it resolved.
    await detail().getByRole('button', { name: /All incidents/ }).click();
    const row = panel.getByRole('list', { name: 'Incident log' }).locator(':scope > li').first();
    expect(await row.getAttribute('data-status')).toBe('resolved');
    expect(await row.textContent()).toContain('2 mentions');
  });
});
