/**
 * Explainable lexicons for what the labelled data sets do not cover: boycott and legal threats,
 * the press, safety and health claims, hacked accounts and data leaks, calls to pile on, staff
 * named, ethics outrage, fraud/lying/hypocrisy claims, plus insults and complaint phrases.
 *
 * Entry syntax (matched by phrases.ts, with the semantics of a regular expression):
 * - `~` is a stem wildcard: any letters may follow ("boycott~" matches boycotting, boycotted);
 *   inflected German, Danish and Polish words are written as stems.
 * - `~` letters are the Latin letters of the four languages and their neighbours (a-z, ß-ÿ,
 *   Latin Extended-A) and combining marks.
 * - a space matches any run of whitespace or hyphens, ` ?` also none; `(a|b)` groups, `(…)?`
 *   an optional group; `?`, `+`, `*` after one character; `[sz]` one of; `\p{L}` any letter;
 *   `\d` a digit; `\.` a literal character.
 * - every entry must start and end at a word boundary (checked with \p{L}/\p{N}, so it works
 *   for ä, ø, ł and every other script).
 * Matching is case-insensitive on the original text, so spans index the original string.
 */
import type { CrisisType, Language, ReasonKind } from '../schema';

export type LexiconKind = Exclude<ReasonKind, 'classifier' | 'shouting' | 'reach' | 'engagement' | 'unanswered' | 'repeat-author' | 'escalation'>;

/**
 * What a complaint phrase says, for the explanation and the level: the first six are signs of
 * escalation (crisis practice: waited days, no answer, refund refused, a promise broken, shaming
 * in public) and lift a complaint to 'high'.
 */
export const COMPLAINT_SIGNALS = ['waiting', 'no-answer', 'repeat-contact', 'refund', 'broken-promise', 'shaming', 'defect', 'missing', 'cancelled', 'service', 'staff-conduct'] as const;
export type ComplaintSignal = (typeof COMPLAINT_SIGNALS)[number];
export const ESCALATION_SIGNALS: ReadonlySet<ComplaintSignal> = new Set(['waiting', 'no-answer', 'repeat-contact', 'refund', 'broken-promise', 'shaming']);

export interface LexiconGroup {
  kind: LexiconKind;
  /** Crisis type this signal points to; null when it only amplifies whatever the post is about. */
  crisis: CrisisType | null;
  /** For complaint phrases: what they complain about. */
  signal?: ComplaintSignal;
  entries: readonly string[];
}

/** Score points of one hit of each kind (more hits of a kind add up to half again). */
export const LEXICON_WEIGHTS: Record<LexiconKind, number> = {
  insult: 25,
  /** One complaint phrase alone makes a post 'medium': dissatisfaction needs an answer. */
  complaint: 30,
  boycott: 25,
  legal: 30,
  press: 25,
  safety: 30,
  security: 30,
  'data-leak': 30,
  'pile-on': 20,
  staff: 15,
  ethics: 25,
  misinformation: 20,
};

const EN: LexiconGroup[] = [
  {
    kind: 'data-leak',
    crisis: 'security-incident',
    entries: [
      'data (leak~|breach~)', 'leak~ (my|our|customer|customers|personal|user) (data|information|info|details|emails?|passwords?|addresses)',
      'my (data|information|info|details|email|address|password|card details) (was |were |got |has been |have been )?(leaked|exposed|stolen|sold|shared)',
      'breach~', 'sold (my|our|customer) data', 'privacy (violation|breach)', 'gdpr', 'exposed (my|our|customer|customers|personal) (data|information|details)',
    ],
  },
  {
    kind: 'security',
    crisis: 'security-incident',
    entries: [
      '(got|been|was|were|is|are|get|getting) hacked', 'hacker~', 'hacking (my|our|your|the) (account|page|profile)', 'hacked (account|page|profile)s?',
      'account (was |has been |got )?(compromised|taken over|stolen|hijacked)', 'hijacked', 'phish~',
      'fake (login|link|site|website|page)', 'suspicious (link|email|login|post|message)s?', 'stolen (account|password|card)s?',
      'someone (logged|logging) into', 'unauthori[sz]ed (charge|access|login|transaction|payment)s?', 'malware', 'weird posts?', 'scam (link|email|dm|message)s?',
    ],
  },
  {
    kind: 'safety',
    crisis: 'product-defect',
    entries: [
      'injur~', 'got hurt', 'burn(ed|t|s)? (my|me|him|her|us|them|our|his|their) ?(\\p{L}+)?', 'got (burned|burnt)', 'burn (injur~|marks?|wounds?|blisters?)', 'caught fire', 'explod~', 'allergic~', 'allerg(y|ies)', 'anaphyla~', 'food poisoning', 'poison~',
      'got (violently |really |so |very )?sick', 'made (me|us|him|her|them|my \\p{L}+) (sick|ill)', 'environmental health', 'cut (my|his|her|their) (hand|arm|finger|leg|foot)', 'threw up', 'throwing up', 'vomit~', 'hospital~', 'emergency room', 'dangerous', 'hazard~', 'unsafe',
      'chok(ed|ing)', 'electric shock', 'mou?ldy?', 'glass in', 'found (a|an) (bug|insect|cockroach|hair|worm|piece of glass|piece of metal|rat)',
      'cockroach~', 'undercooked', 'raw chicken', 'expired', 'rotten', 'salmonella', 'e\\.? ?coli', 'listeria', 'recall~',
    ],
  },
  {
    kind: 'legal',
    crisis: null,
    entries: [
      'lawyer~', 'attorney~', 'solicitor~', 'sue', 'suing', 'sued', 'lawsuit~', 'legal action', 'take (you|this|them) to court', 'court',
      'small claims', 'trading standards', 'ombudsman', 'consumer protection', 'class action', 'chargeback',
      'report(ing)? (you|this|them) to (the )?(ftc|bbb|authorities|police|regulator|fca|ofcom|cma)',
    ],
  },
  {
    kind: 'press',
    crisis: null,
    entries: [
      'journalist~', 'reporter~', 'the press', 'the media', '(going|go|went) to the (press|media|news)', 'contact(ing)? the (press|media|news)', 'newspaper~',
      'tv station', 'watchdog', 'go(ing)? viral', 'make (this|it) viral', 'bbc', 'news outlets?',
    ],
  },
  {
    kind: 'pile-on',
    crisis: null,
    entries: [
      '(everyone|everybody|people|pls|please|plz) (retweet|rt|share|boost|repost)', 'rt if', 'retweet (this|if)', 'share (this|widely|everywhere)', 'spread the word',
      'make (this|it) (go )?viral', 'tell (everyone|your friends)', 'let\'?s (trend|make this)', 'don\'?t let this (die|go away)', 'signal boost',
      'everyone (needs|has) to (see|know)', 'boost this',
    ],
  },
  {
    kind: 'boycott',
    crisis: 'social-responsibility',
    entries: [
      'boycott~', 'never (buy|buying|shop|shopping|order|ordering|fly|flying|use|using|eat|eating)( (from|with|at|here))? (you|again|here)', 'never again',
      '(will|gonna|going to|i\'?ll|i am|i\'?m) cancel(l?ing)? my (subscription|membership|account|contract)', 'switching to', 'take my (money|business) elsewhere', 'lost (a|another) customer',
      'don\'?t buy', 'do not buy', 'stop buying', 'stay away', 'unsubscrib~', 'delet(e|ed|ing) (the|your) app', 'won\'?t (buy|shop|be buying|be back)',
    ],
  },
  {
    kind: 'staff',
    crisis: 'employee-misconduct',
    entries: [
      'your (employee|staff|worker|manager|cashier|driver|agent|rep|representative|waiter|waitress|barista|server|staff member|clerk|cashiers|drivers|employees|workers|managers)s?',
      '(employee|staff member|cashier|manager|driver|waiter|waitress|barista|agent|clerk) (named|called)', 'fire (him|her|them|this guy|this woman|that guy)',
      'should be fired', 'get (him|her|them) fired', 'name ?tag', 'the (guy|girl|woman|man|lady) at the (counter|desk|register|till|checkout)',
      'employee~', 'staff',
    ],
  },
  {
    kind: 'ethics',
    crisis: 'social-responsibility',
    entries: [
      'racis~', 'sexis~', 'misogyn~', 'homophob~', 'transphob~', 'discriminat~', 'exploit~', 'child labou?r', 'sweatshop~', '(slave|forced) labou?r',
      'animal (cruelty|testing)', 'greenwash~', 'climate', 'pollut~', 'unethical', 'bigot~', 'white supremac~', 'nazi~', 'antisemit~', 'islamophob~',
      'blackface', 'cultural appropriation', 'underpa(y|ys|id|ying)', 'union busting', 'human rights',
    ],
  },
  {
    kind: 'misinformation',
    crisis: 'reputation-attack',
    entries: [
      'scam~', 'fraud~', 'con artists?', 'liar~', 'lying', 'lies', 'fake (news|reviews?|screenshots?|claims?|promises?)', 'false (claims?|advertising|information)',
      'mislead~', 'cover(ing)? up', 'cover-up', 'hypocri~', 'tone ?deaf', 'delete this', 'read the room', 'who approved this', 'disgrace~', 'shameful',
      'shame on (you|u)', 'thie(f|ves)', 'stole', 'steal~', 'cheat~', 'pyramid scheme', 'ponzi', 'deceptive', 'deceiv~', 'propaganda', 'misinformation', 'disinformation',
      'rip ?-?offs?', 'rip(s|ping|ped)? ((me|us|you|them|him|her|people|customers|everyone|everybody|folks|(its|their|your|our) customers) )?off', 'daylight robbery', 'crooks?', 'swindl~', 'extort~', 'price gouging', 'gaslight~',
    ],
  },
  {
    kind: 'complaint',
    crisis: 'product-defect',
    signal: 'defect',
    entries: [
      'flicker~', 'a crack', 'lukewarm', 'cold (coffee|food)', 'stale', 'tastes? like (cardboard|nothing)',
      'broken', 'broke', 'stopped working', 'doesn\'?t work', 'does not work', 'not working', 'won\'?t (start|turn on|charge|work|load|open)', 'defect~', 'faulty',
      'malfunction~', 'fell apart', 'falling apart', 'cracked', 'leak(s|ing|ed)', '(poor|bad|cheap|terrible) quality', 'arrived (broken|damaged|smashed|cracked)', 'damaged',
      'tastes? (burnt|burned|awful|terrible|disgusting|stale|off|like (dirt|ash|water|mud))'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'waiting',
    entries: [
      'took (\\d+|two|three|four|five|six|several) (days|weeks|months)', 'still (says|shows) (processing|pending|in progress)', '(\\d+|two|three|four|five|six) (weeks|months)\\. ?(\\d+|two|three|four|five|six)? ?(weeks|months)?',
      '(been )?waiting (for )?(over |more than |almost )?(\\d+|a|an|two|three|four|five|six|several|many) (hours?|days?|weeks?|months?)', 'waited (for )?(over |more than |almost )?(\\d+|a|an|two|three|four|five|six|several|many)? ?(hours?|days?|weeks?|months?)',
      'still waiting', 'ordered (\\d+|a|two|three|four|five|six|several) (weeks?|months?) ago', 'for (over |more than |almost )?(\\d+|two|three|four|five|six|several|many) (weeks|months)( now)?', '(weeks|months) (now|later)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'no-answer',
    entries: [
      'nothing back', 'heard nothing', 'no word from', 'radio silence', 'silence from',
      'no (answer|reply|response|one answers|one replies|one gets back)', 'never (answered|replied|responded|heard back|got back)', '(nobody|no one) (answers|replies|responds|cares|helps|gets back|calls back)',
      '(you|they) (still )?(haven\'?t|have not|didn\'?t|did not|never) (answered|replied|responded|got back|gotten back|called back)', 'ignor(ed|ing) (me|us|my)', 'left on read',
      'answer (your|my|the) (emails?|calls?|phone|messages?|dms?)', '(can\'?t|cannot|unable to) (even )?(get through|reach (you|anyone|a human))', 'on hold for', '(emails?|messages?|calls?) (go|went|goes) unanswered'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'repeat-contact',
    entries: [
      '(emailed|called|messaged|rang|wrote|chased|contacted)( to)? (you |them )?(twice|again|three times)', '(2nd|second|4th|fourth) time (i\'?m|i am|i have|i\'?ve)',
      '(called|emailed|messaged|contacted|wrote to|rang) (you |them |customer service |support )?(\\d+|two|three|four|five|several|multiple|many|countless) times', '(third|fourth|fifth|3rd|4th|5th) time',
      'again and again', 'keep (asking|calling|emailing|chasing)', 'chas(ed|ing) (this|you|it|them)', '(\\d+|three|four|five|several|multiple) (emails|calls|messages|complaints)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'refund',
    entries: [
      '(fee|money|deposit|charge|payment) back', '(goodwill )?gesture', 'reimburs~', 'refunded',
      '(want|need|demand|expect) (my|a) (refund|money back)', '(my|the) money back', 'refund (me|now|my)', '(still )?no refund', 'where(\'?s| is) my (refund|money)', 'refus~ (a |to )?refund', 'compensat~', 'give me my money'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'broken-promise',
    entries: [
      '(you|they) promised', 'promised (me|us|to|a|that|it)', 'broken promise~', 'was (told|promised) (it|i|that|we)', 'still (not|no|hasn\'?t|haven\'?t) (fixed|resolved|working|delivered|arrived|refunded)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'shaming',
    entries: [
      'everyone should know', 'warning to (everyone|others)', 'avoid (this|them|at all costs)', 'name and shame', 'so everyone (can )?(sees?|knows?)', 'since you (won\'?t|don\'?t|never) (answer|reply|respond)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'missing',
    entries: [
      '(and|but) no (base|lid|cable|charger|plug|instructions|screws|bulb)', 'missing (part|piece|item|parts|pieces|items)', 'only (one|half) (of|arrived)',
      '(order|package|parcel|delivery|luggage|bag) (is |was |has been |got )?(lost|missing|never arrived|never came|not arrived|stolen)', 'never (arrived|came|received|delivered)', 'lost my (order|package|parcel|luggage|bag)',
      '(still )?(hasn\'?t|has not|haven\'?t|have not|didn\'?t|did not) (arrived|come|been delivered|been shipped)', 'wrong (order|item|size)', 'where(\'?s| is) my (order|package|parcel|delivery|stuff)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'cancelled',
    entries: [
      'delayed', 'cancell?ed', 'cancell?ation'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'service',
    entries: [
      'annoy~', 'tedious', 'gutted', 'used to be better', 'frustrat~', 'waste of (money|time)', 'charged (me )?after', 'overpriced',
      'worst (service|customer service|experience|company|airline|support|bank)', '(terrible|awful|horrible|poor|shocking|appalling|rubbish|shit|crap) (customer )?(service|support)', 'charged (me )?twice', 'overcharg~', 'double charged', 'hidden fees',
      'unacceptable', 'ridiculous', 'disappoint~', 'fed up', 'sort (it|this) out', 'complain~', '(website|site|app) (is |was )?(down|crashing|not loading)', '(can\'?t|cannot|unable to) (even )?(log ?in|sign in|cancel)',
      'thanks for nothing', 'not good enough', 'unprofessional', 'unhelpful'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'employee-misconduct',
    signal: 'staff-conduct',
    entries: [
      'short with (me|us)', 'snapped at (me|us)', 'told (me|my \\p{L}+) to (go|leave)',
      'rude', 'impolite', 'condescending', 'yelled at (me|us|my)', 'shouted at (me|us|my)'
    ],
  },
  {
    kind: 'insult',
    crisis: null,
    entries: [
      'idiot~', 'moron~', 'stupid', 'dumb', 'imbecile~', 'retard~', 'fuck~', 'f\\*+ck~', 'fck~', 'shit~', 'bullshit', 'crap', 'crappy', 'asshole~', 'arsehole~', 'bastard~',
      'bitch~', 'dick', 'dickhead~', 'prick~', 'scum~', 'clowns?', 'pathetic', 'disgusting', 'garbage', 'trash', 'trashy', 'loser~', 'suck(s|ed)?', 'wtf', 'stfu', 'piss~',
      'twat~', 'wanker~', 'cunt~', 'douche~', 'incompetent', 'useless', 'go to hell', 'screw (you|u)', 'shut up',
    ],
  },
];

const DE: LexiconGroup[] = [
  {
    kind: 'data-leak',
    crisis: 'security-incident',
    entries: [
      'datenleck~', 'datenpanne~', 'datenschutzverletzung~', 'datenschutzverstoß~', 'datenklau', '(meine|unsere|kunden) ?daten (wurden |sind )?(geleakt|gestohlen|veröffentlicht|verkauft|weitergegeben)',
      'geleakt', 'dsgvo', 'daten (geleakt|gestohlen|verkauft)', 'datenschutz~',
    ],
  },
  {
    kind: 'security',
    crisis: 'security-incident',
    entries: [
      'gehackt~', 'hack~', '(account|konto|profil) (wurde |ist )?(übernommen|gekapert|gestohlen|gesperrt)', 'gekapert', 'phishing~', 'gefälschte~ (mail|e-mail|seite|links?|sms)',
      'betrugsmail~', 'verdächtige~ (link|mail|nachricht|sms)~', 'unbefugt~', 'fremde (abbuchung|zugriff)~',
    ],
  },
  {
    kind: 'safety',
    crisis: 'product-defect',
    entries: [
      'verletz~', 'allergische~ reaktion', 'allergi~', 'lebensmittelvergiftung~', 'vergiftung~', 'vergiftet~', 'krank geworden', '(mir|mich) (ist )?übel', 'übergeben', 'erbrochen',
      'krankenhaus~', 'notaufnahme', 'gefährlich~', 'gesundheitsgefährd~', 'verbrannt', 'verbrennung~', 'explodiert', 'in brand', 'feuer gefangen', 'schimmel~', 'schimmlig~',
      'glassplitter~', 'glas im', 'kakerlake~', 'ungeziefer', 'salmonellen~', 'abgelaufen~', 'verdorben~', 'stromschlag', 'rückrufaktion~', 'produktrückruf~', 'erbrechen', 'krämpfe', 'durchfall', 'übelkeit', 'gesundheitsamt~', 'schnittwunde~', 'scherben',
    ],
  },
  {
    kind: 'legal',
    crisis: null,
    entries: [
      'anwalt', 'anwalts', 'anwält~', 'rechtsanwalt~', 'rechtsanwält~', 'anwaltlich~', 'klage', 'klagen', 'verklag~', 'gericht', 'gerichtlich~', 'vor gericht', 'rechtliche~ schritte',
      'rechtliche~ konsequenzen', 'verbraucherzentrale~', 'strafanzeige', 'anzeige erstatten', 'abmahnung', 'schlichtungsstelle', 'verbraucherschutz~',
    ],
  },
  {
    kind: 'press',
    crisis: null,
    entries: [
      'presse', 'journalist~', 'zeitung~', 'bild-zeitung', '(die|der) bild', 'stern tv', 'medien', 'fernsehen', 'reporter~', 'öffentlich machen', 'an die öffentlichkeit', 'viral',
    ],
  },
  {
    kind: 'pile-on',
    crisis: null,
    entries: [
      'alle teilen', 'meldet euch (auch|alle)', 'bitte (teilen|rt|retweeten|weitersagen)', 'teilt (das|dies|es|diesen)', 'retweet~', 'weitersagen', 'verbreitet (das|es|dies)', 'jeder sollte (das|es|dies) wissen',
      'shitstorm', 'teilen teilen',
    ],
  },
  {
    kind: 'boycott',
    crisis: 'social-responsibility',
    entries: [
      'boykott~', 'nie wieder', 'nie mehr', 'kaufe (hier |bei euch |bei ihnen )?(nichts|nie) mehr', 'kaufe nie wieder', 'nicht mehr (kaufen|bestellen)', 'kündige~', 'gekündigt', 'kündigung',
      'wechsle zu', 'wechsel zur konkurrenz', 'ehemalige~ kund~', 'nicht kaufen', 'kauft (hier |da |dort )?nicht~', 'meidet',
    ],
  },
  {
    kind: 'staff',
    crisis: 'employee-misconduct',
    entries: [
      'mitarbeiter~', 'barista~', 'mitarbeitende~', 'angestellte~', 'kassierer~', 'verkäufer~', 'filialleiter~', 'personal', 'fahrer~', 'kellner~', 'bedienung', 'servicekraft', 'entlass~',
      'rauswerfen', 'feuern', 'gefeuert', 'kollegin', 'der typ an der kasse',
    ],
  },
  {
    kind: 'ethics',
    crisis: 'social-responsibility',
    entries: [
      'rassis~', 'sexis~', 'frauenfeind~', 'homophob~', 'diskriminier~', 'ausbeut~', 'kinderarbeit', 'sklavenarbeit', 'zwangsarbeit', 'tierquälerei', 'tierversuch~', 'greenwashing',
      'klima~', 'umweltzerstör~', 'umweltverschmutz~', 'unethisch~', 'nazi~', 'antisemit~', 'menschenverachtend~', 'hungerlöhne', 'hungerlohn~', 'menschenrecht~',
    ],
  },
  {
    kind: 'misinformation',
    crisis: 'reputation-attack',
    entries: [
      'betrug~', 'betrüger~', 'betrüg~', 'abzocke~', 'abzock~', 'lüge~', 'lügner~', 'lügen', 'lügt', 'gelogen', 'fake', 'falschinformation~', 'desinformation~', 'irreführ~', 'verarsch~',
      'heuchl~', 'heuchelei', 'scheinheilig~', 'geschmacklos~', 'löscht (das|dies|diesen|den)( post| tweet| beitrag)?', 'schämt euch', 'schande', 'verlogen~', 'täuschung', 'vertusch~', 'schwindel~',
    ],
  },
  {
    kind: 'complaint',
    crisis: 'product-defect',
    signal: 'defect',
    entries: [
      'abgebrochen', 'zersprungen', 'schmeckt (nach pappe|nach nichts|verbrannt|bitter|alt)', 'flacker~', 'wackel~',
      'kaputt~', 'defekt~', 'funktioniert (nicht|nie|gar nicht|immer noch nicht)', 'geht (nicht|gar nicht) mehr', 'mangelhaft~', 'schrott', 'minderwertig~', 'fehlerhaft~', 'undicht', 'ausgelaufen', 'beschädigt~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'waiting',
    entries: [
      '(\\d+|zwei|drei|vier|fünf|sechs) (tage|wochen) (gedauert|gebraucht)',
      'warte~ (seit|schon|immer noch|noch immer)', 'seit (über |mehr als |fast )?(\\d+|zwei|drei|vier|fünf|sechs|mehreren|vielen)? ?(tagen|wochen|monaten|stunden)', 'gewartet', '(\\d+|zwei|drei|vier|fünf|sechs) (wochen|monate) (später|lang|her)', 'seit wochen', 'seit monaten'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'no-answer',
    entries: [
      '(zweimal|dreimal|wieder) nix', 'nichts gehört', 'funkstille',
      'keine (antwort|rückmeldung|reaktion)', '(niemand|keiner) (antwortet|meldet sich|geht ran|hilft|ruft zurück)', 'nie (geantwortet|zurückgerufen)', '(ihr|sie) (antwortet|antworten|reagiert|reagieren) (nicht|nie)', 'ignoriert', 'warteschleife', 'nicht erreichbar'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'repeat-contact',
    entries: [
      'zweimal', 'dreimal', 'x-mal', 'zum wiederholten mal',
      '(\\d+|zwei|drei|vier|fünf|mehrere|mehrfach|etliche|unzählige) (mal|male|mails|e-mails|anrufe|nachrichten|beschwerden)', 'zum (dritten|vierten|fünften|x-ten) mal', 'mehrfach (angerufen|geschrieben|gemeldet)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'refund',
    entries: [
      'geld zurück', 'mein geld', 'rückerstattung~', 'erstattung~', 'entschädigung~', 'erstattet', 'zurückerstatt~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'broken-promise',
    entries: [
      'versprochen', 'versprechen (nicht )?gehalten', 'zugesagt', 'hieß es', 'immer noch nicht (da|gekommen|angekommen|geliefert|erstattet|behoben|repariert)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'shaming',
    entries: [
      '(ich )?warne (hiermit )?(alle|euch)', 'finger weg',
      'jeder soll (es |das )?wissen', 'warnung an alle', 'finger weg', 'weil (ihr|sie) (nicht|nie) (antwortet|antworten)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'missing',
    entries: [
      'da stimmt was nicht', 'unvollständig~',
      '(bestellung|paket|lieferung|sendung)~ (ist |wurde )?(verloren|verschwunden|nicht angekommen|nie angekommen)', 'nie angekommen', 'nicht angekommen', 'immer noch nicht (da|angekommen)', 'falsch geliefert', 'nicht geliefert'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'cancelled',
    entries: [
      'verspät~', 'ausgefallen', 'ausfall', 'storniert', 'zugausfall', 'verpasst~ (anschluss|zug)', 'anschluss verpasst'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'service',
    entries: [
      'war nix', 'ein witz', 'nicht angenommen', 'ärgere mich', 'genervt', 'nervig', 'geht gar nicht', 'so geht man nicht', 'unprofessionell~', 'überteuert', 'abzocke',
      'schlechteste~ (service|kundenservice|erfahrung|firma)', '(miserabl|katastrophal|unterirdisch|grottenschlecht|schlecht)~ (service|kundenservice|kundendienst)', 'beschwer~', 'frechheit', 'unverschämt~', 'zumutung',
      'enttäusch~', 'ärgerlich', 'doppelt abgebucht', 'danke für nichts', 'nicht akzeptabel', 'inakzeptabel', 'katastrophe', 'chaos', 'unzuverlässig~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'employee-misconduct',
    signal: 'staff-conduct',
    entries: [
      'unfreundlich~', 'pampig~', 'angeschrien', 'angeschnauzt', 'respektlos~'
    ],
  },
  {
    kind: 'insult',
    crisis: null,
    entries: [
      'idiot~', 'vollidiot~', 'depp~', 'arschloch~', 'arsch', 'schei(ß|ss)~', 'kack~', 'dumm~', 'blöd~', 'bescheuert~', 'wichser~', 'hurensohn~', 'huren~', 'fotze~', 'schwein~',
      'penner~', 'spast~', 'drecks~', 'dreck', 'versager~', 'fresse', 'verpiss~', 'fick~', 'lächerlich~', 'peinlich~', 'inkompetent~', 'unfähig~', 'nutzlos~', 'armselig~', 'erbärmlich~',
      'abschaum', 'gesindel', 'asozial~', 'vollpfosten', 'trottel~', 'kotz~', 'mist',
    ],
  },
];

const DA: LexiconGroup[] = [
  {
    kind: 'data-leak',
    crisis: 'security-incident',
    entries: [
      'datalæk~', 'læk af (data|oplysninger|persondata)', 'lækket', 'lækage', 'databrud', 'persondata', 'mine (data|oplysninger) (er )?(lækket|stjålet|solgt|delt)', 'gdpr', 'cpr ?-?nummer~',
    ],
  },
  {
    kind: 'security',
    crisis: 'security-incident',
    entries: [
      'hacket', 'hacked', 'hacker~', '(konto|profil|account)~ (er |blev )?(overtaget|stjålet|kompromitteret)', 'phishing~', 'falsk~ (mail|link|side|profil|sms)~', 'svindelmail~',
      'mistænkelig~ (link|mail|besked|sms)~', 'uautoriseret~',
    ],
  },
  {
    kind: 'safety',
    crisis: 'product-defect',
    entries: [
      'kom til skade', 'tilskadekom~', 'kvæstet', 'allergisk~', 'allergi~', 'madforgiftning~', 'forgiftning~', 'forgiftet', 'blev syg', 'blev dårlig', 'kastede op', 'kaste op', 'hospital~',
      'skadestue~', 'farlig~', 'sundhedsfarlig~', 'brændt', 'forbrænding~', 'eksplod~', 'skimmel~', 'mug', 'glasskår', 'kakerlak~', 'salmonella', 'fordærvet', 'tilbagekald~', 'elektrisk stød', 'kløe', 'hævede læber', 'opkast~', 'snitsår~', 'glasstump~', 'glassplinter~',
    ],
  },
  {
    kind: 'legal',
    crisis: null,
    entries: [
      'advokat~', 'sagsøg~', 'retssag~', 'retten', 'domstol~', 'forbrugerombudsmand~', 'forbrugerrådet', 'ankenævn~', 'politianmeld~', 'anmelder (jer|dig|det)', 'juridisk~', 'erstatning~',
    ],
  },
  {
    kind: 'press',
    crisis: null,
    entries: [
      'pressen', 'journalist~', 'avis~', 'medierne', 'tv ?2', 'ekstra ?bladet', 'politiken', 'kontant', 'offentligheden', 'viral~',
    ],
  },
  {
    kind: 'pile-on',
    crisis: null,
    entries: [
      'alle (skal|bør) dele', 'skriv i kommentarerne', 'tag (dem|jeres venner)', 'lad os vise', 'del (gerne|venligst|dette|det|opslaget)', 'del så', 'husk at dele', 'spred (budskabet|det|ordet)', 'retweet~', 'alle skal vide',
    ],
  },
  {
    kind: 'boycott',
    crisis: 'social-responsibility',
    entries: [
      'boykot~', 'aldrig (mere|igen)', 'køber aldrig', 'handler aldrig', 'handl~ (ikke|aldrig) (mere|igen)', 'opsig~', 'opsagt', 'skifter til', 'tidligere kunde', 'hold (jer|dig) væk',
      'køb ikke', 'lad være med at købe',
    ],
  },
  {
    kind: 'staff',
    crisis: 'employee-misconduct',
    entries: [
      'medarbejder~', 'barista~', 'ansat', 'ansatte', 'personale~', 'ekspedient~', 'chauffør~', 'kassedame~', 'butikschef~', 'fyr (ham|hende|dem)', 'bør fyres', 'fyret', 'tjener~',
    ],
  },
  {
    kind: 'ethics',
    crisis: 'social-responsibility',
    entries: [
      'racis~', 'racist~', 'sexis~', 'kvindehad~', 'homofob~', 'diskrimin~', 'udnytt~', 'udnyttelse', 'børnearbejde', 'slavearbejde', 'tvangsarbejde', 'dyremishandling', 'dyreforsøg~',
      'greenwash~', 'klima~', 'miljø~', 'forurening~', 'uetisk~', 'nazi~', 'antisemit~', 'menneskerettighed~', 'sultelønning~', 'social dumping',
    ],
  },
  {
    kind: 'misinformation',
    crisis: 'reputation-attack',
    entries: [
      'svindel~', 'svindl~', 'fup', 'fupnummer~', 'bedrag~', 'løgn~', 'løgner~', 'lyver', 'løj', 'falsk~', 'misvisende', 'vildled~', 'fake', 'hykler~', 'skam (jer|dig)', 'skamme (jer|dig)',
      'slet (det|dette|opslaget)', 'smagløs~', 'tonedøv~', 'skandale~', 'dækker over',
    ],
  },
  {
    kind: 'complaint',
    crisis: 'product-defect',
    signal: 'defect',
    entries: [
      'knæk~', 'passer ikke', 'flimre~', 'revne~',
      'i stykker', 'ødelagt~', 'defekt~', 'virker (ikke|stadig ikke)', 'fungerer ikke', 'gået i stykker', 'går i stykker', 'dårlig kvalitet', 'fejl på', 'beskadiget'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'waiting',
    entries: [
      '(\\d+|to|tre|fire|fem) (uger|fredage|måneder) siden', 
      'ventet (i )?(over |mere end |næsten )?(\\d+|flere|mange|to|tre|fire|fem|seks)? ?(timer|dage|uger|måneder)', 'venter (stadig|endnu)', 'i (over |mere end )?(\\d+|flere|mange|to|tre|fire|fem|seks) (dage|uger|måneder)', 'i ugevis', 'i månedsvis', 'efter (\\d+|flere|to|tre|fire|fem) (uger|måneder)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'no-answer',
    entries: [
      'uden svar', 'hører intet', 'hørt intet', 'ingen reaktion',
      'intet svar', 'ingen svar', 'ikke fået (noget )?svar', 'aldrig fået (noget )?svar', 'ingen (reaktion|tilbagemelding|respons)', 'ingen svarer', 'ingen tager telefonen', '(svarer|reagerer) (ikke|aldrig)', 'ikke svaret', 'ignorer~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'repeat-contact',
    entries: [
      'skrevet (til jer )?(flere|to|tre) gange', 'henvist (frem og tilbage|til)',
      '(\\d+|to|tre|fire|fem|flere|mange|utallige) gange', '(\\d+|tre|fire|fem|flere) (mails|opkald|henvendelser|beskeder)', 'igen og igen', 'for (tredje|fjerde|femte) gang'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'refund',
    entries: [
      'pengene tilbage', 'mine penge', 'refusion~', 'tilbagebetal~', 'kompensation'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'broken-promise',
    entries: [
      'lovet', 'lovede', 'løfte~', 'stadig ikke (kommet|leveret|modtaget|løst|ordnet|refunderet)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'shaming',
    entries: [
      'trustpilot', 'så andre kan se',
      'alle skal vide', 'advarsel til (alle|andre)', 'undgå (dem|jer|dette)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'missing',
    entries: [
      'forkerte? (vare|varer|pære|pærer|størrelse|ordre|produkt|farve)',
      '(pakke|ordre|bestilling|levering)~ (er )?(forsvundet|væk|tabt|aldrig kommet|ikke kommet|ikke modtaget)', 'aldrig (kommet|modtaget|leveret)', 'ikke modtaget', 'ikke kommet', 'forkert (vare|størrelse|ordre)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'cancelled',
    entries: [
      'forsink~', 'aflyst', 'annulleret'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'service',
    entries: [
      'uprofessionel~', 'ikke optimalt', 'snyd~', 'vil ikke tage imod', 'reklamation~', 'irriterende', 'ærgerlig~', 'hvad skete der', 'ikke tilfreds',
      'værste (service|kundeservice|oplevelse)', '(elendig|dårlig|horribel|katastrofal|ringe)~ (service|kundeservice)', 'klage~', 'skuffe~', 'uacceptabel~', 'snydt', 'ikke i orden', 'tak for ingenting', 'for dårligt', 'ikke godt nok', 'utilfreds~', 'træls'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'employee-misconduct',
    signal: 'staff-conduct',
    entries: [
      'lagde på', 'snakkede i telefon',
      'uhøflig~', 'uforskammet~', 'nedladende', 'råbte (af|ad) (mig|os)'
    ],
  },
  {
    kind: 'insult',
    crisis: null,
    entries: [
      'idiot~', 'fuck~', 'lort~', 'lorte~', 'pis', 'pisse~', 'røv~', 'røvhul~', 'dum', 'dumme', 'dumt', 'svin~', 'kælling~', 'luder~', 'møg~', 'helvede', 'fandme', 'fanden',
      'kraftedeme', 'klaphat~', 'spasser~', 'taber~', 'tosse~', 'patetisk~', 'latterlig~', 'ynkelig~', 'inkompetent~', 'ubrugelig~', 'elendig~', 'skod~', 'skide~', 'pikhoved~',
      'kusse~', 'hold kæft', 'klamt', 'ulækker~', 'perker~', 'nar',
    ],
  },
];

const PL: LexiconGroup[] = [
  {
    kind: 'data-leak',
    crisis: 'security-incident',
    entries: [
      'wyciek~', 'wyciekł~', 'dane osobowe', 'danych osobowych', 'moje dane', 'rodo', 'naruszeni~ (danych|prywatności)', 'udostępni~ (moje|nasze) dane', 'sprzeda~ (moje |nasze )?dane',
    ],
  },
  {
    kind: 'security',
    crisis: 'security-incident',
    entries: [
      'zhakowa~', 'shakowa~', 'włamani~', 'włamał~ się', 'przejęt~ kont~', 'przejął~ kont~', 'przejęli kont~', 'konto (zostało )?przejęte', 'phishing~', 'wyłudz~',
      'fałszyw~ (link|stron|mail|wiadomo|sms|profil)~', 'podejrzan~ (link|mail|wiadomo|sms)~', 'hacker~', 'haker~',
    ],
  },
  {
    kind: 'safety',
    crisis: 'product-defect',
    entries: [
      'zatruci~', 'zatruł~', 'zatrut~', 'uczuleni~', 'alergi~', 'alergiczn~', 'poparzeni~', 'poparzył~', 'oparzeni~', 'obrażeni~', 'zranion~', 'zranił~', 'szpital~',
      'pogotowi~', 'niebezpieczn~', 'wybuch~', 'eksplodował~', 'zapalił~ się', 'pożar~', 'wymiot~', 'rzyga~', 'pleśń', 'pleśni', 'spleśnia~', 'karaluch~', 'robak~',
      'szkło w', 'kawałek szkła', 'salmonell~', 'przeterminowan~', 'porażeni~ prądem', 'rozchorował~', 'wycofan~ z (rynku|sprzedaży)',
    ],
  },
  {
    kind: 'legal',
    crisis: null,
    entries: [
      'prawnik~', 'prawnicz~', 'adwokat~', 'radc~ prawn~', 'pozew', 'pozwę', 'pozwiemy', 'pozwać', 'pozwie', 'sąd', 'sądu', 'sądzie', 'sądow~', 'uokik',
      'rzecznik~ (praw )?konsument~', 'rzecznik~ finansow~', 'na policj~', 'prokuratur~', 'zawiadomieni~', 'kroki prawne', 'odszkodowani~',
    ],
  },
  {
    kind: 'press',
    crisis: null,
    entries: [
      'prasa', 'prasy', 'prasie', 'media', 'mediów', 'mediach', 'dziennikarz~', 'dziennikark~', 'gazet~', 'telewizj~', 'uwag~ tvn', 'interwencj~', 'nagłośni~', 'upublicznię', 'viral~',
    ],
  },
  {
    kind: 'pile-on',
    crisis: null,
    entries: [
      'udostępnij~', 'udostępniajcie', 'podaj dalej', 'podawajcie dalej', 'niech (wszyscy|każdy) (wie|wiedzą|zobaczy|zobaczą)', 'wszyscy (muszą|powinni) (wiedzieć|zobaczyć)',
      'retweet~', 'nagłośnijmy', 'róbmy szum', 'rt',
    ],
  },
  {
    kind: 'boycott',
    crisis: 'social-responsibility',
    entries: [
      'bojkot~', 'nigdy (więcej|już)', 'więcej nie kupię', 'nie kupię', 'nie kupujcie', 'omija~ szerokim łukiem', 'omijajcie', 'szerokim łukiem', 'rezygnuj~', 'rezygnacj~',
      'zrezygnował~', 'wypowiadam umowę', 'przechodzę do', 'był~ klient~', 'koniec z (wami|tobą)',
    ],
  },
  {
    kind: 'staff',
    crisis: 'employee-misconduct',
    entries: [
      'pracowni~', 'personel~', 'barist~', 'kasjer~', 'sprzedawc~', 'sprzedawczyni', 'kierowc~', 'kurier~', 'konsultant~', 'kierowni~', 'kelner~', 'zwolni~ (go|ją|ich)', 'wywal~ (go|ją|ich)',
      'powin~ (zostać )?zwolnion~',
    ],
  },
  {
    kind: 'ethics',
    crisis: 'social-responsibility',
    entries: [
      'rasis~', 'rasizm~', 'seksis~', 'seksizm~', 'mizogin~', 'homofob~', 'dyskrymin~', 'wyzysk~', 'praca dzieci', 'pracy dzieci', 'niewolnicz~', 'znęca~ (się )?nad zwierzętami',
      'testy na zwierzętach', 'greenwashing', 'klimat~', 'zanieczyszcz~', 'nieetyczn~', 'nazis~', 'faszy~', 'antysemi~', 'ksenofob~', 'głodow~ pensj~', 'mobbing~', 'praw~ człowieka',
    ],
  },
  {
    kind: 'misinformation',
    crisis: 'reputation-attack',
    entries: [
      'oszust~', 'oszuś~', 'oszuk~', 'przekręt~', 'naciąg~', 'złodziej~', 'kradzież~', 'okradli', 'okradł~', 'kłam~', 'fałsz~', 'fake', 'dezinformacj~', 'wprowadza~ w błąd', 'manipulacj~',
      'obłud~', 'hipokry~', 'usuńcie (to|ten post|ten wpis)', 'wstyd~', 'hańb~',
    ],
  },
  {
    kind: 'complaint',
    crisis: 'product-defect',
    signal: 'defect',
    entries: [
      'smakuje jak', 'przypalon~', 'pękł~', 'pęka', 'zimn~ kaw~',
      'zepsu~', 'popsu~', 'uszkodzon~', 'wadliw~', 'wada', 'wady', 'nie działa~', 'przestał~ działać', 'zła jakość', 'słaba jakość', 'kiepsk~ jakość', 'bubel', 'badziew~', 'szajs', 'rozpadł~', 'pęknięt~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'waiting',
    entries: [
      '(ponad|już) (\\d+|dwa|trzy|cztery) (tygodnie|tygodni|dni|miesiące)',
      'czekam (od|już|ponad|prawie)', 'czekał~', 'czekamy', 'od (\\d+ |kilku |paru |dwóch |trzech |czterech )?(dni|dnia|tygodni|tygodnia|miesięcy|miesiąca|godzin|godziny)', '(\\d+|dwa|trzy|cztery|pięć|kilka) (tygodnie|tygodni|miesiące|miesięcy) (później|temu)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'no-answer',
    entries: [
      'cisza', 'zero kontaktu', 'nikt się nie (odezwał|odzywa)',
      'brak (odpowiedzi|kontaktu|reakcji)', 'nikt nie (odpowiada|odbiera|odpisuje|oddzwania|reaguje)', 'bez odpowiedzi', 'obsług~ (klienta )?nie odpowiada~', 'nie odpowiada~ (od|na)', 'nie (odpisali|odpisaliście|odpowiedzieli|odpowiedzieliście|oddzwonili)', 'zero (odpowiedzi|kontaktu|reakcji)', 'ignoruj~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'repeat-contact',
    entries: [
      '(drugi|trzeci|czwarty|piąty|kolejny) raz', 'za każdym razem',
      '(pisał~|dzwonił~|zgłaszał~) (już )?(\\d+|dwa|trzy|cztery|pięć|kilka|kilkanaście|wiele) razy', '(\\d+|dwa|trzy|cztery|pięć|kilka|kilkanaście|wiele) (maili|telefonów|reklamacji)', 'po raz (trzeci|czwarty|piąty|kolejny|enty)', 'w kółko', 'wielokrotnie'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'refund',
    entries: [
      'zwrot~ (pieniędzy|kasy|środków|należności)', 'zwrócić (pieniądze|kasę)', 'oddajcie (pieniądze|kasę)', 'moje pieniądze', 'odszkodowani~', 'rekompensat~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'broken-promise',
    entries: [
      'obiecal~', 'obiecywal~', 'obiecan~', 'obietnic~', 'nadal nie (dotarł~|doszł~|działa|ma|został~)', 'wciąż nie (dotarł~|doszł~|działa|ma|został~)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'shaming',
    entries: [
      'niech inni wiedzą', 'ku przestrodze',
      'niech wszyscy wiedzą', 'ostrzegam (wszystkich|innych|przed)', 'przestroga'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'missing',
    entries: [
      '(paczk|przesyłk|zamówieni)~ (zaginęł|zgubion|nie dotarł|nie doszł|nie przyszł)~', 'nie dotarł~', 'nie doszł~', 'nie przyszł~', 'zły (rozmiar|towar|produkt)'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'cancelled',
    entries: [
      'opóźni~', 'odwołan~', 'anulowa~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'service-complaint',
    signal: 'service',
    entries: [
      'nie polecam', 'przykre', 'olewa~', 'jak to wyjaśnić', 'irytując~', 'za drogo',
      'reklamacj~', 'najgorsz~ (obsług|serwis|firm|doświadcz)~', '(fataln|beznadziejn|tragiczn|skandaliczn)~ obsług~', 'infolini~', 'skarg~', 'rozczarow~', 'skandal~',
      'nie do przyjęcia', 'porażk~', 'dramat', 'dzięki za nic', 'niezadowolon~', 'brud~', 'fataln~', 'beznadziejn~', 'tragiczn~', 'okropn~'
    ],
  },
  {
    kind: 'complaint',
    crisis: 'employee-misconduct',
    signal: 'staff-conduct',
    entries: [
      'niemił~', 'niegrzeczn~', 'chamsk~', 'opryskliw~', 'nakrzyczał~', 'arogan~'
    ],
  },
  {
    kind: 'insult',
    crisis: null,
    entries: [
      'idiot~', 'idioc~', 'debil~', 'kretyn~', 'głup~', 'glup~', 'kurw~', 'chuj~', 'huj~', 'pierdol~', 'pierdziel~', 'jeba~', 'jebi~', 'jebn~', 'zjeb~', 'wyjeb~', 'spierdal~', 'odpierdol~', 'skurwysyn~',
      'skurwiel~', 'szmat~', 'ciul~', 'cwel~', 'frajer~', 'pajac~', 'błaz~', 'żenad~', 'żenują~', 'żałos~', 'zalos~', 'gówn~', 'gown~', 'spadaj', 'zamknij (się|mordę|ryj)', 'ryj',
      'bydl~', 'świni~', 'menda', 'kmiot~', 'lamus~', 'niekompetent~', 'nieudaczni~', 'oszołom~', 'psychol~', 'pojeb~', 'popierdol~', 'cholern~', 'cholera', 'szlag',
    ],
  },
];

export const LEXICONS: Record<Language, readonly LexiconGroup[]> = { en: EN, de: DE, da: DA, pl: PL };
