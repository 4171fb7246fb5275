/**
 * Playbooks in the panel on the demo thread, in Chromium: a complaint about a
 * member of staff shows the HR fact-check before any apology, and the brand's
 * form of address switches the German and Polish templates between Sie and
 * du, Państwo and ty. Only displayed text is checked; nothing is inserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SETTINGS, launchKeel, liveXThread, type Keel } from './harness';

const THREAD = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
/** "your barista Tomasz in Hamburg was rude to me and my kids yesterday" */
const STAFF = 'x:/hannahm_travels/status/1790021642605297679';
/** "Gilt der neue Preis auch für bestehende Abos bei Nordlicht …?" */
const GERMAN = 'x:/jonas_kr/status/1790003019895537668';
/** "Zamówienie od Nordlicht przyszło uszkodzone, a obsługa klienta nie odpowiada od tygodnia." */
const POLISH = 'x:/michal_z/status/1790042026922737691';

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

async function openReply(id: string) {
  await panel.getByRole('button', { name: 'Queue' }).click();
  await panel.locator(`.mentions > li[data-mention-id="${id}"]`).getByRole('button', { name: /^Reply:/ }).click();
  await expect.poll(() => panel.getByRole('heading', { name: /^Playbook/ }).count()).toBeGreaterThan(0);
}

const suggestedText = async () => {
  const list = panel.getByRole('list', { name: 'Suggested templates' });
  await expect.poll(() => list.locator(':scope > li').count()).toBeGreaterThan(0);
  return (await list.textContent()) ?? '';
};

async function setAddress(de: string, pl: string) {
  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByLabel('Address in German replies').selectOption(de);
  await panel.getByLabel('Address in Polish replies').selectOption(pl);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => panel.getByText('Saved.').count()).toBeGreaterThan(0);
}

describe('playbooks in the panel', () => {
  it('shows the HR fact-check before any apology for a complaint about staff', async () => {
    await openReply(STAFF);
    await expect.poll(() => panel.getByLabel('Crisis type').first().inputValue()).toBe('employee-misconduct');
    const main = panel.locator('main');
    await expect.poll(async () => (await main.textContent()) ?? '').toContain('Check the facts with HR first');
    const text = (await main.textContent()) ?? '';
    const check = text.indexOf('Check the facts with HR first');
    // The open phase shows the fact-check; every apology, in the playbook or a template, comes after it.
    const phase = panel.locator('details.playbook-phase[open]');
    expect(await phase.count()).toBe(1);
    expect((await phase.textContent()) ?? '').toContain('Check the facts with HR first');
    for (const apology of ['apology', 'apologise', 'sorry', 'on behalf of']) {
      const at = text.toLowerCase().indexOf(apology);
      if (at >= 0) expect(at, apology).toBeGreaterThan(check);
    }
    // All four phases are there, and the templates presume nothing.
    expect(await panel.locator('details.playbook-phase').count()).toBe(4);
    const templates = await suggestedText();
    expect(templates).toMatch(/looking into it/);
    expect(templates).not.toMatch(/on behalf of|not how we want anyone to be treated/i);
  });

  it('switches German and Polish templates between the formal and the informal form by the setting', async () => {
    await openReply(GERMAN);
    let de = await suggestedText();
    expect(de).toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    expect(de).not.toMatch(/\b(du|dir|dich|deine?)\b/);
    await openReply(POLISH);
    let pl = await suggestedText();
    expect(pl).not.toMatch(/\b(Ci|Ciebie|napisz|wyślij)\b/i);

    await setAddress('du', 'ty');
    await openReply(GERMAN);
    await expect.poll(suggestedText).toMatch(/\b(du|dir|dich|deine?)\b/);
    de = await suggestedText();
    expect(de).not.toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    await openReply(POLISH);
    await expect.poll(suggestedText).toMatch(/\b(Ci|Ciebie|napisz|wyślij|dzięki)\b/i);
    pl = await suggestedText();
    expect(pl).not.toMatch(/Państw|Pan\/Pani/);

    await setAddress('sie', 'pan');
    await openReply(POLISH);
    await expect.poll(suggestedText).toMatch(/Pan\/Pani|Panu\/Pani|Pana\/Panią/);
  });
});
