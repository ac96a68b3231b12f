"""The words policy staff read when a rule file is wrong: one entry per problem code, nl and en.

Each code has a message and, where it helps, a hint. Placeholders are filled
from the problem's parameters. The codes are stable: tools and golden files rely
on them, and ``rules/README.md`` lists them.
"""

from __future__ import annotations

from typing import Any

# code: (nl, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "file-too-large": (
        "het bestand is te groot ({size} bytes; hoogstens {max})",
        "the file is too large ({size} bytes; at most {max})"),
    "not-utf8": (
        "het bestand is geen UTF-8-tekst (byte {byte})",
        "the file is not UTF-8 text (byte {byte})"),
    "number-too-large": (
        "dit getal is te groot (meer dan {digits} cijfers)",
        "this number is too large (more than {digits} digits)"),
    "yaml11-number": (
        "YAML leest '{text}' als het getal {value}, niet zoals het er staat",
        "YAML reads '{text}' as the number {value}, not as written"),
    "yaml-syntax": (
        "YAML-syntaxfout: {problem}",
        "YAML syntax error: {problem}"),
    "yaml-tab": (
        "een tab op deze plaats: YAML springt in met spaties, niet met tabs",
        "a tab here: YAML indents with spaces, not tabs"),
    "yaml-alias": (
        "verwijzingen (*{name}) zijn niet toegelaten in regelbestanden",
        "aliases (*{name}) are not allowed in rule files"),
    "yaml-tag": (
        "de tag {tag} is niet toegelaten: een regelbestand bevat enkel gewone gegevens",
        "the tag {tag} is not allowed: a rule file holds plain data only"),
    "yaml-too-deep": (
        "te diep genest (meer dan {max} niveaus)",
        "nested too deeply (more than {max} levels)"),
    "yaml-too-many-nodes": (
        "te veel elementen in één bestand (meer dan {max}); verdeel de regels over meer bestanden",
        "too many elements in one file (more than {max}); spread the rules over more files"),
    "too-many-problems": (
        "en nog {count} andere fouten in dit bestand; verbeter eerst de fouten hierboven",
        "and {count} more problems in this file; fix the ones above first"),
    "yaml-many-documents": (
        "meer dan één YAML-document in één bestand (een tweede '---')",
        "more than one YAML document in one file (a second '---')"),
    "yaml-complex-key": (
        "een sleutel moet een gewoon woord zijn",
        "a key must be a plain word"),
    "yaml-merge-key": (
        "samenvoegsleutels ('<<') zijn niet toegelaten in regelbestanden",
        "merge keys ('<<') are not allowed in rule files"),
    "duplicate-key": (
        "de sleutel '{key}' staat hier een tweede keer (eerst op regel {first_line})",
        "the key '{key}' appears a second time (first on line {first_line})"),
    "empty-file": (
        "het bestand bevat geen regels",
        "the file contains no rules"),
    "not-a-mapping": (
        "een regelbestand begint met 'rules:' (en eventueel 'policy:' en 'decisions:'), niet met {found}",
        "a rule file starts with 'rules:' (and optionally 'policy:' and 'decisions:'), not with {found}"),
    "no-rule-files": (
        "geen regelbestanden (*.yaml) gevonden",
        "no rule files (*.yaml) found"),
    "unreadable": (
        "het bestand kan niet gelezen worden: {reason}",
        "the file cannot be read: {reason}"),
    "unknown-key": (
        "onbekende sleutel '{key}' (toegelaten: {allowed})",
        "unknown key '{key}' (allowed: {allowed})"),
    "missing-key": (
        "'{key}' ontbreekt",
        "'{key}' is missing"),
    "wrong-type": (
        "'{key}' moet {expected} zijn, maar is {found}",
        "'{key}' must be {expected}, but is {found}"),
    "not-allowed-value": (
        "'{key}' heeft een waarde die niet toegelaten is: {found} (toegelaten: {allowed})",
        "'{key}' has a value that is not allowed: {found} (allowed: {allowed})"),
    "bad-format": (
        "'{key}' heeft niet de juiste vorm: {found} ({expected})",
        "'{key}' does not have the right form: {found} ({expected})"),
    "empty-list": (
        "'{key}' mag niet leeg zijn",
        "'{key}' must not be empty"),
    "condition-no-subject": (
        "een voorwaarde noemt een feit ('fact:') of een besluit ('conclusion:')",
        "a condition names a fact ('fact:') or a conclusion ('conclusion:')"),
    "condition-two-subjects": (
        "een voorwaarde noemt ofwel een feit ofwel een besluit, niet beide",
        "a condition names either a fact or a conclusion, not both"),
    "condition-no-operator": (
        "de voorwaarde over '{name}' zegt niet wat er moet gelden (bv. 'is:', 'one_of:', 'at_least:')",
        "the condition on '{name}' does not say what must hold (e.g. 'is:', 'one_of:', 'at_least:')"),
    "condition-many-operators": (
        "de voorwaarde over '{name}' heeft meer dan één vergelijking ({operators}); maak er aparte voorwaarden van",
        "the condition on '{name}' has more than one comparison ({operators}); make separate conditions"),
    "unknown-fact": (
        "onbekend feit '{name}'",
        "unknown fact '{name}'"),
    "text-fact": (
        "'{name}' is vrije tekst; een voorwaarde kan enkel nagaan of die gekend is ('known:')",
        "'{name}' is free text; a condition can only check whether it is known ('known:')"),
    "operator-type": (
        "'{operator}' past niet bij '{name}', dat {type_words} is",
        "'{operator}' does not fit '{name}', which is {type_words}"),
    "value-not-allowed": (
        "'{value}' is geen mogelijke waarde van '{name}' (mogelijk: {allowed})",
        "'{value}' is not a possible value of '{name}' (possible: {allowed})"),
    "value-type": (
        "'{name}' is {type_words}, maar de waarde is {found}",
        "'{name}' is {type_words}, but the value is {found}"),
    "value-list": (
        "'{operator}' verwacht een lijst van waarden, bv. [high, moderate]",
        "'{operator}' expects a list of values, e.g. [high, moderate]"),
    "value-not-list": (
        "'{operator}' verwacht één waarde, geen lijst; gebruik 'one_of:' voor een lijst",
        "'{operator}' expects one value, not a list; use 'one_of:' for a list"),
    "known-not-bool": (
        "'known:' is true (het feit is gekend) of false (weet niet)",
        "'known:' is true (the fact is known) or false (not known)"),
    "unknown-policy": (
        "onbekende beleidswaarde '{name}'",
        "unknown policy value '{name}'"),
    "duplicate-policy": (
        "de beleidswaarde '{name}' bestaat al in {other}",
        "the policy value '{name}' already exists in {other}"),
    "duplicate-rule-id": (
        "de regel '{rule_id}' bestaat al in {other}",
        "the rule '{rule_id}' already exists in {other}"),
    "conclusion-value": (
        "'{value}' is geen toegelaten waarde voor het besluit '{name}' (toegelaten: {allowed})",
        "'{value}' is not an allowed value of the conclusion '{name}' (allowed: {allowed})"),
    "conclusion-value-form": (
        "de waarde van een besluit is één woord in kleine letters (bv. needs_attention), niet {found}",
        "a conclusion's value is one lower-case word (e.g. needs_attention), not {found}"),
    "conclusion-name-form": (
        "de naam van een besluit is één woord in kleine letters (bv. challenge_type), niet '{name}'",
        "a conclusion's name is one lower-case word (e.g. challenge_type), not '{name}'"),
    "conclusion-never-derived": (
        "het besluit '{name}' wordt gebruikt, maar geen enkele regel leidt het af",
        "the conclusion '{name}' is used, but no rule derives it"),
    "conclusion-value-never-derived": (
        "geen enkele regel besluit '{name}' = '{value}'",
        "no rule concludes '{name}' = '{value}'"),
    "conclusion-known": (
        "'known:' kan niet over een besluit gaan: of een besluit (nog) niet afgeleid is, hangt af van de "
        "volgorde van de regels",
        "'known:' cannot be used on a conclusion: whether a conclusion is not (yet) derived depends on the "
        "order of the rules"),
    "supports-without-decision": (
        "'supports:' steunt '{name}', maar er is geen beslissing 'decisions: {name}:'",
        "'supports:' supports '{name}', but there is no decision 'decisions: {name}:'"),
    "decision-duplicate": (
        "de beslissing over '{name}' bestaat al in {other}",
        "the decision on '{name}' already exists in {other}"),
    "decision-without-support": (
        "de beslissing over '{name}' krijgt van geen enkele regel steun ('supports:')",
        "the decision on '{name}' is supported by no rule ('supports:')"),
    "then-empty": (
        "'then:' doet niets: geef een besluit ('conclude:'), steun ('supports:') of een bevinding ('finding:')",
        "'then:' does nothing: give a conclusion ('conclude:'), support ('supports:') or a finding ('finding:')"),
    "unknown-placeholder": (
        "'{{{name}}}' in de boodschap is geen feit of besluit",
        "'{{{name}}}' in the message is not a fact or conclusion"),
    "bad-placeholder": (
        "de boodschap heeft een accolade die niet klopt; schrijf '{{{{' en '}}}}' voor een letterlijke accolade",
        "the message has a brace that does not match; write '{{{{' and '}}}}' for a literal brace"),
    "rule-too-big": (
        "deze regel is te groot voor de regelmotor: de keuzes in 'one_of' vermenigvuldigen zich ({chains} "
        "combinaties, {longest} tests na elkaar); splits hem in kleinere regels",
        "this rule is too big for the rule engine: the choices in 'one_of' multiply ({chains} combinations, "
        "{longest} tests in a row); split it into smaller rules"),
    "example-invalid": (
        "dit voorbeeld is geen geldige casus: {field}: {problem}",
        "this example is not a valid case: {field}: {problem}"),
    "heuristic-accounted-twice": (
        "de heuristiek {name} wordt al verantwoord in {other}",
        "the heuristic {name} is already accounted for in {other}"),
    "heuristic-rule-and-accounted": (
        "de heuristiek {name} is een regel ({rule_id}) en wordt ook apart verantwoord; kies één van beide",
        "the heuristic {name} is a rule ({rule_id}) and is also accounted for apart; choose one"),
    "unknown-heuristic": (
        "'{name}' is geen heuristiek van de gids (H001 tot H151)",
        "'{name}' is not a heuristic of the guide (H001 to H151)"),
}

TYPE_WORDS: dict[str, tuple[str, str]] = {
    "bool": ("ja/nee", "yes/no"),
    "enum": ("een keuze uit vaste waarden", "a choice among fixed values"),
    "int": ("een getal", "a number"),
    "text": ("vrije tekst", "free text"),
    "conclusion": ("een besluit", "a conclusion"),
}

EXPECTED_WORDS: dict[str, tuple[str, str]] = {
    "string": ("tekst", "text"),
    "int": ("een geheel getal", "a whole number"),
    "bool": ("true of false", "true or false"),
    "list": ("een lijst", "a list"),
    "mapping": ("een lijst van sleutels en waarden", "a mapping of keys and values"),
    "text": ("een tekst met 'nl:' en 'en:'", "a text with 'nl:' and 'en:'"),
    "value": ("een waarde", "a value"),
}

SURPRISE_HINTS: dict[str, tuple[str, str]] = {
    "bool": (
        "YAML leest '{text}' als ja/nee (een booleaanse waarde), niet als het woord; zet het tussen "
        "aanhalingstekens: \"{text}\"",
        "YAML reads '{text}' as a yes/no (boolean) value, not as the word; put it in quotes: \"{text}\""),
    "octal": (
        "YAML leest '{text}' als een octaal getal; zet het tussen aanhalingstekens: \"{text}\"",
        "YAML reads '{text}' as an octal number; put it in quotes: \"{text}\""),
    "sexagesimal": (
        "YAML leest '{text}' als een getal in zestigtallen (zoals een uur); zet het tussen aanhalingstekens: "
        "\"{text}\"",
        "YAML reads '{text}' as a base-60 number (like a time); put it in quotes: \"{text}\""),
    "date": (
        "YAML leest '{text}' als een datum; zet het tussen aanhalingstekens: \"{text}\"",
        "YAML reads '{text}' as a date; put it in quotes: \"{text}\""),
    "null": (
        "YAML leest '{text}' als 'niets' (leeg); zet het tussen aanhalingstekens als je het woord bedoelt",
        "YAML reads '{text}' as nothing (null); put it in quotes if you mean the word"),
    "number": (
        "YAML leest {text} als een getal; zet het tussen aanhalingstekens als je tekst bedoelt: \"{text}\"",
        "YAML reads {text} as a number; put it in quotes if you mean text: \"{text}\""),
}


# YAML 1.1 reads a leading zero as octal (010 is 8) and colons as base 60 (1:30 is 90): silently a
# different number than the one a person wrote, so a rule file or case file refuses them.
YAML11_NUMBER_HINTS: dict[str, tuple[str, str]] = {
    "octal": (
        "een getal dat met 0 begint, is voor YAML octaal; schrijf {plain} (zonder de 0 vooraan), of zet tekst "
        "tussen aanhalingstekens",
        "a number that starts with 0 is octal to YAML; write {plain} (without the leading 0), or put text "
        "in quotes"),
    "sexagesimal": (
        "een getal met ':' is voor YAML een getal in zestigtallen (zoals een uur: 1:30 is 90); schrijf het getal "
        "dat je bedoelt, of zet tekst tussen aanhalingstekens",
        "a number with ':' is base 60 to YAML (like a time: 1:30 is 90); write the number you mean, or put text "
        "in quotes"),
}


def yaml11_number_problem(text: str, kind: str, value: object) -> tuple[dict[str, str], dict[str, str]]:
    """The message and hint for a number YAML 1.1 reads otherwise than written (``010``, ``1:30``)."""
    plain = text.lstrip("+-").lstrip("0") or "0"
    if text.startswith("-"):
        plain = "-" + plain
    return (message("yaml11-number", {"text": text, "value": value}),
            render(YAML11_NUMBER_HINTS[kind], {"plain": plain}))


def render(template: tuple[str, str], params: dict[str, Any]) -> dict[str, str]:
    """Fill a (nl, en) template; parameters given as (nl, en) pairs are taken per language."""
    out = {}
    for index, lang in enumerate(("nl", "en")):
        values = {key: (value[index] if isinstance(value, tuple) and len(value) == 2 else value)
                  for key, value in params.items()}
        out[lang] = template[index].format(**values)
    return out


def message(code: str, params: dict[str, Any]) -> dict[str, str]:
    return render(MESSAGES[code], params)


def did_you_mean(suggestion: str) -> dict[str, str]:
    return {"nl": f"bedoelde je '{suggestion}'?", "en": f"did you mean '{suggestion}'?"}


# The YAML parser's own words (libyaml's, or PyYAML's where libyaml is missing), in Dutch.
SYNTAX_PROBLEMS: dict[str, str] = {
    "mapping values are not allowed in this context": "hier mag geen 'sleutel: waarde' staan",
    "mapping values are not allowed here": "hier mag geen 'sleutel: waarde' staan",
    "did not find expected key": "hier werd een sleutel verwacht",
    "did not find expected ',' or '}'": "hier werd een ',' of '}' verwacht",
    "did not find expected ',' or ']'": "hier werd een ',' of ']' verwacht",
    "did not find expected '-' indicator": "hier werd een lijstelement ('- ') verwacht",
    "did not find expected node content": "hier werd een waarde verwacht",
    "could not find expected ':'": "hier werd een ':' verwacht",
    "found unexpected end of stream": "het bestand eindigt voor alles gesloten is",
    "found character that cannot start any token": "een teken waarmee in YAML niets kan beginnen",
    "block sequence entries are not allowed in this context": "hier mag geen lijstelement ('- ') staan",
    "found unexpected ':'": "een onverwachte ':'",
    "found undefined tag handle": "een onbekende tag",
    "found unknown escape character": "een onbekend escapeteken na '\\'",
}


def syntax_problem(problem: str) -> tuple[str, str]:
    """The parser's problem as (nl, en); unknown wording stays English in both."""
    return (SYNTAX_PROBLEMS.get(problem, problem), problem)


# The operators as a person reads them, for explanations (nl, en).
OPERATOR_WORDS: dict[str, tuple[str, str]] = {
    "eq": ("is", "is"), "neq": ("is niet", "is not"), "in": ("is een van", "is one of"),
    "not_in": ("is geen van", "is none of"), "ge": ("is minstens", "is at least"),
    "le": ("is hoogstens", "is at most"), "gt": ("is meer dan", "is more than"),
    "lt": ("is minder dan", "is less than"), "known": ("is gekend", "is known"),
    "unknown": ("is niet gekend (weet niet)", "is not known"),
}


# The three fixed conclusions as a person reads them: a heading, and in a sentence (nl, en).
CONCLUSION_NAMES: dict[str, tuple[str, str]] = {
    "challenge_type": ("Type uitdaging", "Type of challenge"),
    "collaboration_form": ("Samenwerkingsvorm", "Form of collaboration"),
    "governance_mode": ("Governancevorm", "Governance mode"),
}
CONCLUSION_IN_A_SENTENCE: dict[str, tuple[str, str]] = {
    "challenge_type": ("het type uitdaging", "the type of challenge"),
    "collaboration_form": ("de samenwerkingsvorm", "the form of collaboration"),
    "governance_mode": ("de governancevorm", "the governance mode"),
}
UNDETERMINED_WORDS = ("nog niet te bepalen", "cannot be determined yet")
