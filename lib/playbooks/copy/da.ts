import type { LanguageCopy } from './types';

export const DA: LanguageCopy = {
  commonSteps: {
    team: 'Navngiv kriseteamet med personer, ikke afdelinger: sociale medier, kommunikation, kundeservice, jura, HR, IT og ledelse, hver med en navngiven stedfortræder og et telefonnummer uden for arbejdstid.',
    approval: 'Aftal, hvem der godkender offentlige udtalelser, og hvor hurtigt: én navngiven godkender og én stedfortræder, en beslutning inden for 30 minutter.',
    'delete-decision': 'Aftal, hvem der beslutter, om et af vores egne opslag slettes eller bliver stående, og hvem der må slette det uden for arbejdstid.',
    templates: 'Forbered og godkend svarskabeloner til dette scenarie på alle de sprog, I svarer på.',
    monitoring: 'Overvåg brandnavne, produkter, profiler og hashtags, så en bølge opdages inden for minutter, ikke timer.',
    drills: 'Øv scenariet en eller to gange om året med hele teamet, også et tilfælde om natten eller i weekenden.',
    incident: 'Opret en hændelse i Keel, og knyt de relaterede omtaler til den, så hele teamet ser det samme billede.',
    'reply-now': 'Svar offentligt nu: Vi har set det, vi undersøger det, og hvornår næste opdatering kommer. Ingen årsag, intet løfte og ingen skyld, før fakta er tjekket.',
    community: 'Bliv ved med at passe på de 99 ud af 100, der holder af brandet: Tak dem, der forsvarer eller støtter jer, og svar fortsat på helt almindelige spørgsmål.',
    updates: 'Så længe emnet trender, skal der komme en opdatering hver 2.–4. time, også selv om det kun er, at undersøgelsen stadig kører.',
    lessons: 'Hold en evaluering med alle involverede: Hvad satte det i gang, hvor hurtigt reagerede vi, hvad virkede, og hvad gjorde ikke?',
    causes: 'Når fakta er bekræftet, så forklar årsagen offentligt i et klart sprog, og hvad der er ændret.',
    resume: 'Genoptag almindelige opslag først, når omtalen er tilbage på sit normale niveau og i sin normale tone; tjek planlagte opslag, før de går ud.',
    'template-changes': 'Opdatér denne playbook og svarskabelonerne med det, I har lært, og få ændringerne godkendt.',
    'keep-watching': 'Bliv ved med at overvåge omtalen i flere uger; stemningen kan blusse op igen ved næste opslag.',
  },
  movePrivateWhen:
    'Så snart der skal bruges et ordrenummer, en adresse eller andre personlige oplysninger, eller efter anden offentlige udveksling med samme person. Helbredsoplysninger (skader, allergi, symptomer) kun via den sikre kanal, brandet angiver, aldrig i offentlige svar.',
  deleteGuide: [
    'Slet som regel ikke: Der findes allerede skærmbilleder, og sletning ligner mørklægning.',
    'Slet straks, hvis opslaget er uanstændigt eller voldsomt, eller tydeligvis stammer fra nogen, der har hacket kontoen.',
    'Sig undskyld, også når det var et hack – og regn med, at nogle ikke tror på det eller mistænker et reklamestunt.',
    'Undskyldningen kommer fra den person, der begik fejlen, eller fra en person højere oppe i organisationen.',
    'Regn med en bølge af omtaler: Hold øje med dem, og svar i tide.',
    'Undgå gentagelser: en redaktionskalender, hvor hvert opslag gennemgås og godkendes, og klare retningslinjer til bureauer om, hvad de må slå op.',
  ],
  types: {
    'product-defect': {
      title: 'Produktfejl eller sikkerhedsproblem',
      summary:
        'Folk melder om et produkt, der er i stykker, fejlbehæftet eller farligt. Sig undskyld, tilbyd en løsning eller en vej til tilbagekaldelse, og indsaml detaljer privat. Alt, der handler om skader eller allergiske reaktioner, er et sikkerhedsspørgsmål og eskaleres straks.',
      steps: {
        'recall-path': 'Aftal med kvalitetsafdelingen og juridisk afdeling, hvordan ombytning, reparation og tilbagekaldelse foregår, og hvem der må tilbyde hvad, og hav en produkt-FAQ klar.',
        'same-fault': 'Saml meldinger om samme fejl (produkt, parti, symptom). Enhver skade, forbrænding eller allergisk reaktion er et sikkerhedsspørgsmål.',
        'ask-quality': 'Spørg kvalitetsafdelingen, om partiet er kendt, og om klagerne stiger.',
        escalate: 'Eskaler til kvalitetschefen og lederen af kriseteamet; ved mindste tegn på skade eller fare straks.',
        holding: 'Læg den foreløbige udtalelse op, hvor henvendelserne kommer: Vi ved det, vi undersøger det, og hvornår næste opdatering kommer. En opfordring til at stoppe brugen af produktet kræver godkendelse fra kvalitetsafdelingen og juridisk afdeling.',
        recall: 'Hvis der besluttes en tilbagekaldelse, så offentliggør den på alle kanaler med klare trin, fastgør den, og link til den i hvert svar.',
        apologise: 'Sig undskyld for besværet; tilbyd den løsning, kvalitetsafdelingen har godkendt i sagen, og ikke før.',
        details: 'Bed om partinummer, billeder og købsdato i en privat besked; helbredsoplysninger kun via den sikre kanal, aldrig offentligt.',
        'close-loop': 'Fortæl, når løsningen eller tilbagekaldelsen er gennemført, og hvad der er ændret i produktionen.',
        'fact-check': 'Før I nævner en årsag eller tilbyder ombytning, reparation eller refusion, skal kvalitetsafdelingen bekræfte fejlen og den godkendte løsning.',
      },
      whoAnswers:
        'Teamet for sociale medier svarer på de enkelte meldinger; en udtalelse om sikkerhed eller tilbagekaldelse kommer fra en person højere oppe, fx kvalitetschefen.',
      channels: ['Den platform, hvor det blev rejst (X, Facebook, Instagram)', 'Private beskeder til detaljer', 'Hjemmesiden ved en tilbagekaldelse'],
      holdingStatement:
        'Vi har set henvendelserne om {product} og tager dem alvorligt. Vores kvalitetsafdeling undersøger det lige nu, og vi giver en opdatering her senest {date}.',
      escalateWhen:
        'Nogen melder om en skade, forbrænding eller allergisk reaktion; flere melder om samme fejl; eller pressen eller store profiler tager det op.',
      escalateTo: 'Kvalitetschefen og lederen af kriseteamet; juristerne ved tilbagekaldelser.',
    },
    'service-complaint': {
      title: 'Kundeklage over service',
      summary:
        'Nogen deler en dårlig oplevelse offentligt: lang ventetid, intet svar, en bortkommen ordre, en afvist refusion. Svar hurtigt og personligt, flyt detaljerne til en privat besked, og følg op.',
      steps: {
        'service-handover': 'Aftal med kundeservice, hvordan sager fra sociale medier overdrages, og hvor hurtigt de bliver besvaret.',
        pattern: 'Undersøg, om det er en enkeltsag eller et mønster: et nedbrud, forsinkede leveringer, mange lignende klager.',
        history: 'Se efter, om personen har skrevet før, og om nogen har svaret.',
        escalate: 'Giv sagen videre til lederen af kundeservice, og aftal, hvem der kontakter personen og hvornår.',
        status: 'Er mange berørt, så slå én statusopdatering op, og henvis til den i stedet for at svare forskelligt til hver enkelt.',
        'reply-fast': 'Anerkend frustrationen, sig, at du er i gang, og skriv under med dit navn.',
        'move-private': 'Flyt ordrenumre, adresser og andre detaljer over i en privat besked.',
        solve: 'Løs sagen personligt, og bekræft i tråden, når den er løst – hvis personen er indforstået.',
        'follow-up': 'Følg op nogle dage senere for at sikre, at problemet virkelig er løst; giv gentagne årsager videre til kundeservice.',
        'check-case': 'Tjek sagen med kundeservice, før du lover refusion, ombytning eller en dato.',
      },
      whoAnswers: 'Den community manager, der tog sagen, og som skriver under med sit eget navn; kundeservice overtager sagen.',
      channels: ['Offentligt svar på platformen', 'Privat besked'],
      holdingStatement:
        'Vi er kede af, at du har oplevet det. Vi ser på det lige nu og vender tilbage til dig senest {date}. Send os gerne detaljerne i en privat besked.',
      escalateWhen:
        'Personen har ventet i flere dage eller har tidligere fået lovning på et svar, mange melder om det samme, eller opslaget spreder sig hurtigt.',
      escalateTo: 'Lederen af kundeservice.',
    },
    'reputation-attack': {
      title: 'Omdømmeangreb eller misinformation',
      summary:
        'Falske påstande, forfalskede skærmbilleder eller beskyldninger om svindel spreder sig. Fremlæg fakta roligt ét sted, ret de falske påstande uden at angribe nogen, og inddrag juristerne, når det er nødvendigt.',
      steps: {
        'fact-sheet': 'Hav et faktaark med fakta, der kan efterprøves, og kilder, og aftal med juristerne, hvornår de skal inddrages.',
        source: 'Find ud af, hvor påstanden startede, og hvem der spreder den; tjek, om meningsdannere eller pressen har taget den op.',
        verify: 'Undersøg påstanden internt, før I svarer: Er der noget om den? Ofte ligger sandheden et sted midt imellem.',
        escalate: 'Eskaler til kommunikationschefen; inddrag juristerne, når påstandene er ærekrænkende, eller forfalskede skærmbilleder cirkulerer.',
        facts: 'Offentliggør fakta roligt ét sted (udtalelse eller blog), og link til det; ret de falske påstande uden at angribe nogen.',
        'answer-facts': 'Besvar spørgsmål med fakta og kilder; diskuter ikke, og gentag ikke den falske påstand med jeres egne ord.',
        report: 'Svar højst én gang til åbenlyse trolde; anmeld falske profiler og identitetsmisbrug til platformen.',
        record: 'Før en oversigt over falske påstande og rettelser, og genopbyg tilliden med åbne oplysninger, der kan efterprøves.',
      },
      whoAnswers:
        'Kommunikationschefen, om nødvendigt sammen med juristerne; community managers svarer med fakta og linker til udtalelsen.',
      channels: ['Blog eller hjemmeside', 'Pressemeddelelse', 'Alle sociale kanaler'],
      holdingStatement:
        'Vi har set de påstande om os, der spreder sig i dag. Vi undersøger dem grundigt og deler de efterprøvede fakta med kilder her senest {date}.',
      escalateWhen:
        'Påstanden beskylder brandet for svindel eller en forbrydelse, forfalskede skærmbilleder cirkulerer, eller pressen eller store profiler deler den.',
      escalateTo: 'Kommunikationschefen og juristerne.',
      deleteNote: 'Slet ikke vores egne tidligere udtalelser, heller ikke når de bliver citeret imod os; tilføj i stedet en rettelse.',
    },
    'employee-misconduct': {
      title: 'Medarbejders upassende adfærd',
      summary:
        'En medarbejders opførsel, på brandets konto eller privat, gør folk vrede: en video, et uhøfligt svar, et skærmbillede. Tjek først fakta med HR; udtal jer derefter uden at tage noget for givet, og sig undskyld, når fakta er bekræftet. Nævn eller bedøm aldrig personen offentligt.',
      steps: {
        'social-policy': 'Hav en politik for sociale medier, og lær medarbejderne, hvad de må dele, og hvem der udtaler sig på virksomhedens vegne.',
        'verify-facts': 'Afklar fakta med HR, før I siger noget konkret: hvem, hvornår, og er skærmbilledet ægte?',
        scope: 'Undersøg, om medarbejderens private profiler er involveret, og om kunder har lidt skade.',
        escalate: 'Eskaler til HR og ledelsen; nævn eller døm ikke medarbejderen offentligt.',
        statement: 'Når HR har tjekket fakta, så offentliggør en udtalelse: Vi har set det, vi tager det alvorligt, vi undersøger det, og hvornår vi opdaterer. Tag ikke for givet, hvad der skete.',
        apologise: 'Først når HR har bekræftet, at nogen er blevet behandlet forkert: Undskyldningen kommer fra en leder eller fra den, der begik fejlen, ikke fra den, der tilfældigvis har vagten.',
        privacy: 'Tak for henvendelsen, sig, at I tager den alvorligt og undersøger den, og tilbyd en privat kanal. Del ingen personaleoplysninger.',
        outcome: 'Del resultatet af undersøgelsen, så langt privatlivet tillader det, og hvad der ændres (uddannelse, regler).',
        'fact-check': 'Tjek først fakta med HR, før enhver udtalelse eller undskyldning: Hvad skete der, hvem var involveret, og er videoen eller skærmbilledet ægte og fuldstændigt?',
      },
      whoAnswers: 'En person højere oppe, fx fra ledelsen eller kommunikationschefen; aldrig den pågældende kollega eller dennes team.',
      channels: ['Blog eller hjemmeside', 'Pressemeddelelse', 'LinkedIn', 'Den platform, hvor det blev rejst'],
      holdingStatement:
        'Tak, fordi I tager det op med os. Vi tager det alvorligt og undersøger det internt. Vi giver en opdatering her senest {date}.',
      escalateWhen:
        'En video eller et skærmbillede af medarbejdere spreder sig, nogen kræver en fyring, eller en kunde har lidt skade.',
      escalateTo: 'HR og ledelsen.',
    },
    'security-incident': {
      title: 'Hacket konto eller sikkerhedshændelse',
      summary:
        'Kontoen lægger ting op, som ingen har skrevet, folk modtager phishing i brandets navn, eller data kan være lækket. Sikr kontoen, lad IT bekræfte, hvad der skete, sig derefter tydeligt, hvad det var, og sig undskyld alligevel. Et datalæk udløser en anmeldelsespligt inden for 72 timer.',
      steps: {
        'account-security': 'Beskyt alle konti: totrinsbekræftelse, en adgangskodeadministrator, en liste over, hvem der har adgang, og gendannelseskontakter hos hver platform.',
        signs: 'Hold øje med tegn på hacking: opslag, som ingen har planlagt, ændrede profiloplysninger, phishinglinks, beskeder sendt i brandets navn.',
        'data-check': 'Tjek med IT, om kundedata kan være lækket; så starter 72-timersfristen for at anmelde det til Datatilsynet.',
        escalate: 'Alarmer IT-sikkerhed og lederen af kriseteamet; kan kundedata være berørt, så inddrag databeskyttelsesrådgiveren.',
        secure: 'Sikr kontoen først: skift adgangskoder, afslut alle sessioner, fjern appadgange, og kontakt platformens support.',
        'say-hacked': 'Når IT har bekræftet et angreb, så sig tydeligt på alle berørte kanaler, at kontoen blev hacket, og sig undskyld alligevel.',
        'remove-posts': 'Gem skærmbilleder af angribernes opslag som dokumentation, slet dem derefter, og advar mod at klikke på deres links.',
        'answer-worried': 'Svar bekymrede mennesker: hvad der er sket, hvad de skal gøre (ignorere beskederne, skifte adgangskoder), og hvor opdateringerne kommer.',
        explain: 'Forklar, hvad der skete, og hvad der er ændret (totrinsbekræftelse, adgangsregler); gennemgå alt, hvad angriberne har sendt.',
        'reply-now': 'Sig kun, at I undersøger usædvanlig aktivitet på kontoen, og at man ikke skal klikke på links i de seneste opslag eller beskeder.',
        'fact-check': 'Lad IT bekræfte, hvad der skete (et angreb udefra, en lækket adgangskode eller en person med lovlig adgang), før nogen siger, at kontoen er blevet hacket.',
        'data-leak': 'Hvis personoplysninger kan være lækket, anmelder databeskyttelsesrådgiveren bruddet til Datatilsynet inden for 72 timer efter, at I er blevet opmærksomme på det (GDPR art. 33), og underretter de berørte uden unødig forsinkelse, hvis risikoen for dem er høj (art. 34). Offentlige opslag erstatter ikke disse underretninger.',
      },
      whoAnswers: 'Community manageren slår den godkendte meddelelse op; undskyldningen kommer fra en person højere oppe.',
      channels: ['Alle berørte kanaler', 'E-mail til berørte kunder, hvis data er lækket'],
      holdingStatement:
        'Vi undersøger usædvanlig aktivitet på denne konto. Klik ikke på links i de seneste opslag eller beskeder fra kontoen. Vi giver en opdatering her senest {date}.',
      escalateWhen: 'Altid: ved ethvert tegn på, at kontoen eller kundedata er kompromitteret.',
      escalateTo: 'IT-sikkerhed, lederen af kriseteamet og databeskyttelsesrådgiveren.',
      deleteNote: 'Gem skærmbilleder af angribernes opslag som dokumentation, før de slettes.',
    },
    'social-responsibility': {
      title: 'Vrede over socialt ansvar eller etik',
      summary:
        'Et opslag, en kampagne eller en praksis opfattes som racistisk, sexistisk, udnyttende eller skadelig, og der opfordres til boykot. Lyt, anerkend kritikken, giv konkrete tilsagn, og gå ikke i forsvarsposition.',
      steps: {
        'values-check': 'Gennemgå hvert opslag for følsomme punkter før udgivelse; når der sker noget i verden, så tjek straks planlagte opslag og annoncer.',
        sentiment: 'Vurder stemningen: Blander folk, der ikke er berørt, sig, er der opfordringer til boykot, slår argumenter over i følelser?',
        calendar: 'Gennemgå planlagte opslag og annoncer for alt, der nu virker taktløst, og sæt dem på pause.',
        escalate: 'Eskaler til lederen af kriseteamet og ledelsen, og sæt straks planlagte opslag og kampagner på pause.',
        acknowledge: 'Anerkend kritikken uden at gå i forsvar; indrøm kun fejl, hvor fakta er klare, og juridisk afdeling har godkendt det. Udtalelsen kommer fra en leder.',
        commit: 'Nævn konkrete tilsagn med datoer, fx et uddannelsesforløb eller en gennemgang af en leverandør – ikke generelle værdier.',
        listen: 'Lyt først: Læs, hvad folk faktisk har indvendinger imod, før I svarer.',
        'reply-link': 'Besvar enkelte kommentarer med anerkendelsen og et link til udtalelsen; diskuter ikke i kommentarerne.',
        progress: 'Fortæl offentligt om fremskridt med tilsagnene, og tak dem, der rejste spørgsmålet.',
        'fact-check': 'Tjek fakta med de ansvarlige (leverandører, HR, jura), før I svarer. Ved påstande om leverandører eller arbejdsforhold kan „det var en fejl“ være en juridisk indrømmelse: Juridisk afdeling godkender formuleringen.',
      },
      whoAnswers:
        'Den person, der er ansvarlig for opslaget, eller en person højere oppe; når brandets værdier er til debat, ledelsen.',
      channels: ['Alle sociale kanaler', 'Udtalelse på hjemmesiden'],
      holdingStatement:
        'Vi hører kritikken og forstår, hvorfor mange er vrede. Vi lytter og undersøger, hvad der er sket, og vi siger mere her senest {date}.',
      escalateWhen: 'Der opfordres til boykot, emnet trender, eller pressen, politikere eller store profiler blander sig.',
      escalateTo: 'Lederen af kriseteamet og ledelsen.',
      deleteNote:
        'Er opslaget selv problemet, så lad det som regel blive stående, og tilføj en udtalelse; fjern det kun, hvis det sårer dem, der ser det nu – og sig åbent, at I har gjort det.',
    },
    'own-post': {
      title: 'Fejl i vores eget opslag',
      summary:
        'Et af vores egne opslag er forkert, misvisende, taktløst eller provokerende, viser et upassende billede eller bruger materiale, vi ikke har rettighederne til. Find ud af, hvad der præcist er galt, beslut om det skal slettes eller blive stående, ret det åbent, og stram godkendelsen op.',
      steps: {
        'post-review': 'Hav en redaktionel kalender, hvor hvert opslag gennemses og godkendes, rettigheder til billeder og musik er afklaret, og bureauer ved, hvad de må lægge op.',
        'what-wrong': 'Find ud af, hvad der præcist er galt: fakta, tone, billede eller andres rettigheder. Citater af vores opslag viser, hvordan det bliver læst.',
        spread: 'Tjek, hvor langt det er nået: delinger, citater, store profiler, presse.',
        escalate: 'Giv besked til den, der godkendte opslaget, og til lederen af kriseteamet; juridisk afdeling, hvis rettigheder eller udsagn om andre er involveret.',
        'fact-check': 'Afklar med dem, der lavede og godkendte opslaget, hvad der var ment, og hvad der er galt, før I siger noget om, hvorfor det skete.',
        'keep-or-delete': 'Den person, der er udpeget på forhånd, beslutter: Som regel bliver opslaget stående med en rettelse. Slet det straks, hvis det er uanstændigt eller voldsomt, krænker andres rettigheder eller ikke er lagt op af os; tag skærmbilleder først, og sig, at I har fjernet det.',
        correct: 'Rettelsen eller undskyldningen kommer fra den, der begik fejlen, eller fra en leder: hvad der var galt, og hvad der sker nu.',
        'rights-holder': 'Handler det om rettigheder, så kontakt rettighedshaveren, og udskift eller fjern materialet.',
        'approval-flow': 'Stram det godkendelsestrin op, som opslaget slap igennem, og brief bureauerne igen.',
      },
      whoAnswers: 'Den, der begik fejlen, eller en leder; community managerne linker til rettelsen.',
      channels: ['Platformen, hvor opslaget står', 'Alle kanaler, hvor det er delt'],
      holdingStatement:
        'Vi har set reaktionerne på vores opslag og ser på, hvad der gik galt. Vi siger mere her senest {date}.',
      escalateWhen: 'Opslaget bliver delt eller citeret bredt, store profiler eller pressen tager det op, eller andres rettigheder er involveret.',
      escalateTo: 'Den, der godkendte opslaget, lederen af kriseteamet og juridisk afdeling ved rettigheder.',
      deleteNote: 'Uanset om det slettes eller ej: Sig det offentligt, og gem skærmbilleder af originalen.',
    },
  },
};
