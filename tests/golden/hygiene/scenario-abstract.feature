# language: nl
Functionaliteit: Een sjabloon dat niet bestaat

  Scenario-abstract: Lijkt een Abstract Scenario
    Gegeven een casus "<naam>"
    Als de adviseur de casus beoordeelt

    Voorbeelden:
      | naam |
      | x    |
