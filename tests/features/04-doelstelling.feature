# language: nl
Functionaliteit: De gemeenschappelijke doelstelling (§4.2)
  Alle partners moeten het eens zijn over het doel, het kennen en mee dragen. Het doel is het 'waarom'
  van de samenwerking en wordt geformuleerd als meerwaarde voor een benoemde eindgebruiker, liefst
  samen bepaald, en vernauwd tot een focus.

  Regel: Een breed thema vernauwen tot een focus

    Scenario: Gent vernauwt 'water' tot 'waterbom'
      Gegeven een casus "Referentieregio Gent"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is het thema nog breed (zoals 'water') en niet vernauwd tot een focus?" is "nee"
      En het antwoord op "Is benoemd voor wie (de eindgebruiker) het resultaat een meerwaarde moet zijn?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan geeft de adviseur niet de bevinding "GOAL-narrow-the-theme"
      En geeft de adviseur niet de bevinding "GOAL-name-end-user"

    Scenario: Het thema is nog 'water'
      Gegeven een casus "Samenwerken rond water"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "Is het thema nog breed (zoals 'water') en niet vernauwd tot een focus?" is "ja"
      Als de adviseur de casus beoordeelt
      Dan zegt de bevinding "GOAL-narrow-the-theme" "'waterbom' en 'peilbeheer'"

  Regel: Consensus, gekend en gedragen

    Abstract Scenario: Wat ontbreekt aan het doel
      Gegeven een casus "Netwerk zonder gedeeld doel"
      En de ratio van de samenwerking is "effectiviteit"
      En het antwoord op "<vraag>" is "<antwoord>"
      Als de adviseur de casus beoordeelt
      Dan is de bevinding "<regel>" een <ernst> uit hoofdstuk <hoofdstuk>

      Voorbeelden:
        | vraag                                                                                    | antwoord | regel               | ernst        | hoofdstuk |
        | Zijn alle partners het eens over de doelstelling (ook als dat enkel in grote lijnen is)? | nee      | GOAL-consensus      | waarschuwing | 4.2       |
        | Kennen alle partners de doelstelling?                                                    | nee      | GOAL-known-by-all   | waarschuwing | 4         |
        | Dragen alle partners de doelstelling mee?                                                | nee      | GOAL-carried-by-all | waarschuwing | 4.2       |
        | Is de doelstelling geformuleerd als meerwaarde voor de eindgebruiker?                    | nee      | GOAL-end-user-value | advies       | 4         |
