# language: nl
Functionaliteit: Governance van het netwerk (§4.3)
  Welke governancevorm effectief is, hangt af van de context: het aantal partners, het onderling
  vertrouwen, de doelconsensus en de nood aan netwerkcompetenties. De koppeling van die factoren aan
  de drie vormen komt uit Provan & Kenis (2008), niet uit de gids: de adviezen zeggen dat erbij.
  Weinig partners past bij zelfregulering, een gemiddeld aantal bij een leiderorganisatie of een NAO,
  veel partners bij een NAO. Waar 'weinig' ophoudt en 'veel' begint, zijn beleidswaarden
  (weinig_partners_max en veel_partners_min); de voorbeelden hieronder gaan uit van 7 en 16. De vorm
  met de meeste steun wordt het advies, als genoeg factoren haar steunen (de beleidswaarde
  governance_min_steun); voor elke andere vorm zegt de adviseur welke factoren er niet voor pleiten.

  Achtergrond:
    Gegeven een casus "Een regionaal organisatienetwerk"
    En de ratio van de samenwerking is "effectiviteit"

  Regel: De vier factoren wijzen een vorm aan

    Abstract Scenario: Elke vorm met de factoren die erbij passen
      Gegeven het netwerk telt <organisaties> organisaties
      En het vertrouwen tussen de partners is "<vertrouwen>"
      En de doelconsensus is "<consensus>"
      En de nood aan netwerkcompetenties is "<competenties>"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm "<vorm>"

      Voorbeelden: de rijen van de tabel
        | organisaties | vertrouwen | consensus | competenties | vorm                                     |
        | 4            | hoog       | hoog      | laag         | zelfregulerend netwerk                   |
        | 11           | laag       | laag      | gemiddeld    | leiderorganisatienetwerk                 |
        | 18           | gemiddeld  | gemiddeld | hoog         | netwerk administratieve organisatie (NAO) |

      Voorbeelden: bijna-missers
        | organisaties | vertrouwen | consensus | competenties | vorm                                     |
        | 4            | hoog       | hoog      | hoog         | zelfregulerend netwerk                   |
        | 4            | hoog       | laag      | hoog         | geen duidelijke vorm                     |
        | 9            | gemiddeld  | laag      | hoog         | netwerk administratieve organisatie (NAO) |
        | 9            | laag       | laag      | hoog         | leiderorganisatienetwerk                 |

      Voorbeelden: weinig partners houdt op bij 7 (weinig_partners_max): bij 8 beslist het aantal anders
        | organisaties | vertrouwen | consensus | competenties | vorm                                     |
        | 7            | hoog       | hoog      | hoog         | zelfregulerend netwerk                   |
        | 8            | hoog       | hoog      | hoog         | geen duidelijke vorm                     |
        | 7            | laag       | laag      | hoog         | geen duidelijke vorm                     |
        | 8            | laag       | laag      | hoog         | leiderorganisatienetwerk                 |

      Voorbeelden: veel partners laten een leiderorganisatie niet meer toe
        | organisaties | vertrouwen | consensus | competenties | vorm                                     |
        | 15           | laag       | laag      | hoog         | leiderorganisatienetwerk                 |
        | 16           | laag       | laag      | hoog         | geen duidelijke vorm                     |
        | 16           | laag       | laag      | gemiddeld    | leiderorganisatienetwerk                 |
        | 16           | gemiddeld  | laag      | hoog         | netwerk administratieve organisatie (NAO) |

    Abstract Scenario: Het advies bij elke vorm, en waarop het steunt
      Gegeven het netwerk telt <organisaties> organisaties
      En het vertrouwen tussen de partners is "<vertrouwen>"
      En de doelconsensus is "<consensus>"
      En de nood aan netwerkcompetenties is "<competenties>"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<advies>" een advies uit hoofdstuk 4.3
      En steunt de bevinding "<advies>" op een bron buiten de gids

      Voorbeelden:
        | organisaties | vertrouwen | consensus | competenties | advies                       |
        | 4            | hoog       | hoog      | laag         | GOV-advice-self-governing    |
        | 11           | laag       | laag      | gemiddeld    | GOV-advice-lead-organisation |
        | 18           | gemiddeld  | gemiddeld | hoog         | GOV-advice-nao               |

    Scenario: Waarom een andere vorm minder past
      Gegeven het netwerk telt 18 organisaties
      En het vertrouwen tussen de partners is "gemiddeld"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "hoog"
      Als de adviseur de casus beoordeelt
      Dan past een "zelfregulerend netwerk" minder omdat "Hoog vertrouwen past bij zelfregulering" niet geldt
      En geeft de adviseur de bevinding "GOV-advice-nao"

    Scenario: Onbekende factoren worden vragen; voor de doelconsensus eerst of er een gemeenschappelijke doelstelling is
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm "nog niet te bepalen"
      En vraagt de adviseur "Hoeveel organisaties telt het netwerk?"
      En vraagt de adviseur "Hoeveel onderling vertrouwen is er tussen de partners?"
      En vraagt de adviseur "Hoe groot is de nood aan competenties op netwerkniveau (coördinatie, administratie, expertise)?"
      En vraagt de adviseur "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?"
      Maar vraagt de adviseur niet "Hoe groot is de doelconsensus: in welke mate streeft elke partner de gemeenschappelijke doelstelling na?"

  Regel: De huidige vorm toetsen

    Scenario: Een zelfregulerend netwerk dat een NAO nodig heeft
      Gegeven het netwerk telt 18 organisaties
      En het vertrouwen tussen de partners is "gemiddeld"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-mismatch-nao" een waarschuwing uit hoofdstuk 4.3
      Maar geeft de adviseur niet de bevinding "GOV-evolution"

    Scenario: Een NAO waar de factoren op een leiderorganisatie wijzen
      Gegeven het netwerk telt 11 organisaties
      En het vertrouwen tussen de partners is "laag"
      En de doelconsensus is "laag"
      En de nood aan netwerkcompetenties is "gemiddeld"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "netwerk administratieve organisatie (NAO)"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-mismatch-lead-organisation" een waarschuwing uit hoofdstuk 4.3
      En geeft de adviseur de bevinding "GOV-advice-lead-organisation"

    Scenario: Een leiderorganisatie waar de factoren op zelfregulering wijzen
      Gegeven het netwerk telt 4 organisaties
      En het vertrouwen tussen de partners is "hoog"
      En de doelconsensus is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "leiderorganisatienetwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-mismatch-self-governing" een waarschuwing uit hoofdstuk 4.3
      En steunt de bevinding "GOV-mismatch-self-governing" op een bron buiten de gids

    Scenario: Een zelfregulerend netwerk waarvoor de factoren meer steun geven aan een andere vorm
      Gegeven het netwerk telt 11 organisaties
      En het vertrouwen tussen de partners is "hoog"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "gemiddeld"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm "geen duidelijke vorm"
      En is de bevinding "GOV-current-outsupported" een advies uit hoofdstuk 4.3
      En zegt de bevinding "GOV-current-outsupported" "Volgens Provan & Kenis steunt een deel van de gekende factoren die vorm, maar krijgt een andere vorm meer steun"
      Maar geeft de adviseur niet de bevinding "GOV-current-unsupported"

    Scenario: Een groeiend zelfregulerend netwerk waarvoor zelfregulering nog past
      Gegeven het netwerk telt 9 organisaties
      En het vertrouwen tussen de partners is "hoog"
      En de doelconsensus is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-evolution" een info uit hoofdstuk 4.3
      En geeft de adviseur niet de bevinding "GOV-mismatch-self-governing"

    Scenario: Nog geen bewust gekozen vorm
      Gegeven het netwerk telt 18 organisaties
      En het vertrouwen tussen de partners is "gemiddeld"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "nog geen bewust gekozen vorm"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-not-chosen" een waarschuwing uit hoofdstuk 4
      En steunt de bevinding "GOV-not-chosen" op de gids
      En zegt de adviseur over de governancevorm: "Nu: nog geen bewust gekozen vorm."
      Maar geeft de adviseur niet de bevinding "GOV-mismatch-nao"
