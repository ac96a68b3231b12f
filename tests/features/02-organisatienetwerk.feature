# language: nl
Functionaliteit: Wat een organisatienetwerk is (§3, §4.4)
  Een organisatienetwerk verbindt minstens drie gelijkwaardige partners om samen een resultaat te
  bereiken dat geen van hen alleen kan bereiken. Het draait om diverse perspectieven, niet om
  'alle neuzen in dezelfde richting', en het kost elke partner een stuk soevereiniteit.

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

    Scenario: Enkel gemeenten aan tafel
      Gegeven een casus "Drie gemeenten"
      En de ratio van de samenwerking is "effectiviteit"
      En de partners zijn:
        | naam       | soort    |
        | Gemeente A | gemeente |
        | Gemeente B | gemeente |
        | Gemeente C | gemeente |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "FORM-diverse-perspectives"
      En geeft de adviseur de bevinding "REGIO-other-actors"
      En geeft de adviseur de bevinding "FORM-sovereignty"
