"""The example cases, one or more per chapter of the guide: their conclusions and key findings."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from netadvisor import Advisor, load_case_file

NAO = "network_administrative_organisation"
NET = "organisation_network"

# file: (challenge_type, collaboration_form, governance_mode), findings that must be there, findings that must not
CASES: dict[str, tuple[tuple[str | None, str | None, str | None], list[str], list[str]]] = {
    # §2 the guide's three reference cases (H020–H022)
    "it-medewerker.yaml": (("simple", "shared_service_centre", None), ["TYPE-simple"], ["TYPE-complex-tailored"]),
    "afvalophaling.yaml": (("complicated", "shared_service_centre", None), ["TYPE-complicated"], []),
    "dak-en-thuisloosheid.yaml": (("complex", NET, NAO),
                                  ["TYPE-complex", "TYPE-complex-tailored", "TYPE-complex-innovation",
                                   "REGIO-transversal-approach", "GOV-advice-nao", "GOV-mismatch-nao"],
                                  ["TYPE-complex-maatwerk", "REGIO-other-actors"]),
    # §3 and §4.4: two partners are no organisation network
    "twee-partners.yaml": ((None, NET, None),
                           ["FORM-too-few-partners", "FORM-diverse-perspectives", "REGIO-other-actors"],
                           ["FORM-one-partner-could-alone", "FORM-result-not-exchange"]),
    # §4.3 each governance mode
    "governance-zelfregulerend.yaml": ((None, NET, "self_governing"), ["GOV-advice-self-governing"],
                                       ["GOV-mismatch-self-governing", "REGIO-other-actors"]),
    "governance-leiderorganisatie.yaml": ((None, NET, "lead_organisation"),
                                          ["GOV-advice-lead-organisation", "STRAT-trust-grows"], []),
    "governance-nao.yaml": ((None, NET, NAO), ["GOV-advice-nao", "MAYOR-lookout-tower"],
                            ["GOV-mismatch-nao", "REGIO-mayors-as-nao"]),
    # §4.1 Antwerp, in phases with varying engagement (H056)
    "antwerpen-gemeente-zonder-gemeentehuis.yaml": ((None, NET, None),
                                                    ["COMP-step-back", "COMP-entry-exit", "COMP-arena-analysis",
                                                     "REGIO-sovereignty"],
                                                    ["COMP-reassess-at-new-phase", "COMP-vary-involvement"]),
    # §4.2 Ghent: 'water' narrowed to 'waterbom'
    "gent-water.yaml": ((None, NET, None), ["FORM-organisation-network"],
                        ["GOAL-narrow-the-theme", "GOAL-we-want", "GOAL-name-end-user", "GOAL-set-jointly",
                         "REGIO-who-is-the-user", "FORM-diverse-perspectives", "REGIO-other-actors"]),
    # §4.4.1 a stuck network: reassurance, and the intervention that fits comes first
    "vastgelopen-netwerk.yaml": ((None, NET, None),
                                 ["STRAT-focus-institutional", "STRAT-stuck-is-progress", "STRAT-make-discussable",
                                  "STRAT-outside-party", "STRAT-make-something-together"],
                                 ["STRAT-focus-content", "STRAT-focus-process"]),
    # §4.4.2 one person holds every role
    "een-persoon-alle-rollen.yaml": ((None, NET, None), ["ROLE-one-person-holds-most", "ROLE-revisit"],
                                     ["ROLE-missing-operator", "ROLE-none-taken"]),
    # §5 the region as an ecosystem
    "ecosysteem-regio.yaml": ((None, None, None),
                              ["ECO-region-is-ecosystem", "ECO-no-hard-steering", "ECO-overview-first"],
                              ["ECO-spot-opportunities", "TYPE-undetermined"]),
    # §6 a mayors' consultation that steers too hard
    "burgemeestersoverleg-zwaar.yaml": ((None, None, None),
                                        ["MAYOR-light-and-agile", "MAYOR-not-too-directive",
                                         "MAYOR-respect-working-collaborations", "MAYOR-talk-to-action",
                                         "MAYOR-information-and-support", "REGIO-mayors-as-nao"], []),
    # §7 Antwerp's network team and project team (H151)
    "antwerpen-netwerkteam-projectteam.yaml": ((None, None, None), ["MAYOR-lookout-tower", "REGIO-other-fora"],
                                               ["REGIO-network-team", "REGIO-project-team", "REGIO-permanent-support",
                                                "REGIO-mayors-as-nao", "MAYOR-talk-to-action"]),
}


def test_every_example_file_is_in_the_table() -> None:
    assert sorted(path.name for path in EXAMPLES.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_case(advisor: Advisor, name: str) -> None:
    conclusions, present, absent = CASES[name]
    advice = advisor.advise(load_case_file(EXAMPLES / name))
    found = [finding.rule_id for finding in advice.findings]
    assert (advice.conclusion("challenge_type"), advice.conclusion("collaboration_form"),
            advice.conclusion("governance_mode")) == conclusions
    assert [rule for rule in present if rule not in found] == []
    assert [rule for rule in absent if rule in found] == []


def test_a_stuck_network_hears_first_what_fits_what_it_is_stuck_on(advisor: Advisor) -> None:
    """The interventions follow the reassurance order of the file: the one that fits comes first."""
    advice = advisor.advise(load_case_file(EXAMPLES / "vastgelopen-netwerk.yaml"))
    strategies = [f.rule_id for f in advice.findings if f.rule_id.startswith("STRAT-")]
    assert strategies.index("STRAT-focus-institutional") < strategies.index("STRAT-make-discussable")
