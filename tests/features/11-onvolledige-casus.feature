# language: nl
Functionaliteit: Advies bij een casus die nog grotendeels onbekend is
  Een echte casus komt half ingevuld binnen. De adviseur zegt dan wat vaststaat, wat nog open is en
  welke antwoorden het zouden beslissen, zonder kansen te verzinnen. Een besluit staat vast als geen
  enkel antwoord op de open vragen het nog kan veranderen; het is voorlopig als het nu een waarde
  heeft die een antwoord nog kan veranderen; het is open als er nog geen waarde is. Weet niet is
  nooit nee: wat onbekend is, heet nooit "niet van toepassing".

  Regel: Het type uitdaging zegt wat nog kan uitkomen

    Scenario: Het complexe voorbeeld van de gids, met drie van de zes criteria gekend
      Gegeven een casus "Dak- en thuisloosheid maximaal voorkomen"
      En het criterium "recept" wijst op "complex"
      En het criterium "expertise" wijst op "complex"
      En het criterium "zekerheid" wijst op "complex"
      Als de adviseur de casus beoordeelt
      Dan is het type uitdaging nog open tussen "complex" en "geen duidelijk type"
      En beslist het antwoord op "Uniciteit: telkens (bijna) hetzelfde resultaat (eenvoudig), sleutelelementen moeten identiek zijn (ingewikkeld), of is elk geval uniek (complex)?" mee over het type uitdaging
      En zegt de adviseur over het type uitdaging: "Van de 6 criteria wijzen er 3 op complex; 3 zijn nog onbekend."
      En zegt de adviseur over het type uitdaging: "Complex als herhaalbaarheid, uniciteit of delen/geheel 'complex' is."

    Scenario: Met twee gekende criteria kan het type nog alle kanten op
      Gegeven een casus "Half ingevuld"
      En het criterium "recept" wijst op "complex"
      En het criterium "zekerheid" wijst op "complex"
      Als de adviseur de casus beoordeelt
      Dan is het type uitdaging nog open tussen "complex", "ingewikkeld", "eenvoudig" en "geen duidelijk type"
      En vraagt de adviseur "Expertise: geen bijzondere expertise nodig (eenvoudig), veel expertise uit verschillende vakgebieden (ingewikkeld), of helpt expertise enkel samen met aandacht voor het specifieke geval (complex)?"

    Scenario: Vier criteria wijzen op eenvoudig: de andere twee veranderen het type niet meer
      Gegeven een casus "Samen een IT-medewerker aanwerven"
      En 4 van de zes criteria wijzen op "eenvoudig"
      Als de adviseur de casus beoordeelt
      Dan staat het type uitdaging vast op "eenvoudig"
      En verandert het antwoord op "Zekerheid: elke keer een goed resultaat (eenvoudig), grote zekerheid over de uitkomst (ingewikkeld), of blijft de uitkomst onzeker (complex)?" het type uitdaging niet meer

  Regel: Een vraag staat enkel in de lijst als een antwoord erop iets kan veranderen

    Scenario: Vijf criteria wijzen op eenvoudig: het zesde criterium wordt niet meer gevraagd
      Gegeven een casus "Samen een IT-medewerker aanwerven"
      En 5 van de zes criteria wijzen op "eenvoudig"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur niet "Delen en geheel: een recept met delen en volgorde (eenvoudig), een blauwdruk die de delen en hun verband vastlegt (ingewikkeld), of zijn de delen niet los te maken van het geheel (complex)?"
      En kan elke vraag iets veranderen

    Scenario: Een samenvatting wordt gevraagd via wat ze samenvat
      Gegeven een casus "Partners met onbekende bereidheid"
      En 6 van de zes criteria wijzen op "complex"
      En de partners zijn:
        | naam | past werking aan |
        | OCMW | ja               |
        | CAW  | weet niet        |
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur over "CAW": "Is deze partner bereid de eigen werking aan te passen?"
      Maar vraagt de adviseur niet "Zijn alle partners bereid hun eigen werking aan te passen?"

  Regel: Een vervolgvraag wacht op haar eerste vraag

    Scenario: Zolang niet bekend is of er een burgemeestersoverleg is, gaat het daar niet over
      Gegeven een casus "Een regio, nog niets ingevuld"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "Is er een burgemeestersoverleg?"
      Maar vraagt de adviseur niet "Hoe sturend treedt het burgemeestersoverleg op?"

    Abstract Scenario: Na het antwoord op de eerste vraag
      Gegeven een casus "Een regio"
      En het antwoord op "Is er een burgemeestersoverleg?" is "<antwoord>"
      Als de adviseur de casus beoordeelt
      Dan <oordeel> "Hoe sturend treedt het burgemeestersoverleg op?"

      Voorbeelden:
        | antwoord | oordeel                      |
        | ja       | vraagt de adviseur           |
        | nee      | vraagt de adviseur niet      |

  Regel: Advies voor organisatienetwerken verdwijnt niet als de vorm nog open is

    Scenario: Een netwerk zit vast, maar de ratio is nog niet benoemd
      Gegeven een casus "Een netwerk loopt vast"
      En het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm nog open tussen "lerend netwerk", "shared service centre" en "organisatienetwerk"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress" als dit een organisatienetwerk is
      En geeft de adviseur de bevinding "STRAT-make-discussable" als dit een organisatienetwerk is
      En is de eerste vraag "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?"

    Scenario: Een netwerk dat zegt een organisatienetwerk te zijn, krijgt het advies zonder voorbehoud
      Gegeven een casus "Een organisatienetwerk loopt vast"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "organisatienetwerk"
      En het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "organisatienetwerk"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress"
      En beslist het antwoord op "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?" mee over de samenwerkingsvorm

    Scenario: Complex en de ratio nog niet benoemd: voorlopig een organisatienetwerk
      Gegeven een casus "Dak- en thuisloosheid, ratio nog niet benoemd"
      En 6 van de zes criteria wijzen op "complex"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "organisatienetwerk"
      En kan de samenwerkingsvorm nog worden: "lerend netwerk" en "shared service centre"
      En is de eerste vraag "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?"

  Regel: De governancevorm zegt welke factor nog kan beslissen

    Achtergrond:
      Gegeven een casus "Een organisatienetwerk"
      En de ratio van de samenwerking is "effectiviteit"

    Scenario: Drie factoren wijzen op zelfregulering: het onbekende vertrouwen verandert dat niet meer
      Gegeven het netwerk telt 4 organisaties
      En de doelconsensus is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      Als de adviseur de casus beoordeelt
      Dan staat de governancevorm vast op "zelfregulerend netwerk"
      En verandert het antwoord op "Hoeveel onderling vertrouwen is er tussen de partners?" de governancevorm niet meer
      En zegt de adviseur over de governancevorm: "Dat staat vast: vertrouwen is nog onbekend, maar dat verandert dit niet meer."

    Scenario: De factoren houden elkaar in evenwicht: het vertrouwen beslist
      Gegeven het netwerk telt 15 organisaties
      En de doelconsensus is "laag"
      En de nood aan netwerkcompetenties is "hoog"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm nog open tussen "leiderorganisatienetwerk", "netwerk administratieve organisatie (NAO)" en "geen duidelijke vorm"
      En beslist het antwoord op "Hoeveel onderling vertrouwen is er tussen de partners?" mee over de governancevorm
      En zegt de adviseur over de governancevorm: "Leiderorganisatienetwerk als het vertrouwen 'laag' is"

    Scenario: De huidige vorm wordt getoetst, ook als er nog geen vorm beslist is
      Gegeven het netwerk telt 15 organisaties
      En de doelconsensus is "laag"
      En de nood aan netwerkcompetenties is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-current-unsupported" een waarschuwing uit hoofdstuk 4.3
      En geeft de adviseur niet de bevinding "GOV-mismatch-self-governing"
      En beslist het antwoord op "Hoeveel onderling vertrouwen is er tussen de partners?" mee over de governancevorm
