# language: nl
Functionaliteit: Voorbeeld in plaats van Voorbeelden

  Abstract Scenario: Een tabel die nooit loopt
    Gegeven een casus "<naam>"
    Als de adviseur de casus beoordeelt

    Voorbeeld:
      | naam |
      | x    |
