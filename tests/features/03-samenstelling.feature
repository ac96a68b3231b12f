# language: nl
Functionaliteit: De samenstelling van het netwerk (§4, §4.1)
  Een succesvol netwerk kiest bewust wie erbij is en waarom: wat brengt elke partner mee aan de tafel?
  De samenstelling ligt niet vast. In een regionale samenwerking mag de betrokkenheid verschillen, en
  spreek je af onder welke voorwaarden partners in- en uitstappen.

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

  Regel: In- en uitstappen, met voorwaarden

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
