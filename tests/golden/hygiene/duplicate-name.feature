# language: nl
Functionaliteit: Twee keer dezelfde naam

  Regel: Eerste
    Scenario: Dezelfde naam
      Gegeven een casus "a"

  Regel: Tweede
    Scenario: Dezelfde naam
      Gegeven een casus "b"
