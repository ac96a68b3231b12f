# language: nl
Functionaliteit: Engelse stap

  Scenario: Begint met Given
    Given een casus "x"
    When de adviseur de casus beoordeelt
