import { describe, expect, it } from 'vitest';
import { exportSettings, normaliseProfile, parseSettingsImport } from '../lib/settings-io';
import { DEFAULT_SETTINGS, EMPTY_TEAM, Settings, TeamMember, teamOf, type BrandProfile } from '../lib/schema';

const SETTINGS: Settings = {
  brand: {
    names: ['Nordlicht', 'Nordlicht Coffee'],
    aliases: ['Nordlight'],
    handles: ['@nordlichtcoffee'],
    hashtags: ['#nordlicht'],
    products: ['Polarnacht Espresso', 'Mitternachtsröstung'],
    exclude: ['Nordlicht Festival'],
  },
  agentName: 'Maja',
  dmLink: 'https://x.com/messages/compose?recipient_id=1',
  uiLanguage: 'de',
};

function envelope(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ keel: 'settings', version: 1, settings, ...extra }, null, 2);
}

function errorsOf(json: string): string[] {
  const result = parseSettingsImport(json);
  expect(result.ok).toBe(false);
  // Nothing is returned on error: no partial settings.
  expect('settings' in result).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('exportSettings', () => {
  it('writes a pretty, versioned envelope', () => {
    const text = exportSettings(SETTINGS);
    expect(text).toContain('\n  "keel": "settings",\n  "version": 1,');
    expect(JSON.parse(text)).toEqual({ keel: 'settings', version: 1, settings: SETTINGS });
  });

  it('refuses to write settings that could not be imported again', () => {
    const broken = { ...SETTINGS, uiLanguage: 'fr' } as unknown as Settings;
    expect(() => exportSettings(broken)).toThrow();
  });
});

describe('parseSettingsImport', () => {
  it('round-trips exported settings', () => {
    expect(parseSettingsImport(exportSettings(SETTINGS))).toEqual({ ok: true, settings: SETTINGS });
    expect(parseSettingsImport(exportSettings(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('accepts a byte order mark and fills defaults for missing optional fields', () => {
    const result = parseSettingsImport('\ufeff' + envelope({ brand: { names: ['Nordlicht'] } }));
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] } },
    });
  });

  it('accepts a bare settings object without the envelope', () => {
    const result = parseSettingsImport(JSON.stringify({ brand: { handles: ['nordlichtcoffee'] }, agentName: 'Maja' }));
    expect(result.ok && result.settings.brand.handles).toEqual(['@nordlichtcoffee']);
    expect(result.ok && result.settings.agentName).toBe('Maja');
  });

  it('normalises the imported profile', () => {
    const result = parseSettingsImport(
      envelope({
        brand: {
          names: ['  Nordlicht   Coffee ', 'nordlicht coffee', 'Nördlicht'],
          aliases: ['NORDLICHT', 'Nordlight'],
          handles: ['NordlichtCoffee', '@nordlichtcoffee'],
          hashtags: ['nordlicht', '#Nordlicht'],
        },
      }),
    );
    expect(result.ok && result.settings.brand).toEqual({
      names: ['Nordlicht Coffee', 'Nördlicht'],
      aliases: ['Nordlight'],
      handles: ['@NordlichtCoffee'],
      hashtags: ['#nordlicht'],
      products: [],
      exclude: [],
    });
  });

  it('reports invalid JSON with line and column', () => {
    expect(errorsOf('{\n  "keel": "settings",\n  "version": 1\n  "settings": {}\n}')).toEqual([
      'Not valid JSON at line 4, column 3: expected "," or "}" after a field\'s value but found "\\"".',
    ]);
    expect(errorsOf('{"keel": "settings",}')[0]).toMatch(/^Not valid JSON at line 1, column 21: a comma before "}"/);
    expect(errorsOf("{'keel': 'settings'}")[0]).toMatch(/line 1, column 2: .*single quote/);
    expect(errorsOf('{\n  // my settings\n}')[0]).toMatch(/line 2, column 3: .*comment/);
    expect(errorsOf('{"keel": "set')[0]).toMatch(/line 1, column 14: text that is never closed/);
    expect(errorsOf('{"a": [1, 2')[0]).toMatch(/line 1, column 12: expected "," or "]" .* the file ends/);
    expect(errorsOf('{} x')[0]).toMatch(/line 1, column 4: unexpected "x" after the end/);
    expect(errorsOf('')).toEqual(['The file is empty.']);
  });

  it('explains a wrong envelope', () => {
    expect(errorsOf('[]')[0]).toMatch(/^Not a Keel settings file/);
    expect(errorsOf('"settings"')[0]).toMatch(/^Not a Keel settings file/);
    expect(errorsOf('{"hello": 1}')[0]).toMatch(/^Not a Keel settings file/);
    expect(errorsOf(JSON.stringify({ keel: 'templates', version: 1, templates: [] }))).toEqual([
      'This is a Keel "templates" file, not a settings file ("keel" must be "settings").',
    ]);
    expect(errorsOf(JSON.stringify({ keel: 'settings', settings: SETTINGS }))).toEqual([
      'version: is missing; settings files have "version": 1',
    ]);
    expect(errorsOf(JSON.stringify({ keel: 'settings', version: '1', settings: SETTINGS }))).toEqual([
      'version: must be a whole number (got "1")',
    ]);
    expect(errorsOf(JSON.stringify({ keel: 'settings', version: 1 }))).toEqual(['settings: is missing']);
    expect(errorsOf(JSON.stringify({ keel: 'settings', version: 1, settings: [] }))).toEqual([
      'settings: must be an object (got a list of 0)',
    ]);
    expect(errorsOf(JSON.stringify({ names: ['Nordlicht'] }))[0]).toMatch(/brand profile on its own/);
  });

  it('refuses files from a newer Keel', () => {
    expect(errorsOf(envelope(SETTINGS, { version: 2 }))).toEqual([
      'This file was made by a newer Keel (settings version 2; this Keel reads version 1). Update Keel, then import it again.',
    ]);
  });

  it('names the field of each schema problem', () => {
    const errors = errorsOf(
      envelope({
        brand: { handles: ['@ok', 'fine_too', 'no spaces allowed'], hashtags: [42], names: [''] },
        uiLanguage: 'fr',
        agentName: 'x'.repeat(81),
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'brand.handles[2]: must be a handle such as @nordlichtcoffee (got "no spaces allowed")',
        'brand.hashtags[0]: must be text (got 42)',
        'brand.names[0]: must not be empty (got "")',
        'uiLanguage: must be one of "auto", "en", "de", "da", "pl" (got "fr")',
        `agentName: must be at most 80 characters (got "${'x'.repeat(57)}…")`,
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('refuses unknown fields at every level', () => {
    expect(errorsOf(envelope({ ...SETTINGS, theme: 'dark' }))).toEqual([
      'theme: unknown field, Keel has no such setting; known fields here: brand, agentName, dmLink, uiLanguage, addressDe, addressPl, team',
    ]);
    expect(errorsOf(envelope({ ...SETTINGS, brand: { ...SETTINGS.brand, colour: 'red' } }))).toEqual([
      'brand.colour: unknown field, Keel has no such setting; known fields here: names, aliases, handles, hashtags, products, exclude, noInflection',
    ]);
    const topLevel = errorsOf(envelope({ ...SETTINGS, brand: { ...SETTINGS.brand, names: [1] } }, { exportedBy: 'me' }));
    expect(topLevel).toEqual([
      'exportedBy: unknown field at the top of the file; only keel, version and settings belong there',
      'brand.names[0]: must be text (got 1)',
    ]);
  });

  it('refuses lists longer than the schema allows', () => {
    const names = Array.from({ length: 201 }, (_, k) => `name ${k}`);
    expect(errorsOf(envelope({ brand: { names } }))).toEqual([
      'brand.names: may have at most 200 entries (has 201); remove some',
    ]);
  });

  it('does not let __proto__ through', () => {
    const errors = errorsOf('{"keel":"settings","version":1,"settings":{"brand":{},"__proto__":{"agentName":"x"}}}');
    expect(errors).toEqual([expect.stringMatching(/^__proto__: unknown field/)]);
  });
});

describe('normaliseProfile', () => {
  it('trims, collapses spaces, drops empties and duplicates, canonicalises sigils', () => {
    const input: BrandProfile = {
      names: [' Nordlicht ', 'NORDLICHT', 'Nördlicht', 'Nordlicht  Coffee', '   '],
      aliases: ['nordlicht', 'Nordlight', 'nordlight'],
      handles: ['nordlichtcoffee', '@NordlichtCoffee', '@nordlicht.dk', '@'],
      hashtags: ['Nordlicht', '#nordlicht', 'kaffee'],
      products: ['Polarnacht', 'polarnacht'],
      exclude: ['Nordlicht Festival', 'nordlicht   festival'],
    };
    expect(normaliseProfile(input)).toEqual({
      names: ['Nordlicht', 'Nordlicht Coffee'],
      aliases: ['Nordlight'],
      handles: ['@nordlichtcoffee', '@nordlicht.dk'],
      hashtags: ['#Nordlicht', '#kaffee'],
      products: ['Polarnacht'],
      exclude: ['Nordlicht Festival'],
    });
  });

  it('leaves a canonical profile unchanged', () => {
    expect(normaliseProfile(SETTINGS.brand)).toEqual(SETTINGS.brand);
  });

  it('keeps the exact-spelling list canonical, and absent when a stored profile has none', () => {
    expect('noInflection' in normaliseProfile(SETTINGS.brand)).toBe(false);
    const result = parseSettingsImport(envelope({ ...SETTINGS, brand: { ...SETTINGS.brand, noInflection: [' Polar  Nacht ', 'polar nacht', 'Nord'] } }));
    expect(result).toEqual({ ok: true, settings: { ...SETTINGS, brand: { ...SETTINGS.brand, noInflection: ['Polar Nacht', 'Nord'] } } });
  });
});

describe('crisis team in settings', () => {
  const TEAM = {
    members: [
      { role: 'lead', name: 'Maja Nowak', deputy: 'Jonas Berg', contact: 'maja@nordlicht.example', outOfHours: '+49 170 1234567' },
      { role: 'data-protection', name: 'Ole Hansen', contact: '+45 12 34 56 78' },
    ],
    readiness: { monitoringSetUp: true, lastDrill: '2026-11-30' },
  };

  it('loads settings stored before the team existed, and reads them as an empty team', () => {
    const result = parseSettingsImport(envelope(SETTINGS));
    expect(result.ok && result.settings.team).toBeUndefined();
    expect(result.ok && teamOf(result.settings)).toEqual(EMPTY_TEAM);
    expect(Settings.parse(SETTINGS)).toEqual(SETTINGS);
  });

  it('fills the readiness record and member list when a team leaves them out', () => {
    const result = parseSettingsImport(envelope({ ...SETTINGS, team: { members: [{ role: 'hr', name: 'Ida' }] } }));
    expect(result.ok && result.settings.team).toEqual({
      members: [{ role: 'hr', name: 'Ida' }],
      readiness: { monitoringSetUp: false, lastDrill: null },
    });
    const noMembers = parseSettingsImport(envelope({ ...SETTINGS, team: {} }));
    expect(noMembers.ok && noMembers.settings.team).toEqual(EMPTY_TEAM);
  });

  it('carries the team through export and import', () => {
    const withTeam = { ...SETTINGS, team: TEAM } as Settings;
    expect(parseSettingsImport(exportSettings(withTeam))).toEqual({ ok: true, settings: withTeam });
  });

  it('names the field of each team problem', () => {
    const errors = errorsOf(
      envelope({
        ...SETTINGS,
        team: {
          members: [
            { role: 'lead', name: 'Maja', contact: 'maja at nordlicht' },
            { role: 'boss', name: '', outOfHours: 'call me' },
            { role: 'hr', name: 'Ida', pager: '123' },
          ],
          readiness: { monitoringSetUp: 'yes', lastDrill: '30.11.2026' },
        },
      }),
    );
    expect(errors).toEqual([
      'team.members[0].contact: must be an email address or a phone number (got "maja at nordlicht")',
      expect.stringMatching(/^team\.members\[1\]\.role: must be one of "lead", "approver", .* \(got "boss"\)$/),
      'team.members[1].name: must not be empty (got "")',
      'team.members[1].outOfHours: must be a phone number such as +49 30 1234567 (got "call me")',
      'team.members[2].pager: unknown field, Keel has no such setting; known fields here: role, name, deputy, contact, outOfHours',
      'team.readiness.monitoringSetUp: must be true or false (got "yes")',
      'team.readiness.lastDrill: must be a date such as 2026-11-30 (got "30.11.2026")',
    ]);
  });

  it('accepts email addresses and phone numbers as contacts, and nothing else', () => {
    const contact = (value: string) =>
      TeamMember.safeParse({ role: 'lead', name: 'Maja', contact: value }).success;
    expect(contact('maja@nordlicht.example')).toBe(true);
    expect(contact('+49 (30) 123-4567')).toBe(true);
    expect(contact('0301234567')).toBe(true);
    expect(contact('')).toBe(true);
    expect(contact('maja@')).toBe(false);
    expect(contact('1234')).toBe(false);
    expect(contact('https://nordlicht.example')).toBe(false);
  });
});

