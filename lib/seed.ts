/**
 * Puts the default playbooks and templates into a fresh database. Records the
 * person already has are never overwritten, so their edits survive updates.
 * Starter templates always go in as drafts: only a person at the brand can
 * approve a text for one-click insertion.
 */
import type { KeelDatabase } from './db';
import { DEFAULT_PLAYBOOKS } from './playbooks/defaults';
import { DEFAULT_TEMPLATES } from './playbooks/templates';

export async function seedDefaults(db: KeelDatabase, now: number): Promise<{ playbooks: number; templates: number }> {
  return db.transaction('rw', db.playbooks, db.templates, async () => {
    const havePlaybooks = new Set(await db.playbooks.toCollection().primaryKeys());
    const playbooks = DEFAULT_PLAYBOOKS.filter((p) => !havePlaybooks.has(p.id)).map((p) => ({ ...p, updatedAt: now }));
    await db.playbooks.bulkAdd(playbooks);
    const haveTemplates = new Set((await db.templates.toCollection().primaryKeys()).map(([id]) => id));
    const templates = DEFAULT_TEMPLATES.filter((t) => !haveTemplates.has(t.id)).map((t) => ({
      ...t,
      createdAt: now,
      updatedAt: now,
      status: 'draft' as const,
      approvedBy: null,
      approvedAt: null,
    }));
    await db.templates.bulkAdd(templates);
    return { playbooks: playbooks.length, templates: templates.length };
  });
}
