import type { LanguageCopy } from './types';

export const DA: LanguageCopy = {
  commonSteps: {
    team: 'Udpeg kriseteamet med roller og stedfortrædere (sociale medier, kommunikation, kundeservice, jura, ledelse), og sørg for, at det kan nås uden for arbejdstid.',
    approval: 'Aftal, hvem der godkender offentlige udtalelser, og hvor hurtigt: én godkender og én stedfortræder, svar inden for 30 minutter.',
    templates: 'Forbered svarskabeloner til dette scenarie på alle de sprog, vi svarer på, og få dem godkendt.',
    monitoring: 'Overvåg brandnavne, produkter, profilnavne og hashtags, så en bølge opdages på minutter, ikke timer.',
    incident: 'Opret en hændelse i Keel, og læg de relaterede omtaler ind under den, så hele teamet ser det samme billede.',
    lessons: 'Hold en evaluering: Hvad udløste det, hvor hurtigt reagerede vi, og hvad virkede? Opdater denne plan og skabelonerne.',
    'keep-watching': 'Bliv ved med at overvåge omtaler i flere uger; stemningen kan blusse op igen ved næste opslag.',
  },
  movePrivateWhen:
    'Så snart der er brug for et ordrenummer, en adresse, helbredsoplysninger eller andet personligt – eller efter den anden offentlige udveksling med samme person.',
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
        'recall-path': 'Aftal med kvalitetsafdelingen og juristerne, hvordan ombytning, reparation og tilbagekaldelse foregår, og hav en produkt-FAQ klar.',
        'same-fault': 'Saml meldinger om samme fejl (produkt, parti, symptom). Enhver skade, forbrænding eller allergisk reaktion er et sikkerhedsspørgsmål.',
        'ask-quality': 'Spørg kvalitetsafdelingen, om partiet er kendt, og om klagerne stiger.',
        escalate: 'Eskaler til kvalitetschefen og lederen af kriseteamet; ved mindste tegn på skade eller fare straks.',
        holding: 'Slå den foreløbige udtalelse op dér, hvor meldingerne dukker op: Vi ved det, vi undersøger det, og sådan gør du indtil videre.',
        recall: 'Hvis der besluttes en tilbagekaldelse, så offentliggør den på alle kanaler med klare trin, fastgør den, og link til den i hvert svar.',
        apologise: 'Sig undskyld til hver enkelt berørt, og tilbyd den godkendte løsning: ombytning, reparation eller refusion.',
        details: 'Bed om partinummer, billeder og købsdato i en privat besked, aldrig offentligt.',
        'close-loop': 'Fortæl, når løsningen eller tilbagekaldelsen er gennemført, og hvad der er ændret i produktionen.',
      },
      whoAnswers:
        'Teamet for sociale medier svarer på de enkelte meldinger; en udtalelse om sikkerhed eller tilbagekaldelse kommer fra en person højere oppe, fx kvalitetschefen.',
      channels: ['Den platform, hvor det blev rejst (X, Facebook, Instagram)', 'Private beskeder til detaljer', 'Hjemmesiden ved en tilbagekaldelse'],
      holdingStatement:
        'Vi har set meldingerne om {product} og tager dem alvorligt. Vores kvalitetsafdeling undersøger det lige nu. Er du i tvivl om sikkerheden, så lad være med at bruge produktet indtil videre. Vi giver en opdatering her senest {date}.',
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
        'reply-fast': 'Svar hurtigt offentligt: Anerkend frustrationen, sig, at I tager jer af det, og skriv under med dit eget navn.',
        'move-private': 'Flyt ordrenumre, adresser og andre detaljer over i en privat besked.',
        solve: 'Løs sagen personligt, og bekræft i tråden, når den er løst – hvis personen er indforstået.',
        'follow-up': 'Følg op nogle dage senere for at sikre, at problemet virkelig er løst; giv gentagne årsager videre til kundeservice.',
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
        'En medarbejders opførsel – på brandets konto eller privat – vækker vrede: en video, et uhøfligt svar, et skærmbillede. Kom med en offentlig udtalelse, sig undskyld, og sæt en intern undersøgelse i gang; nævn eller døm aldrig personen offentligt.',
      steps: {
        'social-policy': 'Hav en politik for sociale medier, og lær medarbejderne, hvad de må dele, og hvem der udtaler sig på virksomhedens vegne.',
        'verify-facts': 'Afklar fakta med HR, før I siger noget konkret: hvem, hvornår, og er skærmbilledet ægte?',
        scope: 'Undersøg, om medarbejderens private profiler er involveret, og om kunder har lidt skade.',
        escalate: 'Eskaler til HR og ledelsen; nævn eller døm ikke medarbejderen offentligt.',
        statement: 'Offentliggør en udtalelse: Vi har set det, det afspejler ikke vores værdier, en intern undersøgelse er i gang – og hvornår næste opdatering kommer.',
        apologise: 'Sig undskyld til dem, det gik ud over; undskyldningen kommer fra den, der begik fejlen, eller fra en person højere oppe.',
        privacy: 'Del ingen personaleoplysninger; sig i generelle vendinger, hvad der sker nu, og hvornår I giver en opdatering.',
        outcome: 'Del resultatet af undersøgelsen, så langt privatlivet tillader det, og hvad der ændres (uddannelse, regler).',
      },
      whoAnswers: 'En person højere oppe, fx fra ledelsen eller kommunikationschefen; aldrig den pågældende kollega eller dennes team.',
      channels: ['Blog eller hjemmeside', 'Pressemeddelelse', 'LinkedIn', 'Den platform, hvor det blev rejst'],
      holdingStatement:
        'Vi har set videoen og kommentarerne, og vi er kede af det. Sådan skal ingen behandles. Vi undersøger sagen internt og giver en opdatering senest {date}.',
      escalateWhen:
        'En video eller et skærmbillede af medarbejdere spreder sig, nogen kræver en fyring, eller en kunde har lidt skade.',
      escalateTo: 'HR og ledelsen.',
    },
    'security-incident': {
      title: 'Hacket konto eller sikkerhedshændelse',
      summary:
        'Kontoen slår ting op, som ingen har skrevet, folk modtager phishing i brandets navn, eller data kan være lækket. Sikr kontoen, sig klart, at den er blevet hacket, og sig undskyld alligevel.',
      steps: {
        'account-security': 'Beskyt alle konti: totrinsbekræftelse, en adgangskodeadministrator, en liste over, hvem der har adgang, og gendannelseskontakter hos hver platform.',
        signs: 'Hold øje med tegn på hacking: opslag, som ingen har planlagt, ændrede profiloplysninger, phishinglinks, beskeder sendt i brandets navn.',
        'data-check': 'Afklar med IT, om kundedata kan være lækket; så gælder der lovpligtig anmeldelse.',
        escalate: 'Alarmer IT-sikkerhed og lederen af kriseteamet; kan kundedata være berørt, så inddrag databeskyttelsesrådgiveren.',
        secure: 'Sikr kontoen først: skift adgangskoder, afslut alle sessioner, fjern appadgange, og kontakt platformens support.',
        'say-hacked': 'Sig klart på hver berørt kanal, at kontoen er blevet hacket, og sig undskyld alligevel.',
        'remove-posts': 'Gem skærmbilleder af angribernes opslag som dokumentation, slet dem derefter, og advar mod at klikke på deres links.',
        'answer-worried': 'Svar bekymrede mennesker: hvad der er sket, hvad de skal gøre (ignorere beskederne, skifte adgangskoder), og hvor opdateringerne kommer.',
        explain: 'Forklar, hvad der skete, og hvad der er ændret (totrinsbekræftelse, adgangsregler); gennemgå alt, hvad angriberne har sendt.',
      },
      whoAnswers: 'Community manageren slår den godkendte meddelelse op; undskyldningen kommer fra en person højere oppe.',
      channels: ['Alle berørte kanaler', 'E-mail til berørte kunder, hvis data er lækket'],
      holdingStatement:
        'Vores konto er blevet hacket, og de seneste opslag og beskeder kommer ikke fra os. Det beklager vi. Klik ikke på links i dem. Vi har sikret kontoen og giver en opdatering senest {date}.',
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
        acknowledge: 'Anerkend kritikken uden at forsvare jer, og sig undskyld, hvor det er på sin plads; udtalelsen kommer fra en person højere oppe.',
        commit: 'Nævn konkrete tilsagn med datoer, fx et uddannelsesforløb eller en gennemgang af en leverandør – ikke generelle værdier.',
        listen: 'Lyt først: Læs, hvad folk faktisk har indvendinger imod, før I svarer.',
        'reply-link': 'Besvar enkelte kommentarer med anerkendelsen og et link til udtalelsen; diskuter ikke i kommentarerne.',
        progress: 'Fortæl offentligt om fremskridt med tilsagnene, og tak dem, der rejste spørgsmålet.',
      },
      whoAnswers:
        'Den person, der er ansvarlig for opslaget, eller en person højere oppe; når brandets værdier er til debat, ledelsen.',
      channels: ['Alle sociale kanaler', 'Udtalelse på hjemmesiden'],
      holdingStatement:
        'Vi hører kritikken og forstår, at mange er vrede. Vi lytter, undersøger, hvad der er sket, og fortæller senest {date}, hvad vi vil ændre.',
      escalateWhen: 'Der opfordres til boykot, emnet trender, eller pressen, politikere eller store profiler blander sig.',
      escalateTo: 'Lederen af kriseteamet og ledelsen.',
      deleteNote:
        'Er opslaget selv problemet, så lad det som regel blive stående, og tilføj en udtalelse; fjern det kun, hvis det sårer dem, der ser det nu – og sig åbent, at I har gjort det.',
    },
  },
};
