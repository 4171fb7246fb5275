/**
 * The policy formats IT admins use: the example files in docs/policies are valid policies
 * for Keel, and Chrome's managed_schema (public/managed-schema.json) describes every field
 * of them and of Keel's own policy schema, so Chrome passes a valid policy through whole.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANAGED_FIELDS, ManagedPlaybook, ManagedTemplate, parseManaged } from '../lib/managed';
import { ADDRESS_FORMS, BrandProfile, CRISIS_TYPES, LANGUAGES, PHASES, PLATFORMS, PlaybookStep, Readiness, RISK_LEVELS, STEP_TARGETS, Team, TEAM_ROLES, TeamMember } from '../lib/schema';

const ROOT = resolve(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
}
const SCHEMA = readJson('public/managed-schema.json') as JsonSchema;

/** Where `value` is not described by `schema`: unknown properties, wrong types, values outside an enum. */
function undescribed(schema: JsonSchema | undefined, value: unknown, path: string): string[] {
  if (!schema) return [`${path}: not described in the schema`];
  const type = Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (type !== schema.type && !(type === 'integer' && schema.type === 'number')) return [`${path}: schema says ${schema.type}, example has ${type}`];
  if (schema.enum && !schema.enum.includes(value as string)) return [`${path}: ${JSON.stringify(value)} is not in the schema's enum`];
  if (Array.isArray(value)) return value.flatMap((item, i) => undescribed(schema.items, item, `${path}[${i}]`));
  if (type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => undescribed(schema.properties?.[key], v, `${path}.${key}`));
  }
  return [];
}

const EXAMPLES = {
  chrome: () => Object.values((readJson('docs/policies/chrome-linux.json') as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions),
  firefox: () => Object.entries((readJson('docs/policies/firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty'].Extensions),
};

describe('policy examples and the managed schema', () => {
  it('the Chrome example holds one policy for Keel, and Keel applies all of it', () => {
    const policies = EXAMPLES.chrome();
    expect(policies).toHaveLength(1);
    const parsed = parseManaged(policies[0]);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.managed.templates?.length).toBeGreaterThan(0);
  });

  it("the Firefox example names Keel's add-on id and carries the same policy", () => {
    const entries = EXAMPLES.firefox();
    expect(entries.map(([id]) => id)).toEqual(['keel@keel.example']);
    const parsed = parseManaged(entries[0]![1]);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(entries[0]![1]).toEqual(EXAMPLES.chrome()[0]);
  });

  it('the managed schema describes every field of the examples', () => {
    expect(undescribed(SCHEMA, EXAMPLES.chrome()[0], 'policy')).toEqual([]);
    // The check itself finds what the schema lacks.
    expect(undescribed(SCHEMA, { brand: { names: ['x'], slogan: 'y' }, uiLanguage: 'fr' }, 'policy')).toEqual([
      'policy.brand.slogan: not described in the schema',
      'policy.uiLanguage: "fr" is not in the schema\'s enum',
    ]);
  });

  it("the managed schema has every field of Keel's policy, with the same choices", () => {
    const keys = (s: JsonSchema | undefined) => Object.keys(s?.properties ?? {}).sort();
    const p = SCHEMA.properties!;
    expect(keys(SCHEMA)).toEqual([...MANAGED_FIELDS].sort());
    expect(keys(p.brand)).toEqual(Object.keys(BrandProfile.shape).sort());
    expect(keys(p.team)).toEqual(Object.keys(Team.shape).sort());
    expect(keys(p.team!.properties!.members!.items)).toEqual(Object.keys(TeamMember.shape).sort());
    expect(keys(p.team!.properties!.readiness)).toEqual(Object.keys(Readiness.shape).sort());
    expect(keys(p.templates!.items)).toEqual(Object.keys(ManagedTemplate.shape).sort());
    const playbook = p.playbooks!.items!;
    expect(keys(playbook)).toEqual(Object.keys(ManagedPlaybook.shape).sort());
    const phase = playbook.properties!.phases!.items!;
    expect(keys(phase.properties!.steps!.items)).toEqual(Object.keys(PlaybookStep.shape).sort());

    const template = p.templates!.items!.properties!;
    expect(template.crisisType!.enum).toEqual([...CRISIS_TYPES]);
    expect(template.language!.enum).toEqual([...LANGUAGES]);
    expect(template.platforms!.items!.enum).toEqual([...PLATFORMS]);
    expect(template.address!.enum).toEqual([...ADDRESS_FORMS]);
    expect(playbook.properties!.crisisType!.enum).toEqual([...CRISIS_TYPES]);
    expect(phase.properties!.phase!.enum).toEqual([...PHASES]);
    expect(phase.properties!.steps!.items!.properties!.levels!.items!.enum).toEqual([...RISK_LEVELS]);
    expect(phase.properties!.steps!.items!.properties!.target!.enum).toEqual([...STEP_TARGETS]);
    expect(p.team!.properties!.members!.items!.properties!.role!.enum).toEqual([...TEAM_ROLES]);
    expect(p.uiLanguage!.enum).toEqual(['auto', ...LANGUAGES]);
  });

  it("uses only what Chrome's schema format knows", () => {
    const known = new Set(['type', 'description', 'properties', 'items', 'enum']);
    const walk = (s: JsonSchema, path: string): string[] => [
      ...Object.keys(s).filter((k) => !known.has(k)).map((k) => `${path}: ${k}`),
      ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => walk(v, `${path}.${k}`)),
      ...(s.items ? walk(s.items, `${path}[]`) : []),
    ];
    expect(walk(SCHEMA, 'schema')).toEqual([]);
  });
});
