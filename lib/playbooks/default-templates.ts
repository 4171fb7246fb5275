/**
 * Keel's builtin reply templates: two per crisis type and language, plus two
 * generic ones ('none') per language that suggestions fall back to; German
 * ones in Sie and du, Polish ones in Państwo, Pan/Pani and ty. Each follows
 * the practice for a good reply: acknowledge the feeling, say what happens
 * next, offer a private channel, and sign with a human name. They promise
 * only what the respond phase allows before the fact-check: no replacement,
 * refund, admission of fault or confirmed cause, no apology "on behalf of"
 * the brand, no presumption about staff, no confirmed hack.
 */
import { LANGUAGES, Template, type AddressForm, type CrisisType, type Language } from '../schema';

/** The forms used when a brand has not chosen: Sie in German, Państwo in Polish. */
const DEFAULT_FORMS: readonly AddressForm[] = ['sie', 'panstwo'];

function variants(body: Body): Array<[AddressForm | null, string]> {
  if (typeof body === 'string') return [[null, body]];
  return (Object.entries(body) as Array<[AddressForm, string]>).map(([form, text]) => [form, text]);
}

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

/** A body per form of address (German du/Sie, Polish ty / Pan-Pani / Państwo), or one body that fits all. */
type Body = string | Partial<Record<AddressForm, string>>;
type Copy = Record<CrisisType, Array<{ title: string; body: Body }>>;

const EN: Copy = {
  'product-defect': [
    {
      title: 'Faulty product: sorry, send details, we check',
      body: "Hi {author}, I'm sorry your {product} isn't working as it should. Please send us the batch number and a photo via {dm_link}; our quality team will check it and we'll get back to you by {date} with the next step. – {agent}",
    },
    {
      title: 'Quality and legal sign-off needed: possible safety problem, stop using',
      body: "Hi {author}, thank you for telling us, and I'm sorry. To be safe, please stop using your {product} for now. Our quality team is checking this today. Please don't share health details here; send them via {dm_link} and we'll get back to you by {date}. – {agent}",
    },
  ],
  'service-complaint': [
    {
      title: 'Long wait: sorry, case opened, details by DM',
      body: "I'm sorry, {author}, that you've had to wait so long. I understand how frustrating that is. I've opened case {ticket}; please send us your order details via {dm_link} and I'll follow up today. – {agent}",
    },
    {
      title: 'No answer yet: thanks for your patience',
      body: "Hi {author}, thanks for your patience, and sorry nobody got back to you sooner. We're looking into it now. Could you message us at {dm_link}? Your case number is {ticket}. – {agent}",
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
      title: 'Staff behaviour: thank you, we are looking into it',
      body: "Thank you for raising this, {author}. We take it seriously and are looking into it, and we'll update here by {date}. If you'd like to tell us more, please message us at {dm_link}. – {agent}",
    },
    {
      title: 'Staff behaviour: personal follow-up in private',
      body: 'Hi {author}, thank you for telling us. We take this seriously and are looking into it. Please send us the details via {dm_link} so we can follow up with you personally. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Unusual activity: we are looking into it, do not click',
      body: "Hi {author}, thank you for flagging this. We're looking into unusual activity on this account. Please don't click links in recent posts or messages from us. We'll post an update by {date}; questions to {dm_link}. – {agent}",
    },
    {
      title: 'Phishing message: what to do',
      body: "We're sorry for the worry, {author}. Please don't click links in that message or reply to it, and if you entered your password, change it. We're looking into it; questions to {dm_link}. – {agent}",
    },
  ],
  'social-responsibility': [
    {
      title: 'Criticism: we hear it, we are checking',
      body: "{author}, we hear the criticism and understand why people are upset. We're checking what happened and will say more here by {date}. To talk to us directly, please message us at {dm_link}. – {agent}",
    },
    {
      title: 'Criticism: thank you, we are listening',
      body: "Thank you for raising this with us, {author}. We're listening, and we'll share what we find and what follows by {date}. If you'd like to share more, please write to us at {dm_link}. – {agent}",
    },
  ],
  'own-post': [
    {
      title: 'Our post: thanks for pointing it out, we are looking at it',
      body: "Thanks for pointing this out, {author}. We're looking at what went wrong with our post and will say more here by {date}. Questions are welcome at {dm_link}. – {agent}",
    },
    {
      title: 'Our post: link to the correction',
      body: "Hi {author}, you're right to raise it. We've posted a correction and explain there what happens now. Questions are welcome here or at {dm_link}. – {agent}",
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

const DA: Copy = {
  'product-defect': [
    {
      title: 'Defekt produkt: undskyld, send detaljer, vi undersøger det',
      body: 'Hej {author}, det er jeg ked af, at {product} ikke virker, som det skal. Send os gerne partinummeret og et billede via {dm_link}; vores kvalitetsafdeling ser på det, og vi vender tilbage senest {date} med næste skridt. – {agent}',
    },
    {
      title: 'Kræver godkendelse fra kvalitet og jura: muligt sikkerhedsproblem, stop brugen',
      body: 'Hej {author}, tak fordi du siger det, og undskyld. Stop med at bruge {product} indtil videre. Vores kvalitetsafdeling undersøger det i dag. Helbredsoplysninger ikke her, men via {dm_link}; vi vender tilbage senest {date}. – {agent}',
    },
  ],
  'service-complaint': [
    {
      title: 'Lang ventetid: undskyld, sag oprettet',
      body: 'Det er jeg ked af, {author}, at du har måttet vente så længe. Jeg forstår godt, at det er frustrerende. Jeg har oprettet sag {ticket}; send os dine ordreoplysninger via {dm_link}, så følger jeg op i dag. – {agent}',
    },
    {
      title: 'Intet svar endnu: tak for tålmodigheden',
      body: 'Hej {author}, tak for din tålmodighed, og undskyld, at ingen har svaret før. Vi kigger på det nu. Skriv gerne til os via {dm_link}; dit sagsnummer er {ticket}. – {agent}',
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
      title: 'Medarbejders opførsel: tak, vi undersøger det',
      body: 'Tak fordi du tager det op, {author}. Vi tager det alvorligt og undersøger det, og vi giver en opdatering her senest {date}. Vil du fortælle os mere, så skriv gerne til os via {dm_link}. – {agent}',
    },
    {
      title: 'Medarbejders opførsel: personlig opfølgning privat',
      body: 'Hej {author}, tak fordi du fortæller os det. Vi tager det alvorligt og undersøger det. Send os gerne detaljerne via {dm_link}, så vi kan følge op med dig personligt. – {agent}',
    },
  ],
  'security-incident': [
    {
      title: 'Usædvanlig aktivitet: vi undersøger det, klik ikke',
      body: 'Hej {author}, tak fordi du siger til. Vi undersøger usædvanlig aktivitet på kontoen. Klik ikke på links i vores seneste opslag eller beskeder. Vi giver en opdatering senest {date}; spørgsmål kan sendes til {dm_link}. – {agent}',
    },
    {
      title: 'Phishingbesked: hvad du skal gøre',
      body: 'Undskyld uroen, {author}. Klik ikke på links i beskeden, og svar ikke på den; har du indtastet din adgangskode, så skift den. Vi undersøger sagen; spørgsmål kan sendes til {dm_link}. – {agent}',
    },
  ],
  'social-responsibility': [
    {
      title: 'Kritik: vi hører den, vi undersøger det',
      body: '{author}, vi hører kritikken og forstår, at mange er vrede. Vi undersøger, hvad der er sket, og siger mere her senest {date}. Vil du tale med os direkte, så skriv til os via {dm_link}. – {agent}',
    },
    {
      title: 'Kritik: tak, vi lytter',
      body: 'Tak fordi du tager det op med os, {author}. Vi lytter, og senest {date} fortæller vi, hvad vi har fundet ud af, og hvad der sker nu. Vil du dele mere, så skriv gerne til os via {dm_link}. – {agent}',
    },
  ],
  'own-post': [
    {
      title: 'Vores opslag: tak for at sige det, vi ser på det',
      body: 'Tak fordi du siger det, {author}. Vi ser på, hvad der gik galt med vores opslag, og siger mere her senest {date}. Spørgsmål er velkomne via {dm_link}. – {agent}',
    },
    {
      title: 'Vores opslag: henvis til rettelsen',
      body: 'Hej {author}, godt, at du tager det op. Vi har lagt en rettelse op og forklarer dér, hvad der sker nu. Spørgsmål er velkomne her eller via {dm_link}. – {agent}',
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

const DE: Copy = {
  'product-defect': [
    {
      title: 'Defektes Produkt: Entschuldigung, Details schicken, wir prüfen',
      body: {
        sie: 'Hallo {author}, es tut mir leid, dass {product} bei Ihnen nicht richtig funktioniert. Schicken Sie uns bitte über {dm_link} die Chargennummer und ein Foto; unsere Qualitätssicherung prüft das, und wir melden uns bis {date} mit dem nächsten Schritt. – {agent}',
        du: 'Hallo {author}, es tut mir leid, dass {product} bei dir nicht richtig funktioniert. Schick uns bitte über {dm_link} die Chargennummer und ein Foto; unsere Qualitätssicherung prüft das, und wir melden uns bis {date} mit dem nächsten Schritt. – {agent}',
      },
    },
    {
      title: 'Freigabe durch Qualität und Recht nötig: mögliches Sicherheitsproblem, nicht mehr verwenden',
      body: {
        sie: 'Hallo {author}, danke für den Hinweis, und es tut mir leid. Bitte verwenden Sie {product} vorerst nicht. Unsere Qualitätssicherung prüft das heute. Gesundheitsangaben bitte nicht hier, sondern über {dm_link}; wir melden uns bis {date}. – {agent}',
        du: 'Hallo {author}, danke für den Hinweis, und es tut mir leid. Bitte verwende {product} vorerst nicht. Unsere Qualitätssicherung prüft das heute. Gesundheitsangaben bitte nicht hier, sondern über {dm_link}; wir melden uns bis {date}. – {agent}',
      },
    },
  ],
  'service-complaint': [
    {
      title: 'Lange Wartezeit: Entschuldigung, Vorgang angelegt',
      body: {
        sie: 'Es tut mir leid, {author}, dass Sie so lange warten mussten. Ich verstehe, wie ärgerlich das ist. Ich habe den Vorgang {ticket} angelegt; schicken Sie uns bitte Ihre Bestelldaten über {dm_link}, ich melde mich heute noch. – {agent}',
        du: 'Es tut mir leid, {author}, dass du so lange warten musstest. Ich verstehe, wie ärgerlich das ist. Ich habe den Vorgang {ticket} angelegt; schick uns bitte deine Bestelldaten über {dm_link}, ich melde mich heute noch. – {agent}',
      },
    },
    {
      title: 'Noch keine Antwort: danke für die Geduld',
      body: {
        sie: 'Hallo {author}, danke für Ihre Geduld – und Entschuldigung, dass sich niemand früher gemeldet hat. Wir sehen uns das jetzt an. Schreiben Sie uns bitte über {dm_link}; Ihre Vorgangsnummer ist {ticket}. – {agent}',
        du: 'Hallo {author}, danke für deine Geduld – und Entschuldigung, dass sich niemand früher gemeldet hat. Wir sehen uns das jetzt an. Schreib uns bitte über {dm_link}; deine Vorgangsnummer ist {ticket}. – {agent}',
      },
    },
  ],
  'reputation-attack': [
    {
      title: 'Falsche Behauptung: auf die geprüften Fakten verweisen',
      body: {
        sie: 'Hallo {author}, wir verstehen, dass diese Behauptung verunsichert. Die geprüften Fakten mit Quellen stehen auf unserer Website, und hier beantworten wir gern weitere Fragen. Für ein persönliches Gespräch schreiben Sie uns über {dm_link}. – {agent}',
        du: 'Hallo {author}, wir verstehen, dass diese Behauptung verunsichert. Die geprüften Fakten mit Quellen stehen auf unserer Website, und hier beantworten wir gern weitere Fragen. Für ein persönliches Gespräch schreib uns über {dm_link}. – {agent}',
      },
    },
    {
      title: 'Zweifelhafter Screenshot: wir prüfen',
      body: {
        sie: 'Danke, dass Sie direkt bei uns nachfragen, {author}. Wir verstehen die Sorge. Wir prüfen, woher dieser Screenshot stammt, und teilen das Ergebnis bis {date} hier. Fragen gern an {dm_link}. – {agent}',
        du: 'Danke, dass du direkt bei uns nachfragst, {author}. Wir verstehen die Sorge. Wir prüfen, woher dieser Screenshot stammt, und teilen das Ergebnis bis {date} hier. Fragen gern an {dm_link}. – {agent}',
      },
    },
  ],
  'employee-misconduct': [
    {
      title: 'Verhalten von Mitarbeitenden: danke, wir gehen dem nach',
      body: {
        sie: 'Danke, dass Sie das ansprechen, {author}. Wir nehmen das ernst, gehen dem nach und melden uns bis {date} hier mit einem Update. Wenn Sie uns mehr erzählen möchten, schreiben Sie uns bitte über {dm_link}. – {agent}',
        du: 'Danke, dass du das ansprichst, {author}. Wir nehmen das ernst, gehen dem nach und melden uns bis {date} hier mit einem Update. Wenn du uns mehr erzählen möchtest, schreib uns bitte über {dm_link}. – {agent}',
      },
    },
    {
      title: 'Verhalten von Mitarbeitenden: persönliche Klärung im privaten Kanal',
      body: {
        sie: 'Hallo {author}, danke für Ihren Hinweis. Wir nehmen das ernst und gehen dem nach. Schicken Sie uns bitte die Details über {dm_link}, damit wir uns persönlich bei Ihnen melden können. – {agent}',
        du: 'Hallo {author}, danke für deinen Hinweis. Wir nehmen das ernst und gehen dem nach. Schick uns bitte die Details über {dm_link}, damit wir uns persönlich bei dir melden können. – {agent}',
      },
    },
  ],
  'security-incident': [
    {
      title: 'Ungewöhnliche Aktivität: wir gehen dem nach, nicht klicken',
      body: {
        sie: 'Hallo {author}, danke für den Hinweis. Wir gehen ungewöhnlichen Aktivitäten auf diesem Konto nach. Bitte klicken Sie nicht auf Links in unseren letzten Beiträgen oder Nachrichten. Ein Update folgt bis {date}; Fragen gern an {dm_link}. – {agent}',
        du: 'Hallo {author}, danke für den Hinweis. Wir gehen ungewöhnlichen Aktivitäten auf diesem Konto nach. Bitte klick nicht auf Links in unseren letzten Beiträgen oder Nachrichten. Ein Update folgt bis {date}; Fragen gern an {dm_link}. – {agent}',
      },
    },
    {
      title: 'Phishing-Nachricht: was jetzt zu tun ist',
      body: {
        sie: 'Entschuldigung für die Aufregung, {author}. Bitte klicken Sie nicht auf Links in dieser Nachricht und antworten Sie nicht darauf; falls Sie Ihr Passwort eingegeben haben, ändern Sie es. Wir gehen dem nach; Fragen gern an {dm_link}. – {agent}',
        du: 'Entschuldigung für die Aufregung, {author}. Bitte klick nicht auf Links in dieser Nachricht und antworte nicht darauf; falls du dein Passwort eingegeben hast, ändere es. Wir gehen dem nach; Fragen gern an {dm_link}. – {agent}',
      },
    },
  ],
  'social-responsibility': [
    {
      title: 'Kritik: wir hören sie, wir prüfen',
      body: {
        sie: '{author}, wir hören die Kritik und verstehen die Empörung. Wir prüfen, was passiert ist, und sagen bis {date} hier mehr dazu. Wenn Sie direkt mit uns sprechen möchten, schreiben Sie uns über {dm_link}. – {agent}',
        du: '{author}, wir hören die Kritik und verstehen die Empörung. Wir prüfen, was passiert ist, und sagen bis {date} hier mehr dazu. Wenn du direkt mit uns sprechen möchtest, schreib uns über {dm_link}. – {agent}',
      },
    },
    {
      title: 'Kritik: danke, wir hören zu',
      body: {
        sie: 'Danke, dass Sie das bei uns ansprechen, {author}. Wir hören zu und sagen bis {date}, was wir herausgefunden haben und wie es weitergeht. Wenn Sie mehr teilen möchten, schreiben Sie uns bitte über {dm_link}. – {agent}',
        du: 'Danke, dass du das bei uns ansprichst, {author}. Wir hören zu und sagen bis {date}, was wir herausgefunden haben und wie es weitergeht. Wenn du mehr teilen möchtest, schreib uns bitte über {dm_link}. – {agent}',
      },
    },
  ],
  'own-post': [
    {
      title: 'Unser Beitrag: danke für den Hinweis, wir sehen es uns an',
      body: {
        sie: 'Danke für Ihren Hinweis, {author}. Wir sehen uns an, was bei unserem Beitrag schiefgelaufen ist, und sagen bis {date} hier mehr dazu. Fragen gern an {dm_link}. – {agent}',
        du: 'Danke für deinen Hinweis, {author}. Wir sehen uns an, was bei unserem Beitrag schiefgelaufen ist, und sagen bis {date} hier mehr dazu. Fragen gern an {dm_link}. – {agent}',
      },
    },
    {
      title: 'Unser Beitrag: auf die Korrektur verweisen',
      body: {
        sie: 'Hallo {author}, gut, dass Sie das ansprechen. Wir haben eine Korrektur veröffentlicht und erklären dort, wie es weitergeht. Fragen gern hier oder über {dm_link}. – {agent}',
        du: 'Hallo {author}, gut, dass du das ansprichst. Wir haben eine Korrektur veröffentlicht und erklären dort, wie es weitergeht. Fragen gern hier oder über {dm_link}. – {agent}',
      },
    },
  ],
  none: [
    {
      title: 'Allgemein: danke, wir sehen uns das an',
      body: {
        sie: 'Danke für Ihre Nachricht, {author}, und Entschuldigung für die Umstände. Wir sehen uns das an und melden uns. Wenn es um persönliche Daten geht, schreiben Sie uns bitte über {dm_link}. – {agent}',
        du: 'Danke für deine Nachricht, {author}, und Entschuldigung für die Umstände. Wir sehen uns das an und melden uns. Wenn es um persönliche Daten geht, schreib uns bitte über {dm_link}. – {agent}',
      },
    },
    {
      title: 'Allgemein: Ich kümmere mich darum',
      body: {
        sie: 'Hallo {author}, danke für den Hinweis. Ich verstehe Sie und kümmere mich darum. Schicken Sie uns bitte eine Direktnachricht über {dm_link}, damit wir Ihnen persönlich helfen können. – {agent}',
        du: 'Hallo {author}, danke für den Hinweis. Ich verstehe dich und kümmere mich darum. Schick uns bitte eine Direktnachricht über {dm_link}, damit wir dir persönlich helfen können. – {agent}',
      },
    },
  ],
};

const PL: Copy = {
  'product-defect': [
    {
      title: 'Wadliwy produkt: przeprosiny, prośba o szczegóły, sprawdzamy',
      body: {
        panstwo: 'Dzień dobry, {author}, przykro nam, że {product} nie działa tak, jak powinien. Prosimy o przesłanie numeru partii i zdjęcia przez {dm_link}; nasz dział jakości to sprawdzi, a najpóźniej {date} wrócimy z informacją, co dalej. – {agent}',
        pan: 'Dzień dobry, {author}, przykro nam, że {product} nie działa tak, jak powinien. Prosimy, by przesłał(a) nam Pan/Pani numer partii i zdjęcie przez {dm_link}; nasz dział jakości to sprawdzi, a najpóźniej {date} wrócimy z informacją, co dalej. – {agent}',
        ty: 'Cześć {author}, przykro nam, że {product} nie działa tak, jak powinien. Wyślij nam proszę numer partii i zdjęcie przez {dm_link}; nasz dział jakości to sprawdzi, a najpóźniej {date} wrócimy z informacją, co dalej. – {agent}',
      },
    },
    {
      title: 'Wymaga zgody działu jakości i działu prawnego: możliwe zagrożenie, prosimy nie używać',
      body: {
        panstwo: '{author}, dziękujemy za zgłoszenie i przepraszamy. Dla bezpieczeństwa prosimy na razie nie używać produktu {product}. Dział jakości sprawdza to dziś. Informacje o zdrowiu prosimy przesłać przez {dm_link}, nie tutaj. Odezwiemy się do {date}. – {agent}',
        pan: '{author}, dziękujemy za zgłoszenie i przepraszamy. Prosimy, by Pan/Pani na razie nie używał(a) produktu {product}. Dział jakości sprawdza to dziś. Informacje o zdrowiu proszę przesłać przez {dm_link}, nie tutaj. Odezwiemy się do {date}. – {agent}',
        ty: '{author}, dzięki za zgłoszenie i przepraszamy. Dla bezpieczeństwa nie używaj na razie produktu {product}. Dział jakości sprawdza to dziś. Informacje o zdrowiu wyślij przez {dm_link}, nie tutaj. Odezwiemy się do {date}. – {agent}',
      },
    },
  ],
  'service-complaint': [
    {
      title: 'Długie oczekiwanie: przeprosiny, zgłoszenie założone',
      body: {
        panstwo: 'Przepraszamy, {author}, że czekanie trwało tak długo – rozumiemy, jakie to frustrujące. Założyliśmy zgłoszenie {ticket}; prosimy o przesłanie danych zamówienia przez {dm_link}, odezwę się jeszcze dziś. – {agent}',
        pan: 'Przepraszam, {author}, że musiał(a) Pan/Pani tak długo czekać – rozumiem, jakie to frustrujące. Założyłam/założyłem zgłoszenie {ticket}; proszę przesłać dane zamówienia przez {dm_link}, odezwę się jeszcze dziś. – {agent}',
        ty: 'Przepraszam, {author}, że musiałeś/musiałaś tak długo czekać – rozumiem, jakie to frustrujące. Zgłoszenie ma numer {ticket}; wyślij proszę dane zamówienia przez {dm_link}, odezwę się jeszcze dziś. – {agent}',
      },
    },
    {
      title: 'Brak odpowiedzi: dziękujemy za cierpliwość',
      body: {
        panstwo: '{author}, dziękujemy za cierpliwość i przepraszamy, że nikt nie odpowiedział wcześniej. Już się tym zajmujemy. Prosimy o wiadomość przez {dm_link}; numer zgłoszenia to {ticket}. – {agent}',
        pan: '{author}, dziękujemy za cierpliwość i przepraszamy, że nikt wcześniej nie odpowiedział. Już się tym zajmujemy. Prosimy o wiadomość przez {dm_link}; numer zgłoszenia to {ticket}. – {agent}',
        ty: '{author}, dzięki za cierpliwość i sorry, że nikt wcześniej nie odpisał. Już się tym zajmujemy. Napisz do nas przez {dm_link}; numer zgłoszenia to {ticket}. – {agent}',
      },
    },
  ],
  'reputation-attack': [
    {
      title: 'Fałszywe twierdzenie: odesłanie do sprawdzonych faktów',
      body: {
        panstwo: '{author}, rozumiemy, że ta informacja budzi niepokój. Sprawdzone fakty wraz ze źródłami opublikowaliśmy na naszej stronie i chętnie odpowiemy tu na kolejne pytania. Zapraszamy też do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
        pan: '{author}, rozumiemy, że ta informacja budzi niepokój. Sprawdzone fakty wraz ze źródłami opublikowaliśmy na naszej stronie i chętnie odpowiemy tu na kolejne pytania Pana/Pani. Zapraszamy też do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
        ty: '{author}, rozumiemy, że ta informacja budzi niepokój. Sprawdzone fakty ze źródłami są na naszej stronie, a na kolejne pytania chętnie odpowiemy tutaj. Możesz też napisać do nas prywatnie: {dm_link}. – {agent}',
      },
    },
    {
      title: 'Wątpliwy zrzut ekranu: sprawdzamy',
      body: {
        panstwo: 'Dziękujemy, że pytają Państwo bezpośrednio nas, {author}. Rozumiemy obawy. Sprawdzamy, skąd pochodzi ten zrzut ekranu, i najpóźniej {date} napiszemy tu, co ustaliliśmy. Pytania prosimy kierować przez {dm_link}. – {agent}',
        pan: 'Dziękujemy, że pyta Pan/Pani bezpośrednio nas, {author}. Rozumiemy obawy. Sprawdzamy, skąd pochodzi ten zrzut ekranu, i najpóźniej {date} napiszemy tu, co ustaliliśmy. Pytania prosimy kierować przez {dm_link}. – {agent}',
        ty: 'Dzięki, że pytasz bezpośrednio nas, {author}. Rozumiemy obawy. Sprawdzamy, skąd pochodzi ten zrzut ekranu, i najpóźniej {date} napiszemy tu, co ustaliliśmy. Pytania wysyłaj przez {dm_link}. – {agent}',
      },
    },
  ],
  'employee-misconduct': [
    {
      title: 'Zachowanie pracownika: dziękujemy, wyjaśniamy',
      body: {
        panstwo: 'Dziękujemy za zwrócenie nam uwagi, {author}. Traktujemy to poważnie i wyjaśniamy sprawę; najpóźniej {date} napiszemy tu więcej. Jeśli chcą nam Państwo przekazać szczegóły, prosimy o wiadomość przez {dm_link}. – {agent}',
        pan: 'Dziękujemy za zwrócenie nam uwagi, {author}. Traktujemy to poważnie i wyjaśniamy sprawę; najpóźniej {date} napiszemy tu więcej. Jeśli chce nam Pan/Pani przekazać szczegóły, prosimy o wiadomość przez {dm_link}. – {agent}',
        ty: 'Dzięki, że zwracasz nam na to uwagę, {author}. Traktujemy to poważnie i wyjaśniamy sprawę; najpóźniej {date} napiszemy tu więcej. Jeśli chcesz przekazać nam szczegóły, napisz przez {dm_link}. – {agent}',
      },
    },
    {
      title: 'Zachowanie pracownika: kontakt indywidualny w kanale prywatnym',
      body: {
        panstwo: '{author}, dziękujemy za zgłoszenie. Traktujemy je poważnie i wyjaśniamy sprawę. Prosimy o przesłanie szczegółów przez {dm_link}, abyśmy mogli skontaktować się z Państwem osobiście. – {agent}',
        pan: '{author}, dziękujemy za zgłoszenie. Traktujemy je poważnie i wyjaśniamy sprawę. Prosimy o przesłanie szczegółów przez {dm_link}, abyśmy mogli skontaktować się z Panem/Panią osobiście. – {agent}',
        ty: '{author}, dzięki za zgłoszenie. Traktujemy je poważnie i wyjaśniamy sprawę. Wyślij nam proszę szczegóły przez {dm_link}, żebyśmy mogli odezwać się do Ciebie osobiście. – {agent}',
      },
    },
  ],
  'security-incident': [
    {
      title: 'Nietypowa aktywność: sprawdzamy, prosimy nie klikać',
      body: {
        panstwo: '{author}, dziękujemy za sygnał. Sprawdzamy nietypową aktywność na tym koncie. Prosimy nie klikać w linki z naszych ostatnich wpisów ani wiadomości. Aktualizację podamy najpóźniej {date}; pytania prosimy kierować przez {dm_link}. – {agent}',
        pan: '{author}, dziękujemy za sygnał. Sprawdzamy nietypową aktywność na tym koncie. Prosimy, by nie klikał(a) Pan/Pani w linki z naszych ostatnich wpisów ani wiadomości. Aktualizację podamy najpóźniej {date}; pytania prosimy kierować przez {dm_link}. – {agent}',
        ty: '{author}, dzięki za sygnał. Sprawdzamy nietypową aktywność na tym koncie. Nie klikaj w linki z naszych ostatnich wpisów ani wiadomości. Aktualizację podamy najpóźniej {date}; pytania wysyłaj przez {dm_link}. – {agent}',
      },
    },
    {
      title: 'Wiadomość phishingowa: co zrobić',
      body: {
        panstwo: 'Przepraszamy za niepokój, {author}. Prosimy nie klikać w linki z tej wiadomości i na nią nie odpowiadać, a jeśli wpisali Państwo hasło – zmienić je. Sprawdzamy sprawę; pytania prosimy kierować przez {dm_link}. – {agent}',
        pan: 'Przepraszamy za niepokój, {author}. Prosimy nie klikać w linki z tej wiadomości i na nią nie odpowiadać, a jeśli wpisał(a) Pan/Pani hasło – zmienić je. Sprawdzamy sprawę; pytania prosimy kierować przez {dm_link}. – {agent}',
        ty: 'Przepraszamy za niepokój, {author}. Nie klikaj w linki z tej wiadomości i nie odpowiadaj na nią, a jeśli wpisałeś/wpisałaś hasło – zmień je. Sprawdzamy sprawę; pytania wysyłaj przez {dm_link}. – {agent}',
      },
    },
  ],
  'social-responsibility': [
    {
      title: 'Krytyka: słyszymy ją, sprawdzamy',
      body: {
        panstwo: '{author}, słyszymy krytykę i rozumiemy oburzenie. Sprawdzamy, co się stało, i najpóźniej {date} napiszemy tu więcej. Zapraszamy też do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
        pan: '{author}, słyszymy krytykę i rozumiemy oburzenie. Sprawdzamy, co się stało, i najpóźniej {date} napiszemy tu więcej. Zapraszamy Pana/Panią także do rozmowy w wiadomości prywatnej: {dm_link}. – {agent}',
        ty: '{author}, słyszymy krytykę i rozumiemy oburzenie. Sprawdzamy, co się stało, i najpóźniej {date} napiszemy tu więcej. Możesz też napisać do nas prywatnie: {dm_link}. – {agent}',
      },
    },
    {
      title: 'Krytyka: dziękujemy, słuchamy',
      body: {
        panstwo: 'Dziękujemy, {author}, że zwracają nam Państwo na to uwagę. Słuchamy i najpóźniej {date} napiszemy, co ustaliliśmy i co dalej. Chętnie przeczytamy więcej – prosimy o wiadomość przez {dm_link}. – {agent}',
        pan: 'Dziękujemy, {author}, że zwraca nam Pan/Pani na to uwagę. Słuchamy i najpóźniej {date} napiszemy, co ustaliliśmy i co dalej. Chętnie przeczytamy więcej – prosimy o wiadomość przez {dm_link}. – {agent}',
        ty: 'Dzięki, {author}, że zwracasz nam na to uwagę. Słuchamy i najpóźniej {date} napiszemy, co ustaliliśmy i co dalej. Chętnie przeczytamy więcej – napisz do nas przez {dm_link}. – {agent}',
      },
    },
  ],
  'own-post': [
    {
      title: 'Nasz wpis: dziękujemy za uwagę, sprawdzamy',
      body: {
        panstwo: 'Dziękujemy za zwrócenie uwagi, {author}. Sprawdzamy, co poszło nie tak w naszym wpisie, i najpóźniej {date} napiszemy tu więcej. Pytania: {dm_link}. – {agent}',
        pan: 'Dziękujemy, że zwrócił(a) nam Pan/Pani na to uwagę, {author}. Sprawdzamy, co poszło nie tak w naszym wpisie, i najpóźniej {date} napiszemy tu więcej. Pytania: {dm_link}. – {agent}',
        ty: 'Dzięki, że zwracasz nam na to uwagę, {author}. Sprawdzamy, co poszło nie tak w naszym wpisie, i najpóźniej {date} napiszemy tu więcej. Pytania: {dm_link}. – {agent}',
      },
    },
    {
      title: 'Nasz wpis: odesłanie do sprostowania',
      body: {
        panstwo: '{author}, słusznie, że Państwo o tym piszą. Opublikowaliśmy sprostowanie i wyjaśniamy w nim, co dalej. Na pytania odpowiemy tutaj lub przez {dm_link}. – {agent}',
        pan: '{author}, słusznie, że Pan/Pani o tym pisze. Opublikowaliśmy sprostowanie i wyjaśniamy w nim, co dalej. Na pytania odpowiemy tutaj lub przez {dm_link}. – {agent}',
        ty: '{author}, dobrze, że o tym piszesz. Opublikowaliśmy sprostowanie i wyjaśniamy w nim, co dalej. Na pytania odpowiemy tutaj lub przez {dm_link}. – {agent}',
      },
    },
  ],
  none: [
    {
      title: 'Ogólny: dziękujemy, sprawdzimy to',
      body: {
        panstwo: 'Dziękujemy za wiadomość, {author}, i przepraszamy za kłopot. Sprawdzimy to i się odezwiemy. Jeśli sprawa dotyczy danych osobowych, prosimy o kontakt przez {dm_link}. – {agent}',
        pan: 'Dziękujemy za wiadomość, {author}, i przepraszamy za kłopot. Sprawdzimy to i odezwiemy się do Pana/Pani. Jeśli sprawa dotyczy danych osobowych, prosimy o kontakt przez {dm_link}. – {agent}',
        ty: 'Dzięki za wiadomość, {author}, i przepraszamy za kłopot. Sprawdzimy to i się odezwiemy. Jeśli sprawa dotyczy danych osobowych, napisz do nas przez {dm_link}. – {agent}',
      },
    },
    {
      title: 'Ogólny: zajmiemy się tym',
      body: {
        panstwo: '{author}, dziękujemy za informację. Rozumiemy i zajmiemy się tym. Prosimy o wiadomość prywatną przez {dm_link}, żebyśmy mogli pomóc indywidualnie. – {agent}',
        pan: '{author}, dziękujemy za informację. Rozumiemy i zajmiemy się tym. Prosimy o wiadomość prywatną przez {dm_link}, żebyśmy mogli Panu/Pani pomóc indywidualnie. – {agent}',
        ty: '{author}, dzięki za informację. Rozumiemy i zajmiemy się tym. Napisz do nas prywatnie przez {dm_link}, żebyśmy mogli Ci pomóc. – {agent}',
      },
    },
  ],
};

const COPY: Record<Language, Copy> = { en: EN, de: DE, da: DA, pl: PL };

export const DEFAULT_TEMPLATES: Template[] = LANGUAGES.flatMap((language) =>
  (Object.keys(COPY[language]) as CrisisType[]).flatMap((crisisType) =>
    COPY[language][crisisType].flatMap((t, i) =>
      variants(t.body).map(([address, body]) =>
      Template.parse({
        // The default form keeps the id builtin templates always had; other forms add theirs.
        id: `keel-${crisisType}-${language}-${i + 1}${address && !DEFAULT_FORMS.includes(address) ? `-${address}` : ''}`,
        version: 1,
        title: t.title,
        body,
        ...(address ? { address } : {}),
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
  ),
);
