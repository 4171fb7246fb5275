import type { LanguageCopy } from './types';

export const PL: LanguageCopy = {
  commonSteps: {
    team: 'Wyznacz imiennie członków zespołu kryzysowego, a nie tylko działy: social media, komunikacja, obsługa klienta, dział prawny, HR, IT i zarząd – każda osoba z zastępcą i numerem telefonu poza godzinami pracy.',
    approval: 'Ustal, kto zatwierdza publiczne oświadczenia i w jakim czasie: jedna wskazana osoba i jej zastępca, decyzja w ciągu 30 minut.',
    'delete-decision': 'Ustal, kto decyduje, czy nasz wpis usuwamy, czy zostawiamy, i kto może go usunąć poza godzinami pracy.',
    templates: 'Przygotuj i zatwierdź szablony odpowiedzi na ten scenariusz we wszystkich językach, w których odpowiadamy, w formie zwracania się, której używa marka (ty, Pan/Pani lub Państwo).',
    monitoring: 'Monitoruj nazwy marki, produktów i kont oraz hashtagi, żeby wychwycić falę w ciągu kilku minut, a nie po kilku godzinach.',
    drills: 'Raz lub dwa razy w roku przećwicz ten scenariusz z całym zespołem, także w wersji nocnej lub weekendowej.',
    incident: 'Załóż incydent w Keel i przypisz do niego powiązane wzmianki, żeby cały zespół widział to samo.',
    'reply-now': 'Odpowiedz publicznie od razu: widzimy to, sprawdzamy i piszemy, kiedy podamy więcej. Bez podawania przyczyn, bez obietnic i bez szukania winnych, dopóki fakty nie są sprawdzone.',
    community: 'Nadal dbaj o 99 na 100 osób, które lubią markę: podziękuj tym, którzy nas bronią lub wspierają, i dalej odpowiadaj na zwykłe pytania.',
    updates: 'Dopóki temat jest gorący, publikuj aktualizację co 2–4 godziny – nawet jeśli tylko po to, by napisać, że nadal sprawdzamy.',
    lessons: 'Omów sprawę ze wszystkimi zaangażowanymi: co ją wywołało, jak szybko zareagowaliśmy, co zadziałało, a co nie.',
    causes: 'Gdy fakty są potwierdzone, wyjaśnij publicznie i prostymi słowami przyczynę oraz to, co się zmieniło.',
    resume: 'Do zwykłych publikacji wracaj dopiero wtedy, gdy liczba i ton wzmianek wrócą do normy; przejrzyj zaplanowane wpisy, zanim się ukażą.',
    'template-changes': 'Uzupełnij ten playbook i szablony odpowiedzi o wnioski i przekaż zmiany do zatwierdzenia.',
    'keep-watching': 'Monitoruj wzmianki jeszcze przez kilka tygodni; nastroje mogą znów się zaognić przy kolejnym wpisie.',
  },
  movePrivateWhen:
    'Gdy tylko potrzebny jest numer zamówienia, adres lub inne dane osobowe – albo po drugiej publicznej wymianie zdań z tą samą osobą. Informacje o zdrowiu (urazy, alergie, objawy) wyłącznie przez bezpieczny kanał wskazany przez markę, nigdy w publicznych odpowiedziach.',
  deleteGuide: [
    'Zwykle nie usuwaj: zrzuty ekranu już istnieją, a usunięcie wygląda na zamiatanie sprawy pod dywan.',
    'Usuń natychmiast, jeśli wpis jest wulgarny lub drastyczny albo ewidentnie pochodzi od kogoś, kto włamał się na konto.',
    'Przeproś także po włamaniu – i licz się z tym, że część osób w to nie uwierzy albo uzna to za chwyt marketingowy.',
    'Przeprasza osoba, która popełniła błąd, albo ktoś z kierownictwa.',
    'Spodziewaj się lawiny wzmianek: śledź je i odpowiadaj na czas.',
    'Zapobiegaj powtórkom: kalendarz publikacji, w którym każdy wpis jest sprawdzany i zatwierdzany, oraz jasne wytyczne dla agencji, co mogą publikować.',
  ],
  types: {
    'product-defect': {
      title: 'Wada produktu lub problem z bezpieczeństwem',
      summary:
        'Ludzie zgłaszają zepsuty, wadliwy lub niebezpieczny produkt. Przeproś, zaproponuj rozwiązanie albo ścieżkę wycofania produktu i zbieraj szczegóły prywatnie. Wszystko, co dotyczy urazów lub reakcji alergicznych, to sprawa bezpieczeństwa i trafia wyżej natychmiast.',
      steps: {
        'recall-path': 'Uzgodnij z działem jakości i działem prawnym ścieżkę wymiany, naprawy i wycofania produktu, także to, kto może co zaproponować, i miej gotowe FAQ o produkcie.',
        'same-fault': 'Grupuj zgłoszenia tej samej usterki (produkt, partia, objaw). Każdy uraz, oparzenie czy reakcja alergiczna to sprawa bezpieczeństwa.',
        'ask-quality': 'Zapytaj dział jakości, czy partia jest znana i czy przybywa reklamacji.',
        escalate: 'Powiadom kierownika działu jakości i lidera zespołu kryzysowego; przy jakimkolwiek sygnale urazu lub zagrożenia – natychmiast.',
        holding: 'Opublikuj wstępne oświadczenie tam, gdzie pojawiają się zgłoszenia: wiemy o tym, sprawdzamy, kiedy podamy więcej. Apel o zaprzestanie używania produktu wymaga zgody działu jakości i działu prawnego.',
        recall: 'Jeśli zapadnie decyzja o wycofaniu, opublikuj ją we wszystkich kanałach z jasnymi krokami, przypnij ją i podawaj link w każdej odpowiedzi.',
        apologise: 'Przeproś za kłopot; rozwiązanie zaproponuj dopiero wtedy, gdy dział jakości zatwierdzi je w tej sprawie.',
        details: 'O numer partii, zdjęcia i datę zakupu poproś w wiadomości prywatnej; informacje o zdrowiu wyłącznie przez bezpieczny kanał, nigdy publicznie.',
        'close-loop': 'Poinformuj, gdy naprawa lub wycofanie zostaną zakończone, i co zmieniło się w produkcji.',
        'fact-check': 'Zanim podasz przyczynę albo zaproponujesz wymianę, naprawę lub zwrot pieniędzy, dział jakości musi potwierdzić usterkę i zatwierdzone rozwiązanie.',
      },
      whoAnswers:
        'Zespół social media odpowiada na pojedyncze zgłoszenia; oświadczenie w sprawie bezpieczeństwa lub wycofania produktu wydaje ktoś wyżej w hierarchii, np. kierownik działu jakości.',
      channels: ['Platforma, na której pojawił się problem (X, Facebook, Instagram)', 'Wiadomości prywatne do szczegółów', 'Strona internetowa przy wycofaniu produktu'],
      holdingStatement:
        'Widzimy zgłoszenia dotyczące {product} i traktujemy je poważnie. Nasz dział jakości właśnie to sprawdza, a aktualizację opublikujemy tutaj najpóźniej {date}.',
      escalateWhen:
        'Ktoś zgłasza uraz, oparzenie lub reakcję alergiczną; kilka osób zgłasza tę samą usterkę; albo temat podchwytują media lub konta o dużym zasięgu.',
      escalateTo: 'Kierownik działu jakości i lider zespołu kryzysowego; przy wycofaniu produktu dział prawny.',
    },
    'service-complaint': {
      title: 'Skarga klienta na obsługę',
      summary:
        'Ktoś publicznie opisuje złe doświadczenie: długie czekanie, brak odpowiedzi, zaginione zamówienie, odmowę zwrotu. Odpowiedz szybko i osobiście, przenieś szczegóły do wiadomości prywatnej i sprawdź później, czy sprawa jest załatwiona.',
      steps: {
        'service-handover': 'Uzgodnij z obsługą klienta, jak przekazywać sprawy z social mediów i jak szybko są rozpatrywane.',
        pattern: 'Sprawdź, czy to pojedynczy przypadek, czy powtarzający się problem: awaria, opóźnienia dostaw, wiele podobnych skarg.',
        history: 'Sprawdź, czy ta osoba pisała już wcześniej i czy ktoś jej odpowiedział.',
        escalate: 'Przekaż sprawę kierownikowi obsługi klienta i ustal, kto i kiedy skontaktuje się z tą osobą.',
        status: 'Jeśli problem dotyczy wielu klientów, opublikuj jeden komunikat o stanie sprawy i odsyłaj do niego, zamiast każdemu pisać co innego.',
        'reply-fast': 'Okaż zrozumienie dla frustracji, napisz, że się tym zajmujesz, i podpisz się swoim imieniem.',
        'move-private': 'Numery zamówień, adresy i inne szczegóły przenieś do wiadomości prywatnej.',
        solve: 'Rozwiąż sprawę osobiście i – za zgodą tej osoby – potwierdź w wątku, gdy zostanie załatwiona.',
        'follow-up': 'Po kilku dniach sprawdź, czy problem naprawdę został rozwiązany; powtarzające się przyczyny przekaż obsłudze klienta.',
        'check-case': 'Zanim obiecasz zwrot pieniędzy, wymianę lub termin, sprawdź sprawę z obsługą klienta.',
      },
      whoAnswers:
        'Community manager, który podjął sprawę, podpisując się własnym imieniem; dalej sprawę prowadzi obsługa klienta.',
      channels: ['Publiczna odpowiedź na platformie', 'Wiadomość prywatna'],
      holdingStatement:
        'Przykro nam, że tak to wyglądało. Już to sprawdzamy i odezwiemy się najpóźniej {date}. Szczegóły najlepiej przesłać nam w wiadomości prywatnej.',
      escalateWhen:
        'Osoba czeka od kilku dni lub już wcześniej obiecano jej odpowiedź, wiele osób zgłasza to samo albo wpis szybko się rozchodzi.',
      escalateTo: 'Kierownik obsługi klienta.',
    },
    'reputation-attack': {
      title: 'Atak na reputację lub dezinformacja',
      summary:
        'Rozchodzą się fałszywe twierdzenia, sfabrykowane zrzuty ekranu lub oskarżenia o oszustwo. Spokojnie przedstaw fakty w jednym miejscu, prostuj nieprawdziwe informacje, nikogo nie atakując, i w razie potrzeby zaangażuj dział prawny.',
      steps: {
        'fact-sheet': 'Prowadź zestawienie sprawdzalnych faktów ze źródłami i ustal z działem prawnym, kiedy ma zostać włączony.',
        source: 'Ustal, skąd wzięło się to twierdzenie i kto je rozpowszechnia; sprawdź, czy podchwycili je liderzy opinii lub media.',
        verify: 'Zanim odpowiesz, sprawdź zarzut wewnętrznie: czy jest w nim coś prawdziwego? Często prawda leży pośrodku.',
        escalate: 'Eskaluj do szefa komunikacji; włącz dział prawny, gdy zarzuty są zniesławiające lub krążą sfabrykowane zrzuty ekranu.',
        facts: 'Opublikuj fakty spokojnie w jednym miejscu (oświadczenie lub blog) i podawaj do nich link; prostuj fałszywe twierdzenia, nikogo nie atakując.',
        'answer-facts': 'Odpowiadaj na pytania faktami i źródłami; nie kłóć się i nie powtarzaj fałszywego zarzutu własnymi słowami.',
        report: 'Oczywistym trollom odpowiedz najwyżej raz; fałszywe konta i podszywanie się zgłaszaj platformie.',
        record: 'Dokumentuj fałszywe twierdzenia i sprostowania, a zaufanie odbudowuj otwartymi, sprawdzalnymi informacjami.',
      },
      whoAnswers:
        'Szef komunikacji, w razie potrzeby razem z działem prawnym; community managerowie odpowiadają faktami i podają link do oświadczenia.',
      channels: ['Blog lub strona internetowa', 'Komunikat prasowy', 'Wszystkie kanały społecznościowe'],
      holdingStatement:
        'Widzimy twierdzenia na nasz temat, które dziś się rozchodzą. Dokładnie je sprawdzamy i najpóźniej {date} opublikujemy tutaj zweryfikowane fakty wraz ze źródłami.',
      escalateWhen:
        'Zarzut dotyczy oszustwa lub przestępstwa, krążą sfabrykowane zrzuty ekranu albo udostępniają go media lub konta o dużym zasięgu.',
      escalateTo: 'Szef komunikacji i dział prawny.',
      deleteNote: 'Nie usuwaj własnych wcześniejszych wypowiedzi, nawet gdy są cytowane przeciwko nam; zamiast tego dodaj sprostowanie.',
    },
    'employee-misconduct': {
      title: 'Niewłaściwe zachowanie pracownika',
      summary:
        'Zachowanie pracownika – na koncie marki lub prywatnie – wywołuje oburzenie: nagranie, niegrzeczna odpowiedź, zrzut ekranu. Najpierw ustal fakty z działem HR; potem zabierz głos, niczego nie przesądzając, i przeproś, gdy fakty się potwierdzą. Nigdy nie wymieniaj ani nie oceniaj tej osoby publicznie.',
      steps: {
        'social-policy': 'Miej politykę korzystania z mediów społecznościowych i szkol pracowników, co mogą udostępniać i kto wypowiada się w imieniu firmy.',
        'verify-facts': 'Zanim powiesz coś konkretnego, ustal fakty z działem HR: kto, kiedy i czy zrzut ekranu jest prawdziwy.',
        scope: 'Sprawdź, czy w sprawę zaangażowane są prywatne konta pracownika i czy klienci ponieśli szkodę.',
        escalate: 'Eskaluj do działu HR i zarządu; nie wymieniaj ani nie oceniaj pracownika publicznie.',
        statement: 'Gdy HR sprawdzi fakty, opublikuj oświadczenie: widzimy to, traktujemy sprawę poważnie, wyjaśniamy ją i podamy więcej do określonego terminu. Nie przesądzaj, co się wydarzyło.',
        apologise: 'Dopiero gdy HR potwierdzi, że ktoś został źle potraktowany: przeprasza ktoś z kierownictwa albo osoba, która popełniła błąd – nie ten, kto akurat ma dyżur.',
        privacy: 'Podziękuj za zgłoszenie, napisz, że traktujemy je poważnie i sprawdzamy, i zaproponuj kontakt prywatny. Nie ujawniaj żadnych danych pracowników.',
        outcome: 'Podaj wynik wyjaśniania na tyle, na ile pozwala ochrona prywatności, i co się zmienia (szkolenia, zasady).',
        'fact-check': 'Najpierw ustal fakty z działem HR – przed jakimkolwiek oświadczeniem i przeprosinami: co się stało, kto był zaangażowany, czy nagranie lub zrzut ekranu są prawdziwe i kompletne.',
      },
      whoAnswers:
        'Ktoś wyżej w hierarchii, np. z zarządu lub szef komunikacji; nigdy sam zainteresowany pracownik ani jego zespół.',
      channels: ['Blog lub strona internetowa', 'Komunikat prasowy', 'LinkedIn', 'Platforma, na której pojawił się problem'],
      holdingStatement:
        'Dziękujemy za zwrócenie nam uwagi. Traktujemy sprawę poważnie i wyjaśniamy ją wewnętrznie. Najpóźniej {date} podamy tu więcej informacji.',
      escalateWhen:
        'Rozchodzi się nagranie lub zrzut ekranu z udziałem pracowników, ktoś domaga się zwolnienia albo klient poniósł szkodę.',
      escalateTo: 'Dział HR i zarząd.',
    },
    'security-incident': {
      title: 'Przejęte konto lub incydent bezpieczeństwa',
      summary:
        'Na koncie pojawiają się wpisy, których nikt z nas nie napisał, ludzie dostają phishing w imieniu marki albo mogło dojść do wycieku danych. Zabezpiecz konto, poczekaj na potwierdzenie IT, co się stało, potem jasno to nazwij i mimo to przeproś. Wyciek danych oznacza obowiązek zgłoszenia w ciągu 72 godzin.',
      steps: {
        'account-security': 'Chroń każde konto: uwierzytelnianie dwuskładnikowe, menedżer haseł, lista osób z dostępem i kontakty do odzyskiwania konta na każdej platformie.',
        signs: 'Wypatruj oznak włamania: wpisów, których nikt nie planował, zmienionych danych profilu, linków phishingowych, wiadomości wysyłanych w imieniu marki.',
        'data-check': 'Ustal z działem IT, czy mogło dojść do wycieku danych klientów; od tej chwili biegnie 72-godzinny termin na zgłoszenie do organu nadzorczego.',
        escalate: 'Zaalarmuj dział bezpieczeństwa IT i lidera zespołu kryzysowego; jeśli mogły ucierpieć dane klientów, włącz inspektora ochrony danych.',
        secure: 'Najpierw zabezpiecz konto: zmień hasła, zakończ wszystkie sesje, odbierz dostęp aplikacjom i skontaktuj się z pomocą techniczną platformy.',
        'say-hacked': 'Gdy IT potwierdzi atak, napisz jasno na każdym dotkniętym kanale, że konto zostało zhakowane, i mimo to przeproś.',
        'remove-posts': 'Zachowaj zrzuty ekranu wpisów włamywacza jako dokumentację, potem je usuń i ostrzeż, by nie klikać w ich linki.',
        'answer-worried': 'Odpowiadaj zaniepokojonym: co się stało, co powinni zrobić (zignorować wiadomości, zmienić hasła) i gdzie pojawią się aktualizacje.',
        explain: 'Wyjaśnij, co się stało i co zmieniliście (uwierzytelnianie dwuskładnikowe, zasady dostępu); przejrzyj wszystko, co wysłał włamywacz.',
        'reply-now': 'Napisz tylko, że sprawdzamy nietypową aktywność na tym koncie i że nie należy klikać w linki z ostatnich wpisów ani wiadomości.',
        'fact-check': 'Niech dział IT potwierdzi, co się stało (atak z zewnątrz, wyciek hasła czy ktoś z uprawnionym dostępem), zanim ktokolwiek napisze, że konto zostało zhakowane.',
        'data-leak': 'Jeśli mogło dojść do wycieku danych osobowych, inspektor ochrony danych zgłasza naruszenie Prezesowi UODO w ciągu 72 godzin od jego stwierdzenia (art. 33 RODO), a przy wysokim ryzyku bez zbędnej zwłoki zawiadamia osoby, których dane dotyczą (art. 34 RODO). Wpisy w mediach społecznościowych nie zastępują tych zgłoszeń.',
      },
      whoAnswers: 'Community manager publikuje zatwierdzony komunikat; przeprosiny pochodzą od kogoś wyżej w hierarchii.',
      channels: ['Wszystkie dotknięte kanały', 'E-mail do poszkodowanych klientów w razie wycieku danych'],
      holdingStatement:
        'Sprawdzamy nietypową aktywność na tym koncie. Prosimy nie klikać w linki z ostatnich wpisów ani wiadomości wysłanych z tego konta. Aktualizację podamy tutaj najpóźniej {date}.',
      escalateWhen: 'Zawsze: przy każdym sygnale, że konto lub dane klientów zostały naruszone.',
      escalateTo: 'Dział bezpieczeństwa IT, lider zespołu kryzysowego i inspektor ochrony danych.',
      deleteNote: 'Przed usunięciem wpisów włamywacza zachowaj ich zrzuty ekranu jako dokumentację.',
    },
    'social-responsibility': {
      title: 'Oburzenie w sprawie odpowiedzialności społecznej',
      summary:
        'Wpis, kampania lub praktyka firmy zostaje uznana za rasistowską, seksistowską, wyzyskującą lub szkodliwą, pojawiają się wezwania do bojkotu. Słuchaj, uznaj krytykę, złóż konkretne zobowiązania i nie przyjmuj postawy obronnej.',
      steps: {
        'values-check': 'Przed publikacją sprawdzaj każdy wpis pod kątem wrażliwych treści; gdy dzieje się coś ważnego na świecie, od razu przejrzyj zaplanowane wpisy i reklamy.',
        sentiment: 'Oceń nastroje: czy dołączają osoby, których sprawa nie dotyczy, czy pojawiają się wezwania do bojkotu, czy argumenty ustępują emocjom?',
        calendar: 'Przejrzyj zaplanowane wpisy i reklamy pod kątem wszystkiego, co teraz zabrzmi nietaktownie, i wstrzymaj je.',
        escalate: 'Eskaluj do lidera zespołu kryzysowego i zarządu oraz natychmiast wstrzymaj zaplanowane wpisy i kampanie.',
        acknowledge: 'Przyjmij krytykę bez tłumaczenia się; błąd przyznawaj tylko wtedy, gdy fakty są jasne, a dział prawny to zatwierdził. Oświadczenie wydaje ktoś z kierownictwa.',
        commit: 'Podaj konkretne zobowiązania z terminami, np. program szkoleń lub audyt dostawcy – a nie ogólne wartości.',
        listen: 'Najpierw słuchaj: przeczytaj, co ludziom naprawdę przeszkadza, zanim odpowiesz.',
        'reply-link': 'Na pojedyncze komentarze odpowiadaj, uznając krytykę i podając link do oświadczenia; nie wdawaj się w dyskusje w komentarzach.',
        progress: 'Publicznie informuj o postępach w realizacji zobowiązań i podziękuj osobom, które poruszyły temat.',
        'fact-check': 'Zanim odpowiesz, ustal fakty z osobami odpowiedzialnymi (dostawcy, HR, dział prawny). Przy zarzutach wobec dostawców lub warunków pracy „to był nasz błąd” może być uznaniem odpowiedzialności prawnej: sformułowanie zatwierdza dział prawny.',
      },
      whoAnswers:
        'Osoba odpowiedzialna za wpis albo ktoś wyżej w hierarchii; gdy pod znakiem zapytania stają wartości marki – zarząd.',
      channels: ['Wszystkie kanały społecznościowe', 'Oświadczenie na stronie internetowej'],
      holdingStatement:
        'Słyszymy krytykę i rozumiemy, dlaczego wiele osób jest oburzonych. Słuchamy i sprawdzamy, co się stało; najpóźniej {date} napiszemy tu więcej.',
      escalateWhen:
        'Pojawiają się wezwania do bojkotu, temat trafia na listę popularnych albo włączają się media, politycy lub konta o dużym zasięgu.',
      escalateTo: 'Lider zespołu kryzysowego i zarząd.',
      deleteNote:
        'Jeśli problemem jest sam wpis, zwykle go zostaw i dodaj oświadczenie; usuń go tylko wtedy, gdy rani osoby, które go teraz widzą – i otwarcie o tym napisz.',
    },
    'own-post': {
      title: 'Błąd we własnym wpisie',
      summary:
        'Nasz własny wpis jest nieprawdziwy, wprowadza w błąd, jest nietaktowny lub prowokacyjny, zawiera nieodpowiednie zdjęcie albo materiał, do którego nie mamy praw. Ustal, co dokładnie jest nie tak, zdecyduj, czy wpis zostaje, czy znika, otwarcie go sprostuj i popraw proces zatwierdzania.',
      steps: {
        'post-review': 'Prowadź kalendarz publikacji, w którym każdy wpis jest sprawdzany i zatwierdzany, prawa do zdjęć i muzyki są wyjaśnione, a agencje wiedzą, co mogą publikować.',
        'what-wrong': 'Ustal, co dokładnie jest nie tak: fakty, ton, zdjęcie czy cudze prawa. Cytaty naszego wpisu pokazują, jak jest odbierany.',
        spread: 'Sprawdź, jak daleko się rozszedł: udostępnienia, cytaty, duże konta, media.',
        escalate: 'Powiadom osobę, która zatwierdziła wpis, i lidera zespołu kryzysowego; dział prawny, jeśli chodzi o prawa lub wypowiedzi o innych.',
        'fact-check': 'Zanim powiesz cokolwiek o tym, dlaczego tak się stało, ustal z autorem i osobą zatwierdzającą, co miało być powiedziane i co jest nie tak.',
        'keep-or-delete': 'Decyduje osoba wyznaczona wcześniej: zwykle wpis zostaje i dodajemy sprostowanie. Usuń go od razu, jeśli jest wulgarny lub drastyczny, narusza cudze prawa albo nie został opublikowany przez nas; najpierw zrób zrzuty ekranu i napisz otwarcie, że wpis został usunięty.',
        correct: 'Sprostowanie lub przeprosiny publikuje osoba, która popełniła błąd, albo ktoś z kierownictwa: co było nie tak i co dzieje się teraz.',
        'rights-holder': 'Jeśli chodzi o prawa, skontaktuj się z ich właścicielem i wymień lub usuń materiał.',
        'approval-flow': 'Wzmocnij etap zatwierdzania, przez który przeszedł wpis, i ponownie przekaż agencjom wytyczne.',
      },
      whoAnswers: 'Osoba, która popełniła błąd, albo ktoś z kierownictwa; community managerowie podają link do sprostowania.',
      channels: ['Platforma, na której ukazał się wpis', 'Wszystkie kanały, na których go udostępniono'],
      holdingStatement:
        'Widzimy reakcje na nasz wpis i sprawdzamy, co poszło nie tak. Najpóźniej {date} napiszemy tu więcej.',
      escalateWhen: 'Wpis jest szeroko udostępniany lub cytowany, podchwytują go duże konta lub media albo chodzi o cudze prawa.',
      escalateTo: 'Osoba, która zatwierdziła wpis, lider zespołu kryzysowego, a przy prawach autorskich dział prawny.',
      deleteNote: 'Niezależnie od decyzji napisz o niej publicznie i zachowaj zrzuty ekranu oryginału.',
    },
  },
};
