"""The guide's words in the rules: every quotation in rules/*.yaml, checked against the guide, and its copy.

Quotation marks in the text of a rule file mean "these are the guide's own words": in a rule's title and
message, in a policy value's explanation, in the file's topic and in an account of a heuristic. A rule's
`quote:` is one quotation as a whole. Inside a quotation "…" marks an omission and [square brackets] an
insertion ([sic] after a word the guide spells so); every other character must stand in the guide as written.
Only whitespace and the kind of quotation marks (‘ ’ “ ” read as ' and ") are normalised: no capitals, no
spelling, no word order. "..." (three full stops) is not an omission: the guide itself writes "instrumenten...".

English texts may quote the guide's Dutch words; an English translation of the guide is never put between
quotation marks: it stands as a paraphrase with the section, e.g. "(§4.2)".

The guide sits beside the checkout (../shared/guide/regionaal-samenwerken.txt). Where it does not, the copy in
rules/CITATEN.md (made by `make regenereer` while the guide was there, and only from quotations found in it)
stands in for it: a quotation in the rules that is not in the copy was never checked.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from netadvisor.loader import texts_quoting_the_guide
from netadvisor.text import unclosed_quote

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
GUIDE = ROOT.parent / "shared" / "guide" / "regionaal-samenwerken.txt"
COPY = RULES / "CITATEN.md"

OMISSION = "…"
_TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_GAP = 400  # an omission leaves out at most this many characters: the words around it stay in one passage


class GuideMissing(Exception):
    """The guide is not beside this checkout, so quotations cannot be checked against it."""


def normalise(text: str) -> str:
    """Whitespace as single spaces, typographic quotation marks as plain ones; nothing else changes."""
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHIC)).strip()


# --------------------------------------------------------------------------- finding the quotations


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation of the guide in a rule file.

    Attributes:
        file: the rule file's name (``doelstelling.yaml``).
        owner: the rule id, or what else holds the text (``beleid weinig_partners_max``, ``onderwerp``, ``H030``).
        field: which text (``quote``, ``titel``, ``boodschap``, ``uitleg``, ``verantwoording``), with its language.
        text: the quotation as written, without its quotation marks.
        sections: the guide's sections the rule names (empty for texts that are not a rule's).
    """

    file: str
    owner: str
    field: str
    text: str
    sections: tuple[str, ...] = ()
    line: int | None = None  # where it begins in its file (None: not found as written, a YAML escape in it)
    single: bool = False  # between single quotation marks ('…'), which quote the guide too

    @property
    def where(self) -> str:
        at = f":{self.line}" if self.line is not None else ""
        return f"rules/{self.file}{at}: {self.owner}, {self.field}"


_DOUBLE = re.compile(r'["“„]([^"“”„]*)["”“]')
# A single quotation mark opens after a space, a bracket or the start, and closes before a space, punctuation or
# the end: an apostrophe inside a word (thema's, OCMW's, rampscenario's) is neither.
_SINGLE = re.compile(r"(?<![\w'’])['‘](?=\S)(.+?)(?<=\S)['’](?![\w])")


def quoted(text: str) -> tuple[list[str], list[str]]:
    """The quoted spans of a text (double quotation marks first, then single ones outside them), and problems."""
    problems = []
    if unclosed_quote(text) is not None:  # (netadvisor check refuses it too, with its line)
        problems.append("een dubbel aanhalingsteken wordt niet gesloten")
    spans = [match.group(1) for match in _DOUBLE.finditer(text)]
    outside = _DOUBLE.sub(" ", text)
    spans += [match.group(1) for match in _SINGLE.finditer(outside)]
    return [span for span in spans if span.strip()], problems


class _Lines:
    """A file's text with its whitespace as single spaces (as a folded YAML text reads), and the line each
    character of that stands on: where a quotation begins, for a message a person can go to."""

    def __init__(self, text: str) -> None:
        flat: list[str] = []
        lines: list[int] = []
        line, space = 1, False
        for char in text.translate(_TYPOGRAPHIC):
            if char.isspace():
                if char == "\n":
                    line += 1
                space = bool(flat)
                continue
            if space:
                flat.append(" ")
                lines.append(line)
                space = False
            flat.append(char)
            lines.append(line)
        self.text = "".join(flat)
        self.lines = lines
        self.searched_from: dict[str, int] = {}  # a quotation met twice (nl and en) is found twice, in order

    def line_of(self, quotation: str, from_line: int = 1) -> int | None:
        """The line a quotation begins on, searched from ``from_line`` (where the part of the file that holds it
        begins: the same words in a rule above are another rule's) and past where it was found before."""
        words = normalise(quotation)
        part_begins = bisect.bisect_left(self.lines, from_line)
        start = self.text.find(words, max(part_begins, self.searched_from.get(words, 0)))
        if start < 0:
            return None
        self.searched_from[words] = start + 1
        return self.lines[start]


def _line_of_part(root: yaml.Node | None, where: tuple[Any, ...]) -> int:
    """The first line of the text at ``where`` in a rule file (as ``texts_quoting_the_guide`` names it, e.g.
    ``("rules", 3, "then", "finding", "message", "nl")``), or of the nearest part of it found: a quotation is
    looked for from there. A rule owner's new rule quoted words an earlier rule quotes too, and was sent to that
    rule's line (a rule-editing trial)."""
    node, line = root, 1
    for step in where:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def rule_file_quotations(path: Path) -> tuple[list[Quotation], list[str]]:
    """Every quotation in one rule file, and the problems met reading them (an unclosed quotation mark). The texts
    are those the loader checks the quotation marks of (``texts_quoting_the_guide``), and each rule's quote."""
    raw = path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw) or {}
    lines = _Lines(raw)
    root = yaml.compose(raw)
    found: list[Quotation] = []
    problems: list[str] = []
    for where, text in texts_quoting_the_guide(data, quotes=True):
        owner, field, sections = _owner_of(data, where)
        begins = _line_of_part(root, where)
        if field == "quote":
            found.append(Quotation(path.name, owner, field, text, sections, lines.line_of(text, begins)))
            continue
        spans, trouble = quoted(text)
        singles = {match.group(1) for match in _SINGLE.finditer(_DOUBLE.sub(" ", text))}
        found.extend(
            Quotation(path.name, owner, field, span, sections, lines.line_of(span, begins), span in singles)
            for span in spans
        )
        problems.extend(f"rules/{path.name}: {owner}, {field}: {problem}" for problem in trouble)
    return found, problems


_FIELD_NAMES = {
    "topic": "onderwerp",
    "explanation": "uitleg",
    "title": "titel",
    "message": "boodschap",
    "reason": "verantwoording",
}


def _owner_of(data: Any, where: tuple[Any, ...]) -> tuple[str, str, tuple[str, ...]]:
    """Who holds a text (a rule id, ``beleid <name>``, ``onderwerp``, a heuristic), which text with its language,
    and the guide's sections the rule names."""
    lang = where[-1] if where[-1] in ("nl", "en") else "nl"
    named = [part for part in where if isinstance(part, str) and part not in ("nl", "en")]
    if where[0] == "topic":
        return "onderwerp", f"onderwerp ({lang})", ()
    if where[0] == "policy":
        return f"beleid {where[1]}", f"uitleg ({lang})", ()
    if where[0] == "accounts_for":
        owner = str(data["accounts_for"][where[1]].get("heuristic"))
        return owner, "verantwoording (waar)" if named[-1] == "where" else f"verantwoording ({lang})", ()
    rule = data["rules"][where[1]]
    sections = tuple(str(section) for section in rule.get("section") or ())
    if named[-1] == "quote":
        return str(rule.get("id")), "quote", sections
    return str(rule.get("id")), f"{_FIELD_NAMES[named[-1]]} ({lang})", sections


def rule_quotations(rules: Path = RULES) -> tuple[list[Quotation], list[str]]:
    """Every quotation in every rule file of a folder, in file order."""
    found: list[Quotation] = []
    problems: list[str] = []
    for path in sorted(rules.glob("*.yaml")):
        more, trouble = rule_file_quotations(path)
        found += more
        problems += trouble
    return found, problems


# --------------------------------------------------------------------------- the guide


@dataclass(frozen=True, slots=True)
class Place:
    """Where a quotation stands in the guide: its section and the guide's text it covers (normalised)."""

    section: str
    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    passage: str


_CONTENTS_LINE = re.compile(r"\t\s*\d+\s*$")
"""A line of the guide's table of contents: a title, a tab and its page number."""


class Guide:
    """The guide's text, normalised, with the section of every position (the body's numbering)."""

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self._sections: list[tuple[int, str]] = [(0, "inleiding")]
        offset = 0
        current: tuple[int, ...] = ()
        contents: list[tuple[int, int]] = []  # where the table of contents' lines stand in the text
        for line in text.splitlines():
            clean = normalise(line.replace("**", ""))  # bold in the guide's text file is no part of its words
            if not clean:
                continue
            if _CONTENTS_LINE.search(line):
                contents.append((offset, offset + len(clean)))
            heading = re.match(r"(\d+(?:\.\d+)*)\. \S", clean)
            # the table of contents (tab, page number) and the numbered lists inside a section are no headings
            if heading and "\t" not in line:
                number = tuple(int(part) for part in heading.group(1).split("."))
                if number > current:
                    current = number
                    self._sections.append((offset, heading.group(1)))
            parts.append(clean)
            offset += len(clean) + 1
        self.text = " ".join(parts)
        # the text with the table of contents blanked out, at the same places: what a quotation not found is held
        # against ("het burgemeestersoverleg 10", a line of the contents, was shown as the passage nearest to an
        # invented sentence: a rule-editing trial)
        prose = list(self.text)
        for start, end in contents:
            prose[start:end] = " " * (end - start)
        self._prose = "".join(prose)

    @classmethod
    def beside_checkout(cls, path: Path | None = None) -> Guide:
        """The guide at ../shared/guide/ beside the checkout (or at ``path``).

        Raises:
            GuideMissing: it is not there.
        """
        path = path or GUIDE
        if not path.is_file():
            raise GuideMissing(f"de gids staat niet naast de checkout ({path})")
        return cls(path.read_text(encoding="utf-8"))

    @property
    def sections(self) -> frozenset[str]:
        """The numbers of the guide's sections, as its body numbers them ("1", "4.4.1")."""
        return frozenset(name for _start, name in self._sections if name != "inleiding")

    def section_at(self, position: int) -> str:
        """The section of the guide's body a position of :attr:`text` falls in ("inleiding" before §1)."""
        section = "inleiding"
        for start, name in self._sections:
            if start > position:
                break
            section = name
        return section

    def nearest(self, quotation: str) -> tuple[str, str] | None:
        """The guide's words nearest to a quotation that does not stand in it as written, with their section: as
        long as the quotation and some words either side, around the longest run of characters the two share; None
        where they share little."""
        words = normalise(quotation.replace(OMISSION, " "))
        text = self._prose
        matcher = difflib.SequenceMatcher(None, words, text, autojunk=False)
        match = matcher.find_longest_match(0, len(words), 0, len(text))
        if match.size < min(12, len(words)):
            return None
        # from the first to the last of the guide's words the quotation shares, around that run: a word left out
        # or added before the run moved a window of the quotation's length by as much, and cut off the passage's
        # first words (a policy officer had to open the guide to find them)
        slack = max(12, len(words) // 5)
        around = max(0, match.b - match.a - slack)
        region = text[around : min(len(text), match.b - match.a + len(words) + slack)]
        shared = [
            block
            for block in difflib.SequenceMatcher(None, words, region, autojunk=False).get_matching_blocks()
            if block.size >= 4
        ]
        start = around + shared[0].b if shared else max(0, match.b - match.a)
        end = around + shared[-1].b + shared[-1].size if shared else min(len(text), start + len(words))
        # whole words: back to a space before, on to one after
        while start > 0 and text[start - 1] != " ":
            start -= 1
        while end < len(text) and text[end] != " ":
            end += 1
        # without a list's dash or bullet at either end: a rule owner would paste "… aan. -" back in
        passage = _LOOSE_MARKS.sub("", re.sub(r" +", " ", text[start:end]).strip())
        return self.section_at(match.b), passage

    def find(self, quotation: str, sections: Iterable[str] = ()) -> Place | None:
        """Where the quotation stands in the guide (in one of ``sections`` if it stands there too), or None when
        it does not stand there as written."""
        pattern = quotation_pattern(quotation)
        if pattern is None:
            return None
        wanted = set(sections)
        places = [
            Place(
                self.section_at(match.start()),
                match.start(),
                match.end(),
                tuple(match.span(name) for name in pattern.groupindex),
                match.group(0),
            )
            for match in pattern.finditer(self.text)
        ]
        return next((place for place in places if place.section in wanted), places[0] if places else None)


_LOOSE_MARKS = re.compile(r"^(?:[^\w\s\"“'‘(]+\s+)+|(?:\s+[^\w\s\"”'’).…]+)+$")
"""Marks standing loose at either end of a passage (a list's "-" or "•"), not words' own punctuation."""


def quotation_pattern(quotation: str) -> re.Pattern[str] | None:
    """The guide text a quotation stands for: its words as written, some text where "…" stands, nothing for an
    [insertion]. None when nothing of the guide is left (only insertions and omissions).

    Each stretch of the guide's words starts and ends on a word boundary, except where an insertion is glued to
    it ("[H]oe nauwer" quotes "hoe nauwer" with a capital the quoter added).
    """
    tokens = re.split(r"(\[…\]|…|\[[^\]]*\])", normalise(quotation))
    segments: list[dict[str, Any]] = []
    current: dict[str, Any] = {"text": "", "glued_start": False, "glued_end": False}
    after_insertion = False
    for index, token in enumerate(tokens):
        if index % 2 == 0:  # the guide's words
            if after_insertion and current["text"].endswith(" "):
                # the space that set the insertion apart goes with it: "kan [je] variëren", "woord [sic]."
                if token.startswith(" "):
                    token = token[1:]
                elif token[:1] in ".,;:!?)":
                    current["text"] = current["text"].rstrip()
            current["text"] += token
            after_insertion = False
            if token.strip():
                current["glued_end"] = False
        elif token in (OMISSION, "[…]"):
            after_insertion = False
            if current["text"].strip():
                segments.append(current)
            current = {"text": "", "glued_start": False, "glued_end": False}
        else:  # an insertion: the guide's words on either side stay adjacent
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if not current["text"].strip():
                current["glued_start"] = bool(following) and not following.startswith(" ")
            else:
                current["glued_end"] = not current["text"].endswith(" ")
            after_insertion = True
    if current["text"].strip():
        segments.append(current)
    if not segments:
        return None
    out = []
    for index, segment in enumerate(segments):
        words = re.sub(r" +", " ", segment["text"]).strip()
        if index > 0:
            out.append(rf"\s*\S.{{0,{_GAP}}}?")  # an omission leaves out something, not nothing
        if words[0].isalnum() and not segment["glued_start"]:
            out.append(r"(?<!\w)")
        out.append(f"(?P<s{index}>{re.escape(words)})")
        if words[-1].isalnum() and not segment["glued_end"]:
            out.append(r"(?!\w)")
    return re.compile("".join(out))


def problems_of(quotations: Iterable[Quotation], guide: Guide) -> list[str]:
    """A Dutch sentence for every quotation that does not stand in the guide as written, with what the guide says
    nearest to it (a policy officer could not tell "afzonderlijk" from the guide's "afzonderlijke")."""
    problems = []
    for q in quotations:
        if guide.find(q.text) is not None:
            continue
        problem = f"{q.where}: staat niet letterlijk in de gids: " + (f"'{q.text}'" if q.single else f'"{q.text}"')
        if q.single:
            # (a rule-editing trial's own label 'inhoudsnetwerk' was shown between double quotation marks it had
            # not written, and the reason not said)
            problem += (
                "\n    tussen enkele aanhalingstekens telt een tekst ook als citaat van de gids: is het een eigen woord, "
                "laat de aanhalingstekens dan weg"
            )
        if q.field.endswith("(en)"):
            # the guide is Dutch: English between quotation marks is a translation passed off as its words (a
            # policy officer was shown only the nearest Dutch passage, and did not see why)
            problem += (
                "\n    in het Engels staat een vertaling nooit tussen aanhalingstekens (de gids is Nederlandstalig): "
                "laat ze weg, zie rules/README.md"
            )
            problems.append(problem)
            continue
        if "..." in q.text and guide.find(q.text.replace("...", OMISSION)) is not None:
            # (a policy officer wrote three full stops for an omission and was shown only the nearest passage)
            problem += (
                f'\n    een weglating schrijf je als "{OMISSION}" (één teken), niet als "...": daarmee staat het er wel'
            )
            problems.append(problem)
            continue
        left_out = _with_omission(q.text, guide)
        if left_out is not None:
            # the guide's words with some left out between them, unmarked: "two words differ" sent a rule-editing
            # trial guessing, where "…" was the fix (said first; the guide's own words still follow)
            problem += (
                f'\n    de gids heeft daar meer woorden tussen: schrijf "{OMISSION}" waar je iets weglaat, zo staat het '
                f'er wel: "{left_out}"; of neem de woorden van de gids over'
            )
        nearest = guide.nearest(q.text)
        if nearest is not None:
            section, passage = nearest
            where = "de inleiding" if section == "inleiding" else f"§{section}"
            problem += f'\n    het dichtst daarbij staat in {where}: "{passage}"'
            differences = word_differences(q.text, passage)
            if differences:
                problem += "\n    verschil: " + "; ".join(differences)
        problems.append(problem)
    return problems


def _with_omission(quoted: str, guide: Guide) -> str | None:
    """The quotation with one "…" between two of its words where that makes it stand in the guide as written
    (words left out there, unmarked), or None."""
    words = quoted.split()
    for split in range(1, len(words)):
        candidate = " ".join([*words[:split], OMISSION, *words[split:]])
        if guide.find(candidate) is not None:
            return candidate
    return None


def word_differences(quoted: str, passage: str, most: int = 3) -> list[str]:
    """Where a quotation's words differ from the passage nearest to it, in Dutch, at most ``most`` places: a
    policy officer had to compare two sentences of 25 words to find "bepalen" where the guide says "beslissen"."""
    mine, theirs = quoted.split(), passage.split()
    said = []
    matcher = difflib.SequenceMatcher(a=[_bare(w) for w in mine], b=[_bare(w) for w in theirs], autojunk=False)
    # (each place once: "besluiten," where the guide has "beslissingen" is one difference, not two)
    for kind, start, end, their_start, their_end in matcher.get_opcodes():
        if kind == "equal":
            continue
        written, guide_words = " ".join(mine[start:end]), " ".join(theirs[their_start:their_end])
        if kind == "replace":
            said.append(f'"{written}" waar de gids "{guide_words}" schrijft')
        elif kind == "delete":
            said.append(f'"{written}" staat niet in die passage van de gids')
        else:
            said.append(f'de gids schrijft hier ook "{guide_words}"')
    if len(said) > most:
        said = [*said[:most], f"en nog {len(said) - most} andere"]
    return said


def _bare(word: str) -> str:
    """A word as compared: without the quotation marks around it, nor the marks that may end a quotation cut
    short ("aan" for the guide's "aan.", which the check accepts: a rule-editing trial was told it as a
    difference). A comma inside, where the guide has none, is a difference of its word ("besluiten," for
    "beslissingen")."""
    return word.strip('"“”').rstrip(".,;:!?")


# --------------------------------------------------------------------------- the copy


_HEADER = """\
# Citaten uit de gids

<!-- Gemaakt door `make regenereer` uit rules/*.yaml en de gids (../shared/guide/regionaal-samenwerken.txt).
     Niet met de hand aanpassen. -->

Wat in de regels tussen aanhalingstekens staat, zijn de woorden van de gids *Regionaal samenwerken*, letterlijk:
in de titel en de boodschap van een regel, in de uitleg van een beleidswaarde, in het onderwerp van een bestand
en in de verantwoording van een heuristiek. Ook het veld `quote:` van een regel is een citaat. In een citaat
staat "…" voor een weglating en [rechte haken] voor een invoeging (ook [sic] na een woord dat de gids zo
schrijft); verder verandert er niets, ook geen hoofdletter of spelling. Een Engelse boodschap zet een
vertaling van de gids nooit tussen aanhalingstekens: ze geeft de inhoud weer met het hoofdstuk erbij.

Deze lijst is gemaakt toen de gids naast de checkout stond, en bevat enkel citaten die er letterlijk in staan.
Staat de gids er niet, dan controleert de test dat elk citaat in de regels in deze lijst staat: een nieuw of
gewijzigd citaat moet dan eerst tegen de gids worden nagekeken (`make regenereer` met de gids erbij).

| bestand | waar | citaat | gids |
|---|---|---|---|
"""


def _cell(text: str) -> str:
    return normalise(text).replace("|", "\\|")


def render_copy(quotations: Iterable[Quotation], guide: Guide) -> str:
    """rules/CITATEN.md: every quotation with the guide's section where it stands.

    Raises:
        ValueError: a quotation does not stand in the guide (the copy holds checked quotations only).
    """
    quotations = list(quotations)
    wrong = problems_of(quotations, guide)
    if wrong:
        raise ValueError("\n".join(wrong))
    rows = []
    for quotation in quotations:
        place = guide.find(quotation.text)
        assert place is not None
        section = place.section if place.section == "inleiding" else f"§{place.section}"
        rows.append(
            f"| {quotation.file} | {quotation.owner}, {quotation.field} | {_cell(quotation.text)} | {section} |\n"
        )
    return _HEADER + "".join(rows)


_ROW = re.compile(r"^\| [^|]+ \| [^|]+ \| (.*) \| [^|]+ \|$")


def copied_quotations(copy: str) -> set[str]:
    """The quotations a copy (rules/CITATEN.md) lists, normalised."""
    return {
        match.group(1).replace("\\|", "|")
        for line in copy.splitlines()
        if (match := _ROW.match(line)) and match.group(1) != "citaat" and not match.group(1).startswith("---")
    }
