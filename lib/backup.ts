/**
 * Back up everything / Restore: every table of Keel's database as one JSON file.
 *
 *   { "keel": "backup", "format": 1, "schema": <database version>, "exportedAt": <ms>,
 *     "tables": { "settings": [...], "mentions": [...], ..., "playbookVersions": [...] } }
 *
 * Restore is all or nothing: the file is read and every row validated before anything is
 * written, then one transaction over all tables clears them and adds the backup's rows; a
 * problem at any point leaves the stored data exactly as it was. A refused file names the
 * first wrong field ("tables.incidents[3].severity: must be one of …").
 *
 * Backups made by an older Keel (schema 1–3) still restore: their rows go into a scratch
 * database made at that version's stores, which is then opened as today's KeelDatabase so
 * the same upgrade functions that upgrade people's stored data upgrade the backup's rows.
 *
 * What the organisation's policy put here (templates and playbooks with managedBy) is not the
 * person's data: backups leave it out and a restore neither removes nor overwrites it.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { KeelDatabase, SCHEMA_VERSIONS } from './db';
import { isManaged, MANAGED_ID_PREFIX } from './managed/records';
import { describeSettingsIssues, formatPath } from './settings-io';
import {
  Evidence,
  Incident,
  IncidentEvent,
  Mention,
  Playbook,
  PlaybookVersion,
  ReplyRecord,
  Settings,
  Template,
} from './schema';

export const BACKUP_KIND = 'backup';
export const BACKUP_FORMAT = 1;
export const CURRENT_SCHEMA = SCHEMA_VERSIONS.at(-1)!.version;

export const BACKUP_TABLES = [
  'settings',
  'mentions',
  'playbooks',
  'templates',
  'incidents',
  'incidentEvents',
  'replies',
  'evidence',
  'playbookVersions',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupImportResult = { ok: true; counts: Record<BackupTable, number> } | { ok: false; errors: string[] };

const SettingsRowSchema = z.object({ key: z.literal('settings'), value: Settings });

/** Today's schema of each table's rows. */
const ROW_SCHEMAS = {
  settings: SettingsRowSchema,
  mentions: Mention,
  playbooks: Playbook,
  templates: Template,
  incidents: Incident,
  incidentEvents: IncidentEvent,
  replies: ReplyRecord,
  evidence: Evidence,
  playbookVersions: PlaybookVersion,
} as const;

const TablesSchema = z.object({
  tables: z.object({
    settings: z.array(ROW_SCHEMAS.settings).max(1),
    mentions: z.array(ROW_SCHEMAS.mentions),
    playbooks: z.array(ROW_SCHEMAS.playbooks),
    templates: z.array(ROW_SCHEMAS.templates),
    incidents: z.array(ROW_SCHEMAS.incidents),
    incidentEvents: z.array(ROW_SCHEMAS.incidentEvents),
    replies: z.array(ROW_SCHEMAS.replies),
    evidence: z.array(ROW_SCHEMAS.evidence),
    playbookVersions: z.array(ROW_SCHEMAS.playbookVersions),
  }),
});
export type BackupTables = z.infer<typeof TablesSchema>['tables'];

/** How a table's primary key is read from a row, for the duplicate check; inbound keys only. */
const PRIMARY_KEY: Record<BackupTable, (row: Record<string, unknown>) => unknown> = {
  settings: (r) => r.key,
  mentions: (r) => r.id,
  playbooks: (r) => r.id,
  templates: (r) => `${String(r.id)}@${String(r.version)}`,
  incidents: (r) => r.id,
  incidentEvents: (r) => r.id,
  replies: (r) => r.id,
  evidence: (r) => r.id,
  playbookVersions: (r) => `${String(r.id)}@${String(r.version)}`,
};

const tableOf = (db: KeelDatabase, name: BackupTable) => db.table(name);
const allTables = (db: KeelDatabase) => BACKUP_TABLES.map((name) => tableOf(db, name));

/** A policy's record: left out of backups, never replaced by a restore. */
const isPolicyRecord = (row: { id?: unknown; managedBy?: string }): boolean =>
  isManaged(row) || (typeof row.id === 'string' && row.id.startsWith(MANAGED_ID_PREFIX));

/** The person's data as a backup file's text. One read transaction, so the tables agree with each other. */
export async function exportBackup(db: KeelDatabase, now: number): Promise<string> {
  const tables = await db.transaction('r', allTables(db), async () => {
    const out: Record<string, unknown[]> = {};
    for (const name of BACKUP_TABLES) out[name] = await tableOf(db, name).toArray();
    return out;
  });
  tables.templates = (tables.templates as Template[]).filter((t) => !isPolicyRecord(t));
  tables.playbooks = (tables.playbooks as Playbook[]).filter((p) => !isPolicyRecord(p));
  tables.playbookVersions = (tables.playbookVersions as PlaybookVersion[]).filter((v) => !isPolicyRecord(v.playbook));
  // Compact: a backup with 100,000 mentions would be half indentation otherwise.
  return JSON.stringify({ keel: BACKUP_KIND, format: BACKUP_FORMAT, schema: db.verno, exportedAt: now, tables }) + '\n';
}

/** How many rows of each table the database holds now (managed records not counted): what a restore would replace. */
export async function storedCounts(db: KeelDatabase): Promise<Record<BackupTable, number>> {
  const counts = {} as Record<BackupTable, number>;
  for (const name of BACKUP_TABLES) {
    if (name === 'templates' || name === 'playbooks') {
      counts[name] = (await tableOf(db, name).toArray()).filter((r: { id?: unknown; managedBy?: string }) => !isPolicyRecord(r)).length;
    } else counts[name] = await tableOf(db, name).count();
  }
  return counts;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

type Envelope = { schema: number; tables: Record<string, unknown> };

/** The file's outer fields: kind, format, schema version and the tables object. */
function readEnvelope(data: unknown): { ok: true; envelope: Envelope } | { ok: false; errors: string[] } {
  if (!isPlainObject(data)) return { ok: false, errors: ['Not a Keel backup: expected an object with "keel": "backup".'] };
  if (data.keel !== BACKUP_KIND) {
    const kind = typeof data.keel === 'string' ? `a Keel "${data.keel.slice(0, 40)}" file` : 'not a Keel file';
    return { ok: false, errors: [`This is ${kind}, not a backup ("keel" must be "backup").`] };
  }
  const { format, schema, tables } = data;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return { ok: false, errors: [`format: must be a whole number such as ${BACKUP_FORMAT} (got ${JSON.stringify(format) ?? 'nothing'})`] };
  }
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { ok: false, errors: [`schema: must be a whole number such as ${CURRENT_SCHEMA} (got ${JSON.stringify(schema) ?? 'nothing'})`] };
  }
  if (format > BACKUP_FORMAT || schema > CURRENT_SCHEMA) {
    return {
      ok: false,
      errors: [`This backup was made by a newer Keel (format ${format}, schema ${schema}; this Keel reads format ${BACKUP_FORMAT}, schema up to ${CURRENT_SCHEMA}). Update Keel, then restore it again.`],
    };
  }
  if (!isPlainObject(tables)) return { ok: false, errors: ['tables: must be an object with one list per table'] };
  const known = new Set(storesAt(schema));
  for (const [name, rows] of Object.entries(tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(name)) return { ok: false, errors: [`${formatPath(['tables', name])}: unknown table; a backup has ${BACKUP_TABLES.join(', ')}`] };
    if (!Array.isArray(rows)) return { ok: false, errors: [`${formatPath(['tables', name])}: must be a list of rows`] };
    if (!known.has(name) && rows.length > 0) return { ok: false, errors: [`${formatPath(['tables', name])}: Keel's schema ${schema} had no such table, so a backup of it cannot have rows here`] };
  }
  return { ok: true, envelope: { schema, tables } };
}

/** The tables a schema version had. */
function storesAt(version: number): string[] {
  const names = new Set<string>();
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) names.delete(name);
      else names.add(name);
    }
  }
  return [...names];
}

/**
 * Rows of an older schema, upgraded the way the database upgrades: stored in a scratch
 * database at that version's stores, which is then opened as today's KeelDatabase.
 */
async function upgradeRows(schema: number, tables: Record<string, unknown>): Promise<Record<string, unknown[]>> {
  const name = `keel-restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS) if (v.version <= schema) old.version(v.version).stores(v.stores);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd((tables[table.name] as object[] | undefined) ?? []);
    });
    old.close();
    const upgraded = new KeelDatabase(name);
    try {
      await upgraded.open();
      const out: Record<string, unknown[]> = {};
      for (const table of BACKUP_TABLES) out[table] = await tableOf(upgraded, table).toArray();
      return out;
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/** The first repeated primary key, as an error naming both rows. */
function findDuplicate(tables: BackupTables): string | null {
  for (const name of BACKUP_TABLES) {
    const seen = new Map<unknown, number>();
    const rows = tables[name] as Array<Record<string, unknown>>;
    for (let i = 0; i < rows.length; i++) {
      const key = PRIMARY_KEY[name](rows[i]!);
      if (key === undefined) continue;
      const before = seen.get(key);
      if (before !== undefined) return `${formatPath(['tables', name, i])}: has the same key as ${formatPath(['tables', name, before])} (${String(key)})`;
      seen.set(key, i);
    }
  }
  return null;
}

const MAX_ERRORS = 20;

/** Reads and checks a backup file; nothing is written. */
export async function parseBackup(text: string): Promise<{ ok: true; tables: BackupTables; schema: number } | { ok: false; errors: string[] }> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) return { ok: false, errors: ['The file is empty.'] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const read = readEnvelope(data);
  if (!read.ok) return read;
  const { schema } = read.envelope;
  let tables: Record<string, unknown> = read.envelope.tables;
  if (schema < CURRENT_SCHEMA) {
    try {
      tables = await upgradeRows(schema, tables);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [`The backup's rows (schema ${schema}) could not be upgraded to schema ${CURRENT_SCHEMA}: ${reason}`] };
    }
  }
  const candidate = { tables: Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name] ?? []])) };
  const parsed = TablesSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: describeSettingsIssues(parsed.error, candidate).slice(0, MAX_ERRORS) };
  const duplicate = findDuplicate(parsed.data.tables);
  if (duplicate) return { ok: false, errors: [duplicate] };
  return { ok: true, tables: parsed.data.tables, schema };
}

/** One transaction: each table cleared (the policy's records kept) and filled with the backup's rows. */
async function replaceTables(db: KeelDatabase, tables: BackupTables): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const personalTemplates = (await db.templates.toArray()).filter((t) => !isPolicyRecord(t));
    await db.templates.bulkDelete(personalTemplates.map((t): [string, number] => [t.id, t.version]));
    const personalPlaybooks = (await db.playbooks.toArray()).filter((p) => !isPolicyRecord(p));
    await db.playbooks.bulkDelete(personalPlaybooks.map((p) => p.id));
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      if (name !== 'templates' && name !== 'playbooks') await table.clear();
      await table.bulkAdd(tables[name] as object[]);
    }
  });
}

/**
 * Replaces the stored data with a checked backup's (parseBackup), all or nothing. The
 * policy's templates and playbooks stay; rows of the backup that claim to be the policy's
 * are not restored.
 */
export async function restoreBackup(db: KeelDatabase, backup: BackupTables): Promise<BackupImportResult> {
  const tables = {
    ...backup,
    templates: backup.templates.filter((t) => !isPolicyRecord(t)),
    playbooks: backup.playbooks.filter((p) => !isPolicyRecord(p)),
    playbookVersions: backup.playbookVersions.filter((v) => !isPolicyRecord(v.playbook)),
  };
  try {
    await replaceTables(db, tables);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, errors: [`Nothing was changed: the restore could not be written (${reason}).`] };
  }
  return { ok: true, counts: backupCounts(tables) };
}

/** How many rows of each table a backup restores (the policy's records not counted). */
export function backupCounts(tables: BackupTables): Record<BackupTable, number> {
  const count = (name: BackupTable): number => {
    if (name === 'templates' || name === 'playbooks') return (tables[name] as Array<{ id?: unknown; managedBy?: string }>).filter((r) => !isPolicyRecord(r)).length;
    if (name === 'playbookVersions') return tables.playbookVersions.filter((v) => !isPolicyRecord(v.playbook)).length;
    return tables[name].length;
  };
  return Object.fromEntries(BACKUP_TABLES.map((name) => [name, count(name)])) as Record<BackupTable, number>;
}

/** Reads, checks and restores a backup file's text: parseBackup, then restoreBackup. */
export async function importBackup(db: KeelDatabase, text: string): Promise<BackupImportResult> {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  const parsed = await parseBackup(text);
  if (!parsed.ok) return parsed;
  return restoreBackup(db, parsed.tables);
}
