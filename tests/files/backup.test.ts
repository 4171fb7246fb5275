import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { KeelDatabase, SCHEMA_VERSIONS, saveSettings } from '../../lib/db';
import { BACKUP_TABLES, exportBackup, importBackup, storedCounts } from '../../lib/backup';
import { syncManagedRecords } from '../../lib/managed/records';
import { Incident, type Mention } from '../../lib/schema';
import { dump, filledDatabase, post, T0 } from './fixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase(): Promise<KeelDatabase> {
  const name = `keel-restore-target-${Math.random().toString(36).slice(2)}`;
  const db = new KeelDatabase(name);
  await db.open();
  cleanups.push(async () => {
    db.close();
    await Dexie.delete(name);
  });
  return db;
}

async function filled() {
  const f = await filledDatabase();
  cleanups.push(f.cleanup);
  return f;
}

describe('backup and restore', () => {
  it('round-trips every table: same counts and every row deep-equal', async () => {
    const { db } = await filled();
    const text = await exportBackup(db, T0);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ keel: 'backup', format: 1, schema: SCHEMA_VERSIONS.at(-1)!.version, exportedAt: T0 });
    expect(Object.keys(file.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    const before = await dump(db);
    expect(before.incidents).toHaveLength(1);
    expect(before.evidence!.length).toBeGreaterThanOrEqual(3);
    expect(before.playbookVersions!.length).toBe(2);

    const target = await emptyDatabase();
    await saveSettings(target, { ...(await db.settings.get('settings'))!.value, agentName: 'Someone else' });
    await target.mentions.bulkAdd([{ ...(before.mentions![0] as Mention), id: 'x:/stale' }]);
    const result = await importBackup(target, text);
    expect(result).toEqual({ ok: true, counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, before[t]!.length])) });
    expect(await dump(target)).toEqual(before);
  });

  it('refuses a bad file with the path of the first wrong field and changes nothing', async () => {
    const { db } = await filled();
    const file = JSON.parse(await exportBackup(db, T0));
    const target = await emptyDatabase();
    await saveSettings(target, { ...file.tables.settings[0].value, agentName: 'Kept' });
    const kept = await dump(target);
    file.tables.incidents.push({ ...file.tables.incidents[0], id: 'incident-2' }, { ...file.tables.incidents[0], id: 'incident-3' }, { ...file.tables.incidents[0], id: 'incident-4', severity: 'apocalyptic' });
    const result = await importBackup(target, JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^tables\.incidents\[3\]\.severity: must be one of "low", "medium", "high", "critical" \(got "apocalyptic"\)/);
    expect(await dump(target)).toEqual(kept);
  });

  it('names duplicate keys, wrong kinds, newer versions and broken JSON', async () => {
    const { db } = await filled();
    const target = await emptyDatabase();
    const file = JSON.parse(await exportBackup(db, T0));
    const dup = structuredClone(file);
    dup.tables.mentions.push(dup.tables.mentions[1]);
    const errorsOf = async (text: string) => {
      const r = await importBackup(target, text);
      return r.ok ? [] : r.errors;
    };
    expect((await errorsOf(JSON.stringify(dup)))[0]).toBe(`tables.mentions[7]: has the same key as tables.mentions[1] (${post(2, '').id})`);
    expect((await errorsOf(JSON.stringify({ ...file, keel: 'settings' })))[0]).toMatch(/Keel "settings" file, not a backup/);
    expect((await errorsOf(JSON.stringify({ ...file, schema: 99 })))[0]).toMatch(/newer Keel/);
    expect((await errorsOf(JSON.stringify({ ...file, tables: { ...file.tables, extra: [] } })))[0]).toMatch(/^tables\.extra: unknown table/);
    expect((await errorsOf('{"keel": "backup",')).at(0)).toMatch(/^Not valid JSON/);
    expect(await dump(target)).toEqual(await dump(await emptyDatabase()));
  });

  it('a failure in the middle of writing leaves everything as it was', async () => {
    const { db } = await filled();
    const text = await exportBackup(db, T0);
    const target = await emptyDatabase();
    await saveSettings(target, { ...JSON.parse(text).tables.settings[0].value, agentName: 'Before' });
    await target.mentions.put({ ...JSON.parse(text).tables.mentions[0], id: 'x:/before' });
    const kept = await dump(target);
    // Settings, mentions, playbooks, templates, incidents and events are written before evidence fails.
    let written = 0;
    const failEvidence = () => {
      if (++written === 2) throw new Error('disk gone');
    };
    target.evidence.hook('creating', failEvidence);
    const result = await importBackup(target, text);
    target.evidence.hook('creating').unsubscribe(failEvidence);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^Nothing was changed: .*disk gone/);
    expect(written).toBe(2);
    expect(await dump(target)).toEqual(kept);
  });

  it('leaves the policy\'s templates and playbooks out of backups and in place on restore', async () => {
    const { db } = await filled();
    const policy = {
      managedBy: 'Nordlicht IT',
      templates: [{ id: 'policy-thanks', title: 'Thanks', body: 'Thank you, {name}!', crisisType: 'none' as const, language: 'en' as const, platforms: ['x' as const] }],
    };
    await syncManagedRecords(db, policy as never, T0);
    expect((await db.templates.toArray()).some((t) => t.managedBy !== undefined)).toBe(true);
    const file = JSON.parse(await exportBackup(db, T0));
    expect(file.tables.templates.some((t: { managedBy?: string }) => t.managedBy !== undefined)).toBe(false);
    expect(file.tables.templates.length).toBe((await db.templates.count()) - 1);

    const target = await emptyDatabase();
    await syncManagedRecords(target, policy as never, T0 + 5);
    const managedBefore = (await target.templates.toArray()).filter((t) => t.managedBy !== undefined);
    // A hand-edited backup claiming a policy record does not replace it.
    file.tables.templates.push({ ...managedBefore[0], body: 'Replaced?', approvedAt: 1 });
    const result = await importBackup(target, JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect((await target.templates.toArray()).filter((t) => t.managedBy !== undefined)).toEqual(managedBefore);
    expect((await storedCounts(target)).templates).toBe(file.tables.templates.length - 1);
  });

  it('restores a backup made by schema 3 (incidents open/closed), upgraded the way the database upgrades', async () => {
    const m1 = { ...post(1, 'Nordlicht grinder broke', 'critical'), pageUrl: undefined, pageUrls: ['https://x.com/a'], firstSeenAt: T0, lastSeenAt: T0, status: 'escalated', crisisType: null, incidentId: 'incident-a', firstReplyAt: T0 + 5 };
    const m2 = { ...post(2, 'Nordlicht late again', 'medium'), pageUrl: undefined, pageUrls: ['https://x.com/a'], firstSeenAt: T0, lastSeenAt: T0, status: 'escalated', crisisType: null, incidentId: 'incident-b', firstReplyAt: null };
    delete m1.pageUrl;
    delete m2.pageUrl;
    const v3 = {
      keel: 'backup',
      format: 1,
      schema: 3,
      exportedAt: T0,
      tables: {
        settings: [{ key: 'settings', value: { brand: { names: ['Nordlicht'], aliases: [], handles: [], hashtags: [], products: [], exclude: [] }, agentName: 'Maria', dmLink: '', uiLanguage: 'de' } }],
        mentions: [m1, m2],
        playbooks: [],
        templates: [],
        incidents: [
          { id: 'incident-a', title: 'Grinder', crisisType: 'product-defect', status: 'open', phase: 'respond', openedAt: T0, closedAt: null, mentionIds: [m1.id], nextUpdateDueAt: null },
          { id: 'incident-b', title: 'Late', crisisType: 'service-complaint', status: 'closed', phase: 'recover', openedAt: T0 + 1, closedAt: T0 + 99, mentionIds: [m2.id], nextUpdateDueAt: null },
        ],
        incidentEvents: [
          { id: 1, incidentId: 'incident-a', at: T0, kind: 'opened', mentionId: null, note: '' },
          { id: 2, incidentId: 'incident-a', at: T0 + 2, kind: 'mention-added', mentionId: m1.id, note: '' },
          { id: 3, incidentId: 'incident-b', at: T0 + 99, kind: 'closed', mentionId: null, note: 'done' },
        ],
        replies: [],
      },
    };
    const target = await emptyDatabase();
    const before = await Dexie.getDatabaseNames();
    const result = await importBackup(target, JSON.stringify(v3));
    expect(result.ok).toBe(true);
    const incidents = (await target.incidents.toArray()).map((i) => Incident.parse(i));
    expect(incidents.map((i) => [i.id, i.status, i.severity, i.resolvedAt, i.platforms])).toEqual([
      ['incident-a', 'responding', 'critical', null, ['x']],
      ['incident-b', 'resolved', 'medium', T0 + 99, ['x']],
    ]);
    const evidence = await target.evidence.toArray();
    expect(evidence.map((e) => [e.incidentId, e.capturedAt, e.item.kind])).toEqual([
      ['incident-a', T0 + 2, 'mention'],
      ['incident-b', T0 + 1, 'mention'],
    ]);
    expect((await target.incidentEvents.toArray()).every((e) => e.by === '' && e.detail === null)).toBe(true);
    expect((await target.settings.get('settings'))!.value.uiLanguage).toBe('de');
    // The scratch database is gone.
    expect(await Dexie.getDatabaseNames()).toEqual(before);

    const bad = structuredClone(v3);
    (bad.tables.incidents[1] as Record<string, unknown>).crisisType = 'alien-invasion';
    const refused = await importBackup(target, JSON.stringify(bad));
    expect(!refused.ok && refused.errors[0]).toMatch(/^tables\.incidents\[1\]\.crisisType: must be one of/);
    expect(await Dexie.getDatabaseNames()).toEqual(before);
  });

  it('property: any set of notes on the incident round-trips exactly', async () => {
    const { db, incidentId } = await filled();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ note: fc.string({ maxLength: 200 }), by: fc.string({ maxLength: 40 }), at: fc.integer({ min: 0, max: 2 ** 45 }) }), { maxLength: 8 }), async (notes) => {
        await db.incidentEvents.filter((e) => e.kind === 'note').delete();
        await db.incidentEvents.bulkAdd(notes.map((n) => ({ incidentId, kind: 'note' as const, mentionId: null, evidenceId: null, detail: null, ...n })));
        const target = new KeelDatabase(`keel-prop-${Math.random().toString(36).slice(2)}`);
        try {
          const result = await importBackup(target, await exportBackup(db, T0));
          expect(result.ok).toBe(true);
          expect(await dump(target)).toEqual(await dump(db));
        } finally {
          target.close();
          await Dexie.delete(target.name);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
