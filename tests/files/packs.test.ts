import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { seedDefaults } from '../../lib/seed';
import { exportPack, importPack } from '../../lib/files/packs';
import { approvePlaybookVersion, playbookHistory, savePlaybookDraft } from '../../lib/playbooks/versions';
import { syncManagedRecords } from '../../lib/managed/records';
import type { Template } from '../../lib/schema';
import { dump, T0 } from './fixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function seeded(): Promise<KeelDatabase> {
  const db = new KeelDatabase(`keel-pack-${Math.random().toString(36).slice(2)}`);
  await seedDefaults(db, T0);
  cleanups.push(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  return db;
}

const own = (id: string, version: number, status: Template['status']): Template => ({
  id, version, status, title: `Delay ${version}`, body: `Sorry {name}, version ${version}. {agent}`, crisisType: 'service-complaint', language: 'en', platforms: ['x'],
  approvedBy: status === 'draft' ? null : 'Maria', approvedAt: status === 'draft' ? null : T0, createdAt: T0, updatedAt: T0, builtin: false,
});

/** A team that approved two versions of its own template (and has a newer draft), edited and approved one playbook, and has the policy's records. */
async function team(): Promise<KeelDatabase> {
  const db = await seeded();
  await db.templates.bulkAdd([own('own-delay', 1, 'retired'), own('own-delay', 2, 'approved'), own('own-delay', 3, 'draft'), own('own-draft', 1, 'draft')]);
  const playbook = (await db.playbooks.toArray()).find((p) => p.crisisType === 'service-complaint' && p.language === 'en')!;
  const draft = await savePlaybookDraft(db, { ...playbook, summary: 'Our own summary' }, 'Maria', 'Ours', T0 + 1);
  await approvePlaybookVersion(db, draft.id, draft.version, 'Jonas', T0 + 2);
  await syncManagedRecords(db, { managedBy: 'IT', templates: [{ title: 'Policy', body: 'Policy text', crisisType: 'none', language: 'en', platforms: ['x'] }] } as never, T0);
  return db;
}

describe('playbook packs', () => {
  it('export: the newest approved version of each own template and the playbooks the team made its own', async () => {
    const db = await team();
    const pack = JSON.parse(await exportPack(db, ' Nordlicht team ', T0 + 10));
    expect(pack).toMatchObject({ keel: 'pack', version: 1, name: 'Nordlicht team', exportedAt: T0 + 10 });
    const ids = pack.templates.map((t: Template) => `${t.id}@${t.version}`);
    expect(ids).toContain('own-delay@2');
    expect(ids.filter((id: string) => id.startsWith('own-'))).toEqual(['own-delay@2']);
    expect(ids.some((id: string) => id.startsWith('managed:'))).toBe(false);
    expect(pack.playbooks.map((p: { summary: string }) => p.summary)).toEqual(['Our own summary']);
  });

  it('import: templates arrive as draft versions, playbooks as draft versions out of use; all from the pack', async () => {
    const source = await team();
    const text = await exportPack(source, 'Nordlicht team', T0 + 10);
    const target = await seeded();
    await target.templates.add(own('own-delay', 1, 'approved'));
    const inUse = (await target.playbooks.toArray()).find((p) => p.crisisType === 'service-complaint' && p.language === 'en')!;
    const result = await importPack(target, text, 'Eva', T0 + 20);
    const pack = JSON.parse(text);
    expect(result).toEqual({ ok: true, templates: pack.templates.length, playbooks: 1 });
    const delay = await target.templates.get(['own-delay', 2]);
    expect(delay).toMatchObject({ status: 'draft', approvedBy: null, approvedAt: null, body: own('own-delay', 2, 'approved').body, change: 'Imported from the pack "Nordlicht team"', createdAt: T0 + 20 });
    expect((await target.templates.get(['own-delay', 1]))!.status).toBe('approved');
    expect((await target.templates.where('status').equals('approved').count())).toBe(1);
    const history = await playbookHistory(target, inUse.id);
    expect(history.map((v) => [v.version, v.status, v.savedBy])).toEqual([[1, 'approved', ''], [2, 'draft', 'Eva']]);
    expect(history[1]!.playbook.summary).toBe('Our own summary');
    // Not in use until someone here approves it.
    expect((await target.playbooks.get(inUse.id))!.summary).toBe(inUse.summary);
  });

  it('refuses a bad pack naming the entry and field, and changes nothing', async () => {
    const source = await team();
    const pack = JSON.parse(await exportPack(source, 'Nordlicht team', T0));
    const target = await seeded();
    const before = await dump(target);
    const errorsOf = async (value: unknown) => {
      const r = await importPack(target, JSON.stringify(value), 'Eva', T0);
      return r.ok ? [] : r.errors;
    };
    const badPlatforms = structuredClone(pack);
    badPlatforms.templates[0].platforms = [];
    expect((await errorsOf(badPlatforms))[0]).toBe('templates[0].platforms: needs at least 1 entries');
    const managed = structuredClone(pack);
    managed.templates.push({ ...pack.templates[0], id: 'managed:x' });
    expect((await errorsOf(managed))[0]).toBe(`templates[${pack.templates.length}].id: the organisation's templates cannot come from a pack`);
    const duplicateStep = structuredClone(pack);
    const phase = duplicateStep.playbooks[0].phases[0];
    phase.steps.push({ ...phase.steps[0] });
    expect((await errorsOf(duplicateStep))[0]).toMatch(/^playbooks\[0\]: .*is used by another step/s);
    const otherType = structuredClone(pack);
    otherType.playbooks[0].crisisType = 'security-incident';
    expect((await errorsOf(otherType))[0]).toMatch(/^playbooks\[0\]\.crisisType: playbook ".*" here is for service-complaint/);
    expect((await errorsOf({ ...pack, keel: 'backup' }))[0]).toMatch(/not a pack/);
    expect(await dump(target)).toEqual(before);
  });
});
