# language: nl
Functionaliteit: Regionale uitdagingen en regionale organisatienetwerken (§1, §7)
  Regionale uitdagingen overschrijden sectoren en gemeentegrenzen en vragen partners uit diverse
  geledingen. In een regionaal netwerk is niet altijd duidelijk wie de gebruiker is, verdient de
  soevereiniteit van de lokale besturen extra aandacht, en moet het netwerk tot resultaat leiden,
  'het mag geen praatbarak zijn'. Wat de gids over regionaal beleid maken zegt, geldt voor een
  organisatienetwerk, niet voor gemeenten die samen een dienst verlenen of kennis delen.

  Regel: Regionale uitdagingen vragen een transversale aanpak

    Scenario: Een uitdaging met drie regionale kenmerken
      Gegeven een casus "Mobiliteit in de regio"
      En het antwoord op "Overschrijdt de uitdaging verschillende sectoren?" is "ja"
      En het antwoord op "Is de uitdaging verweven met andere uitdagingen?" is "ja"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-transversal-approach" een advies uit hoofdstuk 1

    Scenario: Een uitdaging binnen één gemeente
      Gegeven een casus "Een lokaal speelplein"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-not-across-borders" een info uit hoofdstuk 1

    Scenario: Een thema waar de regionale schaal aan belang wint, welke vorm de samenwerking ook heeft
      Gegeven een casus "Regionaal woonbeleid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welk beleidsdomein ligt de uitdaging?" is "wonen"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-growing-themes" een info uit hoofdstuk 1

  Regel: Andere actoren dan lokale besturen, waar de gids daarover spreekt

    Abstract Scenario: Drie gemeenten die samen een dienst verlenen of kennis delen, krijgen die vraag niet, wel de regionale schaal van hun thema
      Gegeven een casus "<casus>"
      En de ratio van de samenwerking is "<ratio>"
      En het antwoord op "In welk beleidsdomein ligt de uitdaging?" is "<domein>"
      En de partners zijn:
        | naam       | soort    |
        | Gemeente A | gemeente |
        | Gemeente B | gemeente |
        | Gemeente C | gemeente |
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "REGIO-other-actors"
      En is de bevinding "REGIO-growing-themes" een info uit hoofdstuk 1

      Voorbeelden:
        | casus                                         | ratio       | domein         |
        | Samen een IT-medewerker aanwerven             | efficiëntie | digitalisering |
        | Klimaatambtenaren bundelen hun kennis         | kennis      | klimaat        |

    Scenario: Drie gemeenten die samen regionaal woonbeleid maken, krijgen die vraag wel
      Gegeven een casus "Regionaal woonbeleid"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welk beleidsdomein ligt de uitdaging?" is "wonen"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En de partners zijn:
        | naam       | soort    |
        | Gemeente A | gemeente |
        | Gemeente B | gemeente |
        | Gemeente C | gemeente |
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "REGIO-other-actors" "Welke andere actoren horen er ook bij?"

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

  Regel: Het burgemeestersoverleg: ondersteuning, afspraken en andere fora

    Scenario: Een overleg ondersteund door een streekontwikkelingsintercommunale, met permanente ondersteuning
      Gegeven een casus "Referentieregio met NAO"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Wie ondersteunt het burgemeestersoverleg administratief?" is "een streekontwikkelingsintercommunale"
      En het antwoord op "Is er permanente ondersteuning die het proces bewaakt?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "REGIO-mayors-as-nao"
      En geeft de adviseur niet de bevinding "REGIO-permanent-support"

    Scenario: Niemand ondersteunt het overleg
      Gegeven een casus "Overleg zonder ondersteuning"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Wie ondersteunt het burgemeestersoverleg administratief?" is "niemand"
      En het antwoord op "Is er permanente ondersteuning die het proces bewaakt?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-mayors-as-nao" een advies uit hoofdstuk 7
      En zegt de bevinding "REGIO-permanent-support" "Maak bv. gebruik van een netwerkteam en een projectteam."

    Scenario: Niet vastgelegd hoe afspraken tot resultaat op het terrein leiden
      Gegeven een casus "Overleg zonder route naar het terrein"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Ligt vast hoe afspraken van het burgemeestersoverleg tot resultaat op het terrein leiden?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-agreements-to-results" een waarschuwing uit hoofdstuk 7

    Scenario: De verhouding tot andere fora is niet bepaald
      Gegeven een casus "Overleg naast thematische fora"
      En het antwoord op "Is er een burgemeestersoverleg?" is "ja"
      En het antwoord op "Is de verhouding tot andere thematische fora bepaald?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-other-fora" een advies uit hoofdstuk 7

  Regel: Het mag geen praatbarak zijn

    Scenario: Een organisatienetwerk in de implementatiefase dat niet tot concreet resultaat leidt
      Gegeven een casus "Praatbarak"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welke fase zit het netwerk?" is "implementatie"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "REGIO-no-talking-shop" "het mag geen praatbarak zijn"

    Scenario: Een netwerk dat de uitdaging nog verkent, heeft nog geen resultaat om aan gemeten te worden
      Gegeven een casus "Een netwerk in oprichting"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "In welke fase zit het netwerk?" is "verkenning"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "REGIO-no-talking-shop"

    Scenario: Zolang de fase onbekend is, wordt eerst die gevraagd
      Gegeven een casus "Een netwerk, de fase niet gezegd"
      En de ratio van de samenwerking is "effectiviteit"
      Als de adviseur de casus beoordeelt
      Dan vraagt de adviseur "In welke fase zit het netwerk?"
      Maar vraagt de adviseur niet "Leidt de samenwerking tot concreet resultaat?"

    Scenario: "Nee" op concreet resultaat terwijl de fase onbekend is: het advies zegt dat het antwoord op de fase wacht
      Gegeven een casus "Een netwerk dat weinig oplevert, de fase niet gezegd"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan wacht het antwoord op "Leidt de samenwerking tot concreet resultaat?" op het antwoord op "In welke fase zit het netwerk?"
      En kan het antwoord op "In welke fase zit het netwerk?" op zichzelf de bevinding "REGIO-no-talking-shop" veranderen
      Maar geeft de adviseur niet de bevinding "REGIO-no-talking-shop"

    Scenario: Een lerend netwerk wordt niet aan die maat gemeten
      Gegeven een casus "Uitwisseling tussen klimaatambtenaren"
      En de ratio van de samenwerking is "kennis"
      En het antwoord op "In welke fase zit het netwerk?" is "implementatie"
      En het antwoord op "Leidt de samenwerking tot concreet resultaat?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "REGIO-no-talking-shop"
