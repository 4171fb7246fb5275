import type { LanguageCopy } from './types';

export const DE: LanguageCopy = {
  commonSteps: {
    team: 'Krisenteam mit Rollen und Vertretungen benennen (Social Media, Kommunikation, Kundenservice, Recht, Geschäftsführung) und sicherstellen, dass es auch außerhalb der Bürozeiten erreichbar ist.',
    approval: 'Festlegen, wer öffentliche Stellungnahmen freigibt und wie schnell: eine Person und eine Vertretung, Antwort binnen 30 Minuten.',
    templates: 'Antwortvorlagen für dieses Szenario in jeder Sprache, in der wir antworten, vorbereiten und freigeben lassen.',
    monitoring: 'Markennamen, Produkte, Handles und Hashtags beobachten, damit eine Welle in Minuten statt Stunden auffällt.',
    incident: 'In Keel einen Vorfall anlegen und zugehörige Erwähnungen darunter ablegen, damit das ganze Team dasselbe Bild hat.',
    lessons: 'Nachbesprechung halten: Was hat es ausgelöst, wie schnell haben wir reagiert, was hat funktioniert? Diesen Plan und die Vorlagen anpassen.',
    'keep-watching': 'Erwähnungen noch mehrere Wochen beobachten; die Stimmung kann mit dem nächsten Beitrag wieder hochkochen.',
  },
  movePrivateWhen:
    'Sobald eine Bestellnummer, Adresse, Gesundheitsangabe oder andere persönliche Daten nötig sind – oder nach dem zweiten öffentlichen Austausch mit derselben Person.',
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
        'recall-path': 'Mit Qualitätssicherung und Rechtsabteilung den Weg für Ersatz, Reparatur und Rückruf festlegen und ein Produkt-FAQ bereithalten.',
        'same-fault': 'Meldungen zum selben Fehler bündeln (Produkt, Charge, Symptom). Jede Verletzung, Verbrennung oder allergische Reaktion ist eine Sicherheitsfrage.',
        'ask-quality': 'Bei der Qualitätssicherung nachfragen, ob die Charge bekannt ist und ob die Beschwerden zunehmen.',
        escalate: 'An die Leitung der Qualitätssicherung und die Krisenteamleitung eskalieren; beim geringsten Hinweis auf Verletzungen oder Gefahr sofort.',
        holding: 'Das Statement zur Überbrückung dort posten, wo die Meldungen auftauchen: Wir wissen Bescheid, wir prüfen, und so verhalten Sie sich bis dahin.',
        recall: 'Ist ein Rückruf beschlossen, ihn auf allen Kanälen mit klaren Schritten veröffentlichen, anpinnen und in jeder Antwort verlinken.',
        apologise: 'Bei allen Betroffenen entschuldigen und die freigegebene Lösung anbieten: Ersatz, Reparatur oder Erstattung.',
        details: 'Chargennummer, Fotos und Kaufdatum per Direktnachricht erfragen, nie öffentlich.',
        'close-loop': 'Mitteilen, wenn Lösung oder Rückruf abgeschlossen sind und was sich in der Produktion geändert hat.',
      },
      whoAnswers:
        'Das Social-Media-Team beantwortet einzelne Meldungen; eine Stellungnahme zur Sicherheit oder zu einem Rückruf kommt von einer höhergestellten Person, etwa der Leitung der Qualitätssicherung.',
      channels: ['Die Plattform, auf der es aufkam (X, Facebook, Instagram)', 'Direktnachrichten für Details', 'Website für eine Rückrufmeldung'],
      holdingStatement:
        'Wir haben die Meldungen zu {product} gesehen und nehmen sie ernst. Unsere Qualitätssicherung prüft gerade. Wenn Sie Zweifel an der Sicherheit haben, verwenden Sie das Produkt bitte vorerst nicht. Bis {date} melden wir uns hier mit einem Update.',
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
        'reply-fast': 'Öffentlich schnell antworten: den Ärger anerkennen, sagen, dass wir uns kümmern, und mit dem eigenen Namen unterschreiben.',
        'move-private': 'Bestellnummern, Adressen und andere Details in eine Direktnachricht verlagern.',
        solve: 'Das Anliegen persönlich lösen und mit Einverständnis der Person im Thread bestätigen, sobald es erledigt ist.',
        'follow-up': 'Einige Tage später nachfassen, ob das Problem wirklich gelöst ist; wiederkehrende Ursachen an den Kundenservice weitergeben.',
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
        'Das Verhalten einer Mitarbeiterin oder eines Mitarbeiters – auf dem Markenkonto oder privat – empört: ein Video, eine unhöfliche Antwort, ein Screenshot. Öffentlich Stellung nehmen, entschuldigen und intern aufklären; die Person nie öffentlich nennen oder verurteilen.',
      steps: {
        'social-policy': 'Eine Social-Media-Richtlinie haben und Mitarbeitende schulen, was sie teilen dürfen und wer für das Unternehmen spricht.',
        'verify-facts': 'Die Fakten mit der Personalabteilung klären, bevor wir etwas Konkretes sagen: wer, wann, und ist der Screenshot echt?',
        scope: 'Prüfen, ob private Konten der Person betroffen sind und ob Kundinnen oder Kunden zu Schaden kamen.',
        escalate: 'An Personalabteilung und Geschäftsführung eskalieren; die Person nicht öffentlich nennen oder verurteilen.',
        statement: 'Eine Stellungnahme veröffentlichen: Wir haben es gesehen, es entspricht nicht unseren Werten, wir klären es intern auf – mit einem Termin für das nächste Update.',
        apologise: 'Bei den Betroffenen entschuldigen; die Entschuldigung kommt von der Person, die den Fehler gemacht hat, oder von einer höhergestellten Person.',
        privacy: 'Keine Personalangaben teilen; allgemein sagen, wie es weitergeht und wann es ein Update gibt.',
        outcome: 'Das Ergebnis der Untersuchung mitteilen, soweit der Datenschutz es erlaubt, und was sich ändert (Schulung, Regeln).',
      },
      whoAnswers:
        'Eine höhergestellte Person, etwa aus Geschäftsführung oder Kommunikationsleitung; nie die betroffene Person selbst oder ihr Team.',
      channels: ['Blog oder Website', 'Pressemitteilung', 'LinkedIn', 'Die Plattform, auf der es aufkam'],
      holdingStatement:
        'Wir haben das Video und die Kommentare gesehen, und es tut uns leid. So soll niemand behandelt werden. Wir klären den Vorfall intern auf und geben bis {date} ein Update.',
      escalateWhen:
        'Ein Video oder Screenshot von Mitarbeitenden verbreitet sich, jemand fordert eine Kündigung, oder eine Kundin bzw. ein Kunde kam zu Schaden.',
      escalateTo: 'Personalabteilung und Geschäftsführung.',
    },
    'security-incident': {
      title: 'Gehacktes Konto oder Sicherheitsvorfall',
      summary:
        'Das Konto veröffentlicht Beiträge, die niemand geschrieben hat, Menschen erhalten Phishing-Nachrichten im Namen der Marke, oder Daten könnten abgeflossen sein. Das Konto sichern, klar sagen, dass es gehackt wurde, und trotzdem um Entschuldigung bitten.',
      steps: {
        'account-security': 'Jedes Konto schützen: Zwei-Faktor-Authentifizierung, Passwortmanager, eine Liste, wer Zugriff hat, und Wiederherstellungskontakte bei jeder Plattform.',
        signs: 'Auf Anzeichen eines Hacks achten: Beiträge, die niemand geplant hat, geänderte Profilangaben, Phishing-Links, Nachrichten im Namen der Marke.',
        'data-check': 'Mit der IT klären, ob Kundendaten abgeflossen sein könnten; dann gelten gesetzliche Meldepflichten.',
        escalate: 'IT-Sicherheit und Krisenteamleitung alarmieren; wenn Kundendaten betroffen sein könnten, die Datenschutzbeauftragte bzw. den Datenschutzbeauftragten einbinden.',
        secure: 'Zuerst das Konto sichern: Passwörter ändern, alle Sitzungen beenden, App-Zugriffe entziehen und den Plattform-Support kontaktieren.',
        'say-hacked': 'Auf jedem betroffenen Kanal klar sagen, dass das Konto gehackt wurde, und trotzdem um Entschuldigung bitten.',
        'remove-posts': 'Beiträge der Angreifer zur Dokumentation per Screenshot sichern, dann löschen und davor warnen, ihre Links anzuklicken.',
        'answer-worried': 'Besorgten Menschen antworten: was passiert ist, was sie tun sollten (Nachrichten ignorieren, Passwörter ändern) und wo es Updates gibt.',
        explain: 'Erklären, was passiert ist und was sich geändert hat (Zwei-Faktor-Authentifizierung, Zugriffsregeln); alles prüfen, was die Angreifer verschickt haben.',
      },
      whoAnswers:
        'Das Community-Management veröffentlicht den freigegebenen Hinweis; die Entschuldigung kommt von einer höhergestellten Person.',
      channels: ['Alle betroffenen Kanäle', 'E-Mail an betroffene Kundinnen und Kunden, falls Daten abgeflossen sind'],
      holdingStatement:
        'Unser Konto wurde gehackt; die letzten Beiträge und Nachrichten stammen nicht von uns. Das tut uns leid. Bitte klicken Sie auf keine Links darin. Wir haben das Konto gesichert und melden uns bis {date} mit einem Update.',
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
        acknowledge: 'Die Kritik ohne Rechtfertigung anerkennen und sich entschuldigen, wo es angebracht ist; die Stellungnahme kommt von einer höhergestellten Person.',
        commit: 'Konkrete Zusagen mit Terminen nennen, etwa ein Schulungsprogramm oder die Überprüfung eines Lieferanten, statt allgemeiner Werte.',
        listen: 'Zuerst zuhören: lesen, woran sich die Menschen tatsächlich stören, bevor wir antworten.',
        'reply-link': 'Einzelne Kommentare mit der Anerkennung und einem Link zur Stellungnahme beantworten; in den Kommentaren nicht diskutieren.',
        progress: 'Öffentlich über Fortschritte bei den Zusagen berichten und denen danken, die das Thema angesprochen haben.',
      },
      whoAnswers:
        'Die für den Beitrag verantwortliche Person oder eine höhergestellte Person; stehen die Werte der Marke in Frage, die Geschäftsführung.',
      channels: ['Alle Social-Media-Kanäle', 'Stellungnahme auf der Website'],
      holdingStatement:
        'Wir hören die Kritik und verstehen die Empörung. Wir hören zu, prüfen, was passiert ist, und sagen bis {date}, was wir ändern werden.',
      escalateWhen:
        'Es gibt Boykottaufrufe, das Thema trendet, oder Presse, Politik oder reichweitenstarke Konten steigen ein.',
      escalateTo: 'Krisenteamleitung und Geschäftsführung.',
      deleteNote:
        'Ist der Beitrag selbst das Problem, ihn meist stehen lassen und eine Stellungnahme ergänzen; nur entfernen, wenn er Menschen verletzt, die ihn jetzt sehen – und das offen sagen.',
    },
  },
};
