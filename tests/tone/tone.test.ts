import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/schema';
import { detectDraftLanguage } from '../../lib/tone/language';
import { answeredKindOf, checkTone, findUnfilledVariables, TONE_KINDS, type ToneContext } from '../../lib/tone/index';
import type { RiskAssessment } from '../../lib/schema';
import { TONE_MESSAGES } from '../../lib/tone/messages';

const EN: ToneContext = { platform: 'facebook', postLanguage: 'en', uiLanguage: 'en', incidentOpen: false };
const kinds = (text: string, ctx: ToneContext = EN) => checkTone(text, ctx).map((f) => f.kind);

describe('checkTone details', () => {
  it('returns nothing for an empty draft and does not nag about short drafts being typed', () => {
    expect(checkTone('   ', EN)).toEqual([]);
    expect(kinds('Hi Anna,')).toEqual([]);
  });

  it('skips a promise when the sentence comes from an approved template', () => {
    const draft = "We're sorry, Anna. We will refund everyone who bought the faulty batch. Please DM us your details.";
    expect(kinds(draft)).toContain('liability');
    const approved = ["Hi {author}, we're sorry. We will refund everyone who bought the faulty batch. Please DM us your details."];
    expect(kinds(draft, { ...EN, approvedTexts: approved })).not.toContain('liability');
    // Approval covers the approved sentence only, not a new promise added to it.
    expect(kinds(draft + ' We guarantee it will never happen again.', { ...EN, approvedTexts: approved })).toContain('liability');
  });

  it('flags promotional wording only while an incident is open', () => {
    const draft = "Sorry for the wait! We'll update you today. Meanwhile: our summer sale is on.";
    expect(kinds(draft)).not.toContain('promotional');
    expect(kinds(draft, { ...EN, incidentOpen: true })).toContain('promotional');
  });

  it('does not warn about language when the post language is unknown', () => {
    expect(kinds('Das tut uns leid, wir melden uns heute noch bei Ihnen.', { ...EN, postLanguage: 'und' })).toEqual([]);
  });

  it('finds personal data in local and international formats, but not dates or the brand hotline', () => {
    const pd = (t: string) => kinds(`Sorry about this, we'll help today. ${t}`).includes('personal-data');
    expect(pd('Call +49 30 1234 5678.')).toBe(true);
    expect(pd('Call 0170 1234567.')).toBe(true);
    expect(pd('Ring 20 12 34 56.')).toBe(true);
    expect(pd('Call 601-234-567.')).toBe(true);
    expect(pd('Your Bestellnummer: 123456.')).toBe(true);
    expect(pd('Order no. 98765.')).toBe(true);
    expect(pd('IBAN PL61 1090 1014 0000 0712 1981 2874.')).toBe(true);
    expect(pd('Sent to Kongensgade 12.')).toBe(true);
    expect(pd('Sent to ul. Marszałkowska 10/12.')).toBe(true);
    expect(pd('Delivered on 12.03.2024.')).toBe(false);
    expect(pd('Our hotline: +49 30 1234 5678.')).toBe(false);
    expect(pd('Write to support@nordlicht.de.')).toBe(false);
  });

  it('sees shouting in capitals and exclamation marks but not in acronyms', () => {
    expect(kinds("THIS IS NOT HOW WE TREAT CUSTOMERS. We're sorry and will call you today.")).toContain('shouting');
    expect(kinds("We're sorry!! We'll call you today.")).toContain('shouting');
    expect(kinds("We're sorry! DHL and UPS are on it and we'll call you today.")).not.toContain('shouting');
  });

  it('reports over-length with the platform limit in the message', () => {
    const draft = "We're sorry and we'll fix it today. " + 'x'.repeat(260);
    const finding = checkTone(draft, { ...EN, platform: 'x' }).find((f) => f.kind === 'too-long');
    expect(finding?.message).toContain('280');
    expect(finding?.spans[0]?.[0]).toBe(280);
    expect(kinds(draft, { ...EN, platform: 'instagram' })).not.toContain('too-long');
  });

  it('has messages and suggestions in all four UI languages', () => {
    for (const lang of LANGUAGES) {
      for (const kind of TONE_KINDS) {
        const t = TONE_MESSAGES[lang][kind];
        expect(t.message.length, `${lang} ${kind}`).toBeGreaterThan(10);
        expect(t.suggestion.length, `${lang} ${kind}`).toBeGreaterThan(10);
        if (lang !== 'en') expect(t.message).not.toBe(TONE_MESSAGES.en[kind].message);
      }
    }
    const de = checkTone('Actually, you misunderstood.', { ...EN, uiLanguage: 'de' });
    expect(de[0]?.message).toMatch(/Widerspruch|Schuldzuweisung/);
  });
});

describe('checkTone with what is known about the post', () => {
  const complaint: ToneContext = { ...EN, answering: 'complaint' };
  const has = (text: string, kind: string, ctx: ToneContext = complaint) => kinds(text, ctx).includes(kind as never);

  it('asks for acknowledgement and a next step only in replies to complaints and criticism', () => {
    expect(kinds('Order shipped.', complaint)).toEqual(['no-acknowledgement', 'no-next-step']);
    expect(kinds('Order shipped.', { ...EN, answering: 'criticism' })).toContain('no-acknowledgement');
    for (const answering of ['praise', 'question', 'false-claim', 'unknown'] as const) {
      expect(kinds('Order shipped. Tracking is in the confirmation email.', { ...EN, answering })).toEqual([]);
    }
    // A polite formula is not an acknowledgement.
    expect(has('Erstattungen erfolgen innerhalb der Frist. Wir bitten um Verständnis.', 'no-acknowledgement', { ...complaint, postLanguage: 'de' })).toBe(true);
  });

  it('reads laughing emoji under a complaint as mockery, not under praise', () => {
    expect(has("Four whole days, we'll check 😂", 'sarcasm')).toBe(true);
    expect(has('Thank you, see you soon 😂', 'sarcasm', { ...EN, answering: 'praise' })).toBe(false);
  });

  it('argues only on contradictions, not on everyday words', () => {
    const calm = { ...EN, answering: 'false-claim' as const };
    expect(has('Thanks for asking! We actually roast in Hamburg; the details are on our site.', 'arguing', calm)).toBe(false);
    expect(has('Danke! Eigentlich rösten wir in Hamburg, Details stehen online.', 'arguing', { ...calm, postLanguage: 'de' })).toBe(false);
    expect(has('Tak! Vi rister faktisk i Aarhus.', 'arguing', { ...calm, postLanguage: 'da' })).toBe(false);
    expect(has('Dzięki! Tak naprawdę palimy kawę w Krakowie.', 'arguing', { ...calm, postLanguage: 'pl' })).toBe(false);
    expect(has("That's simply not what happened, our records show it was delivered.", 'arguing', calm)).toBe(true);
    expect(has('Das stimmt so nicht, laut unserem System wurde geliefert.', 'arguing', { ...calm, postLanguage: 'de' })).toBe(true);
  });

  it('flags one-to-one offers of money, credit or compensation in all four languages', () => {
    expect(has("Sorry! We'll credit your account today.", 'liability')).toBe(true);
    expect(has('Entschuldigung! Wir erstatten Ihnen den Betrag heute.', 'liability', { ...complaint, postLanguage: 'de' })).toBe(true);
    expect(has('Tut uns leid, obendrauf gibt’s eine Gutschrift.', 'liability', { ...complaint, postLanguage: 'de' })).toBe(true);
    expect(has('Undskyld! Vi refunderer dig hele beløbet i dag.', 'liability', { ...complaint, postLanguage: 'da' })).toBe(true);
    expect(has('Przepraszamy, dostanie Pan rekompensatę jeszcze dziś.', 'liability', { ...complaint, postLanguage: 'pl' })).toBe(true);
    // Talking about a refund is not promising one; taking a promise back is not making it.
    expect(has("Sorry it's taking so long. Refunds usually reach your bank in five days; we'll check yours today.", 'liability')).toBe(false);
    expect(has("Sorry. We can't promise a refund yet, but we'll check it today.", 'liability')).toBe(false);
  });

  it('needs an approver for replacement, admitted fault and a confirmed cause, unless an approved template says it', () => {
    const draft = "Sorry! We'll send you a new one today.";
    expect(checkTone(draft, complaint).find((f) => f.kind === 'needs-approval')?.spans.map(([a, b]) => draft.slice(a, b))).toEqual([
      "We'll send you a new",
    ]);
    expect(has("Sorry, it was our mistake and we'll fix it today.", 'needs-approval')).toBe(true);
    expect(has("Sorry, the cause was a faulty batch. We'll update you today.", 'needs-approval')).toBe(true);
    expect(has("Sorry, the cause is not known yet. We'll update you today.", 'needs-approval')).toBe(false);
    expect(has("It's not our fault. We'll update you today.", 'needs-approval')).toBe(false);
    expect(has(draft, 'needs-approval', { ...complaint, approvedTexts: ["Hi {author}, sorry! We'll send you a new one today."] })).toBe(false);
  });

  it('names unfilled template variables, with their spans', () => {
    const draft = 'Hi {name}, your case is {{ticket}}; we write by [DATE] or <AGENT>. Not these: [sic], <3, {}.';
    expect(findUnfilledVariables(draft).map((v) => v.text)).toEqual(['{name}', '{{ticket}}', '[DATE]', '<AGENT>']);
    const finding = checkTone(draft, EN).find((f) => f.kind === 'unfilled-variable');
    expect(finding?.message).toContain('{name}, {{ticket}}, [DATE], <AGENT>');
    expect(finding?.spans.map(([a, b]) => draft.slice(a, b))).toEqual(['{name}', '{{ticket}}', '[DATE]', '<AGENT>']);
  });

  it('derives what the post is from its risk assessment and crisis type', () => {
    const risk = (level: RiskAssessment['level'], reasons: RiskAssessment['reasons'] = []): RiskAssessment => ({
      score: 10,
      level,
      reasons,
      crisisType: 'none',
      language: 'en',
    });
    expect(answeredKindOf(null, 'none')).toBe('unknown');
    expect(answeredKindOf(risk('low'), 'none')).toBe('other');
    expect(answeredKindOf(risk('low', [{ kind: 'complaint', spans: [], weight: 5, params: {} }]), 'none')).toBe('complaint');
    expect(answeredKindOf(risk('medium'), 'service-complaint')).toBe('complaint');
    expect(answeredKindOf(risk('high'), 'reputation-attack')).toBe('false-claim');
    expect(answeredKindOf(risk('medium'), 'none')).toBe('criticism');
  });
});

describe('detectDraftLanguage', () => {
  it('tells the four languages apart', () => {
    expect(detectDraftLanguage("We're sorry, we will check your order and get back to you.")).toBe('en');
    expect(detectDraftLanguage('Das tut uns leid, wir prüfen die Bestellung und melden uns.')).toBe('de');
    expect(detectDraftLanguage('Det er vi kede af, vi kigger på din ordre og vender tilbage.')).toBe('da');
    expect(detectDraftLanguage('Przykro nam, sprawdzimy zamówienie i odezwiemy się dziś.')).toBe('pl');
    expect(detectDraftLanguage('{author} 👋')).toBe('und');
  });
});
