# language: nl
Functionaliteit: Netwerkstrategieën en een netwerk dat vastloopt (§4.4.1)
  Verbinding ontstaat door tegelijk te werken aan inhoud, proces en institutionele kenmerken.
  Vastlopen hoort erbij en is eerder een teken van vooruitgang. Drie ingrepen helpen: maak zaken
  bespreekbaar, bekijk het vanuit een ander perspectief, maak samen iets. Met welke je begint,
  hangt af van waarop het netwerk vastzit.

  Achtergrond:
    Gegeven een casus "Regionaal netwerk jeugdhulp"
    En de ratio van de samenwerking is "effectiviteit"
    En het antwoord op "Zit het netwerk vast?" is "ja"

  Regel: Geruststelling en de drie ingrepen

    Scenario: Vast op vertrouwen, en de partners raken er onderling niet uit
      Gegeven het antwoord op "Zit het vast op institutionele kenmerken?" is "ja"
      En het antwoord op "Raken de partners er onderling uit?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "STRAT-stuck-is-progress" een info uit hoofdstuk 4.4.1
      En komt de bevinding "STRAT-focus-institutional" voor de bevinding "STRAT-make-discussable"
      En geeft de adviseur de bevinding "STRAT-outside-party"
      En geeft de adviseur de bevinding "STRAT-make-something-together"

    Scenario: De partners raken er zelf uit
      Gegeven het antwoord op "Raken de partners er onderling uit?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "STRAT-other-perspective"
      Maar geeft de adviseur niet de bevinding "STRAT-outside-party"

    Abstract Scenario: De ingreep die past bij waar het netwerk op vastzit
      Gegeven het antwoord op "<vraag>" is "ja"
      Als de adviseur de casus beoordeelt
      Dan komt de bevinding "<eerst>" voor de bevinding "STRAT-make-discussable"

      Voorbeelden:
        | vraag                                         | eerst                      |
        | Zit het vast op de inhoud?                    | STRAT-focus-content        |
        | Zit het vast op het proces?                   | STRAT-focus-process        |
        | Zit het vast op institutionele kenmerken?     | STRAT-focus-institutional  |

    Scenario: Weten we niet of de partners er zelf uitraken, dan vraagt de adviseur het
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "Raken de partners er onderling uit?"
