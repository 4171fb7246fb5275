import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lib/schema';
import { detectDraftLanguage } from '../../lib/tone/language';
import { checkTone, TONE_KINDS, type ToneContext } from '../../lib/tone/index';
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

describe('detectDraftLanguage', () => {
  it('tells the four languages apart', () => {
    expect(detectDraftLanguage("We're sorry, we will check your order and get back to you.")).toBe('en');
    expect(detectDraftLanguage('Das tut uns leid, wir prüfen die Bestellung und melden uns.')).toBe('de');
    expect(detectDraftLanguage('Det er vi kede af, vi kigger på din ordre og vender tilbage.')).toBe('da');
    expect(detectDraftLanguage('Przykro nam, sprawdzimy zamówienie i odezwiemy się dziś.')).toBe('pl');
    expect(detectDraftLanguage('{author} 👋')).toBe('und');
  });
});
