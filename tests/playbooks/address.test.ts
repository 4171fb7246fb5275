/** The brand's form of address picks the German and Polish template variants offered for a mention. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../lib/playbooks/default-templates';
import { addressFormFor, replySuggestions } from '../../lib/replies';
import { DEFAULT_SETTINGS, type Language, type Mention, type Settings } from '../../lib/schema';

function mention(language: Language): Mention {
  return {
    id: 'm1',
    platform: 'x',
    url: 'https://x.com/anna/status/2',
    threadUrl: 'https://x.com/nordlichtcoffee/status/1',
    authorName: 'Anna Berg',
    authorHandle: 'anna_b',
    authorUrl: '',
    reach: { verified: false, followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null },
    text: 'Nordlicht',
    language,
    postedAt: 1,
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Nordlicht', kind: 'name', span: [0, 9] }],
    risk: { score: 40, level: 'medium', reasons: [], crisisType: 'service-complaint', language },
    pageUrls: [],
    firstSeenAt: 10,
    lastSeenAt: 10,
    status: 'new',
    crisisType: null,
    incidentId: null,
    firstReplyAt: null,
  };
}

const base: Settings = { ...DEFAULT_SETTINGS, agentName: 'Mia', dmLink: 'https://nordlicht.example/dm' };
const offered = (language: Language, settings: Settings) =>
  replySuggestions(DEFAULT_TEMPLATES, mention(language), settings, []).map((s) => s.template);

describe('form of address', () => {
  it('defaults to Sie and Państwo when the brand has not chosen', () => {
    expect(addressFormFor(DEFAULT_SETTINGS, 'de')).toBe('sie');
    expect(addressFormFor(DEFAULT_SETTINGS, 'pl')).toBe('panstwo');
    expect(addressFormFor(DEFAULT_SETTINGS, 'en')).toBeNull();
    const de = offered('de', base);
    expect(de.length).toBeGreaterThan(0);
    expect(de.every((t) => t.address === 'sie')).toBe(true);
    expect(offered('pl', base).every((t) => t.address === 'panstwo')).toBe(true);
  });

  it('switches German templates to du and Polish to ty or Pan/Pani by the setting', () => {
    const du = offered('de', { ...base, addressDe: 'du' });
    expect(du.length).toBeGreaterThan(0);
    expect(du.every((t) => t.address === 'du')).toBe(true);
    expect(du.map((t) => t.body).join(' ')).toMatch(/\bdu\b|\bdeine?\b|\bschick\b/);
    const ty = offered('pl', { ...base, addressPl: 'ty' });
    expect(ty.length).toBeGreaterThan(0);
    expect(ty.every((t) => t.address === 'ty')).toBe(true);
    const pan = offered('pl', { ...base, addressPl: 'pan' });
    expect(pan.every((t) => t.address === 'pan')).toBe(true);
    expect(pan.map((t) => t.body).join(' ')).toMatch(/Pan\/Pani/);
  });

  it('leaves English and Danish templates, which have one form, alone', () => {
    const en = offered('en', { ...base, addressDe: 'du', addressPl: 'ty' });
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((t) => t.address === undefined)).toBe(true);
  });
});
