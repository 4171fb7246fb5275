/**
 * Short explanations of risk reasons, levels and crisis types for community managers, in the
 * four UI languages. Page text never reaches these strings except as the matched words (params.terms),
 * which the UI renders as text, never as HTML.
 */
import type { CrisisType, Language, ReasonKind, RiskLevel, RiskReason } from '../schema';

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK', pl: 'pl-PL' };
const formatters = new Map<Language, Intl.NumberFormat>();

function num(value: string | number | undefined, lang: Language): string {
  if (typeof value !== 'number') return String(value ?? '');
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang]);
    formatters.set(lang, f);
  }
  return f.format(value);
}

type Params = RiskReason['params'];
type Explainer = (p: Params, lang: Language) => string;

function withTerms(sentence: string, p: Params): string {
  return typeof p.terms === 'string' && p.terms ? `${sentence}: “${p.terms}”` : sentence;
}

/** Names of the complaint signals (lexicon.ts COMPLAINT_SIGNALS) in each UI language. */
const SIGNAL_NAMES: Record<Language, Record<string, string>> = {
  en: {
    waiting: 'long wait', 'no-answer': 'no answer', 'repeat-contact': 'repeated contact', refund: 'money back demanded', 'broken-promise': 'broken promise', shaming: 'public warning',
    defect: 'broken or faulty product', missing: 'missing or wrong order', cancelled: 'delay or cancellation', service: 'poor service', 'staff-conduct': 'staff behaviour',
  },
  de: {
    waiting: 'lange Wartezeit', 'no-answer': 'keine Antwort', 'repeat-contact': 'wiederholter Kontakt', refund: 'Geld zurück gefordert', 'broken-promise': 'gebrochenes Versprechen', shaming: 'öffentliche Warnung',
    defect: 'kaputtes oder fehlerhaftes Produkt', missing: 'fehlende oder falsche Bestellung', cancelled: 'Verspätung oder Ausfall', service: 'schlechter Service', 'staff-conduct': 'Verhalten von Mitarbeitenden',
  },
  da: {
    waiting: 'lang ventetid', 'no-answer': 'intet svar', 'repeat-contact': 'gentagen henvendelse', refund: 'kræver pengene tilbage', 'broken-promise': 'brudt løfte', shaming: 'offentlig advarsel',
    defect: 'defekt eller ødelagt produkt', missing: 'manglende eller forkert ordre', cancelled: 'forsinkelse eller aflysning', service: 'dårlig service', 'staff-conduct': 'medarbejderes opførsel',
  },
  pl: {
    waiting: 'długie oczekiwanie', 'no-answer': 'brak odpowiedzi', 'repeat-contact': 'wielokrotny kontakt', refund: 'żądanie zwrotu pieniędzy', 'broken-promise': 'niedotrzymana obietnica', shaming: 'publiczne ostrzeżenie',
    defect: 'wadliwy lub zepsuty produkt', missing: 'brakujące lub błędne zamówienie', cancelled: 'opóźnienie lub odwołanie', service: 'zła obsługa', 'staff-conduct': 'zachowanie personelu',
  },
};

/** "sentence (signal, signal): “terms”". */
function withSignals(sentence: string, p: Params, lang: Language): string {
  const names = typeof p.signals === 'string' && p.signals ? p.signals.split(',').map((s) => SIGNAL_NAMES[lang][s] ?? s) : [];
  return withTerms(names.length ? `${sentence} (${names.join(', ')})` : sentence, p);
}

const TEXTS: Record<Language, Record<ReasonKind, Explainer>> = {
  en: {
    classifier: (p) =>
      p.head === 'dissatisfaction'
        ? `The wording reads as dissatisfied or critical (${p.probability ?? '?'} % likely)`
        : `The wording reads as angry, insulting or strongly negative (${p.probability ?? '?'} % likely)`,
    insult: (p) => withTerms('Insults or profanity', p),
    complaint: (p, l) => withSignals('Complains about the product or service', p, l),
    escalation: (p, l) => withSignals('Signs the complaint is escalating', p, l),
    boycott: (p) => withTerms('Threatens a boycott or to leave', p),
    legal: (p) => withTerms('Threatens legal action', p),
    press: (p) => withTerms('Brings in the press or public attention', p),
    safety: (p) => withTerms('Claims a safety or health problem', p),
    security: (p) => withTerms('Reports a hacked account, phishing or fraud attempt', p),
    'data-leak': (p) => withTerms('Claims a data leak or privacy breach', p),
    'pile-on': (p) => withTerms('Calls on others to share or pile on', p),
    staff: (p) => withTerms('Names staff or an employee', p),
    ethics: (p) => withTerms('Raises an ethics issue (racism, sexism, exploitation, environment)', p),
    misinformation: (p) => withTerms('Accuses the brand of fraud, lies or hypocrisy', p),
    shouting: () => 'Shouting: capital letters or repeated exclamation marks',
    reach: (p, l) =>
      typeof p.followers === 'number'
        ? `Large account: ${num(p.followers, l)} followers${p.verified ? ', verified' : ''} — a multiplier`
        : 'Verified account — a multiplier',
    engagement: (p, l) => `Already drawing attention: ${engagementSummary(p, l, ['replies', 'reposts', 'likes', 'views'])}`,
    unanswered: (p) => (p.brandReplied ? 'The brand has already replied — lowers the risk' : 'No reply from the brand yet'),
    'repeat-author': (p) => `The author has posted ${p.posts ?? 'several'} times in this thread`,
  },
  de: {
    classifier: (p) =>
      p.head === 'dissatisfaction'
        ? `Der Ton wirkt unzufrieden oder kritisch (${p.probability ?? '?'} % Wahrscheinlichkeit)`
        : `Der Ton wirkt wütend, beleidigend oder stark negativ (${p.probability ?? '?'} % Wahrscheinlichkeit)`,
    insult: (p) => withTerms('Beleidigungen oder Kraftausdrücke', p),
    complaint: (p, l) => withSignals('Beschwerde über Produkt oder Service', p, l),
    escalation: (p, l) => withSignals('Anzeichen, dass die Beschwerde eskaliert', p, l),
    boycott: (p) => withTerms('Droht mit Boykott oder Kündigung', p),
    legal: (p) => withTerms('Droht mit rechtlichen Schritten', p),
    press: (p) => withTerms('Bringt Presse oder Öffentlichkeit ins Spiel', p),
    safety: (p) => withTerms('Meldet ein Sicherheits- oder Gesundheitsproblem', p),
    security: (p) => withTerms('Meldet gehacktes Konto, Phishing oder Betrugsversuch', p),
    'data-leak': (p) => withTerms('Behauptet ein Datenleck oder eine Datenschutzverletzung', p),
    'pile-on': (p) => withTerms('Ruft andere zum Teilen oder Mitmachen auf', p),
    staff: (p) => withTerms('Nennt Mitarbeitende', p),
    ethics: (p) => withTerms('Spricht ein ethisches Thema an (Rassismus, Sexismus, Ausbeutung, Umwelt)', p),
    misinformation: (p) => withTerms('Wirft der Marke Betrug, Lügen oder Heuchelei vor', p),
    shouting: () => 'Schreit: Großbuchstaben oder viele Ausrufezeichen',
    reach: (p, l) =>
      typeof p.followers === 'number'
        ? `Großes Konto: ${num(p.followers, l)} Follower${p.verified ? ', verifiziert' : ''} – ein Multiplikator`
        : 'Verifiziertes Konto – ein Multiplikator',
    engagement: (p, l) => `Erhält schon Aufmerksamkeit: ${engagementSummary(p, l, ['Antworten', 'Reposts', 'Likes', 'Aufrufe'])}`,
    unanswered: (p) => (p.brandReplied ? 'Die Marke hat bereits geantwortet – senkt das Risiko' : 'Noch keine Antwort der Marke'),
    'repeat-author': (p) => `Die Person hat ${p.posts ?? 'mehrmals'}-mal in diesem Thread gepostet`,
  },
  da: {
    classifier: (p) =>
      p.head === 'dissatisfaction'
        ? `Tonen virker utilfreds eller kritisk (${p.probability ?? '?'} % sandsynlighed)`
        : `Tonen virker vred, fornærmende eller meget negativ (${p.probability ?? '?'} % sandsynlighed)`,
    insult: (p) => withTerms('Fornærmelser eller bandeord', p),
    complaint: (p, l) => withSignals('Klager over produkt eller service', p, l),
    escalation: (p, l) => withSignals('Tegn på at klagen eskalerer', p, l),
    boycott: (p) => withTerms('Truer med boykot eller at skifte', p),
    legal: (p) => withTerms('Truer med juridiske skridt', p),
    press: (p) => withTerms('Inddrager pressen eller offentligheden', p),
    safety: (p) => withTerms('Påstår et sikkerheds- eller sundhedsproblem', p),
    security: (p) => withTerms('Melder om hacket konto, phishing eller svindelforsøg', p),
    'data-leak': (p) => withTerms('Påstår et datalæk eller brud på persondata', p),
    'pile-on': (p) => withTerms('Opfordrer andre til at dele eller blande sig', p),
    staff: (p) => withTerms('Nævner medarbejdere', p),
    ethics: (p) => withTerms('Rejser et etisk spørgsmål (racisme, sexisme, udnyttelse, miljø)', p),
    misinformation: (p) => withTerms('Beskylder brandet for svindel, løgn eller hykleri', p),
    shouting: () => 'Råber: store bogstaver eller mange udråbstegn',
    reach: (p, l) =>
      typeof p.followers === 'number'
        ? `Stor konto: ${num(p.followers, l)} følgere${p.verified ? ', verificeret' : ''} – en multiplikator`
        : 'Verificeret konto – en multiplikator',
    engagement: (p, l) => `Får allerede opmærksomhed: ${engagementSummary(p, l, ['svar', 'delinger', 'likes', 'visninger'])}`,
    unanswered: (p) => (p.brandReplied ? 'Brandet har allerede svaret – sænker risikoen' : 'Intet svar fra brandet endnu'),
    'repeat-author': (p) => `Personen har skrevet ${p.posts ?? 'flere'} gange i tråden`,
  },
  pl: {
    classifier: (p) =>
      p.head === 'dissatisfaction'
        ? `Ton brzmi na niezadowolony lub krytyczny (prawdopodobieństwo ${p.probability ?? '?'} %)`
        : `Ton brzmi na gniewny, obraźliwy lub bardzo negatywny (prawdopodobieństwo ${p.probability ?? '?'} %)`,
    insult: (p) => withTerms('Obelgi lub wulgaryzmy', p),
    complaint: (p, l) => withSignals('Skarga na produkt lub obsługę', p, l),
    escalation: (p, l) => withSignals('Oznaki eskalacji skargi', p, l),
    boycott: (p) => withTerms('Grozi bojkotem lub odejściem', p),
    legal: (p) => withTerms('Grozi krokami prawnymi', p),
    press: (p) => withTerms('Angażuje media lub opinię publiczną', p),
    safety: (p) => withTerms('Zgłasza problem z bezpieczeństwem lub zdrowiem', p),
    security: (p) => withTerms('Zgłasza przejęte konto, phishing lub próbę oszustwa', p),
    'data-leak': (p) => withTerms('Twierdzi, że doszło do wycieku danych', p),
    'pile-on': (p) => withTerms('Wzywa innych do udostępniania lub dołączenia', p),
    staff: (p) => withTerms('Wskazuje pracowników', p),
    ethics: (p) => withTerms('Porusza kwestię etyczną (rasizm, seksizm, wyzysk, środowisko)', p),
    misinformation: (p) => withTerms('Zarzuca marce oszustwo, kłamstwo lub hipokryzję', p),
    shouting: () => 'Krzyk: wielkie litery lub wiele wykrzykników',
    reach: (p, l) =>
      typeof p.followers === 'number'
        ? `Duże konto: ${num(p.followers, l)} obserwujących${p.verified ? ', zweryfikowane' : ''} – multiplikator`
        : 'Zweryfikowane konto – multiplikator',
    engagement: (p, l) => `Już przyciąga uwagę: ${engagementSummary(p, l, ['odpowiedzi', 'udostępnienia', 'polubienia', 'wyświetlenia'])}`,
    unanswered: (p) => (p.brandReplied ? 'Marka już odpowiedziała – obniża ryzyko' : 'Marka jeszcze nie odpowiedziała'),
    'repeat-author': (p) => `Autor napisał w tym wątku już ${p.posts ?? 'kilka'} razy`,
  },
};

function engagementSummary(p: Params, lang: Language, names: readonly [string, string, string, string]): string {
  const keys = ['replies', 'reposts', 'likes', 'views'] as const;
  const parts: string[] = [];
  keys.forEach((key, i) => {
    const v = p[key];
    if (typeof v === 'number' && v > 0) parts.push(`${num(v, lang)} ${names[i]}`);
  });
  return parts.join(', ');
}

export function explainReason(reason: RiskReason, uiLanguage: Language): string {
  const texts = TEXTS[uiLanguage] ?? TEXTS.en;
  return texts[reason.kind](reason.params ?? {}, uiLanguage);
}

const LEVELS: Record<Language, Record<RiskLevel, string>> = {
  en: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  de: { low: 'Niedrig', medium: 'Mittel', high: 'Hoch', critical: 'Kritisch' },
  da: { low: 'Lav', medium: 'Middel', high: 'Høj', critical: 'Kritisk' },
  pl: { low: 'Niskie', medium: 'Średnie', high: 'Wysokie', critical: 'Krytyczne' },
};

export function levelLabel(level: RiskLevel, uiLanguage: Language): string {
  return (LEVELS[uiLanguage] ?? LEVELS.en)[level];
}

const CRISIS: Record<Language, Record<CrisisType, string>> = {
  en: {
    'product-defect': 'Product defect or safety',
    'service-complaint': 'Service complaint',
    'reputation-attack': 'Reputation attack or misinformation',
    'employee-misconduct': 'Employee conduct',
    'security-incident': 'Security incident or hacked account',
    'social-responsibility': 'Social responsibility or ethics',
    'own-post': 'Mistake in our own post',
    none: 'No crisis type',
  },
  de: {
    'product-defect': 'Produktmangel oder Sicherheit',
    'service-complaint': 'Service-Beschwerde',
    'reputation-attack': 'Rufschädigung oder Falschinformation',
    'employee-misconduct': 'Verhalten von Mitarbeitenden',
    'security-incident': 'Sicherheitsvorfall oder gehacktes Konto',
    'social-responsibility': 'Gesellschaftliche Verantwortung oder Ethik',
    'own-post': 'Fehler in unserem eigenen Beitrag',
    none: 'Kein Krisentyp',
  },
  da: {
    'product-defect': 'Produktfejl eller sikkerhed',
    'service-complaint': 'Klage over service',
    'reputation-attack': 'Angreb på omdømmet eller misinformation',
    'employee-misconduct': 'Medarbejderes opførsel',
    'security-incident': 'Sikkerhedshændelse eller hacket konto',
    'social-responsibility': 'Samfundsansvar eller etik',
    'own-post': 'Fejl i vores eget opslag',
    none: 'Ingen krisetype',
  },
  pl: {
    'product-defect': 'Wada produktu lub bezpieczeństwo',
    'service-complaint': 'Skarga na obsługę',
    'reputation-attack': 'Atak na reputację lub dezinformacja',
    'employee-misconduct': 'Zachowanie pracowników',
    'security-incident': 'Incydent bezpieczeństwa lub przejęte konto',
    'social-responsibility': 'Odpowiedzialność społeczna lub etyka',
    'own-post': 'Błąd we własnym wpisie',
    none: 'Brak typu kryzysu',
  },
};

export function crisisTypeLabel(type: CrisisType, uiLanguage: Language): string {
  return (CRISIS[uiLanguage] ?? CRISIS.en)[type];
}
