import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATASET_LICENCES } from '../../lib/risk/evaluation';
import type { ModelFile } from '../../lib/risk/model';
import { assessRisk, crisisTypeLabel, detectLanguage, explainReason, levelLabel, type RiskInput } from '../../lib/risk/index';
import { CRISIS_TYPES, LANGUAGES, REASON_KINDS, RISK_LEVELS, RiskAssessment, type DetectedLanguage, type ReasonKind } from '../../lib/schema';

function spansOf(text: string, language: DetectedLanguage, kind: ReasonKind): string[] {
  const r = assessRisk({ text, language });
  const reason = r.reasons.find((x) => x.kind === kind);
  return reason ? reason.spans.map(([a, b]) => text.slice(a, b).toLowerCase()) : [];
}

const CASES: Array<{ lang: DetectedLanguage; kind: ReasonKind; text: string; word: string }> = [
  { lang: 'en', kind: 'boycott', text: 'After this I will boycott your stores.', word: 'boycott' },
  { lang: 'en', kind: 'legal', text: 'My lawyer will hear about this.', word: 'lawyer' },
  { lang: 'en', kind: 'security', text: 'Your account got hacked, it is posting crypto links.', word: 'got hacked' },
  { lang: 'en', kind: 'pile-on', text: 'Everyone retweet this so they finally listen.', word: 'everyone retweet' },
  { lang: 'en', kind: 'staff', text: 'Your employee at the Leeds store laughed at me.', word: 'your employee' },
  { lang: 'en', kind: 'safety', text: 'My son had an allergic reaction after eating your bar.', word: 'allergic' },
  { lang: 'en', kind: 'data-leak', text: 'My data was leaked in your breach.', word: 'my data was leaked' },
  { lang: 'de', kind: 'boycott', text: 'Ich rufe zum Boykott eurer Filialen auf.', word: 'boykott' },
  { lang: 'de', kind: 'legal', text: 'Das geht jetzt an meinen Anwalt.', word: 'anwalt' },
  { lang: 'de', kind: 'security', text: 'Euer Konto wurde gehackt, oder?', word: 'gehackt' },
  { lang: 'de', kind: 'pile-on', text: 'Bitte teilen, alle sollen das sehen.', word: 'bitte teilen' },
  { lang: 'de', kind: 'staff', text: 'Eure Mitarbeiterin an der Kasse war unverschämt.', word: 'mitarbeiterin' },
  { lang: 'de', kind: 'safety', text: 'Nach eurem Salat hatte ich eine Lebensmittelvergiftung.', word: 'lebensmittelvergiftung' },
  { lang: 'da', kind: 'boycott', text: 'Jeg boykotter jer fra i dag.', word: 'boykotter' },
  { lang: 'da', kind: 'legal', text: 'Jeg har kontaktet min advokat.', word: 'advokat' },
  { lang: 'da', kind: 'security', text: 'Jeres profil er blevet hacket.', word: 'hacket' },
  { lang: 'da', kind: 'pile-on', text: 'Del gerne så alle kan se det.', word: 'del gerne' },
  { lang: 'da', kind: 'staff', text: 'Jeres medarbejder var meget uhøflig.', word: 'medarbejder' },
  { lang: 'da', kind: 'safety', text: 'Hele familien fik madforgiftning.', word: 'madforgiftning' },
  { lang: 'pl', kind: 'boycott', text: 'Ogłaszam bojkot waszych sklepów.', word: 'bojkot' },
  { lang: 'pl', kind: 'legal', text: 'Sprawę przekazuję prawnikowi.', word: 'prawnikowi' },
  { lang: 'pl', kind: 'security', text: 'Wasze konto zostało zhakowane.', word: 'zhakowane' },
  { lang: 'pl', kind: 'pile-on', text: 'Udostępnijcie to wszyscy!', word: 'udostępnijcie' },
  { lang: 'pl', kind: 'staff', text: 'Wasz pracownik był bardzo niemiły.', word: 'pracownik' },
  { lang: 'pl', kind: 'safety', text: 'Po waszej pizzy miałem zatrucie pokarmowe.', word: 'zatrucie' },
];

describe('lexicon reasons and spans', () => {
  for (const c of CASES) {
    it(`${c.lang}: ${c.kind} in "${c.text}"`, () => {
      expect(spansOf(c.text, c.lang, c.kind)).toContain(c.word);
    });
  }

  it('finds inflected forms but not words that merely contain a stem', () => {
    expect(spansOf('Wir verklagen euch.', 'de', 'legal')).toEqual(['verklagen']);
    expect(spansOf('The courtyard was lovely.', 'en', 'legal')).toEqual([]);
    expect(spansOf('Ich bin Klageliedsänger', 'de', 'legal')).toEqual([]);
  });

  it('spans index the original text, also after emoji and combining marks', () => {
    const text = '😡😡 Cafe\u0301 people: my lawyer is calling';
    const r = assessRisk({ text, language: 'en' });
    const legal = r.reasons.find((x) => x.kind === 'legal');
    expect(legal).toBeDefined();
    const [a, b] = legal!.spans[0]!;
    expect(text.slice(a, b)).toBe('lawyer');
  });

  it('detects shouting by capitals and by repeated exclamation marks', () => {
    expect(spansOf('WHERE IS MY PARCEL YOU PROMISED FRIDAY', 'en', 'shouting')).toContain('parcel');
    expect(spansOf('where is my parcel!!!', 'en', 'shouting')).toEqual(['!!!']);
    expect(spansOf('Where is my parcel?', 'en', 'shouting')).toEqual([]);
  });

  it('unknown language still gets lexicon signals from every language', () => {
    const r = assessRisk({ text: 'Anwalt!', language: 'und' });
    expect(r.reasons.map((x) => x.kind)).toContain('legal');
  });
});

describe('scores, levels and reasons', () => {
  it('returns a schema-valid assessment with reasons sorted by weight', () => {
    const r = assessRisk({
      text: 'You scammers lost my order, my lawyer is informed and everyone retweet this!',
      language: 'en',
      reach: { verified: true, followers: 120000 },
      engagement: { replies: 40, reposts: 100, likes: 900, views: null },
      context: { brandReplied: false, authorPostsInThread: 3 },
    });
    expect(RiskAssessment.safeParse(r).success).toBe(true);
    const weights = r.reasons.map((x) => x.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(r.level).toBe('critical');
    const reach = r.reasons.find((x) => x.kind === 'reach');
    expect(reach?.params.followers).toBe(120000);
    for (const kind of ['engagement', 'unanswered', 'repeat-author'] as const) expect(r.reasons.map((x) => x.kind)).toContain(kind);
  });

  it('a friendly post is low with no rule reasons', () => {
    const r = assessRisk({ text: 'Thank you, the new blend tastes wonderful!', language: 'en' });
    expect(r.level).toBe('low');
    expect(r.crisisType).toBe('none');
  });

  it('level and score never fall as the author reach grows', () => {
    // A complaint in the middle of the scale, so reach has room to lift it.
    const text = 'Nobody answers my emails.';
    let previous = -1;
    let previousLevel = -1;
    for (const followers of [null, 0, 500, 2000, 20000, 200000, 2000000, 50000000]) {
      for (const verified of [false, true]) {
        const r = assessRisk({ text, language: 'en', reach: { verified, followers } });
        const level = RISK_LEVELS.indexOf(r.level);
        if (!verified) {
          expect(r.score).toBeGreaterThanOrEqual(previous);
          expect(level).toBeGreaterThanOrEqual(previousLevel);
          previous = r.score;
          previousLevel = level;
        }
        expect(r.score).toBeGreaterThanOrEqual(assessRisk({ text, language: 'en', reach: { verified: false, followers } }).score);
      }
    }
    expect(previous).toBeGreaterThan(assessRisk({ text, language: 'en' }).score);
  });

  it('a brand reply lowers the score; repeated posts by the author raise it', () => {
    const text = 'Still waiting for my refund after three weeks. Unacceptable.';
    const base = assessRisk({ text, language: 'en' }).score;
    expect(assessRisk({ text, language: 'en', context: { brandReplied: true } }).score).toBeLessThan(base);
    expect(assessRisk({ text, language: 'en', context: { authorPostsInThread: 4 } }).score).toBeGreaterThan(base);
  });

  it('is deterministic', () => {
    const input: RiskInput = { text: 'Ihr Betrüger, mein Paket ist nie angekommen!!!', language: 'de', reach: { verified: false, followers: 5000 } };
    const first = JSON.stringify(assessRisk(input));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(assessRisk(input))).toBe(first);
  });
});

describe('crisis types', () => {
  const cases: Array<[string, DetectedLanguage, string]> = [
    ['The kettle is broken after two days and stopped working.', 'en', 'product-defect'],
    ['I got food poisoning from your burger.', 'en', 'product-defect'],
    ['I waited three weeks, no answer and my refund was refused.', 'en', 'service-complaint'],
    ['This company is a scam, pure fraud.', 'en', 'reputation-attack'],
    ['Tone deaf. Delete this, hypocrites.', 'en', 'reputation-attack'],
    ['Your employee insulted me, fire him.', 'en', 'employee-misconduct'],
    ['Your account got hacked and is sending phishing links.', 'en', 'security-incident'],
    ['Racist ad. Exploitation of workers in your factories.', 'en', 'social-responsibility'],
    ['Euer Datenleck hat meine Daten veröffentlicht.', 'de', 'security-incident'],
    ['Jeres produkter er lavet med børnearbejde.', 'da', 'social-responsibility'],
    ['Ta firma to oszustwo.', 'pl', 'reputation-attack'],
    ['Nordlicht Coffee is ripping off its customers and hoping nobody notices.', 'en', 'reputation-attack'],
    ['What a rip-off.', 'en', 'reputation-attack'],
    ['NORDLICHT WHERE IS MY ORDER??? THREE WEEKS!!! ANSWER YOUR EMAILS', 'en', 'service-complaint'],
  ];
  for (const [text, lang, type] of cases) {
    it(`${type}: ${text}`, () => expect(assessRisk({ text, language: lang }).crisisType).toBe(type));
  }
});

describe('demo thread posts', () => {
  it('a verified pile-on with a rip-off claim is a critical reputation attack', () => {
    const r = assessRisk({
      text: 'Everyone RT this. Nordlicht Coffee is ripping off its customers and hoping nobody notices.',
      language: 'en',
      reach: { verified: true, followers: null },
    });
    expect(r.level).toBe('critical');
    expect(r.crisisType).toBe('reputation-attack');
  });

  it('Polish plural insults count as insults and lift a fraud claim above medium', () => {
    const text = 'Nordlicht to banda oszustów. Idioci, którzy myślą, że zapłacimy każdą cenę.';
    expect(spansOf(text, 'pl', 'insult')).toEqual(['idioci']);
    expect(RISK_LEVELS.indexOf(assessRisk({ text, language: 'pl' }).level)).toBeGreaterThanOrEqual(RISK_LEVELS.indexOf('high'));
  });

  it('complaints with signs of escalation are high, also in a language without complaint training data', () => {
    expect(assessRisk({ text: 'Jeg har ventet 3 uger på min ordre fra Nordlicht, og nu nægter de at give mig pengene tilbage. Ingen svar.', language: 'da' }).level).toBe('high');
    expect(assessRisk({ text: 'Zamówienie przyszło uszkodzone, a obsługa klienta nie odpowiada od tygodnia.', language: 'pl' }).level).toBe('high');
  });

  it('praise stays low', () => {
    for (const [text, language] of [
      ['Finally! The new Polarstern roast is the best thing in my morning 🔥 #nordlicht', 'en'],
      ['Nordlicht Cold Brew er virkelig god i varmen ☀️', 'da'],
      ['Your team at the Copenhagen shop was lovely today, thanks @nordlichtcoffee', 'en'],
    ] as const) {
      expect(assessRisk({ text, language }).level).toBe('low');
    }
  });

  it('a burnt taste is a complaint, not a safety claim; a burnt hand is', () => {
    expect(spansOf("Nordlicht's new roast tastes burnt to me.", 'en', 'safety')).toEqual([]);
    expect(spansOf("Nordlicht's new roast tastes burnt to me.", 'en', 'complaint')).toEqual(['tastes burnt']);
    expect(spansOf('The kettle lid flew off and burned my hand.', 'en', 'safety')).toEqual(['burned my hand']);
  });
});

describe('detectLanguage on short posts', () => {
  const cases: Array<[string, DetectedLanguage]> = [
    ['Where is my order? I have been waiting for two weeks.', 'en'],
    ['Wo bleibt meine Bestellung? Ich warte seit zwei Wochen.', 'de'],
    ['Hvor er min pakke? Jeg har ventet i to uger.', 'da'],
    ['Gdzie jest moja paczka? Czekam już dwa tygodnie.', 'pl'],
    ['Das ist wirklich nicht okay.', 'de'],
    ['Det er ikke i orden.', 'da'],
    ['To jest skandal.', 'pl'],
    ['This is not okay.', 'en'],
    ['', 'und'],
    ['😡😡😡', 'und'],
    ['12345', 'und'],
  ];
  for (const [text, lang] of cases) it(`"${text}" → ${lang}`, () => expect(detectLanguage(text)).toBe(lang));
});

describe('hostile and odd input', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['emoji only', '😡🔥💩👎🏽🤬'],
    ['very long', 'worst service ever, '.repeat(5000)],
    ['mixed scripts', 'Это scam!!! 这是诈骗 ist Betrug, oszustwo'],
    ['RTL', 'هذا احتيال \u202Escam\u202C שירות גרוע'],
    ['lone surrogates', '\uD83D scam \uDE00 fraud \uD800'],
    ['zero-width joiners', 'sc\u200Bam 👩\u200D👩\u200D👧 fr\u200Daud'],
    ['combining marks', 'f\u0335r\u0335a\u0335u\u0335d\u0335 Z\u0351\u0352\u0353A\u0354L\u0355G\u0356O'],
    ['control characters', '\u0000\u0001\u0007 lawyer \u001B[31m'],
  ];
  for (const [name, text] of inputs) {
    it(`${name}: no exception, valid result`, () => {
      for (const language of ['und', 'en', 'de', 'da', 'pl'] as const) {
        const r = assessRisk({ text, language });
        expect(RiskAssessment.safeParse(r).success).toBe(true);
        for (const reason of r.reasons) {
          for (const [a, b] of reason.spans) {
            expect(a).toBeLessThan(b);
            expect(b).toBeLessThanOrEqual(text.length);
          }
        }
      }
      expect(() => detectLanguage(text)).not.toThrow();
    });
  }

  it('non-string text from a broken caller does not throw', () => {
    expect(assessRisk({ text: undefined as unknown as string, language: 'en' }).level).toBe('low');
  });
});

describe('explanations', () => {
  it('explains every reason kind, level and crisis type in every UI language', () => {
    for (const lang of LANGUAGES) {
      for (const kind of REASON_KINDS) {
        const s = explainReason({ kind, spans: [], weight: 10, params: { followers: 120000, posts: 3, probability: 80, terms: 'x', likes: 5 } }, lang);
        expect(s.length).toBeGreaterThan(5);
        expect(s).not.toMatch(/undefined|NaN/);
      }
      for (const level of RISK_LEVELS) expect(levelLabel(level, lang)).toBeTruthy();
      for (const type of CRISIS_TYPES) expect(crisisTypeLabel(type, lang)).toBeTruthy();
    }
    expect(explainReason({ kind: 'reach', spans: [], weight: 12, params: { followers: 120000, verified: 0 } }, 'en')).toBe(
      'Large account: 120,000 followers — a multiplier',
    );
    expect(explainReason({ kind: 'boycott', spans: [], weight: 25, params: {} }, 'de')).toBe('Droht mit Boykott oder Kündigung');
  });
});

describe('model file', () => {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'risk', 'model.json');
  it('is at most 1.5 MB', () => {
    expect(statSync(path).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('records its heads and sources, and nothing from a set without a licence to ship', () => {
    const model = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
    expect(model.format).toBe('keel-risk-heads-v2');
    expect(model.heads.length).toBeGreaterThan(0);
    expect(model.scales.length).toBe(model.heads.length + (model.register ? 1 : 0));
    for (const source of model.tunedOn ?? []) expect(DATASET_LICENCES[source.source]?.tuneOnly).toBe(true);
    const trained = new Set(model.trainedOn.map((s) => s.source));
    for (const head of model.heads) {
      for (const source of head.sources) expect(trained.has(source)).toBe(true);
      for (const lang of head.languages) expect(head.threshold[lang]).toBeTypeOf('number');
    }
    for (const source of trained) expect(DATASET_LICENCES[source]?.shippable).toBe(true);
    expect(trained.has('complaints')).toBe(false);
    expect(trained.has('germeval2019')).toBe(false);
  });
});

describe('engine without a model', () => {
  it('scores by rules and context alone, and with the model again once it is installed', async () => {
    const engine = await import('../../lib/risk/engine');
    const { bundledRiskModel } = await import('../../lib/risk');
    const text = 'Nordlicht you are a disgrace, I will sue you and boycott your stores';
    const withModel = engine.assessRisk({ text, language: 'en' });
    expect(withModel.reasons.map((r) => r.kind)).toContain('classifier');
    engine.useRiskModel(null);
    try {
      const rulesOnly = engine.assessRisk({ text, language: 'en' });
      expect(engine.riskModelInstalled()).toBe(false);
      expect(rulesOnly.reasons.map((r) => r.kind)).not.toContain('classifier');
      expect(rulesOnly.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['legal', 'boycott']));
    } finally {
      engine.useRiskModel(bundledRiskModel);
    }
    expect(engine.assessRisk({ text, language: 'en' })).toEqual(withModel);
    // Once decoded (the file's text let go), the model stays installed and scores alike.
    expect(engine.riskModelInstalled()).toBe(true);
    expect(engine.assessRisk({ text, language: 'en' })).toEqual(withModel);
  });
});
