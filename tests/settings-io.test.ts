import { describe, expect, it } from 'vitest';
import { exportSettings, normaliseProfile, parseSettingsImport } from '../lib/settings-io';
import { DEFAULT_SETTINGS, type BrandProfile, type Settings } from '../lib/schema';

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
      'theme: unknown field, Keel has no such setting; known fields here: brand, agentName, dmLink, uiLanguage, addressDe, addressPl',
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
