"""Reading YAML safely: plain data with positions, nothing kept between reads, numbers within bounds."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from yaml.nodes import ScalarNode

from netadvisor.yamlsource import MAX_BYTES, MAX_INTEGER_DIGITS, FileRefused, read_file, read_yaml


def _live_scalar_nodes() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, ScalarNode))


@pytest.mark.slow
def test_reading_keeps_nothing_once_the_document_is_dropped() -> None:
    """A read builds its values and forgets its nodes: a process that reads many files does not grow."""
    raw = ("items:\n" + "".join(f"  - {{name: n{i}, count: {i}, ok: yes}}\n" for i in range(100))).encode()
    document, issues = read_yaml(raw)
    assert not issues
    assert document is not None
    assert len(document.data["items"]) == 100
    del document
    before = _live_scalar_nodes()
    for _ in range(20):
        read_yaml(raw)
    assert _live_scalar_nodes() - before == 0


def test_a_whole_number_too_long_for_python_is_refused_where_it_stands() -> None:
    """Past 4,300 digits Python cannot turn a number into text: refused at read, located, never a ValueError."""
    for raw in (b"a: " + b"1" * 5000, b"a: 0x" + b"f" * 3600, b"a: -" + b"9" * 4001):
        document, issues = read_yaml(raw)
        assert [(issue.line, issue.column, issue.code) for issue in issues] == [(1, 4, "number-too-large")]
    document, issues = read_yaml(b"a: " + b"7" * MAX_INTEGER_DIGITS)
    assert not issues
    assert document is not None
    assert document.data["a"] == int("7" * MAX_INTEGER_DIGITS)


def test_a_key_too_long_for_python_stays_the_text_written() -> None:
    document, issues = read_yaml(b"? " + b"1" * 5000 + b"\n: x\n")
    assert not issues
    assert document is not None
    assert list(document.data) == ["1" * 5000]


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read = os.read
    counted: list[int] = []

    def counting(handle: int, size: int) -> bytes:
        chunk = read(handle, size)
        counted.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "read", counting)
    return counted


def test_a_huge_file_is_refused_after_reading_at_most_the_limit_plus_one_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 600 MB file costs at most MAX_BYTES + 1 bytes of reading before it is refused with its real size."""
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(600 * 2**20)  # sparse: no disk, no memory
    counted = _counting_reads(monkeypatch)
    with pytest.raises(FileRefused) as refused:
        read_file(huge)
    assert refused.value.issue.code == "file-too-large"
    assert refused.value.issue.params == {"size": 600 * 2**20, "max": MAX_BYTES}
    assert sum(counted) == MAX_BYTES + 1


def test_devices_pipes_and_folders_are_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/dev/zero never ends and a pipe waits for a writer: neither is read, each is 'not a regular file'."""
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    counted = _counting_reads(monkeypatch)
    for path in (Path("/dev/zero"), pipe, tmp_path):
        with pytest.raises(FileRefused) as refused:
            read_file(path)
        assert refused.value.issue.code == "not-regular-file"
    assert counted == []


def test_a_small_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_bytes(b"a: 1\n" * 1000)
    assert read_file(path) == b"a: 1\n" * 1000
    path.write_bytes(b"x" * MAX_BYTES)
    assert len(read_file(path)) == MAX_BYTES


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ('    nl: "Vertrouwen groeit echter ook" (§4.4.1).', "(§4.4.1)."),
        ("    quote: 'Daarom is voldoende vertrouwen nodig'\"", '"'),
        ('  - title: "Klimaat" 2026', "2026"),
    ],
)
def test_text_after_a_closing_quote_is_said_so_not_as_an_indentation_fault(line: str, after: str) -> None:
    """A policy officer's `nl: "…" (§4.4.1).` got "hier werd een sleutel verwacht" with "controleer het
    inspringen", while the indentation was right: the text ends at its closing quote."""
    text = f"a:\n  b: 1\nc:\n{line}\n    d: 2\n"
    _document, issues = read_yaml(text.encode())
    (issue,) = issues
    assert (issue.code, issue.line, issue.params) == ("yaml-text-after-quote", 4, {"after": after})
    assert line[issue.column - 1 :] == after


@pytest.mark.parametrize("line", ['  nl: "Vertrouwen"  # (§4.4.1)', "  nl: 'Vertrouwen'", '  nl: "a" b: c'])
def test_a_quoted_text_followed_by_a_comment_or_nothing_is_read(line: str) -> None:
    document, issues = read_yaml(f"a:\n{line}\n".encode())
    if "b: c" in line:  # (text after the quote that looks like a key: still text after the quote)
        assert [issue.code for issue in issues] == ["yaml-text-after-quote"]
        return
    assert issues == []
    assert document is not None


_FOLDED = """rules:
  - id: X
    message:
      nl: >-
        Een zelfregulerend netwerk is "de meest lichte vorm van governance
{second}
        netwerkmanagement" (§4.3): het is inclusief maar traag.
      en: x
"""


def test_a_line_of_a_folded_text_indented_too_little_is_named_not_the_line_the_parser_stops_at() -> None:
    """A policy officer indented one line of a message two spaces too little and was sent to the next line, to a
    ':' she had not touched."""
    document, issues = read_yaml(
        _FOLDED.format(second="      van een netwerk. Elke partij participeert in het").encode()
    )
    assert document is None
    assert [(issue.line, issue.column, issue.code, issue.params) for issue in issues] == [
        (6, 7, "yaml-block-text-indent", {"column": 9})
    ]
    # indented as its first line, the text reads on; a key after it, indented less, is the next key
    document, issues = read_yaml(
        _FOLDED.format(second="        van een netwerk. Elke partij participeert in het").encode()
    )
    assert issues == []
    assert document is not None
    assert document.data["rules"][0]["message"]["en"] == "x"


@pytest.mark.parametrize("indent", [4, 6])
def test_a_text_under_its_key_not_indented_past_it_is_said_so_not_told_to_take_a_colon(indent: int) -> None:
    """The text after "nl: >-" written at (or left of) the column of "nl:": YAML reads it as a key without its ':',
    and a rule-editing trial was told to write one after its first word, which would have broken the message."""
    text = (
        "rules:\n  - id: X\n    message:\n      nl: >-\n"
        + " " * indent
        + "Er is een netwerkteam, maar geen projectteam.\n      en: x\n"
    )
    document, issues = read_yaml(text.encode())
    assert document is None
    assert [(issue.line, issue.code, issue.params) for issue in issues] == [
        (5, "yaml-block-text-not-indented", {"key": "nl:", "key_line": 4, "column": 9})
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [("      en >-\n        x", "en: >-"), ("      en\n", "en:"), ("    examples\n", "examples:")],
)
def test_the_next_key_without_its_colon_after_a_folded_text_is_named_so(written: str, meant: str) -> None:
    """``en >-`` after a message (``en: >-`` meant) was told it is indented less than the text above, with "laat
    deze regel in kolom 13 beginnen": a rule-editing trial followed it and made it part of the Dutch text."""
    text = """rules:
  - id: X
    message:
      nl: >-
        Een tekst
        over twee regels.
{written}
"""
    document, issues = read_yaml(text.format(written=written).encode())
    assert document is None
    assert [(issue.line, issue.code, issue.params["meant"]) for issue in issues] == [(7, "yaml-missing-colon", meant)]


@pytest.mark.parametrize("second", ["        over twee regels.", "        over twee regels: dit is een tekst."])
def test_a_text_key_without_its_colon_before_its_block_is_named_so(second: str) -> None:
    """``nl >-`` for ``nl: >-``: YAML reads the key and its text as one text and stops at the next ':', the next
    key or one inside the text; a rule-editing trial was sent there and told to quote a text."""
    text = f"rules:\n  - id: X\n    message:\n      nl >-\n        Een tekst\n{second}\n      en: b\n"
    document, issues = read_yaml(text.encode())
    assert document is None
    assert [(issue.line, issue.code, issue.params["meant"]) for issue in issues] == [
        (4, "yaml-missing-colon", "nl: >-")
    ]


def test_a_key_indented_one_space_too_many_is_named_with_the_line_under_it() -> None:
    """A policy officer put one space too many before 'severity:' and was sent to the 'message:' under it, which
    was right, told only to check the indentation. Where the line under it stands two spaces past their key (the
    README's rule), the first line is the one named (a rule-editing trial was sent to the second, and told of the
    first only as "or"); otherwise both lines and the key are named, with their columns."""
    text = "rules:\n  - id: X\n    then:\n      finding:\n         severity: warning\n        message: {nl: a, en: b}\n"
    document, issues = read_yaml(text.encode())
    assert document is None
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(5, 10, "yaml-first-line-too-far")]
    assert issues[0].params == {"column": 10, "meant": 9, "below": 6, "key": "finding:", "key_line": 4}
    # the line under it one space past its key as well: which of the two is wrong only the person knows
    between = text.replace("        message", "       message")
    document, issues = read_yaml(between.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(6, 8, "yaml-indent-mismatch")]
    assert issues[0].params == {
        "column": 8,
        "above": 5,
        "above_column": 10,
        "key": "finding:",
        "key_line": 4,
        "key_column": 7,
    }
    # the same two keys in one column read well
    assert read_yaml(text.replace("         severity", "        severity").encode())[1] == []


def test_a_key_indented_under_a_key_that_has_a_value_is_named_with_it() -> None:
    """A policy officer put 'uniqueness:' one space further than 'recipe: complex' above it: "hier mag geen
    'sleutel: waarde' staan", at the column of its ':'. A text running on with a ':' in it keeps the parser's own
    message (its hint says to quote it)."""
    text = "challenge:\n  criteria:\n    recipe: complex\n     uniqueness: complex\n"
    _document, issues = read_yaml(text.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(4, 6, "yaml-under-a-value")]
    assert issues[0].params == {"column": 6, "above": 3, "above_column": 5, "key": "recipe:"}
    # past a quoted value or a comment the parser stops otherwise: named the same (a tester found the general tip)
    for above in ('recipe: "complex"', "recipe: complex # uitleg"):
        _document, issues = read_yaml(text.replace("recipe: complex", above).encode())
        assert [(issue.line, issue.column, issue.code) for issue in issues] == [(4, 6, "yaml-under-a-value")], above
    running_on = "challenge:\n  description: Een tekst\n    die verder loopt: zo\n"
    _document, issues = read_yaml(running_on.encode())
    assert [issue.code for issue in issues] != ["yaml-under-a-value"]


def test_a_key_of_a_list_item_one_space_left_of_the_others_is_told_their_column() -> None:
    """`section:` one space left of `title:` under `- id:` got "hier werd een lijstelement ('- ') verwacht" and
    only "controleer het inspringen" (a rule-editing trial); the keys of a list item stand after its '- '."""
    text = 'rules:\n  - id: X\n    title: {nl: a, en: b}\n   section: ["4.3"]\n    when: []\n'
    document, issues = read_yaml(text.encode())
    assert document is None
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(4, 4, "yaml-item-key-indent")]
    assert issues[0].params == {"column": 4, "above": 3, "above_column": 5, "key": "id:", "key_line": 2}


def test_a_key_in_the_column_of_its_items_dash_is_told_the_column_of_the_items_keys() -> None:
    """`title:` two spaces too far left, in the column of the '-' of `- id:` above it, got "hier werd een
    lijstelement ('- ') verwacht" and "controleer het inspringen" (a rule-editing trial); so did `then:` after a
    `when:` list (a second one)."""
    text = "rules:\n  - id: X\n  title: {nl: a, en: b}\n    section: ['4.3']\n"
    _document, issues = read_yaml(text.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(3, 3, "yaml-item-key-indent")]
    assert (issues[0].params["above"], issues[0].params["above_column"]) == (2, 5)
    after_a_list = "rules:\n  - id: X\n    when:\n      - {fact: governance.trust, is: high}\n  then: {finding: {}}\n"
    _document, issues = read_yaml(after_a_list.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(5, 3, "yaml-item-key-indent")]
    assert (issues[0].params["above"], issues[0].params["above_column"]) == (3, 5)


@pytest.mark.parametrize(
    "item",
    [
        # the whole rule pasted two columns too far left, and only its first line
        "- id: Y\n  title: {nl: a, en: b}\n",
        "- id: Y\n    title: {nl: a, en: b}\n",
    ],
)
def test_a_list_item_left_of_the_item_before_it_past_its_keys_is_told_that_items_column(item: str) -> None:
    """A rule pasted in column 1 after rules in column 3 got "hier werd een sleutel verwacht" (a rule-editing
    trial): the items of one list start in one column, also with the first item's keys between them."""
    text = "rules:\n  - id: X\n    title: {nl: a, en: b}\n    when: []\n\n" + item
    _document, issues = read_yaml(text.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(6, 1, "yaml-item-misaligned")]
    assert (issues[0].params["other"], issues[0].params["other_column"]) == (2, 3)
    # not the column of an item of a list inside the rule above (a second trial was sent to a `when:` condition)
    nested = "rules:\n  - id: X\n    when:\n      - {fact: governance.trust, is: high}\n\n" + item
    _document, issues = read_yaml(nested.encode())
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(6, 1, "yaml-item-misaligned")]
    assert (issues[0].params["other"], issues[0].params["other_column"]) == (2, 3)


@pytest.mark.parametrize(
    ("line", "meant"),
    [("  works_on_content ja", "works_on_content: ja"), ("  works_on_content", "works_on_content:")],
)
def test_a_key_without_its_colon_is_named_on_its_own_line(line: str, meant: str) -> None:
    """`works_on_content ja` was reported on the next line, "hier werd een ':' verwacht", with "controleer het
    inspringen" (a policy officer's case file): the line without the ':' is named, with how to write it."""
    text = f"state:\n  stuck: ja\n{line}\n  works_on_process: nee\n"
    document, issues = read_yaml(text.encode())
    assert document is None
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(3, 3, "yaml-missing-colon")]
    assert issues[0].params == {"written": line.strip(), "meant": meant}


@pytest.mark.parametrize(
    ("text", "line", "meant"),
    [
        # a key without its ':' before a plain value, the next key beside it: YAML stops at that key's ':'
        (
            "rules:\n  - id: X\n    then:\n      finding:\n        severity advice\n        message: {nl: a, en: b}\n",
            5,
            "severity: advice",
        ),
        ("rules:\n  - id X\n    title: {nl: a, en: b}\n", 2, "- id: X"),
        # before a bracketed value: the parser stopped inside it, "put the whole text between the quotes"
        ('rules:\n  - id: X\n    title {nl: "a b", en: "c"}\n    section: ["4"]\n', 3, 'title: {nl: "a b", en: "c"}'),
        ("rules:\n  - id: X\n    title {nl: a, en: b}\n    when: []\n", 3, "title: {nl: a, en: b}"),
    ],
)
def test_a_key_without_its_colon_before_a_plain_value_is_named_not_the_next_key(
    text: str, line: int, meant: str
) -> None:
    """`severity advice` was reported on the next line, "hier mag geen 'sleutel: waarde' staan", with a tip about
    a colon in a text (a rule-editing trial)."""
    _document, issues = read_yaml(text.encode())
    assert [(issue.line, issue.code, issue.params["meant"]) for issue in issues] == [
        (line, "yaml-missing-colon", meant)
    ]


def test_a_key_of_a_list_item_left_of_its_keys_after_a_deeper_block_is_told_their_column() -> None:
    """`then:` one space less, after a `when:` list, got "hier werd een lijstelement ('- ') verwacht" (a
    rule-editing trial): the item's keys stand in column 5, as `when:` on line 4 does."""
    text = "rules:\n  - id: X\n    title: {nl: a, en: b}\n    when:\n      - {fact: governance.trust, is: high}\n"
    _document, issues = read_yaml((text + "   then: {finding: {severity: info}}\n").encode())
    assert [(issue.line, issue.code) for issue in issues] == [(6, "yaml-item-key-indent")]
    assert (issues[0].params["above"], issues[0].params["above_column"]) == (4, 5)


@pytest.mark.parametrize(
    ("line", "meant"),
    [("  severity:advice", "severity: advice"), ("  - fact:governance.trust", "- fact: governance.trust")],
)
def test_a_key_without_a_space_after_its_colon_is_named_on_its_own_line(line: str, meant: str) -> None:
    """`stuck:ja` with a key below it was reported at that key, "staat er een dubbelpunt in een tekst?" (a policy
    officer's case file): YAML reads the line as one text; the line is named, with the space written in."""
    below = "    is: high" if line.lstrip().startswith("-") else "  message: m"
    document, issues = read_yaml(f"then:\n{line}\n{below}\n".encode())
    assert document is None
    assert [(issue.line, issue.column, issue.code) for issue in issues] == [(2, 3, "yaml-no-space-after-colon")]
    assert issues[0].params == {"written": line.strip(), "meant": meant}
