import type { LanguageCopy } from './types';

export const PL: LanguageCopy = {
  commonSteps: {
    team: 'Wyznacz zespół kryzysowy z rolami i zastępstwami (social media, komunikacja, obsługa klienta, dział prawny, zarząd) i zadbaj, by był osiągalny także poza godzinami pracy.',
    approval: 'Ustal, kto zatwierdza publiczne oświadczenia i jak szybko: jedna osoba zatwierdzająca i jej zastępca, odpowiedź w ciągu 30 minut.',
    templates: 'Przygotuj i zatwierdź szablony odpowiedzi na ten scenariusz we wszystkich językach, w których odpowiadamy.',
    monitoring: 'Monitoruj nazwy marki, produkty, nazwy kont i hashtagi, żeby falę zauważyć w minuty, a nie w godziny.',
    incident: 'Otwórz incydent w Keel i przypisz do niego powiązane wzmianki, żeby cały zespół widział ten sam obraz.',
    lessons: 'Zrób podsumowanie: co wywołało kryzys, jak szybko zareagowaliśmy, co zadziałało. Zaktualizuj ten plan i szablony.',
    'keep-watching': 'Monitoruj wzmianki jeszcze przez kilka tygodni; nastroje mogą znów wybuchnąć przy kolejnym wpisie.',
  },
  movePrivateWhen:
    'Gdy tylko potrzebny jest numer zamówienia, adres, informacje o zdrowiu lub inne dane osobowe – albo po drugiej publicznej wymianie zdań z tą samą osobą.',
  deleteGuide: [
    'Zwykle nie usuwaj: zrzuty ekranu już istnieją, a usunięcie wygląda na zamiatanie sprawy pod dywan.',
    'Usuń natychmiast, jeśli wpis jest wulgarny lub drastyczny albo ewidentnie pochodzi od kogoś, kto włamał się na konto.',
    'Przeproś także po włamaniu – i licz się z tym, że część osób w to nie uwierzy albo uzna to za chwyt marketingowy.',
    'Przeprosiny pochodzą od osoby, która popełniła błąd, albo od kogoś wyżej w hierarchii.',
    'Spodziewaj się lawiny wzmianek: śledź je i odpowiadaj na czas.',
    'Zapobiegaj powtórkom: kalendarz publikacji, w którym każdy wpis jest sprawdzany i zatwierdzany, oraz jasne wytyczne dla agencji, co mogą publikować.',
  ],
  types: {
    'product-defect': {
      title: 'Wada produktu lub problem z bezpieczeństwem',
      summary:
        'Ludzie zgłaszają zepsuty, wadliwy lub niebezpieczny produkt. Przeproś, zaproponuj rozwiązanie albo ścieżkę wycofania produktu i zbieraj szczegóły prywatnie. Wszystko, co dotyczy obrażeń lub reakcji alergicznych, to sprawa bezpieczeństwa i trafia wyżej natychmiast.',
      steps: {
        'recall-path': 'Uzgodnij z działem jakości i działem prawnym ścieżkę wymiany, naprawy i wycofania produktu oraz miej gotowe FAQ o produkcie.',
        'same-fault': 'Grupuj zgłoszenia tej samej usterki (produkt, partia, objaw). Każde obrażenie, oparzenie czy reakcja alergiczna to sprawa bezpieczeństwa.',
        'ask-quality': 'Zapytaj dział jakości, czy partia jest znana i czy przybywa reklamacji.',
        escalate: 'Eskaluj do kierownika działu jakości i lidera zespołu kryzysowego; przy najmniejszym sygnale obrażeń lub zagrożenia – natychmiast.',
        holding: 'Opublikuj wstępne oświadczenie tam, gdzie pojawiają się zgłoszenia: wiemy o tym, sprawdzamy i tak należy postępować do tego czasu.',
        recall: 'Jeśli zapadnie decyzja o wycofaniu, opublikuj ją we wszystkich kanałach z jasnymi krokami, przypnij ją i podawaj link w każdej odpowiedzi.',
        apologise: 'Przeproś każdą poszkodowaną osobę i zaproponuj zatwierdzone rozwiązanie: wymianę, naprawę lub zwrot pieniędzy.',
        details: 'Numer partii, zdjęcia i datę zakupu zbieraj w wiadomości prywatnej, nigdy publicznie.',
        'close-loop': 'Poinformuj, gdy naprawa lub wycofanie zostaną zakończone, i co zmieniło się w produkcji.',
      },
      whoAnswers:
        'Zespół social media odpowiada na pojedyncze zgłoszenia; oświadczenie w sprawie bezpieczeństwa lub wycofania produktu wydaje ktoś wyżej w hierarchii, np. kierownik działu jakości.',
      channels: ['Platforma, na której pojawił się problem (X, Facebook, Instagram)', 'Wiadomości prywatne do szczegółów', 'Strona internetowa przy wycofaniu produktu'],
      holdingStatement:
        'Widzimy zgłoszenia dotyczące {product} i traktujemy je poważnie. Nasz dział jakości właśnie to sprawdza. Jeśli mają Państwo jakiekolwiek wątpliwości co do bezpieczeństwa, prosimy na razie nie używać produktu. Aktualizację opublikujemy tutaj najpóźniej {date}.',
      escalateWhen:
        'Ktoś zgłasza obrażenia, oparzenie lub reakcję alergiczną; kilka osób zgłasza tę samą usterkę; albo temat podchwytują media lub konta o dużym zasięgu.',
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
        'reply-fast': 'Odpowiedz publicznie i szybko: uznaj frustrację, napisz, że się tym zajmujesz, i podpisz się swoim imieniem.',
        'move-private': 'Numery zamówień, adresy i inne szczegóły przenieś do wiadomości prywatnej.',
        solve: 'Rozwiąż sprawę osobiście i – za zgodą tej osoby – potwierdź w wątku, gdy zostanie załatwiona.',
        'follow-up': 'Po kilku dniach sprawdź, czy problem naprawdę został rozwiązany; powtarzające się przyczyny przekaż obsłudze klienta.',
      },
      whoAnswers:
        'Community manager, który podjął sprawę, podpisując się własnym imieniem; dalej sprawę prowadzi obsługa klienta.',
      channels: ['Publiczna odpowiedź na platformie', 'Wiadomość prywatna'],
      holdingStatement:
        'Przykro nam, że spotkało to Panią/Pana. Właśnie to sprawdzamy i odezwiemy się najpóźniej {date}. Prosimy o przesłanie szczegółów w wiadomości prywatnej.',
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
        'Zachowanie pracownika – na koncie marki lub prywatnie – wywołuje oburzenie: nagranie, niegrzeczna odpowiedź, zrzut ekranu. Wydaj publiczne oświadczenie, przeproś i rozpocznij wewnętrzne wyjaśnianie sprawy; nigdy nie wymieniaj ani nie oceniaj tej osoby publicznie.',
      steps: {
        'social-policy': 'Miej politykę korzystania z mediów społecznościowych i szkol pracowników, co mogą udostępniać i kto wypowiada się w imieniu firmy.',
        'verify-facts': 'Zanim powiesz coś konkretnego, ustal fakty z działem HR: kto, kiedy i czy zrzut ekranu jest prawdziwy.',
        scope: 'Sprawdź, czy w sprawę zaangażowane są prywatne konta pracownika i czy klienci ponieśli szkodę.',
        escalate: 'Eskaluj do działu HR i zarządu; nie wymieniaj ani nie oceniaj pracownika publicznie.',
        statement: 'Opublikuj oświadczenie: widzieliśmy to, nie odzwierciedla to naszych wartości, trwa wewnętrzne wyjaśnianie – i kiedy podamy kolejne informacje.',
        apologise: 'Przeproś poszkodowanych; przeprosiny pochodzą od osoby, która popełniła błąd, albo od kogoś wyżej w hierarchii.',
        privacy: 'Nie udostępniaj danych kadrowych; ogólnie napisz, co dalej i kiedy podasz aktualizację.',
        outcome: 'Podaj wynik wyjaśniania na tyle, na ile pozwala ochrona prywatności, i co się zmienia (szkolenia, zasady).',
      },
      whoAnswers:
        'Ktoś wyżej w hierarchii, np. z zarządu lub szef komunikacji; nigdy sam zainteresowany pracownik ani jego zespół.',
      channels: ['Blog lub strona internetowa', 'Komunikat prasowy', 'LinkedIn', 'Platforma, na której pojawił się problem'],
      holdingStatement:
        'Widzieliśmy nagranie i komentarze – bardzo nam przykro. Nikt nie powinien być tak traktowany. Wyjaśniamy sprawę wewnętrznie i najpóźniej {date} przekażemy aktualne informacje.',
      escalateWhen:
        'Rozchodzi się nagranie lub zrzut ekranu z udziałem pracowników, ktoś domaga się zwolnienia albo klient poniósł szkodę.',
      escalateTo: 'Dział HR i zarząd.',
    },
    'security-incident': {
      title: 'Przejęte konto lub incydent bezpieczeństwa',
      summary:
        'Na koncie pojawiają się wpisy, których nikt z nas nie napisał, ludzie dostają phishing w imieniu marki albo mogło dojść do wycieku danych. Zabezpiecz konto, jasno powiedz, że zostało zhakowane, i mimo to przeproś.',
      steps: {
        'account-security': 'Chroń każde konto: uwierzytelnianie dwuskładnikowe, menedżer haseł, lista osób z dostępem i kontakty do odzyskiwania konta na każdej platformie.',
        signs: 'Wypatruj oznak włamania: wpisów, których nikt nie planował, zmienionych danych profilu, linków phishingowych, wiadomości wysyłanych w imieniu marki.',
        'data-check': 'Ustal z działem IT, czy mogło dojść do wycieku danych klientów; wtedy obowiązują ustawowe obowiązki zgłoszenia.',
        escalate: 'Zaalarmuj dział bezpieczeństwa IT i lidera zespołu kryzysowego; jeśli mogły ucierpieć dane klientów, włącz inspektora ochrony danych.',
        secure: 'Najpierw zabezpiecz konto: zmień hasła, zakończ wszystkie sesje, odbierz dostęp aplikacjom i skontaktuj się z pomocą techniczną platformy.',
        'say-hacked': 'Na każdym dotkniętym kanale jasno napisz, że konto zostało zhakowane, i mimo to przeproś.',
        'remove-posts': 'Zachowaj zrzuty ekranu wpisów włamywacza jako dokumentację, potem je usuń i ostrzeż, by nie klikać w ich linki.',
        'answer-worried': 'Odpowiadaj zaniepokojonym: co się stało, co powinni zrobić (zignorować wiadomości, zmienić hasła) i gdzie pojawią się aktualizacje.',
        explain: 'Wyjaśnij, co się stało i co zmieniliście (uwierzytelnianie dwuskładnikowe, zasady dostępu); przejrzyj wszystko, co wysłał włamywacz.',
      },
      whoAnswers: 'Community manager publikuje zatwierdzony komunikat; przeprosiny pochodzą od kogoś wyżej w hierarchii.',
      channels: ['Wszystkie dotknięte kanały', 'E-mail do poszkodowanych klientów w razie wycieku danych'],
      holdingStatement:
        'Nasze konto zostało zhakowane – ostatnie wpisy i wiadomości nie pochodzą od nas. Przepraszamy. Prosimy nie klikać w zawarte w nich linki. Zabezpieczyliśmy konto i najpóźniej {date} podamy aktualne informacje.',
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
        acknowledge: 'Uznaj krytykę bez tłumaczenia się i przeproś tam, gdzie to uzasadnione; oświadczenie wydaje ktoś wyżej w hierarchii.',
        commit: 'Podaj konkretne zobowiązania z terminami, np. program szkoleń lub audyt dostawcy – a nie ogólne wartości.',
        listen: 'Najpierw słuchaj: przeczytaj, co ludziom naprawdę przeszkadza, zanim odpowiesz.',
        'reply-link': 'Na pojedyncze komentarze odpowiadaj, uznając krytykę i podając link do oświadczenia; nie wdawaj się w dyskusje w komentarzach.',
        progress: 'Publicznie informuj o postępach w realizacji zobowiązań i podziękuj osobom, które poruszyły temat.',
      },
      whoAnswers:
        'Osoba odpowiedzialna za wpis albo ktoś wyżej w hierarchii; gdy pod znakiem zapytania stają wartości marki – zarząd.',
      channels: ['Wszystkie kanały społecznościowe', 'Oświadczenie na stronie internetowej'],
      holdingStatement:
        'Słyszymy krytykę i rozumiemy oburzenie. Słuchamy, sprawdzamy, co się stało, i najpóźniej {date} powiemy, co zmienimy.',
      escalateWhen:
        'Pojawiają się wezwania do bojkotu, temat trafia na listę popularnych albo włączają się media, politycy lub konta o dużym zasięgu.',
      escalateTo: 'Lider zespołu kryzysowego i zarząd.',
      deleteNote:
        'Jeśli problemem jest sam wpis, zwykle go zostaw i dodaj oświadczenie; usuń go tylko wtedy, gdy rani osoby, które go teraz widzą – i otwarcie o tym napisz.',
    },
  },
};
