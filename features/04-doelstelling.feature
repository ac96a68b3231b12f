# language: nl
Functionaliteit: De gemeenschappelijke doelstelling (§4.2)
  Alle partners moeten het eens zijn over het doel, het kennen en mee dragen. Het doel is het 'waarom'
  van de samenwerking en wordt geformuleerd als meerwaarde voor een benoemde eindgebruiker, liefst
  samen bepaald, en vernauwd tot een focus. Zonder gemeenschappelijke doelstelling zegt de adviseur
  dat, en niet ook nog dat niet iedereen die doelstelling kent of draagt.

  Regel: Een breed thema vernauwen tot een focus

    Scenario: Gent vernauwt 'water' tot 'waterbom', voor de inwoners van de regio (de eindgebruiker vullen wij in)
      Gegeven een casus "Referentieregio Gent"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "ja"
      En het antwoord op "Is het thema nog breed (zoals 'water') en niet vernauwd tot een focus?" is "nee"
      En het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En het antwoord op "Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?" is "ja"
      En het antwoord op "Wie is de eindgebruiker?" is "burgers"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "GOAL-narrow-the-theme"
      En geeft de adviseur niet de bevinding "REGIO-who-is-the-user"

    Scenario: Het thema is nog 'water'
      Gegeven een casus "Samenwerken rond water"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is het thema nog breed (zoals 'water') en niet vernauwd tot een focus?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "GOAL-narrow-the-theme" "'waterbom' en 'peilbeheer'"

    Scenario: Een doelstelling die geen 'We willen …' is
      Gegeven een casus "Samenwerken rond water"
      En de ratio van de samenwerking is "effectiviteit"
      En de doelstelling luidt "Samenwerken rond water"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOAL-we-want" een info uit hoofdstuk 4.2
      En steunt de bevinding "GOAL-we-want" op de lezing van netadvisor

    Scenario: Een doelstelling als 'We willen …'
      Gegeven een casus "Referentieregio Gent, peilbeheer"
      En de ratio van de samenwerking is "effectiviteit"
      En de doelstelling luidt "We willen het waterpeil reguleren"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "GOAL-we-want"

  Regel: Zonder gemeenschappelijke doelstelling ontbreekt het 'waarom'

    Scenario: Er is geen gemeenschappelijke doelstelling
      Gegeven een casus "Netwerk zonder gedeeld doel"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "nee"
      En het antwoord op "Kennen alle partners de doelstelling?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOAL-no-common-goal" een waarschuwing uit hoofdstuk 4.2
      Maar geeft de adviseur niet de bevinding "GOAL-known-by-all"

    Scenario: Geen gemeenschappelijke doelstelling en toch een hoge doelconsensus: de adviseur wijst op de tegenspraak
      Gegeven een casus "Tegenstrijdige notities"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "nee"
      En de doelconsensus is "hoog"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "GOAL-no-goal-but-consensus"
      En steunt de bevinding "GOAL-no-goal-but-consensus" op de lezing van netadvisor
      En zegt de bevinding "GOAL-no-goal-but-consensus" "in welke mate streeft elke partner de gemeenschappelijke doelstelling na"

    Scenario: Geen gemeenschappelijke doelstelling en toch een doelstelling opgegeven: de adviseur wijst op de tegenspraak
      Gegeven een casus "Tegenstrijdige notities"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "nee"
      En de doelstelling luidt "Samenwerken rond water"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur de bevinding "GOAL-statement-but-no-goal"
      En steunt de bevinding "GOAL-statement-but-no-goal" op de lezing van netadvisor
      En zegt de bevinding "GOAL-statement-but-no-goal" "Ga na welk antwoord klopt"

  Regel: Consensus, gekend en gedragen

    Achtergrond:
      Gegeven een casus "Netwerk met een gedeeld doel"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "ja"

    Abstract Scenario: Wat ontbreekt aan het doel
      Gegeven het antwoord op "<vraag>" is "<antwoord>"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een <ernst> uit hoofdstuk <hoofdstuk>

      Voorbeelden:
        | vraag                                                                                    | antwoord | regel                         | ernst        | hoofdstuk |
        | Zijn alle partners het eens over de doelstelling (ook als dat enkel in grote lijnen is)? | nee      | GOAL-consensus                | waarschuwing | 4.2       |
        | Kennen alle partners de doelstelling?                                                    | nee      | GOAL-known-by-all             | waarschuwing | 4         |
        | Dragen alle partners de doelstelling mee?                                                | nee      | GOAL-carried-by-all           | waarschuwing | 4.2       |
        | Is duidelijk welke bijdrage elke partner levert?                                         | nee      | GOAL-contributions            | advies       | 4.2       |
        | Staan organisatiebelangen op de voorgrond?                                               | ja       | GOAL-organisational-interests | advies       | 4.2       |

    Scenario: Het doel werd opgelegd
      Gegeven het antwoord op "Is de doelstelling samen bepaald of opgelegd?" is "opgelegd"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOAL-set-jointly" een advies uit hoofdstuk 4.2
      En zegt de bevinding "GOAL-set-jointly" "Idealiter krijgt het netwerk de ruimte"

    Scenario: Niet gekend en niet gedragen: twee punten, elk met woorden van de gids
      Gegeven het antwoord op "Kennen alle partners de doelstelling?" is "nee"
      En het antwoord op "Dragen alle partners de doelstelling mee?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "GOAL-known-by-all" "gekend is door de partners"
      En zegt de bevinding "GOAL-carried-by-all" "mee dragen"

    Scenario: Consensus die enkel abstract is, is geen gebrek aan consensus
      Gegeven het antwoord op "Zijn alle partners het eens over de doelstelling (ook als dat enkel in grote lijnen is)?" is "ja"
      En het antwoord op "Is die consensus enkel abstract: valt men bij concrete keuzes terug op het eigen kader?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "STRAT-abstract-consensus" een waarschuwing uit hoofdstuk 4.4.1
      Maar geeft de adviseur niet de bevinding "GOAL-consensus"

  Regel: Het doel als meerwaarde voor een benoemde eindgebruiker

    Achtergrond:
      Gegeven een casus "Lokaal netwerk rond mantelzorg"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is er een gemeenschappelijke doelstelling, het 'waarom' van de samenwerking?" is "ja"

    Scenario: De eindgebruiker is niet benoemd, binnen één gemeente
      Gegeven het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "nee"
      En het antwoord op "Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOAL-name-end-user" een advies uit hoofdstuk 4.2
      Maar geeft de adviseur niet de bevinding "GOAL-end-user-value"

    Scenario: De eindgebruiker is niet benoemd, in een regionaal netwerk
      Gegeven het antwoord op "Overstijgt de uitdaging de gemeentegrenzen?" is "ja"
      En het antwoord op "Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?" is "nee"
      En het antwoord op "Wie is de eindgebruiker?" is "weet niet"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "REGIO-who-is-the-user" een advies uit hoofdstuk 7
      Maar geeft de adviseur niet de bevinding "GOAL-name-end-user"

    Scenario: De eindgebruiker is benoemd, maar het doel is niet als meerwaarde voor hem geformuleerd
      Gegeven het antwoord op "Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?" is "ja"
      En het antwoord op "Is de doelstelling geformuleerd als meerwaarde voor de eindgebruiker?" is "nee"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "GOAL-end-user-value" een advies uit hoofdstuk 4
