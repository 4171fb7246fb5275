/**
 * Keel's builtin reply templates: two per crisis type and language, plus two
 * generic ones ('none') per language that suggestions fall back to. Each
 * follows the practice for a good reply: acknowledge the feeling, take
 * responsibility where due, say what happens next, offer a private channel,
 * and sign with a human name. They promise nothing beyond what the default
 * playbooks already say.
 */
import { LANGUAGES, Template, type CrisisType, type Language } from '../schema';

/**
 * Builtin templates ship as drafts: nobody at the brand has read them yet, so
 * they must not insert with one click until a person approves them.
 */
export const DEFAULT_TEMPLATES_CREATED_AT = Date.UTC(2025, 0, 15);
/**
 * Earlier versions stored the builtin templates as approved by this name; the
 * database upgrade turns those back into drafts.
 */
export const DEFAULT_TEMPLATES_APPROVER = 'Keel defaults';

type Copy = Record<CrisisType, Array<{ title: string; body: string }>>;

const EN: Copy = {
  'product-defect': [
    {
      title: 'Faulty product: apologise and offer a replacement',
      body: "Hi {author}, I'm sorry your {product} isn't working as it should. That's not the experience we want you to have. Please send us the batch number and a photo via {dm_link} and we'll arrange a replacement. – {agent}",
    },
    {
      title: 'Possible safety problem: stop using, we are checking',
      body: "Hi {author}, thank you for telling us, and I'm sorry. To be safe, please stop using your {product} for now. Our quality team is checking this today; send us the details via {dm_link} and we'll get back to you by {date}. – {agent}",
    },
  ],
  'service-complaint': [
    {
      title: 'Long wait: sorry, case opened, details by DM',
      body: "I'm sorry, {author}, that you've had to wait so long. I understand how frustrating that is. I've opened case {ticket}; please send us your order details via {dm_link} and I'll follow up today. – {agent}",
    },
    {
      title: 'No answer yet: thanks for your patience',
      body: "Hi {author}, thanks for your patience, and sorry nobody got back to you sooner. We'll look into it right away. Could you message us at {dm_link}? Your case number is {ticket}. – {agent}",
    },
  ],
  'reputation-attack': [
    {
      title: 'False claim: point to the verified facts',
      body: "Hi {author}, we understand why this claim is worrying. We've published the verified facts, with sources, on our website, and we're happy to answer further questions here. To talk it through, message us at {dm_link}. – {agent}",
    },
    {
      title: 'Suspicious screenshot: we are checking',
      body: "Thanks for asking us directly, {author}. We understand the concern. We're checking where this screenshot comes from and will share what we find here by {date}. Please send any questions to {dm_link}. – {agent}",
    },
  ],
  'employee-misconduct': [
    {
      title: 'Staff behaviour: sorry, investigating',
      body: "{author}, we're sorry. This is not how we want anyone to be treated. We're looking into it internally and will update here by {date}. If you'd like to tell us more, please message us at {dm_link}. – {agent}",
    },
    {
      title: 'Staff behaviour: apology and personal follow-up',
      body: 'Hi {author}, thank you for raising this, and I apologise on behalf of {brand}. We take it seriously and are looking into it. Please send us the details via {dm_link} so we can follow up with you personally. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Hacked account: it was not us, we are sorry',
      body: "Hi {author}, you're right: our account was hacked, and those messages did not come from us. We're sorry. Please don't click the links. We have secured the account and will post an update by {date}. Questions? Message us at {dm_link}. – {agent}",
    },
    {
      title: 'Phishing message: what to do',
      body: "We're sorry for the worry, {author}. That message wasn't from {brand}. Please delete it, and if you entered your password, change it. Questions? Message us at {dm_link} and we'll help. – {agent}",
    },
  ],
  'social-responsibility': [
    {
      title: 'Criticism of our post: we got it wrong',
      body: "{author}, we hear the criticism and understand why people are upset. We got this wrong. We're reviewing what happened and will share concrete changes by {date}. To talk to us directly, please message us at {dm_link}. – {agent}",
    },
    {
      title: 'Criticism: thank you, we are listening',
      body: "Thank you for holding us to account, {author}. We're sorry. We're listening, and we'll publish what we're changing by {date}. If you'd like to share more, please write to us at {dm_link}. – {agent}",
    },
  ],
  none: [
    {
      title: 'General: thanks, we will look into it',
      body: "Thanks for reaching out, {author}, and sorry for the trouble. We'll look into it and get back to you. If it involves personal details, please message us at {dm_link}. – {agent}",
    },
    {
      title: 'General: I will take care of it',
      body: "Hi {author}, thank you for letting us know. I understand, and I'll take care of it. Please send us a private message via {dm_link} so we can help you personally. – {agent}",
    },
  ],
};

const DE: Copy = {
  'product-defect': [
    {
      title: 'Defektes Produkt: entschuldigen und Ersatz anbieten',
      body: 'Hallo {author}, es tut mir leid, dass {product} bei Ihnen nicht richtig funktioniert. Schicken Sie uns bitte über {dm_link} die Chargennummer und ein Foto, dann kümmern wir uns um Ersatz. – {agent}',
    },
    {
      title: 'Mögliches Sicherheitsproblem: nicht mehr verwenden, wir prüfen',
      body: 'Hallo {author}, danke für den Hinweis, und es tut mir leid. Bitte verwenden Sie {product} vorerst nicht. Unsere Qualitätssicherung prüft das heute; schicken Sie uns die Details über {dm_link}, wir melden uns bis {date}. – {agent}',
    },
  ],
  'service-complaint': [
    {
      title: 'Lange Wartezeit: Entschuldigung, Vorgang angelegt',
      body: 'Es tut mir leid, {author}, dass Sie so lange warten mussten. Ich verstehe, wie ärgerlich das ist. Ich habe den Vorgang {ticket} angelegt; schicken Sie uns bitte Ihre Bestelldaten über {dm_link}, ich melde mich heute noch. – {agent}',
    },
    {
      title: 'Noch keine Antwort: danke für die Geduld',
      body: 'Hallo {author}, danke für Ihre Geduld – und Entschuldigung, dass sich niemand früher gemeldet hat. Wir kümmern uns sofort darum. Schreiben Sie uns bitte über {dm_link}; Ihre Vorgangsnummer ist {ticket}. – {agent}',
    },
  ],
  'reputation-attack': [
    {
      title: 'Falsche Behauptung: auf die geprüften Fakten verweisen',
      body: 'Hallo {author}, wir verstehen, dass diese Behauptung verunsichert. Die geprüften Fakten mit Quellen stehen auf unserer Website, und hier beantworten wir gern weitere Fragen. Für ein persönliches Gespräch schreiben Sie uns über {dm_link}. – {agent}',
    },
    {
      title: 'Zweifelhafter Screenshot: wir prüfen',
      body: 'Danke, dass Sie direkt bei uns nachfragen, {author}. Wir verstehen die Sorge. Wir prüfen, woher dieser Screenshot stammt, und teilen das Ergebnis bis {date} hier. Fragen gern an {dm_link}. – {agent}',
    },
  ],
  'employee-misconduct': [
    {
      title: 'Verhalten von Mitarbeitenden: Entschuldigung, wir klären auf',
      body: '{author}, das tut uns leid. So soll niemand behandelt werden. Wir klären den Vorfall intern und geben bis {date} hier ein Update. Wenn Sie uns mehr erzählen möchten, schreiben Sie uns bitte über {dm_link}. – {agent}',
    },
    {
      title: 'Verhalten von Mitarbeitenden: Entschuldigung und persönliche Klärung',
      body: 'Hallo {author}, danke, dass Sie das ansprechen, und im Namen von {brand}: Entschuldigung. Wir nehmen das ernst und gehen dem nach. Schicken Sie uns bitte die Details über {dm_link}, damit wir uns persönlich bei Ihnen melden können. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Gehacktes Konto: Das waren nicht wir, Entschuldigung',
      body: 'Hallo {author}, Sie haben recht: Unser Konto wurde gehackt, die Nachrichten stammen nicht von uns. Das tut uns leid. Bitte klicken Sie nicht auf die Links. Wir haben das Konto gesichert und melden uns bis {date} mit einem Update. Fragen gern an {dm_link}. – {agent}',
    },
    {
      title: 'Phishing-Nachricht: was jetzt zu tun ist',
      body: 'Entschuldigung für die Aufregung, {author}. Diese Nachricht kam nicht von {brand}. Bitte löschen Sie sie und ändern Sie Ihr Passwort, falls Sie es eingegeben haben. Bei Fragen schreiben Sie uns über {dm_link}. – {agent}',
    },
  ],
  'social-responsibility': [
    {
      title: 'Kritik an unserem Beitrag: Das war ein Fehler',
      body: '{author}, wir hören die Kritik und verstehen die Empörung. Das war ein Fehler. Wir prüfen, was passiert ist, und sagen bis {date}, was wir konkret ändern. Wenn Sie direkt mit uns sprechen möchten, schreiben Sie uns über {dm_link}. – {agent}',
    },
    {
      title: 'Kritik: danke, wir hören zu',
      body: 'Danke, dass Sie uns in die Pflicht nehmen, {author}. Es tut uns leid. Wir hören zu und veröffentlichen bis {date}, was wir ändern werden. Wenn Sie mehr teilen möchten, schreiben Sie uns bitte über {dm_link}. – {agent}',
    },
  ],
  none: [
    {
      title: 'Allgemein: danke, wir sehen uns das an',
      body: 'Danke für Ihre Nachricht, {author}, und Entschuldigung für die Umstände. Wir sehen uns das an und melden uns. Wenn es um persönliche Daten geht, schreiben Sie uns bitte über {dm_link}. – {agent}',
    },
    {
      title: 'Allgemein: Ich kümmere mich darum',
      body: 'Hallo {author}, danke für den Hinweis. Ich verstehe Sie und kümmere mich darum. Schicken Sie uns bitte eine Direktnachricht über {dm_link}, damit wir Ihnen persönlich helfen können. – {agent}',
    },
  ],
};

const DA: Copy = {
  'product-defect': [
    {
      title: 'Defekt produkt: undskyld og tilbyd ombytning',
      body: 'Hej {author}, det er jeg ked af, at {product} ikke virker, som det skal. Send os gerne partinummeret og et billede via {dm_link}, så sørger vi for en ombytning. – {agent}',
    },
    {
      title: 'Muligt sikkerhedsproblem: stop brugen, vi undersøger det',
      body: 'Hej {author}, tak fordi du siger det, og undskyld. Lad være med at bruge {product} indtil videre. Vores kvalitetsafdeling undersøger det i dag; send os detaljerne via {dm_link}, så vender vi tilbage senest {date}. – {agent}',
    },
  ],
  'service-complaint': [
    {
      title: 'Lang ventetid: undskyld, sag oprettet',
      body: 'Det er jeg ked af, {author}, at du har måttet vente så længe. Jeg forstår godt, at det er frustrerende. Jeg har oprettet sag {ticket}; send os dine ordreoplysninger via {dm_link}, så følger jeg op i dag. – {agent}',
    },
    {
      title: 'Intet svar endnu: tak for tålmodigheden',
      body: 'Hej {author}, tak for din tålmodighed, og undskyld, at ingen har svaret før. Vi kigger på det med det samme. Skriv gerne til os via {dm_link}; dit sagsnummer er {ticket}. – {agent}',
    },
  ],
  'reputation-attack': [
    {
      title: 'Falsk påstand: henvis til de efterprøvede fakta',
      body: 'Hej {author}, vi forstår godt, at påstanden skaber usikkerhed. De efterprøvede fakta med kilder ligger på vores hjemmeside, og vi svarer gerne på flere spørgsmål her. Vil du tale med os direkte, så skriv til os via {dm_link}. – {agent}',
    },
    {
      title: 'Tvivlsomt skærmbillede: vi undersøger det',
      body: 'Tak fordi du spørger os direkte, {author}. Vi forstår bekymringen. Vi undersøger, hvor skærmbilledet kommer fra, og deler resultatet her senest {date}. Skriv gerne til os via {dm_link} med spørgsmål. – {agent}',
    },
  ],
  'employee-misconduct': [
    {
      title: 'Medarbejders opførsel: undskyld, vi undersøger det',
      body: '{author}, det er vi kede af. Sådan skal ingen behandles. Vi undersøger sagen internt og giver en opdatering her senest {date}. Vil du fortælle os mere, så skriv gerne til os via {dm_link}. – {agent}',
    },
    {
      title: 'Medarbejders opførsel: undskyldning og personlig opfølgning',
      body: 'Hej {author}, tak fordi du tager det op, og på vegne af {brand}: undskyld. Vi tager det alvorligt og undersøger det. Send os gerne detaljerne via {dm_link}, så vi kan følge op med dig personligt. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Hacket konto: det var ikke os, vi beklager',
      body: 'Hej {author}, du har ret: Vores konto er blevet hacket, og beskederne kommer ikke fra os. Det beklager vi. Klik ikke på linksene. Vi har sikret kontoen og giver en opdatering senest {date}. Spørgsmål kan sendes til {dm_link}. – {agent}',
    },
    {
      title: 'Phishingbesked: hvad du skal gøre',
      body: 'Undskyld uroen, {author}. Den besked kom ikke fra {brand}. Slet den, og skift din adgangskode, hvis du har indtastet den. Har du spørgsmål, så skriv til os via {dm_link}. – {agent}',
    },
  ],
  'social-responsibility': [
    {
      title: 'Kritik af vores opslag: det var en fejl',
      body: '{author}, vi hører kritikken og forstår, at mange er vrede. Det var en fejl. Vi undersøger, hvad der er sket, og fortæller senest {date}, hvad vi konkret ændrer. Vil du tale med os direkte, så skriv til os via {dm_link}. – {agent}',
    },
    {
      title: 'Kritik: tak, vi lytter',
      body: 'Tak fordi du holder os op på det, {author}. Vi beklager. Vi lytter og offentliggør senest {date}, hvad vi vil ændre. Vil du dele mere, så skriv gerne til os via {dm_link}. – {agent}',
    },
  ],
  none: [
    {
      title: 'Generelt: tak, vi kigger på det',
      body: 'Tak for din besked, {author}, og undskyld besværet. Vi kigger på det og vender tilbage. Handler det om personlige oplysninger, så skriv til os via {dm_link}. – {agent}',
    },
    {
      title: 'Generelt: jeg tager mig af det',
      body: 'Hej {author}, tak fordi du siger til. Jeg forstår dig godt og tager mig af det. Send os gerne en privat besked via {dm_link}, så vi kan hjælpe dig personligt. – {agent}',
    },
  ],
};

const PL: Copy = {
  'product-defect': [
    {
      title: 'Wadliwy produkt: przeprosiny i wymiana',
      body: 'Dzień dobry, {author}, przykro nam, że z produktem {product} jest problem. Prosimy o przesłanie numeru partii i zdjęcia przez {dm_link} – zajmiemy się wymianą. – {agent}',
    },
    {
      title: 'Możliwy problem z bezpieczeństwem: prosimy nie używać, sprawdzamy',
      body: '{author}, dziękujemy za zgłoszenie i przepraszamy. Dla bezpieczeństwa prosimy na razie nie używać produktu {product}. Nasz dział jakości sprawdza to dziś; prosimy o szczegóły przez {dm_link} – odezwiemy się najpóźniej {date}. – {agent}',
    },
  ],
  'service-complaint': [
    {
      title: 'Długie oczekiwanie: przeprosiny, zgłoszenie założone',
      body: 'Przykro nam, {author}, że oczekiwanie trwało tak długo. Rozumiemy, jak bardzo to frustruje. Założyliśmy zgłoszenie {ticket}; prosimy o przesłanie danych zamówienia przez {dm_link} – odezwę się jeszcze dziś. – {agent}',
    },
    {
      title: 'Brak odpowiedzi: dziękujemy za cierpliwość',
      body: '{author}, dziękujemy za cierpliwość i przepraszamy, że nikt nie odpowiedział wcześniej. Zajmiemy się tym od razu. Prosimy o wiadomość przez {dm_link}; numer zgłoszenia to {ticket}. – {agent}',
    },
  ],
  'reputation-attack': [
    {
      title: 'Fałszywe twierdzenie: odesłanie do sprawdzonych faktów',
      body: '{author}, rozumiemy, że to twierdzenie budzi niepokój. Sprawdzone fakty wraz ze źródłami opublikowaliśmy na naszej stronie i chętnie odpowiemy tu na kolejne pytania. Zapraszamy też do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
    },
    {
      title: 'Wątpliwy zrzut ekranu: sprawdzamy',
      body: 'Dziękujemy za pytanie, {author}. Rozumiemy obawy. Sprawdzamy, skąd pochodzi ten zrzut ekranu, i najpóźniej {date} podamy tu wynik. Pytania prosimy kierować przez {dm_link}. – {agent}',
    },
  ],
  'employee-misconduct': [
    {
      title: 'Zachowanie pracownika: przeprosiny, wyjaśniamy',
      body: '{author}, bardzo nam przykro. Nikt nie powinien być tak traktowany. Wyjaśniamy sprawę wewnętrznie i najpóźniej {date} podamy tu aktualne informacje. Więcej szczegółów prosimy przesłać przez {dm_link}. – {agent}',
    },
    {
      title: 'Zachowanie pracownika: przeprosiny i indywidualny kontakt',
      body: '{author}, dziękujemy za zwrócenie uwagi na tę sprawę. W imieniu marki {brand} przepraszamy. Traktujemy to poważnie i wyjaśniamy. Prosimy o przesłanie szczegółów przez {dm_link}, abyśmy mogli skontaktować się osobiście. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Zhakowane konto: to nie my, przepraszamy',
      body: '{author}, to prawda: nasze konto zostało zhakowane, a te wiadomości nie pochodzą od nas. Przepraszamy. Prosimy nie klikać w linki. Zabezpieczyliśmy konto i najpóźniej {date} poinformujemy o szczegółach. Pytania prosimy kierować przez {dm_link}. – {agent}',
    },
    {
      title: 'Wiadomość phishingowa: co zrobić',
      body: 'Przepraszamy za niepokój, {author}. Ta wiadomość nie pochodziła od marki {brand}. Prosimy ją usunąć, a jeśli doszło do wpisania hasła – zmienić je. W razie pytań prosimy o wiadomość przez {dm_link}. – {agent}',
    },
  ],
  'social-responsibility': [
    {
      title: 'Krytyka naszego wpisu: to był błąd',
      body: '{author}, słyszymy krytykę i rozumiemy oburzenie. To był błąd. Sprawdzamy, co się stało, i najpóźniej {date} powiemy, co konkretnie zmienimy. Zapraszamy też do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
    },
    {
      title: 'Krytyka: dziękujemy, słuchamy',
      body: 'Dziękujemy, {author}, za rozliczanie nas z tego. Przepraszamy. Słuchamy i najpóźniej {date} opublikujemy, co zmienimy. Chętnie przeczytamy więcej – prosimy o wiadomość przez {dm_link}. – {agent}',
    },
  ],
  none: [
    {
      title: 'Ogólny: dziękujemy, sprawdzimy to',
      body: 'Dziękujemy za wiadomość, {author}, i przepraszamy za kłopot. Sprawdzimy to i odezwiemy się. Jeśli sprawa dotyczy danych osobowych, prosimy o kontakt przez {dm_link}. – {agent}',
    },
    {
      title: 'Ogólny: zajmiemy się tym',
      body: '{author}, dziękujemy za informację. Rozumiemy i zajmiemy się tym. Prosimy o wiadomość prywatną przez {dm_link}, abyśmy mogli pomóc indywidualnie. – {agent}',
    },
  ],
};

const COPY: Record<Language, Copy> = { en: EN, de: DE, da: DA, pl: PL };

export const DEFAULT_TEMPLATES: Template[] = LANGUAGES.flatMap((language) =>
  (Object.keys(COPY[language]) as CrisisType[]).flatMap((crisisType) =>
    COPY[language][crisisType].map((t, i) =>
      Template.parse({
        id: `keel-${crisisType}-${language}-${i + 1}`,
        version: 1,
        title: t.title,
        body: t.body,
        crisisType,
        language,
        platforms: ['x', 'facebook', 'instagram'],
        status: 'draft',
        approvedBy: null,
        approvedAt: null,
        createdAt: DEFAULT_TEMPLATES_CREATED_AT,
        updatedAt: DEFAULT_TEMPLATES_CREATED_AT,
        builtin: true,
      }),
    ),
  ),
);
