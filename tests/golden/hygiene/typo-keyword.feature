# language: nl
Functionaliteit: Tikfout

  Scenario: Begint met een tikfout
    Gegeve een casus "x"
    Als de adviseur de casus beoordeelt
