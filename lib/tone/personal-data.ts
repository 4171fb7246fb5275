/**
 * Finds personal data that should not appear in a public reply: email
 * addresses, phone numbers, order/customer/account numbers, IBANs and street
 * addresses, and requests to post such data in the thread. The brand's own service contacts (support@…, "call our hotline")
 * are allowed, and so are ticket/case references, which are ours to share.
 */
import type { Span } from '../schema';

export type PersonalDataKind = 'email' | 'phone' | 'order-number' | 'iban' | 'address' | 'request';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  span: Span;
}

// Bounded parts keep the scan linear on long runs of letters (RFC 5321: local part ≤ 64).
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
// Role mailboxes are the brand's own service addresses, not someone's personal data.
const ROLE_MAILBOX =
  /^(?:support|service|help|hello|hej|hallo|info|kontakt|contact|care|kundeservice|kundenservice|kundendienst|presse|press|media|obsluga|obsługa|pomoc|biuro|reklamacje|team|social)$/iu;

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;

// A run of digits with the separators people write phone and account numbers with.
const NUMBER_RUN = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d \u00a0().\/-]{5,}\d(?![\p{N}])/gu;
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$/u;

// "order #123456", "Bestellnummer 12345", "ordrenummer: 4711-22", "numer zamówienia 12345".
const ORDER_NUMBER =
  /(?<![\p{L}])(?:order(?:\s+(?:no\.?|number|nr\.?|id))?|account(?:\s+(?:no\.?|number))?|customer\s+(?:no\.?|number|id)|invoice(?:\s+(?:no\.?|number))?|membership\s+number|bestell(?:ung|nummer|nr\.?)|auftrags(?:nummer|nr\.?)|kunden(?:nummer|nr\.?)|konto(?:nummer|nr\.?)?|rechnungs(?:nummer|nr\.?)|ordre(?:nummer|nr\.?)?|kunde(?:nummer|nr\.?)|faktura(?:nummer|nr\.?)?|medlemsnummer|zamówieni[ea](?:\s+nr\.?)?|(?:numer|nr\.?)\s+(?:zamówienia|klienta|konta|faktury|karty))\s*(?:nr\.?|no\.?|number)?\s*[:#]?\s*#?\s*[A-Z]{0,4}-?\d[\dA-Z-]{3,}/giu;
const HASH_NUMBER = /(?<![\p{L}\p{N}&])#\d{5,}(?![\p{L}\p{N}])/gu;

// The brand's own contact line or our own ticket reference just before a number.
const OWN_NUMBER_CUE =
  /(?:hotline|call us|ring us|our number|customer service|support|service|kundenservice|kundendienst|servicenummer|service-nummer|ticket|case|reference|ref\.?|vorgang|vorgangsnummer|fall|sag|sagsnummer|kundeservice|ring til os|infolinia|zadzwoń|nasz numer|biuro obsługi|zgłoszeni[ea]|numer sprawy|sprawa|sprawy)\s*(?:no\.?|nr\.?|number|nummer|numer)?\s*(?:on|at|is|ist|lautet|unter|er|på|to|pod|:|#)?\s*(?:numerem|der nummer|nummer)?\s*[:#]?\s*$/iu;

const STREET =
  /(?<![\p{L}])(?:\d{1,5}\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Ln\.|Drive|Dr\.|Boulevard|Blvd\.|Way|Close|Court|Place)|[A-ZÄÖÜ][\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer)\s+\d{1,4}\s?[a-z]?|[A-ZÆØÅ][\p{L}-]*(?:vej|gade|allé|alle|stræde|torv|plads|vænge|park)\s+\d{1,4}\s?[A-Za-z]?|(?:ul\.|ulica|ulicy|al\.|aleja|alei|os\.|osiedle|pl\.|plac)\s*[A-ZĄĆĘŁŃÓŚŹŻ][\p{L}.-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\p{L}-]*){0,2}\s+\d{1,4}[a-z]?(?:\/\d{1,4})?)(?![\p{L}\p{N}])/gu;

// Asking for personal data in the thread itself: a data word and "here" / "in the thread" in one sentence,
// or secrets that must never be asked for anywhere (passwords, national ID numbers, card numbers).
const DATA_WORD =
  /(?<![\p{L}])(?:(?:full |home |postal )?address|phone number|mobile number|e-?mail(?: address)?|date of birth|password|card number|Adresse|Anschrift|Telefonnummer|Handynummer|E-Mail(?:-Adresse)?|Geburtsdatum|Passwort|Kennwort|Kartennummer|adresse|telefonnummer|mobilnummer|mail(?:adresse)?|fødselsdato|adgangskode|kodeord|kortnummer|adres|numer telefonu|e-?mail|hasło|hasła|datę urodzenia|numer karty|order number|Bestellnummer|Kundennummer|ordrenummer|kundenummer|numer zamówienia|numer klienta)(?![\p{L}])/giu;
const SECRET_WORD =
  /(?<![\p{L}])(?:password|passwort|kennwort|adgangskode|kodeord|hasło|hasła|CPR(?:-nummer|-nr\.?)?|PESEL|personnummer|card number|Kartennummer|kortnummer|numer karty|CVV|CVC|PIN)(?![\p{L}])/giu;
const IN_PUBLIC =
  /(?<![\p{L}])(?:here|in (?:the|this) (?:thread|comments?)|below|publicly|hier|in den Kommentaren|öffentlich|unten|her|i tråden|i kommentarerne?|herunder|tutaj|tu|w komentarzu|w komentarzach|pod postem|publicznie)(?![\p{L}])/iu;
// Verbs that ask for data to be handed over; "please change your password" asks for nothing.
const REQUEST =
  /(?<![\p{L}])(?:send|write|post|share|confirm|tell us|give us|provide|enter|schicken|senden|schreiben|nennen|teilen|bestätigen|mitteilen|angeben|skriv|send|del|bekræft|oplys|giv os|podaj|podać|napisz|napisać|prześlij|przesłać|potwierdź|potwierdzić|udostępnij)(?![\p{L}])/iu;

/** Requests for personal data in the public thread, as spans of the data words asked for. */
function requestSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?\n]*/gu)) {
    const sentence = m[0];
    if (!REQUEST.test(sentence)) continue;
    const inPublic = IN_PUBLIC.test(sentence);
    for (const w of sentence.matchAll(inPublic ? DATA_WORD : SECRET_WORD)) {
      spans.push([m.index + w.index, m.index + w.index + w[0].length]);
    }
    if (!inPublic) continue;
    for (const w of sentence.matchAll(SECRET_WORD)) spans.push([m.index + w.index, m.index + w.index + w[0].length]);
  }
  return spans;
}

function overlaps(hits: PersonalDataHit[], start: number, end: number): boolean {
  return hits.some((h) => start < h.span[1] && end > h.span[0]);
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Personal data in the text, in order of appearance. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const span of requestSpans(text)) {
    if (!overlaps(hits, span[0], span[1])) hits.push({ kind: 'request', span });
  }
  if (!/[\d@]/.test(text)) return hits.sort((a, b) => a.span[0] - b.span[0]);

  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].slice(0, m[0].indexOf('@'));
    if (ROLE_MAILBOX.test(local)) continue;
    hits.push({ kind: 'email', span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(IBAN)) {
    if (countDigits(m[0]) < 10 || overlaps(hits, m.index, m.index + m[0].length)) continue;
    hits.push({ kind: 'iban', span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(ORDER_NUMBER)) {
    if (overlaps(hits, m.index, m.index + m[0].length)) continue;
    hits.push({ kind: 'order-number', span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(HASH_NUMBER)) {
    if (overlaps(hits, m.index, m.index + m[0].length)) continue;
    hits.push({ kind: 'order-number', span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(NUMBER_RUN)) {
    const raw = m[0].replace(/[ \u00a0./-]+$/u, '');
    const start = m.index;
    const end = start + raw.length;
    const digits = countDigits(raw);
    if (digits < 8 || digits > 34) continue;
    if (DATE_LIKE.test(raw) || TIME_RANGE.test(raw)) continue;
    if (overlaps(hits, start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (OWN_NUMBER_CUE.test(before)) continue;
    hits.push({ kind: 'phone', span: [start, end] });
  }
  for (const m of text.matchAll(STREET)) {
    if (overlaps(hits, m.index, m.index + m[0].length)) continue;
    hits.push({ kind: 'address', span: [m.index, m.index + m[0].length] });
  }
  return hits.sort((a, b) => a.span[0] - b.span[0]);
}
