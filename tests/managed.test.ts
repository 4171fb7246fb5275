import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldTerm } from '../lib/brand';
import { managedStateOf, mergeSettings, NOTHING_LOCKED, parseManaged, type Managed } from '../lib/managed';
import { DEFAULT_SETTINGS, type Settings } from '../lib/schema';

const PERSONAL: Settings = {
  ...DEFAULT_SETTINGS,
  brand: { ...DEFAULT_SETTINGS.brand, names: ['Polarstern Café'], handles: ['@mia_at_nordlicht'], exclude: ['Nordlicht Festival'] },
  agentName: 'Mia',
  dmLink: 'https://example.com/dm',
};

function managed(raw: unknown): Managed {
  const parsed = parseManaged(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.managed;
}

describe('parseManaged', () => {
  it('reads a full policy and normalises its brand terms like an import', () => {
    const m = managed({
      managedBy: 'Nordlicht GmbH',
      brand: { names: ['  Nordlicht   Coffee '], handles: ['nordlichtcoffee'], hashtags: ['nordlicht'] },
      allowPersonalBrandTerms: false,
      templates: [{ title: 'Sorry', body: 'Sorry, {author}.', crisisType: 'none', language: 'en', platforms: ['x'] }],
      uiLanguage: 'de',
    });
    expect(m.brand).toMatchObject({ names: ['Nordlicht Coffee'], handles: ['@nordlichtcoffee'], hashtags: ['#nordlicht'], aliases: [] });
    expect(m.allowPersonalBrandTerms).toBe(false);
    expect(m.templates).toHaveLength(1);
  });

  it('names the path of every wrong field and returns nothing of the policy', () => {
    const result = parseManaged({
      managedBy: 'Nordlicht GmbH',
      brand: { names: ['Nordlicht'], handles: ['@ok', '@fine', 'not a handle'] },
      templates: [{ title: 'T', body: 'B', crisisType: 'meltdown', language: 'en', platforms: [] }],
      agentNme: 'typo',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('brand.handles[2]: must be a handle such as @nordlichtcoffee (got "not a handle")');
    expect(result.errors.some((e) => e.startsWith('templates[0].crisisType: must be one of'))).toBe(true);
    expect(result.errors).toContain('templates[0].platforms: must name at least one platform (x, facebook, instagram)');
    expect(result.errors.some((e) => e.startsWith('agentNme: unknown field'))).toBe(true);
    expect('managed' in result).toBe(false);
  });

  it('refuses two playbooks for one crisis type and language, and two templates with one id', () => {
    const playbook = {
      crisisType: 'product-defect', language: 'en', title: 'Recall', summary: '', phases: [], whoAnswers: '', channels: [],
      holdingStatement: '', movePrivateWhen: '', escalateWhen: '', escalateTo: '', deleteGuide: [],
    };
    const template = { id: 'sorry', title: 'Sorry', body: 'Sorry.', crisisType: 'none', language: 'en', platforms: ['x'] };
    const result = parseManaged({ playbooks: [playbook, { ...playbook, title: 'Other' }], templates: [template, { ...template, body: 'Other' }] });
    expect(result).toEqual({
      ok: false,
      errors: [
        'templates[1].id: must be unique (templates[0] has the same id)',
        'playbooks[1]: must be the only playbook for product-defect in en (playbooks[0] is one too)',
      ],
    });
  });

  it('treats an empty policy (what Chrome hands over without one) as none, and a non-object as invalid', () => {
    expect(managedStateOf({})).toEqual({ kind: 'none' });
    expect(managedStateOf(undefined)).toEqual({ kind: 'none' });
    expect(managedStateOf({ allowPersonalBrandTerms: false }).kind).toBe('applied');
    expect(managedStateOf('brand')).toMatchObject({ kind: 'invalid', errors: [expect.stringMatching(/^policy: must be an object/)] });
    expect(managedStateOf({ brand: { names: 'Nordlicht' } })).toEqual({ kind: 'invalid', errors: ['brand.names: must be a list (got "Nordlicht")'] });
  });
});

describe('mergeSettings', () => {
  it('without a policy, the personal settings apply and nothing is locked', () => {
    expect(mergeSettings(PERSONAL, null)).toEqual({ settings: PERSONAL, locked: NOTHING_LOCKED });
  });

  it('puts managed terms first, keeps personal additions, and locks what the policy sets', () => {
    const m = managed({ managedBy: 'Nordlicht GmbH', brand: { names: ['Nordlicht', 'polarstern café'] }, agentName: 'Nordlicht Team' });
    const { settings, locked } = mergeSettings(PERSONAL, m);
    expect(settings.brand.names).toEqual(['Nordlicht', 'polarstern café']);
    expect(settings.brand.handles).toEqual(['@mia_at_nordlicht']);
    expect(settings.agentName).toBe('Nordlicht Team');
    expect(settings.dmLink).toBe(PERSONAL.dmLink);
    expect(locked).toEqual({ brand: true, personalBrandTerms: true, team: false, agentName: true, dmLink: false, uiLanguage: false });
  });

  it('drops personal terms when the policy does not allow them, even without a managed brand', () => {
    expect(mergeSettings(PERSONAL, managed({ brand: { names: ['Nordlicht'] }, allowPersonalBrandTerms: false })).settings.brand).toEqual({
      ...DEFAULT_SETTINGS.brand,
      names: ['Nordlicht'],
    });
    expect(mergeSettings(PERSONAL, managed({ allowPersonalBrandTerms: false })).settings.brand).toEqual(DEFAULT_SETTINGS.brand);
  });

  it('a personal exclude phrase cannot switch a managed term off', () => {
    const personal = { ...PERSONAL, brand: { ...PERSONAL.brand, exclude: ['nordlicht', 'Nordlicht Festival'] } };
    const { settings } = mergeSettings(personal, managed({ brand: { names: ['Nordlicht'] } }));
    expect(settings.brand.exclude).toEqual(['Nordlicht Festival']);
  });

  it('a managed team replaces the personal one', () => {
    const team = { members: [{ role: 'lead', name: 'Jonas Weber', contact: 'jonas@nordlicht.example' }] };
    const { settings, locked } = mergeSettings({ ...PERSONAL, team: { members: [], readiness: { monitoringSetUp: true, lastDrill: null } } }, managed({ team }));
    expect(settings.team?.members).toEqual(team.members);
    expect(settings.team?.readiness).toEqual({ monitoringSetUp: false, lastDrill: null });
    expect(locked.team).toBe(true);
  });

  // Property: whatever the person stored, every managed term is in effect, no term appears
  // twice (as the matcher compares), and a policy that forbids personal terms leaves none of them.
  const term = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß ]{0,14}$/).map((s) => s.trim()).filter((s) => s.length > 0);
  const terms = fc.array(term, { maxLength: 6 });
  it('property: managed terms always apply; no duplicates; forbidden personal terms never apply', () => {
    fc.assert(
      fc.property(terms, terms, terms, fc.boolean(), (managedNames, personalNames, personalExclude, allow) => {
        const m = managed({ brand: { names: managedNames }, allowPersonalBrandTerms: allow });
        const personal = { ...PERSONAL, brand: { ...PERSONAL.brand, names: personalNames, exclude: personalExclude } };
        const { settings } = mergeSettings(personal, m);
        const folded = settings.brand.names.map(foldTerm);
        expect(new Set(folded).size).toBe(folded.length);
        for (const name of m.brand!.names) expect(settings.brand.names).toContain(name);
        const excluded = new Set(settings.brand.exclude.map(foldTerm));
        for (const name of m.brand!.names) expect(excluded.has(foldTerm(name))).toBe(false);
        if (!allow) expect(settings.brand.names).toEqual(m.brand!.names);
      }),
    );
  });
});
