/**
 * The levels a community manager reads (docs/risk.md "Levels"): praise, thanks and plain
 * questions are low; dissatisfaction is at least medium; a complaint with signs of escalation is
 * high; threats, safety claims, hacks and pile-on calls are critical. Texts written for these
 * tests, in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { assessRisk, explainReason } from '../../lib/risk/index';
import { RISK_LEVELS, type CrisisType, type Language, type ReasonKind, type RiskLevel } from '../../lib/schema';

interface Case {
  lang: Language;
  text: string;
  level: RiskLevel;
  /** For complaints: the crisis type. */
  type?: CrisisType;
  /** Words that must be highlighted by a reason of this kind. */
  spans?: Partial<Record<ReasonKind, string[]>>;
}

const LOW: Case[] = [
  { lang: 'en', text: 'Thank you Fjordlys, the parcel arrived after only 3 days 👍', level: 'low' },
  { lang: 'en', text: 'Does anyone know if Fjordlys ships to Norway?', level: 'low' },
  { lang: 'en', text: 'Love the new winter blend, best coffee ever!!!', level: 'low' },
  { lang: 'de', text: 'Danke, ist nach nur 3 Tagen angekommen 👍', level: 'low' },
  { lang: 'de', text: 'Liefert ihr auch nach Österreich?', level: 'low' },
  { lang: 'de', text: 'Super Service, vielen Dank an das Team in Köln!', level: 'low' },
  { lang: 'da', text: 'Tusind tak for den hurtige levering, kan varmt anbefales!', level: 'low' },
  { lang: 'da', text: 'Sender I også til Norge?', level: 'low' },
  { lang: 'da', text: 'Jeres personale i Aarhus var virkelig søde i dag, tak!', level: 'low' },
  { lang: 'pl', text: 'Dziękuję za szybką dostawę, polecam!', level: 'low' },
  { lang: 'pl', text: 'Czy wysyłacie też do Czech?', level: 'low' },
  { lang: 'pl', text: 'Kawa jest pyszna, bardzo miła obsługa w Krakowie.', level: 'low' },
];

const MEDIUM: Case[] = [
  { lang: 'en', text: 'My order from Fjordlys arrived damaged.', level: 'medium', type: 'product-defect', spans: { complaint: ['arrived damaged'] } },
  { lang: 'en', text: 'Pretty disappointed with the new blend, it is not what it used to be.', level: 'medium', spans: { complaint: ['disappointed'] } },
  { lang: 'de', text: 'Die Kaffeemaschine ist nach einer Woche kaputt gegangen.', level: 'medium', type: 'product-defect', spans: { complaint: ['kaputt'] } },
  { lang: 'de', text: 'Mein Zug ist schon wieder ausgefallen, echt ärgerlich.', level: 'medium', type: 'service-complaint' },
  { lang: 'da', text: 'Kaffemaskinen virker ikke, og det er den anden jeg har købt.', level: 'medium', type: 'product-defect', spans: { complaint: ['virker ikke'] } },
  { lang: 'da', text: 'Min pakke er forsinket, det er ærligt talt skuffende.', level: 'medium', type: 'service-complaint', spans: { complaint: ['forsinket', 'skuffende'] } },
  { lang: 'pl', text: 'Ekspres przestał działać po tygodniu.', level: 'medium', type: 'product-defect', spans: { complaint: ['przestał działać'] } },
  { lang: 'pl', text: 'Jestem bardzo rozczarowana jakością tej kawy.', level: 'medium', spans: { complaint: ['rozczarowana'] } },
];

const HIGH: Case[] = [
  {
    lang: 'en',
    text: 'I have been waiting 3 weeks for my order and nobody answers my emails. I want my money back.',
    level: 'high',
    type: 'service-complaint',
    spans: { escalation: ['been waiting 3 weeks', 'nobody answers', 'want my money back'] },
  },
  { lang: 'en', text: 'your barista Tomasz in Hamburg was rude to me and my kids', level: 'high', type: 'employee-misconduct', spans: { escalation: ['your barista'] } },
  {
    lang: 'de',
    text: 'Seit Wochen keine Antwort auf meine Reklamation, die Maschine ist immer noch kaputt.',
    level: 'high',
    spans: { escalation: ['seit wochen', 'keine antwort'] },
  },
  {
    lang: 'da',
    text: 'Jeg har ventet 4 uger på min ordre fra Fjordlys, og kundeservice svarer ikke. Det er simpelthen ikke i orden.',
    level: 'high',
    type: 'service-complaint',
    spans: { escalation: ['ventet 4 uger', 'svarer ikke'] },
  },
  { lang: 'da', text: 'Jeg har skrevet til jer 3 gange og aldrig fået svar. Jeg vil have mine penge tilbage.', level: 'high', type: 'service-complaint', spans: { escalation: ['aldrig fået svar'] } },
  {
    lang: 'pl',
    text: 'Zamówienie nie dotarło, czekam od miesiąca i nikt nie odpisuje.',
    level: 'high',
    type: 'service-complaint',
    spans: { escalation: ['czekam od', 'nikt nie odpisuje'] },
  },
];

const CRITICAL: Case[] = [
  { lang: 'en', text: 'Three weeks and no refund. My lawyer will hear about this.', level: 'critical' },
  { lang: 'de', text: 'Nach eurem Kaffee hatte mein Sohn eine allergische Reaktion, das ist gefährlich!', level: 'critical' },
  { lang: 'da', text: 'Jeres konto er blevet hacket og sender falske links ud.', level: 'critical' },
  { lang: 'pl', text: 'Udostępnijcie to wszyscy, niech wszyscy wiedzą jak ta firma traktuje klientów. Bojkot!', level: 'critical' },
];

function check(c: Case): void {
  const r = assessRisk({ text: c.text, language: c.lang });
  expect(r.level, JSON.stringify(r.reasons.map((x) => [x.kind, x.weight]))).toBe(c.level);
  if (c.type) expect(r.crisisType).toBe(c.type);
  for (const [kind, words] of Object.entries(c.spans ?? {})) {
    const reason = r.reasons.find((x) => x.kind === kind);
    expect(reason, kind).toBeDefined();
    const marked = reason!.spans.map(([a, b]) => c.text.slice(a, b).toLowerCase());
    for (const w of words!) expect(marked).toContain(w);
  }
}

describe('levels', () => {
  for (const [name, cases] of [['low: praise, thanks, plain questions', LOW], ['medium: dissatisfaction and complaints', MEDIUM], ['high: complaints with signs of escalation', HIGH], ['critical: threats, safety, hacks, pile-on', CRITICAL]] as const) {
    describe(name, () => {
      for (const c of cases) it(`${c.lang}: ${c.text}`, () => check(c));
    });
  }

  it('sarcastic thanks are a complaint, not thanks', () => {
    for (const [text, lang] of [
      ['Thanks for nothing, still no refund.', 'en'],
      ['Danke für nichts.', 'de'],
      ['Tak for ingenting.', 'da'],
      ['Dzięki za nic.', 'pl'],
    ] as const) {
      expect(RISK_LEVELS.indexOf(assessRisk({ text, language: lang }).level), text).toBeGreaterThanOrEqual(1);
    }
  });

  it('thanks from a large, much-liked account stay low', () => {
    const r = assessRisk({
      text: 'Love the new winter blend, best coffee ever!!!',
      language: 'en',
      reach: { followers: 500_000, verified: true },
      engagement: { replies: 40, reposts: 100, likes: 2000, views: 90_000 },
      context: { brandReplied: false },
    });
    expect(r.level).toBe('low');
  });

  it('a question that complains is a complaint', () => {
    expect(assessRisk({ text: 'Why has my order still not arrived after 3 weeks?', language: 'en' }).level).toBe('high');
    expect(assessRisk({ text: 'Wo bleibt meine Rückerstattung? Ich warte seit Wochen.', language: 'de' }).level).toBe('high');
  });

  it('explains the escalation signs in each UI language', () => {
    const r = assessRisk({ text: 'Seit drei Wochen keine Antwort. Ich will mein Geld zurück!', language: 'de' });
    const reason = r.reasons.find((x) => x.kind === 'escalation')!;
    expect(explainReason(reason, 'en')).toMatch(/^Signs the complaint is escalating \(long wait, no answer, money back demanded\)/);
    expect(explainReason(reason, 'de')).toMatch(/^Anzeichen, dass die Beschwerde eskaliert \(lange Wartezeit, keine Antwort, Geld zurück gefordert\)/);
    expect(explainReason(reason, 'da')).toMatch(/lang ventetid/);
    expect(explainReason(reason, 'pl')).toMatch(/brak odpowiedzi/);
  });

  it('without a critical signal a post stays below critical, however angry', () => {
    const r = assessRisk({ text: 'You useless idiots, 3 weeks waiting, no answer, worst service ever, disgusting!!!', language: 'en' });
    expect(r.level).toBe('high');
  });
});

describe('escalation signals of docs/risk.md, every language', () => {
  const TABLE: Array<[Language, string, string]> = [
    ['en', 'waiting', 'waited 3 weeks, still waiting, for two months, took 9 days'],
    ['en', 'no-answer', 'nobody answers, no reply, never heard back, nothing back'],
    ['en', 'repeat-contact', "called 5 times, 4th time I'm, emailed twice"],
    ['en', 'refund', 'want my money back, still no refund, compensation'],
    ['en', 'broken-promise', 'you promised, was told it would'],
    ['en', 'shaming', 'warning to everyone, name and shame'],
    ['de', 'waiting', 'seit Wochen, seit 3 Tagen, warte seit'],
    ['de', 'no-answer', 'keine Antwort, niemand meldet sich, Funkstille'],
    ['de', 'repeat-contact', 'zum dritten Mal, zweimal, mehrfach angerufen'],
    ['de', 'refund', 'Geld zurück, Erstattung, Entschädigung'],
    ['de', 'broken-promise', 'versprochen, zugesagt, immer noch nicht geliefert'],
    ['de', 'shaming', 'ich warne alle, Finger weg'],
    ['da', 'waiting', 'ventet 4 uger, i 3 uger, venter stadig, for to uger siden'],
    ['da', 'no-answer', 'intet svar, aldrig fået svar, svarer ikke'],
    ['da', 'repeat-contact', '3 gange, igen og igen'],
    ['da', 'refund', 'pengene tilbage, refusion, kompensation'],
    ['da', 'broken-promise', 'lovede, stadig ikke leveret'],
    ['da', 'shaming', 'advarsel til alle, Trustpilot'],
    ['pl', 'waiting', 'od miesiąca, czekam od, od 3 dni'],
    ['pl', 'no-answer', 'nikt nie odpisuje, brak odpowiedzi, cisza'],
    ['pl', 'repeat-contact', 'czwarty raz, wielokrotnie'],
    ['pl', 'refund', 'zwrot pieniędzy, oddajcie pieniądze, rekompensata'],
    ['pl', 'broken-promise', 'obiecali, nadal nie dotarło'],
    ['pl', 'shaming', 'ostrzegam innych, niech inni wiedzą'],
  ];
  for (const [lang, signal, phrases] of TABLE) {
    it(`${lang} ${signal}: ${phrases}`, () => {
      const parts = phrases.split(', ');
      const r = assessRisk({ text: phrases, language: lang });
      const reason = r.reasons.find((x) => x.kind === 'escalation');
      expect(reason?.params.signals).toBe(signal);
      // Every phrase of the row is highlighted (a span starts inside it).
      for (const part of parts) {
        const start = phrases.indexOf(part);
        expect(reason!.spans.some(([a]) => a >= start && a < start + part.length), part).toBe(true);
      }
    });
  }
});
