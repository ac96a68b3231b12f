# language: nl
Functionaliteit: Regionale uitdagingen en regionale organisatienetwerken (§1, §7)
  Regionale uitdagingen overschrijden sectoren en gemeentegrenzen en vragen partners uit diverse
  geledingen. In een regionaal netwerk is niet altijd duidelijk wie de gebruiker is, verdient de
  soevereiniteit van de lokale besturen extra aandacht, en moet het overleg tot resultaat leiden,
  'het mag geen praatbarak zijn'.

  Regel: Regionale uitdagingen vragen een transversale aanpak

    Scenario: Een uitdaging met drie regionale kenmerken
      Gegeven een casus "Mobiliteit in de regio"
      En het antwoord op "Overschrijdt de uitdaging verschillende sectoren?" is "ja"
      En het antwoord op "Is de uitdaging verweven met andere uitdagingen?" is "ja"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-transversal-approach" een advies uit hoofdstuk 1

  Regel: Wie is de gebruiker, en wie geeft wat op?

    Scenario: Twee gemeenten in een regionaal netwerk, de gebruiker nog niet bepaald
      Gegeven een casus "Regionaal woonbeleid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En de partners zijn:
        | naam       | soort                    |
        | Gemeente A | gemeente                 |
        | Gemeente B | gemeente                 |
        | CAW        | social-profitorganisatie |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "REGIO-who-is-the-user"
      En geeft de adviseur de bevinding "REGIO-sovereignty"

  Regel: Het burgemeestersoverleg als NAO met permanente ondersteuning

    Scenario: Een overleg als NAO, ondersteund door een streekontwikkelingsintercommunale
      Gegeven een casus "Referentieregio met NAO"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Wie ondersteunt het burgemeestersoverleg administratief?" is "een streekontwikkelingsintercommunale"
      En het antwoord op "Is er een netwerkteam?" is "ja"
      En het antwoord op "Is er een projectteam?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "REGIO-mayors-as-nao"
      En geeft de adviseur niet de bevinding "REGIO-network-team"
      En geeft de adviseur niet de bevinding "REGIO-project-team"

    Scenario: Niemand ondersteunt het overleg
      Gegeven een casus "Overleg zonder ondersteuning"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Wie ondersteunt het burgemeestersoverleg administratief?" is "niemand"
      En het antwoord op "Is er een netwerkteam?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-mayors-as-nao" een advies uit hoofdstuk 7
      En geeft de adviseur de bevinding "REGIO-network-team"

  Regel: Het mag geen praatbarak zijn

    Scenario: Veel overleg, geen resultaat
      Gegeven een casus "Praatbarak"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "REGIO-no-talking-shop" "het mag geen praatbarak zijn"
