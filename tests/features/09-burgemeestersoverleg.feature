# language: nl
Functionaliteit: De rol van het burgemeestersoverleg (§6)
  Het burgemeestersoverleg is geen organisatienetwerk in enge zin maar een uitkijktoren: het houdt
  overzicht en geeft richting. Het is best licht en wendbaar, niet te sturend, verstoort geen
  samenwerkingen die goed lopen, en zorgt dat overleg tot actie leidt, met aandacht voor
  informatiedoorstroming en draagvlak.

  Achtergrond:
    Gegeven een casus "Burgemeestersoverleg van de regio"
    En het antwoord op "Is er een burgemeestersoverleg?" is "ja"

  Regel: Licht, niet te sturend, en met resultaat op het terrein

    Scenario: Een zwaar overleg dat te hard stuurt
      Gegeven het antwoord op "Is de structuur van het burgemeestersoverleg licht en wendbaar?" is "nee"
      En het antwoord op "Grijpt het burgemeestersoverleg in op samenwerkingen die goed lopen?" is "ja"
      En het antwoord op "Leidt wat op het burgemeestersoverleg besproken wordt tot actie op het terrein?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-light-and-agile" een waarschuwing uit hoofdstuk 6
      En geeft de adviseur de bevinding "MAYOR-respect-working-collaborations"
      En geeft de adviseur de bevinding "MAYOR-talk-to-action"
      En geeft de adviseur de bevinding "MAYOR-lookout-tower"

    Scenario: Een overleg dat de samenwerking opstart, kiest de vorm bewust
      Gegeven het antwoord op "Ging de samenwerking uit van het burgemeestersoverleg?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-form-by-rationale" een advies uit hoofdstuk 6
