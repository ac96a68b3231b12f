# language: nl
Functionaliteit: Advies bij een casus die nog grotendeels onbekend is
  Een echte casus komt half ingevuld binnen. De adviseur zegt dan wat vaststaat, wat nog open is en
  welke antwoorden het zouden beslissen, zonder kansen te verzinnen. Een besluit staat vast als geen
  enkel antwoord op de open vragen het nog kan veranderen; het is voorlopig als het nu een waarde
  heeft die een antwoord nog kan veranderen; het is open als er nog geen waarde is. Weet niet is
  nooit nee: wat onbekend is, heet nooit "niet van toepassing".

  Regel: Het type uitdaging zegt wat nog kan uitkomen

    Scenario: Het complexe voorbeeld van de gids, met drie criteria die wij invullen (de gids geeft er geen bij)
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

    Scenario: Een vraag die pas zinvol is als een antwoord "weet niet" gekend is, staat apart met waarop ze wacht
      Gegeven een casus "Partners, type nog uit te zoeken"
      En de ratio van de samenwerking is "effectiviteit"
      En op elk criterium is "weet niet" geantwoord
      En de partners zijn:
        | naam | soort    |
        | OCMW | ocmw     |
        | CAW  | andere   |
      Als de adviseur de casus beoordeelt
      Dan wacht de vraag over "CAW": "Is deze partner bereid de eigen werking aan te passen?" op het antwoord op "recept"

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
        | antwoord  | oordeel                 |
        | ja        | vraagt de adviseur      |
        | nee       | vraagt de adviseur niet |
        | weet niet | vraagt de adviseur niet |

    Scenario: Zolang de vraag of er een gemeenschappelijke doelstelling is onbeantwoord is, komt die eerst
      Gegeven een casus "Een organisatienetwerk, over het doel nog niets gezegd"
      En de ratio van de samenwerking is "effectiviteit"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?"
      Maar vraagt de adviseur niet "Hoe groot is de doelconsensus: in welke mate streeft elke partner de gemeenschappelijke doelstelling na?"

    Abstract Scenario: Na elk antwoord op de vraag of er een gemeenschappelijke doelstelling is, ook "weet niet", komt de doelconsensus
      Gegeven een casus "Een organisatienetwerk"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "<antwoord>"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "Hoe groot is de doelconsensus: in welke mate streeft elke partner de gemeenschappelijke doelstelling na?"

      Voorbeelden:
        | antwoord  |
        | ja        |
        | nee       |
        | weet niet |

    Abstract Scenario: De tekst van de doelstelling wacht op de vraag of er een gemeenschappelijke doelstelling is
      Gegeven een casus "Een organisatienetwerk"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "<antwoord>"
      Als de adviseur de casus beoordeelt
      Dan <oordeel> "Wat is de gemeenschappelijke doelstelling? Schrijf ze als 'We willen ...'."

      Voorbeelden:
        | antwoord  | oordeel                 |
        | weet niet | vraagt de adviseur niet |
        | ja        | vraagt de adviseur      |
        | nee       | vraagt de adviseur niet |

    Scenario: Een casus die een doelstelling geeft, wordt gevraagd of die gemeenschappelijk is
      Gegeven een casus "Een organisatienetwerk"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Wat is de gemeenschappelijke doelstelling? Schrijf ze als 'We willen ...'." is "We willen dat niemand in de regio op straat slaapt."
      Als de adviseur de casus beoordeelt
      Dan luidt de vraag "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" voor deze casus: "De casus geeft als doelstelling: "We willen dat niemand in de regio op straat slaapt". Is dat een gemeenschappelijke doelstelling van de partners, het 'waarom' van de samenwerking?"

    Scenario: Een casus die minder partners noemt dan hij telt, wordt naar de andere gevraagd
      Gegeven een casus "Vijf partners, twee genoemd"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Hoeveel organisaties telt het netwerk?" is "5"
      En de partners zijn:
        | naam     | soort    |
        | Lochristi | gemeente |
        | Wachtebeke | gemeente |
      Als de adviseur de casus beoordeelt
      Dan luidt de vraag "Wie zijn alle partners? Geef hun namen, gescheiden door komma's." voor deze casus: "De casus noemt 2 van de 5 partners: Lochristi, Wachtebeke. Wie zijn de andere 3? Geef hun namen, gescheiden door komma's (wie al genoemd is, mag je herhalen)."

    Scenario: Drie partners genoemd, hun aantal niet gegeven: de governancevorm staat vast zolang zij het hele netwerk zijn
      Gegeven een casus "Drie gemeenten, hun aantal niet gegeven"
      En de ratio van de samenwerking is "effectiviteit"
      En het vertrouwen tussen de partners is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      En de partners zijn:
        | naam       | soort    |
        | Lochristi  | gemeente |
        | Wachtebeke | gemeente |
        | Zelzate    | gemeente |
      Als de adviseur de casus beoordeelt
      Dan staat de governancevorm vast op "zelfregulerend netwerk"
      En staat de governancevorm vast zolang de genoemde partners het hele netwerk zijn

    Scenario: Met hun aantal erbij staat de governancevorm vast, zonder voorwaarde
      Gegeven een casus "Drie gemeenten, hun aantal gegeven"
      En de ratio van de samenwerking is "effectiviteit"
      En het vertrouwen tussen de partners is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      En het antwoord op "Hoeveel organisaties telt het netwerk?" is "3"
      En de partners zijn:
        | naam       | soort    |
        | Lochristi  | gemeente |
        | Wachtebeke | gemeente |
        | Zelzate    | gemeente |
      Als de adviseur de casus beoordeelt
      Dan staat de governancevorm vast op "zelfregulerend netwerk"
      En staat de governancevorm vast, ook als het netwerk meer organisaties telt

  Regel: Advies voor organisatienetwerken verdwijnt niet als de vorm nog open is

    Scenario: Een netwerk zit vast, maar de ratio is nog niet benoemd
      Gegeven een casus "Een netwerk loopt vast"
      En het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm nog open tussen "lerend netwerk", "shared service centre" en "organisatienetwerk"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress" als dit een organisatienetwerk is
      En geeft de adviseur de bevinding "STRAT-stuck-strategies" als dit een organisatienetwerk is
      En is de eerste vraag "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?"
      En kan het antwoord op "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?" op zichzelf de bevinding "STRAT-stuck-strategies" veranderen
      En kan het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" op zichzelf de bevinding "STRAT-stuck-strategies" veranderen

    Scenario: Een netwerk dat zegt een organisatienetwerk te zijn, krijgt het advies nu, niet op voorwaarde; de ratio kan het nog wegnemen
      Gegeven een casus "Een organisatienetwerk loopt vast"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "organisatienetwerk"
      En het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "organisatienetwerk"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress"
      En beslist het antwoord op "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?" mee over de samenwerkingsvorm
      En kan het antwoord op "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?" de bevinding "STRAT-stuck-is-progress" nog wegnemen

    Scenario: Een netwerk dat zegt een organisatienetwerk te zijn maar voor kennis samenwerkt, krijgt het advies op voorwaarde
      Gegeven een casus "Een kennisnetwerk dat zich een organisatienetwerk noemt en vastloopt"
      En de ratio van de samenwerking is "kennis"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "organisatienetwerk"
      En het antwoord op "Zit het netwerk vast?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "lerend netwerk"
      En geeft de adviseur de bevinding "FORM-stated-differs-organisation-network"
      En geeft de adviseur de bevinding "STRAT-stuck-is-progress" als dit een organisatienetwerk is
      En geeft de adviseur de bevinding "STRAT-stuck-strategies" als dit een organisatienetwerk is

    Scenario: Complex en de ratio nog niet benoemd: voorlopig een organisatienetwerk
      Gegeven een casus "Dak- en thuisloosheid, ratio nog niet benoemd"
      En 6 van de zes criteria wijzen op "complex"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "organisatienetwerk"
      En kan de samenwerkingsvorm nog worden: "lerend netwerk" en "shared service centre"
      En zegt de adviseur over de samenwerkingsvorm: "voorlopig organisatienetwerk (type uitdaging complex, de ratio onbekend)"
      En is de eerste vraag "Wat is de ratio van de samenwerking: meer kennis, efficiëntere dienstverlening, of samen een resultaat dat niemand alleen bereikt (effectiviteit)?"

    Scenario: Het type en de ratio nog open: de samenwerkingsvorm zegt wat ze is zolang de ratio onbekend is
      Gegeven een casus "Half ingevuld"
      En het criterium "recept" wijst op "complex"
      En het criterium "zekerheid" wijst op "complex"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm nog open tussen "lerend netwerk", "organisatienetwerk" en "shared service centre"
      En zegt de adviseur over de samenwerkingsvorm: "Zolang de ratio onbekend is, is het een organisatienetwerk als het type uitdaging complex is, tenzij de casus al een gekozen vorm noemt (lezing van netadvisor, niet letterlijk de gids)."
      En kan het antwoord op "Uniciteit: telkens (bijna) hetzelfde resultaat (eenvoudig), sleutelelementen moeten identiek zijn (ingewikkeld), of is elk geval uniek (complex)?" ook de samenwerkingsvorm veranderen

    Scenario: Voorlopig een lerend netwerk, maar het kan nog een organisatienetwerk worden: dat advies blijft
      Gegeven een casus "Een lerend netwerk zonder gemeenschappelijk doel"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "lerend netwerk"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "lerend netwerk"
      En geeft de adviseur de bevinding "GOAL-no-common-goal" als dit een organisatienetwerk is
      En geeft de adviseur niet de bevinding "FORM-stated-differs-learning-network"

    Scenario: Voorlopig een lerend netwerk: de governancevorm is nog open, en zegt dat ze zolang niet van toepassing is
      Gegeven een casus "Een lerend netwerk, de ratio nog niet benoemd"
      En het antwoord op "Welke vorm heeft de samenwerking al, of is er al voor gekozen: een lerend netwerk, een shared service centre of een organisatienetwerk?" is "lerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm voorlopig "lerend netwerk"
      En is de governancevorm nog open tussen "leiderorganisatienetwerk", "netwerk administratieve organisatie (NAO)", "zelfregulerend netwerk" en "geen duidelijke vorm of niet van toepassing"
      En zegt de adviseur over de governancevorm: "Voorlopig niet van toepassing: de samenwerkingsvorm is voorlopig een lerend netwerk."

    Scenario: Zolang de vorm open is, zegt de governancevorm wanneer ze niet van toepassing is
      Gegeven een casus "Vorm nog open, de factoren gekend"
      En het netwerk telt 5 organisaties
      En het vertrouwen tussen de partners is "hoog"
      En de doelconsensus is "hoog"
      En de nood aan netwerkcompetenties is "laag"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm nog open tussen "zelfregulerend netwerk" en "niet van toepassing"
      En zegt de adviseur over de governancevorm: "Niet van toepassing als de ratio 'kennis' of 'efficiëntie' is"
      En zegt de adviseur over de governancevorm: "zelfregulerend netwerk als de ratio 'effectiviteit' is"

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

    Scenario: Zolang de uitkomst "geen duidelijke vorm" nog mogelijk is, zegt de governancevorm dat die drempel van netadvisor is
      Gegeven het netwerk telt 15 organisaties
      En de doelconsensus is "laag"
      En de nood aan netwerkcompetenties is "hoog"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm nog open tussen "leiderorganisatienetwerk", "netwerk administratieve organisatie (NAO)" en "geen duidelijke vorm"
      En zegt de adviseur over de governancevorm: "Geen duidelijke vorm betekent hier: geen enkele vorm heeft de steun van minstens 3 van de 4 factoren (de drempel van netadvisor, niet van de gids)."

    Scenario: Zolang de governancevorm open is, noemt ze de huidige vorm en waar het nog van afhangt
      Gegeven het netwerk telt 4 organisaties
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "leiderorganisatienetwerk"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm nog open tussen "leiderorganisatienetwerk", "netwerk administratieve organisatie (NAO)", "zelfregulerend netwerk" en "geen duidelijke vorm"
      En zegt de adviseur over de governancevorm: "Het netwerk is nu een leiderorganisatienetwerk; of die vorm past, hangt van dezelfde antwoorden af."

    Scenario: Een huidige vorm die er niet meer uit kan komen, zegt de governancevorm ook zo
      Gegeven het netwerk telt 5 organisaties
      En het vertrouwen tussen de partners is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "leiderorganisatienetwerk"
      Als de adviseur de casus beoordeelt
      Dan is de governancevorm nog open tussen "zelfregulerend netwerk" en "geen duidelijke vorm"
      En zegt de adviseur over de governancevorm: "Het netwerk is nu een leiderorganisatienetwerk. Die vorm krijgt te weinig steun van de factoren, wat de open antwoorden ook worden (naargelang de doelconsensus en de nood aan netwerkcompetenties wat meer, maar niet genoeg)."

    Scenario: De huidige vorm wordt getoetst, ook als er nog geen vorm beslist is
      Gegeven het netwerk telt 15 organisaties
      En de doelconsensus is "laag"
      En de nood aan netwerkcompetenties is "hoog"
      En het antwoord op "Welke governancevorm heeft het netwerk nu?" is "zelfregulerend netwerk"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOV-current-unsupported" een waarschuwing uit hoofdstuk 4.3
      En geeft de adviseur niet de bevinding "GOV-mismatch-self-governing"
      En beslist het antwoord op "Hoeveel onderling vertrouwen is er tussen de partners?" mee over de governancevorm
      En kan het antwoord op "Hoeveel onderling vertrouwen is er tussen de partners?" de bevinding "GOV-current-unsupported" nog wegnemen

  Regel: Een vaste samenwerkingsvorm zegt welk open besluit er nog een kanttekening bij kan maken

    Scenario: Een vaste samenwerkingsvorm zegt op welk open besluit een bevinding er nog een kanttekening bij kan maken
      Gegeven een casus "Alleen de ratio"
      En de ratio van de samenwerking is "effectiviteit"
      Als de adviseur de casus beoordeelt
      Dan is de samenwerkingsvorm "organisatienetwerk"
      En zegt de adviseur over de samenwerkingsvorm: "Samenwerkingsvorm: organisatienetwerk. Dat staat vast. Naargelang het type uitdaging kan een bevinding daar nog een kanttekening bij maken: 'Een organisatienetwerk voor een uitdaging die niet complex is'."
