# language: nl
Functionaliteit: Netwerkstrategieën en een netwerk dat vastloopt (§4.4, §4.4.1)
  Verbinding tussen partners ontstaat vaak door op drie elementen tegelijk te werken: inhoud, proces en
  institutionele kenmerken. Vastlopen hoort erbij en is eerder een teken van vooruitgang. Daarna noemt
  de gids drie punten: maak zaken bespreekbaar, bekijk het vanuit een ander perspectief, maak samen iets.
  Ze koppelt geen punt aan waarop het netwerk vastzit, dus geeft de adviseur ze altijd samen. Raken de partners er onderling niet uit, dan kan een externe partij helpen.

  Achtergrond:
    Gegeven een casus "Regionaal netwerk jeugdhulp"
    En de ratio van de samenwerking is "effectiviteit"

  Regel: Een netwerk dat vastzit, krijgt de drie punten samen

    Scenario: Vast, en de partners raken er onderling niet uit
      Gegeven het antwoord op "Zit het netwerk vast?" is "ja"
      En het antwoord op "Raken de partners er onderling uit?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "STRAT-stuck-is-progress" een info uit hoofdstuk 4.4.1
      En zegt de bevinding "STRAT-stuck-strategies" "Maak zaken bespreekbaar."
      En zegt de bevinding "STRAT-stuck-strategies" "Bekijk het vanuit een ander perspectief."
      En zegt de bevinding "STRAT-stuck-strategies" "Maak samen iets."
      En zegt de bevinding "STRAT-outside-party" "een externe partij uit te nodigen"

    Scenario: De partners raken er zelf uit
      Gegeven het antwoord op "Zit het netwerk vast?" is "ja"
      En het antwoord op "Raken de partners er onderling uit?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "STRAT-stuck-strategies" een advies uit hoofdstuk 4.4.1
      Maar geeft de adviseur niet de bevinding "STRAT-outside-party"

    Abstract Scenario: Waarop het netwerk ook vastzit, de gids noemt dezelfde drie punten
      Gegeven het antwoord op "Zit het netwerk vast?" is "ja"
      En het antwoord op "<vraag>" is "ja"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "STRAT-stuck-strategies" "noemt de gids drie punten"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress"

      Voorbeelden:
        | vraag                                     |
        | Zit het vast op de inhoud?                |
        | Zit het vast op het proces?               |
        | Zit het vast op institutionele kenmerken? |

    Scenario: Weten we niet of de partners er zelf uitraken, dan vraagt de adviseur het
      Gegeven het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "Raken de partners er onderling uit?"

    Scenario: Een netwerk dat niet vastzit, krijgt geen strategieën om los te komen
      Gegeven het antwoord op "Zit het netwerk vast?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "STRAT-stuck-strategies"
      En geeft de adviseur niet de bevinding "STRAT-stuck-is-progress"

  Regel: Werk tegelijk aan inhoud, proces en institutionele kenmerken

    Abstract Scenario: Een element waaraan het netwerk niet werkt
      Gegeven het antwoord op "<vraag>" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een advies uit hoofdstuk 4.4.1

      Voorbeelden:
        | vraag                                                                         | regel               |
        | Werkt het netwerk aan de inhoud (verbinden op de inhoudelijke doelstelling)?  | STRAT-content       |
        | Werkt het netwerk aan het proces (hoe afspraken tot stand komen)?             | STRAT-process       |
        | Werkt het netwerk aan institutionele kenmerken (vertrouwen)?                  | STRAT-institutional |

    Scenario: Laag vertrouwen groeit door samen resultaat te halen
      Gegeven het vertrouwen tussen de partners is "laag"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "STRAT-trust-grows" een advies uit hoofdstuk 4.4.1
      En zegt de bevinding "STRAT-trust-grows" "Vertrouwen groeit echter ook door samen te werken"

  Regel: Gelijkwaardige, niet gelijke partners

    Scenario: Niet elke partner weegt even zwaar in de besluiten
      Gegeven het antwoord op "Wegen de partners gelijkwaardig door in de besluitvorming?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "MGMT-equivalent-partners" een waarschuwing uit hoofdstuk 4.4
      En zegt de bevinding "MGMT-equivalent-partners" "gelijkwaardige (dus niet 'gelijke') partners"
