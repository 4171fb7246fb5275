import type { LanguageCopy } from './types';

export const DE: LanguageCopy = {
  commonSteps: {
    team: 'Krisenteam mit Namen statt Abteilungen benennen: Social Media, Kommunikation, Kundenservice, Recht, Personal, IT und Geschäftsführung, jeweils mit namentlicher Vertretung und einer Telefonnummer für außerhalb der Bürozeiten.',
    approval: 'Festlegen, wer öffentliche Stellungnahmen freigibt und wie schnell: eine benannte Person und eine Vertretung, Entscheidung binnen 30 Minuten.',
    'delete-decision': 'Festlegen, wer entscheidet, ob ein eigener Beitrag gelöscht wird oder stehen bleibt, und wer ihn außerhalb der Bürozeiten löschen darf.',
    templates: 'Antwortvorlagen für dieses Szenario in jeder Sprache, in der wir antworten, und in der Anrede der Marke (du oder Sie) vorbereiten und freigeben lassen.',
    monitoring: 'Markennamen, Produkte, Handles und Hashtags beobachten, damit eine Welle in Minuten statt Stunden auffällt.',
    drills: 'Das Szenario ein- bis zweimal im Jahr mit dem ganzen Team üben, auch für einen Fall nachts oder am Wochenende.',
    incident: 'In Keel einen Vorfall anlegen und zugehörige Erwähnungen darunter ablegen, damit das ganze Team dasselbe Bild hat.',
    'reply-now': 'Jetzt öffentlich antworten: Wir haben es gesehen, wir gehen dem nach, und wann das nächste Update kommt. Keine Ursache, kein Versprechen und keine Schuldzuweisung, bevor die Fakten geprüft sind.',
    community: 'Sich weiter um die 99 von 100 kümmern, die die Marke mögen: denen danken, die uns verteidigen oder unterstützen, und die ganz normalen Fragen weiter beantworten.',
    updates: 'Solange das Thema trendet, alle 2–4 Stunden ein Update posten, auch wenn es nur heißt, dass die Prüfung noch läuft.',
    lessons: 'Den Fall mit allen Beteiligten auswerten: Was hat ihn ausgelöst, wie schnell haben wir reagiert, was hat funktioniert und was nicht?',
    causes: 'Sobald die Fakten feststehen, die Ursache öffentlich und in einfachen Worten erklären, und was sich geändert hat.',
    resume: 'Erst wieder wie gewohnt posten, wenn Zahl und Ton der Erwähnungen wieder normal sind; geplante Beiträge prüfen, bevor sie erscheinen.',
    'template-changes': 'Dieses Playbook und die Antwortvorlagen um das Gelernte ergänzen und die Änderungen freigeben lassen.',
    'keep-watching': 'Erwähnungen noch mehrere Wochen beobachten; die Stimmung kann mit dem nächsten Beitrag wieder hochkochen.',
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
        'recall-path': 'Mit Qualitätssicherung und Rechtsabteilung den Weg für Ersatz, Reparatur und Rückruf festlegen, auch wer welche Lösung anbieten darf, und ein Produkt-FAQ bereithalten.',
        'same-fault': 'Meldungen zum selben Fehler bündeln (Produkt, Charge, Symptom). Jede Verletzung, Verbrennung oder allergische Reaktion ist eine Sicherheitsfrage.',
        'ask-quality': 'Bei der Qualitätssicherung nachfragen, ob die Charge bekannt ist und ob die Beschwerden zunehmen.',
        escalate: 'An die Leitung der Qualitätssicherung und die Krisenteamleitung eskalieren; beim geringsten Hinweis auf Verletzungen oder Gefahr sofort.',
        holding: 'Die erste Stellungnahme dort posten, wo die Meldungen auftauchen: Wir wissen davon, wir prüfen, wann das nächste Update kommt. Ein Aufruf, das Produkt nicht mehr zu verwenden, braucht die Freigabe von Qualitätssicherung und Rechtsabteilung.',
        recall: 'Ist ein Rückruf beschlossen, ihn auf allen Kanälen mit klaren Schritten veröffentlichen, anpinnen und in jeder Antwort verlinken.',
        apologise: 'Für die Unannehmlichkeiten entschuldigen; die Lösung anbieten, die die Qualitätssicherung für diesen Fall freigegeben hat, nicht vorher.',
        details: 'Chargennummer, Fotos und Kaufdatum per Direktnachricht erfragen; Gesundheitsangaben nur über den sicheren Kanal, nie öffentlich.',
        'close-loop': 'Mitteilen, wenn Lösung oder Rückruf abgeschlossen sind und was sich in der Produktion geändert hat.',
        'fact-check': 'Bevor eine Ursache genannt oder Ersatz, Reparatur oder Erstattung angeboten wird, bestätigt die Qualitätssicherung den Fehler und die freigegebene Lösung.',
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
        'reply-fast': 'Verständnis für den Ärger zeigen, sagen, dass wir uns darum kümmern, und mit dem eigenen Namen unterschreiben.',
        'move-private': 'Bestellnummern, Adressen und andere Details in eine Direktnachricht verlagern.',
        solve: 'Das Anliegen persönlich lösen und mit Einverständnis der Person im Thread bestätigen, sobald es erledigt ist.',
        'follow-up': 'Einige Tage später nachfassen, ob das Problem wirklich gelöst ist; wiederkehrende Ursachen an den Kundenservice weitergeben.',
        'check-case': 'Den Fall mit dem Kundenservice prüfen, bevor Erstattung, Ersatz oder ein Termin zugesagt wird.',
      },
      whoAnswers:
        'Die Community-Managerin oder der Community-Manager, die bzw. der es aufgegriffen hat, mit eigenem Namen; der Kundenservice übernimmt den Fall.',
      channels: ['Öffentliche Antwort auf der Plattform', 'Direktnachricht'],
      holdingStatement:
        'Es tut uns leid, dass es so gelaufen ist. Wir sehen uns das gerade an und melden uns bis {date}. Die Details bitte per Direktnachricht an uns.',
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
        'Das Verhalten von Mitarbeitenden, auf dem Markenkonto oder privat, sorgt für Empörung: ein Video, eine unhöfliche Antwort, ein Screenshot. Zuerst die Fakten mit der Personalabteilung klären; dann Stellung nehmen, ohne etwas zu unterstellen, und entschuldigen, sobald die Fakten feststehen. Die Person nie öffentlich nennen oder bewerten.',
      steps: {
        'social-policy': 'Eine Social-Media-Richtlinie haben und Mitarbeitende schulen, was sie teilen dürfen und wer für das Unternehmen spricht.',
        'verify-facts': 'Die Fakten mit der Personalabteilung klären, bevor wir etwas Konkretes sagen: wer, wann, und ist der Screenshot echt?',
        scope: 'Prüfen, ob private Konten der Person betroffen sind und ob Kundinnen oder Kunden zu Schaden kamen.',
        escalate: 'An Personalabteilung und Geschäftsführung eskalieren; die Person nicht öffentlich nennen oder verurteilen.',
        statement: 'Wenn die Personalabteilung die Fakten geprüft hat, eine Stellungnahme veröffentlichen: Wir haben es gesehen, wir nehmen es ernst, wir gehen dem nach, und wann wir informieren. Nicht unterstellen, was passiert ist.',
        apologise: 'Erst wenn die Personalabteilung bestätigt hat, dass jemand falsch behandelt wurde: Die Entschuldigung kommt von jemandem aus der Leitung oder von der Person, die den Fehler gemacht hat, nicht von der Schicht, die gerade Dienst hat.',
        privacy: 'Für den Hinweis danken, sagen, dass wir ihn ernst nehmen und dem nachgehen, und einen privaten Kanal anbieten. Keine Personaldetails.',
        outcome: 'Das Ergebnis der Untersuchung mitteilen, soweit der Datenschutz es erlaubt, und was sich ändert (Schulung, Regeln).',
        'fact-check': 'Zuerst die Fakten mit der Personalabteilung klären, vor jeder Stellungnahme und jeder Entschuldigung: Was ist passiert, wer war beteiligt, ist das Video oder der Screenshot echt und vollständig?',
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
        'Das Konto veröffentlicht Beiträge, die niemand geschrieben hat, Menschen erhalten Phishing im Namen der Marke, oder Daten könnten abgeflossen sein. Das Konto sichern, die IT bestätigen lassen, was passiert ist, dann klar sagen, was es war, und sich trotzdem entschuldigen. Ein Datenabfluss löst eine 72-Stunden-Meldepflicht aus.',
      steps: {
        'account-security': 'Jedes Konto schützen: Zwei-Faktor-Authentifizierung, Passwortmanager, eine Liste, wer Zugriff hat, und Wiederherstellungskontakte bei jeder Plattform.',
        signs: 'Auf Anzeichen eines Hacks achten: Beiträge, die niemand geplant hat, geänderte Profilangaben, Phishing-Links, Nachrichten im Namen der Marke.',
        'data-check': 'Mit der IT klären, ob Kundendaten abgeflossen sein können; ab dann läuft die 72-Stunden-Frist für die Meldung an die Aufsichtsbehörde.',
        escalate: 'IT-Sicherheit und Krisenteamleitung alarmieren; wenn Kundendaten betroffen sein könnten, die Datenschutzbeauftragte bzw. den Datenschutzbeauftragten einbinden.',
        secure: 'Zuerst das Konto sichern: Passwörter ändern, alle Sitzungen beenden, App-Zugriffe entziehen und den Plattform-Support kontaktieren.',
        'say-hacked': 'Sobald die IT einen Angriff bestätigt hat, auf allen betroffenen Kanälen klar sagen, dass das Konto gehackt wurde, und sich trotzdem entschuldigen.',
        'remove-posts': 'Beiträge der Angreifer zur Dokumentation per Screenshot sichern, dann löschen und davor warnen, ihre Links anzuklicken.',
        'answer-worried': 'Besorgten Menschen antworten: was passiert ist, was sie tun sollten (Nachrichten ignorieren, Passwörter ändern) und wo es Updates gibt.',
        explain: 'Erklären, was passiert ist und was sich geändert hat (Zwei-Faktor-Authentifizierung, Zugriffsregeln); alles prüfen, was die Angreifer verschickt haben.',
        'reply-now': 'Nur sagen, dass wir ungewöhnlichen Aktivitäten auf diesem Konto nachgehen und dass niemand auf Links in den letzten Beiträgen oder Nachrichten klicken sollte.',
        'fact-check': 'Die IT bestätigen lassen, was passiert ist (Angriff von außen, ein abgeflossenes Passwort oder jemand mit regulärem Zugang), bevor irgendwer sagt, das Konto sei gehackt worden.',
        'data-leak': 'Wenn personenbezogene Daten abgeflossen sein können, meldet der oder die Datenschutzbeauftragte das innerhalb von 72 Stunden nach Bekanntwerden der Aufsichtsbehörde (Art. 33 DSGVO) und benachrichtigt bei hohem Risiko die Betroffenen unverzüglich (Art. 34 DSGVO). Öffentliche Beiträge ersetzen diese Meldungen nicht.',
      },
      whoAnswers:
        'Das Community-Management veröffentlicht den freigegebenen Hinweis; die Entschuldigung kommt von einer höhergestellten Person.',
      channels: ['Alle betroffenen Kanäle', 'E-Mail an betroffene Kundinnen und Kunden, falls Daten abgeflossen sind'],
      holdingStatement:
        'Wir gehen ungewöhnlichen Aktivitäten auf diesem Konto nach. Bitte keine Links in den letzten Beiträgen oder Nachrichten dieses Kontos anklicken. Ein Update folgt hier bis {date}.',
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
        acknowledge: 'Die Kritik annehmen, ohne sich zu verteidigen; ein Fehlereingeständnis nur, wenn die Fakten klar sind und die Rechtsabteilung es freigegeben hat. Die Stellungnahme kommt von jemandem aus der Leitung.',
        commit: 'Konkrete Zusagen mit Terminen nennen, etwa ein Schulungsprogramm oder die Überprüfung eines Lieferanten, statt allgemeiner Werte.',
        listen: 'Zuerst zuhören: lesen, woran sich die Menschen tatsächlich stören, bevor wir antworten.',
        'reply-link': 'Einzelne Kommentare mit der Anerkennung und einem Link zur Stellungnahme beantworten; in den Kommentaren nicht diskutieren.',
        progress: 'Öffentlich über Fortschritte bei den Zusagen berichten und denen danken, die das Thema angesprochen haben.',
        'fact-check': 'Die Fakten mit den Verantwortlichen (Lieferanten, Personal, Recht) klären, bevor wir antworten. Bei Vorwürfen zu Lieferanten oder Arbeitsbedingungen kann ein „Das war ein Fehler“ ein rechtliches Eingeständnis sein: Die Rechtsabteilung gibt die Formulierung frei.',
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
        'Einer unserer eigenen Beiträge ist falsch, irreführend, taktlos oder provokant, zeigt ein unpassendes Bild oder nutzt Material, an dem wir keine Rechte haben. Genau klären, was falsch ist, über Löschen oder Stehenlassen entscheiden, offen korrigieren und die Freigabe verbessern.',
      steps: {
        'post-review': 'Einen Redaktionsplan führen, in dem jeder Beitrag geprüft und freigegeben wird, Bild- und Musikrechte geklärt sind und Agenturen wissen, was sie posten dürfen.',
        'what-wrong': 'Klären, was genau falsch ist: Fakten, Ton, Bild oder fremde Rechte. Zitierte Antworten auf unseren Beitrag zeigen, wie er gelesen wird.',
        spread: 'Prüfen, wie weit er sich verbreitet hat: geteilt, zitiert, große Accounts, Presse.',
        escalate: 'Die Person, die den Beitrag freigegeben hat, und die Krisenteamleitung informieren; die Rechtsabteilung, wenn Rechte oder Aussagen über andere betroffen sind.',
        'fact-check': 'Mit den Personen, die den Beitrag erstellt und freigegeben haben, klären, was gemeint war und was falsch ist, bevor wir etwas über die Gründe sagen.',
        'keep-or-delete': 'Es entscheidet die vorher benannte Person: meist stehen lassen und eine Korrektur ergänzen. Sofort löschen, wenn er anzüglich oder drastisch ist, Rechte anderer verletzt oder nicht von uns stammt; vorher Screenshots sichern und öffentlich sagen, dass er entfernt wurde.',
        correct: 'Die Korrektur oder Entschuldigung kommt von der Person, die den Fehler gemacht hat, oder von jemandem aus der Leitung: was falsch war und was jetzt passiert.',
        'rights-holder': 'Geht es um Rechte, Kontakt mit den Rechteinhabern aufnehmen und das Material ersetzen oder entfernen.',
        'approval-flow': 'Den Freigabeschritt verschärfen, durch den der Beitrag gerutscht ist, und Agenturen neu briefen.',
      },
      whoAnswers: 'Die Person, die den Fehler gemacht hat, oder jemand aus der Leitung; das Community-Team verlinkt auf die Korrektur.',
      channels: ['Die Plattform des Beitrags', 'Alle Kanäle, auf denen er geteilt wurde'],
      holdingStatement:
        'Wir haben die Reaktionen auf unseren Beitrag gesehen und prüfen, was schiefgelaufen ist. Bis {date} sagen wir hier mehr dazu.',
      escalateWhen: 'Der Beitrag wird breit geteilt oder zitiert, große Accounts oder die Presse greifen ihn auf, oder Rechte anderer sind betroffen.',
      escalateTo: 'Die Person, die den Beitrag freigegeben hat, die Leitung des Krisenteams, bei Rechtefragen die Rechtsabteilung.',
      deleteNote: 'Ob gelöscht oder nicht: es öffentlich sagen und Screenshots des Originals sichern.',
    },
  },
};
