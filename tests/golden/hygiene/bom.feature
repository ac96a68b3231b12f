# language: nl
Functionaliteit: Met BOM

  Scenario: Iets
    Gegeven een casus "a"
