import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KeelDatabase } from '../../lib/db';
import { seedDefaults } from '../../lib/seed';
import { buildDefaultPlaybook } from '../../lib/playbooks/defaults';
import { playbookStepFor } from '../../lib/playbooks/guidance';
import {
  approvePlaybook,
  approvePlaybookVersion,
  diffPlaybooks,
  editPlaybook,
  firstVersion,
  inUseVersion,
  isEmptyDiff,
  pendingDraft,
  playbookHistory,
  PlaybookTransitionError,
  retirePlaybook,
  retirePlaybookVersion,
  savePlaybookDraft,
  withStepAdded,
  withStepText,
} from '../../lib/playbooks/versions';
import type { Playbook } from '../../lib/schema';

const base = buildDefaultPlaybook('service-complaint', 'en');
const ESCALATE = 'service-complaint.respond.escalate';

describe('playbook versions (pure)', () => {
  it('an edit of the version in use becomes the next version, a draft, with who and why; a pending draft is edited in place', () => {
    const v1 = firstVersion(base, 1);
    expect(v1).toMatchObject({ version: 1, status: 'approved', approvedBy: null });
    const edited = withStepText(base, ESCALATE, 'Call the lead at once.');
    const v2 = editPlaybook([v1], edited, ' Mia ', ' Faster escalation ', 50);
    expect(v2).toMatchObject({ id: base.id, version: 2, status: 'draft', savedBy: 'Mia', change: 'Faster escalation', savedAt: 50 });
    expect(v2.playbook.builtin).toBe(false);
    expect(inUseVersion([v1, v2])?.version).toBe(1);
    expect(pendingDraft([v1, v2])?.version).toBe(2);
    const again = editPlaybook([v1, v2], { ...edited, title: 'Service complaints' }, 'Jonas', 'Title too', 60);
    expect(again).toMatchObject({ version: 2, status: 'draft', savedBy: 'Jonas', change: 'Title too' });
    const approved = approvePlaybook(again, 'Anna Berg', 70);
    expect(editPlaybook([v1, approved], edited, 'Mia', '', 80).version).toBe(3);
  });

  it('approving needs a person’s name and a draft; retiring keeps one approved version', () => {
    const v1 = firstVersion(base, 1);
    const v2 = editPlaybook([v1], withStepText(base, ESCALATE, 'x'), 'Mia', '', 2);
    expect(() => approvePlaybook(v2, '  ', 3)).toThrow(/name of the person/);
    expect(() => approvePlaybook(v2, 'Keel defaults', 3)).toThrow(PlaybookTransitionError);
    expect(() => approvePlaybook(v1, 'Anna', 3)).toThrow(/already approved/);
    const a2 = approvePlaybook(v2, 'Anna', 3);
    expect(a2).toMatchObject({ status: 'approved', approvedBy: 'Anna', approvedAt: 3 });
    expect(() => retirePlaybook([v1], 1)).toThrow(/only approved version/);
    expect(retirePlaybook([v1, a2], 2).status).toBe('retired');
    const r = retirePlaybook([v1, v2], 2);
    expect(() => approvePlaybook(r, 'Anna', 4)).toThrow(/retired/);
    expect(() => retirePlaybook([v1, r], 2)).toThrow(/already retired/);
  });

  it('refuses managed playbooks, another crisis type, and steps without text, naming the phase and step', () => {
    const v1 = firstVersion(base, 1);
    expect(() => editPlaybook([v1], { ...base, managedBy: 'Nordlicht GmbH' }, 'Mia', '', 2)).toThrow(/managed by Nordlicht GmbH/);
    expect(() => editPlaybook([v1], { ...base, crisisType: 'own-post' }, 'Mia', '', 2)).toThrow(/crisis type cannot change/);
    expect(() => editPlaybook([v1], withStepText(base, ESCALATE, '   '), 'Mia', '', 2)).toThrow(/respond, step 1: text must not be empty/);
    expect(() => withStepText(base, 'nope', 'x')).toThrow(/no step "nope"/);
  });
});

describe('diffPlaybooks', () => {
  it('finds nothing between equal playbooks', () => {
    expect(isEmptyDiff(diffPlaybooks(base, structuredClone(base)))).toBe(true);
  });

  it('names each changed field with before and after, and list items added and removed', () => {
    const b: Playbook = {
      ...base,
      title: 'New title',
      holdingStatement: 'We are on it.',
      escalateTo: 'The lead',
      channels: [...base.channels.slice(1), 'Phone hotline'],
      deleteGuide: base.deleteGuide,
    };
    const d = diffPlaybooks(base, b);
    expect(d.fields.map((f) => f.field)).toEqual(['title', 'holdingStatement', 'escalateTo', 'channels']);
    expect(d.fields[0]).toEqual({ field: 'title', from: base.title, to: 'New title' });
    const channels = d.fields.find((f) => f.field === 'channels');
    expect(channels).toMatchObject({ added: ['Phone hotline'], removed: [base.channels[0]] });
    expect(d.steps).toEqual([]);
  });

  it('lists steps added, removed and changed per phase, with their text, and steps moved', () => {
    let b = withStepText(base, ESCALATE, 'Call the lead at once.');
    b = withStepAdded(b, 'recover', 'Thank the people who stood by us.');
    const respond = b.phases.find((p) => p.phase === 'respond')!;
    const [first, second, ...rest] = respond.steps;
    const removed = rest.pop()!;
    b = {
      ...b,
      phases: b.phases.map((p) => (p.phase === 'respond' ? { ...p, steps: [second!, { ...first!, levels: ['critical'], target: 'now' as const }, ...rest] } : p)),
    };
    const d = diffPlaybooks(base, b);
    expect(d.fields).toEqual([]);
    const kinds = d.steps.map((s) => `${s.kind}:${s.phase}:${s.kind === 'changed' ? s.to.id : s.step.id}`);
    expect(kinds).toContain(`removed:respond:${removed.id}`);
    expect(kinds).toContain('added:recover:service-complaint.recover.added-1');
    const added = d.steps.find((s) => s.kind === 'added');
    expect(added?.kind === 'added' && added.step.text).toBe('Thank the people who stood by us.');
    const esc = d.steps.find((s) => s.kind === 'changed' && s.to.id === ESCALATE);
    expect(esc).toMatchObject({ from: { text: base.phases[2]!.steps[0]!.text }, to: { text: 'Call the lead at once.' } });
    expect(esc?.kind === 'changed' && esc.aspects).toEqual(['text', 'levels', 'target', 'position']);
    // Exactly one step moved: the one swapped past the other keeps its place in the longest unchanged run.
    expect(d.steps.filter((s) => s.kind === 'changed' && s.aspects.includes('position'))).toHaveLength(1);
  });

  it('reports a step moved to another phase as changed, not removed and added', () => {
    const step = base.phases[2]!.steps[0]!;
    const b: Playbook = {
      ...base,
      phases: base.phases.map((p) =>
        p.phase === 'respond' ? { ...p, steps: p.steps.slice(1) } : p.phase === 'detect' ? { ...p, steps: [...p.steps, step] } : p,
      ),
    };
    const d = diffPlaybooks(base, b);
    expect(d.steps).toEqual([{ kind: 'changed', phase: 'detect', fromPhase: 'respond', from: step, to: step, aspects: ['phase'] }]);
  });
});

describe('playbook versions (stored)', () => {
  let db: KeelDatabase;
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('keeps the built-in as version 1, the approved text in use until a draft is approved, then the draft', async () => {
    db = new KeelDatabase(`keel-pbv-${Math.random()}`);
    await seedDefaults(db, 1_000);
    const id = 'keel-service-complaint-en';
    const stepShown = async () => playbookStepFor(await db.playbooks.toArray(), 'service-complaint', 'high', 'en')!.steps[0]!.text;
    const builtinText = await stepShown();
    const current = (await db.playbooks.get(id))!;
    const draft = await savePlaybookDraft(db, withStepText(current, ESCALATE, 'Phone the crisis lead now.'), 'Mia', 'Phone, not mail', 2_000);
    expect(draft.version).toBe(2);
    let history = await playbookHistory(db, id);
    expect(history.map((v) => [v.version, v.status])).toEqual([[1, 'approved'], [2, 'draft']]);
    expect(history[0]!.playbook.builtin).toBe(true);
    expect(await stepShown()).toBe(builtinText);

    await expect(approvePlaybookVersion(db, id, 2, '', 3_000)).rejects.toThrow(/name of the person/);
    await approvePlaybookVersion(db, id, 2, 'Anna Berg', 3_000);
    expect(await stepShown()).toBe('Phone the crisis lead now.');
    expect((await db.playbooks.get(id))!.updatedAt).toBe(3_000);

    // Retiring the version in use puts the one before back.
    await retirePlaybookVersion(db, id, 2, 4_000);
    expect(await stepShown()).toBe(builtinText);
    history = await playbookHistory(db, id);
    expect(history.map((v) => v.status)).toEqual(['approved', 'retired']);
    await expect(retirePlaybookVersion(db, id, 1, 5_000)).rejects.toThrow(/only approved version/);
  });

  it('refuses to edit a managed playbook and stores nothing', async () => {
    db = new KeelDatabase(`keel-pbv-${Math.random()}`);
    const managed: Playbook = { ...base, id: 'managed:sc-en', builtin: false, managedBy: 'Nordlicht GmbH' };
    await db.playbooks.put(managed);
    await expect(savePlaybookDraft(db, { ...managed, managedBy: undefined }, 'Mia', '', 1)).rejects.toThrow(/managed by Nordlicht GmbH/);
    expect(await db.playbookVersions.count()).toBe(0);
  });

  it('a playbook Keel never stored starts as a version 1 draft and is used once approved', async () => {
    db = new KeelDatabase(`keel-pbv-${Math.random()}`);
    const fresh: Playbook = { ...base, id: 'pack-sc-en', builtin: false };
    const v = await savePlaybookDraft(db, fresh, 'Mia', 'From the pack', 1);
    expect(v).toMatchObject({ version: 1, status: 'draft' });
    expect(await db.playbooks.get('pack-sc-en')).toBeUndefined();
    await approvePlaybookVersion(db, 'pack-sc-en', 1, 'Anna', 2);
    expect((await db.playbooks.get('pack-sc-en'))?.updatedAt).toBe(2);
  });
});
