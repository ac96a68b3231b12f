Functionaliteit: Zonder taalregel

  Scenario: Iets
    Gegeven een casus "a"
