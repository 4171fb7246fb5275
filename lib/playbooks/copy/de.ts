import type { LanguageCopy } from './types';

export const DE: LanguageCopy = {
  commonSteps: {
    team: 'Benennen Sie das Krisenteam mit Namen statt Abteilungen: Social Media, Kommunikation, Kundenservice, Recht, Personal, IT und Geschäftsführung, jeweils mit namentlicher Vertretung und einer Telefonnummer für außerhalb der Bürozeiten.',
    approval: 'Legen Sie fest, wer öffentliche Stellungnahmen freigibt und wie schnell: eine benannte Person und eine Vertretung, Entscheidung innerhalb von 30 Minuten.',
    'delete-decision': 'Legen Sie fest, wer entscheidet, ob ein eigener Beitrag gelöscht wird oder stehen bleibt, und wer ihn außerhalb der Bürozeiten löschen darf.',
    templates: 'Bereiten Sie für dieses Szenario Antwortvorlagen in allen Sprachen vor, in denen Sie antworten, in der Anrede der Marke (du oder Sie), und lassen Sie sie freigeben.',
    monitoring: 'Beobachten Sie Markennamen, Produkte, Accounts und Hashtags, damit eine Welle innerhalb von Minuten auffällt, nicht erst nach Stunden.',
    drills: 'Üben Sie dieses Szenario ein- bis zweimal im Jahr mit dem ganzen Team, auch für einen Fall nachts oder am Wochenende.',
    incident: 'Legen Sie in Keel einen Vorfall an und ordnen Sie ihm die zugehörigen Erwähnungen zu, damit das ganze Team dasselbe Bild hat.',
    'reply-now': 'Antworten Sie jetzt öffentlich: Wir haben es gesehen, wir gehen dem nach, und wann das nächste Update kommt. Keine Ursache, kein Versprechen und keine Schuldzuweisung, bevor die Fakten geprüft sind.',
    community: 'Kümmern Sie sich weiter um die 99 von 100, die die Marke mögen: Danken Sie denen, die Sie verteidigen oder unterstützen, und beantworten Sie weiter die ganz normalen Fragen.',
    updates: 'Solange das Thema trendet, alle 2–4 Stunden ein Update posten, auch wenn es nur heißt, dass die Prüfung noch läuft.',
    lessons: 'Werten Sie den Fall mit allen Beteiligten aus: Was hat ihn ausgelöst, wie schnell haben wir reagiert, was hat funktioniert und was nicht?',
    causes: 'Sobald die Fakten feststehen, erklären Sie die Ursache öffentlich und in einfachen Worten, und was sich geändert hat.',
    resume: 'Posten Sie erst wieder wie gewohnt, wenn Zahl und Ton der Erwähnungen wieder normal sind; prüfen Sie geplante Beiträge, bevor sie erscheinen.',
    'template-changes': 'Ergänzen Sie dieses Playbook und die Antwortvorlagen um das Gelernte und lassen Sie die Änderungen freigeben.',
    'keep-watching': 'Beobachten Sie die Erwähnungen noch einige Wochen; die Stimmung kann beim nächsten Beitrag wieder kippen.',
  },
  movePrivateWhen:
    'Sobald eine Bestellnummer, eine Adresse oder andere persönliche Angaben nötig sind, oder nach dem zweiten öffentlichen Austausch mit derselben Person. Gesundheitsangaben (Verletzungen, Allergien, Beschwerden) nur über den sicheren Kanal, den die Marke nennt, nie in öffentlichen Antworten.',
  deleteGuide: [
    'In der Regel nicht löschen: Screenshots gibt es längst, und Löschen wirkt wie Vertuschen.',
    'Sofort löschen, wenn der Beitrag anstößig oder drastisch ist oder offensichtlich von jemandem stammt, der das Konto gehackt hat.',
    'Auch nach einem Hack um Entschuldigung bitten – und damit rechnen, dass manche es nicht glauben oder einen Werbegag vermuten.',
    'Die Entschuldigung kommt von der Person, die den Fehler gemacht hat, oder von einer höhergestellten Person.',
    'Mit einem Ansturm von Erwähnungen rechnen: sie im Blick behalten und rechtzeitig antworten.',
    'Wiederholung vermeiden: ein Redaktionsplan, in dem jeder Beitrag geprüft und freigegeben wird, und klare Vorgaben für Agenturen, was sie posten dürfen.',
  ],
  types: {
    'product-defect': {
      title: 'Produktmangel oder Sicherheitsproblem',
      summary:
        'Menschen melden ein kaputtes, fehlerhaftes oder gefährliches Produkt. Entschuldigen, eine Lösung oder einen Rückrufweg anbieten und Details privat sammeln. Alles, was Verletzungen oder allergische Reaktionen betrifft, ist eine Sicherheitsfrage und wird sofort eskaliert.',
      steps: {
        'recall-path': 'Stimmen Sie mit Qualitätssicherung und Rechtsabteilung den Weg für Ersatz, Reparatur und Rückruf ab, auch wer welche Lösung anbieten darf, und halten Sie ein Produkt-FAQ bereit.',
        'same-fault': 'Meldungen zum selben Fehler bündeln (Produkt, Charge, Symptom). Jede Verletzung, Verbrennung oder allergische Reaktion ist eine Sicherheitsfrage.',
        'ask-quality': 'Bei der Qualitätssicherung nachfragen, ob die Charge bekannt ist und ob die Beschwerden zunehmen.',
        escalate: 'An die Leitung der Qualitätssicherung und die Krisenteamleitung eskalieren; beim geringsten Hinweis auf Verletzungen oder Gefahr sofort.',
        holding: 'Veröffentlichen Sie die erste Stellungnahme dort, wo die Meldungen auftauchen: Wir wissen davon, wir prüfen, wann das nächste Update kommt. Ein Aufruf, das Produkt nicht mehr zu verwenden, braucht die Freigabe von Qualitätssicherung und Rechtsabteilung.',
        recall: 'Ist ein Rückruf beschlossen, ihn auf allen Kanälen mit klaren Schritten veröffentlichen, anpinnen und in jeder Antwort verlinken.',
        apologise: 'Entschuldigen Sie sich für die Unannehmlichkeiten; bieten Sie die Lösung an, die die Qualitätssicherung für diesen Fall freigegeben hat, nicht vorher.',
        details: 'Fragen Sie Chargennummer, Fotos und Kaufdatum per Direktnachricht ab; Gesundheitsangaben nur über den sicheren Kanal, nie öffentlich.',
        'close-loop': 'Mitteilen, wenn Lösung oder Rückruf abgeschlossen sind und was sich in der Produktion geändert hat.',
        'fact-check': 'Bevor Sie eine Ursache nennen oder Ersatz, Reparatur oder Erstattung anbieten: Die Qualitätssicherung bestätigt den Fehler und die freigegebene Lösung.',
      },
      whoAnswers:
        'Das Social-Media-Team beantwortet einzelne Meldungen; eine Stellungnahme zur Sicherheit oder zu einem Rückruf kommt von einer höhergestellten Person, etwa der Leitung der Qualitätssicherung.',
      channels: ['Die Plattform, auf der es aufkam (X, Facebook, Instagram)', 'Direktnachrichten für Details', 'Website für eine Rückrufmeldung'],
      holdingStatement:
        'Wir haben die Meldungen zu {product} gesehen und nehmen sie ernst. Unsere Qualitätssicherung prüft das gerade; ein Update folgt hier bis {date}.',
      escalateWhen:
        'Jemand meldet eine Verletzung, Verbrennung oder allergische Reaktion; mehrere Personen melden denselben Fehler; Presse oder reichweitenstarke Konten greifen es auf.',
      escalateTo: 'Leitung der Qualitätssicherung und Krisenteamleitung; bei Rückrufen die Rechtsabteilung.',
    },
    'service-complaint': {
      title: 'Kundenbeschwerde zum Service',
      summary:
        'Jemand teilt öffentlich eine schlechte Erfahrung: lange Wartezeiten, keine Antwort, eine verlorene Bestellung, eine verweigerte Erstattung. Schnell und persönlich antworten, Details in eine Direktnachricht verlagern und nachfassen.',
      steps: {
        'service-handover': 'Mit dem Kundenservice vereinbaren, wie Fälle aus Social Media übergeben und wie schnell sie bearbeitet werden.',
        pattern: 'Prüfen, ob es ein Einzelfall oder ein Muster ist: ein Ausfall, Lieferverzögerungen, viele ähnliche Beschwerden.',
        history: 'Nachsehen, ob die Person schon früher geschrieben hat und ob jemand geantwortet hat.',
        escalate: 'Den Fall an die Leitung des Kundenservice übergeben und klären, wer sich wann bei der Person meldet.',
        status: 'Sind viele betroffen, ein gemeinsames Status-Update posten und darauf verweisen, statt allen etwas anderes zu sagen.',
        'reply-fast': 'Zeigen Sie Verständnis für den Ärger, sagen Sie, dass Sie sich darum kümmern, und unterschreiben Sie mit Ihrem Namen.',
        'move-private': 'Bestellnummern, Adressen und andere Details in eine Direktnachricht verlagern.',
        solve: 'Das Anliegen persönlich lösen und mit Einverständnis der Person im Thread bestätigen, sobald es erledigt ist.',
        'follow-up': 'Einige Tage später nachfassen, ob das Problem wirklich gelöst ist; wiederkehrende Ursachen an den Kundenservice weitergeben.',
        'check-case': 'Prüfen Sie den Fall mit dem Kundenservice, bevor Sie Erstattung, Ersatz oder einen Termin zusagen.',
      },
      whoAnswers:
        'Die Community-Managerin oder der Community-Manager, die bzw. der es aufgegriffen hat, mit eigenem Namen; der Kundenservice übernimmt den Fall.',
      channels: ['Öffentliche Antwort auf der Plattform', 'Direktnachricht'],
      holdingStatement:
        'Es tut uns leid, dass Sie das erleben. Wir sehen uns das gerade an und melden uns bis {date} bei Ihnen. Schicken Sie uns die Details bitte per Direktnachricht.',
      escalateWhen:
        'Die Person wartet seit Tagen oder hat schon eine Antwort versprochen bekommen, viele melden dasselbe, oder der Beitrag verbreitet sich schnell.',
      escalateTo: 'Leitung des Kundenservice.',
    },
    'reputation-attack': {
      title: 'Rufschädigung oder Falschinformation',
      summary:
        'Falsche Behauptungen, gefälschte Screenshots oder Betrugsvorwürfe verbreiten sich. Die Fakten ruhig an einer Stelle darlegen, Falsches richtigstellen, ohne jemanden anzugreifen, und bei Bedarf die Rechtsabteilung einbinden.',
      steps: {
        'fact-sheet': 'Ein Faktenblatt mit überprüfbaren Fakten und Quellen pflegen und mit der Rechtsabteilung klären, wann sie eingebunden wird.',
        source: 'Herausfinden, wo die Behauptung herkommt und wer sie verbreitet; prüfen, ob Multiplikatoren oder Presse sie aufgegriffen haben.',
        verify: 'Die Behauptung intern prüfen, bevor wir antworten: Ist etwas daran wahr? Oft liegt die Wahrheit in der Mitte.',
        escalate: 'An die Kommunikationsleitung eskalieren; die Rechtsabteilung einbinden, wenn Behauptungen rufschädigend sind oder gefälschte Screenshots kursieren.',
        facts: 'Die Fakten ruhig an einer Stelle veröffentlichen (Stellungnahme oder Blog) und darauf verlinken; Falsches richtigstellen, ohne jemanden anzugreifen.',
        'answer-facts': 'Fragen mit Fakten und Quellen beantworten; nicht streiten und die falsche Behauptung nicht mit eigenen Worten wiederholen.',
        report: 'Offensichtlichen Trollen höchstens einmal antworten; Fake-Konten und Identitätsmissbrauch der Plattform melden.',
        record: 'Falsche Behauptungen und Richtigstellungen dokumentieren und Vertrauen mit offenen, überprüfbaren Informationen zurückgewinnen.',
      },
      whoAnswers:
        'Die Kommunikationsleitung, bei Bedarf gemeinsam mit der Rechtsabteilung; das Community-Management antwortet mit den Fakten und verlinkt die Stellungnahme.',
      channels: ['Blog oder Website', 'Pressemitteilung', 'Alle Social-Media-Kanäle'],
      holdingStatement:
        'Wir haben die Behauptungen über uns gesehen, die sich heute verbreiten. Wir prüfen sie sorgfältig und veröffentlichen die geprüften Fakten mit Quellen bis {date} hier.',
      escalateWhen:
        'Die Behauptung wirft der Marke Betrug oder eine Straftat vor, gefälschte Screenshots kursieren, oder Presse bzw. reichweitenstarke Konten teilen sie.',
      escalateTo: 'Kommunikationsleitung und Rechtsabteilung.',
      deleteNote:
        'Eigene frühere Aussagen nicht löschen, auch wenn sie gegen uns zitiert werden; stattdessen eine Richtigstellung ergänzen.',
    },
    'employee-misconduct': {
      title: 'Fehlverhalten von Mitarbeitenden',
      summary:
        'Das Verhalten von Mitarbeitenden, auf dem Markenkonto oder privat, sorgt für Empörung: ein Video, eine unhöfliche Antwort, ein Screenshot. Klären Sie zuerst die Fakten mit der Personalabteilung; nehmen Sie dann Stellung, ohne etwas zu unterstellen, und entschuldigen Sie sich, sobald die Fakten feststehen. Nennen oder bewerten Sie die Person nie öffentlich.',
      steps: {
        'social-policy': 'Eine Social-Media-Richtlinie haben und Mitarbeitende schulen, was sie teilen dürfen und wer für das Unternehmen spricht.',
        'verify-facts': 'Die Fakten mit der Personalabteilung klären, bevor wir etwas Konkretes sagen: wer, wann, und ist der Screenshot echt?',
        scope: 'Prüfen, ob private Konten der Person betroffen sind und ob Kundinnen oder Kunden zu Schaden kamen.',
        escalate: 'An Personalabteilung und Geschäftsführung eskalieren; die Person nicht öffentlich nennen oder verurteilen.',
        statement: 'Wenn die Personalabteilung die Fakten geprüft hat, veröffentlichen Sie eine Stellungnahme: Wir haben es gesehen, wir nehmen es ernst, wir gehen dem nach, und wann wir informieren. Unterstellen Sie nicht, was passiert ist.',
        apologise: 'Erst wenn die Personalabteilung bestätigt hat, dass jemand falsch behandelt wurde: Die Entschuldigung kommt von jemandem aus der Leitung oder von der Person, die den Fehler gemacht hat, nicht von der Schicht, die gerade Dienst hat.',
        privacy: 'Danken Sie für den Hinweis, sagen Sie, dass Sie ihn ernst nehmen und dem nachgehen, und bieten Sie einen privaten Kanal an. Keine Personaldetails.',
        outcome: 'Das Ergebnis der Untersuchung mitteilen, soweit der Datenschutz es erlaubt, und was sich ändert (Schulung, Regeln).',
        'fact-check': 'Klären Sie zuerst die Fakten mit der Personalabteilung, vor jeder Stellungnahme und jeder Entschuldigung: Was ist passiert, wer war beteiligt, ist das Video oder der Screenshot echt und vollständig?',
      },
      whoAnswers:
        'Eine höhergestellte Person, etwa aus Geschäftsführung oder Kommunikationsleitung; nie die betroffene Person selbst oder ihr Team.',
      channels: ['Blog oder Website', 'Pressemitteilung', 'LinkedIn', 'Die Plattform, auf der es aufkam'],
      holdingStatement:
        'Danke für den Hinweis. Wir nehmen das ernst und gehen dem intern nach. Bis {date} informieren wir hier über den Stand.',
      escalateWhen:
        'Ein Video oder Screenshot von Mitarbeitenden verbreitet sich, jemand fordert eine Kündigung, oder eine Kundin bzw. ein Kunde kam zu Schaden.',
      escalateTo: 'Personalabteilung und Geschäftsführung.',
    },
    'security-incident': {
      title: 'Gehacktes Konto oder Sicherheitsvorfall',
      summary:
        'Das Konto veröffentlicht Beiträge, die niemand geschrieben hat, Menschen erhalten Phishing im Namen der Marke, oder Daten könnten abgeflossen sein. Sichern Sie das Konto, lassen Sie die IT bestätigen, was passiert ist, sagen Sie dann klar, was es war, und entschuldigen Sie sich trotzdem. Ein Datenabfluss löst eine 72-Stunden-Meldepflicht aus.',
      steps: {
        'account-security': 'Jedes Konto schützen: Zwei-Faktor-Authentifizierung, Passwortmanager, eine Liste, wer Zugriff hat, und Wiederherstellungskontakte bei jeder Plattform.',
        signs: 'Auf Anzeichen eines Hacks achten: Beiträge, die niemand geplant hat, geänderte Profilangaben, Phishing-Links, Nachrichten im Namen der Marke.',
        'data-check': 'Klären Sie mit der IT, ob Kundendaten abgeflossen sein können; ab dann läuft die 72-Stunden-Frist für die Meldung an die Aufsichtsbehörde.',
        escalate: 'IT-Sicherheit und Krisenteamleitung alarmieren; wenn Kundendaten betroffen sein könnten, die Datenschutzbeauftragte bzw. den Datenschutzbeauftragten einbinden.',
        secure: 'Zuerst das Konto sichern: Passwörter ändern, alle Sitzungen beenden, App-Zugriffe entziehen und den Plattform-Support kontaktieren.',
        'say-hacked': 'Sobald die IT einen Angriff bestätigt hat, sagen Sie auf allen betroffenen Kanälen klar, dass das Konto gehackt wurde, und entschuldigen Sie sich trotzdem.',
        'remove-posts': 'Beiträge der Angreifer zur Dokumentation per Screenshot sichern, dann löschen und davor warnen, ihre Links anzuklicken.',
        'answer-worried': 'Besorgten Menschen antworten: was passiert ist, was sie tun sollten (Nachrichten ignorieren, Passwörter ändern) und wo es Updates gibt.',
        explain: 'Erklären, was passiert ist und was sich geändert hat (Zwei-Faktor-Authentifizierung, Zugriffsregeln); alles prüfen, was die Angreifer verschickt haben.',
        'reply-now': 'Sagen Sie nur, dass Sie ungewöhnlichen Aktivitäten auf diesem Konto nachgehen und dass niemand auf Links in den letzten Beiträgen oder Nachrichten klicken sollte.',
        'fact-check': 'Lassen Sie die IT bestätigen, was passiert ist (Angriff von außen, ein abgeflossenes Passwort oder jemand mit regulärem Zugang), bevor irgendwer sagt, das Konto sei gehackt worden.',
        'data-leak': 'Wenn personenbezogene Daten abgeflossen sein können, meldet der oder die Datenschutzbeauftragte das innerhalb von 72 Stunden nach Bekanntwerden der Aufsichtsbehörde (Art. 33 DSGVO) und benachrichtigt bei hohem Risiko die Betroffenen unverzüglich (Art. 34 DSGVO). Öffentliche Beiträge ersetzen diese Meldungen nicht.',
      },
      whoAnswers:
        'Das Community-Management veröffentlicht den freigegebenen Hinweis; die Entschuldigung kommt von einer höhergestellten Person.',
      channels: ['Alle betroffenen Kanäle', 'E-Mail an betroffene Kundinnen und Kunden, falls Daten abgeflossen sind'],
      holdingStatement:
        'Wir gehen ungewöhnlichen Aktivitäten auf diesem Konto nach. Bitte klicken Sie nicht auf Links in den letzten Beiträgen oder Nachrichten dieses Kontos. Ein Update folgt hier bis {date}.',
      escalateWhen: 'Immer: bei jedem Anzeichen, dass das Konto oder Kundendaten kompromittiert wurden.',
      escalateTo: 'IT-Sicherheit, Krisenteamleitung und Datenschutzbeauftragte bzw. Datenschutzbeauftragter.',
      deleteNote: 'Beiträge der Angreifer vor dem Löschen zur Dokumentation per Screenshot sichern.',
    },
    'social-responsibility': {
      title: 'Empörung über gesellschaftliche Verantwortung',
      summary:
        'Ein Beitrag, eine Kampagne oder eine Praxis gilt als rassistisch, sexistisch, ausbeuterisch oder schädlich, und es wird zum Boykott aufgerufen. Zuhören, die Kritik anerkennen, konkrete Zusagen machen und sich nicht rechtfertigen.',
      steps: {
        'values-check': 'Jeden Beitrag vor der Veröffentlichung auf Sensibilität prüfen; bei aktuellen Ereignissen sofort geplante Beiträge und Anzeigen kontrollieren.',
        sentiment: 'Die Stimmung einschätzen: Steigen Unbeteiligte ein, gibt es Boykottaufrufe, schlagen Argumente in Emotionen um?',
        calendar: 'Geplante Beiträge und Anzeigen auf alles prüfen, was jetzt taktlos wirkt, und sie pausieren.',
        escalate: 'An Krisenteamleitung und Geschäftsführung eskalieren und geplante Beiträge und Kampagnen sofort pausieren.',
        acknowledge: 'Nehmen Sie die Kritik an, ohne sich zu verteidigen; ein Fehlereingeständnis nur, wenn die Fakten klar sind und die Rechtsabteilung es freigegeben hat. Die Stellungnahme kommt von jemandem aus der Leitung.',
        commit: 'Konkrete Zusagen mit Terminen nennen, etwa ein Schulungsprogramm oder die Überprüfung eines Lieferanten, statt allgemeiner Werte.',
        listen: 'Zuerst zuhören: lesen, woran sich die Menschen tatsächlich stören, bevor wir antworten.',
        'reply-link': 'Einzelne Kommentare mit der Anerkennung und einem Link zur Stellungnahme beantworten; in den Kommentaren nicht diskutieren.',
        progress: 'Öffentlich über Fortschritte bei den Zusagen berichten und denen danken, die das Thema angesprochen haben.',
        'fact-check': 'Klären Sie die Fakten mit den Verantwortlichen (Lieferanten, Personal, Recht), bevor Sie antworten. Bei Vorwürfen zu Lieferanten oder Arbeitsbedingungen kann ein „Das war ein Fehler“ ein rechtliches Eingeständnis sein: Die Rechtsabteilung gibt die Formulierung frei.',
      },
      whoAnswers:
        'Die für den Beitrag verantwortliche Person oder eine höhergestellte Person; stehen die Werte der Marke in Frage, die Geschäftsführung.',
      channels: ['Alle Social-Media-Kanäle', 'Stellungnahme auf der Website'],
      holdingStatement:
        'Wir hören die Kritik und verstehen, warum viele verärgert sind. Wir hören zu und prüfen, was passiert ist; bis {date} sagen wir hier mehr dazu.',
      escalateWhen:
        'Es gibt Boykottaufrufe, das Thema trendet, oder Presse, Politik oder reichweitenstarke Konten steigen ein.',
      escalateTo: 'Krisenteamleitung und Geschäftsführung.',
      deleteNote:
        'Ist der Beitrag selbst das Problem, ihn meist stehen lassen und eine Stellungnahme ergänzen; nur entfernen, wenn er Menschen verletzt, die ihn jetzt sehen – und das offen sagen.',
    },
    'own-post': {
      title: 'Fehler in unserem eigenen Beitrag',
      summary:
        'Einer unserer eigenen Beiträge ist falsch, irreführend, taktlos oder provokant, zeigt ein unpassendes Bild oder nutzt Material, an dem wir keine Rechte haben. Klären Sie genau, was falsch ist, entscheiden Sie über Löschen oder Stehenlassen, korrigieren Sie offen und verbessern Sie die Freigabe.',
      steps: {
        'post-review': 'Führen Sie einen Redaktionsplan, in dem jeder Beitrag geprüft und freigegeben wird, Bild- und Musikrechte geklärt sind und Agenturen wissen, was sie posten dürfen.',
        'what-wrong': 'Klären Sie, was genau falsch ist: Fakten, Ton, Bild oder fremde Rechte. Zitierte Antworten auf unseren Beitrag zeigen, wie er gelesen wird.',
        spread: 'Prüfen Sie, wie weit er sich verbreitet hat: geteilt, zitiert, große Accounts, Presse.',
        escalate: 'Informieren Sie die Person, die den Beitrag freigegeben hat, und die Leitung des Krisenteams; die Rechtsabteilung, wenn Rechte oder Aussagen über andere betroffen sind.',
        'fact-check': 'Klären Sie mit den Personen, die den Beitrag erstellt und freigegeben haben, was gemeint war und was falsch ist, bevor Sie etwas über die Gründe sagen.',
        'keep-or-delete': 'Es entscheidet die vorher benannte Person: meist stehen lassen und eine Korrektur ergänzen. Sofort löschen, wenn er anzüglich oder drastisch ist, Rechte anderer verletzt oder nicht von uns stammt; vorher Screenshots sichern und öffentlich sagen, dass er entfernt wurde.',
        correct: 'Die Korrektur oder Entschuldigung kommt von der Person, die den Fehler gemacht hat, oder von jemandem aus der Leitung: was falsch war und was jetzt passiert.',
        'rights-holder': 'Geht es um Rechte, nehmen Sie Kontakt mit den Rechteinhabern auf und ersetzen oder entfernen Sie das Material.',
        'approval-flow': 'Verschärfen Sie den Freigabeschritt, durch den der Beitrag gerutscht ist, und briefen Sie Agenturen neu.',
      },
      whoAnswers: 'Die Person, die den Fehler gemacht hat, oder jemand aus der Leitung; das Community-Team verlinkt auf die Korrektur.',
      channels: ['Die Plattform des Beitrags', 'Alle Kanäle, auf denen er geteilt wurde'],
      holdingStatement:
        'Wir haben die Reaktionen auf unseren Beitrag gesehen und prüfen, was schiefgelaufen ist. Bis {date} sagen wir hier mehr dazu.',
      escalateWhen: 'Der Beitrag wird breit geteilt oder zitiert, große Accounts oder die Presse greifen ihn auf, oder Rechte anderer sind betroffen.',
      escalateTo: 'Die Person, die den Beitrag freigegeben hat, die Leitung des Krisenteams, bei Rechtefragen die Rechtsabteilung.',
      deleteNote: 'Ob gelöscht oder nicht: Sagen Sie es öffentlich und sichern Sie Screenshots des Originals.',
    },
  },
};
