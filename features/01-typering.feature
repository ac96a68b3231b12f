# language: nl
Functionaliteit: Typering van de uitdaging (§1–2)
  De gids onderscheidt eenvoudige, ingewikkelde en complexe uitdagingen aan de hand van zes criteria:
  recept, herhaalbaarheid, expertise, uniciteit, zekerheid en delen/geheel. De adviseur typeert de
  uitdaging als genoeg criteria dezelfde kant op wijzen (de beleidswaarde typering_min_criteria), en
  zegt het eerlijk als dat niet zo is. Wat te doen met gemengde criteria zegt de gids niet: dat advies is
  een lezing van netadvisor, en het advies zegt dat erbij.

  Regel: Vier van de zes criteria bepalen het type

    Abstract Scenario: De typevoorbeelden van de gids, met vier criteria die wij invullen (de gids geeft er geen bij)
      Gegeven een casus "<uitdaging>"
      En 4 van de zes criteria wijzen op "<type>"
      Als de adviseur de casus beoordeelt
      Dan is het type uitdaging "<type>"

      Voorbeelden:
        | uitdaging                                                                                        | type        |
        | We nemen gezamenlijk een IT-medewerker aan ter ondersteuning van de lokale besturen in de regio. | eenvoudig   |
        | We organiseren een gezamenlijke afvalophaling in de regio.                                       | ingewikkeld |
        | We willen dak- en thuisloosheid in de regio maximaal voorkomen.                                  | complex     |

    Scenario: Drie van de zes is niet genoeg
      Gegeven een casus "Drie criteria wijzen op complex"
      En 3 van de zes criteria wijzen op "complex"
      En 3 van de zes criteria wijzen op "eenvoudig"
      Als de adviseur de casus beoordeelt
      Dan is het type uitdaging "geen duidelijk type (geen type met genoeg criteria)"
      En is de bevinding "TYPE-mixed" een waarschuwing uit hoofdstuk 2
      En steunt de bevinding "TYPE-mixed" op de lezing van netadvisor

    Scenario: Onbekende criteria worden vragen
      Gegeven een casus "Half ingevuld"
      En het criterium "recept" wijst op "complex"
      En het criterium "zekerheid" wijst op "complex"
      Als de adviseur de casus beoordeelt
      Dan is het type uitdaging "nog niet te bepalen"
      En vraagt de adviseur "Expertise: geen bijzondere expertise nodig (eenvoudig), veel expertise uit verschillende vakgebieden (ingewikkeld), of helpt expertise enkel samen met aandacht voor het specifieke geval (complex)?"

  Regel: Een complexe uitdaging heeft gevolgen

    Scenario: Niet alle partners zijn bereid hun werking aan te passen
      Gegeven een casus "Dak- en thuisloosheid"
      En 6 van de zes criteria wijzen op "complex"
      En de partners zijn:
        | naam | soort         | past werking aan |
        | OCMW | ocmw          | ja               |
        | CAW  | social-profitorganisatie | nee   |
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "TYPE-complex-innovation" een waarschuwing uit hoofdstuk 2
      En geeft de adviseur de bevinding "TYPE-complex-tailored"

    Scenario: Weet niet of iedereen meewil is geen nee
      Gegeven een casus "Dak- en thuisloosheid, nog onduidelijk"
      En 6 van de zes criteria wijzen op "complex"
      En de partners zijn:
        | naam | past werking aan |
        | OCMW | ja               |
        | CAW  | weet niet        |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "TYPE-complex-innovation"
      En vraagt de adviseur over "CAW": "Is deze partner bereid de eigen werking aan te passen?"

    Scenario: De partners verwachten een definitief antwoord
      Gegeven een casus "Eénmalige oplossing"
      En 4 van de zes criteria wijzen op "complex"
      En het antwoord op "Aanvaarden de partners dat de oplossing nooit definitief is?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "TYPE-complex-maatwerk" een waarschuwing uit hoofdstuk 2

    Scenario: Het plan brengt enkel de expertise van de partners samen
      Gegeven een casus "Een expertisecentrum rond dakloosheid"
      En 4 van de zes criteria wijzen op "complex"
      En het antwoord op "Bestaat het plan enkel uit het samenbrengen van de expertise van de partners?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "TYPE-complex-more-than-pooling" een waarschuwing uit hoofdstuk 2
      En zegt de bevinding "TYPE-complex-more-than-pooling" "méér nodig dan het louter combineren ervan"

    Scenario: Wie alleen expertise samenbrengt voor een eenvoudige uitdaging, krijgt die waarschuwing niet
      Gegeven een casus "Samen een IT-medewerker aanwerven"
      En 4 van de zes criteria wijzen op "eenvoudig"
      En het antwoord op "Bestaat het plan enkel uit het samenbrengen van de expertise van de partners?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "TYPE-complex-more-than-pooling"
      En zegt de bevinding "TYPE-simple" "We nemen gezamenlijk een IT-medewerker aan"
