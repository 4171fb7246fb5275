/**
 * Reply templates: filling their variables, the approval workflow (as pure
 * functions that return new records for the database layer to store), and
 * suggestions for the selected mention.
 *
 * Workflow: draft → approved → retired. Editing an approved template never
 * changes what was approved: it makes a new draft version (version + 1) that
 * needs its own approval, while the approved version stays in use. Editing a
 * draft changes it in place. A retired version is final.
 */
import { describeZodError, Template, type CrisisType, type Language, type Platform } from '../schema';

import { DEFAULT_TEMPLATES_APPROVER } from './default-templates';

export { DEFAULT_TEMPLATES, DEFAULT_TEMPLATES_APPROVER } from './default-templates';

/** Variables the default templates use and the reply composer fills. */
export const TEMPLATE_VARIABLES = ['author', 'brand', 'agent', 'ticket', 'dm_link', 'product', 'date'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const VARIABLE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export interface FilledTemplate {
  text: string;
  /** Variables without a value, in order of first use; they stay visible in text as {name}. */
  missing: string[];
}

/** Names of the variables a template body uses, in order of first use. */
export function templateVariables(body: string): string[] {
  const names: string[] = [];
  for (const m of body.matchAll(VARIABLE)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Replaces {name} with vars[name]. A variable with no value, or only
 * whitespace, stays in the text as {name} and is listed in `missing`, so a
 * half-filled reply can never go out looking complete. Values are inserted
 * as they are and are not themselves searched for variables.
 */
export function fillTemplate(body: string, vars: Partial<Record<string, string>>): FilledTemplate {
  const missing: string[] = [];
  const text = body.replace(VARIABLE, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined || value.trim() === '') {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text, missing };
}

/** A workflow step that the template's status does not allow. */
export class TemplateTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateTransitionError';
  }
}

function validated(t: Template): Template {
  const parsed = Template.safeParse(t);
  if (!parsed.success) throw new TemplateTransitionError(`Template "${t.id}" is not valid:\n${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** A new custom template, as a draft awaiting approval. */
export function newTemplateDraft(
  fields: Pick<Template, 'id' | 'title' | 'body' | 'crisisType' | 'language' | 'platforms'>,
  now: number,
): Template {
  return validated({
    ...fields,
    version: 1,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    createdAt: now,
    updatedAt: now,
    builtin: false,
  });
}

/** Whether a name is the one earlier versions stored for their builtin templates instead of a person's. */
function isLegacyDefaultApprover(name: string | null): boolean {
  return name !== null && name.trim().toLowerCase() === DEFAULT_TEMPLATES_APPROVER.toLowerCase();
}

/** Approves a draft; records who approved it and when. */
export function approveTemplate(t: Template, approver: string, now: number): Template {
  const name = approver.trim();
  if (!name) throw new TemplateTransitionError('Approving a template needs the name of the person who approves it.');
  if (isLegacyDefaultApprover(name)) {
    throw new TemplateTransitionError(`"${name}" is not a person: approving a template needs the name of the person who approves it.`);
  }
  if (t.status === 'approved') {
    throw new TemplateTransitionError(`"${t.title}" (version ${t.version}) is already approved.`);
  }
  if (t.status === 'retired') {
    throw new TemplateTransitionError(
      `"${t.title}" (version ${t.version}) is retired and cannot be approved again; create a new template instead.`,
    );
  }
  return validated({ ...t, status: 'approved', approvedBy: name, approvedAt: now, updatedAt: now });
}

/** Takes a draft or approved version out of use for good. */
export function retireTemplate(t: Template, now: number): Template {
  if (t.status === 'retired') throw new TemplateTransitionError(`"${t.title}" (version ${t.version}) is already retired.`);
  return validated({ ...t, status: 'retired', updatedAt: now });
}

export type TemplateChanges = Partial<Pick<Template, 'title' | 'body' | 'crisisType' | 'language' | 'platforms'>>;

/**
 * Edits a template. A draft is changed in place. An approved template stays
 * as it was approved and the edit becomes a new draft version (version + 1,
 * no approval, not builtin) of the same template family.
 */
export function editTemplate(t: Template, changes: TemplateChanges, now: number): Template {
  const allowed: TemplateChanges = {};
  if (changes.title !== undefined) allowed.title = changes.title;
  if (changes.body !== undefined) allowed.body = changes.body;
  if (changes.crisisType !== undefined) allowed.crisisType = changes.crisisType;
  if (changes.language !== undefined) allowed.language = changes.language;
  if (changes.platforms !== undefined) allowed.platforms = [...changes.platforms];
  if (t.status === 'retired') {
    throw new TemplateTransitionError(`"${t.title}" (version ${t.version}) is retired and cannot be edited.`);
  }
  if (t.status === 'draft') return validated({ ...t, ...allowed, updatedAt: now });
  // Why the approved version was made is not why this one is: the new draft starts without a note.
  const { change: _why, ...approved } = t;
  return validated({
    ...approved,
    ...allowed,
    version: t.version + 1,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    createdAt: now,
    updatedAt: now,
    builtin: false,
  });
}

/**
 * Whether a person at the brand approved this version: approved, with a name
 * and a time, and not the placeholder approval earlier versions gave their
 * builtin templates.
 */
export function approvedByPerson(t: Template): boolean {
  return t.status === 'approved' && !!t.approvedBy?.trim() && t.approvedAt !== null && !isLegacyDefaultApprover(t.approvedBy);
}

/** Only templates a person approved may be inserted into a reply box with one click. */
export function canInsertOneClick(t: Template): boolean {
  return approvedByPerson(t);
}

/**
 * Approves several drafts at once with one name and time (all starter
 * templates of one crisis type, say). Versions that are not drafts are left out.
 */
export function approveTemplates(templates: readonly Template[], approver: string, now: number): Template[] {
  return templates.filter((t) => t.status === 'draft').map((t) => approveTemplate(t, approver, now));
}

/**
 * Starter templates nobody has reviewed yet: the latest version of a builtin
 * family that is still a draft. Approving or retiring one reviews it.
 */
export function starterTemplatesToReview(templates: readonly Template[]): Template[] {
  return latestVersions([...templates]).filter((t) => t.builtin && t.status === 'draft');
}

/**
 * The database upgrade for templates stored before starter templates shipped
 * as drafts: an approval in Keel's own name is taken back, so a person reviews
 * the text first. Approvals a person gave stay. Returns null when nothing changes.
 */
export function withoutDefaultApproval(t: Template): Template | null {
  if (t.status !== 'approved' || !isLegacyDefaultApprover(t.approvedBy)) return null;
  return { ...t, status: 'draft', approvedBy: null, approvedAt: null };
}

/** The highest version of each template family, whatever its status (for managing templates). */
export function latestVersions(templates: Template[]): Template[] {
  const byId = new Map<string, Template>();
  for (const t of templates) {
    const current = byId.get(t.id);
    if (!current || t.version > current.version) byId.set(t.id, t);
  }
  return [...byId.values()];
}

/**
 * The version of each family that is in use: its highest version a person approved. A
 * newer draft (an edit awaiting approval) does not take the approved version
 * out of use; retiring the approved version does.
 */
export function liveVersions(templates: Template[]): Template[] {
  return latestVersions(templates.filter(approvedByPerson));
}

function words(text: string): string[] {
  return text
    .replace(VARIABLE, ' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** Share of a text's words that a reply already contains (counting repeats). */
function overlapShare(textWords: string[], replyWords: string[]): number {
  if (textWords.length === 0) return 0;
  const available = new Map<string, number>();
  for (const w of replyWords) available.set(w, (available.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of textWords) {
    const n = available.get(w) ?? 0;
    if (n > 0) {
      shared++;
      available.set(w, n - 1);
    }
  }
  return shared / textWords.length;
}

/** Share of the text's words that must already be in a reply for the text to count as used. */
export const ALREADY_USED_SHARE = 0.8;

/**
 * Whether a (filled) template text was already posted in the thread, word for
 * word or nearly so (≥ 80 % of its words, ignoring case, punctuation and
 * unfilled variables). Replies must not read copy-pasted.
 */
export function alreadyUsedIn(text: string, threadReplies: string[]): boolean {
  const own = words(text);
  return threadReplies.some((reply) => overlapShare(own, words(reply)) >= ALREADY_USED_SHARE);
}

export interface TemplateQuery {
  crisisType: CrisisType;
  language: Language;
  platform: Platform;
}

export interface TemplateSuggestion {
  template: Template;
  alreadyUsedInThread: boolean;
  /** The template is in English because none fits the requested language. */
  languageFallback: boolean;
  /** The template is a generic one ('none') because none fits the crisis type. */
  typeFallback: boolean;
  /** The template filled with the given variables. */
  filled: FilledTemplate;
}

/**
 * Approved templates (the live version of each family) for a mention, best
 * first. The first of these groups that has any template is used:
 * the crisis type in the requested language, a generic template in that
 * language, the crisis type in English, a generic template in English —
 * replying in the person's language matters more than a type-specific text.
 * Within the group: not yet used in this thread first, then templates made for
 * fewer platforms (more specific), then by title.
 */
export function suggestTemplates(
  templates: Template[],
  query: TemplateQuery,
  threadReplies: string[],
  vars: Partial<Record<string, string>> = {},
): TemplateSuggestion[] {
  const live = liveVersions(templates).filter((t) => t.platforms.includes(query.platform));
  const tiers: Array<{ type: CrisisType; language: Language }> = [
    { type: query.crisisType, language: query.language },
    { type: 'none', language: query.language },
    { type: query.crisisType, language: 'en' },
    { type: 'none', language: 'en' },
  ];
  for (const tier of tiers) {
    const matches = live.filter((t) => t.crisisType === tier.type && t.language === tier.language);
    if (matches.length === 0) continue;
    return matches
      .map((template) => {
        const filled = fillTemplate(template.body, vars);
        return {
          template,
          alreadyUsedInThread: alreadyUsedIn(filled.text, threadReplies),
          languageFallback: tier.language !== query.language,
          typeFallback: tier.type !== query.crisisType,
          filled,
        };
      })
      .sort(
        (a, b) =>
          Number(a.alreadyUsedInThread) - Number(b.alreadyUsedInThread) ||
          a.template.platforms.length - b.template.platforms.length ||
          a.template.title.localeCompare(b.template.title),
      );
  }
  return [];
}
