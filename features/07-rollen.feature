# language: nl
Functionaliteit: De rollen van de netwerkmanager (§4.4.2)
  Netwerkbeheer is een gedeelde verantwoordelijkheid met vijf rollen: netwerkoperator,
  netwerkpromotor, visiebewaker, creatieve denker en netwerkkampioen. Eén persoon kan die niet
  allemaal opnemen; spreid ze, laat ze aansluiten bij natuurlijke sterktes en herbekijk ze. Neemt
  niemand een rol op, dan zegt de adviseur dat één keer, niet vijf keer.

  Achtergrond:
    Gegeven een casus "Klimaatnetwerk"
    En de ratio van de samenwerking is "effectiviteit"

  Regel: Elke rol moet aanwezig zijn

    Abstract Scenario: Een rol die niemand opneemt, terwijl andere rollen wel ingevuld zijn
      Gegeven "An" neemt de rol "netwerkoperator" op
      En "Bert" neemt de rol "netwerkpromotor" op
      En "Cas" neemt de rol "visiebewaker" op
      En "Dirk" neemt de rol "creatieve denker" op
      En "Eva" neemt de rol "netwerkkampioen" op
      En niemand neemt de rol "<rol>" op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een waarschuwing uit hoofdstuk 4.4.2

      Voorbeelden:
        | rol              | regel                         |
        | netwerkoperator  | ROLE-missing-operator         |
        | netwerkpromotor  | ROLE-missing-promoter         |
        | visiebewaker     | ROLE-missing-vision-keeper    |
        | creatieve denker | ROLE-missing-creative-thinker |
        | netwerkkampioen  | ROLE-missing-champion         |

    Scenario: Niemand neemt een rol op
      Gegeven niemand neemt de rol "netwerkoperator" op
      En niemand neemt de rol "netwerkpromotor" op
      En niemand neemt de rol "visiebewaker" op
      En niemand neemt de rol "creatieve denker" op
      En niemand neemt de rol "netwerkkampioen" op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-none-taken" een waarschuwing uit hoofdstuk 4.4
      Maar geeft de adviseur niet de bevinding "ROLE-missing-operator"
      En geeft de adviseur niet de bevinding "ROLE-missing-promoter"
      En geeft de adviseur niet de bevinding "ROLE-missing-vision-keeper"
      En geeft de adviseur niet de bevinding "ROLE-missing-creative-thinker"
      En geeft de adviseur niet de bevinding "ROLE-missing-champion"

    Scenario: Eén rol neemt niemand op, van de andere is het nog niet gekend
      Gegeven niemand neemt de rol "netwerkpromotor" op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-missing-promoter" een waarschuwing uit hoofdstuk 4.4.2
      Maar geeft de adviseur niet de bevinding "ROLE-none-taken"
      En geeft de adviseur niet de bevinding "ROLE-missing-operator"

    Scenario: Vier rollen neemt niemand op, van de vijfde is het nog niet gekend
      Gegeven niemand neemt de rol "netwerkoperator" op
      En niemand neemt de rol "netwerkpromotor" op
      En niemand neemt de rol "visiebewaker" op
      En niemand neemt de rol "creatieve denker" op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-missing-operator" een waarschuwing uit hoofdstuk 4.4.2
      En is de bevinding "ROLE-missing-promoter" een waarschuwing uit hoofdstuk 4.4.2
      En is de bevinding "ROLE-missing-vision-keeper" een waarschuwing uit hoofdstuk 4.4.2
      En is de bevinding "ROLE-missing-creative-thinker" een waarschuwing uit hoofdstuk 4.4.2
      Maar geeft de adviseur niet de bevinding "ROLE-none-taken"
      En geeft de adviseur niet de bevinding "ROLE-missing-champion"

  Regel: Spreid de rollen

    Scenario: Eén persoon neemt alle rollen op
      Gegeven "Lien" neemt alle rollen op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-one-person-holds-most" een waarschuwing uit hoofdstuk 4.4.2
      En zegt de bevinding "ROLE-one-person-holds-most" "5 van de vijf rollen"
      En geeft de adviseur niet de bevinding "ROLE-missing-operator"

    Scenario: Drie mensen verdelen de rollen
      Gegeven "An" neemt de rol "netwerkoperator" op
      En "Bert" neemt de rol "netwerkpromotor" op
      En "An" neemt de rol "visiebewaker" op
      En "Cas" neemt de rol "creatieve denker" op
      En "Bert" neemt de rol "netwerkkampioen" op
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "ROLE-one-person-holds-most"

  Regel: Kies bewust wie begeleidt, en laat de rolverdeling meegroeien

    Scenario: Wie het netwerk begeleidt, is niet bewust gekozen
      Gegeven het antwoord op "Is bewust gekozen wie het netwerk begeleidt en hoe?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-deliberate-choice" een advies uit hoofdstuk 4.4.2
      En zegt de bevinding "ROLE-deliberate-choice" "verstrekkende gevolgen"

    Scenario: De rollen passen niet bij wie ze opneemt
      Gegeven het antwoord op "Sluiten de rollen aan bij waar de mensen van nature sterk in zijn?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-natural-strengths" een advies uit hoofdstuk 4.4.2

    Scenario: De rolverdeling wordt niet herbekeken
      Gegeven het antwoord op "Wordt de rolverdeling geregeld herbekeken?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-revisit" een info uit hoofdstuk 4.4.2
