import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase, saveSettings } from '../../lib/db';
import { createBackgroundHandler } from '../../lib/background/handlers';
import { editTemplate, liveVersions, retireTemplate } from '../../lib/playbooks/templates';
import { playbookFor } from '../../lib/playbooks/guidance';
import { seedDefaults } from '../../lib/seed';
import { DEFAULT_SETTINGS, type Template } from '../../lib/schema';

const TEMPLATE = { id: 'delay', title: 'Delivery delay', body: 'Sorry for the wait, {author}. — {agent}', crisisType: 'service-complaint', language: 'en', platforms: ['x', 'facebook'] };
const PLAYBOOK = {
  crisisType: 'product-defect', language: 'en', title: 'Nordlicht recall playbook', summary: 'Our recall process.',
  phases: [{ phase: 'respond', steps: [{ id: 'recall-1', text: 'Link the recall page.', levels: ['high'] }] }],
  whoAnswers: 'Quality team', channels: ['X'], holdingStatement: 'We are checking.', movePrivateWhen: 'Always for health details.',
  escalateWhen: 'Any injury.', escalateTo: 'Quality lead', deleteGuide: [],
};

function setup(initial: unknown) {
  const db = new KeelDatabase(`keel-managed-${Math.random().toString(36).slice(2)}`);
  let policy = initial;
  let now = 1_000;
  const log = vi.fn();
  const broadcastSettings = vi.fn(async () => {});
  const handler = createBackgroundHandler({ db, now: () => now, broadcastSettings, log, readManagedPolicy: async () => policy });
  return {
    db,
    log,
    broadcastSettings,
    handler,
    setPolicy(next: unknown, at: number) {
      policy = next;
      now = at;
      return handler.policyChanged();
    },
    cleanup: () => {
      db.close();
      return Dexie.delete(db.name);
    },
  };
}

const managedRows = async (db: KeelDatabase): Promise<Template[]> => (await db.templates.toArray()).filter((t) => t.managedBy !== undefined);

describe('managed settings in the background', () => {
  it('content scripts get the personal settings with the policy laid over them', async () => {
    const env = setup({ managedBy: 'Nordlicht GmbH', brand: { names: ['Nordlicht'] }, agentName: 'Nordlicht Team' });
    await saveSettings(env.db, { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, products: ['Polarstern'] }, agentName: 'Mia' });
    const hello = await env.handler.handle({ type: 'content/hello', platform: 'x', pageUrl: 'https://x.com/home' }, { tabId: 1 });
    expect(hello).toMatchObject({ ok: true, settings: { agentName: 'Nordlicht Team', brand: { names: ['Nordlicht'], products: ['Polarstern'] } } });
    // Saving personal settings stores only them, and content scripts get the merged result.
    const personal = { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, hashtags: ['#polarstern'] }, agentName: 'Mia' };
    expect(await env.handler.handle({ type: 'settings/save', settings: personal }, {})).toMatchObject({ ok: true, settings: personal });
    expect(env.broadcastSettings).toHaveBeenLastCalledWith(expect.objectContaining({ agentName: 'Nordlicht Team', brand: expect.objectContaining({ names: ['Nordlicht'], hashtags: ['#polarstern'] }) }));
    expect((await env.db.settings.get('settings'))!.value).toEqual(personal);
    await env.cleanup();
  });

  it('puts the policy templates in as approved and locked, versions a changed text and removes dropped ones', async () => {
    const env = setup(undefined);
    await seedDefaults(env.db, 1);
    await env.setPolicy({ managedBy: 'Nordlicht GmbH', templates: [TEMPLATE, { ...TEMPLATE, id: 'gone', title: 'Gone soon' }] }, 2_000);
    let rows = await managedRows(env.db);
    expect(rows.map((t) => [t.id, t.version, t.status, t.approvedBy, t.managedBy])).toEqual([
      ['managed:delay', 1, 'approved', 'Nordlicht GmbH', 'Nordlicht GmbH'],
      ['managed:gone', 1, 'approved', 'Nordlicht GmbH', 'Nordlicht GmbH'],
    ]);
    expect(liveVersions(await env.db.templates.toArray()).map((t) => t.id)).toContain('managed:delay');
    expect(env.broadcastSettings).toHaveBeenCalled();

    // The same policy again (every background start) changes nothing.
    await env.setPolicy({ managedBy: 'Nordlicht GmbH', templates: [TEMPLATE, { ...TEMPLATE, id: 'gone', title: 'Gone soon' }] }, 3_000);
    expect((await managedRows(env.db)).map((t) => t.approvedAt)).toEqual([2_000, 2_000]);

    await env.setPolicy({ managedBy: 'Nordlicht GmbH', templates: [{ ...TEMPLATE, body: 'We are sorry for the wait, {author}.' }] }, 4_000);
    rows = await managedRows(env.db);
    expect(rows.map((t) => [t.id, t.version, t.body])).toEqual([['managed:delay', 2, 'We are sorry for the wait, {author}.']]);
    // The starter templates are untouched.
    expect((await env.db.templates.toArray()).filter((t) => t.builtin).length).toBeGreaterThan(0);
    await env.cleanup();
  });

  it('refuses to edit, retire or add versions to a managed template', async () => {
    const env = setup({ managedBy: 'Nordlicht GmbH', templates: [TEMPLATE] });
    await env.handler.policyChanged();
    const [row] = await managedRows(env.db);
    for (const template of [editTemplate(row!, { body: 'Changed' }, 5), retireTemplate(row!, 5), { ...row!, managedBy: undefined }]) {
      const reply = await env.handler.handle({ type: 'template/save', template }, {});
      expect(reply).toEqual({ ok: false, error: expect.stringContaining('is managed by Nordlicht GmbH and cannot be changed or retired in Keel') });
    }
    // Nor can a personal template pass itself off as managed.
    const forged = { ...row!, id: 'custom-1', managedBy: 'Someone' };
    expect((await env.handler.handle({ type: 'template/save', template: forged }, {})).ok).toBe(false);
    expect(await env.db.templates.count()).toBe(1);
    await env.cleanup();
  });

  it('a managed playbook replaces the built-in one for its crisis type and language', async () => {
    const env = setup({ managedBy: 'Nordlicht GmbH', playbooks: [PLAYBOOK] });
    await seedDefaults(env.db, 1);
    await env.handler.policyChanged();
    const playbooks = await env.db.playbooks.toArray();
    expect(playbookFor(playbooks, 'product-defect', 'en')).toMatchObject({ title: 'Nordlicht recall playbook', managedBy: 'Nordlicht GmbH', builtin: false });
    // Other languages keep theirs.
    expect(playbookFor(playbooks, 'product-defect', 'de')?.managedBy).toBeUndefined();
    await env.cleanup();
  });

  it('an invalid policy applies not at all: earlier managed records go, the errors are logged', async () => {
    const env = setup({ managedBy: 'Nordlicht GmbH', brand: { names: ['Nordlicht'] }, templates: [TEMPLATE], playbooks: [PLAYBOOK] });
    await env.handler.policyChanged();
    expect(await managedRows(env.db)).toHaveLength(1);
    const state = await env.setPolicy({ managedBy: 'Nordlicht GmbH', brand: { names: ['Nordlicht'], handles: ['@ok', '@fine', 'not a handle'] }, templates: [TEMPLATE] }, 5_000);
    expect(state).toEqual({ kind: 'invalid', errors: ['brand.handles[2]: must be a handle such as @nordlichtcoffee (got "not a handle")'] });
    expect(env.log).toHaveBeenCalledWith(expect.stringContaining("policy for Keel could not be applied: brand.handles[2]"));
    expect(await managedRows(env.db)).toHaveLength(0);
    expect((await env.db.playbooks.toArray()).filter((p) => p.managedBy !== undefined)).toHaveLength(0);
    const hello = await env.handler.handle({ type: 'content/hello', platform: 'x', pageUrl: 'https://x.com/home' }, { tabId: 1 });
    expect(hello).toMatchObject({ ok: true, settings: DEFAULT_SETTINGS });
    await env.cleanup();
  });

  it('at background start the policy is put in place without waking every tab', async () => {
    const env = setup({ managedBy: 'Nordlicht GmbH', templates: [TEMPLATE] });
    await env.handler.policyChanged(false);
    expect(await managedRows(env.db)).toHaveLength(1);
    expect(env.broadcastSettings).not.toHaveBeenCalled();
    await env.handler.policyChanged();
    expect(env.broadcastSettings).toHaveBeenCalledOnce();
    await env.cleanup();
  });

  it('a browser that cannot read managed storage (Firefox without a policy) runs without one', async () => {
    const db = new KeelDatabase(`keel-managed-${Math.random().toString(36).slice(2)}`);
    const handler = createBackgroundHandler({
      db, now: () => 1, broadcastSettings: async () => {}, log: () => {},
      readManagedPolicy: () => Promise.reject(new Error('Managed storage manifest not found')),
    });
    expect(await handler.policyChanged()).toEqual({ kind: 'none' });
    db.close();
    await Dexie.delete(db.name);
  });
});
