"""What a misspelt name probably meant: the one search behind every "bedoelde je …?" (did you mean).

Rule files, case files and the command line all suggest through :func:`closest`; a load of many mistakes
bounds its searches with :class:`Suggestions`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

CUTOFF = 0.6
"""How alike a word and a choice must be (difflib's ratio) to suggest the choice."""
REORDERED_CUTOFF = 0.8
"""How alike their words must be, each sorted, to suggest a choice of the same words in another order: the same
words reordered come out far above it (0.94), and two names of no word in common can reach :data:`CUTOFF` so
(``goal.gedragen_door_allen`` was offered ``challenge.regional.present``, a rule-editing trial)."""


def closest(word: str, choices: Sequence[str], cutoff: float = CUTOFF) -> str | None:
    """The choice most like ``word`` (what ``difflib.get_close_matches(word, choices, 1)`` gives), or None; for a
    name of several words, also compared with their order left aside.

    A rule's ``state.institutional_stuck`` was as like ``state.works_on_institutional`` as the
    ``state.stuck_on_institutional`` meant, and the first was suggested: the opposite meaning, which ``check``
    then found in order (a rule-editing trial). With the words of each name sorted, the one meant is far closer.
    """
    best = _closest(word, choices, cutoff)
    words = _in_word_order(word)
    if words.count(" ") >= 1:
        by_words: dict[str, str] = {}
        for choice in choices:
            by_words.setdefault(_in_word_order(choice), choice)
        found = _closest(words, list(by_words), max(cutoff, REORDERED_CUTOFF))
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], by_words[found[1]])
    return best[1] if best else None


_WORD_BREAKS = re.compile(r"[^\w]+|_")


def _in_word_order(name: str) -> str:
    """The words of ``name`` (split at dots, underscores, spaces and the like) sorted: "institutional stuck state"."""
    return " ".join(sorted(part for part in _WORD_BREAKS.split(name.lower()) if part))


def _closest(word: str, choices: Sequence[str], cutoff: float) -> tuple[float, str] | None:
    """The best score at least ``cutoff`` and its choice (difflib's ratio), or None.

    The full comparison (``ratio``) is slow; ``quick_ratio`` is a cheap upper bound of it. Choices are
    compared fully in order of that bound, and the search stops once no bound can beat the best found.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    bounded = []
    for choice in choices:
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() >= cutoff and (bound := matcher.quick_ratio()) >= cutoff:
            bounded.append((bound, choice))
    bounded.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, choice in bounded:
        if best is not None and bound < best[0]:
            break
        matcher.set_seq1(choice)
        score = matcher.ratio()
        if score >= cutoff and (best is None or (score, choice) > best):
            best = (score, choice)
    return best


def misspelt(word: str, meant: str) -> bool:
    """Whether ``word`` is ``meant`` misspelt: a few letters left out, added, changed or swapped (at most a third of
    ``meant``'s, and 2 in a short one), or ``meant`` as a whole word with more around it ("ocmw gent"). Not a word that only
    shares letters with it: "politie" is no misspelt "provincie", which difflib finds alike (a policy officer's
    trial was told "bedoelde je 'provincie'?" for a police zone)."""
    whole = re.search(rf"(?:^|\W){re.escape(meant)}(?:\W|$)", word) is not None
    return (len(meant) >= 4 and whole) or _edits(word, meant) <= max(2, len(meant) // 3)


def _edits(word: str, meant: str) -> int:
    """How many letters left out, added, changed or swapped with the next make ``meant`` of ``word``."""
    before: list[int] = []
    row = list(range(len(meant) + 1))
    for i, letter in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(meant, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == meant[j - 2] and word[i - 2] == other:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
    return row[-1]


class Suggestions:
    """Searches for what was meant, at most ``limit`` distinct ones; the same word and choices are searched once.

    "Did you mean" compares a name with every possible one: fine for the mistakes a person reads, far too slow
    for a file with a thousand of them (1,500 misspelt facts took 5 s). Past the limit, no suggestion.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._found: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def closest(self, word: str, choices: Iterable[str]) -> str | None:
        """What was probably meant by ``word`` among ``choices``, or None (also past the limit)."""
        key = (word, tuple(choices))
        if key not in self._found:
            if len(self._found) >= self.limit:
                return None
            self._found[key] = closest(word, key[1])
        return self._found[key]
