/**
 * Playbook versions: the approval workflow templates have (lib/playbooks/templates.ts),
 * for playbooks, with a field-by-field difference between any two versions.
 *
 * Workflow: draft → approved → retired. Editing never changes what is in use: the
 * edit is saved as a new draft version (version + 1) with who saved it and a summary
 * of the change; editing a pending draft changes that draft. The approved version
 * stays in use (it is the row in the `playbooks` table the panel reads, see
 * guidance.ts) until a person approves the draft by name; the versions before stay
 * in history. A built-in playbook's first edit stores the built-in text as version 1.
 * Playbooks the organisation's policy manages (lib/managed/records.ts) are never edited here.
 *
 * The pure functions return new records; the db functions at the end store them in
 * one transaction each (the background calls them; the panel only reads).
 */
import type { KeelDatabase } from '../db';
import {
  describeZodError,
  PHASES,
  Playbook,
  PlaybookVersion,
  type Phase,
  type PlaybookStep,
} from '../schema';
import { DEFAULT_TEMPLATES_APPROVER } from './default-templates';

/** A workflow step that the version's status does not allow, or a playbook that is not valid. */
export class PlaybookTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlaybookTransitionError';
  }
}

const label = (v: Pick<PlaybookVersion, 'version' | 'playbook'>) => `"${v.playbook.title}" (version ${v.version})`;

/**
 * Checks a playbook before it is stored: the schema, and what the schema cannot say —
 * every step has text and an id no other step has. Errors name the phase and the step.
 */
export function validatePlaybook(playbook: Playbook): Playbook {
  const parsed = Playbook.safeParse(playbook);
  if (!parsed.success) {
    throw new PlaybookTransitionError(`Playbook "${playbook.title || playbook.id}" is not valid:\n${describeZodError(parsed.error)}`);
  }
  const problems: string[] = [];
  if (!parsed.data.title.trim()) problems.push('title: must not be empty');
  const seen = new Set<string>();
  for (const { phase, steps } of parsed.data.phases) {
    if (!(PHASES as readonly string[]).includes(phase)) problems.push(`phase "${phase}": unknown`);
    steps.forEach((step, i) => {
      if (!step.text.trim()) problems.push(`${phase}, step ${i + 1}: text must not be empty`);
      if (seen.has(step.id)) problems.push(`${phase}, step ${i + 1}: id "${step.id}" is used by another step`);
      seen.add(step.id);
    });
  }
  if (problems.length) throw new PlaybookTransitionError(`Playbook "${playbook.title || playbook.id}" is not valid:\n${problems.join('\n')}`);
  return parsed.data;
}

function versionRecord(v: PlaybookVersion): PlaybookVersion {
  const parsed = PlaybookVersion.safeParse(v);
  if (!parsed.success) throw new PlaybookTransitionError(`Version ${v.version} of playbook "${v.id}" is not valid:\n${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * The version a playbook had before anyone edited it in Keel: the built-in text (or an
 * earlier edit, or the organisation's), in use, approved by nobody in particular.
 */
export function firstVersion(playbook: Playbook, savedAt: number): PlaybookVersion {
  return versionRecord({
    id: playbook.id,
    version: 1,
    savedAt,
    savedBy: '',
    change: '',
    status: 'approved',
    approvedBy: null,
    approvedAt: null,
    playbook,
  });
}

/** The newest version, whatever its status. */
export function latestVersion(history: readonly PlaybookVersion[]): PlaybookVersion | null {
  return history.reduce<PlaybookVersion | null>((best, v) => (!best || v.version > best.version ? v : best), null);
}

/** The version in use: the newest approved one. A newer draft does not take it out of use. */
export function inUseVersion(history: readonly PlaybookVersion[]): PlaybookVersion | null {
  return latestVersion(history.filter((v) => v.status === 'approved'));
}

/** The pending draft, if the newest version is one. */
export function pendingDraft(history: readonly PlaybookVersion[]): PlaybookVersion | null {
  const latest = latestVersion(history);
  return latest?.status === 'draft' ? latest : null;
}

/**
 * Saves an edit. A pending draft is changed in place (who and when are updated, the
 * summary replaced); otherwise the edit becomes version latest + 1, a draft. The
 * playbook keeps its id and crisis type; it is no longer the built-in text.
 */
export function editPlaybook(
  history: readonly PlaybookVersion[],
  edited: Playbook,
  by: string,
  change: string,
  now: number,
): PlaybookVersion {
  if (edited.managedBy !== undefined) {
    throw new PlaybookTransitionError(`Playbook "${edited.title}" is managed by ${edited.managedBy || 'your organisation'} and cannot be edited in Keel.`);
  }
  const latest = latestVersion(history);
  if (latest && latest.id !== edited.id) throw new PlaybookTransitionError(`Version history of "${latest.id}" cannot take playbook "${edited.id}".`);
  if (latest && latest.playbook.crisisType !== edited.crisisType) {
    throw new PlaybookTransitionError(`Playbook "${edited.title}" is for ${latest.playbook.crisisType}; its crisis type cannot change.`);
  }
  const playbook = validatePlaybook({ ...edited, builtin: false, updatedAt: now });
  const fields = { savedAt: now, savedBy: by.trim(), change: change.trim(), playbook };
  if (latest?.status === 'draft') return versionRecord({ ...latest, ...fields });
  return versionRecord({ id: edited.id, version: (latest?.version ?? 0) + 1, status: 'draft', approvedBy: null, approvedAt: null, ...fields });
}

/** Approves a draft; records who approved it and when. The name must be a person's. */
export function approvePlaybook(v: PlaybookVersion, approver: string, now: number): PlaybookVersion {
  const name = approver.trim();
  if (!name) throw new PlaybookTransitionError('Approving a playbook needs the name of the person who approves it.');
  if (name.toLowerCase() === DEFAULT_TEMPLATES_APPROVER.toLowerCase()) {
    throw new PlaybookTransitionError(`"${name}" is not a person: approving a playbook needs the name of the person who approves it.`);
  }
  if (v.status === 'approved') throw new PlaybookTransitionError(`${label(v)} is already approved.`);
  if (v.status === 'retired') throw new PlaybookTransitionError(`${label(v)} is retired and cannot be approved again; edit the playbook to make a new draft.`);
  return versionRecord({ ...v, status: 'approved', approvedBy: name, approvedAt: now });
}

/**
 * Takes a version out of use for good: a draft is dropped, an approved version gives way
 * to the newest approved one before it. The only approved version cannot be retired, so
 * a crisis type never loses its playbook.
 */
export function retirePlaybook(history: readonly PlaybookVersion[], version: number): PlaybookVersion {
  const v = history.find((h) => h.version === version);
  if (!v) throw new PlaybookTransitionError(`No version ${version} in this playbook's history.`);
  if (v.status === 'retired') throw new PlaybookTransitionError(`${label(v)} is already retired.`);
  if (v.status === 'approved' && !history.some((h) => h.status === 'approved' && h.version !== version)) {
    throw new PlaybookTransitionError(`${label(v)} is the only approved version: approve another before retiring it.`);
  }
  return versionRecord({ ...v, status: 'retired' });
}

// ——— The difference between two versions ———

export const DIFF_TEXT_FIELDS = ['title', 'summary', 'holdingStatement', 'whoAnswers', 'movePrivateWhen', 'escalateWhen', 'escalateTo'] as const;
export const DIFF_LIST_FIELDS = ['channels', 'deleteGuide'] as const;
export type DiffTextField = (typeof DIFF_TEXT_FIELDS)[number];
export type DiffListField = (typeof DIFF_LIST_FIELDS)[number];

export type FieldChange =
  | { field: DiffTextField; from: string; to: string }
  | { field: DiffListField; from: string[]; to: string[]; added: string[]; removed: string[] };

export type StepAspect = 'text' | 'levels' | 'target' | 'phase' | 'position';

export type StepChange =
  | { kind: 'added'; phase: Phase; step: PlaybookStep }
  | { kind: 'removed'; phase: Phase; step: PlaybookStep }
  | { kind: 'changed'; phase: Phase; fromPhase: Phase; from: PlaybookStep; to: PlaybookStep; aspects: StepAspect[] };

export interface PlaybookDiff {
  fields: FieldChange[];
  steps: StepChange[];
}

/** Ids of the longest run of `a` that `b` keeps in the same order: the steps that did not move. */
function keptInOrder(a: readonly string[], b: readonly string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

type Placed = { phase: Phase; step: PlaybookStep };

function stepsById(p: Playbook): Map<string, Placed> {
  const map = new Map<string, Placed>();
  for (const { phase, steps } of p.phases) for (const step of steps) map.set(step.id, { phase, step });
  return map;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function stepChanges(a: Playbook, b: Playbook): StepChange[] {
  const before = stepsById(a);
  const after = stepsById(b);
  const changes: StepChange[] = [];
  for (const phase of PHASES) {
    const idsA = a.phases.filter((p) => p.phase === phase).flatMap((p) => p.steps.map((s) => s.id)).filter((id) => after.get(id)?.phase === phase);
    const idsB = b.phases.filter((p) => p.phase === phase).flatMap((p) => p.steps.map((s) => s.id));
    const unmoved = keptInOrder(idsA, idsB.filter((id) => before.get(id)?.phase === phase));
    for (const { phase: ph, steps } of a.phases) {
      if (ph !== phase) continue;
      for (const step of steps) if (!after.has(step.id)) changes.push({ kind: 'removed', phase, step });
    }
    for (const id of idsB) {
      const to = after.get(id)!.step;
      const was = before.get(id);
      if (!was) {
        changes.push({ kind: 'added', phase, step: to });
        continue;
      }
      const aspects: StepAspect[] = [];
      if (was.step.text !== to.text) aspects.push('text');
      if (!sameList([...was.step.levels].sort(), [...to.levels].sort())) aspects.push('levels');
      if ((was.step.target ?? null) !== (to.target ?? null)) aspects.push('target');
      if (was.phase !== phase) aspects.push('phase');
      else if (!unmoved.has(id)) aspects.push('position');
      if (aspects.length) changes.push({ kind: 'changed', phase, fromPhase: was.phase, from: was.step, to, aspects });
    }
  }
  return changes;
}

/**
 * What changed from playbook `a` to playbook `b`: each text field that differs, each
 * list (channels, delete guide) with the items added and removed, and per phase the
 * steps added, removed and changed (text, levels, time target, phase, or moved within
 * the phase). Steps are matched by id, which edits keep.
 */
export function diffPlaybooks(a: Playbook, b: Playbook): PlaybookDiff {
  const fields: FieldChange[] = [];
  for (const field of DIFF_TEXT_FIELDS) if (a[field] !== b[field]) fields.push({ field, from: a[field], to: b[field] });
  for (const field of DIFF_LIST_FIELDS) {
    if (sameList(a[field], b[field])) continue;
    fields.push({
      field,
      from: [...a[field]],
      to: [...b[field]],
      added: b[field].filter((x) => !a[field].includes(x)),
      removed: a[field].filter((x) => !b[field].includes(x)),
    });
  }
  return { fields, steps: stepChanges(a, b) };
}

export const isEmptyDiff = (d: PlaybookDiff): boolean => d.fields.length === 0 && d.steps.length === 0;

// ——— Editing steps (for the editor and for lessons from a review) ———

/** A new step id in a phase, unique in the playbook: "<crisis type>.<phase>.added-<n>". */
export function newStepId(playbook: Playbook, phase: Phase): string {
  const ids = new Set(playbook.phases.flatMap((p) => p.steps.map((s) => s.id)));
  for (let n = 1; ; n++) {
    const id = `${playbook.crisisType}.${phase}.added-${n}`;
    if (!ids.has(id)) return id;
  }
}

/** The playbook with one step's text replaced; throws when no step has that id. */
export function withStepText(playbook: Playbook, stepId: string, text: string): Playbook {
  let found = false;
  const phases = playbook.phases.map((p) => ({
    ...p,
    steps: p.steps.map((s) => {
      if (s.id !== stepId) return s;
      found = true;
      return { ...s, text };
    }),
  }));
  if (!found) throw new PlaybookTransitionError(`Playbook "${playbook.title}" has no step "${stepId}".`);
  return { ...playbook, phases };
}

/** The playbook with a step added at the end of a phase (the phase is added if missing). */
export function withStepAdded(playbook: Playbook, phase: Phase, text: string): Playbook {
  const step: PlaybookStep = { id: newStepId(playbook, phase), text, levels: [] };
  const has = playbook.phases.some((p) => p.phase === phase);
  const phases = has
    ? playbook.phases.map((p) => (p.phase === phase ? { ...p, steps: [...p.steps, step] } : p))
    : [...playbook.phases, { phase, steps: [step] }].sort((x, y) => PHASES.indexOf(x.phase) - PHASES.indexOf(y.phase));
  return { ...playbook, phases };
}

// ——— Storage ———

/** Every stored version of a playbook, oldest first. */
export async function playbookHistory(db: KeelDatabase, id: string): Promise<PlaybookVersion[]> {
  return (await db.playbookVersions.where('id').equals(id).toArray()).sort((a, b) => a.version - b.version);
}

/**
 * Stores an edit as a draft version (see editPlaybook). When the playbook has no
 * history yet, its current text (the built-in one, say) is stored first as version 1.
 * A playbook Keel has never stored (a new one, or one a pack brings) starts as
 * version 1, a draft. Returns the draft as stored.
 */
export async function savePlaybookDraft(db: KeelDatabase, edited: Playbook, by: string, change: string, now: number): Promise<PlaybookVersion> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, async () => {
    const current = await db.playbooks.get(edited.id);
    if (current?.managedBy !== undefined) {
      throw new PlaybookTransitionError(`Playbook "${current.title}" is managed by ${current.managedBy || 'your organisation'} and cannot be edited in Keel.`);
    }
    let history = await playbookHistory(db, edited.id);
    if (history.length === 0 && current) {
      const first = firstVersion(current, current.updatedAt);
      await db.playbookVersions.put(first);
      history = [first];
    }
    const draft = editPlaybook(history, edited, by, change, now);
    await db.playbookVersions.put(draft);
    return draft;
  });
}

/** Puts a version's playbook in use: the row the panel reads, newest so it wins over other playbooks of its type. */
async function putInUse(db: KeelDatabase, v: PlaybookVersion, now: number): Promise<void> {
  await db.playbooks.put({ ...v.playbook, updatedAt: now });
}

/** Approves a draft version by name and puts it in use; the version before stays in history. */
export async function approvePlaybookVersion(db: KeelDatabase, id: string, version: number, approver: string, now: number): Promise<PlaybookVersion> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, async () => {
    const v = await db.playbookVersions.get([id, version]);
    if (!v) throw new PlaybookTransitionError(`No version ${version} of playbook "${id}".`);
    const current = await db.playbooks.get(id);
    if (current?.managedBy !== undefined) throw new PlaybookTransitionError(`Playbook "${current.title}" is managed by your organisation and cannot be changed in Keel.`);
    const approved = approvePlaybook(v, approver, now);
    await db.playbookVersions.put(approved);
    const inUse = inUseVersion(await playbookHistory(db, id));
    if (inUse?.version === approved.version) await putInUse(db, approved, now);
    return approved;
  });
}

/** Retires a version (see retirePlaybook); retiring the one in use puts the newest approved one before it in use. */
export async function retirePlaybookVersion(db: KeelDatabase, id: string, version: number, now: number): Promise<PlaybookVersion> {
  return db.transaction('rw', db.playbooks, db.playbookVersions, async () => {
    const history = await playbookHistory(db, id);
    const wasInUse = inUseVersion(history);
    const retired = retirePlaybook(history, version);
    await db.playbookVersions.put(retired);
    if (wasInUse?.version === version) {
      const next = inUseVersion(history.filter((h) => h.version !== version));
      if (next) await putInUse(db, next, now);
    }
    return retired;
  });
}
