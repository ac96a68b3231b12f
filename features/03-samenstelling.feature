# language: nl
Functionaliteit: De samenstelling van het netwerk (§4, §4.1)
  Een succesvol netwerk kiest bewust wie erbij is en waarom: wat brengt elke partner mee aan de tafel?
  Partners kiezen is vaak de eerste stap, maar dat zegt de adviseur enkel zolang ze nog niet gekozen zijn.
  De samenstelling ligt niet vast. In een regionale samenwerking mag de betrokkenheid verschillen, en
  spreek je af onder welke voorwaarden partners in- en uitstappen.

  Regel: De samenstelling komt eerst, zolang ze er nog niet is

    Scenario: Een netwerk in verkenning zonder gekozen partners
      Gegeven een casus "Verkenning rond eenzaamheid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welke fase zit het netwerk?" is "verkenning"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-composition-first" een advies uit hoofdstuk 4.1
      En zegt de bevinding "COMP-composition-first" "de eerste stap in het proces"

    Scenario: Zijn de partners al gekozen, dan zegt de adviseur niet meer dat dat de eerste stap is
      Gegeven een casus "Verkenning rond eenzaamheid, met partners"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welke fase zit het netwerk?" is "verkenning"
      En het netwerk telt 5 partners
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "COMP-composition-first"

    Scenario: Bij het verkennen blijkt expertise te ontbreken
      Gegeven een casus "Verkenning rond jeugdwerkloosheid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Bleek bij het verkennen dat er expertise ontbreekt?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-add-partners" een advies uit hoofdstuk 4.1

    Scenario: De samenstelling is niet met een arena-analyse bekeken
      Gegeven een casus "Netwerk rond mobiliteit"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is de samenstelling gekozen met een arena-analyse?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-arena-analysis" een advies uit hoofdstuk 4.1
      En zegt de bevinding "COMP-arena-analysis" "Deze tool kan je ook inzetten voor regionale samenwerking"

  Regel: Wat brengt elke partner mee?

    Scenario: Eén partner brengt niets mee
      Gegeven een casus "Netwerk rond jeugdwerkloosheid"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort     | brengt mee         |
        | VDAB       | andere    | trajectbegeleiding |
        | Gemeente A | gemeente  | niets              |
        | School     | onderwijs | leerlingen         |
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-what-each-brings" een advies uit hoofdstuk 4.1

    Scenario: Van één partner is niet bekend wat hij meebrengt: dat is een vraag, geen nee
      Gegeven een casus "Netwerk rond jeugdwerkloosheid"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort     | brengt mee         |
        | VDAB       | andere    | trajectbegeleiding |
        | Gemeente A | gemeente  |                    |
        | School     | onderwijs | leerlingen         |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "COMP-what-each-brings"
      En vraagt de adviseur over "Gemeente A": "Wat brengt deze partner mee aan de tafel (of 'niets')?"

    Scenario: De partners zijn niet van elkaar afhankelijk
      Gegeven een casus "Netwerk rond jeugdwerkloosheid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Zijn de partners onderling afhankelijk om het resultaat te bereiken?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-interdependence" een waarschuwing uit hoofdstuk 4.1

    Scenario: De keuzes zijn niet afgestemd op doel en gebruiker
      Gegeven een casus "Netwerk rond jeugdwerkloosheid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Zijn de keuzes over samenstelling, governance en management afgestemd op doel en gebruiker?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-deliberate-choices" een waarschuwing uit hoofdstuk 4
      En zegt de bevinding "COMP-deliberate-choices" "afgestemd op gemeenschappelijk doel en gebruiker"

  Regel: De samenstelling groeit mee: herbekijken, in- en uitstappen, met voorwaarden

    Scenario: Regio Antwerpen werkt in fases met een wisselende constellatie
      Gegeven een casus "Gemeente zonder gemeentehuis"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En het antwoord op "In welke fase zit het netwerk?" is "implementatie"
      En het antwoord op "Wordt de samenstelling herbekeken bij een nieuwe fase?" is "ja"
      En het antwoord op "Zijn er partners die geen rol zien bij de implementatie?" is "ja"
      En de partners zijn:
        | naam            | soort    | betrokkenheid | in- en uitstap afgesproken |
        | Stad Antwerpen  | gemeente | kern          | ja                         |
        | Gemeente Schoten | gemeente | af en toe     | ja                         |
        | Gemeente Kapellen | gemeente | geïnformeerd | nee                        |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "COMP-step-back"
      En is de bevinding "COMP-entry-exit" een waarschuwing uit hoofdstuk 4.1
      En geeft de adviseur niet de bevinding "COMP-reassess-at-new-phase"
      En geeft de adviseur niet de bevinding "COMP-vary-involvement"

    Scenario: Naar de implementatie zonder de samenstelling te herbekijken
      Gegeven een casus "Gemeente zonder gemeentehuis, tweede fase"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welke fase zit het netwerk?" is "implementatie"
      En het antwoord op "Wordt de samenstelling herbekeken bij een nieuwe fase?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "COMP-reassess-at-new-phase" een advies uit hoofdstuk 4.1
      En zegt de bevinding "COMP-reassess-at-new-phase" "geen vaststaand gegeven"

    Scenario: Iedereen even sterk betrokken
      Gegeven een casus "Iedereen kernpartner"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En de partners zijn:
        | naam | betrokkenheid |
        | A    | kern          |
        | B    | kern          |
        | C    | kern          |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "COMP-vary-involvement"
