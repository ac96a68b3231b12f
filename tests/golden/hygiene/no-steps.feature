# language: nl
Functionaliteit: Lege scenario

  Scenario: Zonder stappen
