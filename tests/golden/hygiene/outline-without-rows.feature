# language: nl
Functionaliteit: Sjabloon zonder rijen

  Abstract Scenario: Geen voorbeelden
    Gegeven een casus "<naam>"

    Voorbeelden:
      | naam |
