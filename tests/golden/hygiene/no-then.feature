# language: nl
Functionaliteit: Een scenario zonder Dan-stap

  Scenario: Alles opgebouwd, niets gecontroleerd
    Gegeven een casus "proef"
    En het vertrouwen tussen de partners is "hoog"
    Als de adviseur de casus beoordeelt
