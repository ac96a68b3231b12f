# language: nl
Functionaliteit: Bewust gemengde uitkomsten
  Deze scenario's lopen enkel in de test van de documentatiepagina: ze tonen dat elke status eerlijk
  op de pagina komt, ook die van een mislukte stap of een stap zonder definitie.

  Scenario: Slaagt
    Gegeven een casus "Kennis bundelen"
    En de ratio van de samenwerking is "kennis"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "lerend netwerk"

  Scenario: Vuurt meer dan er gecontroleerd wordt
    Gegeven een casus "Samen een resultaat"
    En de ratio van de samenwerking is "effectiviteit"
    Als de adviseur de casus beoordeelt
    Dan geeft de adviseur de bevinding "FORM-sovereignty"

  Scenario: Mislukt met opzet
    Gegeven een casus "Kennis bundelen"
    En de ratio van de samenwerking is "kennis"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "organisatienetwerk"

  Scenario: Een stap zonder definitie
    Gegeven een casus "Iets"
    En een stap die niemand schreef
    Als de adviseur de casus beoordeelt

  @skip
  Scenario: Overgeslagen
    Gegeven een casus "Iets"

  Abstract Scenario: Een tabel met een mislukte rij
    Gegeven een casus "Iets"
    En de ratio van de samenwerking is "<ratio>"
    Als de adviseur de casus beoordeelt
    Dan is de samenwerkingsvorm "<vorm>"

    Voorbeelden:
      | ratio       | vorm               |
      | kennis      | lerend netwerk     |
      | efficiëntie | organisatienetwerk |
