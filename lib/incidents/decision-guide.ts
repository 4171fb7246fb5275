/**
 * The crisis practice's guide to a bad post on the brand's own account, as a
 * checklist the person ticks before deciding: usually keep (screenshots exist,
 * deleting looks like hiding); delete at once when the post is lewd or graphic
 * or an obvious hack; take responsibility either way; watch the surge of
 * mentions. The wording is Keel's, the points are the practice's.
 */
import type { Language } from '../schema';

export const DECISION_GUIDE_POINTS = [
  /** Screenshots exist: deleting looks like hiding. Speaks for keeping. */
  { id: 'screenshots-exist', favours: 'keep' },
  /** The post is lewd or graphic: delete at once. */
  { id: 'lewd-or-graphic', favours: 'delete' },
  /** The post is an obvious hack: delete at once, say it was hacked. */
  { id: 'obvious-hack', favours: 'delete' },
  /** People may not believe "we were hacked"; some suspect a stunt: explain plainly. */
  { id: 'hack-doubted', favours: null },
  /** The apology comes from the person who erred or from someone senior, even after a hack. */
  { id: 'take-responsibility', favours: null },
  /** Mentions surge after a bad post: watch them and answer in time. */
  { id: 'watch-surge', favours: null },
] as const satisfies ReadonlyArray<{ id: string; favours: 'keep' | 'delete' | null }>;

export type DecisionGuideId = (typeof DECISION_GUIDE_POINTS)[number]['id'];
export const DECISION_GUIDE_IDS: readonly string[] = DECISION_GUIDE_POINTS.map((p) => p.id);

const TEXT: Record<Language, Record<DecisionGuideId, string>> = {
  en: {
    'screenshots-exist': 'Screenshots of the post already exist — deleting it looks like hiding.',
    'lewd-or-graphic': 'The post is lewd or graphic — delete it at once.',
    'obvious-hack': 'The post is an obvious hack — delete it at once and say clearly that the account was hacked.',
    'hack-doubted': 'People may not believe “we were hacked”, and some suspect a staged stunt — explain plainly.',
    'take-responsibility': 'Take responsibility: the apology comes from the person who erred or someone senior, even after a hack.',
    'watch-surge': 'Mentions surge after a bad post — watch them and answer in time.',
  },
  de: {
    'screenshots-exist': 'Von dem Beitrag gibt es längst Screenshots – Löschen wirkt wie Vertuschen.',
    'lewd-or-graphic': 'Der Beitrag ist anzüglich oder drastisch – sofort löschen.',
    'obvious-hack': 'Der Beitrag stammt offensichtlich von einem Hack – sofort löschen und klar sagen, dass das Konto gehackt wurde.',
    'hack-doubted': 'Manche glauben „wir wurden gehackt“ nicht oder vermuten eine inszenierte Aktion – offen erklären.',
    'take-responsibility': 'Verantwortung übernehmen: Die Entschuldigung kommt von der Person, die den Fehler gemacht hat, oder von jemandem aus der Leitung – auch nach einem Hack.',
    'watch-surge': 'Nach einem missglückten Beitrag steigen die Erwähnungen – beobachten und rechtzeitig antworten.',
  },
  da: {
    'screenshots-exist': 'Der findes allerede skærmbilleder af opslaget – at slette det ligner at skjule noget.',
    'lewd-or-graphic': 'Opslaget er uanstændigt eller voldsomt – slet det med det samme.',
    'obvious-hack': 'Opslaget er tydeligvis et hack – slet det med det samme, og sig klart, at kontoen blev hacket.',
    'hack-doubted': 'Nogle tror ikke på “vi blev hacket”, og nogle mistænker et iscenesat stunt – forklar det ligeud.',
    'take-responsibility': 'Tag ansvar: undskyldningen kommer fra den, der begik fejlen, eller fra en leder – også efter et hack.',
    'watch-surge': 'Omtalerne stiger efter et dårligt opslag – hold øje med dem, og svar i tide.',
  },
  pl: {
    'screenshots-exist': 'Zrzuty ekranu wpisu już istnieją – usunięcie wygląda na ukrywanie.',
    'lewd-or-graphic': 'Wpis jest wulgarny lub drastyczny – usuń go od razu.',
    'obvious-hack': 'Wpis to oczywisty skutek włamania – usuń go od razu i powiedz wprost, że konto zostało przejęte.',
    'hack-doubted': 'Nie wszyscy uwierzą w „włamanie”, niektórzy podejrzewają ustawkę – wyjaśnij to otwarcie.',
    'take-responsibility': 'Weź odpowiedzialność: przeprasza osoba, która popełniła błąd, albo ktoś z kierownictwa – także po włamaniu.',
    'watch-surge': 'Po nieudanym wpisie przybywa wzmianek – obserwuj je i odpowiadaj na czas.',
  },
};

/** The point's wording in the UI language. */
export const decisionGuideText = (id: DecisionGuideId, language: Language): string => TEXT[language][id];

/**
 * What the guide recommends for the ticked points: delete when the post is
 * lewd or graphic or an obvious hack, otherwise keep (the usual answer).
 */
export function recommendedAction(ticked: readonly string[]): 'keep' | 'delete' {
  return DECISION_GUIDE_POINTS.some((p) => p.favours === 'delete' && ticked.includes(p.id)) ? 'delete' : 'keep';
}
