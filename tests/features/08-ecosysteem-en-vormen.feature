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
      En geeft de adviseur de bevinding "FORM-complex-needs-network"

    Scenario: Een complexe uitdaging in een shared service
      Gegeven een casus "Armoede aanpakken met een gedeelde dienst"
      En 4 van de zes criteria wijzen op "complex"
      En de ratio van de samenwerking is "efficiëntie"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-complex-but-efficiency" een waarschuwing uit hoofdstuk 3

  Regel: Overzicht eerst, niet hard sturen

    Scenario: Hard sturen zonder overzicht
      Gegeven een casus "Een druk ecosysteem"
      En het antwoord op "Bestaan er in de regio verschillende samenwerkingen naast elkaar?" is "ja"
      En het antwoord op "Is er een overzicht van wat er in het regionale ecosysteem gebeurt?" is "nee"
      En het antwoord op "Wil men het ecosysteem hard sturen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ECO-no-hard-steering" een waarschuwing uit hoofdstuk 5
      En geeft de adviseur de bevinding "ECO-overview-first"
      En geeft de adviseur niet de bevinding "ECO-spot-opportunities"
