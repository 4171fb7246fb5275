/**
 * Word families and patterns behind the tone check, beside the phrase lists in
 * lexicon.ts. A phrase list only knows the sentences its author thought of; the
 * patterns here describe how a kind of problem is built — who promises what to
 * whom, who gets the fault, what a contradiction looks like — so that other
 * wordings of the same thing are found too. Each entry is one regular
 * expression over the four languages; `compileLexicon` joins them.
 *
 * Every pattern is bounded by word boundaries in any script; inside, `W(n)` is "up to n more words" (lazily), so `we W(2) refund` matches
 * "we will gladly refund" as well as "we refund".
 */
import { BOUNDED_HEAD, BOUNDED_TAIL, type LexiconEntry } from './lexicon';

const W = (n: number) => `(?:[\\p{L}\\p{N}'’-]+,?\\s+){0,${n}}?`;
/** A word starting with one of the stems. */
const stems = (...s: string[]) => `(?:${s.join('|')})\\p{L}*`;

/** Builds one bounded, case-insensitive pattern; spaces in the source mean any whitespace. */
function p(source: string): RegExp {
  return new RegExp(`${BOUNDED_HEAD}${source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')}${BOUNDED_TAIL}`, 'iu');
}

// ---------------------------------------------------------------------------
// Promises of money, compensation or free goods to one person.

/** Modal "we will" in each language. */
const WE_WILL_EN = "(?:we|I)(?:['’]ll| will| would| are going to|['’]re going to| shall|['’]d)";

/** Self-contained offers: the verb itself gives money or covers costs. */
export const MONEY_OFFERS: LexiconEntry[] = [
  // en: "we'll refund you double", "we'll credit your account", "cover all your medical bills"
  p(`${WE_WILL_EN} ${W(2)}(?:refund|reimburse|compensate|credit|pay you|pay back|give you back|cover)`),
  p(`(?:cover|pay for|pay|reimburse|take care of) ${W(3)}(?:bills?|costs?|expenses?|damages?|receipts?|fees)`),
  p(`(?:it['’]s|that['’]s|this is|is|are|be) (?:all )?on us`),
  p('on the house'),
  p(`(?:pop|put|add|credit|transfer|send) ${W(2)}(?:[£€$] ?\\d+|\\d+(?:[.,]\\d+)? ?(?:€|£|\\$|euros?|pounds?|dollars?|kr\\.?|zł)) ${W(1)}(?:on|to|into|onto|back)?`),
  p(`you (?:can|may) keep (?:it|them|the ${W(1)}\\p{L}+)`),
  p(`${WE_WILL_EN} ${W(1)}(?:waive|cancel|drop|refund) ${W(2)}(?:fee|fees|charge|charges|cost|costs|delivery|shipping|payment)`),
  p(`(?:you['’]ll|you will|you['’]re going to) (?:get|receive|have) ${W(2)}(?:refund|money back|compensation|voucher|credit|gift card|your money)`),
  // de: "erstatten Ihnen", "übernehmen alle Kosten", "geht auf uns", "zahlen Ihnen eine Entschädigung"
  p(`(?:erstatten|zahlen|bezahlen|überweisen|ersetzen|vergüten|schenken) (?:wir )?(?:Ihnen|dir|euch)`),
  p(`(?:übernehm\\p{L}*|zahl\\p{L}*|bezahl\\p{L}*|trag\\p{L}*) ${W(4)}\\p{L}*(?:kosten|rechnung|rechnungen|schaden|schäden)`),
  p(`(?:geht|gehen) ${W(2)}auf uns`),
  p('aufs Haus'),
  p(`schreiben (?:wir )?(?:Ihnen|dir|euch) ${W(4)}gut`),
  p(`(?:können|dürfen) (?:Sie|du) ${W(2)}behalten`),
  // da: "vi refunderer", "dækker dine udgifter", "sætter 500 kr. ind på din konto", "er på os"
  p(`(?:vi|jeg) ${W(2)}(?:refunderer|refundere|kompenserer|kompensere|godtgør|godtgøre|betaler|betale|dækker|dække) ${W(3)}(?:dig|jer|hele|alle|dine|jeres|udgift\\p{L}*|omkostning\\p{L}*|regning\\p{L}*|beløb\\p{L}*|købe\\p{L}*|pengene|skaden)`),
  p(`(?:refunderer|betaler|dækker|godtgør) vi`),
  p(`(?:er|går) ${W(1)}på os`),
  p('på huset'),
  p(`sætter ${W(4)}ind på`),
  p(`(?:må|kan) (?:du|I) ${W(1)}beholde`),
  // pl: "pokryjemy koszty", "dostanie Pani zwrot", "zostawiamy Pani w prezencie"
  p(`pokryj\\p{L}* ${W(3)}koszt\\p{L}*`),
  p('(?:zwrócimy|oddamy|przelejemy|wypłacimy|zapłacimy|zrekompensujemy|wynagrodzimy)'),
  p(`(?:dostanie|otrzyma|dostaniesz|otrzymasz|dostaną|otrzymają|dostaniecie|otrzymacie) ${W(2)}(?:zwrot|rekompensat\\p{L}*|odszkodowani\\p{L}*|bon\\p{L}*|voucher\\p{L}*|pieniądze|gratis|kod|zniżk\\p{L}*)`),
  p('na nasz koszt'),
  p('w prezencie'),
  p(`może (?:Pan|Pani|Pani|Pan|Państwo) ${W(1)}(?:zatrzymać|zachować)`),
];

/** Things of money value; a promise when a giving verb is in the same sentence (OFFER_CUES). */
export const MONEY_NOUNS: LexiconEntry[] = [
  p(stems('refund', 'reimburs', 'compensat', 'voucher', 'gift card', 'gift certificate', 'store credit', 'goodwill gesture')),
  p('(?:money back|free of charge|store credit|account credit)'),
  p(stems('Erstattung', 'Rückerstattung', 'Entschädigung', 'Gutschrift', 'Gutschein', 'Kulanz', 'Schadensersatz', 'Schmerzensgeld')),
  p('(?:Geld zurück|kostenlos|gratis|umsonst)'),
  p(stems('refusion', 'kompensation', 'godtgørelse', 'tilgodebevis', 'gavekort', 'erstatning', 'plaster på såret')),
  p('(?:pengene tilbage|gratis|uden beregning)'),
  p(stems('rekompensat', 'odszkodowani', 'zadośćuczynieni', 'voucher')),
  p('bon(?:y|u|em|ów)?'),
  p('(?:zwrot pieniędzy|zwrot kosztów|za darmo|gratis|bezpłatn\\p{L}*|kod rabatowy)'),
  // An amount of money: "£50", "20 €", "500 kr.", "100 zł".
  /(?<![\p{L}\p{N}])(?:[£€$]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|EUR|DKK|PLN|euro|pounds?|dollars?|kr\.?|zł)(?![\p{L}]))/iu,
];

/** Giving verbs and "you will receive": turn a money noun in the same sentence into an offer. */
export const OFFER_CUES: LexiconEntry[] = [
  p(`${WE_WILL_EN} ${W(1)}(?:give|send|offer|add|pop|put|issue|arrange|transfer|pay)`),
  p("(?:here['’]s|here is|we['’]re (?:giving|sending|adding|offering)|we (?:give|offer|send|add)|you['’]ll (?:get|receive|have)|you will (?:get|receive|have)|as a (?:thank[- ]you|gesture|apology|sorry))"),
  p('(?:wir|ich) (?:geben|schenken|zahlen|bezahlen|überweisen|erstatten|schreiben|schicken|senden|legen|buchen|gewähren|spendieren|bieten)'),
  p("(?:geben|schenken|zahlen|überweisen|erstatten|schicken|senden|buchen|gewähren|spendieren) (?:wir|ich)"),
  p("(?:bekommen|erhalten) (?:Sie|Sie von uns)|(?:Sie|du) (?:bekommen|erhalten|bekommst|erhältst)|(?:bekommst|erhältst) du|gibt['’]s|obendrauf|als (?:Entschuldigung|Dankeschön|Wiedergutmachung)"),
  p('(?:vi|jeg) (?:giver|sender|sætter|betaler|overfører|tilbyder|refunderer|dækker|skriver)|(?:giver|sender|sætter|betaler|overfører|tilbyder) vi|du får|får du|du vil få|du modtager|modtager du|som (?:tak|undskyldning|plaster)'),
  p('(?:dostanie|otrzyma|dostaniesz|otrzymasz|dostaną|otrzymają|wyślemy|przelejemy|zwrócimy|pokryjemy|damy|dajemy|zostawiamy|oddamy|zapłacimy|wypłacimy|przyznamy|zaoferujemy|oferujemy|przyznajemy)'),
];

/** Wording that takes a promise back: "we can't promise a refund yet", "once we have checked". */
export const PROMISE_HEDGES: LexiconEntry[] = [
  p(`(?:can['’]?t|cannot|can not|unable to|not able to|won['’]t be able to) ${W(2)}(?:promise|offer|give|guarantee|confirm)`),
  p("(?:once|after|when) (?:we['’]ve|we have|we['’]ve) (?:checked|looked|investigated|confirmed)|if it turns out|not yet"),
  p(`(?:nicht|noch nicht|keine) ${W(1)}(?:versprechen|zusagen|Zusage|garantieren)|sobald wir|nach (?:der )?Prüfung|falls sich`),
  p(`kan ${W(1)}(?:ikke|endnu ikke) ${W(1)}(?:love|garantere|tilbyde)|når vi har|efter vi har|hvis det viser sig`),
  p(`nie (?:możemy|jesteśmy w stanie) ${W(2)}(?:obiecać|zagwarantować|potwierdzić)|po sprawdzeniu|gdy tylko|jeśli okaże się|jeżeli okaże się`),
];

// ---------------------------------------------------------------------------
// Promises that need an approver even when no money is named: replacement,
// admitting fault, naming a cause as confirmed.

export const NEEDS_APPROVAL: LexiconEntry[] = [
  // replacement
  p(`${WE_WILL_EN} ${W(2)}(?:replace|swap|exchange|send (?:you )?(?:a |an )?(?:new|replacement|another|fresh))`),
  p(`(?:send|ship|post) (?:you )?(?:a |an )?(?:replacement|new one)`),
  p(`(?:wir|ich) ${W(3)}(?:schicken|senden|liefern|tauschen|ersetzen) ${W(3)}(?:Ersatz|neue[nmrs]?|um|aus)`),
  p(`(?:schicken|senden|liefern|tauschen|ersetzen) (?:wir|ich) ${W(3)}(?:Ersatz|neue[nmrs]?|um|aus)`),
  p(`fehlende\\p{L}* ${W(2)}(?:schicken|senden|liefern) (?:wir|ich)`),
  p(`Ersatz ${W(3)}(?:schicken|senden|liefern|ist unterwegs|geht)`),
  p(`(?:vi|jeg) ${W(2)}(?:sender|leverer) (?:dig |jer )?${W(2)}(?:en|et) ny[et]?`),
  p(`(?:sender|leverer) (?:vi|jeg) (?:dig |jer )?${W(1)}(?:en|et) ny[et]?`),
  p(`(?:vi|jeg) ${W(2)}(?:ombytter|bytter|erstatter) ${W(2)}(?:den|det|dem|lampen|varen|produktet)`),
  p(`(?:wyślemy|prześlemy|dostarczymy) ${W(3)}now\\p{L}*|now\\p{L}+ ${W(2)}(?:wyślemy|prześlemy|dostarczymy)`),
  p('wymienimy|wymieniamy'),
  // admitting fault ("not our fault" is blame, not an admission)
  p("(?<!not |n['’]t |never )(?:(?:entirely|completely|totally|all) )?our (?:own )?(?:fault|mistake|error)"),
  p("we (?:made|have made|['’]ve made) (?:a|an|the) (?:mistake|error)|we (?:messed|screwed) up|we (?:take|accept) (?:full )?(?:responsibility|the blame)"),
  p('(?<!nicht )unser(?:e)? (?:Schuld|Fehler|Versäumnis)|wir haben (?:einen |da einen )?Fehler gemacht|Mist gebaut|übernehmen (?:die )?(?:volle )?Verantwortung'),
  p('(?<!ikke )vores (?:egen )?(?:skyld|fejl)|vi har (?:begået|lavet) en fejl|(?:tager|påtager) (?:vi )?(?:os )?(?:det )?(?:fulde )?ansvar'),
  p('(?<!nie )(?:nasza wina|nasz błąd|naszą winą|naszym błędem)|popełniliśmy błąd|(?:bierzemy|ponosimy|przyjmujemy) (?:pełną )?odpowiedzialność'),
  // a cause stated as confirmed
  p("the cause (?:was|is|has been)(?! (?:still|not|unclear|unknown|being))|(?:was|were) caused by"),
  p('Ursache (?:war|ist|lag)(?! noch| nicht)|(?:wurde|wurden) (?:durch|von) ' + W(3) + 'verursacht|lag an (?:einem|einer|dem|der|unserem|unserer)'),
  p('årsagen (?:var|er)(?! endnu| ikke| stadig)|skyldtes|(?:blev|er) forårsaget af'),
  p('przyczyną (?:był|była|było|jest)|(?:spowodował|spowodowała|spowodowało|spowodowane)(?! przez nas)|wynikało z'),
];

// ---------------------------------------------------------------------------
// Blame on the customer or on a third party (courier, bank, post).

const PARTY = stems(
  'courier', 'carrier', 'delivery company', 'delivery partner', 'delivery service', 'postal service', 'post office',
  'royal mail', 'DHL', 'UPS', 'DPD', 'GLS', 'FedEx', 'Hermes', 'PostNord', 'InPost', 'Paketdienst', 'Versanddienst',
  'Zusteller', 'Spedit', 'Transportunternehmen', 'Versender', 'Paketzusteller', 'fragtfirma', 'fragtmand', 'vognmand',
  'kurier', 'firm\\p{L}* kuriersk', 'przewoźnik', 'poczt', 'bank', 'card issuer',
);

export const BLAME_FAMILIES: LexiconEntry[] = [
  // the fault is someone else's
  p(`${PARTY}['’]?s? ${W(4)}(?:fault|to blame|responsib\\p{L}*|liable|verantwortlich|zuständig|Schuld|schuld|skyld|ansvar\\p{L}*|wina|win[yą]|odpowiedzialn\\p{L}*)`),
  p(`(?:fault|blame|down to|responsibility of|liegt (?:bei|an)|Sache (?:des|der)|skyld|ansvar|wina|po stronie|sprawa) ${W(3)}${PARTY}`),
  p(`(?:must|muss|må|musi\\p{L}*) ${W(2)}(?:be|have been|sein|være|być) ${W(1)}(?:your|Ihre?r?|deine?r?|din|dit|jeres|Pana|Pani|Twój|Twoja) ${W(1)}${PARTY}`),
  p(`(?:må|musi) ${W(1)}(?:være|być) (?:din|dit|jeres|Pana|Pani) ${W(1)}\\p{L}+`),
  // "a courier matter", "liegt beim Paketdienst", "ligger hos fragtfirmaet", "po stronie kuriera"
  p(`(?:that['’]s|this is|it['’]s|is) (?:a|an|the) ${PARTY} (?:issue|matter|problem|thing|question)|(?:over|up) to (?:the )?${PARTY}`),
  p(`(?:das|es) ist ${W(1)}(?:ein )?(?:Problem|Sache|Angelegenheit) (?:des|der|von) ${W(1)}${PARTY}|liegt ${W(1)}(?:beim|bei der|bei) ${PARTY}`),
  p(`det er ${W(1)}${PARTY}s? (?:problem|ansvar|sag|bord)|ligger ${W(1)}hos ${W(1)}${PARTY}`),
  p(`to ${W(1)}(?:problem|sprawa|kwestia) ${W(1)}${PARTY}|leży po stronie`),
  // out of our hands
  p("(?:there['’]s )?nothing (?:more )?we can do|out of our (?:hands|control)|beyond our control|not (?:within|in) our control"),
  p(`(?:liegt|steht) nicht in unserer (?:Hand|Macht)|(?:darauf|da) haben wir ${W(1)}keinen Einfluss|können wir (?:leider )?nichts (?:machen|tun)`),
  p(`(?:det )?har vi ${W(1)}ingen indflydelse på|uden for vores kontrol|(?:det )?kan vi ${W(1)}ikke gøre noget ved`),
  p(`nie mamy (?:na to )?wpływu|to nie zależy od nas|nic nie możemy (?:z tym )?zrobić`),
  // the customer's own doing
  p(`(?:you|Sie|du) (?:entered|chose|selected|picked|gave us|provided|typed|haben ${W(1)}angegeben|hast ${W(1)}angegeben) ${W(2)}(?:wrong|incorrect|falsche\\p{L}*)|(?:wrong|incorrect) address (?:you|was)|falsche Adresse angegeben|forkert adresse|(?:du|De) har ${W(2)}(?:indtastet|skrevet|valgt|oplyst) ${W(1)}forkert|podał\\p{L}* (?:Pan|Pani|Pan|Państwo)? ?(?:zły|błędny|niepoprawny|nieprawidłowy)|(?:zły|błędny) adres`),
  // "not ours": "nie nasza", "nicht unsere Sache", "ikke vores"
  p("(?:not (?:ours|on us|our (?:issue|concern|business))|nicht (?:unsere|unser) (?:Sache|Angelegenheit|Baustelle)|ikke vores (?:sag|bord|ansvar)|nie (?:nasza|nasz|nasze)(?! wina)(?: \\p{L}+)?)"),
  // sending the person elsewhere
  p(`(?:you(?:['’]ll| will)? (?:need|have) to|you (?:should|must|can)|please) ${W(1)}(?:contact|call|ask|raise|file|lodge|submit|take it up with) ${W(4)}(?:them|${PARTY})`),
  p(`(?:wenden|melden) (?:Sie sich|du dich) ${W(2)}(?:direkt|dorthin|an (?:den|die|das) ${PARTY})`),
  p(`(?:du|De) (?:må|skal|kan|bør) ${W(2)}(?:tage det op|kontakte|henvende dig|klage) ${W(2)}(?:dem|${PARTY})`),
  p(`u ${W(1)}${PARTY}|reklamacj\\p{L}* ${W(1)}(?:u|do) ${W(1)}${PARTY}`),
  // lecturing the customer
  p(`(?:please )?check ${W(3)}(?:again|carefully|properly)|before (?:making|posting|throwing) (?:accusations|claims)`),
  p(`(?:bitte )?(?:prüfen|überprüfen|kontrollieren) Sie ${W(3)}(?:nochmal|noch einmal|genau|sorgfältig|erst)|bevor Sie (?:Vorwürfe|Anschuldigungen)`),
  p(`(?:tjek|kontrollér|se) ${W(3)}(?:igen|grundigt|ordentligt) |før du (?:kommer med|retter) (?:beskyldninger|anklager)`),
  p(`(?:proszę|prosimy) ${W(1)}(?:dokładnie|uważnie|jeszcze raz|najpierw) (?:sprawdzić|przeczytać)|zanim (?:Pan|Pani|ktoś) (?:oskarży|zarzuci)`),
];

// ---------------------------------------------------------------------------
// Contradicting the person. Single everyday words (actually, eigentlich,
// faktisk, tak naprawdę) are left out: they are fine in a calm correction.

export const ARGUING_FAMILIES: LexiconEntry[] = [
  p(`(?:that|this|it|which)(?:['’]s| is| was) ${W(1)}(?:simply |just |absolutely |completely |totally )?(?:not true|untrue|false|incorrect|wrong|nonsense|not the case|not what happened|not correct|not accurate)`),
  p(`our (?:system|records|logs|data) ${W(1)}(?:show|shows|cannot|can['’]t|clearly|says|never)`),
  p(`you (?:never|did not|didn['’]t|have not|haven['’]t) ${W(1)}(?:cancel|order|contact|write|call|return|send|ask)\\p{L}*`),
  p("(?:you['’]ve|you have) got (?:it|that|this) wrong|we never (?:said|promised|claimed|stated)"),
  p(`(?:das|dies|es) stimmt (?:so )?(?:einfach )?nicht|(?:das|dies|es) ist (?:so )?(?:einfach )?(?:nicht (?:richtig|wahr|korrekt)|falsch|Unsinn|Quatsch)`),
  p(`(?:laut|nach) (?:unserem|unseren|unserer) (?:System|Daten|Unterlagen|Aufzeichnungen)|(?:Sie|du) ${W(1)}(?:haben|hast) ${W(2)}(?:nie|niemals)|haben Sie ${W(1)}(?:nie|niemals)|das sehen Sie falsch`),
  p(`det (?:passer|stemmer|er) ${W(1)}ikke (?:rigtigt|sandt|korrekt)?|det passer ikke|det er (?:forkert|usandt|noget vrøvl)`),
  p(`(?:ifølge|i) vores (?:system|data|oplysninger)|vores system ${W(1)}(?:kan ikke|viser)|(?:du|De) har ${W(1)}aldrig|det ser du forkert`),
  p("(?:that|this|it) (?:can['’]t|cannot|could not|couldn['’]t) (?:be|have been) (?:true|right|correct|the case|our)|there['’]s no way|impossible"),
  p(`das kann (?:so )?(?:nicht|unmöglich) (?:sein|stimmen)|(?:das ist )?unmöglich|det kan ${W(1)}ikke (?:passe|være rigtigt|være sandt)|det er umuligt|to (?:niemożliwe|nie może być prawda)|niemożliwe`),
  p(`nieprawd\\p{L}*|to nie jest (?:prawda|prawdą)|nie ma (?:Pan|Pani|Pan|Państwo) racji|(?:według|wg) naszego systemu|nasz system ${W(1)}(?:nie|pokazuje)|(?:Pan|Pani) nigdy|nigdy (?:Pan|Pani) nie|to nie tak`),
];

// ---------------------------------------------------------------------------
// Mockery and ironic compliments.

export const SARCASM_FAMILIES: LexiconEntry[] = [
  p("(?:two|three|four|five|six|\\d+) whole (?:times|days|hours|minutes|weeks|emails|messages|calls)|busy schedule|try to keep up|must be nice|poor you|cry me a river|first[- ]world problem"),
  p('what a (?:tragedy|disaster|catastrophe|drama|nightmare)|how (?:tragic|dramatic|awful for you)|end of the world'),
  p('(?:so|how|very|truly) original|impressive (?:persistence|dedication|patience|stamina)'),
  p('(?:someone|somebody|you) (?:has|have|is|are) (?:got )?(?:such |very |rather )?(?:high standards|picky|fussy|demanding)'),
  p(`(?:maybe|perhaps) ${W(3)}(?:is|would be) (?:more )?(?:your thing|for you|more your)`),
  p(`(?:look|looking) forward to (?:the|your) (?:next|fifth|fourth|third) (?:one|complaint|call|email|message)`),
  p('was für eine? (?:Tragödie|Katastrophe|Drama)|wie tragisch|Weltuntergang|Luxusproblem|armes Ding|(?:jemand|da) hat (?:ja )?(?:hohe|große) Ansprüche'),
  p(`(?:vielleicht|eventuell) ${W(3)}eher (?:was|etwas) für (?:Sie|dich)|freuen uns (?:schon )?auf (?:die|den|das) (?:nächste|fünfte|vierte)|beeindruckende Ausdauer`),
  p(`sikke (?:en|et) (?:tragedie|katastrofe|drama)|hvor tragisk|verdens undergang|i-landsproblem|stakkels dig|(?:du|nogen) har ${W(1)}høje krav|imponerende (?:vedholdenhed|tålmodighed|udholdenhed)`),
  p(`(?:måske|nok) ${W(3)}(?:mere )?noget for dig|glæder os til (?:den|det) (?:femte|fjerde|tredje)`),
  p(`co za (?:tragedia|katastrofa|dramat)|jaka tragedia|ale dramat|koniec świata|problem pierwszego świata|biedactwo|(?:ma Pan|ma Pani|masz|ktoś ma) ${W(1)}wysokie wymagania|imponując\\p{L}* (?:wytrwałość|cierpliwość)`),
  p(`(?:może|chyba) ${W(3)}(?:bardziej|lepiej) (?:dla|pasuje)|czekamy na (?:kolejn|następn|piąt|czwart)\\p{L}*`),
];

/** Laughing or winking at a complaint reads as mockery; the same emoji are fine under praise. */
export const MOCKING_EMOJI = /😅|😄|😂|🤣|😆|😜|😉|🙃|😬/gu;

// ---------------------------------------------------------------------------
// Formal stonewalling: policy, terms and legal wording instead of an answer.

export const DEFENSIVE: LexiconEntry[] = [
  p('(?:as )?per (?:our )?(?:policy|policies|terms|T&Cs|terms and conditions|procedure)|(?:in accordance with|according to|under) (?:our )?(?:policy|policies|terms|T&Cs|terms and conditions|regulations|procedures)|our (?:company )?policy'),
  p(`must be (?:submitted|made|filed|sent|lodged) ${W(2)}(?:in writing|via|through|using)|(?:do not|does not|don['’]t|doesn['’]t|cannot|can['’]t) comment on|please be advised|kindly note|(?:we )?(?:would like|wish) to inform you|we regret to inform|(?:we )?refer you to`),
  p(`gemäß ${W(2)}(?:AGB|Geschäftsbedingungen|Richtlinie\\p{L}*|Bestimmungen|Vorgaben)|laut (?:unseren|unserer|den) (?:AGB|Geschäftsbedingungen|Richtlinie\\p{L}*)|AGB|gesetzlichen (?:Fristen|Bestimmungen|Vorgaben)`),
  p(`(?:wir )?bitten (?:Sie )?um (?:Ihr |dein )?Verständnis|weisen (?:wir )?(?:Sie )?darauf hin|verweisen (?:wir )?(?:Sie )?auf|äußern uns nicht|kommentieren ${W(3)}nicht|sind ${W(3)}einzureichen|teilen (?:wir )?Ihnen mit`),
  p(`i henhold til|ifølge (?:vores|vore) (?:handelsbetingelser|betingelser|politik|regler)|handelsbetingelser|henviser ${W(2)}(?:til|hertil)|udelukkende via|kommenterer ikke|gør ${W(2)}opmærksom på|skal ${W(2)}indsendes|tak for (?:din |jeres )?forståelse`),
  p(`uprzejmie informujemy|informujemy, że|zgodnie z ${W(1)}(?:regulaminem|polityką|procedurą|przepisami|zasadami)|regulamin\\p{L}*|nie komentujemy|dziękujemy za zrozumienie|odsyłamy do|w terminie \\d+ dni`),
  p("(?:for )?any inconvenience(?: (?:this )?(?:may have )?caused)?|your (?:complaint|request|feedback|enquiry|inquiry) has been (?:noted|registered|logged|received|forwarded)|(?:unfortunately )?(?:we are|we['’]re) (?:unable|not able) to|this is not possible"),
  p(`(?:etwaige|eventuelle|entstandene) Unannehmlichkeiten|Ihre (?:Beschwerde|Anfrage|Reklamation|Nachricht) (?:wurde|ist) ${W(1)}(?:registriert|aufgenommen|weitergeleitet|notiert|eingegangen)|(?:ist|sind) (?:leider )?nicht möglich`),
  p(`(?:eventuelle|de) gener|(?:din|jeres) (?:henvendelse|klage|reklamation) er ${W(1)}(?:registreret|modtaget|noteret|videresendt)|(?:er|det er) (?:desværre )?ikke muligt`),
  p(`(?:wszelkie|ewentualne) niedogodności|(?:Pana|Pani|Twoje|Państwa) (?:zgłoszenie|reklamacja|skarga) (?:zostało|została) ${W(1)}(?:przyjęt\\p{L}*|zarejestrowan\\p{L}*|przekazan\\p{L}*)|(?:nie jest to|to nie jest) możliwe`),
  /§\s?\d+/u,
];

// ---------------------------------------------------------------------------
// Acknowledging the problem or the feeling, beyond the words in ACKNOWLEDGE.

export const ACKNOWLEDGE_FAMILIES: LexiconEntry[] = [
  p(`sounds ${W(2)}(?:frightening|scary|awful|terrible|horrible|stressful|annoying|frustrating|painful|worrying|upsetting|unpleasant|rough|bad|miserable|maddening|infuriating|alarming)`),
  p("glad (?:you['’]re|you are|nobody|no one|everyone|you)|hope (?:you|your|everyone|they|he|she)|(?:isn['’]t|is not|wasn['’]t|was not) (?:okay|ok|acceptable|good enough|right|fair|what we)"),
  p("not (?:the experience|what we want|how it should)|thanks? (?:you )?for (?:being honest|sharing|telling|letting|the honest)|fair (?:point|enough|question|thing)|you['’]re right|(?:proper|real|such a) (?:nuisance|pain|hassle)|oh no|ugh"),
  p(`klingt ${W(2)}(?:schlimm|furchtbar|ärgerlich|beängstigend|unangenehm|nervig|frustrierend|beunruhigend|übel|erschreckend)|hoffe\\p{L}*|(?:hätte|darf|dürfte) ${W(2)}nicht passieren|nicht in Ordnung|nicht (?:okay|ok)|danke, dass|oh nein|zu Recht|(?:Sie haben|du hast) recht`),
  p(`lyder ${W(2)}(?:ubehageligt|skræmmende|frygteligt|træls|irriterende|slemt|voldsomt|frustrerende|bekymrende|forfærdeligt)|håbe\\p{L}*|ikke i orden|ikke godt nok|ikke (?:den|det) (?:oplevelse|vi vil)|alt for længe|(?:du|I) har ret|øv`),
  p(`brzmi ${W(2)}(?:groźnie|strasznie|nieprzyjemnie|okropnie|źle|niepokojąco|frustrująco|fatalnie)|dobrze, że|(?:mam|mamy) nadzieję|nie w porządku|poszło nie tak|to nie jest to, czego|(?:dziękujemy|dzięki), że|(?:ma|masz) ${W(1)}rację|nie powinno`),
];

/** Polite formulas that contain an acknowledging word but acknowledge nothing. */
export const NOT_ACKNOWLEDGING: LexiconEntry[] = [
  p(`(?:apologi[sz]e|sorry|bedauern|entschuldigen uns|beklager|przepraszamy) (?:for|für|für die|for de|za) (?:any|etwaige|eventuelle|entstandene|wszelkie|ewentualne) \\p{L}+`),
  p(`bitten ${W(2)}um ${W(1)}Verständnis|for your understanding|dziękujemy za zrozumienie|tak for (?:din |jeres )?forståelse|Verständnis (?:dafür|bitten)`),
];

/** What happens next, beyond the words in NEXT_STEP: passing it on, asking to write privately. */
export const NEXT_STEP_FAMILIES: LexiconEntry[] = [
  p(`(?:pass|passed|passing|share|shared|flag|flagged|forward|forwarded) ${W(3)}(?:on|to|with)|message us privately|privately`),
  p(`(?:gebe|geben|leite|leiten) ${W(4)}weiter|weitergegeben|weitergeleitet|nachhaken`),
  p(`(?:giver|giv|sender) ${W(3)}videre|givet ${W(3)}videre|privat`),
  p(`przekaz\\p{L}*|prywatnie|napisać do nas|napiszcie`),
];
