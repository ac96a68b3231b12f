# language: nl
Functionaliteit: De rollen van de netwerkmanager (§4.4.2)
  Netwerkbeheer is een gedeelde verantwoordelijkheid met vijf rollen: netwerkoperator,
  netwerkpromotor, visiebewaker, creatieve denker en netwerkkampioen. Eén persoon kan die niet
  allemaal opnemen; spreid ze, laat ze aansluiten bij natuurlijke sterktes en herbekijk ze.

  Achtergrond:
    Gegeven een casus "Klimaatnetwerk"
    En de ratio van de samenwerking is "effectiviteit"

  Regel: Elke rol moet aanwezig zijn

    Abstract Scenario: Een rol die niemand opneemt
      Gegeven niemand neemt de rol "<rol>" op
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een waarschuwing uit hoofdstuk 4.4.2

      Voorbeelden:
        | rol              | regel                         |
        | netwerkoperator  | ROLE-missing-operator         |
        | netwerkpromotor  | ROLE-missing-promoter         |
        | visiebewaker     | ROLE-missing-vision-keeper    |
        | creatieve denker | ROLE-missing-creative-thinker |
        | netwerkkampioen  | ROLE-missing-champion         |

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

    Scenario: De rolverdeling wordt niet herbekeken
      Gegeven het antwoord op "Wordt de rolverdeling geregeld herbekeken?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "ROLE-revisit" een info uit hoofdstuk 4.4.2
