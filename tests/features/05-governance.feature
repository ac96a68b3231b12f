# language: nl
Functionaliteit: Governance van het netwerk (§4.3)
  Welke governancevorm effectief is, hangt af van de context: het aantal partners, het onderling
  vertrouwen, de doelconsensus en de nood aan netwerkcompetenties. De koppeling van die factoren aan
  de drie vormen komt uit Provan & Kenis (2008). De vorm met de meeste steun (minstens drie factoren)
  wordt het advies; voor elke andere vorm zegt de adviseur welke factoren er niet voor pleiten.

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

    Scenario: Waarom een andere vorm minder past
      Gegeven het netwerk telt 18 organisaties
      En het vertrouwen tussen de partners is "gemiddeld"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "hoog"
      Als de adviseur de casus beoordeelt
      Dan past een "zelfregulerend netwerk" minder omdat "Hoog vertrouwen past bij zelfregulering" niet geldt
      En geeft de adviseur de bevinding "GOV-advice-nao"

    Scenario: Onbekende factoren worden vragen
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm "nog niet te bepalen"
      En vraagt de adviseur "Hoeveel onderling vertrouwen is er tussen de partners?"
      En vraagt de adviseur "Hoe groot is de nood aan competenties op netwerkniveau (coördinatie, administratie, expertise)?"

  Regel: De huidige vorm toetsen

    Scenario: Een zelfregulerend netwerk dat een NAO nodig heeft
      Gegeven het netwerk telt 18 organisaties
      En het vertrouwen tussen de partners is "gemiddeld"
      En de doelconsensus is "gemiddeld"
      En de nood aan netwerkcompetenties is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-mismatch-nao" een waarschuwing uit hoofdstuk 4.3
      En geeft de adviseur de bevinding "GOV-evolution"
