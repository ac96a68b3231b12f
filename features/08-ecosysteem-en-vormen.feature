# language: nl
Functionaliteit: De regio als ecosysteem en de samenwerkingsvormen (§5)
  In een regio bestaan veel uitdagingen en samenwerkingen naast elkaar: een ecosysteem. Dat stuur je
  niet hard; eerst heb je overzicht nodig. Vanuit dat overzicht kies je per opportuniteit een vorm
  volgens de ratio: kennis, efficiëntie of effectiviteit.

  Regel: De vorm volgt de ratio

    Abstract Scenario: Kennis, efficiëntie of effectiviteit
      Gegeven een casus "Een opportuniteit in de regio"
      En de ratio van de samenwerking is "<ratio>"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "<vorm>"

      Voorbeelden:
        | ratio         | vorm                  |
        | kennis        | lerend netwerk        |
        | efficiëntie   | shared service centre |
        | effectiviteit | organisatienetwerk    |

    Scenario: Een complexe uitdaging zonder benoemde ratio: voorlopig een organisatienetwerk
      Gegeven een casus "Dak- en thuisloosheid"
      En 4 van de zes criteria wijzen op "complex"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "organisatienetwerk"
      En kan de samenwerkingsvorm nog worden: "lerend netwerk" en "shared service centre"
      En is de bevinding "FORM-complex-needs-network" een info uit hoofdstuk 3

    Scenario: Een eenvoudige uitdaging zonder benoemde ratio
      Gegeven een casus "Samen een IT-medewerker aanwerven"
      En 4 van de zes criteria wijzen op "eenvoudig"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-not-complex-other-forms" een advies uit hoofdstuk 3
      En steunt de bevinding "FORM-not-complex-other-forms" op de lezing van netadvisor

    Scenario: Een complexe uitdaging in een shared service
      Gegeven een casus "Armoede aanpakken met een gedeelde dienst"
      En 4 van de zes criteria wijzen op "complex"
      En de ratio van de samenwerking is "efficiëntie"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-complex-but-efficiency" een waarschuwing uit hoofdstuk 3
      En steunt de bevinding "FORM-complex-but-efficiency" op de lezing van netadvisor

    Scenario: Een eenvoudige uitdaging in een organisatienetwerk
      Gegeven een casus "Samen een IT-medewerker aanwerven als netwerk"
      En 4 van de zes criteria wijzen op "eenvoudig"
      En de ratio van de samenwerking is "effectiviteit"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "organisatienetwerk"
      En is de bevinding "FORM-network-not-complex" een advies uit hoofdstuk 3
      En steunt de bevinding "FORM-network-not-complex" op de lezing van netadvisor
      En geeft de adviseur niet de bevinding "FORM-not-complex-other-forms"

  Regel: De vorm die de samenwerking heeft, getoetst aan de ratio

    Abstract Scenario: Zonder ratio geldt de vorm die de samenwerking heeft
      Gegeven een casus "Een bestaande samenwerking"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "<vorm>"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "<vorm>"

      Voorbeelden:
        | vorm                  |
        | lerend netwerk        |
        | shared service centre |
        | organisatienetwerk    |

    Abstract Scenario: De vorm past niet bij de ratio
      Gegeven een casus "Een samenwerking met een andere ratio"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "<vorm>"
      En de ratio van de samenwerking is "<ratio>"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een waarschuwing uit hoofdstuk 5
      En zegt de bevinding "<regel>" "bewust wordt omgegaan met de ratio achter de samenwerking"

      Voorbeelden:
        | vorm                  | ratio         | regel                                     |
        | lerend netwerk        | efficiëntie   | FORM-stated-differs-learning-network      |
        | shared service centre | effectiviteit | FORM-stated-differs-shared-service-centre |
        | organisatienetwerk    | kennis        | FORM-stated-differs-organisation-network  |

  Regel: Overzicht eerst, niet hard sturen

    Scenario: Verschillende samenwerkingen naast elkaar vormen een ecosysteem
      Gegeven een casus "Een regio met veel samenwerkingen"
      En het antwoord op "Bestaan er in de regio verschillende samenwerkingen naast elkaar?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ECO-region-is-ecosystem" een info uit hoofdstuk 5
      En zegt de bevinding "ECO-region-is-ecosystem" "niet gedreven door het samen rechtstreeks tot resultaat komen"

    Scenario: Hard sturen zonder overzicht
      Gegeven een casus "Een druk ecosysteem"
      En het antwoord op "Bestaan er in de regio verschillende samenwerkingen naast elkaar?" is "ja"
      En het antwoord op "Is er een overzicht van wat er in het regionale ecosysteem gebeurt?" is "nee"
      En het antwoord op "Wil men het ecosysteem hard sturen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ECO-no-hard-steering" een waarschuwing uit hoofdstuk 5
      En geeft de adviseur de bevinding "ECO-overview-first"
      En geeft de adviseur niet de bevinding "ECO-spot-opportunities"

    Scenario: Hard willen sturen, maar of er een ecosysteem is, is nog niet gekend
      Gegeven een casus "Sturen zonder te weten wat er al is"
      En het antwoord op "Wil men het ecosysteem hard sturen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "ECO-no-hard-steering"
      En kan het antwoord op "Bestaan er in de regio verschillende samenwerkingen naast elkaar?" op zichzelf de bevinding "ECO-no-hard-steering" veranderen

    Scenario: Met een overzicht zie je opportuniteiten
      Gegeven een casus "Een regio met overzicht"
      En het antwoord op "Bestaan er in de regio verschillende samenwerkingen naast elkaar?" is "ja"
      En het antwoord op "Is er een overzicht van wat er in het regionale ecosysteem gebeurt?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ECO-spot-opportunities" een info uit hoofdstuk 5
      En geeft de adviseur niet de bevinding "ECO-overview-first"
