"""Writing a case file back: the file a consultation went on with keeps its author's comments, order and layout;
whatever is written reads back as exactly the answers."""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from casegen import random_case
from netadvisor import Advisor, read_case_file
from netadvisor.casewriter import _read_back, case_file_text
from netadvisor.consultation import Consultation, answers_of
from netadvisor.facts import case_in_words

ORIGINAL = """\
# Klimaatadaptatie: 3 gemeenten; trekker is de intercommunale.
title: "Klimaatrobuust"
challenge:
  rationale: weet niet  # nog te bespreken op het burgemeestersoverleg
  criteria:
    recipe: complex
partners:
  - {name: Aarlo, kind: gemeente}
  - {name: Beekhout, kind: gemeente, willing_to_adapt: weet niet}
governance:
  partner_count: 3
  trust:
verwacht:
  conclusies: {challenge_type: complex}
"""


def test_the_file_gone_on_with_keeps_its_comments_order_and_layout_with_the_answers_written_in() -> None:
    """A consultation saved its answers with PyYAML: the header comment, the comment beside the ratio, the one
    line per partner and the order of the file were gone (two policy officers' trials)."""
    data = case_in_words(
        {
            "title": "Klimaatrobuust",
            "challenge": {"rationale": "effectiveness", "criteria": {"recipe": "complex", "expertise": "complex"}},
            "partners": [
                {"name": "Aarlo", "kind": "municipality"},
                {"name": "Beekhout", "kind": "municipality", "willing_to_adapt": None},
                {"name": "Craenveld", "kind": "municipality"},
            ],
            "governance": {"trust": "high"},
        }
    )
    written = case_file_text(data, ORIGINAL)
    assert written.startswith("# Klimaatadaptatie: 3 gemeenten; trekker is de intercommunale.\n")
    # (the note on the old answer says it was one: "nog te bespreken" beside "effectiviteit" read as the new one's)
    assert re.search(
        r"\n  rationale: effectiviteit +# eerder 'weet niet': nog te bespreken op het burgemeestersoverleg\n", written
    )
    assert "  - {name: Aarlo, kind: gemeente}\n" in written  # one partner a line, as written
    assert "  - {name: Beekhout, kind: gemeente, willing_to_adapt: weet niet}\n" in written
    assert "  - {name: Craenveld, kind: gemeente}\n" in written  # a new one too
    assert "partner_count" not in written  # the names outnumbered it: the consultation dropped it
    assert "  trust: hoog\n" in written
    assert written.index("challenge:") < written.index("partners:") < written.index("governance:")
    assert "verwacht:\n  conclusies: {challenge_type: complex}\n" in written  # what `netadvisor test` expects
    assert _read_back(written) == _read_back(case_file_text(data))


def test_a_case_written_back_always_reads_as_its_answers() -> None:
    """Whatever the file and the answers, the text written reads back as the plain text of the answers does:
    their facts, partners and "weet niet" answers (else the plain text is written)."""
    rng = random.Random(7)
    for _ in range(40):
        before = random_case(rng, unknown_share=0.5)
        after = random_case(rng, unknown_share=0.3)
        original = yaml.safe_dump(case_in_words(before), allow_unicode=True, sort_keys=False, width=60)
        data = case_in_words(after)
        assert _read_back(case_file_text(data, original)) == _read_back(case_file_text(data))


def test_a_consultation_gone_on_with_a_file_saves_it_with_its_comments(tmp_path: Path) -> None:
    start = tmp_path / "begin.yaml"
    start.write_text(ORIGINAL, encoding="utf-8")
    read = read_case_file(start)
    consultation = Consultation(Advisor(), answers={**answers_of(read.case), **dict.fromkeys(read.not_known)})
    consultation.answer("challenge.rationale", "effectiviteit")
    text = consultation.case_file_text(start.read_text(encoding="utf-8"))
    assert text.startswith("# Klimaatadaptatie")
    assert re.search(
        r"\n  rationale: effectiviteit +# eerder 'weet niet': nog te bespreken op het burgemeestersoverleg\n", text
    )
    saved = tmp_path / "aangevuld.yaml"
    saved.write_text(text, encoding="utf-8")
    again = read_case_file(saved)
    assert answers_of(again.case) == {**answers_of(read.case), "challenge.rationale": "effectiveness"}
    assert again.not_known == read.not_known - {"challenge.rationale"}


def test_an_answer_that_reads_back_the_same_keeps_its_authors_words_and_a_changed_ones_comment_says_what_it_was(
    tmp_path: Path,
) -> None:
    """A policy officer's "nog te bepalen" for a role came back as "niemand" (the same answer, other words), and
    "# gevraagd, niemand durfde het te zeggen" stood beside the trust she had just answered "gemiddeld": the
    saved file contradicted itself. Unchanged answers keep their words; a changed one's comment is marked as one on
    the old answer, in the consultation's language."""
    original = (
        "management:\n"
        "  roles:\n"
        "    network_promoter: nog te bepalen  # de burgemeesters beslissen\n"
        "governance:\n"
        "  trust: weet niet  # gevraagd, niemand durfde het te zeggen\n"
        "  goal_consensus: laag\n"
    )
    start = tmp_path / "begin.yaml"
    start.write_text(original, encoding="utf-8")
    read = read_case_file(start)
    for lang, earlier in (("nl", "eerder"), ("en", "earlier")):
        consultation = Consultation(
            Advisor(), answers={**answers_of(read.case), **dict.fromkeys(read.not_known)}, lang=lang
        )
        consultation.answer("governance.trust", "gemiddeld")
        text = consultation.case_file_text(original)
        assert "    network_promoter: nog te bepalen  # de burgemeesters beslissen\n" in text
        assert re.search(rf"\n  trust: \S+ +# {earlier} 'weet niet': gevraagd, niemand durfde het te zeggen\n", text)
        assert "  goal_consensus: laag\n" in text
        assert _read_back(text) == _read_back(consultation.case_file_text())
