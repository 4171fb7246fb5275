/**
 * Managed settings: the brand profile, team, templates and playbooks an organisation
 * pushes to Keel by enterprise policy (Chrome's storage.managed, described by
 * public/managed-schema.json; Firefox's policies.json "3rdparty" → "Extensions").
 *
 * A policy is all or nothing: either every field is valid and the whole policy applies,
 * or none of it does and each problem is reported with the path of the field
 * ("brand.handles[2]: must be a handle such as @nordlichtcoffee (got "not a handle")").
 *
 * What a policy sets is locked: the person cannot change it in Settings. Brand terms are
 * the exception in one direction: when the policy allows it (allowPersonalBrandTerms,
 * default true), the person may add terms of their own beside the managed ones.
 */
import { z } from 'zod';
import * as zm from 'zod/mini';
import { foldTerm } from './brand';
import {
  ADDRESS_FORMS,
  BrandProfile,
  CrisisType,
  Language,
  Platform,
  Playbook,
  type Settings,
  Team,
  UiLanguage,
} from './schema';
import { describeSettingsIssues, formatPath, normaliseProfile } from './settings-io';

const managedText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Ids the policy gives its templates and playbooks: short, printable, stable across policy updates. */
const ManagedId = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'must be 1–80 letters, digits, "_", ".", ":" or "-"');

export const ManagedTemplate = z.strictObject({
  id: ManagedId.optional(),
  title: managedText(200),
  body: managedText(5000),
  crisisType: CrisisType,
  language: Language,
  platforms: z.array(Platform).min(1, 'must name at least one platform (x, facebook, instagram)'),
  address: z.enum(ADDRESS_FORMS).optional(),
});
export type ManagedTemplate = z.infer<typeof ManagedTemplate>;

export const ManagedPlaybook = /* @__PURE__ */ Playbook.omit({ builtin: true, updatedAt: true, id: true, managedBy: true })
  .extend({ id: ManagedId.optional() })
  .strict();
export type ManagedPlaybook = z.infer<typeof ManagedPlaybook>;

export const Managed = z
  .strictObject({
    managedBy: managedText(120).optional(),
    brand: zm.optional(BrandProfile),
    allowPersonalBrandTerms: z.boolean().default(true),
    team: zm.optional(Team),
    templates: z.array(ManagedTemplate).max(500).optional(),
    playbooks: z.array(ManagedPlaybook).max(64).optional(),
    // The same limits as Settings.agentName and Settings.dmLink.
    agentName: z.string().trim().max(80, 'must be at most 80 characters').optional(),
    dmLink: z.string().trim().max(300, 'must be at most 300 characters').optional(),
    uiLanguage: zm.optional(UiLanguage),
  })
  .superRefine((managed, ctx) => {
    // Two templates with one id, or two playbooks for one crisis type and language, leave
    // it open which one the organisation meant: say so instead of picking one.
    const templateKeys = new Map<string, number>();
    managed.templates?.forEach((t, i) => {
      const key = t.id !== undefined ? `id\u0000${t.id}` : JSON.stringify([t.crisisType, t.language, t.title, t.body]);
      const first = templateKeys.get(key);
      if (first === undefined) templateKeys.set(key, i);
      else if (t.id !== undefined) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `must be unique (templates[${first}] has the same id)` });
      else ctx.addIssue({ code: 'custom', path: ['templates', i], message: `repeats templates[${first}]` });
    });
    const playbookKeys = new Map<string, number>();
    const playbookIds = new Map<string, number>();
    managed.playbooks?.forEach((p, i) => {
      const key = `${p.crisisType}/${p.language}`;
      const first = playbookKeys.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['playbooks', i], message: `must be the only playbook for ${p.crisisType} in ${p.language} (playbooks[${first}] is one too)` });
      } else playbookKeys.set(key, i);
      if (p.id === undefined) return;
      const sameId = playbookIds.get(p.id);
      if (sameId !== undefined) ctx.addIssue({ code: 'custom', path: ['playbooks', i, 'id'], message: `must be unique (playbooks[${sameId}] has the same id)` });
      else playbookIds.set(p.id, i);
    });
  });
export type Managed = z.infer<typeof Managed>;

export type ManagedParse = { ok: true; managed: Managed } | { ok: false; errors: string[] };

/** Top-level fields of a policy, for the hint on an unknown one. */
export const MANAGED_FIELDS = ['managedBy', 'brand', 'allowPersonalBrandTerms', 'team', 'templates', 'playbooks', 'agentName', 'dmLink', 'uiLanguage'] as const;

function describeManagedIssues(error: z.core.$ZodError, input: unknown): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      return issue.keys.map((key) => `${formatPath([key])}: unknown field, Keel has no such policy; known fields: ${MANAGED_FIELDS.join(', ')}`);
    }
    if (issue.code === 'unrecognized_keys' && (issue.path[0] === 'templates' || issue.path[0] === 'playbooks')) {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
    }
    if (issue.code === 'custom' || (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('must '))) {
      return [`${formatPath(issue.path)}: ${issue.message}`];
    }
    return describeSettingsIssues(new z.ZodError([issue]), input).map((line) => (line.startsWith('settings:') ? `policy${line.slice(8)}` : line));
  });
}

/**
 * Reads a policy as the browser hands it over. An empty object (or nothing) is no policy.
 * On any problem no part of the policy comes back, and every problem is listed.
 */
export function parseManaged(raw: unknown): ManagedParse {
  if (raw === undefined || raw === null) return { ok: true, managed: Managed.parse({}) };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [`policy: must be an object with fields such as managedBy and brand (got ${Array.isArray(raw) ? 'a list' : typeof raw})`] };
  }
  const parsed = Managed.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeManagedIssues(parsed.error, raw) };
  const managed = parsed.data;
  return { ok: true, managed: managed.brand ? { ...managed, brand: normaliseProfile(managed.brand) } : managed };
}

/** Whether a policy sets anything at all (Chrome hands over {} when none is installed). */
export function isEmptyPolicy(managed: Managed): boolean {
  return MANAGED_FIELDS.every((field) => field === 'allowPersonalBrandTerms' || managed[field] === undefined) && managed.allowPersonalBrandTerms;
}

/** Which settings a policy fixes; the Settings view shows these as managed and locked. */
export interface LockedFields {
  /** The policy sets brand terms; those are locked. */
  brand: boolean;
  /** The person may add brand terms of their own (always true without a managed brand). */
  personalBrandTerms: boolean;
  team: boolean;
  agentName: boolean;
  dmLink: boolean;
  uiLanguage: boolean;
}

export const NOTHING_LOCKED: LockedFields = { brand: false, personalBrandTerms: true, team: false, agentName: false, dmLink: false, uiLanguage: false };

export interface MergedSettings {
  /** What Keel works with: content scripts match these terms, replies sign with this name. */
  settings: Settings;
  locked: LockedFields;
}

type TermList = Exclude<keyof BrandProfile, 'noInflection'>;
const TERM_LISTS: readonly TermList[] = ['names', 'aliases', 'handles', 'hashtags', 'products', 'exclude'];

/** The managed terms first, then the person's own that are not already among them (compared as the matcher does). */
function union(managed: readonly string[], personal: readonly string[]): string[] {
  const seen = new Set(managed.map(foldTerm));
  const out = [...managed];
  for (const term of personal) {
    const key = foldTerm(term);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

function mergeBrand(personal: BrandProfile, managed: BrandProfile | undefined, allowPersonal: boolean): BrandProfile {
  if (!managed) return allowPersonal ? personal : BrandProfile.parse({});
  if (!allowPersonal) return managed;
  const merged = Object.fromEntries(TERM_LISTS.map((list) => [list, union(managed[list], personal[list])])) as Record<TermList, string[]>;
  // A personal exclude phrase may not switch a managed term off.
  const managedTerms = new Set([...managed.names, ...managed.aliases, ...managed.products].map(foldTerm));
  merged.exclude = merged.exclude.filter((term) => managed.exclude.includes(term) || !managedTerms.has(foldTerm(term)));
  const noInflection = managed.noInflection || personal.noInflection ? union(managed.noInflection ?? [], personal.noInflection ?? []) : undefined;
  return { ...merged, ...(noInflection ? { noInflection } : {}) };
}

/** The settings Keel works with: the person's own, with what the policy sets laid over them. */
export function mergeSettings(personal: Settings, managed: Managed | null): MergedSettings {
  if (!managed) return { settings: personal, locked: NOTHING_LOCKED };
  const allowPersonal = managed.allowPersonalBrandTerms;
  const settings: Settings = {
    ...personal,
    brand: mergeBrand(personal.brand, managed.brand, allowPersonal),
    ...(managed.team ? { team: managed.team } : {}),
    ...(managed.agentName !== undefined ? { agentName: managed.agentName } : {}),
    ...(managed.dmLink !== undefined ? { dmLink: managed.dmLink } : {}),
    ...(managed.uiLanguage !== undefined ? { uiLanguage: managed.uiLanguage } : {}),
  };
  return {
    settings,
    locked: {
      brand: managed.brand !== undefined,
      personalBrandTerms: allowPersonal,
      team: managed.team !== undefined,
      agentName: managed.agentName !== undefined,
      dmLink: managed.dmLink !== undefined,
      uiLanguage: managed.uiLanguage !== undefined,
    },
  };
}

/**
 * What Keel knows about the organisation's policy: none installed, one that applies, or
 * one that could not be applied (then nothing of it applies, and the errors say why).
 */
export type ManagedState = { kind: 'none' } | { kind: 'applied'; managed: Managed } | { kind: 'invalid'; errors: string[] };

export function managedStateOf(raw: unknown): ManagedState {
  const parsed = parseManaged(raw);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  return isEmptyPolicy(parsed.managed) ? { kind: 'none' } : { kind: 'applied', managed: parsed.managed };
}

export const appliedPolicy = (state: ManagedState): Managed | null => (state.kind === 'applied' ? state.managed : null);
