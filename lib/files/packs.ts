/**
 * Playbook packs: a team's approved templates and the playbooks it works with, as one file
 * another team (or another browser) can take in.
 *
 *   { "keel": "pack", "version": 1, "name": "…", "exportedAt": <ms>, "templates": [...], "playbooks": [...] }
 *
 * An approval belongs to the team that gave it. So imported templates arrive as drafts, each
 * a new version of its template, for a person here to approve; imported playbooks arrive as
 * draft versions in the playbook's history (lib/playbooks/versions.ts) and stay out of use
 * until approved. The organisation's templates and playbooks (managedBy) are not the team's
 * to pass on: packs leave them out, and a pack cannot replace them.
 *
 * Import is all or nothing: every entry is checked first, errors name the entry and field
 * ("templates[2].platforms: needs at least 1 entries"), and the writes are one transaction.
 */
import { z } from 'zod';
import type { KeelDatabase } from '../db';
import { isManaged, MANAGED_ID_PREFIX } from '../managed/records';
import { playbookHistory, savePlaybookDraft, validatePlaybook } from '../playbooks/versions';
import { Playbook, Template } from '../schema';
import { describeSettingsIssues, formatPath } from '../settings-io';

export const PACK_KIND = 'pack';
export const PACK_VERSION = 1;
export const MAX_PACK_CHARS = 20_000_000;

const PackFile = z.object({
  keel: z.literal(PACK_KIND),
  version: z.literal(PACK_VERSION),
  name: z.string().trim().min(1).max(200),
  exportedAt: z.number().int(),
  templates: z.array(Template).max(2000),
  playbooks: z.array(Playbook).max(500),
});
export type PackFile = z.infer<typeof PackFile>;

export type PackImportResult = { ok: true; templates: number; playbooks: number } | { ok: false; errors: string[] };

/** The newest approved version of each of the team's own templates. */
function approvedTemplates(all: readonly Template[]): Template[] {
  const newest = new Map<string, Template>();
  for (const t of all) {
    if (t.status !== 'approved' || isManaged(t)) continue;
    if ((newest.get(t.id)?.version ?? 0) < t.version) newest.set(t.id, t);
  }
  return [...newest.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The playbooks in use that the team has made its own: edited or written here; unchanged built-in ones every Keel has. */
async function teamPlaybooks(db: KeelDatabase): Promise<Playbook[]> {
  const edited = new Set((await db.playbookVersions.toArray()).filter((v) => v.status === 'approved' && v.savedBy !== '').map((v) => v.id));
  return (await db.playbooks.toArray()).filter((p) => !isManaged(p) && (!p.builtin || edited.has(p.id))).sort((a, b) => a.id.localeCompare(b.id));
}

export async function exportPack(db: KeelDatabase, name: string, now: number): Promise<string> {
  const [templates, playbooks] = await db.transaction('r', db.templates, db.playbooks, db.playbookVersions, async () => [
    approvedTemplates(await db.templates.toArray()),
    await teamPlaybooks(db),
  ] as const);
  const pack: PackFile = { keel: PACK_KIND, version: PACK_VERSION, name: name.trim() || 'Keel pack', exportedAt: now, templates, playbooks };
  return JSON.stringify(pack, null, 2) + '\n';
}

/** Reads a pack file; nothing is written. Errors name the entry and the field. */
export function parsePack(text: string): { ok: true; pack: PackFile } | { ok: false; errors: string[] } {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  if (text.length > MAX_PACK_CHARS) return { ok: false, errors: [`The file is too large for a pack (${text.length} characters).`] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const kind = (data as { keel?: unknown } | null)?.keel;
  if (kind !== PACK_KIND) {
    return { ok: false, errors: [typeof kind === 'string' ? `This is a Keel "${kind.slice(0, 40)}" file, not a pack ("keel" must be "pack").` : 'Not a Keel pack: expected "keel": "pack".'] };
  }
  const parsed = PackFile.safeParse(data);
  if (!parsed.success) return { ok: false, errors: describeSettingsIssues(parsed.error, data).slice(0, 20) };
  const errors: string[] = [];
  const seen = new Set<string>();
  parsed.data.templates.forEach((t, i) => {
    if (isManaged(t) || t.id.startsWith(MANAGED_ID_PREFIX)) errors.push(`${formatPath(['templates', i, 'id'])}: the organisation's templates cannot come from a pack`);
    if (seen.has(t.id)) errors.push(`${formatPath(['templates', i, 'id'])}: the pack has template "${t.id}" twice`);
    seen.add(t.id);
  });
  seen.clear();
  parsed.data.playbooks.forEach((p, i) => {
    if (isManaged(p) || p.id.startsWith(MANAGED_ID_PREFIX)) errors.push(`${formatPath(['playbooks', i, 'id'])}: the organisation's playbooks cannot come from a pack`);
    if (seen.has(p.id)) errors.push(`${formatPath(['playbooks', i, 'id'])}: the pack has playbook "${p.id}" twice`);
    seen.add(p.id);
    try {
      validatePlaybook(p);
    } catch (error) {
      errors.push(`${formatPath(['playbooks', i])}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.data };
}

/** Problems only the stored data shows: a playbook whose stored history is for another crisis type. */
async function conflicts(db: KeelDatabase, pack: PackFile): Promise<string[]> {
  const errors: string[] = [];
  for (const [i, p] of pack.playbooks.entries()) {
    const stored = (await db.playbooks.get(p.id)) ?? (await playbookHistory(db, p.id)).at(-1)?.playbook;
    if (stored && stored.crisisType !== p.crisisType) {
      errors.push(`${formatPath(['playbooks', i, 'crisisType'])}: playbook "${p.id}" here is for ${stored.crisisType}, the pack's is for ${p.crisisType}`);
    }
  }
  return errors;
}

/**
 * Takes in a pack: each template as a new draft version, each playbook as a draft version,
 * all in one transaction. `by` is who imported it (recorded on the playbook drafts).
 */
export async function importPack(db: KeelDatabase, text: string, by: string, now: number): Promise<PackImportResult> {
  const read = parsePack(text);
  if (!read.ok) return read;
  const { pack } = read;
  const note = `Imported from the pack "${pack.name}"`;
  try {
    return await db.transaction('rw', db.templates, db.playbooks, db.playbookVersions, async () => {
      const errors = await conflicts(db, pack);
      if (errors.length) return { ok: false as const, errors };
      for (const t of pack.templates) {
        const latest = await db.templates.where('id').equals(t.id).last();
        const { managedBy: _m, ...fields } = t;
        await db.templates.add(
          Template.parse({ ...fields, version: (latest?.version ?? 0) + 1, status: 'draft', approvedBy: null, approvedAt: null, builtin: false, createdAt: now, updatedAt: now, change: note }),
        );
      }
      for (const p of pack.playbooks) await savePlaybookDraft(db, p, by, note, now);
      return { ok: true as const, templates: pack.templates.length, playbooks: pack.playbooks.length };
    });
  } catch (error) {
    return { ok: false, errors: [`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
