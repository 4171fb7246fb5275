/**
 * What each tone finding tells the community manager, and what to do instead,
 * in the four UI languages. Placeholders in braces are filled by checkTone.
 */
import type { Language, Platform } from '../schema';

export const TONE_KINDS = [
  'unfilled-variable',
  'blaming',
  'sarcasm',
  'arguing',
  'defensive',
  'liability',
  'needs-approval',
  'personal-data',
  'shouting',
  'too-long',
  'wrong-language',
  'promotional',
  'no-acknowledgement',
  'no-next-step',
] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

export interface ToneText {
  message: string;
  suggestion: string;
}

export const TONE_MESSAGES: Record<Language, Record<ToneKind, ToneText>> = {
  en: {
    'unfilled-variable': {
      message: 'The draft still holds {names}: a template variable nobody filled in. Posted as it is, it reads as a form letter.',
      suggestion: 'Replace {names} with the real text, or delete it, before inserting the reply.',
    },
    blaming: {
      message:
        'This reads as blaming or defensive. Putting the fault on the person makes them feel unheard and tends to pull others into the thread.',
      suggestion:
        "Own the part that is yours and move to the solution, e.g. \"I'm sorry this wasn't clear — here is what we'll do: …\"",
    },
    sarcasm: {
      message: 'This may read as sarcastic. Irony rarely survives a screenshot and turns a complaint into a story.',
      suggestion: 'Say it plainly and kindly; drop the air quotes, eye-rolls and irony markers.',
    },
    arguing: {
      message: 'This sounds like arguing. Contradicting people in public hardens positions, even when you are right.',
      suggestion:
        'State the facts calmly without telling the person they are wrong, e.g. "Here is what we know so far: …"',
    },
    defensive: {
      message: 'This reads as formal stonewalling: policy, terms or legal wording instead of an answer.',
      suggestion: 'Answer the person in plain words and say what you will do; link the terms only if they asked.',
    },
    liability: {
      message:
        'This admits legal liability or promises something (refunds, compensation, guarantees) that no approved template says.',
      suggestion: 'Use an approved template, or check the wording with the person who approves replies before posting.',
    },
    'needs-approval': {
      message:
        'This promises a replacement, admits fault or names a cause as confirmed. That needs the approval of whoever signs off replies in a crisis.',
      suggestion: 'Use an approved template, or get the wording approved first; until then say that you are checking and when you will update.',
    },
    'personal-data': {
      message:
        'This public reply contains personal data (email, phone, order or account number, IBAN or address). Anyone can read and screenshot it.',
      suggestion: 'Remove it and ask the person to send the details by private message.',
    },
    shouting: {
      message: 'Capitals and repeated exclamation marks read as shouting.',
      suggestion: 'Use normal capitalisation and at most one exclamation mark.',
    },
    'too-long': {
      message: 'This reply is {length} characters long; {platform} allows {limit}.',
      suggestion: 'Shorten it, or keep the public reply brief and continue in a private message.',
    },
    'wrong-language': {
      message: 'The post is in {postLanguage}, but this reply looks like {draftLanguage}.',
      suggestion: 'Reply in {postLanguage}, or pick a template in that language.',
    },
    promotional: {
      message: 'Promotional wording while an incident is open reads as tone-deaf.',
      suggestion: 'Leave offers and product news out until the incident is closed; check scheduled posts too.',
    },
    'no-acknowledgement': {
      message: 'The reply does not acknowledge how the person feels. People calm down when they feel heard.',
      suggestion:
        'Start by acknowledging the feeling, e.g. "I\'m sorry about this — I understand how frustrating it is."',
    },
    'no-next-step': {
      message:
        'The reply does not say what happens next. Without a next step the person has to ask again, in public.',
      suggestion:
        'Say what you will do and when, or invite them to a private message: "Please send us a DM and we\'ll get back to you today."',
    },
  },
  de: {
    'unfilled-variable': {
      message:
        'Im Entwurf steht noch {names}: ein Platzhalter der Vorlage, der nicht ausgefüllt wurde. So gepostet, wirkt die Antwort wie ein Serienbrief.',
      suggestion: '{names} vor dem Einfügen durch den richtigen Text ersetzen oder löschen.',
    },
    blaming: {
      message:
        'Das klingt nach Schuldzuweisung oder Rechtfertigung. Wer die Schuld zugeschoben bekommt, fühlt sich nicht ernst genommen – und andere steigen in die Diskussion ein.',
      suggestion:
        'Den eigenen Anteil übernehmen und zur Lösung kommen, z. B. „Es tut mir leid, dass das missverständlich war – so gehen wir jetzt vor: …“',
    },
    sarcasm: {
      message:
        'Das kann sarkastisch wirken. Ironie übersteht keinen Screenshot und macht aus einer Beschwerde eine Geschichte.',
      suggestion: 'Klar und freundlich formulieren; spitze Anführungszeichen, Augenrollen und Ironie-Marker weglassen.',
    },
    arguing: {
      message:
        'Das klingt nach Widerspruch. Wer öffentlich widerspricht, verhärtet die Fronten – auch wenn er recht hat.',
      suggestion:
        'Die Fakten ruhig darlegen, ohne der Person zu sagen, dass sie falschliegt, z. B. „Das ist der aktuelle Stand: …“',
    },
    defensive: {
      message: 'Das wirkt wie formelhaftes Abblocken: Richtlinien, AGB oder Juristendeutsch statt einer Antwort.',
      suggestion: 'In klaren Worten antworten und sagen, was Sie tun; auf die AGB nur verweisen, wenn danach gefragt wurde.',
    },
    liability: {
      message:
        'Hier wird eine Haftung eingeräumt oder etwas versprochen (Erstattung, Entschädigung, Garantie), das in keiner freigegebenen Vorlage steht.',
      suggestion:
        'Eine freigegebene Vorlage verwenden oder die Formulierung vor dem Posten mit der Person abstimmen, die Antworten freigibt.',
    },
    'needs-approval': {
      message:
        'Hier wird Ersatz zugesagt, ein Fehler eingeräumt oder eine Ursache als bestätigt genannt. Das muss freigeben, wer in der Krise Antworten freigibt.',
      suggestion:
        'Eine freigegebene Vorlage verwenden oder die Formulierung erst freigeben lassen; bis dahin sagen, dass Sie es prüfen und wann Sie sich melden.',
    },
    'personal-data': {
      message:
        'Diese öffentliche Antwort enthält personenbezogene Daten (E-Mail, Telefonnummer, Bestell- oder Kontonummer, IBAN oder Adresse). Jeder kann sie lesen und einen Screenshot machen.',
      suggestion: 'Die Daten entfernen und die Person bitten, sie per Direktnachricht zu schicken.',
    },
    shouting: {
      message: 'Großbuchstaben und mehrere Ausrufezeichen wirken wie Schreien.',
      suggestion: 'Normale Groß- und Kleinschreibung und höchstens ein Ausrufezeichen verwenden.',
    },
    'too-long': {
      message: 'Die Antwort hat {length} Zeichen; {platform} erlaubt {limit}.',
      suggestion: 'Kürzen – oder öffentlich kurz antworten und per Direktnachricht weitermachen.',
    },
    'wrong-language': {
      message: 'Der Beitrag ist auf {postLanguage}, die Antwort aber offenbar auf {draftLanguage}.',
      suggestion: 'Auf {postLanguage} antworten oder eine Vorlage in dieser Sprache wählen.',
    },
    promotional: {
      message: 'Werbliche Formulierungen wirken während eines offenen Vorfalls taktlos.',
      suggestion:
        'Angebote und Produktneuheiten weglassen, bis der Vorfall abgeschlossen ist – und geplante Beiträge prüfen.',
    },
    'no-acknowledgement': {
      message:
        'Die Antwort geht nicht auf das Gefühl der Person ein. Wer sich gehört fühlt, beruhigt sich eher.',
      suggestion: 'Mit Verständnis beginnen, z. B. „Das tut mir leid – ich verstehe, wie ärgerlich das ist.“',
    },
    'no-next-step': {
      message:
        'Die Antwort sagt nicht, wie es weitergeht. Ohne nächsten Schritt muss die Person erneut fragen – öffentlich.',
      suggestion:
        'Sagen, was passiert und wann, oder zur Direktnachricht einladen: „Schreiben Sie uns bitte eine DM, wir melden uns heute noch.“',
    },
  },
  da: {
    'unfilled-variable': {
      message:
        'Udkastet indeholder stadig {names}: et skabelonfelt, som ingen har udfyldt. Slået op sådan læses svaret som et standardbrev.',
      suggestion: 'Erstat {names} med den rigtige tekst, eller slet det, før svaret indsættes.',
    },
    blaming: {
      message:
        'Det lyder som bebrejdelse eller forsvar. Når skylden lægges over på personen, føler vedkommende sig ikke hørt – og andre blander sig i tråden.',
      suggestion:
        'Tag ansvar for jeres del, og gå videre til løsningen, fx »Jeg beklager, at det var uklart – sådan gør vi nu: …«',
    },
    sarcasm: {
      message:
        'Det kan virke sarkastisk. Ironi overlever sjældent et skærmbillede og gør en klage til en historie.',
      suggestion: 'Sig det ligeud og venligt; drop gåseøjne, himmelvendte øjne og ironimarkører.',
    },
    arguing: {
      message:
        'Det lyder som en diskussion. At modsige folk offentligt får fronterne til at stivne – også når I har ret.',
      suggestion: 'Fremlæg fakta roligt uden at sige, at personen tager fejl, fx »Her er, hvad vi ved indtil videre: …«',
    },
    defensive: {
      message: 'Det lyder som formel afvisning: politik, handelsbetingelser eller juridisk sprog i stedet for et svar.',
      suggestion: 'Svar med almindelige ord, og sig, hvad I gør; henvis kun til betingelserne, hvis der er spurgt om dem.',
    },
    liability: {
      message:
        'Her indrømmes juridisk ansvar, eller der loves noget (refusion, erstatning, garanti), som ingen godkendt skabelon siger.',
      suggestion:
        'Brug en godkendt skabelon, eller afstem formuleringen med den, der godkender svar, før du slår den op.',
    },
    'needs-approval': {
      message:
        'Her loves en erstatningsvare, en fejl indrømmes, eller en årsag nævnes som bekræftet. Det skal godkendes af den, der godkender svar i en krise.',
      suggestion:
        'Brug en godkendt skabelon, eller få formuleringen godkendt først; indtil da, sig at I undersøger det, og hvornår I vender tilbage.',
    },
    'personal-data': {
      message:
        'Dette offentlige svar indeholder personoplysninger (e-mail, telefonnummer, ordre- eller kontonummer, IBAN eller adresse). Alle kan læse det og tage et skærmbillede.',
      suggestion: 'Fjern oplysningerne, og bed personen om at sende dem i en privat besked.',
    },
    shouting: {
      message: 'Store bogstaver og gentagne udråbstegn læses som råben.',
      suggestion: 'Brug almindelige store og små bogstaver og højst ét udråbstegn.',
    },
    'too-long': {
      message: 'Svaret er {length} tegn langt; {platform} tillader {limit}.',
      suggestion: 'Forkort det, eller hold det offentlige svar kort, og fortsæt i en privat besked.',
    },
    'wrong-language': {
      message: 'Opslaget er på {postLanguage}, men svaret ser ud til at være på {draftLanguage}.',
      suggestion: 'Svar på {postLanguage}, eller vælg en skabelon på det sprog.',
    },
    promotional: {
      message: 'Reklamesprog virker taktløst, mens en hændelse stadig er åben.',
      suggestion: 'Vent med tilbud og produktnyheder, til hændelsen er lukket – og tjek planlagte opslag.',
    },
    'no-acknowledgement': {
      message: 'Svaret anerkender ikke personens følelser. Folk falder til ro, når de føler sig hørt.',
      suggestion: 'Begynd med at anerkende følelsen, fx »Det er jeg ked af – jeg forstår godt, at det er frustrerende.«',
    },
    'no-next-step': {
      message:
        'Svaret siger ikke, hvad der sker nu. Uden et næste skridt må personen spørge igen – offentligt.',
      suggestion:
        'Sig, hvad I gør og hvornår, eller inviter til en privat besked: »Skriv gerne til os i en privat besked, så vender vi tilbage i dag.«',
    },
  },
  pl: {
    'unfilled-variable': {
      message:
        'W szkicu wciąż jest {names}: pole szablonu, którego nikt nie wypełnił. Opublikowana w tej postaci odpowiedź brzmi jak list seryjny.',
      suggestion: 'Przed wstawieniem zastąp {names} właściwym tekstem albo usuń.',
    },
    blaming: {
      message:
        'To brzmi jak obwinianie lub tłumaczenie się. Gdy winę zrzuca się na rozmówcę, czuje się on zlekceważony – a do dyskusji dołączają inni.',
      suggestion:
        'Weź odpowiedzialność za swoją część i przejdź do rozwiązania, np. „Przepraszam, że to było niejasne – oto, co teraz zrobimy: …”',
    },
    sarcasm: {
      message:
        'To może zabrzmieć sarkastycznie. Ironia rzadko przetrwa zrzut ekranu i zamienia skargę w historię do opowiadania.',
      suggestion: 'Napisz wprost i życzliwie – bez ironicznych cudzysłowów, przewracania oczami i znaczników ironii.',
    },
    arguing: {
      message: 'To brzmi jak kłótnia. Publiczne zaprzeczanie usztywnia stanowiska – nawet gdy masz rację.',
      suggestion: 'Przedstaw fakty spokojnie, nie mówiąc rozmówcy, że się myli, np. „Oto, co wiemy na ten moment: …”',
    },
    defensive: {
      message: 'To brzmi jak formalne zbycie: regulamin, procedury lub język prawniczy zamiast odpowiedzi.',
      suggestion: 'Odpowiedz zwykłymi słowami i napisz, co zrobicie; do regulaminu odsyłaj tylko, gdy ktoś o niego pytał.',
    },
    liability: {
      message:
        'Tu pada przyznanie się do odpowiedzialności prawnej albo obietnica (zwrot, odszkodowanie, gwarancja), której nie zawiera żaden zatwierdzony szablon.',
      suggestion: 'Użyj zatwierdzonego szablonu albo przed publikacją uzgodnij treść z osobą zatwierdzającą odpowiedzi.',
    },
    'needs-approval': {
      message:
        'Tu pada obietnica wymiany, przyznanie się do błędu albo przyczyna podana jako potwierdzona. To musi zatwierdzić osoba zatwierdzająca odpowiedzi w kryzysie.',
      suggestion:
        'Użyj zatwierdzonego szablonu albo najpierw uzyskaj zgodę na treść; do tego czasu napisz, że sprawdzacie i kiedy wrócicie z odpowiedzią.',
    },
    'personal-data': {
      message:
        'Ta publiczna odpowiedź zawiera dane osobowe (e-mail, numer telefonu, numer zamówienia lub konta, IBAN albo adres). Każdy może je przeczytać i zrobić zrzut ekranu.',
      suggestion: 'Usuń te dane i poproś o przesłanie ich w wiadomości prywatnej.',
    },
    shouting: {
      message: 'Wielkie litery i wiele wykrzykników odbierane są jak krzyk.',
      suggestion: 'Pisz zwykłymi literami i używaj najwyżej jednego wykrzyknika.',
    },
    'too-long': {
      message: 'Odpowiedź ma {length} znaków; {platform} pozwala na {limit}.',
      suggestion: 'Skróć ją albo odpowiedz publicznie krótko i kontynuuj w wiadomości prywatnej.',
    },
    'wrong-language': {
      message: 'Wpis jest w języku {postLanguage}, a odpowiedź najwyraźniej w języku {draftLanguage}.',
      suggestion: 'Odpowiedz w języku {postLanguage} albo wybierz szablon w tym języku.',
    },
    promotional: {
      message: 'Język reklamowy w trakcie otwartego incydentu świadczy o braku wyczucia.',
      suggestion: 'Wstrzymaj oferty i nowości produktowe do zamknięcia incydentu – sprawdź też zaplanowane posty.',
    },
    'no-acknowledgement': {
      message: 'Odpowiedź nie odnosi się do uczuć rozmówcy. Ludzie uspokajają się, gdy czują się wysłuchani.',
      suggestion: 'Zacznij od uznania emocji, np. „Przykro mi z tego powodu – rozumiem, jak bardzo to frustruje.”',
    },
    'no-next-step': {
      message:
        'Odpowiedź nie mówi, co będzie dalej. Bez kolejnego kroku rozmówca musi pytać ponownie – publicznie.',
      suggestion:
        'Napisz, co zrobicie i kiedy, albo zaproś do wiadomości prywatnej: „Prosimy o wiadomość prywatną – odezwiemy się jeszcze dziś.”',
    },
  },
};

/** Language names as they read inside the messages above ("in {postLanguage}"). */
export const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', de: 'German', da: 'Danish', pl: 'Polish' },
  de: { en: 'Englisch', de: 'Deutsch', da: 'Dänisch', pl: 'Polnisch' },
  da: { en: 'engelsk', de: 'tysk', da: 'dansk', pl: 'polsk' },
  pl: { en: 'angielskim', de: 'niemieckim', da: 'duńskim', pl: 'polskim' },
};

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

/** Fills {name} placeholders; unknown names stay as written. */
export function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
