# language: nl
Functionaliteit: Wat een organisatienetwerk is (§3, §4.4)
  Een organisatienetwerk verbindt minstens drie gelijkwaardige partners om samen een resultaat te
  bereiken dat geen van hen alleen kan bereiken. Het draait om diverse perspectieven, niet om
  'alle neuzen in dezelfde richting', en het kost elke partner een stuk soevereiniteit. Elk van die punten
  staat één keer in het advies, ook als twee hoofdstukken van de gids het zeggen.

  Regel: Minstens drie partners

    Abstract Scenario: Twee of drie partners
      Gegeven een casus "Buurgemeenten rond eenzaamheid"
      En de ratio van de samenwerking is "effectiviteit"
      En het netwerk telt <aantal> partners
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "organisatienetwerk"
      En <oordeel> de bevinding "FORM-too-few-partners"

      Voorbeelden:
        | aantal | oordeel                    |
        | 2      | geeft de adviseur          |
        | 3      | geeft de adviseur niet     |

    Scenario: Met twee partners zegt de samenwerkingsvorm zelf dat een bevinding er vraagtekens bij zet
      Gegeven een casus "Twee buurgemeenten"
      En de ratio van de samenwerking is "effectiviteit"
      En het netwerk telt 2 partners
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "organisatienetwerk"
      En zegt de adviseur over de samenwerkingsvorm: "Een bevinding hieronder zet daar vraagtekens bij: 'Een organisatienetwerk verbindt minstens drie partners'."

    Scenario: Een governancevorm voor zo'n netwerk van twee deelt die vraagtekens
      Gegeven een casus "Twee buurgemeenten die elkaar vertrouwen"
      En de ratio van de samenwerking is "effectiviteit"
      En het netwerk telt 2 partners
      En het vertrouwen tussen de partners is "hoog"
      En de doelconsensus is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm "zelfregulerend netwerk"
      En zegt de adviseur over de governancevorm: "Dat geldt enkel als dit een organisatienetwerk is, en daar zetten bevindingen vraagtekens bij"

  Regel: Een netwerk is er voor wat niemand alleen kan

    Scenario: Eén partner kan het ook alleen
      Gegeven een casus "Een eigen project"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Kan één partner het resultaat ook alleen bereiken?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-one-partner-could-alone" een waarschuwing uit hoofdstuk 3

    Scenario: Niet alle neuzen in dezelfde richting
      Gegeven een casus "Eenheidsdenken"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Wil de samenwerking vooral 'alle neuzen in dezelfde richting' krijgen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "FORM-not-all-noses" "alle neuzen in dezelfde richting"

    Scenario: Het netwerk wil geen concreet resultaat
      Gegeven een casus "Uitwisseling tussen jeugddiensten"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Wil de samenwerking in de eerste plaats een concreet resultaat bereiken?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-result-not-exchange" een waarschuwing uit hoofdstuk 3
      En zegt de bevinding "FORM-result-not-exchange" "in eerste instantie gericht op het creëren van een resultaat"

  Regel: Diverse perspectieven, één keer gezegd

    Scenario: Enkel gemeenten aan tafel
      Gegeven een casus "Drie gemeenten"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort    |
        | Gemeente A | gemeente |
        | Gemeente B | gemeente |
        | Gemeente C | gemeente |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "REGIO-other-actors"
      En zegt de bevinding "REGIO-other-actors" "via de diverse perspectieven van de samenwerkende partners"
      Maar geeft de adviseur niet de bevinding "FORM-diverse-perspectives"

    Scenario: Alle partners zijn van dezelfde soort, maar geen lokale besturen
      Gegeven een casus "Drie welzijnsorganisaties"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam     | soort                    |
        | CAW      | social-profitorganisatie |
        | Kompas   | social-profitorganisatie |
        | De Link  | social-profitorganisatie |
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-diverse-perspectives" een waarschuwing uit hoofdstuk 3
      Maar geeft de adviseur niet de bevinding "REGIO-other-actors"

  Regel: Nauwer samenwerken kost soevereiniteit, en bij lokale besturen verdient dat extra aandacht

    Scenario: Eén gemeente met twee andere partners
      Gegeven een casus "Gemeente met welzijnspartners"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort                    |
        | Gemeente A | gemeente                 |
        | CAW        | social-profitorganisatie |
        | Bedrijf X  | bedrijf                  |
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "FORM-sovereignty" een info uit hoofdstuk 3
      Maar geeft de adviseur niet de bevinding "REGIO-sovereignty"

    Scenario: Twee gemeenten: de soevereiniteit één keer, met de extra aandacht van §7
      Gegeven een casus "Twee gemeenten en een welzijnspartner"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort                    |
        | Gemeente A | gemeente                 |
        | Gemeente B | gemeente                 |
        | CAW        | social-profitorganisatie |
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "REGIO-sovereignty" "hoe nauwer soevereine organisaties samenwerken"
      En zegt de bevinding "REGIO-sovereignty" "verdient hierdoor extra aandacht"
      Maar geeft de adviseur niet de bevinding "FORM-sovereignty"
