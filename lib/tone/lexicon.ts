/**
 * Phrase lists behind the tone check, for English, German, Danish and Polish.
 * Each kind compiles to one case-insensitive regular expression over all four
 * languages, so a draft is scanned once per kind whatever its language.
 *
 * Phrase syntax: a space matches any run of whitespace, `*` matches the rest of
 * a word (frustrat* → frustrated, frustrating), `'` matches ' or ’. A RegExp
 * entry is used as written and is not wrapped in word boundaries.
 */

export type LexiconEntry = string | RegExp;

const LETTER = '[\\p{L}\\p{N}_]';
/** How a pattern bounded at both ends by word boundaries starts and ends (see families.ts). */
export const BOUNDED_HEAD = `(?<!${LETTER})(?:`;
export const BOUNDED_TAIL = `)(?!${LETTER})`;

function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === ' ') out += '\\s+';
    else if (ch === '*') out += '\\p{L}*';
    else if (ch === "'") out += "['’]";
    else if (/[.+?^${}()|[\]\\/]/.test(ch)) out += '\\' + ch;
    else out += ch;
  }
  return out;
}

/** Compiles a phrase list into one global, case-insensitive, Unicode regular expression. */
export function compileLexicon(entries: readonly LexiconEntry[]): RegExp {
  const bounded: string[] = [];
  const raw: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') bounded.push(phraseSource(entry));
    else raw.push(entry.source);
  }
  const parts: string[] = [];
  if (bounded.length) parts.push(`(?<!${LETTER})(?:${bounded.join('|')})(?!${LETTER})`);
  parts.push(...raw);
  return new RegExp(parts.join('|'), 'giu');
}

// Pronouns in front of a word put in air quotes ("your 'feedback'").
export const AIR_QUOTE_LEADS =
  /(?:your|ihre?[mnrs]?|deine?[mnrs]?|eure?[mnrs]?|din|dit|dine|jeres|deres|pana|pani|państwa|twoj\p{L}*|twoi\p{L}*|twó\p{L}*|so-called|sogenannte?[mnrs]?|såkaldte?|tak zwan\p{L}*|tzw\.)\s*$/iu;

// Words that are typically put in air quotes to belittle a complaint.
export const AIR_QUOTE_TARGETS = new Set([
  'feedback', 'complaint', 'complaints', 'opinion', 'opinions', 'review', 'expert', 'experts', 'problem',
  'issue', 'concern', 'concerns', 'research', 'facts', 'kritik', 'beschwerde', 'meinung', 'problem',
  'experte', 'experten', 'bewertung', 'fakten', 'klage', 'klagen', 'mening', 'ekspert', 'eksperter',
  'anmeldelse', 'opinia', 'opinię', 'opinii', 'skarga', 'skargę', 'reklamacja', 'reklamację', 'ekspert',
  'eksperta', 'fakty', 'recenzja', 'recenzję', 'krytyka', 'krytykę',
]);

export const BLAME: LexiconEntry[] = [
  // en
  'you misunderstood', "you've misunderstood", 'you have misunderstood', 'you misread',
  /(?<![\p{L}])you\s+(?:must|should)\s+have\s+(?:missed|misread|overlooked|ignored|forgotten|skipped|read|checked|followed|looked|known|asked|contacted)(?![\p{L}])/iu, "you didn't read", 'you did not read', 'you failed to', "you didn't follow",
  'you did not follow', 'if you had read', 'if you had followed', 'if you had checked', 'your fault',
  'your own fault', 'not our fault', 'not our problem', 'not our responsibility', 'user error',
  "it's your responsibility", 'it is your responsibility', 'as we clearly stated', 'as clearly stated',
  'as we stated', 'as stated', 'as we already said', 'as we said', 'as already mentioned', 'as mentioned before',
  'as we explained', 'as we have explained', 'clearly states', 'clearly stated', 'clearly says',
  'read the description', 'read the instructions', 'read the terms', 'read the label', 'read the manual',
  'read the faq',
  // de
  /(?<![\p{L}])(?:Sie\s+haben|du\s+hast|haben\s+Sie|hast\s+du)\s+(?:[\p{L}]+\s+){0,3}?(?:falsch\s+(?:verstanden|gelesen|bedient|gemacht|eingegeben)|missverstanden|übersehen|nicht\s+(?:richtig\s+)?gelesen)(?![\p{L}])/iu,
  'falsch verstanden', 'Sie hätten', 'du hättest', 'selbst schuld', 'Ihr Fehler',
  'Ihre Schuld', 'dein Fehler', 'deine Schuld', 'nicht unsere Schuld', 'nicht unser Problem',
  'nicht unser Fehler', 'Anwenderfehler', 'Bedienfehler', 'Bedienungsfehler',
  /(?<![\p{L}])wie\s+(?:(?:bereits|schon|klar|deutlich|eindeutig|mehrfach|ausdrücklich)\s+)+(?:gesagt|erwähnt|angegeben|geschrieben|beschrieben|kommuniziert|erklärt)(?![\p{L}])/iu,
  'wie angegeben', 'steht doch', 'steht klar', 'steht eindeutig', 'steht deutlich',
  // da
  'du har misforstået', 'De har misforstået', 'du misforstod', 'du har overset', 'du har ikke læst',
  'du har læst forkert', 'hvis du havde læst', 'du burde have', 'De burde have', 'din egen fejl', 'din fejl',
  'din egen skyld', 'din skyld', 'ikke vores skyld', 'ikke vores problem', 'ikke vores fejl',
  'ikke vores ansvar', 'selvforskyldt', 'brugerfejl', 'som tidligere nævnt', 'som allerede nævnt',
  /(?<![\p{L}])som\s+vi\s+(?:(?:tydeligt|klart|allerede|jo)\s+)*(?:skrev|har\s+skrevet|nævnte|har\s+nævnt|oplyste|har\s+oplyst|forklarede)(?![\p{L}])/iu,
  'står tydeligt', 'står klart',
  // pl
  /(?<![\p{L}])(?:źle|nie)\s+(?:(?:Pan|Pani|Państwo)\s+)?zrozumia(?:ł|ła|łeś|łaś|li|ły)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:Pan|Pani|Państwo)\s+źle\s+zrozumia\p{L}*/iu,
  'źle Pan przeczytał', 'źle Pani przeczytała', 'Pana wina', 'Pani wina', 'Państwa wina', 'Twoja wina',
  'twoja wina', 'nie nasza wina', 'nie nasz problem', 'trzeba było', 'należało przeczytać',
  'gdyby Pan przeczytał', 'gdyby Pani przeczytała', 'gdybyś przeczytał', 'błąd użytkownika',
  /(?<![\p{L}])jak\s+(?:(?:wyraźnie|już|jasno|wcześniej)\s+)*(?:pisaliśmy|napisaliśmy|informowaliśmy|wspominaliśmy|wyjaśnialiśmy)(?![\p{L}])/iu,
  'wyraźnie napisano', 'jasno napisano',
];

export const SARCASM: LexiconEntry[] = [
  // en
  'oh great', 'oh wow', 'oh sure', 'oh really', 'yeah right', 'yeah, right', 'sure, because', 'nice try',
  'good luck with that', 'how original', 'wow, just wow', 'bless your heart', 'what a surprise',
  // de
  'na toll', 'na super', 'na prima', 'wie originell', 'ach wirklich', 'schon klar', 'sicher doch', 'jaja',
  'ja ja', 'viel Glück damit', 'nett versucht', 'was für eine Überraschung',
  // da
  'nå da', 'nå nå', 'åh hvor dejligt', 'åh, hvor dejligt', 'hvor originalt', 'jaja', 'godt forsøgt',
  'held og lykke med det', 'sikke en overraskelse',
  // pl
  'no jasne', 'no pewnie', 'jasne, bo', 'ale super', 'gratuluję spostrzegawczości', 'powodzenia z tym',
  'ależ oczywiście', 'co za niespodzianka', 'nie no, super',
  // any language
  /(?<![\p{L}\p{N}/])\/s(?![\p{L}\p{N}])/u,
  /🙄|🙃|😒|😏|🤦/u,
];

// Contradictions only. Single everyday words (actually, eigentlich, faktisk, tak naprawdę)
// are not here: a calm correction uses them too. More patterns: ARGUING_FAMILIES.
export const ARGUING: LexiconEntry[] = [
  // en
  "that's not true", 'that is not true', "that isn't true", "that's simply not true",
  "that's false", 'that is false', "that's incorrect", 'that is incorrect', "that's wrong", 'that is wrong',
  "that's untrue", "that's nonsense", "that's not the case", 'that is not the case', "you're wrong",
  'you are wrong', "you're mistaken", 'you are mistaken', 'with all due respect', 'we never said',
  // de
  'das stimmt nicht', 'das stimmt so nicht', 'das ist nicht richtig', 'das ist so nicht richtig',
  'das ist nicht wahr', 'das ist falsch', 'das ist Unsinn', 'das ist nicht korrekt',
  'Sie irren sich', 'du irrst dich', 'Sie liegen falsch', 'du liegst falsch', 'im Gegenteil',
  'bei allem Respekt', 'haben wir nie gesagt',
  // da
  'det passer ikke', 'det er ikke rigtigt', 'det er ikke sandt', 'det er ikke korrekt', 'det er forkert',
  'det er usandt', 'det er noget vrøvl', 'du tager fejl', 'De tager fejl', 'med al respekt',
  'tværtimod', 'det har vi aldrig sagt',
  // pl
  'nieprawda', 'to nie jest prawda', 'to nie jest prawdą', 'nie ma Pan racji', 'nie ma Pani racji',
  'nie masz racji', 'myli się Pan', 'myli się Pani', 'Pan się myli', 'Pani się myli', 'mylisz się',
  'z całym szacunkiem', 'wręcz przeciwnie',
  'nigdy tego nie mówiliśmy',
];

export const LIABILITY: LexiconEntry[] = [
  // en
  'refund everyone', 'refund everybody', 'refund all', 'refund every', 'full refund', 'full refunds',
  'full compensation', 'complete compensation', 'compensate everyone', 'compensate everybody',
  'compensate all', 'we guarantee', 'guaranteed', "we'll pay", 'we will pay', 'our fault and',
  'we are liable', "we're liable", 'fully liable', 'liability', 'legally responsible',
  'responsible for all damages', 'responsible for any damages', 'will never happen again',
  "won't ever happen again", "we'll reimburse", 'we will reimburse', "we'll compensate", 'we will compensate',
  // de
  /(?<![\p{L}])erstatten\s+(?:wir\s+)?(?:allen|jedem|alles)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:allen|jedem)\s+(?:\p{L}+\s+){0,3}?(?:erstatten|entschädigen|zurückzahlen)(?![\p{L}])/iu,
  'volle Erstattung', 'vollen Erstattung', 'volle Entschädigung', 'vollständige Erstattung',
  'vollständige Entschädigung', 'Schadensersatz', 'Schadenersatz', 'entschädigen alle', 'wir garantieren',
  'garantiert', 'wir zahlen', 'wir bezahlen', 'übernehmen alle Kosten', 'übernehmen sämtliche Kosten',
  'unsere Schuld und', 'wir haften', 'Haftung', 'haften für', 'nie wieder vorkommen', 'nie wieder passieren',
  'kommt nie wieder vor', 'wir entschädigen',
  // da
  'refundere alle', 'refunderer alle', 'refunderer vi alle', 'fuld refusion', 'fuld erstatning',
  'fuld kompensation', 'kompensere alle', 'kompenserer alle', 'erstatning til alle', 'vi garanterer',
  'garanteret', 'vi betaler', 'vores skyld, og vi', 'vores skyld og vi', 'vi hæfter', 'erstatningsansvar',
  'juridisk ansvar', 'ansvar for alle skader', 'ansvar for alt', 'sker aldrig igen',
  /(?<![\p{L}])aldrig\s+(?:mere\s+)?(?:vil\s+|kan\s+)?ske\s+igen(?![\p{L}])/iu,
  'vi kompenserer',
  // pl
  /(?<![\p{L}])zwrócimy\s+(?:\p{L}+\s+){0,2}?(?:wszystkim|każdemu|całość|pełn\p{L}*)(?![\p{L}])/iu,
  'pełny zwrot', 'pełne odszkodowanie', 'pełną rekompensatę', 'pełna rekompensata',
  'odszkodowanie dla wszystkich', 'odszkodowania dla wszystkich', 'rekompensatę dla wszystkich',
  'gwarantujemy', 'gwarantowan*', 'zapłacimy', 'pokryjemy wszystkie', 'pokryjemy wszelkie',
  'to nasza wina i', 'ponosimy odpowiedzialność prawną', 'odpowiedzialność prawn*', 'odpowiedzialność za wszelkie szkody',
  /(?<![\p{L}])(?:nigdy\s+(?:więcej\s+)?się|się\s+nigdy\s+(?:więcej\s+)?)\s*nie\s+powtórzy(?![\p{L}])/iu,
  'wypłacimy',
];

export const ACKNOWLEDGE: LexiconEntry[] = [
  // en
  'sorry', 'apologi*', 'apology', 'understand', 'understanding', 'understandable', 'understandably', 'frustrat*',
  'disappoint*', 'upset*', 'annoying', "that's not ok", "that's not okay", 'not good enough', 'hear you',
  'regret*', 'thank you for letting', 'thanks for letting', 'thank you for telling', 'thanks for telling',
  'thank you for raising', 'thanks for raising', 'thank you for flagging', 'thanks for flagging',
  'thank you for reporting', 'thanks for reporting', 'thank you for your patience', 'thanks for your patience',
  'thank you for bringing', 'thanks for bringing', 'thank you for pointing', 'thanks for pointing',
  'we see why', 'concern*', 'worry', 'worried', 'worrying',
  // de
  'leid', 'entschuldig*', 'verstehe*', 'verständlich*', 'Verständnis', 'nachvollzieh*', 'ärgerlich*',
  'bedauer*', 'enttäusch*', 'frustrier*', 'danke für den Hinweis', 'danke für Ihre Geduld',
  'danke für deine Geduld', 'danke für Ihre Nachricht', 'danke für deine Nachricht', 'danke für Ihr Feedback',
  'danke für dein Feedback', 'danke für Ihre Rückmeldung', 'danke für deine Rückmeldung', 'Sorge',
  'Ihre Sorgen', 'deine Sorgen', 'besorgt',
  'unangenehm', 'Ärger',
  // da
  'undskyld*', 'beklage*', 'forstå*', 'forståeligt', 'ked af', 'kede af', 'frustrer*', 'skuffe*', 'ærgerligt',
  'tak fordi', 'tak for din besked', 'tak for din tålmodighed', 'tak for jeres tålmodighed',
  'tak for at', 'bekymr*', 'irriterende', 'utilfreds*',
  // pl
  'przeprasza*', 'przykro', 'rozumie*', 'zrozumiałe', 'zrozumienie', 'frustr*', 'rozczarow*', 'żałujemy',
  'dziękujemy za zgłoszenie', 'dziękujemy za cierpliwość', 'dziękujemy za informację',
  'dziękujemy za sygnał', 'dziękujemy za wiadomość', 'dziękujemy za zwrócenie', 'dzięki za zgłoszenie',
  'dzięki za cierpliwość', 'niepok*', 'zdenerwowan*', 'nieprzyjemn*', 'denerwując*',
];

// A replacement is not a next step but a promise that needs an approver (NEEDS_APPROVAL).
export const NEXT_STEP: LexiconEntry[] = [
  // en
  "we'll", 'we will', 'we are going to', "we're going to", "I'll", 'I will', 'please send', 'please dm',
  'please message', 'please write', 'please contact', 'please email', 'please call', 'please share',
  'please reach', 'please let', 'please check', 'dm', 'direct message', 'private message', 'message us',
  'get back to you', 'come back to you', 'follow up', 'following up', 'contact us', 'contact you',
  'reach out', 'looking into', "we're checking", 'we are checking', "we're investigating",
  'we are investigating', "we're looking", 'we are looking', "we're working", 'we are working',
  "I'm checking", "I'm looking", 'let us know', 'email us', 'call us', 'next step',
  'update you', 'call me', 'within the hour',
  /(?<![\p{L}])will\s+(?:correct|fix|update|send|share|check|replace|contact|follow|post|publish|answer|reply|review|investigate|look)(?![\p{L}])/iu, 'keep you posted', 'keep you updated', 'within an hour', 'within a day', 'today',
  /(?<![\p{L}])within\s+\d+\s+(?:hours?|days?|minutes?)(?![\p{L}])/iu,
  // de
  'wir melden uns', 'melde mich', 'melden uns', 'wir werden', 'ich werde', 'bitte schicken', 'bitte schreiben',
  'bitte senden', 'bitte melden', 'bitte kontaktieren', 'bitte schick', 'bitte schreib', 'bitte sende',
  'bitte melde', 'bitte wenden', 'schicken Sie uns', 'senden Sie uns', 'rufen Sie', 'ruf uns', 'ruf mich', 'schreiben Sie uns', 'schreib uns', 'Direktnachricht', 'PN',
  'private Nachricht', 'privaten Nachricht', 'Nachricht an uns', 'prüfen wir', 'klären wir', 'kümmern uns',
  'wir prüfen', 'wir klären', 'wir kümmern', 'wir schauen', 'sehen uns das an', 'schauen uns das an',
  'wir sehen nach', 'schauen wir', 'wir sorgen', 'wir informieren', 'wir halten', 'ich kümmere', 'ich prüfe', 'ich kläre', 'ich schaue',
  'kontaktier*', 'auf dem Laufenden', 'heute',
  /(?<![\p{L}])innerhalb\s+(?:von\s+)?(?:\d+|einer|eines|zwei|drei)\s+\p{L}+/iu,
  // da
  'vi vender tilbage', 'vender tilbage', 'vi vil', 'jeg vil', 'vi kigger', 'vi ser på', 'vi undersøger',
  'vi sørger', 'vi følger op', 'vi tjekker', 'vi sender', 'vi opdaterer',
  'vi skriver', 'vi ringer', 'vi kontakter', 'jeg kigger', 'jeg ser på', 'jeg undersøger', 'jeg sørger',
  'jeg følger op', 'jeg tjekker', 'jeg sender', 'jeg skriver', 'jeg ringer', 'skriv til os', 'skriv til mig', 'ring til os', 'ring til mig', 'skriv gerne',
  'skriv en privat', 'send os', 'send gerne', 'privat besked', 'kontakt*', 'følge op',
  'holder dig opdateret', 'holder jer opdateret', 'giver en opdatering', 'giver en status', 'i dag',
  /(?<![\p{L}])inden\s+for\s+(?:\d+|en|et|to|tre)\s+\p{L}+/iu,
  // pl
  'odezwiemy się', 'odezwę się', 'skontaktujemy', 'skontaktuję', 'sprawdzimy', 'sprawdzamy', 'sprawdzę',
  'wyjaśnimy', 'wyjaśniamy', 'zajmiemy się', 'zajmę się', 'zajmujemy się', 'prosimy o kontakt',
  'prosimy o wiadomość', 'prosimy o przesłanie', 'prosimy o wysłanie', 'prosimy o napisanie', 'prosimy napisać',
  'prosimy przesłać', 'prosimy wysłać', 'proszę napisać', 'proszę zadzwonić', 'prosimy zadzwonić', 'proszę przesłać', 'proszę wysłać', 'proszę o kontakt',
  'proszę o wiadomość', 'proszę o przesłanie',
  'napisz do nas', 'wiadomoś* prywatn*', 'prywatn* wiadomoś*', 'priv', 'kontakt*',
  'damy znać', 'poinformujemy',
  /(?<![\p{L}])podamy\s+(?:tu\s+|tutaj\s+)?(?:aktualn\p{L}*|więcej|wynik\p{L}*|informacj\p{L}*|szczegół\p{L}*)/iu, 'będziemy informować', 'wrócimy', 'dziś', 'dzisiaj',
  /(?<![\p{L}])w\s+ciągu\s+(?:\d+|godziny|doby|dnia)/iu,
  // any language: a link or the private-message placeholder is a next step
  /https?:\/\/\S+|\{dm_link\}/u,
];

export const PROMOTIONAL: LexiconEntry[] = [
  // en
  'discount*', 'sale', 'promo', 'promo code', 'coupon*', 'special offer', 'limited time', 'limited-time',
  'buy now', 'shop now', 'order now', "don't miss", 'new flavour', 'new flavor', 'check out our new',
  'free shipping', 'deal of the',
  // de
  'Rabatt*', 'Sonderangebot*', 'Angebot der Woche', 'im Angebot', 'reduziert', 'Gutscheincode',
  'jetzt kaufen', 'jetzt bestellen', 'jetzt shoppen', 'neue Sorte', 'neue Geschmacksrichtung', 'Schnäppchen',
  'versandkostenfrei',
  // da
  'tilbud', 'tilbuddet', 'tilbuddene', 'rabat*', 'udsalg*', 'køb nu', 'ny smag', 'gratis fragt',
  /(?<![\p{L}])spar\s+\d+/iu,
  // pl
  'promocj*', 'zniżk*', 'wyprzedaż*', 'kod rabatowy', 'kup teraz', 'nowy smak', 'nowość', 'super okazja', 'wyjątkowa okazja', 'okazja cenowa',
  'darmowa dostawa', 'taniej',
  // any language
  /\d+\s?%\s?(?:off|rabatt|rabat|taniej|zniżki)(?![\p{L}])/iu,
  /(?<![\p{L}\p{N}])-\d{1,2}\s?%/u,
];
