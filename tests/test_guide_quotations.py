"""The guide's words in the rules: every quotation stands verbatim in the guide, and no advice quotes one twice.

Marked `regelinhoud`: what rules/ says. The guide sits beside the checkout (../shared/guide/
regionaal-samenwerken.txt); where it does not, rules/CITATEN.md (made while it was there) stands in for it.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import citaten
import regenerate

pytestmark = pytest.mark.regelinhoud

RULES = ROOT / "rules"
GUIDE_HERE = citaten.GUIDE.is_file()
needs_guide = pytest.mark.skipif(not GUIDE_HERE, reason="the guide is not beside this checkout")


@pytest.fixture(scope="module")
def guide() -> citaten.Guide:
    return citaten.Guide.beside_checkout()


@pytest.fixture(scope="module")
def quotations() -> list[citaten.Quotation]:
    found, problems = citaten.rule_quotations(RULES)
    assert problems == [], "\n".join(problems)
    assert len(found) > 150, "fewer quotations than expected: is the extraction broken?"
    return found


@needs_guide
def test_every_quotation_stands_verbatim_in_the_guide(
    quotations: list[citaten.Quotation], guide: citaten.Guide
) -> None:
    """Between quotation marks (and in `quote:`) only the guide's own words: "…" for an omission, [..] for an
    insertion, nothing reordered, reinflected or corrected."""
    wrong = citaten.problems_of(quotations, guide)
    assert wrong == [], (
        'Deze citaten staan niet letterlijk in de gids ("…" voor een weglating, [rechte haken] '
        "voor een invoeging):\n" + "\n".join(wrong)
    )


@needs_guide
def test_each_quotation_of_a_rule_stands_in_a_section_the_rule_names(
    quotations: list[citaten.Quotation], guide: citaten.Guide
) -> None:
    """A finding says what it rests on: the sections it names hold the words it quotes."""
    wrong = []
    for quotation in quotations:
        if not quotation.sections:
            continue
        place = guide.find(quotation.text, quotation.sections)
        if place is not None and place.section not in quotation.sections:
            wrong.append(
                f'{quotation.where}: "{quotation.text}" staat in §{place.section}, maar de regel noemt '
                f"{', '.join('§' + s for s in quotation.sections)}"
            )
    assert wrong == [], "\n".join(wrong)


@needs_guide
def test_every_section_a_rule_names_is_a_section_of_the_guide(guide: citaten.Guide) -> None:
    """A policy officer wrote ``section: ["4.9"]``, which the guide does not have, and nothing said so."""
    from netadvisor import load_rules

    assert {"1", "4.3", "4.4.1", "7"} <= guide.sections  # (the body's numbering, read from its headings)
    wrong = [
        f"{_shown_path(rule.file)}:{rule.line}: {rule.id} noemt §{section}, maar de gids heeft geen §{section} "
        f"(wel: {', '.join(sorted(guide.sections, key=_section_order))})"
        for rule in load_rules(RULES).rules
        for section in rule.sections
        if section not in guide.sections
    ]
    assert wrong == [], "\n".join(wrong)


def _section_order(section: str) -> tuple[int, ...]:
    return tuple(int(part) for part in section.split("."))


def test_every_section_a_message_names_is_a_section_of_its_rule() -> None:
    """ "(§4.2)" in a message is one of the rule's `section:`, so the report's sections and the text agree."""
    from netadvisor import load_rules

    wrong = []
    for rule in load_rules(RULES).rules:
        if rule.finding is None:
            continue
        for lang in ("nl", "en"):
            for named in re.findall(r"§(\d+(?:\.\d+)*)", rule.finding.message.pick(lang)):
                if named not in rule.sections:
                    wrong.append(
                        f"{_shown_path(rule.file)}:{rule.line}: {rule.id} ({lang}) noemt §{named} in zijn boodschap, "
                        f"maar section: noemt {', '.join(rule.sections)} (de §-nummers zijn die van de koppen in de "
                        "tekst van de gids; de inhoudstafel vooraan nummert vanaf 4.1 anders)"
                    )
    assert wrong == [], "\n".join(wrong)


@needs_guide
def test_a_quotation_followed_by_a_section_stands_in_that_section(guide: citaten.Guide) -> None:
    """'"…" (§4.2)' after words the guide has in §4.3: a rule owner told that the message names §4.2 while
    section: names 4.3 added 4.2 to section:, and the advice then gave the guide's words a section they are not in
    (a rule-editing trial; the guide's table of contents numbers "Governance van het netwerk" 4.2, its heading
    4.3, which netadvisor follows). Each quotation with a section right after it stands in that section."""
    from netadvisor import load_rules

    wrong = []
    for rule in load_rules(RULES).rules:
        if rule.finding is None:
            continue
        for quoted, section in re.findall(r'"([^"]+)"\s*\(§(\d+(?:\.\d+)*)', rule.finding.message.nl):
            place = guide.find(quoted, [section])
            if place is not None and place.section != section:
                wrong.append(
                    f'{_shown_path(rule.file)}:{rule.line}: {rule.id}: "{quoted}" staat in §{place.section} van de '
                    f"gids, maar de boodschap zet er (§{section}) achter. netadvisor volgt de nummers van de koppen in "
                    "de tekst van de gids; de inhoudstafel vooraan nummert vanaf 4.1 anders"
                )
    assert wrong == [], "\n".join(wrong)


def test_every_quotation_is_in_the_checked_copy(quotations: list[citaten.Quotation]) -> None:
    """Without the guide, rules/CITATEN.md is the guide: a quotation not in it was never checked."""
    copied = citaten.copied_quotations(citaten.COPY.read_text(encoding="utf-8"))
    missing = sorted({f'{q.where}: "{q.text}"' for q in quotations if citaten.normalise(q.text) not in copied})
    assert missing == [], (
        "Deze citaten staan niet in rules/CITATEN.md; controleer ze tegen de gids met "
        "`make regenereer` (de gids moet naast de checkout staan):\n" + "\n".join(missing)
    )


@needs_guide
def test_the_checked_copy_is_current() -> None:
    stale = regenerate.out_of_date(["rules/CITATEN.md"])
    assert stale == [], "\n".join(regenerate.message(name) for name in stale)


# --------------------------------------------------------------------------- the check itself fails on alterations


ALTERED = {
    # the issue's own examples, and each kind of alteration
    "We willen rampscenario's bij overvloedige regenval vermijden": "inflection changed (te vermijden)",
    "is een teken van netwerkmaturiteit": "the guide's spelling corrected",
    "Het [is] niet aangewezen te sturend op te treden": "a word moved, marked as an insertion",
    "de grote lijnen en ambities van het netwerk en aandacht heeft voor de risico's": "words reordered",
    "Hoe nauwer soevereine organisaties samenwerken": "a capital the guide does not have",
    "steeds in het achterhoofd ... voor wie (de eindgebruiker)": "'...' is not an omission",
    "een innovatieve maatwerkaanpak waarvoor expertise van meerdere organisaties nodig is": "a word left out "
    "without '…'",
    "minstens drie gelijkwaardige (dus niet gelijke) partners": "the guide's quotation marks left out",
    "aarom": "not a whole word",
}
FAITHFUL = [
    "We willen rampscenario's bij overvloedige regenval te [sic] vermijden",
    "is een teken van netwerkmatuuriteit [sic].",
    "[H]oe nauwer soevereine organisaties samenwerken",
    "steeds in het achterhoofd … voor wie (de eindgebruiker)",
    "kan [je] variëren in de betrokkenheid van bepaalde partners",
    "het ‘waarom’ van de samenwerking",
    "het 'waarom' van de samenwerking",
    "minstens drie gelijkwaardige (dus niet 'gelijke') partners",
    "instrumenten... om het netwerk inhoudelijk te doen draaien",
    "Een zelfregulerend netwerk is de meest lichte vorm van governance van een netwerk.",
]


@needs_guide
@pytest.mark.parametrize("altered", sorted(ALTERED))
def test_an_altered_quotation_is_refused(guide: citaten.Guide, altered: str) -> None:
    assert guide.find(altered) is None, ALTERED[altered]


@needs_guide
@pytest.mark.parametrize("faithful", FAITHFUL)
def test_a_faithful_quotation_is_accepted(guide: citaten.Guide, faithful: str) -> None:
    assert guide.find(faithful) is not None


@needs_guide
def test_the_guides_nearest_words_come_without_a_lists_dash(guide: citaten.Guide) -> None:
    """A rule owner's misquote was told the nearest words "…stuurt het projectteam aan. -": the dash of the
    guide's next list item, which she would have pasted back in."""
    nearest = guide.nearest(
        "Een netwerkteam is verantwoordelijk voor de procesmatige beslissingen, en stuurt het projectteam aan."
    )
    assert nearest is not None
    section, passage = nearest
    assert section == "7"
    assert passage.endswith("stuurt het projectteam aan."), passage
    assert not passage.startswith("-"), passage


@needs_guide
def test_a_misquotation_is_told_which_of_its_words_differ_from_the_guides(guide: citaten.Guide) -> None:
    """A rule-editing trial had to compare two sentences of 25 words to find "bepalen" where the guide says
    "beslissen": the words that differ are named."""
    quoted = "Een netwerkteam is verantwoordelijk voor de procesmatige besluiten, en stuurt het projectteam aan."
    [said] = citaten.problems_of([citaten.Quotation("netwerkmanagement.yaml", "X", "boodschap (nl)", quoted)], guide)
    assert 'verschil: "besluiten," waar de gids "beslissingen" schrijft' in said, said


def test_the_differences_of_a_misquotation_are_each_place_its_words_differ() -> None:
    assert citaten.word_differences("a b c d", "a x c d e") == [
        '"b" waar de gids "x" schrijft',
        'de gids schrijft hier ook "e"',
    ]
    assert citaten.word_differences("a b c", "a c") == ['"b" staat niet in die passage van de gids']
    # a quotation cut short before the guide's full stop is no difference (the check accepts it)
    assert citaten.word_differences('"a b leidt aan"', "a b stuurt aan.") == ['"leidt" waar de gids "stuurt" schrijft']
    assert citaten.word_differences("1 2 3 4 5 6 7 8", "1 x 3 y 5 z 7 w") == [
        '"2" waar de gids "x" schrijft',
        '"4" waar de gids "y" schrijft',
        '"6" waar de gids "z" schrijft',
        "en nog 1 andere",
    ]


@needs_guide
def test_three_full_stops_written_for_an_omission_are_named_as_the_cause(guide: citaten.Guide) -> None:
    """A policy officer wrote "..." for an omission in a quotation and was shown only the guide's nearest words,
    which differ from hers by nothing else."""
    omitted = "een afzonderlijke entiteit ... coördineert"
    assert guide.find(omitted.replace("...", citaten.OMISSION)) is not None
    [said] = citaten.problems_of([citaten.Quotation("governance.yaml", "X", "boodschap (nl)", omitted)], guide)
    assert 'een weglating schrijf je als "…" (één teken), niet als "..."' in said
    assert "het dichtst daarbij" not in said


@needs_guide
def test_words_left_out_of_a_quotation_unmarked_are_named_as_the_cause(guide: citaten.Guide) -> None:
    """A rule-editing trial quoted "Verbinding tot stand brengen tussen partners is een kunst", leaving out the
    guide's "in een organisatienetwerk", and was told two words differed: "…" was the fix, and had to be guessed."""
    quoted = "Verbinding tot stand brengen tussen partners is een kunst"
    [said] = citaten.problems_of([citaten.Quotation("netwerkmanagement.yaml", "X", "boodschap (nl)", quoted)], guide)
    assert (
        'schrijf "…" waar je iets weglaat, zo staat het er wel: "Verbinding tot stand brengen tussen partners … is '
        'een kunst"'
    ) in said, said
    assert guide.find("Verbinding tot stand brengen tussen partners … is een kunst") is not None


@needs_guide
def test_an_own_word_between_single_quotation_marks_is_told_they_quote_the_guide_too(
    guide: citaten.Guide, tmp_path: Path
) -> None:
    """A rule-editing trial wrote its own label 'inhoudsnetwerk' between single quotation marks and was told that
    "inhoudsnetwerk" (in double ones it had not written) did not stand in the guide, and not why."""
    rules = tmp_path / "eigen.yaml"
    rules.write_text(
        "rules:\n  - id: X-own\n    title: {nl: a, en: b}\n    section: ['4.4.1']\n"
        "    when: [{fact: state.stuck, is: true}]\n"
        '    then: {finding: {severity: info, message: {nl: "Een \'inhoudsnetwerk\'.", en: "A content network."}}}\n',
        encoding="utf-8",
    )
    quotations, _problems = citaten.rule_file_quotations(rules)
    [said] = citaten.problems_of(quotations, guide)
    assert "staat niet letterlijk in de gids: 'inhoudsnetwerk'" in said, said
    assert "tussen enkele aanhalingstekens telt een tekst ook als citaat van de gids" in said, said


@needs_guide
def test_the_guides_nearest_words_begin_where_the_quotation_does(guide: citaten.Guide) -> None:
    """A word left out of a quotation ("te complex voor", the guide's "te complex zijn voor") moved the window of
    nearest words by as much, which then began at "zijn voor enkel": a policy officer opened the guide to find
    the beginning (a rule-editing trial)."""
    nearest = guide.nearest("te complex voor enkel het Vlaamse niveau, wat vraagt")
    assert nearest is not None
    section, passage = nearest
    assert section == "1"
    assert passage.startswith("te complex zijn voor enkel het Vlaamse niveau"), passage


def test_the_nearest_words_are_never_a_line_of_the_table_of_contents() -> None:
    """An invented quotation was told the nearest words of the guide were "het burgemeestersoverleg 10": a line of
    its table of contents, title and page number (a rule-editing trial)."""
    guide = citaten.Guide(
        "Inhoud\n1. Waarom samenwerken\t3\n2. De rol van het burgemeestersoverleg\t10\n\n"
        "1. Waarom samenwerken\nSamen bereik je meer dan alleen.\n"
        "2. De rol van het burgemeestersoverleg\nHet burgemeestersoverleg zelf is geen netwerk.\n"
    )
    nearest = guide.nearest("Elk burgemeestersoverleg heeft een projectteam nodig.")
    assert nearest is not None
    section, passage = nearest
    assert section == "2"
    assert "10" not in passage
    assert "zelf is geen" in passage
    assert guide.find("Samen bereik je meer dan alleen.") is not None  # (the text itself is unchanged)


@needs_guide
def test_english_between_quotation_marks_is_told_a_translation_is_never_quoted(guide: citaten.Guide) -> None:
    """A policy officer put the English message's words between quotation marks and was told only that they are
    not in the guide, with the nearest Dutch passage (a rule-editing trial)."""
    english = citaten.Quotation("regionaal.yaml", "X", "boodschap (en)", "too complex for the Flemish level alone")
    [said] = citaten.problems_of([english], guide)
    assert "in het Engels staat een vertaling nooit tussen aanhalingstekens" in said
    assert "het dichtst daarbij" not in said
    dutch = citaten.Quotation("regionaal.yaml", "X", "boodschap (nl)", "te complex voor het Vlaamse niveau alleen")
    [said] = citaten.problems_of([dutch], guide)
    assert "in het Engels" not in said


def test_quoted_spans_are_found_and_apostrophes_are_not_quotation_marks() -> None:
    spans, problems = citaten.quoted(
        "De thema's van OCMW's: \"Maak samen iets.\" en 'waterbom', "
        "'rampscenario's bij regen' of \"kennen … mee dragen\"; the partners' views."
    )
    assert spans == ["Maak samen iets.", "kennen … mee dragen", "waterbom", "rampscenario's bij regen"]
    assert problems == []
    assert citaten.quoted('Een "open citaat')[1] == ["een dubbel aanhalingsteken wordt niet gesloten"]


def test_a_quotation_is_placed_at_its_own_text_not_at_the_same_words_in_a_rule_above(tmp_path: Path) -> None:
    """A rule owner's new rule quoted words an earlier rule quotes within a longer quotation; a section problem of the
    new rule was sent to the earlier rule's line, which the owner would have edited instead (a rule-editing
    trial)."""
    rules = tmp_path / "regels.yaml"
    rules.write_text(
        """rules:
  - id: A-first
    title: {nl: eerst, en: first}
    section: ["7"]
    then:
      finding:
        message:
          nl: >-
            Zoals de gids zegt: "het netwerkteam stuurt het projectteam aan" (§7).
  - id: B-second
    title: {nl: tweede, en: second}
    section: ["4.3"]
    then:
      finding:
        message:
          nl: >-
            Ook hier:
            "stuurt het projectteam aan" (§7).
""",
        encoding="utf-8",
    )
    found, problems = citaten.rule_file_quotations(rules)
    assert problems == []
    assert [(quotation.owner, quotation.line) for quotation in found] == [("A-first", 9), ("B-second", 18)]


# --------------------------------------------------------------------------- each point once


def _shingles(text: str, size: int) -> set[tuple[str, ...]]:
    """Every run of ``size`` words of a text (lower case, punctuation dropped)."""
    words = re.findall(r"\w+", citaten.normalise(text).lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _repeated(findings: Iterable[tuple[str, str]], size: int = 5) -> list[str]:
    """Pairs of findings of one advice that quote the same words of the guide: a run of ``size`` words inside the
    quotation marks of both, or the same short quotation (a term such as 'waterbom' may stand inside a longer
    quotation of another passage without being the same point)."""
    quoted = [(rule_id, span) for rule_id, message in findings for span in citaten.quoted(message)[0]]
    out = []
    for index, (first, first_span) in enumerate(quoted):
        for second, second_span in quoted[index + 1 :]:
            if first == second:
                continue
            common = _shingles(first_span, size) & _shingles(second_span, size)
            words = re.findall(r"\w+", citaten.normalise(first_span).lower())
            if common:
                out.append(f'{first} en {second} citeren allebei "{" ".join(sorted(common)[0])}"')
            elif words == re.findall(r"\w+", citaten.normalise(second_span).lower()):
                out.append(f'{first} en {second} citeren allebei "{" ".join(words)}"')
    return out


def _cases() -> list[dict]:
    from casegen import random_case
    from netadvisor import load_case_file

    cases = [load_case_file(path) for path in sorted((ROOT / "examples").glob("*.yaml"))]
    assert cases, "no example cases found"
    rng = random.Random(11)
    return cases + [random_case(rng, unknown_share=share) for share in (0.1, 0.4, 0.7) for _ in range(300)]


def _shown_path(file: str | None) -> str:
    """A rule file as policy staff find it: ``rules/regionaal.yaml``, from the repository's root."""
    path = Path(file or "?")
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


_LONGEST_NAME = 120
"""The most characters of rule ids a saved case's file name holds."""


def _saved_case(case: Any, rules: Iterable[str]) -> str:
    """A generated case written as a case file in Dutch words, and how to see its advice. Kept after the run in the
    project's build/ folder, one file per set of rules it is about, written over the next time (a rule-editing
    trial found them in /tmp, with those of earlier runs beside them)."""
    import yaml

    from netadvisor.facts import case_in_words

    data = case_in_words(case.model_dump(mode="json", exclude_none=True, exclude_defaults=True))
    folder = ROOT / "build" / "regeltest"
    folder.mkdir(parents=True, exist_ok=True)
    name = "-".join(sorted(rules))
    if len(name) > _LONGEST_NAME:  # (a file system takes some 255 bytes a name: the first ids, and a digest)
        name = f"{name[: _LONGEST_NAME - 17]}-{hashlib.sha256(name.encode()).hexdigest()[:16]}"
    path = folder / f"casus-{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shown = path.relative_to(ROOT)
    return f"een gegenereerde casus, bewaard als {shown} (netadvisor advise {shown})"


def test_no_advice_quotes_the_same_words_of_the_guide_twice() -> None:
    """Over the example cases and generated cases, findings and findings given on a condition alike ("als dit een
    organisatienetwerk is"): no two findings of one advice quote the same passage of the guide."""
    from netadvisor import Advisor, parse_case

    advisor = Advisor.from_path(RULES)
    for case in _cases():
        advice = advisor.advise(case)
        for group in ([*advice.findings, *advice.conditional_findings],):
            repeated = _repeated((finding.rule_id, finding.message) for finding in group)
            if repeated:  # said to policy staff by `make regeltest`: in Dutch, with where the rules are
                # (the rules that quote twice, not every rule of the advice: a case file named after all of them
                # was a name too long to write, and a rule-editing trial read Python's OSError)
                rules = {finding.rule_id for finding in group if any(finding.rule_id in pair for pair in repeated)}
                where = ", ".join(
                    f"{rule.id} in {_shown_path(rule.file)}:{rule.line}"
                    for rule in advisor.rulebase.rules
                    if rule.id in rules
                )
                # an example case by its title; a generated one as a case file to try it again with (a policy
                # officer got 2,500 characters of Python data, codes and True/False, on one line)
                shown = advice.case_title or _saved_case(parse_case(case), rules)
                pytest.fail(
                    f"{'; '.join(repeated)} ({where}). Eén advies citeert zo twee keer dezelfde woorden van de gids; "
                    f"laat één van beide regels het citaat weglaten of naar de andere verwijzen. De casus: {shown}",
                    pytrace=False,
                )


def test_a_generated_case_of_a_failure_is_kept_in_build_written_over_each_run() -> None:
    """The case a repeated quotation was found on was saved as /tmp/netadvisor-casus-XXXX.yaml, a new file each
    run, left there (a rule-editing trial found four of earlier sessions): one file per set of rules, in build/."""
    from netadvisor import parse_case

    case = parse_case({"governance": {"trust": "high"}})
    said = _saved_case(case, ["B-rule", "A-rule"])
    path = ROOT / "build" / "regeltest" / "casus-A-rule-B-rule.yaml"
    assert (
        said
        == f"een gegenereerde casus, bewaard als {path.relative_to(ROOT)} (netadvisor advise {path.relative_to(ROOT)})"
    )
    # however many rules: a name the file system takes (named after every rule of an advice, one was too long)
    many = _saved_case(case, [f"REGIO-rule-number-{number}" for number in range(60)])
    assert (ROOT / many.split("bewaard als ")[1].split(" ")[0]).is_file()
    assert "vertrouwen" in path.read_text(encoding="utf-8") or "trust" in path.read_text(encoding="utf-8")
    assert _saved_case(case, ["A-rule", "B-rule"]) == said  # (the same file, written over)
    path.unlink()


def test_the_repetition_check_finds_a_repeated_quotation() -> None:
    """The check above can fail: the same words in two findings are found, different words are not."""
    same = [("A", 'Zoals de gids zegt: "Maak zaken bespreekbaar."'), ("B", 'Eerst: "Maak zaken bespreekbaar".')]
    assert _repeated(same) == ['A en B citeren allebei "maak zaken bespreekbaar"']
    overlapping = [
        ("A", '"hoe nauwer soevereine organisaties samenwerken, hoe meer"'),
        ("B", '"soevereine organisaties samenwerken, hoe meer van hun soevereiniteit"'),
    ]
    assert len(_repeated(overlapping)) == 1
    assert _repeated([("A", '"Maak samen iets."'), ("B", '"Bekijk het vanuit een ander perspectief."')]) == []
    assert _repeated([("A", "'een ecosysteem'"), ("B", '"De doelstellingen binnen een ecosysteem zijn immers"')]) == []


@needs_guide
def test_an_altered_quotation_is_told_with_its_line_and_the_guides_words_and_nothing_is_remade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A policy officer wrote "afzonderlijk" for the guide's "afzonderlijke": the message named no line and not
    what the guide says, and `make regenereer` remade README.md with the altered quotation in its sample advice
    while it refused rules/CITATEN.md."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "governance.yaml").write_text(
        "rules:\n"
        "  - id: X\n"
        "    title: {nl: x, en: x}\n"
        "    section: ['4.3']\n"
        "    then:\n"
        "      finding:\n"
        "        message:\n"
        "          nl: >-\n"
        '            Een NAO: "een afzonderlijk entiteit die het netwerk gaat\n'
        '            managen en de activiteiten coördineert".\n'
        "          en: x\n",
        encoding="utf-8",
    )
    quotations, problems = citaten.rule_quotations(rules)
    assert problems == []
    [said] = citaten.problems_of(quotations, citaten.Guide.beside_checkout())
    assert said.startswith("rules/governance.yaml:9: X, boodschap (nl): staat niet letterlijk in de gids: ")
    assert '§4.3: "een afzonderlijke entiteit die het netwerk gaat managen en de activiteiten coördineert' in said

    readme = ROOT / "README.md"
    before = readme.read_text(encoding="utf-8")
    monkeypatch.setattr(regenerate, "out_of_date", lambda names=None: ["README.md", "rules/CITATEN.md"])
    monkeypatch.setattr(regenerate, "RULES", rules)
    written: list[str] = []
    monkeypatch.setattr(Path, "write_text", lambda self, *args, **kwargs: written.append(str(self)))
    assert regenerate.main([]) == 1
    assert written == []
    assert readme.read_text(encoding="utf-8") == before
    assert "Er is niets opnieuw gemaakt" in capsys.readouterr().out
