/**
 * Reply drafts written for the tone-check tests: bad ones labelled with every
 * kind they should trigger, good ones (acknowledge the feeling, say what
 * happens next, right language) that should trigger nothing.
 */
import type { DetectedLanguage, Language, Platform } from '../../lib/schema';
import type { AnsweredKind, ToneKind } from '../../lib/tone/index';

export interface ToneCase {
  language: Language;
  text: string;
  /** Kinds the draft should trigger; [] for a good reply. */
  kinds: ToneKind[];
  platform?: Platform;
  postLanguage?: DetectedLanguage;
  incidentOpen?: boolean;
  /** What the draft answers; a complaint unless said otherwise. */
  answering?: AnsweredKind;
}

const NA: ToneKind = 'no-acknowledgement';
const NS: ToneKind = 'no-next-step';

export const BAD_CASES: ToneCase[] = [
  // English
  { language: 'en', text: 'As we clearly stated in the product description, the mug is not dishwasher safe. You misunderstood.', kinds: ['blaming', NA, NS] },
  { language: 'en', text: "Thanks for your 'feedback'. We'll pass it on. 🙄", kinds: ['sarcasm', NA] },
  { language: 'en', text: "Actually, that's not true. Our beans are tested every week and the results are public.", kinds: ['arguing', NA, NS] },
  { language: 'en', text: "We're so sorry. It was our fault and we'll pay for all the damage your machine caused. We will refund everyone who bought one.", kinds: ['liability', 'needs-approval'] },
  { language: 'en', text: "Sorry to hear that, Maria! I found your order #4481923 and your address 12 Baker Street, and we'll resend it today.", kinds: ['personal-data'] },
  { language: 'en', text: "I'm sorry about this. Please call me back on +44 7700 900123 or email me at j.smith@outlook.com so we can sort it out.", kinds: ['personal-data'] },
  { language: 'en', text: 'WE ARE DOING EVERYTHING WE CAN!!! Please be patient.', kinds: ['shouting', NA, NS] },
  {
    language: 'en',
    platform: 'x',
    text: "Hi Sam, I'm really sorry that your parcel still hasn't arrived after two weeks. I completely understand how annoying it is to wait without any news from us or from the courier. We'll contact the courier today, ask them to trace the parcel, and as soon as we hear back from them we will post an update for you right here in this thread. – Lena",
    kinds: ['too-long'],
  },
  { language: 'en', postLanguage: 'de', text: "Sorry for the trouble, we'll check your order and get back to you today.", kinds: ['wrong-language'] },
  { language: 'en', incidentOpen: true, text: "We're sorry for the delays. While you wait, try our new flavour with 20% off, and we'll update you here.", kinds: ['promotional'] },
  { language: 'en', text: "Oh great, another complaint. We'll look into it, I guess.", kinds: ['sarcasm', NA] },
  { language: 'en', text: "If you had read the instructions, this wouldn't have happened. It's user error, not our fault.", kinds: ['blaming', NA, NS] },
  { language: 'en', text: "That's simply not true and you know it. We never said the bottles were plastic-free.", kinds: ['arguing', NA, NS] },
  { language: 'en', text: 'We guarantee this will never happen again. Sorry for the trouble, we will follow up by DM.', kinds: ['liability'] },
  { language: 'en', text: 'Thanks, noted. Have a nice day.', kinds: [NA, NS] },
  { language: 'en', text: "Yeah right, like we'd ever sell your data. Nice try. /s", kinds: ['sarcasm', NA, NS] },
  { language: 'en', text: "Sorry! The payment came from account DK5000400440116243 and we're checking it now.", kinds: ['personal-data'] },

  // German
  { language: 'de', text: 'Wie bereits mehrfach erwähnt, ist das Gerät nicht für die Spülmaschine geeignet. Sie haben die Anleitung offenbar nicht gelesen.', kinds: ['blaming', NA, NS] },
  { language: 'de', text: 'Danke für Ihr „Feedback“. Wir leiten es weiter.', kinds: ['sarcasm', NA] },
  { language: 'de', text: 'Das stimmt nicht. Eigentlich werden unsere Bohnen jede Woche im Labor geprüft.', kinds: ['arguing', NA, NS] },
  { language: 'de', text: 'Es tut uns sehr leid. Das war unsere Schuld und wir zahlen selbstverständlich den gesamten Schaden. Wir melden uns.', kinds: ['liability', 'needs-approval'] },
  { language: 'de', text: 'Das tut mir leid! Ich sehe Ihre Bestellnummer 40017723 und die Adresse Lindenstraße 14 – wir schicken heute Ersatz.', kinds: ['personal-data', 'needs-approval'] },
  { language: 'de', text: 'Entschuldigung für den Ärger. Rufen Sie mich gern unter 0171 2345678 an oder schreiben Sie an m.mueller@web.de.', kinds: ['personal-data'] },
  { language: 'de', text: 'WIR TUN ALLES, WAS WIR KÖNNEN!!! Bitte haben Sie Geduld.', kinds: ['shouting', NA, NS] },
  {
    language: 'de',
    platform: 'x',
    text: 'Hallo Frau Berger, es tut mir wirklich leid, dass Ihr Paket nach zwei Wochen immer noch nicht angekommen ist. Ich verstehe gut, wie ärgerlich das Warten ohne jede Nachricht ist. Wir kontaktieren heute den Paketdienst und lassen die Sendung suchen; sobald wir etwas hören, melden wir uns hier bei Ihnen mit dem neuen Stand. – Lena',
    kinds: ['too-long'],
  },
  { language: 'de', postLanguage: 'en', text: 'Das tut uns leid, wir prüfen Ihre Bestellung und melden uns heute.', kinds: ['wrong-language'] },
  { language: 'de', incidentOpen: true, text: 'Das tut uns leid! Wir prüfen das. Übrigens: Unsere neue Sorte gibt es jetzt mit 20 % Rabatt.', kinds: ['promotional'] },
  { language: 'de', text: 'Na toll, noch eine Beschwerde. Wir schauen es uns an.', kinds: ['sarcasm', NA] },
  { language: 'de', text: 'Das ist ein Bedienfehler und nicht unser Problem. Wäre die Kapsel richtig eingesetzt worden, wäre nichts passiert.', kinds: ['blaming', NA, NS] },
  { language: 'de', text: 'Bei allem Respekt, Sie irren sich. Wir haben nie Palmöl verwendet.', kinds: ['arguing', NA, NS] },
  { language: 'de', text: 'Wir garantieren Ihnen, dass das nie wieder passieren wird. Entschuldigung, wir melden uns per DM.', kinds: ['liability'] },
  { language: 'de', text: 'Okay, danke. Schönen Tag noch.', kinds: [NA, NS] },
  { language: 'de', text: 'Schon klar, wir verkaufen natürlich Ihre Daten. 🙄', kinds: ['sarcasm', NA, NS] },

  // Danish
  { language: 'da', text: 'Som vi tydeligt skrev i beskrivelsen, tåler kruset ikke opvaskemaskine. Du har misforstået det.', kinds: ['blaming', NA, NS] },
  { language: 'da', text: 'Tak for din »feedback«. Den giver vi videre. 🙄', kinds: ['sarcasm', NA] },
  { language: 'da', text: 'Det passer ikke. Vores bønner bliver faktisk testet hver uge.', kinds: ['arguing', NA, NS] },
  { language: 'da', text: 'Vi er meget kede af det. Det var vores skyld, og vi betaler naturligvis hele skaden. Vi vender tilbage.', kinds: ['liability', 'needs-approval'] },
  { language: 'da', text: 'Det er jeg ked af! Jeg kan se dit ordrenummer 55102938 og adressen Søndergade 14 – vi sender en ny i dag.', kinds: ['personal-data', 'needs-approval'] },
  { language: 'da', text: 'Undskyld besværet. Ring til mig på +45 20 12 34 56 eller skriv til mette.h@gmail.com.', kinds: ['personal-data'] },
  { language: 'da', text: 'VI GØR ALT, HVAD VI KAN!!! Hav lidt tålmodighed.', kinds: ['shouting', NA, NS] },
  {
    language: 'da',
    platform: 'x',
    text: 'Hej Mette, det er jeg virkelig ked af, at din pakke stadig ikke er kommet efter to uger. Jeg forstår godt, hvor irriterende det er at vente uden at høre noget fra os. Vi kontakter fragtfirmaet i dag og beder dem efterlyse pakken, og så snart vi hører noget, skriver vi til dig her i tråden igen. – Lena',
    kinds: ['too-long'],
  },
  { language: 'da', postLanguage: 'pl', text: 'Det er vi kede af. Vi kigger på din ordre og vender tilbage i dag.', kinds: ['wrong-language'] },
  { language: 'da', incidentOpen: true, text: 'Det er vi kede af – vi undersøger det. Prøv i mellemtiden vores nye smag med 20 % rabat!', kinds: ['promotional'] },
  { language: 'da', text: 'Nå da, endnu en klage. Vi kigger på det.', kinds: ['sarcasm', NA] },
  { language: 'da', text: 'Det er en brugerfejl og ikke vores problem. Du burde have læst vejledningen.', kinds: ['blaming', NA, NS] },
  { language: 'da', text: 'Med al respekt, du tager fejl. Vi har aldrig brugt palmeolie.', kinds: ['arguing', NA, NS] },
  { language: 'da', text: 'Vi garanterer, at det aldrig vil ske igen. Undskyld, vi skriver til dig i en privat besked.', kinds: ['liability'] },
  { language: 'da', text: 'Okay, tak. Hav en god dag.', kinds: [NA, NS] },
  { language: 'da', text: 'Jaja, vi sælger selvfølgelig dine data. 🙄', kinds: ['sarcasm', NA, NS] },

  // Polish
  { language: 'pl', text: 'Jak wyraźnie pisaliśmy w opisie, kubka nie można myć w zmywarce. Źle Pan zrozumiał.', kinds: ['blaming', NA, NS] },
  { language: 'pl', text: 'Dziękujemy za Pana „opinię”. Przekażemy ją dalej. 🙄', kinds: ['sarcasm', NA, NS] },
  { language: 'pl', text: 'To nieprawda. Tak naprawdę nasze ziarna są testowane co tydzień.', kinds: ['arguing', NA, NS] },
  { language: 'pl', text: 'Bardzo przepraszamy. To nasza wina i oczywiście zapłacimy za całą szkodę. Odezwiemy się.', kinds: ['liability', 'needs-approval'] },
  { language: 'pl', text: 'Przykro nam! Widzę numer zamówienia 55102938 i adres ul. Długa 14 – wyślemy dziś nowy.', kinds: ['personal-data', 'needs-approval'] },
  { language: 'pl', text: 'Przepraszamy za kłopot. Proszę zadzwonić do mnie pod numer 601 234 567 albo napisać na anna.k@wp.pl.', kinds: ['personal-data'] },
  { language: 'pl', text: 'ROBIMY WSZYSTKO, CO MOŻEMY!!! Prosimy o cierpliwość.', kinds: ['shouting', NA, NS] },
  {
    language: 'pl',
    platform: 'x',
    text: 'Dzień dobry, bardzo nam przykro, że paczka po dwóch tygodniach wciąż nie dotarła. Rozumiemy, jak frustrujące jest czekanie bez żadnej informacji od nas. Jeszcze dziś skontaktujemy się z firmą kurierską i poprosimy o odnalezienie przesyłki, a gdy tylko dostaniemy odpowiedź, napiszemy do Pani tutaj. – Lena',
    kinds: ['too-long'],
  },
  { language: 'pl', postLanguage: 'da', text: 'Przykro nam z tego powodu. Sprawdzimy zamówienie i odezwiemy się dziś.', kinds: ['wrong-language'] },
  { language: 'pl', incidentOpen: true, text: 'Przykro nam – sprawdzamy to. A w międzyczasie wypróbuj nasz nowy smak z rabatem 20%!', kinds: ['promotional'] },
  { language: 'pl', text: 'No jasne, kolejna skarga. Sprawdzimy to.', kinds: ['sarcasm', NA] },
  { language: 'pl', text: 'To błąd użytkownika, nie nasza wina. Trzeba było przeczytać instrukcję.', kinds: ['blaming', NA, NS] },
  { language: 'pl', text: 'Z całym szacunkiem, myli się Pan. Nigdy nie używaliśmy oleju palmowego.', kinds: ['arguing', NA, NS] },
  { language: 'pl', text: 'Gwarantujemy, że to się nigdy nie powtórzy. Przepraszamy, odezwiemy się w wiadomości prywatnej.', kinds: ['liability'] },
  { language: 'pl', text: 'Okej, dzięki i miłego dnia!', kinds: [NA, NS] },
  { language: 'pl', text: 'No pewnie, sprzedajemy Pana dane. 🙄', kinds: ['sarcasm', NA, NS] },

  // Template variables left in.
  { language: 'en', text: "Hi {author}, sorry about the wait. We'll check order {order_id} and reply today. – {agent}", kinds: ['unfilled-variable'] },
  { language: 'en', text: "Sorry, [CUSTOMER NAME]! Please DM us and we'll sort it out today.", kinds: ['unfilled-variable'] },
  { language: 'de', text: 'Hallo {{kunde}}, das tut uns leid. Wir melden uns bis <DATUM> bei Ihnen.', kinds: ['unfilled-variable'] },
  { language: 'da', text: 'Hej {navn}, det er vi kede af. Vi vender tilbage i dag. /%medarbejder%', kinds: ['unfilled-variable'] },
  { language: 'pl', text: 'Dzień dobry {klient}, przepraszamy za kłopot. Odezwiemy się dziś w sprawie [NR_ZGLOSZENIA].', kinds: ['unfilled-variable'] },

  // Formal stonewalling.
  { language: 'en', text: 'Please be advised that under our terms and conditions, returns are only accepted within 14 days.', kinds: ['defensive', NA] },
  { language: 'de', text: 'Wir weisen darauf hin, dass Reklamationen gemäß Ziffer 7 unserer AGB schriftlich einzureichen sind.', kinds: ['defensive', NA, NS] },
  { language: 'da', text: 'Vi gør opmærksom på, at reklamationer i henhold til vores handelsbetingelser skal sendes skriftligt.', kinds: ['defensive', NA, NS] },
  { language: 'pl', text: 'Uprzejmie informujemy, że zgodnie z regulaminem sklepu zwroty przyjmujemy wyłącznie w formie pisemnej.', kinds: ['defensive', NA, NS] },

  // Money and goods offered to one person, and a cause stated as settled.
  { language: 'en', text: "So sorry! We'll credit £20 to your account and the next bag is on us.", kinds: ['liability'] },
  { language: 'de', text: 'Tut uns leid! Wir erstatten Ihnen den vollen Betrag und legen einen Gutschein bei.', kinds: ['liability', NS] },
  { language: 'da', text: 'Det er vi kede af. Vi refunderer beløbet, og du får et gavekort oveni.', kinds: ['liability', NS] },
  { language: 'pl', text: 'Przepraszamy! Otrzyma Pan rekompensatę w wysokości 50 zł.', kinds: ['liability', NS] },
  { language: 'en', text: "Sorry about this. The cause was a faulty seal in the March batch; we'll update you today.", kinds: ['needs-approval'] },
  { language: 'de', text: 'Das tut uns leid. Die Ursache war ein Fehler in unserem Lager; wir melden uns heute.', kinds: ['needs-approval'] },

  // Blame on a third party, contradiction and mockery built from other words.
  { language: 'en', text: "Sorry, but that one's on the courier. You'll need to file a claim with them.", kinds: ['blaming', NS] },
  { language: 'pl', text: 'To wina kuriera, nie nasza. Reklamację proszę złożyć u przewoźnika.', kinds: ['blaming', NA, NS] },
  { language: 'en', text: "Our records show the parcel was delivered, so that's not what happened.", kinds: ['arguing', NA, NS] },
  { language: 'en', text: 'Five whole days? What a tragedy. 😂', kinds: ['sarcasm', NA, NS] },
  { language: 'pl', text: 'Ojej, co za dramat, kawa była o dwa stopnie za zimna 😅', kinds: ['sarcasm', NA, NS] },
  { language: 'de', text: 'Das ist leider eine Sache des Paketdienstes, darauf haben wir keinen Einfluss.', kinds: ['blaming', NA, NS] },
  { language: 'da', text: 'Det er fragtfirmaets problem, og det er uden for vores kontrol.', kinds: ['blaming', NA, NS] },
  { language: 'en', text: 'We apologise for any inconvenience caused. Your complaint has been logged.', kinds: ['defensive', NA, NS] },
  { language: 'pl', text: 'Przepraszamy za wszelkie niedogodności. Pani zgłoszenie zostało zarejestrowane.', kinds: ['defensive', NA, NS] },
  { language: 'da', text: 'Det kan ikke passe. Vi har tjekket pakken, før den blev sendt.', kinds: ['arguing', NA, NS] },

  // Promises that need an approver: replacement, free goods, admitting fault.
  { language: 'en', text: "Thank you for flagging this. Please don't use the charger until we've checked it; we'll send you a replacement at no cost. Could you DM us the batch code? – Ana", kinds: ['needs-approval'] },
  { language: 'en', text: 'Sorry for the misunderstanding! We take full responsibility for the mistake in the post and will correct it within the hour. – Kim', kinds: ['needs-approval'] },
  { language: 'de', text: 'Danke für den Hinweis! Bitte benutzen Sie das Ladegerät vorerst nicht – wir schicken Ihnen kostenlos Ersatz. Schicken Sie uns bitte die Chargennummer per DM? – Anna', kinds: ['liability', 'needs-approval'] },
  { language: 'da', text: 'Tak fordi du siger det! Brug venligst ikke opladeren, indtil vi har tjekket den – vi sender dig en ny uden beregning. Send os gerne batchnummeret i en privat besked. – Anna', kinds: ['liability', 'needs-approval'] },
  { language: 'pl', text: 'Dziękujemy za zgłoszenie! Prosimy na razie nie używać ładowarki – wyślemy bezpłatnie nową. Prosimy przesłać nam numer partii w wiadomości prywatnej. – Anna', kinds: ['liability', 'needs-approval'] },
  { language: 'pl', text: 'Przykro nam, że ekspres nie działał właściwie. Przy okazji prosimy o kontakt w wiadomości prywatnej – wymienimy go. – Kim', kinds: ['needs-approval'] },
];

export const GOOD_CASES: ToneCase[] = (
  [
  // English
  { language: 'en', text: "Hi Sam, I'm really sorry your order still hasn't arrived. Please send us a DM with your order details and I'll chase it with the courier today. – Lena" },
  { language: 'en', text: "We understand why people are upset about yesterday's post. It was a mistake, and we've taken it down for review. We'll post our CEO's full statement here this afternoon. – Mark, Head of Social" },
  { language: 'en', text: "That sounds really frustrating, Priya. We're looking into the app outage right now and will keep you posted here. – Jonas" },
  { language: 'en', text: "We hear you, and we're sorry. Our account was hacked last night; we've secured it and are contacting everyone who received the fake message. More updates here today. – Chris" },
  { language: 'en', text: "I'm sorry for how our colleague spoke to you in the store. That's not okay. Our store manager would like to call you. Could you send us a private message with a good time? – Eva" },
  { language: 'en', text: "Thanks for pointing this out. We understand the concern about the packaging. Here's how we source it: https://nordlicht.example/sourcing and we'll answer any questions you have. – Tom" },
  { language: 'en', text: "So sorry about the mix-up with your refund, Jamie. I've passed it to our billing team and they'll contact you within 24 hours. – Ola" },
  { language: 'en', text: "We apologise for the confusion in our ad. Please DM us if you were charged twice and we'll put it right. – Sara" },
  { language: 'en', text: "Sorry to hear the coffee tasted off! Could you send us a DM with the best-before date? We'll check the batch and get back to you. – Ben" },

  // Good replies with words that resemble the warning lexicons.
  { language: 'en', text: "You must have been really worried, and I'm sorry. Our hotline is +44 20 7946 0000 or write to support@nordlicht.com and we'll help today. – Kim" },
  { language: 'en', text: "I'm sorry your delivery from 12.03.2024 was late. Your case number is 2024031299. We'll update you here by Friday. – Kim" },
  { language: 'en', text: "We're sorry. IKEA and DHL are both involved, and we'll update you here today. – Kim" },

  // German
  { language: 'de', text: 'Hallo Frau Berger, es tut mir wirklich leid, dass Ihr Paket noch nicht angekommen ist. Schreiben Sie uns bitte eine Direktnachricht, dann kümmere ich mich heute noch darum. – Lena' },
  { language: 'de', text: 'Wir verstehen den Ärger über unseren gestrigen Beitrag. Das war ein Fehler. Unser Geschäftsführer wird sich heute Nachmittag hier dazu äußern. – Markus' },
  { language: 'de', text: 'Das klingt wirklich ärgerlich. Wir prüfen die Störung der App gerade und halten Sie hier auf dem Laufenden. – Jonas' },
  { language: 'de', text: 'Es tut uns leid: Unser Konto wurde letzte Nacht gehackt. Wir haben es gesichert und informieren alle, die die gefälschte Nachricht erhalten haben. Updates folgen heute hier. – Chris' },
  { language: 'de', text: 'Es tut mir leid, wie unser Kollege mit Ihnen gesprochen hat. Das ist nicht in Ordnung. Unsere Filialleitung möchte Sie gern anrufen – schreiben Sie uns bitte per privater Nachricht, wann es passt. – Eva' },
  { language: 'de', text: 'Danke für Ihre Rückmeldung. Wir verstehen die Sorge wegen der Verpackung. Hier erklären wir, woher sie kommt: https://nordlicht.example/herkunft – und wir beantworten gern Ihre Fragen. – Tom' },
  { language: 'de', text: 'Entschuldigung für das Durcheinander bei Ihrer Erstattung. Ich habe es an unsere Buchhaltung weitergegeben, sie meldet sich innerhalb von 24 Stunden bei Ihnen. – Ola' },
  { language: 'de', text: 'Wir entschuldigen uns für die missverständliche Anzeige. Wenn Ihnen doppelt abgebucht wurde, schreiben Sie uns bitte eine DM – wir klären das. – Sara' },
  { language: 'de', text: 'Das tut uns leid, dass der Kaffee seltsam geschmeckt hat! Schicken Sie uns bitte per DM das Mindesthaltbarkeitsdatum? Wir prüfen die Charge und melden uns. – Ben' },

  { language: 'de', text: 'Das tut uns leid. Die Adresse stimmt nicht mit der Bestellung überein – wir sorgen dafür, dass das Paket heute neu verschickt wird. – Kim' },
  { language: 'de', text: 'Hätten Sie kurz Zeit? Es tut mir leid, dass das passiert ist – schreiben Sie uns bitte eine DM. – Kim' },

  // Danish
  { language: 'da', text: 'Hej Mette, det er jeg virkelig ked af, at din pakke ikke er kommet endnu. Skriv gerne til os i en privat besked, så sørger jeg for at følge op i dag. – Lena' },
  { language: 'da', text: 'Vi forstår godt vreden over vores opslag i går. Det var en fejl. Vores direktør kommer med en udtalelse her i eftermiddag, og vi vender tilbage til alle spørgsmål. – Markus' },
  { language: 'da', text: 'Det lyder virkelig frustrerende. Vi undersøger fejlen i appen lige nu og holder dig opdateret her. – Jonas' },
  { language: 'da', text: 'Vi beklager: Vores konto blev hacket i nat. Vi har sikret den og kontakter alle, der fik den falske besked. Vi opdaterer her i dag. – Chris' },
  { language: 'da', text: 'Jeg er ked af den måde, vores kollega talte til dig på i butikken. Det er ikke i orden. Vores butikschef vil gerne ringe til dig – skriv gerne til os i en privat besked, hvornår det passer. – Eva' },
  { language: 'da', text: 'Tak for din besked. Vi forstår bekymringen om emballagen. Her forklarer vi, hvor den kommer fra: https://nordlicht.example/emballage – og vi svarer gerne på dine spørgsmål. – Tom' },
  { language: 'da', text: 'Undskyld rodet med din refusion. Jeg har givet sagen videre til vores bogholderi, og de kontakter dig inden for 24 timer. – Ola' },
  { language: 'da', text: 'Vi beklager den misvisende annonce. Hvis du er blevet trukket to gange, så send os en privat besked – så retter vi det. – Sara' },
  { language: 'da', text: 'Det er vi kede af, at kaffen smagte mærkeligt! Send os gerne holdbarhedsdatoen i en privat besked? Vi tjekker partiet og vender tilbage. – Ben' },

  { language: 'da', text: 'Det er vi kede af. Ring til os på 70 20 30 40, så hjælper vi dig i dag. – Kim' },
  { language: 'da', text: 'Undskyld, vi har misforstået dit spørgsmål. Vi sender dig et svar i en privat besked i dag. – Kim' },

  // Polish
  { language: 'pl', text: 'Dzień dobry, Pani Anno, bardzo mi przykro, że paczka jeszcze nie dotarła. Prosimy o wiadomość prywatną – zajmę się tym jeszcze dziś. – Lena' },
  { language: 'pl', text: 'Rozumiemy oburzenie po naszym wczorajszym wpisie. To był błąd. Nasz prezes opublikuje tu oświadczenie dziś po południu. – Marek' },
  { language: 'pl', text: 'To brzmi naprawdę frustrująco. Sprawdzamy właśnie awarię aplikacji i będziemy informować na bieżąco tutaj. – Jonasz' },
  { language: 'pl', text: 'Przepraszamy: nasze konto zostało w nocy zhakowane. Zabezpieczyliśmy je i kontaktujemy się ze wszystkimi, którzy dostali fałszywą wiadomość. Dziś podamy tu więcej informacji. – Krzysztof' },
  { language: 'pl', text: 'Przykro mi, że nasz pracownik tak się do Pana zwrócił. To nie w porządku. Kierownik sklepu chciałby do Pana zadzwonić – prosimy o wiadomość prywatną z dogodną porą. – Ewa' },
  { language: 'pl', text: 'Dziękujemy za informację. Rozumiemy obawy dotyczące opakowań. Tutaj wyjaśniamy, skąd pochodzą: https://nordlicht.example/opakowania – chętnie odpowiemy na pytania. – Tomasz' },
  { language: 'pl', text: 'Przepraszamy za zamieszanie ze zwrotem. Przekazałam sprawę do działu księgowości – skontaktują się z Panią w ciągu 24 godzin. – Ola' },
  { language: 'pl', text: 'Przepraszamy za mylącą reklamę. Jeśli pobrano od Pana opłatę dwukrotnie, prosimy o wiadomość prywatną – wyjaśnimy to. – Sara' },
  { language: 'pl', text: 'Przykro nam, że kawa miała dziwny smak! Prosimy przesłać datę ważności w wiadomości prywatnej – sprawdzimy partię i odezwiemy się. – Bartek' },
  { language: 'pl', text: 'Rozumiem, że to frustrujące. Pański numer zgłoszenia to 20240312. Odezwiemy się do jutra. – Kim' },

  // Replies to praise and plain questions need no apology; calm corrections may use "actually".
  { language: 'en', answering: 'praise', text: 'Thank you so much, that made our day! See you next time. – Ida 😄' },
  { language: 'en', answering: 'question', text: 'Yes, the grinder works with both pour-over and French press settings.' },
  { language: 'en', answering: 'false-claim', text: "Thanks for asking. We actually stopped using plastic lids in 2023; our sustainability page lists every material. – Tom" },
  { language: 'en', text: "I'm sorry the refund is taking this long. Refunds usually reach your bank within five working days; I've asked our billing team to check yours and will update you today. – Ola" },
  { language: 'de', answering: 'praise', text: 'Vielen Dank, das freut uns riesig! Bis bald im Café. – Tom' },
  { language: 'de', answering: 'false-claim', text: 'Danke für die Frage! Eigentlich rösten wir seit 2019 ausschließlich in Hamburg; alle Details stehen auf unserer Website. – Jana' },
  { language: 'da', answering: 'question', text: 'Ja, vi sender også til Grønland. Fragten vises i kurven, før du betaler.' },
  { language: 'da', answering: 'false-claim', text: 'Godt spørgsmål! Vi bruger faktisk kun certificerede bønner, og listen ligger på vores hjemmeside. /Line' },
  { language: 'pl', answering: 'praise', text: 'Dziękujemy, bardzo nam miło! Do zobaczenia w kawiarni. – Kuba' },
  { language: 'pl', answering: 'false-claim', text: 'Dziękujemy za pytanie. Tak naprawdę wszystkie nasze ziarna pochodzą od sprawdzonych spółdzielni – lista jest na stronie. – Anna' },
  ] satisfies Array<Omit<ToneCase, 'kinds'>>
).map((c) => ({ ...c, kinds: [] as ToneKind[] }));
