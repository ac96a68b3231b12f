# language: nl
Functionaliteit: De rol van het burgemeestersoverleg (§6)
  Het burgemeestersoverleg is geen organisatienetwerk in enge zin maar een uitkijktoren: het houdt
  overzicht en geeft richting. Het produceert zelf geen tastbaar resultaat op het terrein, maar moet
  wel bewaken dat wat er besproken wordt tot actie op het terrein leidt. Het is best licht en wendbaar,
  niet te sturend, verstoort geen samenwerkingen die goed lopen, en heeft aandacht voor
  informatiedoorstroming en draagvlak.

  Achtergrond:
    Gegeven een casus "Burgemeestersoverleg van de regio"
    En het antwoord op "Is er een burgemeestersoverleg?" is "ja"

  Regel: Licht, niet te sturend, en met resultaat op het terrein

    Scenario: Een zwaar overleg dat ingrijpt op samenwerkingen die goed lopen, zonder actie op het terrein
      Gegeven het antwoord op "Is de structuur van het burgemeestersoverleg licht en wendbaar?" is "nee"
      En het antwoord op "Grijpt het burgemeestersoverleg in op samenwerkingen die goed lopen?" is "ja"
      En het antwoord op "Leidt wat op het burgemeestersoverleg besproken wordt tot actie op het terrein?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-light-and-agile" een waarschuwing uit hoofdstuk 6
      En geeft de adviseur de bevinding "MAYOR-respect-working-collaborations"
      En zegt de bevinding "MAYOR-talk-to-action" "produceert zelf geen tastbaar resultaat op het terrein"
      En zegt de bevinding "MAYOR-lookout-tower" "uitkijktoren"

    Scenario: Het overleg treedt sterk sturend op
      Gegeven het antwoord op "Hoe sturend treedt het burgemeestersoverleg op?" is "hoog"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-not-too-directive" een waarschuwing uit hoofdstuk 6

    Scenario: Een overleg dat gemiddeld stuurt, krijgt die waarschuwing niet
      Gegeven het antwoord op "Hoe sturend treedt het burgemeestersoverleg op?" is "gemiddeld"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "MAYOR-not-too-directive"

    Scenario: Geen aandacht voor informatiedoorstroming en draagvlak
      Gegeven het antwoord op "Is er aandacht voor informatiedoorstroming en draagvlak?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-information-and-support" een waarschuwing uit hoofdstuk 6

  Regel: Het overleg kiest de vorm van een nieuwe samenwerking bewust

    Scenario: Een overleg dat de samenwerking opstart, kiest de vorm bewust
      Gegeven het antwoord op "Ging de samenwerking uit van het burgemeestersoverleg?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MAYOR-form-by-rationale" een advies uit hoofdstuk 6

    Scenario: Is de ratio al benoemd, dan vraagt de adviseur niet meer om ze bewust te kiezen
      Gegeven het antwoord op "Ging de samenwerking uit van het burgemeestersoverleg?" is "ja"
      En de ratio van de samenwerking is "kennis"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "MAYOR-form-by-rationale"

  Regel: Het overleg zelf wordt niet beoordeeld als organisatienetwerk

    Scenario: Geen concreet resultaat: 'geen praatbarak' geldt voor een organisatienetwerk, niet voor het overleg
      Gegeven het antwoord op "In welke fase zit het netwerk?" is "implementatie"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      En het antwoord op "Leidt wat op het burgemeestersoverleg besproken wordt tot actie op het terrein?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "MAYOR-lookout-tower"
      En geeft de adviseur de bevinding "REGIO-no-talking-shop" als dit een organisatienetwerk is
      Maar geeft de adviseur niet de bevinding "MAYOR-talk-to-action"
