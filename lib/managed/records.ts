/**
 * The policy's templates and playbooks as database records. They live beside the
 * person's own (so suggestions and the playbook panel treat them like any other) but
 * carry `managedBy`: they are locked, replaced whenever the policy changes, removed when
 * it goes, and never part of the person's own data (exports leave them out).
 */
import type { KeelDatabase } from '../db';
import type { Managed, ManagedPlaybook, ManagedTemplate } from '../managed';
import type { Playbook, Template } from '../schema';

/** Marks a record as the policy's, and its id apart from any the person makes. */
export const MANAGED_ID_PREFIX = 'managed:';
/** Who approved a managed template, when the policy does not name the organisation. */
export const POLICY_APPROVER = 'Organisation policy';

export const isManaged = (record: { managedBy?: string }): boolean => record.managedBy !== undefined;

/** A short stable hash, so a template without an id keeps its id while its text stays the same. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function templateId(t: ManagedTemplate): string {
  return MANAGED_ID_PREFIX + (t.id ?? `t-${fnv1a(`${t.crisisType}\u0000${t.language}\u0000${t.title}\u0000${t.body}`)}`);
}

function playbookId(p: ManagedPlaybook): string {
  return MANAGED_ID_PREFIX + (p.id ?? `${p.crisisType}-${p.language}`);
}

/** What a managed template says; a change to any of these is a new version. */
const templateContent = (t: Template) =>
  JSON.stringify([t.title, t.body, t.crisisType, t.language, t.platforms, t.address ?? null, t.managedBy]);
const playbookContent = ({ updatedAt: _u, ...rest }: Playbook) => JSON.stringify(rest);

export function managedTemplates(managed: Managed, now: number, versionAfter: (id: string) => number = () => 0): Template[] {
  const by = managed.managedBy ?? '';
  return (managed.templates ?? []).map((t) => {
    const id = templateId(t);
    return {
      id,
      version: versionAfter(id) + 1,
      title: t.title,
      body: t.body,
      crisisType: t.crisisType,
      language: t.language,
      platforms: t.platforms,
      status: 'approved',
      approvedBy: by || POLICY_APPROVER,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
      builtin: false,
      ...(t.address ? { address: t.address } : {}),
      managedBy: by,
    };
  });
}

export function managedPlaybooks(managed: Managed, now: number): Playbook[] {
  const by = managed.managedBy ?? '';
  return (managed.playbooks ?? []).map((playbook) => {
    const { id: _id, ...fields } = playbook;
    return { ...fields, id: playbookId(playbook), builtin: false, updatedAt: now, managedBy: by };
  });
}

/**
 * Makes the database's managed templates and playbooks exactly the policy's: new ones
 * added, changed ones replaced (a changed template gets the next version number), ones
 * the policy no longer has removed. Unchanged records are left as they are, so the
 * approval time of a managed template is when its text arrived. `managed` null (no
 * policy, or one that could not be applied) removes them all.
 */
export async function syncManagedRecords(db: KeelDatabase, managed: Managed | null, now: number): Promise<{ templates: number; playbooks: number }> {
  return db.transaction('rw', db.templates, db.playbooks, async () => {
    const storedTemplates = (await db.templates.toArray()).filter(isManaged);
    const latest = new Map<string, Template>();
    for (const t of storedTemplates) if ((latest.get(t.id)?.version ?? 0) < t.version) latest.set(t.id, t);
    const wantedTemplates = managed ? managedTemplates(managed, now, (id) => latest.get(id)?.version ?? 0) : [];
    const keep = new Set<string>();
    const putTemplates: Template[] = [];
    for (const t of wantedTemplates) {
      const before = latest.get(t.id);
      if (before && templateContent(before) === templateContent({ ...t, version: before.version })) keep.add(`${before.id}@${before.version}`);
      else putTemplates.push(t);
    }
    await db.templates.bulkDelete(storedTemplates.filter((t) => !keep.has(`${t.id}@${t.version}`)).map((t) => [t.id, t.version] as [string, number]));
    await db.templates.bulkPut(putTemplates);

    const storedPlaybooks = new Map((await db.playbooks.toArray()).filter(isManaged).map((p) => [p.id, p]));
    const wantedPlaybooks = managed ? managedPlaybooks(managed, now) : [];
    const wantedIds = new Set(wantedPlaybooks.map((p) => p.id));
    const putPlaybooks = wantedPlaybooks.filter((p) => {
      const before = storedPlaybooks.get(p.id);
      return !before || playbookContent(before) !== playbookContent(p);
    });
    await db.playbooks.bulkDelete([...storedPlaybooks.keys()].filter((id) => !wantedIds.has(id)));
    await db.playbooks.bulkPut(putPlaybooks);
    return { templates: wantedTemplates.length, playbooks: wantedPlaybooks.length };
  });
}
