"""The words policy staff read when a rule file is wrong: one entry per problem code, nl and en.

Each code has a message and, where it helps, a hint. Placeholders are filled
from the problem's parameters. The codes are stable: tools and golden files rely
on them, and ``rules/README.md`` lists them.
"""

from __future__ import annotations

import errno
import functools
import re
import string
from collections.abc import Iterable, Mapping
from typing import Any

from .answers import VALUE_LABELS, choice_words, thousands_hint, value_text
from .text import Text, with_controls_shown

# code: (nl, en)
MESSAGES: dict[str, Text] = {
    "file-too-large": Text(
        "het bestand is te groot ({size} bytes; hoogstens {max})",
        "the file is too large ({size} bytes; at most {max})",
    ),
    "not-utf8": Text("het bestand is geen UTF-8-tekst (byte {byte})", "the file is not UTF-8 text (byte {byte})"),
    "number-too-large": Text(
        "dit getal is te groot (meer dan {digits} cijfers)",
        "this number is too large (more than {digits} digits)",
    ),
    "yaml11-number": Text(
        "YAML leest '{text}' als het getal {value}, niet zoals het er staat",
        "YAML reads '{text}' as the number {value}, not as written",
    ),
    "yaml-syntax": Text("YAML-syntaxfout: {problem}", "YAML syntax error: {problem}"),
    "yaml-tab": Text(
        "een tab op deze plaats: YAML springt in met spaties, niet met tabs",
        "a tab here: YAML indents with spaces, not tabs",
    ),
    "yaml-alias": Text("verwijzingen (*{name}) zijn niet toegelaten", "aliases (*{name}) are not allowed"),
    "yaml-tag": Text(
        "de tag {tag} is niet toegelaten: het bestand bevat enkel gewone gegevens",
        "the tag {tag} is not allowed: the file holds plain data only",
    ),
    "yaml-too-deep": Text("te diep genest (meer dan {max} niveaus)", "nested too deeply (more than {max} levels)"),
    "yaml-too-many-nodes": Text(
        "te veel elementen in één bestand (meer dan {max}); verdeel de regels over meer bestanden",
        "too many elements in one file (more than {max}); spread the rules over more files",
    ),
    "too-many-problems": Text(
        "en nog {count} andere fouten in dit bestand; verbeter eerst de fouten hierboven",
        "and {count} more problems in this file; fix the ones above first",
    ),
    "yaml-many-documents": Text(
        "meer dan één YAML-document in één bestand (een tweede '---')",
        "more than one YAML document in one file (a second '---')",
    ),
    "yaml-complex-key": Text("een sleutel moet een gewoon woord zijn", "a key must be a plain word"),
    "yaml-merge-key": Text("samenvoegsleutels ('<<') zijn niet toegelaten", "merge keys ('<<') are not allowed"),
    "duplicate-key": Text(
        "de sleutel '{key}' staat hier een tweede keer (eerst op regel {first_line})",
        "the key '{key}' appears a second time (first on line {first_line})",
    ),
    "yaml-stray-quote": Text(
        "de tekst {text} eindigt op een aanhalingsteken dat nergens opent",
        "the text {text} ends with a quote that opens nowhere",
    ),
    "empty-file": Text("het bestand bevat geen regels", "the file contains no rules"),
    "not-a-mapping": Text(
        "een regelbestand begint met 'rules:' (en eventueel 'policy:' en 'decisions:'), niet met {found}",
        "a rule file starts with 'rules:' (and optionally 'policy:' and 'decisions:'), not with {found}",
    ),
    "no-rule-files": Text("geen regelbestanden (*.yaml) gevonden", "no rule files (*.yaml) found"),
    "unreadable": Text("het bestand kan niet gelezen worden: {reason}", "the file cannot be read: {reason}"),
    "unknown-key": Text(
        "onbekende sleutel '{key}' (toegelaten: {allowed})", "unknown key '{key}' (allowed: {allowed})"
    ),
    "missing-key": Text("'{key}' ontbreekt", "'{key}' is missing"),
    "wrong-type": Text("'{key}' moet {expected} zijn, maar is {found}", "'{key}' must be {expected}, but is {found}"),
    "not-allowed-value": Text(
        "'{key}' heeft een waarde die niet toegelaten is: {found} (toegelaten: {allowed})",
        "'{key}' has a value that is not allowed: {found} (allowed: {allowed})",
    ),
    "bad-format": Text(
        "'{key}' heeft niet de juiste vorm: {found} ({expected})",
        "'{key}' does not have the right form: {found} ({expected})",
    ),
    "empty-list": Text("'{key}' mag niet leeg zijn", "'{key}' must not be empty"),
    "text-empty": Text("'{key}' is leeg: hier hoort tekst", "'{key}' is empty: a text belongs here"),
    "en-same-as-nl": Text(
        "de Engelse tekst is dezelfde als de Nederlandse: hij is niet vertaald",
        "the English text is the Dutch one: it is not translated",
    ),
    "condition-no-subject": Text(
        "een voorwaarde noemt een feit ('fact:') of een besluit ('conclusion:')",
        "a condition names a fact ('fact:') or a conclusion ('conclusion:')",
    ),
    "condition-two-subjects": Text(
        "een voorwaarde noemt ofwel een feit ofwel een besluit, niet beide",
        "a condition names either a fact or a conclusion, not both",
    ),
    "condition-no-operator": Text(
        "de voorwaarde over '{name}' zegt niet wat er moet gelden (bv. 'is:', 'one_of:', 'at_least:')",
        "the condition on '{name}' does not say what must hold (e.g. 'is:', 'one_of:', 'at_least:')",
    ),
    "condition-many-operators": Text(
        "de voorwaarde over '{name}' heeft meer dan één vergelijking ({operators}); maak er aparte voorwaarden van",
        "the condition on '{name}' has more than one comparison ({operators}); make separate conditions",
    ),
    "unknown-fact": Text("onbekend feit '{name}'", "unknown fact '{name}'"),
    "text-fact": Text(
        "'{name}' is vrije tekst; een voorwaarde kan enkel nagaan of die gekend is ('known:')",
        "'{name}' is free text; a condition can only check whether it is known ('known:')",
    ),
    "operator-type": Text(
        "'{operator}' past niet bij '{name}', dat {type_words} is",
        "'{operator}' does not fit '{name}', which is {type_words}",
    ),
    "value-not-allowed": Text(
        "'{value}' is geen mogelijke waarde van '{name}' (mogelijk: {allowed})",
        "'{value}' is not a possible value of '{name}' (possible: {allowed})",
    ),
    "value-type": Text(
        "'{name}' is {type_words}, maar de waarde is {found}",
        "'{name}' is {type_words}, but the value is {found}",
    ),
    "value-list": Text(
        "'{operator}' verwacht een lijst van waarden, bv. [high, moderate]",
        "'{operator}' expects a list of values, e.g. [high, moderate]",
    ),
    "value-not-list": Text(
        "'{operator}' verwacht één waarde, geen lijst; gebruik 'one_of:' voor een lijst",
        "'{operator}' expects one value, not a list; use 'one_of:' for a list",
    ),
    "known-not-bool": Text(
        "'known:' is true (het feit is gekend) of false (weet niet)",
        "'known:' is true (the fact is known) or false (not known)",
    ),
    "unknown-policy": Text("onbekende beleidswaarde '{name}'", "unknown policy value '{name}'"),
    "duplicate-policy": Text(
        "de beleidswaarde '{name}' staat ook in {other}",
        "the policy value '{name}' is also in {other}",
    ),
    "duplicate-rule-id": Text(
        "de id '{rule_id}' staat twee keer: hier en in {other}",
        "the id '{rule_id}' stands twice: here and in {other}",
    ),
    "file-repeats-file": Text(
        "dit bestand en {other} hebben dezelfde {count} regels (elke id staat in beide): staat er een kopie in de map?",
        "this file and {other} have the same {count} rules (each id is in both): is there a copy in the folder?",
    ),
    "conclusion-value": Text(
        "'{value}' is geen toegelaten waarde voor het besluit '{name}' (toegelaten: {allowed})",
        "'{value}' is not an allowed value of the conclusion '{name}' (allowed: {allowed})",
    ),
    "conclusion-value-form": Text(
        "de waarde van een besluit is één woord in kleine letters (bv. needs_attention), niet {found}",
        "a conclusion's value is one lower-case word (e.g. needs_attention), not {found}",
    ),
    "conclusion-name-form": Text(
        "de naam van een besluit is één woord in kleine letters (bv. challenge_type), niet '{name}'",
        "a conclusion's name is one lower-case word (e.g. challenge_type), not '{name}'",
    ),
    "conclusion-misspelt": Text(
        "'{name}' is geen besluit van de regels, maar lijkt op '{meant}'",
        "'{name}' is no conclusion of the rules, but looks like '{meant}'",
    ),
    "conclusion-in-words": Text(
        "'{name}' is de naam in woorden van het besluit '{meant}'; een regel schrijft het zo: {meant}",
        "'{name}' is the conclusion '{meant}' named in words; a rule writes it so: {meant}",
    ),
    "conclusion-never-derived": Text(
        "het besluit '{name}' wordt gebruikt, maar geen enkele regel leidt het af",
        "the conclusion '{name}' is used, but no rule derives it",
    ),
    "conclusion-known": Text(
        (
            "'known:' kan niet over een besluit gaan: of een besluit (nog) niet afgeleid is, hangt af van de "
            "volgorde van de regels"
        ),
        (
            "'known:' cannot be used on a conclusion: whether a conclusion is not (yet) derived depends on the "
            "order of the rules"
        ),
    ),
    "supports-without-decision": Text(
        "'supports:' steunt '{name}', maar er is geen beslissing 'decisions: {name}:'",
        "'supports:' supports '{name}', but there is no decision 'decisions: {name}:'",
    ),
    "decision-duplicate": Text(
        "de beslissing over '{name}' staat ook in {other}",
        "the decision on '{name}' is also in {other}",
    ),
    "decision-minimum-unreachable": Text(
        "{name} vraagt de steun van minstens {minimum} regels, maar geen enkele waarde wordt door meer dan {most} "
        "regels gesteund: er kan nooit een waarde beslist worden",
        "{name} asks the support of at least {minimum} rules, but no value is supported by more than {most} rules: "
        "no value can ever be decided",
    ),
    "decision-without-support": Text(
        "de beslissing over '{name}' krijgt van geen enkele regel steun ('supports:')",
        "the decision on '{name}' is supported by no rule ('supports:')",
    ),
    "then-empty": Text(
        "'then:' doet niets: geef een besluit ('conclude:'), steun ('supports:') of een bevinding ('finding:')",
        "'then:' does nothing: give a conclusion ('conclude:'), support ('supports:') or a finding ('finding:')",
    ),
    "text-line-indented": Text(
        (
            "deze regel van de tekst springt verder in (kolom {column}) dan de eerste (kolom {first_column}): na '>-' "
            "houdt YAML dan de regelovergang en de spaties, en het advies toont een regel die met spaties begint"
        ),
        (
            "this line of the text is indented further (column {column}) than the first (column {first_column}): "
            "after '>-' YAML then keeps the line break and the spaces, and the advice shows a line starting with spaces"
        ),
    ),
    "quote-not-closed": Text(
        "het aanhalingsteken {mark} voor '{after}' wordt niet gesloten (of een eerder niet)",
        "the quotation mark {mark} before '{after}' is not closed (or an earlier one is not)",
    ),
    "unknown-placeholder": Text(
        "'{{{name}}}' in de boodschap is geen feit, besluit of beleidswaarde",
        "'{{{name}}}' in the message is not a fact, conclusion or policy value",
    ),
    "policy-number-in-message": Text(
        "de boodschap noemt het getal {number}, een grens van de beleidswaarde {policy} die deze regel toetst: "
        "verandert die waarde, dan blijft hier {number} staan",
        "the message states the number {number}, a limit of the policy value {policy} this rule tests: when that "
        "value changes, {number} stays here",
    ),
    "placeholder-conclusion-untested": Text(
        "'{{{name}}}' in de boodschap is een besluit dat deze regel niet toetst: heeft het geen waarde, dan staat er "
        "'onbekend' in het advies",
        "'{{{name}}}' in the message is a conclusion this rule does not test: where it has no value, the advice says "
        "'unknown'",
    ),
    "bad-placeholder": Text(
        "de boodschap heeft een accolade die niet klopt; schrijf '{{{{' en '}}}}' voor een letterlijke accolade",
        "the message has a brace that does not match; write '{{{{' and '}}}}' for a literal brace",
    ),
    "rule-too-big": Text(
        (
            "deze regel is te groot voor de regelmotor: de keuzes in 'one_of' vermenigvuldigen zich ({chains} "
            "combinaties, {longest} tests na elkaar); splits hem in kleinere regels"
        ),
        (
            "this rule is too big for the rule engine: the choices in 'one_of' multiply ({chains} combinations, "
            "{longest} tests in a row); split it into smaller rules"
        ),
    ),
    "example-invalid": Text(
        "dit voorbeeld is geen geldige casus: {field}: {problem}",
        "this example is not a valid case: {field}: {problem}",
    ),
    "heuristic-accounted-twice": Text(
        "de heuristiek {name} wordt al verantwoord in {other}",
        "the heuristic {name} is already accounted for in {other}",
    ),
    "heuristic-rule-and-accounted": Text(
        "de heuristiek {name} is een regel ({rule_id}) en wordt ook apart verantwoord; kies één van beide",
        "the heuristic {name} is a rule ({rule_id}) and is also accounted for apart; choose one",
    ),
    "basis-without-source": Text(
        "'basis: source' zegt dat de regel op een bron buiten de gids steunt, maar 'source:' noemt geen bron",
        "'basis: source' says the rule rests on a source outside the guide, but 'source:' names none",
    ),
    "policy-unfit": Text(
        "de beleidswaarde '{name}' wordt gebruikt voor '{fact}' ({where}), maar past daar niet: {problem}",
        "the policy value '{name}' is used for '{fact}' ({where}) but does not fit it: {problem}",
    ),
    "example-policy-offset": Text(
        "'plus:' en 'minus:' in een voorbeeld gaan enkel bij een beleidswaarde die een getal is ('{name}' is dat niet)",
        "'plus:' and 'minus:' in an example go only with a policy value that is a number ('{name}' is not)",
    ),
    "doubts-not-a-conclusion": Text(
        "'doubts:' noemt '{name}', maar dat is geen vast besluit; mogelijk: {names}",
        "'doubts:' names '{name}', but that is not a fixed conclusion; possible: {names}",
    ),
    "doubts-on-info": Text(
        "'doubts:' hoort bij een bevinding met severity warning of advice, niet bij info",
        "'doubts:' belongs with a finding of severity warning or advice, not info",
    ),
    "not-with-unknown-rule": Text(
        "'not_with:' noemt '{rule_id}', maar dat is geen (andere) regel van de regelbasis",
        "'not_with:' names '{rule_id}', but that is not (another) rule of the rule base",
    ),
    "decision-current-fact": Text(
        (
            "'current:' noemt het feit met de huidige waarde van de beslissing, een keuze uit vaste waarden "
            "(bv. governance.current_mode); '{name}' is dat niet"
        ),
        (
            "'current:' names the fact holding the decision's current value, a choice among fixed values "
            "(e.g. governance.current_mode); '{name}' is not one"
        ),
    ),
    "unknown-heuristic": Text(
        "'{name}' is geen heuristiek van de gids (H001 tot H151)",
        "'{name}' is not a heuristic of the guide (H001 to H151)",
    ),
    "yaml-text-after-quote": Text(
        "na het sluitende aanhalingsteken staat nog '{after}': een tekst tussen aanhalingstekens eindigt bij dat teken",
        "after the closing quote comes '{after}': a quoted text ends at that quote",
    ),
    "yaml-beside-empty-key": Text(
        (
            "'{key}' staat in dezelfde kolom ({column}) als '{empty}' op regel {empty_line} erboven, dat zo geen waarde "
            "heeft, terwijl regel {below} eronder verder inspringt"
        ),
        (
            "'{key}' stands in the same column ({column}) as '{empty}' on line {empty_line} above it, which so has no "
            "value, while line {below} below it is indented further"
        ),
    ),
    "yaml-under-a-value": Text(
        (
            "deze regel springt verder in (kolom {column}) dan regel {above} erboven (kolom {above_column}), waar "
            "'{key}' al een waarde heeft: onder een waarde kan geen sleutel staan"
        ),
        (
            "this line is indented further (column {column}) than line {above} above it (column {above_column}), "
            "where '{key}' already has a value: no key can stand under a value"
        ),
    ),
    "yaml-missing-colon": Text(
        "'{written}': de ':' na de sleutel ontbreekt", "'{written}': the ':' after the key is missing"
    ),
    "yaml-no-space-after-colon": Text(
        "'{written}': na de ':' ontbreekt een spatie", "'{written}': the ':' is not followed by a space"
    ),
    "yaml-no-space-after-dash": Text(
        "'{written}': na de '-' van een lijstelement ontbreekt een spatie",
        "'{written}': the '-' of a list item is not followed by a space",
    ),
    "yaml-item-key-indent": Text(
        (
            "deze regel begint in kolom {column}, maar de sleutels van dit lijstelement ('{key}' op regel "
            "{key_line}, regel {above} erboven) staan in kolom {above_column}"
        ),
        (
            "this line starts in column {column}, but the keys of this list item ('{key}' on line {key_line}, line "
            "{above} above it) stand in column {above_column}"
        ),
    ),
    "yaml-dash-wide": Text(
        "na de '-' van dit lijstelement staan {spaces} spaties: zijn sleutels beginnen zo in kolom {keys}, en regel "
        "{below} eronder hoort er dan niet meer bij",
        "the '-' of this list item is followed by {spaces} spaces: its keys start in column {keys} so, and line "
        "{below} under it no longer belongs to it",
    ),
    "yaml-item-misaligned": Text(
        "dit lijstelement begint in kolom {column}, het element op regel {other} in kolom {other_column}: de "
        "elementen van één lijst beginnen in dezelfde kolom",
        "this list item starts in column {column}, the item on line {other} in column {other_column}: the items of "
        "one list start in the same column",
    ),
    "yaml-item-dash-missing": Text(
        "deze regel staat in de lijst van regel {above}, maar begint niet met '- '",
        "this line stands in the list of line {above}, but does not start with '- '",
    ),
    "yaml-first-line-too-far": Text(
        "deze regel begint in kolom {column}, de volgende onder '{key}' (regel {key_line}) in kolom {meant}: twee "
        "spaties verder dan '{key}', zoals het hoort",
        "this line starts in column {column}, the next one under '{key}' (line {key_line}) in column {meant}: two "
        "spaces further than '{key}', as it should",
    ),
    "yaml-indent-mismatch": Text(
        (
            "deze regel begint in kolom {column}, tussen regel {above} erboven (kolom {above_column}) en '{key}' op "
            "regel {key_line} (kolom {key_column}): elk niveau heeft één kolom"
        ),
        (
            "this line starts in column {column}, between line {above} above it (column {above_column}) and '{key}' "
            "on line {key_line} (column {key_column}): each level has one column"
        ),
    ),
    "yaml-block-text-indent": Text(
        "deze regel springt minder in dan de eerste regel van de tekst erboven (kolom {column}): daar houdt die tekst op",
        "this line is indented less than the first line of the text above it (column {column}): that text ends there",
    ),
    "yaml-block-key-too-far": Text(
        "'{key}' springt verder in (kolom {column}) dan '{sibling}' op regel {sibling_line} (kolom {meant}), en de "
        "tekst eronder niet verder dan '{key}' zelf: YAML leest de tekst dan als leeg",
        "'{key}' is indented further (column {column}) than '{sibling}' on line {sibling_line} (column {meant}), and "
        "the text under it no further than '{key}' itself: YAML then reads the text as empty",
    ),
    "yaml-block-text-not-indented": Text(
        "de tekst na '{key}' (regel {key_line}) springt niet verder in dan '{key}' zelf: YAML leest de tekst dan als "
        "leeg, en deze regel als een nieuwe sleutel",
        "the text after '{key}' (line {key_line}) is not indented further than '{key}' itself: YAML then reads the "
        "text as empty, and this line as a new key",
    ),
    "yaml-unclosed-quote": Text(
        "het aanhalingsteken dat hier opent, wordt niet (op de juiste plaats) gesloten",
        "the quote that opens here is not closed (where it should be)",
    ),
    "rule-under-accounts-for": Text(
        (
            "dit is een regel (met {keys}), maar hij staat onder 'accounts_for:' (de heuristieken zonder eigen regel), "
            "niet onder 'rules:'"
        ),
        (
            "this is a rule (with {keys}), but it stands under 'accounts_for:' (the heuristics without a rule of their "
            "own), not under 'rules:'"
        ),
    ),
    "conclude-decided": Text(
        "'{name}' wordt beslist op steun ('decisions:'); een regel kan het niet rechtstreeks besluiten met 'conclude:'",
        "'{name}' is decided by support ('decisions:'); a rule cannot conclude it directly with 'conclude:'",
    ),
    "value-doubtful": Text(
        "'{value}' met een vraagteken: een voorwaarde vergelijkt met een waarde zonder twijfel",
        "'{value}' with a question mark: a condition compares with a value, not a doubt",
    ),
    "value-unknown-word": Text(
        (
            "'{value}' is geen waarde om mee te vergelijken: een voorwaarde dat een feit niet gekend is, schrijf je "
            "als 'known: false'"
        ),
        ("'{value}' is not a value to compare with: a condition that a fact is not known is written 'known: false'"),
    ),
    "problems-elsewhere": Text(
        "dit bestand is gecontroleerd samen met de rest van zijn regelbasis ({folder}); daar {count_words}, in {files}",
        "this file was checked together with the rest of its rule base ({folder}); {count_words} there, in {files}",
    ),
}

_SEE_FACTS = Text(
    "alle feiten, hun vraag en hun mogelijke waarden staan in rules/FEITEN.md en in `netadvisor explain --facts`",
    "every fact, its question and its possible values are in rules/FEITEN.md and `netadvisor explain --facts`",
)
_CHECK_FOLDER = Text(
    "staat het in een ander bestand, controleer dan de hele map: `netadvisor check rules/`",
    "if it is in another file, check the whole folder: `netadvisor check rules/`",
)

COUNT_BOUNDS: dict[str, Text] = {
    "count-out-of-bounds": Text(
        "{fact} is een telling van {low} tot en met {high}, niet {number}",
        "{fact} is a count from {low} to {high}, not {number}",
    ),
    "count-below-zero": Text(
        "{fact} is een telling van minstens {low}, niet {number}", "{fact} is a count of at least {low}, not {number}"
    ),
}
"""A number a count netadvisor makes can never be (a policy value of -1 for the regional features counted)."""
COUNT_BOUNDS_HINTS: dict[str, Text] = {
    "count-out-of-bounds": Text("schrijf een getal van {low} tot en met {high}", "write a number from {low} to {high}"),
    "count-below-zero": Text("schrijf een getal van minstens {low}", "write a number of at least {low}"),
}
"""How to write such a number (see :data:`COUNT_BOUNDS`)."""

HINTS: dict[str, Text] = {
    "file-too-large": Text(
        "verdeel de regels over meer bestanden in dezelfde map (elk hoogstens {max} bytes)",
        "spread the rules over more files in the same folder (each at most {max} bytes)",
    ),
    "not-utf8": Text(
        "bewaar het bestand als UTF-8 (in VS Code: klik rechtsonder op de codering, 'Save with Encoding', 'UTF-8')",
        "save the file as UTF-8 (in VS Code: click the encoding at the bottom right, 'Save with Encoding', 'UTF-8')",
    ),
    "number-too-large": Text(
        "schrijf een getal van hoogstens {digits} cijfers",
        "write a number of at most {digits} digits",
    ),
    "yaml11-number": Text(
        "schrijf het getal zoals je het bedoelt, zonder 0 vooraan en zonder ':'",
        "write the number as you mean it, without a leading 0 and without ':'",
    ),
    "yaml-syntax": Text(
        "kijk op deze regel en op de regel erboven: een dubbelpunt, het inspringen of een aanhalingsteken klopt niet",
        "look at this line and the line above: a colon, the indentation or a quote is off",
    ),
    "yaml-tab": Text(
        (
            "vervang de tab door spaties (twee per niveau); zet je editor op 'spaties in plaats van tabs' "
            "(VS Code: rechtsonder 'Spaces: 2')"
        ),
        (
            "replace the tab with spaces (two per level); set your editor to 'spaces instead of tabs' "
            "(VS Code: 'Spaces: 2' at the bottom right)"
        ),
    ),
    "yaml-text-after-quote": Text(
        "zet de hele tekst tussen de aanhalingstekens, ook wat erna komt (een aanhalingsteken binnenin: zet de tekst "
        "tussen de andere soort, ' of \")",
        "put the whole text between the quotes, what follows too (for a quote inside it: put the text between the "
        "other kind, ' or \")",
    ),
    "yaml-beside-empty-key": Text(
        "hoort '{key}' onder '{empty}'? Zet deze regel dan in kolom {meant}, zoals regel {below}",
        "does '{key}' belong under '{empty}'? Then put this line in column {meant}, as line {below}",
    ),
    "yaml-under-a-value": Text(
        (
            "zet deze regel in kolom {above_column}, naast '{key}'; of hoort '{key}' zelf verder, zet die dan in kolom "
            "{column}"
        ),
        "put this line in column {above_column}, beside '{key}'; or, if '{key}' belongs further in, put it in column "
        "{column}",
    ),
    "yaml-missing-colon": Text(
        "schrijf een ':' en een spatie na de sleutel: '{meant}'", "write a ':' and a space after the key: '{meant}'"
    ),
    "yaml-no-space-after-colon": Text(
        "schrijf een spatie na de ':': '{meant}' (zonder spatie leest YAML alles als één tekst)",
        "write a space after the ':': '{meant}' (without one YAML reads it all as one text)",
    ),
    "yaml-no-space-after-dash": Text(
        "schrijf een spatie na de '-': '{meant}' (zonder spatie is het geen lijstelement)",
        "write a space after the '-': '{meant}' (without one it is no list item)",
    ),
    "yaml-item-key-indent": Text(
        "zet deze regel in kolom {above_column}, naast regel {above}",
        "put this line in column {above_column}, beside line {above}",
    ),
    "yaml-dash-wide": Text("schrijf één spatie na de '-': '{meant}'", "write one space after the '-': '{meant}'"),
    "yaml-item-misaligned": Text(
        "zet deze regel in kolom {other_column}, zoals regel {other}",
        "put this line in column {other_column}, as line {other}",
    ),
    "yaml-item-dash-missing": Text(
        "begin ze met '- ' in kolom {above_column}, zoals regel {above}",
        "start it with '- ' in column {above_column}, as line {above}",
    ),
    "yaml-first-line-too-far": Text(
        "zet deze regel in kolom {meant}, zoals regel {below}", "put this line in column {meant}, as line {below}"
    ),
    "yaml-indent-mismatch": Text(
        (
            "zet deze regel in kolom {above_column} (naast regel {above}) of {key_column} (naast '{key}'); of staat "
            "regel {above} te ver, zet die dan in kolom {column}"
        ),
        (
            "put this line in column {above_column} (beside line {above}) or {key_column} (beside '{key}'); or, if "
            "line {above} stands too far, put it in column {column}"
        ),
    ),
    "yaml-block-text-indent": Text(
        (
            "elke regel van een tekst na '>-' of '|' begint minstens in dezelfde kolom als de eerste; laat deze regel "
            "in kolom {column} beginnen"
        ),
        (
            "every line of a text after '>-' or '|' starts at least in the column of the first; start this line in "
            "column {column}"
        ),
    ),
    "yaml-block-key-too-far": Text(
        "zet '{key}' in kolom {meant}, zoals '{sibling}'", "put '{key}' in column {meant}, as '{sibling}'"
    ),
    "yaml-block-text-not-indented": Text(
        "laat elke regel van de tekst in kolom {column} beginnen, twee spaties verder dan '{key}'",
        "start every line of the text in column {column}, two spaces further than '{key}'",
    ),
    "yaml-unclosed-quote": Text(
        "sluit de tekst met hetzelfde aanhalingsteken (\" of ') waarmee ze begint",
        "close the text with the same quote (\" or ') it starts with",
    ),
    "yaml-alias": Text(
        "schrijf de waarde voluit, in plaats van *{name}", "write the value out in full instead of *{name}"
    ),
    "yaml-tag": Text("laat {tag} weg en schrijf de waarde gewoon uit", "leave out {tag} and write the plain value"),
    "yaml-too-deep": Text("maak het bestand minder diep genest", "nest the file less deeply"),
    "yaml-too-many-nodes": Text(
        "alle .yaml-bestanden in één map vormen samen één regelbasis",
        "all .yaml files in one folder form one rule base together",
    ),
    "too-many-problems": Text(
        "verbeter de eerste fouten en controleer opnieuw", "fix the first problems and check again"
    ),
    "yaml-many-documents": Text(
        "verwijder de tweede '---', of zet het tweede deel in een apart bestand",
        "remove the second '---', or put the second part in a file of its own",
    ),
    "yaml-complex-key": Text(
        "schrijf de sleutel als één woord, gevolgd door ':'",
        "write the key as one word, followed by ':'",
    ),
    "yaml-merge-key": Text(
        "schrijf de sleutels en waarden voluit in plaats van '<<:'",
        "write the keys and values out in full instead of '<<:'",
    ),
    "duplicate-key": Text(
        "verwijder een van beide, of voeg ze samen tot één",
        "remove one of the two, or merge them into one",
    ),
    "yaml-stray-quote": Text(
        "zet hetzelfde aanhalingsteken ook vooraan, of laat het weg",
        "put the same quote at the start too, or leave it out",
    ),
    "empty-file": Text(
        "zet de regels onder 'rules:' (zie rules/README.md), of verwijder het bestand",
        "put the rules under 'rules:' (see rules/README.md), or remove the file",
    ),
    "not-a-mapping": Text(
        "begin het bestand met 'rules:' en zet de regels eronder",
        "start the file with 'rules:' and put the rules under it",
    ),
    "no-rule-files": Text(
        "geef een map met .yaml-bestanden, of één regelbestand",
        "give a folder with .yaml files, or one rule file",
    ),
    "unreadable": Text(
        "controleer het pad (vanuit de map waar je het commando typt) en of je het bestand mag lezen",
        "check the path (from the folder where you type the command) and whether you may read the file",
    ),
    "unknown-key": Text(
        "controleer de spelling; de toegelaten sleutels staan in de boodschap",
        "check the spelling; the allowed keys are in the message",
    ),
    "missing-key": Text(
        "voeg '{key}:' toe (zie de velden in rules/README.md)",
        "add '{key}:' (see the fields in rules/README.md)",
    ),
    "wrong-type": Text("schrijf hier {expected}", "write {expected} here"),
    "not-allowed-value": Text(
        "schrijf een van de toegelaten waarden, precies zo gespeld",
        "write one of the allowed values, spelled exactly so",
    ),
    "bad-format": Text("schrijf het in deze vorm: {expected}", "write it in this form: {expected}"),
    "empty-list": Text("geef minstens één element", "give at least one item"),
    "en-same-as-nl": Text(
        "schrijf bij 'en:' de Engelse vertaling: wie het advies in het Engels vraagt, leest anders Nederlands",
        "write the English translation at 'en:': who asks for the advice in English reads Dutch otherwise",
    ),
    "text-empty": Text(
        "schrijf de tekst tussen de aanhalingstekens (bij 'en:' de Engelse vertaling)",
        "write the text between the quotes (at 'en:' the English translation)",
    ),
    "condition-no-subject": Text(
        "begin de voorwaarde met 'fact: <pad>' of 'conclusion: <naam>'; " + _SEE_FACTS.nl,
        "start the condition with 'fact: <path>' or 'conclusion: <name>'; " + _SEE_FACTS.en,
    ),
    "condition-two-subjects": Text(
        "maak er twee voorwaarden van, elk met een eigen '- ' onder 'when:'",
        "make two conditions of it, each with its own '- ' under 'when:'",
    ),
    "condition-no-operator": Text(
        "voeg een vergelijking toe, bv. 'is: high', 'at_least: 3' of 'known: true'",
        "add a comparison, e.g. 'is: high', 'at_least: 3' or 'known: true'",
    ),
    "condition-many-operators": Text(
        "elke voorwaarde is een eigen '- ' in de lijst onder 'when:', met één vergelijking",
        "each condition is its own '- ' in the list under 'when:', with one comparison",
    ),
    "unknown-fact": _SEE_FACTS,
    "text-fact": Text(
        "schrijf 'known: true' (ingevuld) of 'known: false' (weet niet)",
        "write 'known: true' (filled in) or 'known: false' (not known)",
    ),
    "operator-type": Text("bij '{name}' passen: {fitting}", "what fits '{name}': {fitting}"),
    "value-not-allowed": Text(
        "kies een van: {allowed} (`netadvisor explain {name}` toont ze met hun Nederlandse naam)",
        "choose one of: {allowed} (`netadvisor explain {name}` shows them with their Dutch names)",
    ),
    "value-type": Text(
        "`netadvisor explain {name}` toont wat '{name}' kan zijn",
        "`netadvisor explain {name}` shows what '{name}' can be",
    ),
    "value-list": Text(
        "schrijf de waarden tussen [ en ], gescheiden door komma's",
        "write the values between [ and ], separated by commas",
    ),
    "value-not-list": Text(
        "schrijf één waarde, of gebruik 'one_of: [ ... ]'", "write one value, or use 'one_of: [ ... ]'"
    ),
    "known-not-bool": Text("schrijf 'known: true' of 'known: false'", "write 'known: true' or 'known: false'"),
    "unknown-policy": Text(
        "een beleidswaarde staat bovenaan een regelbestand onder 'policy:'; " + _CHECK_FOLDER.nl,
        "a policy value stands at the top of a rule file under 'policy:'; " + _CHECK_FOLDER.en,
    ),
    "duplicate-policy": Text(
        "geef de beleidswaarde een andere naam, of verwijder een van beide",
        "give the policy value another name, or remove one of the two",
    ),
    # (a rule-editing trial renamed the rule it had not touched, where it was reported: the scenarios and the
    # example cases follow a rule by its id)
    "file-repeats-file": Text(
        "bewaar kopieën buiten de map rules/ (elk bestand in die map telt mee als regels); of geef de regels hier "
        "een eigen id",
        "keep copies outside the rules/ folder (every file in it counts as rules); or give the rules here ids of "
        "their own",
    ),
    "duplicate-rule-id": Text(
        "geef de regel die nieuw is een andere id, hier of in het andere bestand (welke van de twee nieuw is, weet "
        "netadvisor niet): wat de scenario's en voorbeeldcasussen over de bestaande zeggen, volgt haar id",
        "give the rule that is new another id, here or in the other file (which of the two is new, netadvisor cannot "
        "tell): what the scenarios and example cases say of the existing one follows its id",
    ),
    "conclusion-value": Text(
        "schrijf een van de toegelaten waarden: de code of de Nederlandse naam tussen haakjes",
        "write one of the allowed values: its code, or its Dutch name in brackets",
    ),
    "conclusion-value-form": Text(
        "schrijf één woord in kleine letters, met _ tussen de delen (bv. needs_attention)",
        "write one lower-case word, with _ between its parts (e.g. needs_attention)",
    ),
    "conclusion-name-form": Text(
        "schrijf één woord in kleine letters, met _ tussen de delen (bv. challenge_type)",
        "write one lower-case word, with _ between its parts (e.g. challenge_type)",
    ),
    "conclusion-misspelt": Text(
        "bedoelde je '{meant}'? Anders is '{name}' een nieuw besluit, dat geen regel leest en dat de vaste "
        "besluiten niet verandert",
        "did you mean '{meant}'? Else '{name}' is a new conclusion, which no rule reads and which does not change "
        "the fixed ones",
    ),
    "conclusion-in-words": Text(
        "anders zou '{name}' een nieuw besluit zijn, dat de vaste besluiten niet verandert",
        "else '{name}' would be a new conclusion, which does not change the fixed ones",
    ),
    "conclusion-never-derived": Text(
        "controleer de spelling, of laat een regel het besluiten ('conclude:'); " + _CHECK_FOLDER.nl,
        "check the spelling, or let a rule conclude it ('conclude:'); " + _CHECK_FOLDER.en,
    ),
    "conclusion-known": Text(
        "gebruik 'is:', 'is_not:' of 'one_of:' op het besluit",
        "use 'is:', 'is_not:' or 'one_of:' on the conclusion",
    ),
    "conclude-decided": Text(
        (
            "wil je enkel iets zeggen, laat 'conclude:' dan weg en houd de 'finding:'; wil je dat de regel mee "
            "beslist, steun een waarde met 'supports: {{{name}: <waarde>}}' (de waarde met de meeste steun wint, "
            "dus dat kan het besluit voor andere casussen veranderen: bekijk het met netadvisor diff)"
        ),
        (
            "to only say something, leave out 'conclude:' and keep the 'finding:'; to let the rule take part in the "
            "decision, support a value with 'supports: {{{name}: <value>}}' (the value with most support wins, so "
            "this can change the decision for other cases: see netadvisor diff)"
        ),
    ),
    "supports-without-decision": Text(
        (
            "voeg bovenaan een bestand 'decisions:' toe met '{name}: {{minimum_support: 1}}', of besluit het "
            "rechtstreeks met 'conclude:'"
        ),
        (
            "add 'decisions:' at the top of a file with '{name}: {{minimum_support: 1}}', or conclude it directly "
            "with 'conclude:'"
        ),
    ),
    "decision-duplicate": Text(
        "een beslissing staat één keer, in één bestand; verwijder een van beide",
        "a decision stands once, in one file; remove one of the two",
    ),
    "decision-minimum-unreachable": Text(
        "kies een minimum van hoogstens {most}, of voeg regels toe die een waarde steunen",
        "choose a minimum of at most {most}, or add rules that support a value",
    ),
    "decision-without-support": Text(
        "laat minstens één regel '{name}' steunen met 'supports:', of verwijder de beslissing",
        "let at least one rule support '{name}' with 'supports:', or remove the decision",
    ),
    "then-empty": Text(
        'bv. \'finding: {{severity: advice, message: {{nl: "...", en: "..."}}}}\'',
        'e.g. \'finding: {{severity: advice, message: {{nl: "...", en: "..."}}}}\'',
    ),
    "text-line-indented": Text(
        "laat elke regel van de tekst in kolom {first_column} beginnen, zoals de eerste",
        "start every line of the text in column {first_column}, as the first",
    ),
    "quote-not-closed": Text(
        (
            "een citaat uit de gids staat tussen twee dubbele aanhalingstekens: zet het sluitende waar de woorden van "
            "de gids ophouden, of haal het openende weg"
        ),
        (
            "a quotation of the guide stands between two double quotation marks: put the closing one where the "
            "guide's words end, or remove the opening one"
        ),
    ),
    "unknown-placeholder": Text(
        "tussen accolades staat een feit (bv. {{governance.partner_count}}), een besluit of een beleidswaarde (bv. "
        "{{weinig_partners_max}}); " + _SEE_FACTS.nl,
        "between braces stands a fact (e.g. {{governance.partner_count}}), a conclusion or a policy value (e.g. "
        "{{weinig_partners_max}}); " + _SEE_FACTS.en,
    ),
    "policy-number-in-message": Text(
        "schrijf de beleidswaarde als {{{policy}}} in de zin, niet als getal, en de woorden erbij naar de "
        "vergelijking van de regel ('minstens {{{policy}}}', 'meer dan {{{policy}}}'): dan verandert de zin mee met "
        "de waarde",
        "write the policy value as {{{policy}}} in the sentence, not as a number, with words that fit the rule's "
        "comparison ('at least {{{policy}}}', 'more than {{{policy}}}'): then the sentence changes with the value",
    ),
    "placeholder-conclusion-untested": Text(
        "bedoelde je een feit van de casus (rules/FEITEN.md)? Of toets het besluit onder 'when', bv. "
        "{{conclusion: {name}, one_of: [...]}}, zodat het een waarde heeft waar de regel vuurt",
        "did you mean a fact of the case (rules/FEITEN.md)? Or test the conclusion under 'when', e.g. "
        "{{conclusion: {name}, one_of: [...]}}, so that it has a value where the rule fires",
    ),
    "bad-placeholder": Text(
        "tussen {{ en }} staat de naam van een feit of besluit",
        "between {{ and }} stands the name of a fact or conclusion",
    ),
    "rule-too-big": Text(
        "splits de regel in kleinere regels, of gebruik minder waarden in 'one_of'",
        "split the rule into smaller rules, or use fewer values in 'one_of'",
    ),
    "policy-unfit": Text(
        "verbeter de waarde hier: elke regel en elk voorbeeld dat ze gebruikt, volgt",
        "put the value right here: every rule and example that uses it follows",
    ),
    "example-invalid": Text(
        "een voorbeeld is een casus zoals in examples/; " + _SEE_FACTS.nl,
        "an example is a case as in examples/; " + _SEE_FACTS.en,
    ),
    "heuristic-accounted-twice": Text("verwijder een van beide verantwoordingen", "remove one of the two accounts"),
    "heuristic-rule-and-accounted": Text(
        "verwijder de verantwoording onder 'accounts_for:', of haal {name} weg uit 'heuristics:' van {rule_id}",
        "remove the account under 'accounts_for:', or take {name} out of the 'heuristics:' of {rule_id}",
    ),
    "basis-without-source": Text(
        "noem de bron in 'source:', of schrijf 'basis: guide' of 'basis: interpretation'",
        "name the source in 'source:', or write 'basis: guide' or 'basis: interpretation'",
    ),
    "example-policy-offset": Text(
        "schrijf het voorbeeld zonder 'plus:' of 'minus:'",
        "write the example without 'plus:' or 'minus:'",
    ),
    "doubts-not-a-conclusion": Text(
        "schrijf onder 'doubts:' een van de mogelijke besluiten, of laat 'doubts:' weg",
        "write one of the possible conclusions under 'doubts:', or leave 'doubts:' out",
    ),
    "doubts-on-info": Text(
        "maak de bevinding een warning of advice, of laat 'doubts:' weg",
        "make the finding a warning or advice, or leave 'doubts:' out",
    ),
    "not-with-unknown-rule": Text(
        "noem de id van een andere regel (`netadvisor explain <id>` zegt of ze bestaat)",
        "name the id of another rule (`netadvisor explain <id>` says whether it exists)",
    ),
    "decision-current-fact": Text(
        "kies een feit met vaste keuzes, bv. governance.current_mode",
        "choose a fact with fixed choices, e.g. governance.current_mode",
    ),
    "unknown-heuristic": Text(
        "kies een nummer uit rules/HEURISTIEKEN.md (H001 tot H151)",
        "choose a number from rules/HEURISTIEKEN.md (H001 to H151)",
    ),
    "rule-under-accounts-for": Text(
        (
            "verplaats de regel naar de lijst onder 'rules:'. In YAML hoort een '- ' bij de laatste sleutel erboven: "
            "een regel die je onderaan het bestand toevoegt, komt onder 'accounts_for:' terecht als die lijst het "
            "bestand afsluit"
        ),
        (
            "move the rule to the list under 'rules:'. In YAML a '- ' belongs to the last key above it: a rule added "
            "at the end of the file lands under 'accounts_for:' when that list ends the file"
        ),
    ),
    "value-unknown-word": Text("schrijf '{{fact: {name}, known: false}}'", "write '{{fact: {name}, known: false}}'"),
    # (no quotes around what to write: '3' written so is a text, where a number belongs, a rule-editing trial)
    "value-doubtful": Text("laat het vraagteken weg: {meant}", "leave out the question mark: {meant}"),
    "problems-elsewhere": Text(
        "controleer de hele map: `netadvisor check {folder}`",
        "check the whole folder: `netadvisor check {folder}`",
    ),
}
"""What to do about each problem code, when the loader has nothing more specific to say (every code has one)."""

RULE_KEYS_IN_DUTCH: dict[str, tuple[str, ...]] = {
    "wanneer": ("when",),
    "als": ("when",),
    "voorwaarden": ("when",),
    "dan": ("then",),
    "titel": ("title",),
    "sectie": ("section",),
    "hoofdstuk": ("section",),
    "paragraaf": ("section",),
    "heuristieken": ("heuristics",),
    "bron": ("source",),
    "citaat": ("quote",),
    "prioriteit": ("priority",),
    "voorbeelden": ("examples",),
    "vuurt": ("fires",),
    "stil": ("silent",),
    "bevinding": ("finding",),
    "ernst": ("severity",),
    "boodschap": ("message",),
    "bericht": ("message",),
    "besluit": ("conclude", "conclusion"),
    "besluiten": ("conclude", "decisions"),
    "conclusie": ("conclusion", "conclude"),
    "steunt": ("supports",),
    "steun": ("supports",),
    "feit": ("fact",),
    "regels": ("rules",),
    "onderwerp": ("topic",),
    "beleid": ("policy",),
    "beleidswaarden": ("policy",),
    "beslissingen": ("decisions",),
    "waarde": ("value",),
    "uitleg": ("explanation",),
    "twijfelt": ("doubts",),
    "minstens": ("at_least",),
}
"""A key of a rule file written in Dutch, and the keys it may mean (the first allowed where it stands): "wanneer:"
was reported as an unknown key and, again, as "'when' ontbreekt", without the link between the two."""

RULE_VALUES_IN_DUTCH: dict[str, str] = {
    "informatie": "info",
    "ter informatie": "info",
    "advies": "advice",
    "waarschuwing": "warning",
}
"""A value of a rule file's fixed choices (a finding's severity) written in Dutch, and the value it means: the
hint for "severity: informatie" (a policy officer's) said only to write one of the allowed values."""

TEXT_MISSING_HINTS: dict[str, Text] = {
    "nl": Text(
        "elke tekst heeft 'nl:' (Nederlands) en 'en:' (Engels); voeg 'nl: \"...\"' toe",
        "every text has 'nl:' (Dutch) and 'en:' (English); add 'nl: \"...\"'",
    ),
    "en": Text(
        "elke tekst heeft 'nl:' (Nederlands) en 'en:' (Engels); voeg 'en: \"...\"' toe, de Engelse vertaling",
        "every text has 'nl:' (Dutch) and 'en:' (English); add 'en: \"...\"', the English translation",
    ),
}
"""The hint for a text that lacks one of its languages (a missing ``en`` in a new policy value)."""


TYPE_WORDS: dict[str, Text] = {
    "bool": Text("ja/nee", "yes/no"),
    "enum": Text("een keuze uit vaste waarden", "a choice among fixed values"),
    "int": Text("een getal", "a number"),
    "text": Text("vrije tekst", "free text"),
    "conclusion": Text("een besluit", "a conclusion"),
}

EXPECTED_WORDS: dict[str, Text] = {
    "string": Text("tekst", "text"),
    "int": Text("een geheel getal", "a whole number"),
    "bool": Text("true of false", "true or false"),
    "list": Text("een lijst (elk element na '- ', of tussen [ ])", "a list (each item after '- ', or between [ ])"),
    "mapping": Text("een groep 'sleutel: waarde'", "a group of 'key: value' pairs"),
    "text": Text("een tekst met 'nl:' en 'en:'", "a text with 'nl:' and 'en:'"),
    "value": Text("een waarde", "a value"),
    "number-from": Text("een getal vanaf {bound}", "a number from {bound}"),
    "number-up-to": Text("een getal tot {bound}", "a number up to {bound}"),
}

SURPRISE_HINTS: dict[str, Text] = {
    "bool": Text(
        (
            "YAML leest '{text}' als ja/nee (een booleaanse waarde), niet als het woord; zet het tussen "
            'aanhalingstekens: "{text}"'
        ),
        "YAML reads '{text}' as a yes/no (boolean) value, not as the word; put it in quotes: \"{text}\"",
    ),
    "octal": Text(
        "YAML leest '{text}' als een octaal getal; zet het tussen aanhalingstekens: \"{text}\"",
        "YAML reads '{text}' as an octal number; put it in quotes: \"{text}\"",
    ),
    "sexagesimal": Text(
        (
            "YAML leest '{text}' als een getal in zestigtallen (zoals een uur); zet het tussen aanhalingstekens: "
            '"{text}"'
        ),
        "YAML reads '{text}' as a base-60 number (like a time); put it in quotes: \"{text}\"",
    ),
    "date": Text(
        "YAML leest '{text}' als een datum; zet het tussen aanhalingstekens: \"{text}\"",
        "YAML reads '{text}' as a date; put it in quotes: \"{text}\"",
    ),
    "null": Text(
        "YAML leest '{text}' als 'niets' (leeg); zet het tussen aanhalingstekens als je het woord bedoelt",
        "YAML reads '{text}' as nothing (null); put it in quotes if you mean the word",
    ),
    "number": Text(
        'YAML leest {text} als een getal; zet het tussen aanhalingstekens als je tekst bedoelt: "{text}"',
        'YAML reads {text} as a number; put it in quotes if you mean text: "{text}"',
    ),
}


ONE_TEXT_FOR_TWO_HINT = Text(
    'schrijf het in het Nederlands en het Engels: {key}: {{nl: "{text}", en: "…"}}',
    'write it in Dutch and English: {key}: {{nl: "{text}", en: "…"}}',
)
"""The hint for one text where a rule file wants it in both languages (``title: Vertrouwen``)."""
VALUES_WITHOUT_BRACKETS_HINT = Text(
    "de waarden van een lijst staan tussen [ ] (anders leest YAML ze als sleutels): {operator}: [{values}]",
    "the values of a list go between [ ] (else YAML reads them as keys): {operator}: [{values}]",
)
"""The hint for `one_of: ja, nee` inside braces, where YAML reads "nee" as a key of its own."""
POLICY_BY_NAME_HINT = Text(
    "een beleidswaarde schrijf je zo: {{policy: {name}}}", "a policy value is written so: {{policy: {name}}}"
)
"""The hint for a number condition that names a policy value alone ("at_most: weinig_partners_max")."""
ONE_FOR_A_LIST_HINT = Text(
    'schrijf het als een lijst, tussen [ ] en de waarde tussen aanhalingstekens: {key}: ["{value}"]',
    'write it as a list, between [ ] with the value in quotes: {key}: ["{value}"]',
)
"""The hint for one value where a rule file wants a list of them (``section: 1``)."""
PARTNERS_AS_TEXT_HINTS: dict[str, Text] = {
    "one": Text(
        "zet de partner op een eigen regel onder 'partners:', met 'name:' ervoor: '- name: {first}'",
        "put the partner on a line of its own under 'partners:', with 'name:' before it: '- name: {first}'",
    ),
    "many": Text(
        "zet elke partner op een eigen regel onder 'partners:', met 'name:' ervoor: '- name: {first}', en zo verder "
        "voor de {count} namen",
        "put each partner on a line of its own under 'partners:', with 'name:' before it: '- name: {first}', and so "
        "on for the {count} names",
    ),
}
"""For the partners written as one text ("Gemeente A, Gemeente B"): how a case file lists them. The general hint
("elk element op een eigen regel die begint met '- '") gave a policy officer twelve new errors, one a name."""
PARTNER_UNSURE_HINT = Text(
    "is '{meant}' een partner, schrijf dan '{meant}'; weet je het niet zeker, laat de partner dan weg (het aantal "
    "organisaties mag 'weet niet' zijn: dan kunnen er meer partners zijn)",
    "if '{meant}' is a partner, write '{meant}'; if you are not sure, leave the partner out (the number of "
    "organisations may be 'weet niet': then there may be more partners)",
)
LOWER_BOUND_HINT = Text(
    "'{answer}' is een ondergrens, geen aantal: ken je het aantal, schrijf het dan; anders 'weet niet', en noem de "
    "partners die je kent bij naam (het netwerk telt er dan minstens zoveel)",
    "'{answer}' is a lower bound, not a number: if you know the number, write it; else 'weet niet', and name the "
    "partners you know (the network then counts at least as many)",
)
"""For a number of organisations written as a lower bound ("minstens 14"): see :func:`answers.lower_bound`."""
HEDGE_HINT = Text(
    "'{answer}' is een vermoeden: is het '{meant}', schrijf dan '{meant}'; weet je het niet zeker, schrijf dan "
    "'weet niet' (dan blijft de vraag open)",
    "'{answer}' is a guess: if it is '{meant}', write '{meant}'; if you are not sure, write 'weet niet' (the "
    "question then stays open)",
)
DOUBT_HINT = Text(
    "'{answer}' met een vraagteken: is het '{meant}', schrijf dan '{meant}'; weet je het niet zeker, schrijf dan "
    "'weet niet' (dan blijft de vraag open)",
    "'{answer}' with a question mark: if it is '{meant}', write '{meant}'; if you are not sure, write 'weet niet' "
    "(the question then stays open)",
)
"""Where a value is written with a question mark after it ("laag?"): see :func:`answers.doubtful`."""


THOUSANDS_HINT = Text(
    "schrijf het getal zonder punt: {plain}, als je dat bedoelt (een punt scheidt voor de ene lezer duizendtallen, "
    "voor de andere decimalen)",
    "write the number without a point: {plain}, if that is what you mean (to one reader a point separates "
    "thousands, to another decimals)",
)
"""The hint for "1.000" where a whole number belongs: a thousand in Dutch, one in English (see
:data:`answers.THOUSANDS_WRITTEN`)."""
THOUSANDS_HINT_COMMA = Text(
    "schrijf het getal zonder komma: {plain}, als je dat bedoelt (een komma scheidt voor de ene lezer duizendtallen, "
    "voor de andere decimalen)",
    "write the number without a comma: {plain}, if that is what you mean (to one reader a comma separates "
    "thousands, to another decimals)",
)
"""The same for "1,000"."""


# YAML 1.1 reads a leading zero as octal (010 is 8) and colons as base 60 (1:30 is 90): silently a
# different number than the one a person wrote, so a rule file or case file refuses them, and a
# point before three digits (1.000 is a thousand to a Dutch reader, 1.0 to YAML).
YAML11_NUMBER_HINTS: dict[str, Text] = {
    "octal": Text(
        (
            "een getal dat met 0 begint, is voor YAML octaal; schrijf {plain} (zonder de 0 vooraan), of zet tekst "
            "tussen aanhalingstekens"
        ),
        ("a number that starts with 0 is octal to YAML; write {plain} (without the leading 0), or put text in quotes"),
    ),
    "thousands": THOUSANDS_HINT,
    "sexagesimal": Text(
        (
            "een getal met ':' is voor YAML een getal in zestigtallen (zoals een uur: 1:30 is 90); schrijf het getal "
            "dat je bedoelt, of zet tekst tussen aanhalingstekens"
        ),
        (
            "a number with ':' is base 60 to YAML (like a time: 1:30 is 90); write the number you mean, or put text "
            "in quotes"
        ),
    ),
}


NOT_A_REGULAR_FILE = Text(
    "geen gewoon bestand (een apparaat, een pijp of iets anders)",
    "not a regular file (a device, a pipe or something else)",
)
"""Why a rule or case file is refused unread."""
A_FOLDER = Text("een map, geen bestand: geef het pad van een bestand erin", "a folder, not a file: give a file in it")
"""Why a folder given as a rule or case file is refused."""


def refused_unread(params: Mapping[str, Any]) -> Text:
    """Why a file is refused unread (a ``not-regular-file`` issue's ``params``): a folder, or another non-file."""
    return A_FOLDER if params.get("folder") else NOT_A_REGULAR_FILE


TEXT_FACT_YES_NO_HINT = Text(
    (
        "schrijf 'known: true' (ingevuld) of 'known: false' (weet niet); of iemand deze rol opneemt ('niemand' of "
        "niet), vraag je met het feit '{other}' (ja of nee)"
    ),
    (
        "write 'known: true' (filled in) or 'known: false' (not known); whether anyone holds the role ('nobody' or "
        "not) is the fact '{other}' (yes or no)"
    ),
)
"""The hint for a condition on a role holder's name, where a yes/no fact says whether anyone holds the role."""


def yaml11_number_problem(text: str, kind: str, value: object) -> tuple[Text, Text]:
    """The message and hint for a number YAML 1.1 reads otherwise than written (``010``, ``1:30``, ``1.000``)."""
    return message("yaml11-number", {"text": text, "value": value}), yaml11_number_hint(text, kind)


def yaml11_number_hint(text: str, kind: str) -> Text:
    """How to write ``text``, a number YAML 1.1 reads as another (a :class:`yamlsource.Surprise` of ``kind``)."""
    if kind == "thousands":
        hint = thousands_hint(text)
        assert hint is not None  # (what yamlsource finds so)
        return hint
    plain = text.lstrip("+-").lstrip("0") or "0"
    if text.startswith("-"):
        plain = "-" + plain
    return fill(YAML11_NUMBER_HINTS[kind], {"plain": plain})


_FORMATTER = string.Formatter()


def fill(template: Text, params: Mapping[str, Any]) -> Text:
    """A template with its placeholders filled; a parameter that is a Text is taken per language."""
    used = {field for text in (template.nl, template.en) for _, field, _, _ in _FORMATTER.parse(text) if field}
    for key in used & params.keys():
        if isinstance(params[key], tuple):  # words in two languages are a Text: a pair would be shown as a pair
            raise TypeError(f"parameter {key!r} is a tuple; give words in both languages as a Text")
    # a whole number of five digits or more is written as each language writes it (2.097.152, 2,097,152)
    params = {
        key: thousands(value) if type(value) is int and abs(value) >= 10_000 else value for key, value in params.items()
    }
    return template.format(**params)  # always: '{{' in a template is a brace


def message(code: str, params: dict[str, Any]) -> Text:
    return fill(MESSAGES[code], params)


POLICY_NUMBER_HINT = Text(
    "schrijf de waarde hier als geheel getal in cijfers, zonder komma, bv. 'value: 7': elke regel en elk voorbeeld "
    "dat ze gebruikt, volgt",
    "write the value here as a whole number in digits, without a decimal point, e.g. 'value: 7': every rule and "
    "example that uses it follows",
)
"""The hint of ``policy-unfit`` for a word where the facts it is used for take a number."""


def hint(code: str, params: dict[str, Any]) -> Text:
    """What to do about a problem of ``code``, from :data:`HINTS`."""
    return fill(HINTS[code], params)


ROUTE_UNLESS_STATED: dict[str, Text] = {
    "state.form": Text("tenzij de casus al een gekozen vorm noemt", "unless the case names a form already chosen"),
}
"""For a fact a case states a conclusion in (:data:`facts.STATED_IN`), how an open conclusion's sentence says that
what holds for now gives way to it ("Zolang de ratio onbekend is, is het een organisatienetwerk als …, tenzij …")."""


ORGANISATION_HINTS: dict[str, Text] = {
    "not-listed-other": Text(
        "'{written}' staat niet in de lijst van soorten: kies '{other}', de keuze voor een organisatie van een soort "
        "die er niet bij staat",
        "'{written}' is not in the list of kinds: choose '{other}', the choice for an organisation of a kind the "
        "list does not have",
    ),
    "not-listed-fits": Text(
        "'{written}' staat niet zo in de lijst van soorten: zo'n organisatie is meestal '{kind}' (anders '{other}', "
        "de keuze voor een organisatie van een soort die er niet bij staat)",
        "'{written}' is not in the list of kinds as such: such an organisation is usually '{kind}' (otherwise "
        "'{other}', the choice for an organisation of a kind the list does not have)",
    ),
    "local-government": Text(
        "'{written}' is geen soort uit de lijst: de lokale besturen erin zijn {kinds}; kies wat deze partner is",
        "'{written}' is not a kind in the list: the local governments in it are {kinds}; choose what this partner is",
    ),
    "other-kind": Text(
        "schrijf een van de mogelijke antwoorden; voor een organisatie van een soort die er niet bij staat: '{other}'",
        "write one of the possible answers; for an organisation of a kind the list does not have: '{other}'",
    ),
}
"""The hint for a partner's kind that is no choice and no misspelt one (:func:`answers.organisation_hint`)."""

NOT_CHOSEN_HINTS: dict[str, Text] = {
    "state.form": Text(
        "nog geen vorm gekozen? Antwoord dan 'weet niet': de adviseur leidt de vorm af uit de ratio en het type "
        "uitdaging (§3, §5)",
        "no form chosen yet? Then answer 'weet niet': the advisor derives the form from the rationale and the type "
        "of challenge (§3, §5)",
    ),
}
"""For a choice of what a network has now that has no answer for "nothing chosen yet", the hint for an answer that
says so ("nog niet gekozen", :data:`answers.NOT_CHOSEN_WORDS`): two policy officers typed it for the form, and were
only shown the forms (:func:`answers.not_chosen_hint`)."""


DID_YOU_MEAN = Text("bedoelde je '{suggestion}'?", "did you mean '{suggestion}'?")
DID_YOU_MEAN_CODE = Text("bedoelde je '{suggestion}' ({label})?", "did you mean '{suggestion}'?")


def did_you_mean(suggestion: str) -> Text:
    return fill(DID_YOU_MEAN, {"suggestion": suggestion})


def did_you_mean_choice(spelling: str, values: Iterable[Any]) -> Text:
    """ "bedoelde je …?" for the choice among ``values`` that ``spelling`` (one of :func:`choice_spellings`)
    names: near a label, each language's own label (not "did you mean 'hoog'?" in English); near a code, as rule
    files write them, that code."""
    meant = choice_words(values).get(spelling)
    if not isinstance(meant, str) or meant not in VALUE_LABELS:
        return did_you_mean(spelling)
    label = VALUE_LABELS[meant]
    if spelling == meant and label.nl != meant:
        # a code in a Dutch sentence says what it means ("trust: hihg" was told "bedoelde je 'high'?" in Dutch)
        return fill(DID_YOU_MEAN_CODE, {"suggestion": spelling, "label": label.nl})
    return Text(did_you_mean(label.nl).nl, did_you_mean(label.en).en)


DID_YOU_MEAN_EITHER = Text("bedoelde je {choices}?", "did you mean {choices}?")


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
    # (`goal_consensus: ?`: in YAML a '?' and a space start a key; the README lets '?' say "weet niet")
    "mapping keys are not allowed in this context": "hier mag geen '?' staan: in YAML begint een '?' een sleutel",
    "mapping keys are not allowed here": "hier mag geen '?' staan: in YAML begint een '?' een sleutel",
}


def syntax_problem(problem: str) -> Text:
    """The parser's problem in both languages; unknown wording stays English in both."""
    return Text(SYNTAX_PROBLEMS.get(problem, problem), problem)


KEY_PLACE_HINTS: dict[str, Text] = {
    # a renamed key: 'then:' changed into a second 'when:' (said once, not also as 'then' missing)
    "key-twice-one-missing": Text(
        "'{missing}' ontbreekt in deze regel: stond hier '{missing}'? Schrijf het zo, of voeg de twee samen",
        "'{missing}' is missing from this rule: was this '{missing}'? Write it so, or merge the two",
    ),
    "key-missing-colon": Text(
        "de ':' na '{key}' ontbreekt: schrijf '{key}: {value}'",
        "the ':' after '{key}' is missing: write '{key}: {value}'",
    ),
    "key-no-space": Text(
        "na de ':' van '{key}' ontbreekt een spatie: schrijf '{key}: {value}'",
        "the ':' after '{key}' is not followed by a space: write '{key}: {value}'",
    ),
    # `willing_to_adapt: nee, eerst na de verkiezingen`: in quotes it would be no "nee" any more
    "text-after-answer": Text(
        "bij '{previous}' hoort enkel {takes}: de tekst na de komma kan daar niet blijven; zet hem als opmerking "
        "achter de regel, na een # (bv. '}}  # {text}'), of op een eigen plaats",
        "'{previous}' takes only {takes}: the text after the comma cannot stay there; put it as a comment at the end "
        "of the line, after a # (e.g. '}}  # {text}'), or in a place of its own",
    ),
    "key-belongs-under": Text(
        "'{key}' hoort onder '{parent}': spring het verder in dan '{parent}'",
        "'{key}' belongs under '{parent}': indent it further than '{parent}'",
    ),
    "key-belongs-above": Text(
        "'{key}' hoort naast '{parent}', niet eronder: spring het even ver in als '{parent}'",
        "'{key}' belongs beside '{parent}', not under it: indent it as far as '{parent}'",
    ),
}
"""For an unknown key spelt right but in the wrong place: where it belongs (instead of "controleer de spelling")."""

TEXT_AFTER_ANSWER_TAKES: dict[str, Text] = {
    "bool": Text("ja, nee of weet niet", "yes, no or unknown"),
    "enum": Text("een van de mogelijke antwoorden", "one of the possible answers"),
    "int": Text("een getal", "a number"),
}
"""What a field takes whose value a text after a comma followed (``text-after-answer``): no text of one's own."""


SYNTAX_HINTS: dict[str, Text] = {
    "question-mark": Text(
        "een vraagteken als antwoord ('weet niet') schrijf je tussen aanhalingstekens: \"?\"; of schrijf weet niet",
        "a question mark as an answer ('weet niet') goes in quotes: \"?\"; or write weet niet",
    ),
    # in a rule file a value is never unknown: a condition on an unknown fact is 'known: false' (a rule-editing
    # trial's `is: ?` was told to write "?" or weet niet, and each gave a new error)
    "question-mark-in-rules": Text(
        "in YAML begint een '?' een sleutel; een voorwaarde op een onbekend feit schrijf je als "
        "'{{fact: …, known: false}}', en elke andere waarde als een van de toegelaten waarden",
        "in YAML a '?' starts a key; a condition on an unknown fact is written '{{fact: …, known: false}}', and any "
        "other value as one of the values allowed",
    ),
    "colon-in-text": Text(
        "staat er een dubbelpunt in een tekst? Zet de tekst dan tussen aanhalingstekens",
        "is there a colon inside a text? Then put the text in quotes",
    ),
    # `- name: Welzijnsschakel, kind: social-profitorganisatie`: quoting it would make the kind part of the name
    "fields-on-one-line": Text(
        "twee velden op één regel? Zet ze tussen {{ }} ({{name: …, kind: …}}), of elk op een eigen regel",
        "two fields on one line? Put them between {{ }} ({{name: …, kind: …}}), or each on a line of its own",
    ),
    "indentation": Text(
        "controleer het inspringen: elementen op hetzelfde niveau beginnen in dezelfde kolom",
        "check the indentation: items on the same level start in the same column",
    ),
    "quote-not-closed": Text("een aanhalingsteken wordt niet gesloten", "a quote is not closed"),
    # copied from a word processor: “…” looks quoted, but YAML reads the marks as part of a text with a colon in it
    "curly-quotes": Text(
        '“ ” en ‘ ’ zijn voor YAML geen aanhalingstekens: zet de tekst tussen gewone "…" (binnen de tekst mogen “ ” blijven)',
        '“ ” and ‘ ’ are no quotation marks to YAML: put the text between plain "…" (inside the text “ ” may stay)',
    ),
    "bracket-not-closed": Text("een [ of {{ wordt niet gesloten", "a [ or {{ is not closed"),
}
"""What to do about a YAML syntax error, by what the parser says (:func:`syntax_hint`)."""


# Two keys of one item on one line without braces: `- name: Welzijnsschakel, kind: social-profitorganisatie`
_FIELDS_ON_ONE_LINE = re.compile(r"""^\s*(?:-\s+)?[\w.-]+:\s+[^\s{\["'][^:]*,\s*[\w.-]+:(?:\s|$)""")
# A value that starts with a typographic quotation mark (`title: {nl: “Kennis: ...”}`): not quoted, to YAML
_CURLY_QUOTED_VALUE = re.compile(r"(?:^\s*-|[:\[{,])\s*[“„”‘’]")
# In a {...} or [...] on one line: a text that is not quoted and holds ": " (`{nl: Let op: een ...}`)
_COLON_IN_FLOW_TEXT = re.compile(r"[{\[,]\s*[\w-]+:\s+[^\s\"'\[{][^,}\]]*?:\s")


_QUESTION_MARK_VALUE = re.compile(r":\s+\?\s*(?:[,}\]#]|$)")
"""A value that is a bare '?' (``{trust: ?}``), which YAML reads as the start of a key."""


def syntax_hint(
    problem: str, context: str, line: str = "", *, deeper: bool = False, in_rules: bool = False
) -> Text | None:
    """What to do about a YAML syntax error, from the parser's own words (and, in a {...} or [...], the line it
    stopped on), or None when nothing specific helps.

    Args:
        deeper: the line it stopped on is indented deeper than the line above, which opens nothing: an
            indentation fault the parser words as a colon where none may be.
        in_rules: the file is a rule file, not a case (where a value is never "weet niet").
    """
    text = f"{context} {problem}"
    if _CURLY_QUOTED_VALUE.search(line):
        # (the parser speaks of a colon or a missing ',', and "zet de tekst tussen aanhalingstekens" was what the
        # policy officer thought she had done: a rule-editing trial)
        return fill(SYNTAX_HINTS["curly-quotes"], {})
    if "while parsing a flow" in text and _COLON_IN_FLOW_TEXT.search(line):
        return fill(SYNTAX_HINTS["colon-in-text"], {})
    if deeper:
        return fill(SYNTAX_HINTS["indentation"], {})
    if "mapping keys are not allowed" in text or _QUESTION_MARK_VALUE.search(line):
        return fill(SYNTAX_HINTS["question-mark-in-rules" if in_rules else "question-mark"], {})
    if "mapping values are not allowed" in text or "found unexpected ':'" in text:
        if _FIELDS_ON_ONE_LINE.match(line):
            return fill(SYNTAX_HINTS["fields-on-one-line"], {})
        return fill(SYNTAX_HINTS["colon-in-text"], {})
    if (
        "expected <block end>" in text
        or "could not find expected ':'" in text
        or "did not find expected key" in text
        or "did not find expected '-' indicator" in text
    ):
        return fill(SYNTAX_HINTS["indentation"], {})
    if "found unexpected end of stream" in text or "while scanning a quoted scalar" in text:
        return fill(SYNTAX_HINTS["quote-not-closed"], {})
    if "while parsing a flow" in text or "did not find expected ','" in text:
        return fill(SYNTAX_HINTS["bracket-not-closed"], {})
    return None


FOUND_WORDS: dict[str, Text] = {
    "empty": Text("leeg", "empty"),
    "yes-no": Text("ja/nee ({value})", "a yes/no value ({value})"),
    "long-number": Text("een getal van ongeveer {digits} cijfers", "a number of about {digits} digits"),
    "exact-long-number": Text("een getal van {digits} cijfers", "a number of {digits} digits"),
    "number": Text("het getal {value}", "the number {value}"),
    "text": Text("de tekst '{value}'", "the text '{value}'"),
    "list": Text("een lijst", "a list"),
    "mapping": Text("een groep 'sleutel: waarde'", "a group of 'key: value' pairs"),
}
"""A value as a message names it (:func:`found_words`)."""


_LONGEST_NUMBER_SHOWN = 40  # digits; a longer number is said by its length, as a longer text is cut short


def thousands(number: int) -> Text:
    """A whole number as each language writes it: 4.300 in Dutch, 4,300 in English (digits only, no words)."""
    grouped = format(number, ",")
    return Text(grouped.replace(",", "."), grouped)


def found_words(value: Any) -> Text:
    """A value as a message names it, in both languages: "de tekst 'veel'", "het getal 3", "een lijst"."""
    if value is None:
        return FOUND_WORDS["empty"]
    if isinstance(value, bool):
        return FOUND_WORDS["yes-no"].format(value=str(value).lower())
    if isinstance(value, int | float):
        try:
            shown = str(value)
        except ValueError:  # a whole number too long for Python to write (over 4,300 digits)
            digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0
            return FOUND_WORDS["long-number"].format(digits=thousands(digits))
        if isinstance(value, int) and len(shown.lstrip("-")) > _LONGEST_NUMBER_SHOWN:  # not thousands of digits
            return FOUND_WORDS["exact-long-number"].format(digits=thousands(len(shown.lstrip("-"))))
        return FOUND_WORDS["number"].format(value=shown)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return FOUND_WORDS["text"].format(value=with_controls_shown(shown))
    if isinstance(value, list):
        return FOUND_WORDS["list"]
    if isinstance(value, dict):
        return FOUND_WORDS["mapping"]
    return Text(type(value).__name__, type(value).__name__)


# --------------------------------------------------------------------------- the advice in words

CONCLUSION_NAMES: dict[str, Text] = {
    "challenge_type": Text("Type uitdaging", "Type of challenge"),
    "collaboration_form": Text("Samenwerkingsvorm", "Form of collaboration"),
    "governance_mode": Text("Governancevorm", "Governance mode"),
}
"""The three fixed conclusions as a heading."""


def conclusion_heading(name: str) -> Text:
    """A conclusion as a heading names it: "Governancevorm"; ``<decision>_current`` (how the case's value of now
    compares with the decision) as "Governancevorm van nu"; one a rule file adds, by its name."""
    if name in CONCLUSION_NAMES:
        return CONCLUSION_NAMES[name]
    decision = name.removesuffix("_current")
    if decision != name and decision in CONCLUSION_NAMES:
        return DIFF_WORDS["current-name"].format(name=CONCLUSION_NAMES[decision])
    return Text(name, name)


def conclusion_in_words(name: str) -> Text:
    """A conclusion as a sentence names it: "de governancevorm"; one a rule file adds, by its name."""
    return CONCLUSION_IN_A_SENTENCE.get(name) or Text(name, name)


def conclusion_meant(name: str) -> str | None:
    """The fixed conclusion ``name`` names, by its id or its name in Dutch or English ("samenwerkingsvorm", "de
    governancevorm"), in any capitals and spacing; else None. A person who tries to set one is told it is what the
    rules decide, not a fact."""
    wanted = " ".join(name.split()).lower()
    named: dict[str, set[str]] = {}
    for conclusion in CONCLUSION_NAMES:
        heading, in_a_sentence = CONCLUSION_NAMES[conclusion], CONCLUSION_IN_A_SENTENCE[conclusion]
        names = {conclusion, heading.nl, heading.en, in_a_sentence.nl, in_a_sentence.en}
        names |= {said.removeprefix("de ").removeprefix("het ").removeprefix("the ") for said in list(names)}
        named[conclusion] = {said.lower() for said in names}
        if wanted in named[conclusion]:
            return conclusion
    # written with a hyphen or without spaces ("governance-vorm", "typeuitdaging": a coordinator got the usage)
    compact = "".join(wanted.replace("-", " ").replace("_", " ").split())
    joined = [
        conclusion
        for conclusion, names in named.items()
        if compact in {"".join(said.replace("-", " ").replace("_", " ").split()) for said in names}
    ]
    if len(joined) == 1:
        return joined[0]
    # the start of a word of one name only ("type", "governance"; not "vorm", which ends two): a policy
    # officer's --for type
    partly = [
        conclusion
        for conclusion, names in named.items()
        if any(word.startswith(wanted) for said in names for word in said.replace("_", " ").split())
    ]
    return partly[0] if len(wanted) >= 4 and len(partly) == 1 else None


def conclusion_name_near(name: str) -> str | None:
    """The Dutch name of the fixed conclusion ``name`` is nearly spelt as ("samenwerkingsvrom": "samenwerkingsvorm"),
    for a "bedoelde je"; None where none is near. (Only suggested: a typo is not taken as the conclusion.)"""
    from .spelling import closest

    names = {
        said.removeprefix("de ").removeprefix("het "): conclusion
        for conclusion in CONCLUSION_NAMES
        for said in (CONCLUSION_NAMES[conclusion].nl.lower(), CONCLUSION_IN_A_SENTENCE[conclusion].nl)
    }
    return closest(" ".join(name.split()).lower(), sorted(names))


CONCLUSION_IN_A_SENTENCE: dict[str, Text] = {
    "challenge_type": Text("het type uitdaging", "the type of challenge"),
    "collaboration_form": Text("de samenwerkingsvorm", "the form of collaboration"),
    "governance_mode": Text("de governancevorm", "the governance mode"),
}

NO_VALUE: dict[str, Text] = {
    # the guide knows three types; a case whose criteria point no way clearly has none of them, not a fourth
    "challenge_type": Text(
        "geen duidelijk type (geen type met genoeg criteria)", "no clear type (no type with enough criteria)"
    ),
    "collaboration_form": Text("geen vorm", "no form"),
    "governance_mode": Text("geen duidelijke vorm", "no clear mode"),
}
"""What it means that a fixed conclusion comes out without a value."""

NO_VALUE_NAMED: dict[str, Text] = {"challenge_type": Text("geen duidelijk type", "no clear type")}
"""No value by its name alone, where :data:`NO_VALUE` explains it: in a sentence after the one that listed it."""

NO_VALUE_OTHER = Text("geen waarde", "no value")
NOT_APPLICABLE = Text("niet van toepassing", "not applicable")
"""No value because the condition every rule of a conclusion applies under fails (a governance mode for a
form that is not an organisation network)."""
UNDETERMINED = Text("nog niet te bepalen", "cannot be determined yet")

SETTLED_SAID = Text("Dat staat vast", "That is settled")
"""What a settled conclusion's sentence says of it (``settled`` below); what-if says it is so now
(:data:`SETTLED_NOW_SAID`) where an answer settled it."""
SETTLED_NOW_SAID = Text("Dat staat nu vast", "That is settled now")
AS_LISTED_SAID = Text("als de genoemde partners het hele netwerk zijn", "if the partners listed are the whole network")
"""The condition a settled conclusion holds on where the case never gave its number of organisations and a larger
one could change it (:attr:`advice.Conclusion.settled_as_listed`)."""

ADVICE_WORDS: dict[str, Text] = {
    # conclusions, one sentence each, by certainty
    "settled": Text("{name}: {value}. {settled}.", "{name}: {value}. {settled}."),
    # settled as long as the partners listed are the whole network, their number never given (see
    # Case.count_taken_from_list): what a larger number changes
    # (an open conclusion the number beside a list taken as the whole network can still change: its factors named
    # three, its summary numbered the number's question too)
    "count-too": Text(
        "Ook het aantal organisaties kan het nog veranderen, als de genoemde partners niet het hele netwerk zijn.",
        "The number of organisations can still change it too, if the partners listed are not the whole network.",
    ),
    "settled-as-listed": Text("{name}: {value}. {settled} {as_listed}.", "{name}: {value}. {settled} {as_listed}."),
    # an outcome without value whose meaning an answer still tells ("geen duidelijke vorm of niet van toepassing,
    # naargelang de ratio"): not called settled, which the words after it would contradict
    "settled-meaning-open": Text("{name}: {value}.", "{name}: {value}."),
    # (settled, said so, then what is still unknown: "Doelconsensus is nog onbekend, maar dat verandert dit niet
    # meer" stood before "Dat geldt als de genoemde partners het hele netwerk zijn", absolute where it was not)
    "settled-despite": Text(
        "{name}: {value}. {settled}: {unknown} nog onbekend, maar dat verandert dit niet meer.",
        "{name}: {value}. {settled}: {unknown} still unknown, but that can no longer change it.",
    ),
    "settled-despite-as-listed": Text(
        "{name}: {value}. {settled} {as_listed}: {unknown} nog onbekend, maar dat verandert dit dan niet meer.",
        "{name}: {value}. {settled} {as_listed}: {unknown} still unknown, but that can then no longer change it.",
    ),
    "provisional": Text(
        "{name}: voorlopig {value}; kan nog worden: {others}.", "{name}: for now {value}; can still become: {others}."
    ),
    # not "niet van toepassing, enkel als ...", which a reader took for "not applicable only if ..."
    "not-applicable": Text(
        "{name}: niet van toepassing; die vraag stelt zich enkel {condition}.",
        "{name}: does not apply; the question arises only {condition}.",
    ),
    "not-applicable-stated": Text(
        "{name}: niet van toepassing, want de antwoorden wijzen op een andere vorm dan {value}; de casus noemt de "
        "samenwerking wel {value}.",
        "{name}: does not apply, as the answers point to another form than {value}; the case does call the "
        "cooperation {value}.",
    ),
    "tie": Text(
        "de factoren steunen {values} evenveel, elk {count} van de {total}",
        "the factors support {values} equally, {count} of the {total} each",
    ),
    "too-little-support": Text(
        "geen enkele vorm heeft de steun van minstens {minimum} van de {total} factoren, de drempel van netadvisor",
        "no mode has the support of at least {minimum} of the {total} factors, netadvisor's threshold",
    ),
    # which mode has how much: "geen duidelijke vorm" did not say which mode the factors lean to, and a region cannot
    # discuss "een andere vorm krijgt meer steun" without it (a rule-editing trial)
    "too-little-support-counted": Text(
        "geen enkele vorm heeft de steun van minstens {minimum} van de {total} factoren, de drempel van netadvisor; "
        "de steun nu: {counts}",
        "no mode has the support of at least {minimum} of the {total} factors, netadvisor's threshold; the support "
        "now: {counts}",
    ),
    "support-count": Text("{count} voor {value}", "{count} for {value}"),
    "no-value-means": Text(
        "{none} betekent hier: geen enkele vorm heeft de steun van minstens {minimum} van de {total} factoren "
        "(de drempel van netadvisor, niet van de gids).",
        "{none} means here: no mode has the support of at least {minimum} of the {total} factors (netadvisor's "
        "threshold, not the guide's).",
    ),
    "set-by-policy": Text(
        " Die drempel is de beleidswaarde {policy} in de regels.", " That threshold is the policy value {policy}."
    ),
    "no-type-means": Text(
        "Geen duidelijk type betekent hier: geen enkel type heeft minstens {minimum} van de {total} criteria achter "
        "zich (de drempel van netadvisor; de gids zegt niet hoe de criteria samen te wegen).",
        "No clear type means here: no type has at least {minimum} of the {total} criteria behind it (netadvisor's "
        "threshold; the guide does not say how to weigh the criteria together).",
    ),
    # the comment beside an answer a consultation changed, saved in the case file: a note on the old answer
    # ("# gevraagd op de stuurgroep; nog niet beslist") read as one on the new (a policy officer)
    "earlier-answer": Text("eerder '{answer}'", "earlier '{answer}'"),
    "provisional-if": Text("{name}: voorlopig {value}, maar {answers}.", "{name}: for now {value}, but {answers}."),
    "open": Text("{name}: nog open, mogelijk: {outcomes}.", "{name}: still open, possible: {outcomes}."),
    # a value an open decision can no longer come out as, and the known factors that do not support it
    "ruled-out-by-one": Text(
        "{value} kan het niet meer worden: {facts} steunt het niet.",
        "{value} is no longer possible: {facts} does not support it.",
    ),
    "ruled-out-by-many": Text(
        "{value} kan het niet meer worden: {facts} steunen het niet.",
        "{value} is no longer possible: {facts} do not support it.",
    ),
    "ruled-out-by-one-values": Text(
        "{value} kunnen het niet meer worden: {facts} steunt ze niet.",
        "{value} are no longer possible: {facts} does not support them.",
    ),
    "ruled-out-by-many-values": Text(
        "{value} kunnen het niet meer worden: {facts} steunen ze niet.",
        "{value} are no longer possible: {facts} do not support them.",
    ),
    "not-analysed": Text(
        "{name}: {value} (niet na te gaan wat de onbekende feiten nog kunnen veranderen).",
        "{name}: {value} (what the unknown facts could still change cannot be worked out).",
    ),
    "factors-according-to": Text(
        "Wat elke factor steunt, komt uit {source}, niet uit de gids.",
        "What each factor supports comes from {source}, not from the guide.",
    ),
    "type-basis": Text(
        "{value} ({count} van de {total} criteria; de drempel van netadvisor is {minimum})",
        "{value} ({count} of the {total} criteria; netadvisor's threshold is {minimum})",
    ),
    "type-basis-unknown": Text(
        "{value} ({count} van de {total} criteria, {unknown} nog onbekend; de drempel van netadvisor is {minimum})",
        "{value} ({count} of the {total} criteria, {unknown} still unknown; netadvisor's threshold is {minimum})",
    ),
    "bounds-ours-sentence-one": Text(
        "De grens voor {fact} ({values}) kiest netadvisor.", "The limit for {fact} ({values}) is netadvisor's."
    ),
    "bounds-ours-one": Text(
        "de grens voor {fact} ({values}) kiest netadvisor", "the limit for {fact} ({values}) is netadvisor's"
    ),
    "bounds-ours-sentence": Text(
        "De grenzen voor {fact} ({values}) kiest netadvisor.", "The limits for {fact} ({values}) are netadvisor's."
    ),
    "bounds-ours": Text(
        "de grenzen voor {fact} ({values}) kiest netadvisor", "the limits for {fact} ({values}) are netadvisor's"
    ),
    # what each range between the limits points to: "7 en 16" alone told a policy officer nothing of her 16
    "bounds-ours-sentence-ranges": Text(
        "De grenzen voor {fact} ({values}) kiest netadvisor: {ranges}.",
        "The limits for {fact} ({values}) are netadvisor's: {ranges}.",
    ),
    "bounds-ours-sentence-one-ranges": Text(
        "De grens voor {fact} ({values}) kiest netadvisor: {ranges}.",
        "The limit for {fact} ({values}) is netadvisor's: {ranges}.",
    ),
    "range-points-to": Text("{range} steunt het {value}", "{range} it supports {value}"),
    "range-points-to-next": Text("{range} {value}", "{range} {value}"),
    "range-up-to": Text("tot en met {high}", "up to {high}"),
    "range-between": Text("van {low} tot en met {high}", "from {low} to {high}"),
    "range-one": Text("bij {low}", "at {low}"),
    "range-from": Text("vanaf {low}", "from {low}"),
    "factors-according-to-inline": Text(
        "wat elke factor steunt, komt uit {source}, niet uit de gids",
        "what each factor supports comes from {source}, not from the guide",
    ),
    "decided-on": Text(
        "{value}, gesteund door {count} van de {total} factoren ({details})",
        "{value}, supported by {count} of the {total} factors ({details})",
    ),
    "decided-on-all": Text(
        "{value}, gesteund door alle {total} factoren ({details})",
        "{value}, supported by all {total} factors ({details})",
    ),
    # (with nothing to add, no empty brackets; one factor is no "all 1": a rule file of one factor read so)
    "decided-on-all-bare": Text(
        "{value}, gesteund door alle {total} factoren", "{value}, supported by all {total} factors"
    ),
    "decided-on-only": Text("{value}, gesteund door de enige factor", "{value}, supported by the only factor"),
    "waiting-answers-unknown": Text(
        'Nog niet gebruikt: {facts}. Die volgen op "{question}", en dat is nog onbekend.',
        'Not used yet: {facts}. They follow up on "{question}", which is still unknown.',
    ),
    "waiting-answers-unknown-one": Text(
        'Nog niet gebruikt: {facts}. Dat volgt op "{question}", en dat is nog onbekend.',
        'Not used yet: {facts}. It follows up on "{question}", which is still unknown.',
    ),
    "waiting-answers-no-one": Text(
        "Niet gebruikt: {facts}. Dat volgt op \"{question}\", en daarop antwoordt de casus 'nee'. Klopt dat?",
        "Not used: {facts}. It follows up on \"{question}\", which the case answers 'no'. Is that right?",
    ),
    "fact-answered": Text("{fact}: {answer}", "{fact}: {answer}"),
    # (a policy officer read "Geen regel gebruikt (nog)" as our jargon, at the top of a report for the mayors; a
    # coordinator read "door geen regel gebruikt" so too)
    "unused-answers": Text(
        "Gegeven, maar het advies gebruikt het niet: {facts}.", "Given, but the advice does not use it: {facts}."
    ),
    # (a policy officer's stuck network, its rationale 'kennis': the advice on being stuck was gone without a word)
    "answers-set-aside": Text(
        "Gegeven, maar het advies gebruikt het hier niet: {answers}. De regels die het lezen, gelden alleen {condition}, "
        "en {conclusion} is {value}.",
        "Given, but the advice does not use it here: {answers}. The rules that read it apply only {condition}, and "
        "{conclusion} is {value}.",
    ),
    "waiting-answers-no": Text(
        "Niet gebruikt: {facts}. Die volgen op \"{question}\", en daarop antwoordt de casus 'nee'. Klopt dat?",
        "Not used: {facts}. They follow up on \"{question}\", which the case answers 'no'. Is that right?",
    ),
    "current-still-open": Text(
        "Het netwerk is nu een {current}{behind}; of die vorm past, hangt nog af van: {facts}.",
        "The network is now a {current}{behind}; whether that mode fits still depends on: {facts}.",
    ),
    "current-supported-by": Text(
        ", gesteund door {count} gekende factoren ({facts})", ", supported by {count} known factors ({facts})"
    ),
    "current-supported-by-one": Text(
        ", gesteund door 1 gekende factor ({facts})", ", supported by 1 known factor ({facts})"
    ),
    "current-not-advised": Text(
        "Het netwerk is nu een {current}; die vorm krijgt te weinig steun van de factoren, wat de open antwoorden "
        "ook worden.",
        "The network is now a {current}; that mode gets too little support from the factors, whatever the open "
        "answers turn out to be.",
    ),
    # the settled part first, then what may still change: "kan een factor die vorm nog steunen, maar niet
    # genoeg" beside the warning "Geen gekende factor steunt de huidige vorm*" read as yes and no, and after
    # "vertrouwen=hoog" as if no factor supported it yet (a policy officer's trial); "(meer)": some factor may
    # support it already, on the condition the governance mode's rules apply on
    # ("Wat de open antwoorden ook zijn, de factoren wijzen niet op die vorm: naargelang … kan ze nog (meer) steun
    # krijgen, maar te weinig" read as clumsy Dutch, a coordinator)
    "current-not-advised-supported": Text(
        "Het netwerk is nu een {current}. Die vorm krijgt te weinig steun van de factoren, wat de open antwoorden "
        "ook worden (naargelang {facts} wat meer, maar niet genoeg).",
        "The network is now a {current}. That mode gets too little support from the factors, whatever the open "
        "answers turn out to be (depending on {facts} some more, but not enough).",
    ),
    # the value a settled or other decision leaves beside it: "voorlopig NAO" read as the network's mode of today,
    # beside a finding that it has none chosen (a policy officer)
    "current-now": Text("Nu: {current}.", "Now: {current}."),
    "not-decided-by-these-rules": Text("deze regels besluiten er niet over", "these rules do not decide it"),
    "conclusion-not-decided": Text("{name}: {none}.", "{name}: {none}."),
    "current-still-open-same": Text(
        "Het netwerk is nu een {current}{behind}; of die vorm past, hangt van dezelfde antwoorden af.",
        "The network is now a {current}{behind}; whether that mode fits depends on the same answers.",
    ),
    "doubted-through": Text(
        "Dat geldt enkel {condition}, en daar zetten bevindingen vraagtekens bij (zie: {conclusion}).",
        "That holds only {condition}, which findings put in doubt (see: {conclusion}).",
    ),
    "doubted-one": Text(
        "Een bevinding hieronder zet daar vraagtekens bij: {titles}.",
        "A finding below puts this in doubt: {titles}.",
    ),
    # (a remark, not "vraagtekens": "Dat staat nu vast. … kan een bevinding daar nog vraagtekens bij zetten" read as
    # settled and open in one breath, a policy officer's trial; the value stays, a finding may add the guide's doubt)
    "may-be-doubted": Text(
        "Naargelang {what} kan een bevinding daar nog een kanttekening bij maken: {titles}.",
        "Depending on {what}, a finding may still add a caveat to this: {titles}.",
    ),
    "may-be-doubted-many": Text(
        "Naargelang {what} kunnen bevindingen daar nog een kanttekening bij maken: {titles}.",
        "Depending on {what}, findings may still add a caveat to this: {titles}.",
    ),
    "doubted-many": Text(
        "{count} bevindingen hieronder zetten daar vraagtekens bij: {titles}.",
        "{count} findings below put this in doubt: {titles}.",
    ),
    "as-the-case-says": Text("{value}, zoals de casus het noemt", "{value}, as the case calls it"),
    # a value a rule gives only while facts are unknown, and why (the form of a complex challenge, no rationale known)
    "while-unknown-basis": Text("{value} ({reasons}, {unknown} onbekend)", "{value} ({reasons}, {unknown} unknown)"),
    "conclusion-is": Text("{conclusion} {value}", "{conclusion} {value}"),
    "conclusion-is-if": Text("{conclusion} {value} is", "{conclusion} is {value}"),
    # what an open conclusion is for now, while facts stay unknown
    # (a sentence, not a list after a colon: a policy officer found "Zolang de ratio onbekend is: de gekozen vorm
    # als de casus die noemt, anders organisatienetwerk als …" too terse to put before the mayors)
    # (whose that is: a value for as long as facts are unknown is netadvisor's reading, never the guide's words; a
    # policy officer could not tell)
    "meanwhile-one": Text(
        "Zolang {facts} onbekend is, is het {routes} (lezing van netadvisor, niet letterlijk de gids).",
        "While {facts} is unknown, it is {routes} (netadvisor's reading, not the guide's words).",
    ),
    "meanwhile-many": Text(
        "Zolang {facts} onbekend zijn, is het {routes} (lezing van netadvisor, niet letterlijk de gids).",
        "While {facts} are unknown, it is {routes} (netadvisor's reading, not the guide's words).",
    ),
    "not-applicable-now": Text(
        "Voorlopig niet van toepassing: {conclusion} is voorlopig {value}.",
        "For now it does not apply: {conclusion} is {value} for now.",
    ),
    # ("is het de gekozen vorm als de casus die noemt" read as clumsy Dutch, a policy officer)
    "route-stated": Text("{stated} die de casus noemt", "{stated} the case names"),
    "route-otherwise": Text("en anders {route}", "and otherwise {route}"),
    "threshold": Text(
        "minstens {minimum} van de {total} is de drempel van netadvisor",
        "at least {minimum} of the {total} is netadvisor's threshold",
    ),
    "threshold-sentence": Text(
        "Minstens {minimum} van de {total} factoren is de drempel van netadvisor.",
        "At least {minimum} of the {total} factors is netadvisor's threshold.",
    ),
    "factor-supports": Text("{factors} steunt {value}", "{factors} supports {value}"),
    "factors-support": Text("{factors} steunen {value}", "{factors} support {value}"),
    "factor-supports-too": Text("{factors} steunt ook {value}", "{factors} also supports {value}"),
    "factors-support-too": Text("{factors} steunen ook {value}", "{factors} also support {value}"),
    "settles-on": Text("{outcome} als {answers}", "{outcome} if {answers}"),
    "fact-is": Text("{fact} {answer} is", "{fact} is {answer}"),
    "fact-with-value": Text("{fact} {value}", "{fact} {value}"),
    "fact-as-subject": Text("{article} {fact}", "{fact}"),  # English needs no article: "if trust is 'high'"
    "fact-as-subject-the": Text("{article} {fact}", "the {fact}"),  # "if the number of organisations is …"
    "facts-are": Text("{facts} {answer} is", "{facts} is {answer}"),
    "decided-by": Text("Dat hangt af van: {facts}.", "That depends on: {facts}."),
    "decided-also-by": Text("Verder hangt het af van: {facts}.", "Otherwise it depends on: {facts}."),
    "decided-further-by": Text(
        "Of het {outcomes} wordt, hangt verder af van {facts}.", "Whether it is {outcomes} further depends on {facts}."
    ),
    "decided-together": Text(
        "Of het {outcomes} wordt, hangt af van {facts} samen.", "Whether it is {outcomes} depends on {facts} together."
    ),
    # names a case gives that may be one written two ways (advice.LookAlikeNames)
    "look-alike-one": Text("'{name}' ({where})", "'{name}' ({where})"),
    "look-alike-roles": Text(
        "{names} zijn misschien één naam, anders geschreven: netadvisor telt ze als verschillende personen. Is het "
        "één persoon, schrijf de naam dan overal gelijk.",
        "{names} may be one name written two ways: netadvisor counts them as different people. If it is one "
        "person, write the name the same everywhere.",
    ),
    "look-alike-partners": Text(
        "{names} zijn misschien één partner, anders geschreven: netadvisor telt ze als verschillende partners. Is "
        "het één partner, laat er dan één weg.",
        "{names} may be one partner written two ways: netadvisor counts them as different partners. If it is one "
        "partner, leave one out.",
    ),
    "criteria-so-far": Text(
        "Van de {total} criteria {counts}; {unknown}.", "Of the {total} criteria, {counts}; {unknown}."
    ),
    "criteria-point-to": Text("wijzen er {count} op {kind}", "{count} point to {kind}"),
    "criterion-points-to": Text("wijst er 1 op {kind}", "1 points to {kind}"),
    "criteria-unknown-one": Text("1 is nog onbekend", "1 is not known yet"),
    "criteria-unknown-many": Text("{count} zijn nog onbekend", "{count} are not known yet"),
    "unknown-one": Text("{facts} is", "{facts} is"),
    # a fact known within bounds, whose exact value is not known ("minstens 13" partners listed)
    "exact-value-of": Text("het precieze {fact}", "the exact {fact}"),
    "unknown-many": Text("{facts} zijn", "{facts} are"),
    "or": Text(" of ", " or "),
    "and": Text(" en ", " and "),
    "list": Text(", ", ", "),
    "assumed": Text("Als dit {condition} is: {value}.", "If this is {condition}: {value}."),
    "assuming": Text("als dit {condition} is", "if this is {condition}"),
    "quoted": Text("'{value}'", "'{value}'"),
    "span-or-more": Text("{low} of meer", "{low} or more"),
    "span-from-to": Text("{low} tot en met {high}", "{low} to {high}"),
    "span-at-most": Text("hoogstens {high}", "at most {high}"),
    "a-value": Text("een {value}", "a {value}"),
    "an-value": Text("een {value}", "an {value}"),  # English before a vowel
    # questions
    "yes_no": Text("ja / nee", "yes / no"),
    "number": Text("een getal", "a number"),
    "text": Text("tekst", "text"),
    "holder": Text("een naam, of 'niemand'", "a name, or 'nobody'"),
    "partner_list": Text("namen, gescheiden door komma's", "names, separated by commas"),
    "dont-know": Text("weet niet", "don't know"),
    "dont-know-enter": Text("weet niet (of Enter)", "don't know (or Enter)"),
    "consult-how": Text(
        "Eén vraag tegelijk, de belangrijkste eerst. Weet je het niet, typ dan 'weet niet' of druk Enter; typ "
        "'terug' om je vorige antwoord te herzien, en 'klaar' om te stoppen: dan krijg je het advies op de "
        "antwoorden tot nu.",
        "One question at a time, the most useful first. If you don't know, type 'don't know' or press Enter; type "
        "'back' to change your previous answer, and 'done' to stop: you then get the advice on the answers so far.",
    ),
    # (and how to go further back: a policy officer who meant an answer two questions back got the last one again,
    # and did not know 'terug' goes back one answer at a time)
    "consult-undone": Text(
        "Je vorige antwoord is teruggenomen; die vraag komt opnieuw. Nog eens 'terug' gaat een antwoord verder terug.",
        "Your previous answer is taken back; that question comes again. 'back' again goes back one answer more.",
    ),
    "consult-read-as-nobody": Text(
        "'{answer}' is genoteerd als 'niemand': de rol is (nog) niet opgenomen, en het advies waarschuwt daarvoor. "
        "Bedoelde je dat je niet weet wie ze opneemt, typ dan 'terug' en daarna 'weet niet'.",
        "'{answer}' is recorded as 'nobody': the role is not taken up (yet), and the advice warns of it. If you meant "
        "that you do not know who takes it up, type 'back' and then 'weet niet'.",
    ),
    # ("nog niet beslist" for the form was taken as "weet niet" without a word, and the handout then said "nog uit
    # te zoeken" where the policy officer had meant that no form was chosen yet)
    # (to a yes/no question, "nog niet beslist" may well mean "nee" for now: "Is er een gemeenschappelijke
    # doelstelling?" answered so kept the warning of none away, a policy officer's trial)
    "consult-read-as-not-known-yes-no": Text(
        "'{answer}' is genoteerd als 'weet niet': de vraag blijft open in het advies. Bedoelde je 'nee' (nog niet), "
        "typ dan 'terug' en daarna 'nee'.",
        "'{answer}' is recorded as 'weet niet' (unknown): the question stays open in the advice. If you meant 'no' "
        "(not yet), type 'back' and then 'no'.",
    ),
    "consult-read-as-not-known": Text(
        "'{answer}' is genoteerd als 'weet niet': de vraag blijft open in het advies. Bedoelde je iets anders, typ "
        "dan 'terug' en antwoord opnieuw.",
        "'{answer}' is recorded as 'weet niet' (unknown): the question stays open in the advice. If you meant "
        "something else, type 'back' and answer again.",
    ),
    "consult-undone-was": Text(
        "Je vorige antwoord ('{answer}') is teruggenomen; die vraag komt opnieuw. Nog eens 'terug' gaat een antwoord "
        "verder terug.",
        "Your previous answer ('{answer}') is taken back; that question comes again. 'back' again goes back one "
        "answer more.",
    ),
    "consult-back-to-question": Text(
        "Terug naar de vraag zelf; wat je erop antwoordde, is teruggenomen.",
        "Back to the question itself; what you answered to it is taken back.",
    ),
    "consult-nothing-to-undo-yet": Text(
        "Er is nog geen antwoord om terug te nemen.", "There is no answer to take back yet."
    ),
    "consult-nothing-to-undo": Text(
        "Er is nog geen antwoord in dit gesprek om terug te nemen (wat de casus al zei, pas je aan in de casus).",
        "There is no answer in this session to take back yet (what the case said already, change in the case).",
    ),
    "consult-not-known-before": Text(
        "De casus antwoordt al 'weet niet' op (het belangrijkste eerst): {facts}. Die vragen komen niet opnieuw; weet "
        "je het nu wel, vul het dan in de casus in, of begin opnieuw met netadvisor consult --ask-again.",
        "The case already answers 'don't know' to (the most important first): {facts}. Those questions are not asked "
        "again; if you know now, fill it in in the case, or start again with netadvisor consult --ask-again.",
    ),
    # (a policy officer read "weet niet op: …, de partners raken er onderling uit" as saying that they do)
    "and-more-facts": Text("nog {count} andere", "{count} others"),
    # (single typographic quotation marks: double ones are the guide's words, and a policy officer checking the
    # quotes against the guide found netadvisor's own questions among them)
    "question-quoted": Text("‘{question}’", "‘{question}’"),
    "consult-not-known-again": Text(
        "De casus antwoordt 'weet niet' op (het belangrijkste eerst): {facts}. Die vragen komen nog één keer, waar "
        "een antwoord het advies nog kan veranderen; Enter houdt 'weet niet'.",
        "The case answers 'don't know' to (the most important first): {facts}. Those questions are asked once "
        "more, where an answer can still change the advice; Enter keeps 'don't know'.",
    ),
    "consult-partner-twice": Text(
        "('{name}' staat twee keer in de lijst: één keer genomen, als '{first}')",
        "('{name}' is listed twice: taken once, as '{first}')",
    ),
    "consult-done": Text(
        "(geen vragen meer: geen antwoord dat nog ontbreekt, kan het advies veranderen)",
        "(no more questions: no answer still missing can change the advice)",
    ),
    "consult-done-not-known": Text(
        "(geen vragen meer: enkel wat je met 'weet niet' beantwoordde, kan het advies nog veranderen; die "
        "{count} vragen staan bij de open vragen van het advies)",
        "(no more questions: only what you answered 'don't know' can still change the advice; those {count} "
        "questions are among the advice's open questions)",
    ),
    "consult-done-open": Text(
        "(geen vragen meer om hier te stellen; de {count} open vragen van het advies kunnen het nog veranderen)",
        "(no more questions to ask here; the advice's {count} open questions can still change it)",
    ),
    "consult-input-ended": Text(
        "(geen antwoorden meer: het advies op de antwoorden tot nu)",
        "(no more answers: the advice on the answers so far)",
    ),
    "ask-title": Text("Hoe heet de casus? (Enter: zonder titel) ", "What is the case called? (Enter: no title) "),
    "more-questions": Text("en nog {count} vragen", "and {count} more questions"),
    "more-question": Text("en nog 1 vraag", "and 1 more question"),
    "for-partner": Text("{question} ({partner})", "{question} ({partner})"),
    "partner-count-beside-list": Text(
        "Hoeveel organisaties telt het netwerk, met de {named} genoemde partners erbij (dus minstens {named})?",
        "How many organisations does the network have, the {named} partners named included (so at least {named})?",
    ),
    "partners-left-out": Text(
        "De casus noemt {named} van de {count} partners: {names}. Wie zijn de andere {missing}? Geef hun namen, "
        "gescheiden door komma's (wie al genoemd is, mag je herhalen).",
        "The case names {named} of the {count} partners: {names}. Who are the other {missing}? Give their names, "
        "separated by commas (those already named may be repeated).",
    ),
    "partner-left-out": Text(
        "De casus noemt {named} van de {count} partners: {names}. Wie is de laatste? Geef de naam (wie al genoemd "
        "is, mag je herhalen).",
        "The case names {named} of the {count} partners: {names}. Who is the last one? Give the name (those "
        "already named may be repeated).",
    ),
    "form-beside-rationale": Text(
        "Welke vorm heeft de samenwerking zelf al, of is er al voor gekozen: een lerend netwerk, een shared service "
        "centre of een organisatienetwerk? Dat kan een andere zijn dan de vorm waar de ratio op wijst.",
        "Which form does the collaboration itself have already, or has been chosen for it: a learning network, a "
        "shared service centre or an organisation network? It may be another than the form the rationale points to.",
    ),
    "common-goal-given-statement": Text(
        'De casus geeft als doelstelling: "{statement}". Is dat een gemeenschappelijke doelstelling van de '
        "partners, het 'waarom' van de samenwerking?",
        "The case gives as its goal: \"{statement}\". Is that a common goal of the partners, the 'why' of the "
        "cooperation?",
    ),
    "goal-consensus-without-common-goal": Text(
        "Er is geen gemeenschappelijke doelstelling. Hoe groot is de doelconsensus dan: in welke mate streven de "
        "partners eenzelfde doel na? (Gemiddeld of hoog kan enkel als er toch een gemeenschappelijke doelstelling "
        "is.)",
        "There is no common goal. How high is goal consensus then: how far do the partners pursue one and the same "
        "goal? (Moderate or high is only possible if there is a common goal after all.)",
    ),
    # (the question first, then what is not known: "Ook zolang niet bekend is …: hoe groot is …" was hard to answer
    # honestly, a policy officer's trial)
    "goal-consensus-common-goal-unknown": Text(
        "Hoe groot is de doelconsensus: in welke mate streven de partners eenzelfde doel na?",
        "How high is goal consensus: how far do the partners pursue one and the same goal?",
    ),
    "common-goal-not-known-yet": Text(
        "(Of er een gemeenschappelijke doelstelling is, is nog niet bekend.)",
        "(Whether there is a common goal is not known yet.)",
    ),
    "consensus-reached-given-level": Text(
        "De casus zegt dat de doelconsensus (in welke mate elke partner het doel nastreeft) {level} is. Zijn alle "
        "partners het ook eens over de doelstelling zelf?",
        "The case says goal consensus (how far each partner pursues the goal) is {level}. Do all partners also agree "
        "on the goal itself?",
    ),
    "consensus-reached-beside-level-unknown": Text(
        "Iets anders dan de doelconsensus (in welke mate elke partner het doel nastreeft), die nog niet bekend is: "
        "zijn alle partners het eens over de doelstelling zelf (ook als dat enkel in grote lijnen is)?",
        "Something other than goal consensus (how far each partner pursues the goal), which is not known yet: do all "
        "partners agree on the goal itself (even if only in broad terms)?",
    ),
    "domain-given-theme": Text(
        'De casus geeft als thema "{theme}". In welk beleidsdomein ligt de uitdaging?',
        'The case gives the theme "{theme}". Which policy domain is the challenge in?',
    ),
    "common-goal-given-consensus": Text(
        "De casus zegt dat de doelconsensus {level} is. Is er ook een gemeenschappelijke doelstelling, het 'waarom' "
        "van de samenwerking?",
        "The case says goal consensus is {level}. Is there also a common goal, the 'why' of the cooperation?",
    ),
    # the consultation
    "answer-invalid": Text("Dat antwoord kan niet: {problems}", "That answer is not possible: {problems}"),
    "answer-partners": Text(
        "Geef de namen van de partners, gescheiden door komma's (of 'weet niet').",
        "Give the partners' names, separated by commas (or 'don't know').",
    ),
    "answer-no-such-partner": Text(
        "{path}: de partnerlijst noemt {count} partner(s), geteld vanaf 0; noem eerst de partners (vraag 'partners')",
        "{path}: the partner list names {count} partner(s), counted from 0; name the partners first (question "
        "'partners')",
    ),
    "answer-partners-over-count": Text(
        "Het aantal organisaties volgens de antwoorden ({partner_count}) is kleiner dan het aantal partners dat je "
        "noemt ({listed}).",
        "The number of organisations by the answers ({partner_count}) is smaller than the number of partners you name "
        "({listed}).",
    ),
    # (Enter and "weet niet" keep the name as typed, which is "ja": said, as everywhere else Enter is "weet niet")
    "ask-one-partner": Text(
        "Is '{name}' één partner? [ja (ook Enter of weet niet: de naam zoals getypt) / nee: dan zijn het er {count}: "
        "{parts}] ",
        "Is '{name}' one partner? [yes (Enter or don't know too: the name as typed) / no: then they are {count}: "
        "{parts}] ",
    ),
    "ask-one-partner-or-names": Text(
        "Is '{name}' één partner? [ja (ook Enter of weet niet: de naam zoals getypt) / anders: de namen, gescheiden "
        "door komma's] ",
        "Is '{name}' one partner? [yes (Enter or don't know too: the name as typed) / else: the names, separated by "
        "commas] ",
    ),
    "answer-one-partner-or-names": Text(
        "Antwoord 'ja' ('{name}' is één partner; ook Enter of 'weet niet'), of geef de namen, gescheiden door komma's "
        "(bv. 'Gemeente Geel, OCMW Geel').",
        "Answer 'yes' ('{name}' is one partner; Enter or 'don't know' too), or give the names, separated by commas "
        "(e.g. 'Gemeente Geel, OCMW Geel').",
    ),
    "answer-one-partner": Text(
        "Antwoord 'ja' (één partner; ook Enter of 'weet niet') of 'nee' ({count} partners).",
        "Answer 'yes' (one partner; Enter or 'don't know' too) or 'no' ({count} partners).",
    ),
    "ask-all-partners": Text(
        "Zijn dit alle partners van het netwerk, of komen er nog bij? [ja, dit zijn ze alle {listed} / nee, er komen "
        "er nog bij / weet niet (of Enter)] ",
        "Are these all the network's partners, or will there be more? [yes, these are all {listed} / no, there will "
        "be more / don't know (or Enter)] ",
    ),
    # (one partner named: "ja, dit zijn ze alle 1" read oddly to a policy officer)
    "ask-all-partners-one": Text(
        "Is dit de enige partner van het netwerk, of komen er nog bij? [ja, dit is de enige / nee, er komen er nog "
        "bij / weet niet (of Enter)] ",
        "Is this the network's only partner, or will there be more? [yes, this is the only one / no, there will be "
        "more / don't know (or Enter)] ",
    ),
    "answer-all-partners": Text(
        "Antwoord 'ja' (dit zijn alle partners), 'nee' (er komen er nog bij) of 'weet niet'; nog partners noemen kan "
        "hier ook, als lijst ('- Mol' of 'Mol, Dessel').",
        "Answer 'yes' (these are all the partners), 'no' (there will be more) or 'don't know'; more partners can be "
        "named here too, as a list ('- Mol' or 'Mol, Dessel').",
    ),
    "ask-count-more": Text(
        "Hoeveel organisaties zal het netwerk dan tellen? [een getal, minstens {more} / weet niet (of Enter)] ",
        "How many organisations will the network have, then? [a number, at least {more} / don't know (or Enter)] ",
    ),
    "count-more-than-named": Text(
        "Er komen nog partners bij de {listed} die je noemt: het netwerk telt er dan minstens {more}.",
        "More partners will join the {listed} you name: the network then has at least {more}.",
    ),
    "ask-count-again": Text(
        "Hoeveel organisaties telt het netwerk dan? [een getal, minstens {listed} / 'namen' om de namen opnieuw te "
        "geven / weet niet (of Enter)] ",
        "How many organisations does the network have, then? [a number, at least {listed} / 'names' to give the "
        "names again / don't know (or Enter)] ",
    ),
    "count-dropped-for-names": Text(
        "De {listed} namen zijn bewaard, zonder het aantal organisaties ({counted}): de lijst telt er {listed}. "
        "Klopt dat niet, pas dan het aantal of de lijst aan in de casus.",
        "The {listed} names are kept, without the number of organisations ({counted}): the list counts {listed}. "
        "If that is wrong, correct the number or the list in the case.",
    ),
    "count-below-named": Text(
        "Je noemt {listed} partners: het netwerk telt er minstens {listed}.",
        "You name {listed} partners: the network has at least {listed}.",
    ),
    "answer-partners-not-names": Text(
        "Geen naam van een partner: {names}. Geef de namen, gescheiden door komma's (of 'weet niet'); het aantal "
        "organisaties is een andere vraag.",
        "Not a partner's name: {names}. Give the names, separated by commas (or 'don't know'); the number of "
        "organisations is another question.",
    ),
    "answer-partners-twice": Text(
        "{names} staat meer dan eens in de lijst; geef elke partner één keer.",
        "{names} is in the list more than once; give each partner once.",
    ),
    # explanations
    "now": Text("nu", "now"),
    "value-unknown": Text("onbekend", "unknown"),
    "in-conflict": Text("{values} (de regels spreken elkaar tegen)", "{values} (the rules contradict each other)"),
    "conflict-said": Text(
        "De regels spreken elkaar hier tegen: ze besluiten {values} tegelijk.",
        "The rules contradict each other here: they conclude {values} at once.",
    ),
    "check-holds": Text("klopt", "holds"),
    "check-fails": Text("klopt niet", "does not hold"),
    "check-unknown": Text("nog onbekend", "not known yet"),
    "up-to": Text("{low} tot {high}", "{low} to {high}"),
    # in a sentence of the advice: "2 tot 12 lokale besturen werken samen", beside ten partners of unknown kind,
    # read as a slip in a note for the mayors (a policy officer's trial)
    "up-to-in-a-sentence": Text("minstens {low} en hoogstens {high}", "at least {low} and at most {high}"),
    "at-least": Text("minstens {low}", "at least {low}"),
    "for-now": Text("voorlopig {value}", "for now {value}"),
    "still-open": Text("nog open", "still open"),
    "still-open-between": Text("nog open, mogelijk: {outcomes}", "still open, possible: {outcomes}"),
    # (what it is now said once, before the changes: "(nu: nog open, mogelijk: …)" on every line buried what each
    # change does, a mayors' consultation's staff)
    "single-change": Text(
        "Als {fact} {values} is{instead}, is {conclusion} {after}.",
        "If {fact} is {values}{instead}, {conclusion} is {after}.",
    ),
    "single-changes-now": Text("Nu is {conclusion} {now}.", "Now {conclusion} is {now}."),
    "instead-of": Text(" in plaats van {value}", " instead of {value}"),
    "no-value-depending": Text("{meanings}, naargelang {facts}", "{meanings}, depending on {facts}"),
}

CERTAINTY_WORDS: dict[str, Text] = {
    "settled": Text("vast", "settled"),
    "provisional": Text("voorlopig", "provisional"),
    "open": Text("open", "open"),
    "not_analysed": Text("niet na te gaan", "not analysed"),
}
"""How certain a conclusion is (:attr:`advice.Conclusion.certainty`), in a word."""

STATUS_WORDS: dict[str, Text] = {
    "decided": Text("beslist op steun", "decided by support"),
    "derived": Text("afgeleid", "derived"),
    "conflict": Text("tegenstrijdig", "conflicting"),
    "undetermined": Text("niet bepaald", "undetermined"),
}
"""How a conclusion came about (:attr:`advice.Conclusion.status`), in a word or two."""

MONTHS: tuple[Text, ...] = tuple(
    Text(nl, en)
    for nl, en in zip(
        "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "January February March April May June July August September October November December".split(),
        strict=True,
    )
)
"""The months, as a report's date names them ("6 december 2026")."""

REPORT_WORDS: dict[str, Text] = {
    "untitled": Text("casus zonder titel", "untitled case"),
    # a handout's first lines: each fixed conclusion, settled or not and on what; the warnings by their titles (a
    # coordinator's mayors had 1,300 words and no line that said what was settled and what open)
    "summary-heading": Text("In het kort", "In short"),
    "summary-settled": Text("{name}: {value}; dat staat vast.", "{name}: {value}; that is settled."),
    "summary-provisional": Text(
        "{name}: voorlopig {value}; kan nog {others} worden{hangs_on}.",
        "{name}: for now {value}; can still become {others}{hangs_on}.",
    ),
    "summary-open": Text("{name}: nog open ({outcomes}){hangs_on}.", "{name}: still open ({outcomes}){hangs_on}."),
    "summary-hangs-on": Text(", naargelang {facts}{questions}", ", depending on {facts}{questions}"),
    # (while those are unknown, what the value now rests on: "naargelang de ratio; vragen 1, 2 en 7" named one
    # factor for three questions, where the conclusion says the type and the chosen form count meanwhile: a trial)
    "summary-hangs-on-meanwhile": Text(
        ", naargelang {facts}, en intussen {meanwhile}{questions}",
        ", depending on {facts}, and meanwhile {meanwhile}{questions}",
    ),
    "summary-warnings": Text("Waarschuwingen: {titles}.", "Warnings: {titles}."),
    "summary-warnings-and-more": Text("Waarschuwingen: {titles}; en {more}.", "Warnings: {titles}; and {more}."),
    # (those on a condition by name too: "Waarschuwingen: 2 als dit een organisatienetwerk is." said neither which
    # nor what they warn of, where the README promises them by name: a policy officer's trial)
    "summary-warnings-only-more": Text("Waarschuwingen {more}.", "Warnings {more}."),
    "summary-warnings-on-condition": Text("{condition}: {titles}", "{condition}: {titles}"),
    "advice-for": Text("Advies voor: {title}", "Advice for: {title}"),
    "conclusions": Text("Conclusies", "Conclusions"),
    "todo": Text("Wat te doen", "What to do"),
    "questions": Text(
        "Open vragen (de {shown} belangrijkste van {total}; 'weet niet' kan altijd)",
        "Open questions (the {shown} most important of {total}; 'unknown' is always an answer)",
    ),
    "questions-heading": Text("Open vragen ('weet niet' kan altijd)", "Open questions ('unknown' is always an answer)"),
    "no-questions": Text(
        "Geen open vragen: geen enkel antwoord verandert dit advies nog.",
        "No open questions: no answer can change this advice any more.",
    ),
    "can-change": Text("raakt: {changes}", "affects: {changes}"),
    "via-follow-up": Text(", via een vervolgvraag", ", through a follow-up question"),
    "via-follow-up-on": Text(", via de vervolgvraag over {fact}", ", through the follow-up question on {fact}"),
    # below what to do, where warnings on a condition follow (a policy officer read "Wat te doen" as all there was)
    # (every piece of advice there, warnings named: "1 waarschuwing" above eight pieces of advice for a stuck
    # network was read as the one thing more to read, a policy officer's trial)
    "todo-more-on-condition-one": Text(
        "Verder geldt 1 advies {condition}{warnings}: zie hieronder.",
        "One more piece of advice applies {condition}{warnings}: see below.",
    ),
    "todo-more-on-condition": Text(
        "Verder gelden {count} adviezen {condition}{warnings}: zie hieronder.",
        "{count} more pieces of advice apply {condition}{warnings}: see below.",
    ),
    "todo-more-warning-one": Text(" (een waarschuwing)", " (a warning)"),
    "todo-more-info-one": Text(" (ter informatie)", " (for information)"),
    "todo-more-of-which": Text(" (waarvan {kinds})", " (of them: {kinds})"),
    "warning-count-one": Text("1 waarschuwing", "1 warning"),
    "warning-count": Text("{count} waarschuwingen", "{count} warnings"),
    "info-count": Text("{count} ter informatie", "{count} for information"),
    "condition-heading": Text(
        "{heading} (naargelang {facts}{questions})", "{heading} (depending on {facts}{questions})"
    ),
    "hangs-on": Text("(naargelang {facts}{questions})", "(depending on {facts}{questions})"),
    "provisional-heading": Text(
        "{heading} (met *: kan nog wegvallen, naargelang {facts}{questions})",
        "{heading} (marked *: may still fall away, depending on {facts}{questions})",
    ),
    # (the open questions, numbered as below; "open" left out: the heading stays on one line)
    "questions-numbered": Text("; vraag {numbers}", "; question {numbers}"),
    "questions-numbered-many": Text("; vragen {numbers}", "; questions {numbers}"),
    # (said of the case, not to the person who answered: a report goes to a mayors' meeting as it is; short, as it
    # stands beside every such question: a policy officer read it as noise on a page of them)
    "answered-unknown": Text("'weet niet': nog uit te zoeken", "'unknown': still to be found out"),
    "answered-unknown-for": Text(
        "'weet niet' voor {which}: nog uit te zoeken", "'unknown' for {which}: still to be found out"
    ),
    "findings-count": Text("{count} adviezen", "{count} pieces of advice"),
    "findings-count-some-together": Text(
        "{count} adviezen, {together} daarvan samen met andere antwoorden",
        "{count} pieces of advice, {together} of them together with other answers",
    ),
    # (the most serious named: a policy officer could not tell the mayors why "raakt: 5 adviezen" mattered; in
    # brackets: "o.a. 'X', 10 daarvan" read as ten of the example)
    "findings-count-named": Text("{count} adviezen, o.a. {title}", "{count} pieces of advice, e.g. {title}"),
    "findings-count-some-together-named": Text(
        "{count} adviezen (o.a. {title}), {together} daarvan samen met andere antwoorden",
        "{count} pieces of advice (e.g. {title}), {together} of them together with other answers",
    ),
    "with-other-answers": Text(", samen met andere antwoorden", ", together with other answers"),
    # (the conclusions only together with other answers, or through a follow-up, some advice by this answer alone:
    # the most serious named)
    # ("; alleen al 'Er is geen …'" was no Dutch a policy officer could read: what the answer alone already affects)
    "conclusions-how-finding-alone": Text(
        "{conclusions}{how}; en op zichzelf al het advies {title}",
        "{conclusions}{how}; and by itself the advice {title}",
    ),
    "conclusions-how-findings-alone": Text(
        "{conclusions}{how}; en op zichzelf al {count} adviezen, zoals {title}",
        "{conclusions}{how}; and by itself {count} pieces of advice, such as {title}",
    ),
    "conclusions-and-warning": Text(
        "{conclusions}; ook de waarschuwing {title}", "{conclusions}; also the warning {title}"
    ),
    "conclusions-and-warnings": Text(
        "{conclusions}; ook {count} waarschuwingen, zoals {title}",
        "{conclusions}; also {count} warnings, such as {title}",
    ),
    "conclusions-and-finding": Text("{conclusions} en {title}", "{conclusions} and {title}"),
    "conclusions-and-findings": Text(
        "{conclusions} en {count} adviezen, zoals {title}",
        "{conclusions} and {count} pieces of advice, such as {title}",
    ),
    "finding-one": Text("{title}", "{title}"),
    "per-partner": Text("{question} (voor elk van: {partners})", "{question} (for each of: {partners})"),
    "info": Text("Ter informatie", "For information"),
    "info-line": Text("Ter informatie: {items}.", "For information: {items}."),
    "info-line-provisional": Text(
        "Ter informatie (met *: kan nog wegvallen): {items}.",
        "For information (marked *: may still fall away): {items}.",
    ),
    "info-provisional": Text(
        "Ter informatie (met *: kan nog wegvallen)", "For information (marked *: may still fall away)"
    ),
    "detail": Text("Details (regels en feiten)", "Details (rules and facts)"),
    # the engine is for a developer (the JSON says it); the rules' version says which rules gave this advice
    "footer": Text(
        "Opgesteld met netadvisor, regels versie {version}", "Made with netadvisor, rules version {version}"
    ),
    # (not "waarop dit advies steunt": a policy officer's stuck network, a learning network by its rationale, had
    # answers there that no advice used)
    "answers-given": Text("De antwoorden van de casus", "The answers of the case"),
    # (not "verder in de lijst": a handout shows the first few questions, not the list they are further down in)
    "still-unknown": Text(
        "Nog uit te zoeken (met 'weet niet' beantwoord, niet bij de vragen hierboven): {facts}",
        "Still to be found out (answered 'unknown', not among the questions above): {facts}",
    ),
    "held-back-heading": Text(
        "Vragen die wachten op een antwoord dat nu 'weet niet' is",
        "Questions that wait for an answer that is 'unknown' now",
    ),
    "held-back": Text(
        "Pas zinvol na een antwoord op {facts} (nu 'weet niet'), en daarom niet bij de open vragen: {questions}.",
        "Useful only after an answer on {facts} (now 'unknown'), and so not among the open questions: {questions}.",
    ),
    "still-unknown-numbered": Text(
        "Nog uit te zoeken (met 'weet niet' beantwoord): vragen {numbers}, bij de andere open vragen achteraan.",
        "Still to be found out (answered 'unknown'): questions {numbers}, among the other open questions at the end.",
    ),
    "still-unknown-number": Text(
        "Nog uit te zoeken (met 'weet niet' beantwoord): vraag {numbers}, bij de andere open vragen achteraan.",
        "Still to be found out (answered 'unknown'): question {numbers}, among the other open questions at the end.",
    ),
    "warning-mark": Text("Met ! gemarkeerd: een waarschuwing.", "Marked !: a warning."),
    # the guide's table of contents numbers its chapters otherwise than its headings do (it leaves out 4.1 and 5):
    # a policy officer looked up "§6" in the contents and landed on the wrong chapter
    "sections-short": Text("§ zoals in de tekst van de gids", "§ as in the guide's text"),
    "sections-note": Text(
        "De §-nummers volgen de koppen in de tekst van de gids. De inhoudstafel vooraan in de gids nummert anders: "
        "ze slaat 4.1 (samenstelling van het netwerk) en 5 (de regio als ecosysteem) over.",
        "The § numbers follow the headings in the guide's text. The table of contents at the front of the guide "
        "numbers otherwise: it leaves out 4.1 (the network's composition) and 5 (the region as an ecosystem).",
    ),
    "where-source": Text("{sections}; ook {source}", "{sections}; also {source}"),
    "where-resting-on": Text("{sections}; volgens {source}", "{sections}; according to {source}"),
    "where-interpretation": Text(
        "{sections}; lezing van netadvisor, niet letterlijk de gids",
        "{sections}; netadvisor's reading, not the guide's words",
    ),
    "assumed": Text("{condition}: {value}.", "{condition}: {value}."),
    # (as an open conclusion says it: "een van NAO, zelfregulerend netwerk, geen duidelijke vorm" was no Dutch)
    "assumed-open": Text(
        "{condition}: nog open, mogelijk: {outcomes}.", "{condition}: still open, possibly: {outcomes}."
    ),
    "support": Text("steun", "support"),
    "detail-handout-number": Text("(vraag {number} in het rapport)", "(question {number} in the report)"),
    "detail-questions": Text(
        "Alle {count} vragen, één per feit, op rang (het rapport vraagt de antwoorden van de partners en de "
        "criteria telkens als één vraag):",
        "All {count} questions, one per fact, by rank (the report asks the partners' answers and the criteria each "
        "as one question):",
    ),
    "not": Text("niet", "not"),
    "rationale": Text("Ratio: {rationale}", "Rationale: {rationale}"),
    "theme": Text("Thema: {theme}", "Theme: {theme}"),
    # (answers, not "gekende feiten", which a coordinator read as jargon on a handout for mayors)
    "known-facts": Text("{count} antwoorden", "{count} answers"),
    "known-fact": Text("1 antwoord", "1 answer"),
    # (the title, description and theme are shown, not counted: "0 gekende feiten" beside a known theme read as a
    # mistake)
    "known-facts-none": Text("nog niets gekend waarop het advies steunt", "nothing known yet that the advice rests on"),
    # ("13 antwoorden en 7 keer 'weet niet'" read as 13 in all, 7 of them 'weet niet': a policy officer)
    "and-not-known": Text(
        "{known}, en daarnaast {count} keer 'weet niet'", "{known}, and besides them {count} answered 'unknown'"
    ),
    "partners": Text("{count} partners: {names}", "{count} partners: {names}"),
    "partners-one": Text("1 partner: {names}", "1 partner: {names}"),
    "partners-some": Text("{listed} van de {count} partners: {names}", "{listed} of the {count} partners: {names}"),
    "partners-count-unknown": Text(
        "{listed} genoemde partners, het aantal organisaties onbekend: {names}",
        "{listed} partners named, the number of organisations unknown: {names}",
    ),
    "partner-count-unknown-one": Text(
        "1 genoemde partner, het aantal organisaties onbekend: {names}",
        "1 partner named, the number of organisations unknown: {names}",
    ),
    # a list whose number was never answered: taken as the whole network, which the advice then rests on (a policy
    # officer's note to the mayors rested on it unsaid, while a consultation of the same file asked it first)
    "partners-taken-whole": Text(
        "{count} partners, door het advies als het hele netwerk genomen: {names}",
        "{count} partners, taken by the advice as the whole network: {names}",
    ),
    "partner-taken-whole-one": Text(
        "1 partner, door het advies als het hele netwerk genomen: {names}",
        "1 partner, taken by the advice as the whole network: {names}",
    ),
    "partners-unnamed": Text("{count} organisaties, nog niet bij naam genoemd", "{count} organisations, not yet named"),
    "partner-unnamed": Text("1 organisatie, nog niet bij naam genoemd", "1 organisation, not yet named"),
    "more-named": Text(", …", ", …"),
    "policy-value": Text("beleidswaarde", "policy value"),
    "concludes": Text("besluit: {name} is {value} ({path})", "concludes: {name} is {value} ({path})"),
    "supports": Text("steunt: {name} is {value} ({path})", "supports: {name} is {value} ({path})"),
    "warning": Text("waarschuwing", "warning"),
    "advice": Text("advies", "advice"),
    "info-severity": Text("info", "info"),  # (a finding's severity "info": "Ter informatie" is its heading)
    "section": Text("hoofdstuk", "section"),
    "when": Text("als", "when"),
    "then": Text("dan", "then"),
    "the-guide": Text("de gids", "the guide"),
    "source": Text("bron buiten de gids", "source outside the guide"),
    "question": Text("vraag", "question"),
    "answers": Text("antwoorden", "answers"),
    "used-by": Text("gebruikt door", "used by"),
    "used-by-none-policy": Text("geen enkele regel", "no rule"),
    "answer-to": Text("het antwoord op ‘{question}’ ({path})", "the answer to ‘{question}’ ({path})"),
    "conclusion-decided": Text(
        "{conclusion} ({name}): wat de regels uit de feiten besluiten, geen feit dat je invult. Per waarde de "
        "regels die ertoe leiden:",
        "{conclusion} ({name}): what the rules decide from the facts, not a fact to fill in. For each value, the "
        "rules that lead to it:",
    ),
    "without-value": Text("zonder waarde:", "without a value:"),
    "rule-concludes": Text("besluit:", "concludes:"),
    "rule-supports": Text("steunt:", "supports:"),
    "used-by-decision": Text(
        "de keuze van {conclusion} (de steun die een waarde minstens nodig heeft)",
        "the choice of {conclusion} (the support a value needs at least)",
    ),
    "used-by-unknown": Text(
        "niet bekend: de regels hebben fouten (zie netadvisor check)",
        "not known: the rules have mistakes (see netadvisor check)",
    ),
    "used-by-none": Text(
        "geen enkele regel; het advies vraagt er dus nooit naar", "no rule; the advice therefore never asks it"
    ),
    "computed-from": Text("berekend uit: {inputs}", "computed from: {inputs}"),
    "follows": Text(
        "vervolgvraag op {parent} (gevraagd als het antwoord daarop 'ja' is)",
        "follow-up question to {parent} (asked when that is answered 'yes')",
    ),
    "changes": Text("Wijzigingen: {changes}", "Changes: {changes}"),
    # a partner list set by what-if, name by name: a policy officer's "A, B en C" had become two partners, and a
    # name written otherwise a new partner without its answers, with nothing said
    "partners-listed-one": Text("De lijst telt 1 partner: {names}.", "The list has 1 partner: {names}."),
    "partners-listed": Text("De lijst telt {count} partners: {names}.", "The list has {count} partners: {names}."),
    "partner-new": Text("{name} (nieuw)", "{name} (new)"),
    "partners-dropped": Text("Niet meer in de lijst: {names}.", "No longer in the list: {names}."),
    "change-to": Text("{fact} wordt '{value}'", "{fact} becomes '{value}'"),
    # (as a fact by its short name: "vertrouwen wordt 'hoog'"; the arrow beside it read as another kind of change
    # to a policy officer)
    # (the question in single typographic quotation marks: double ones are the guide's words, see question-quoted)
    "change-answer": Text(
        "het antwoord op ‘{question}’ wordt '{value}'", "the answer to ‘{question}’ becomes '{value}'"
    ),
    "change-already": Text("{fact} blijft '{value}' (zo stond het al)", "{fact} stays '{value}' (as it already was)"),
    "change-answer-already": Text(
        "het antwoord op ‘{question}’ blijft '{value}' (zo stond het al)",
        "the answer to ‘{question}’ stays '{value}' (as it already was)",
    ),
    "no-conclusion-changes": Text("geen besluit verandert", "no conclusion changes"),
    "hangs-on-now": Text(
        "wel hangt {conclusion} nu nog af van: {facts}", "but {conclusion} now still hangs on: {facts}"
    ),
    # (in the advice, not "advies": what comes and goes may be information, which the report keeps apart; a
    # policy officer read "Vervallen advies" of an item "ter informatie")
    "findings-added": Text("Nieuw in het advies: {rules}", "New in the advice: {rules}"),
    "findings-added-provisional": Text(
        "Nieuw in het advies (met *: kan nog wegvallen): {rules}",
        "New in the advice (with *: may still fall away): {rules}",
    ),
    "before-only": Text("voordien enkel {condition}", "before only {condition}"),
    "findings-removed": Text("Niet meer in het advies: {rules}", "No longer in the advice: {rules}"),
    "findings-settled": Text(
        "Blijft in het advies, en kan niet meer wegvallen:", "Stays in the advice, and can no longer fall away:"
    ),
    "conditional-added": Text("Nieuw in het advies, op een voorwaarde:", "New in the advice, on a condition:"),
    "conditional-removed": Text(
        "Niet meer in het advies op een voorwaarde:", "No longer in the advice on a condition:"
    ),
    # a conclusion whose value and certainty stay, and what the advice says of it changes
    "no-conclusion-changes-but-said": Text(
        "geen besluit verandert van waarde of zekerheid, wel wat het advies erover zegt:",
        "no conclusion changes its value or certainty, but what the advice says of it does:",
    ),
    "said-otherwise": Text(
        "anders gezegd, zonder dat het besluit verandert:", "said otherwise, without the conclusion changing:"
    ),
    "said-now": Text("nu:  {sentence}", "now:  {sentence}"),
    "said-then": Text("dan: {sentence}", "then: {sentence}"),
    "rest-as-now": Text("Verder zoals nu, vanaf '{start} …'.", "The rest as now, from '{start} …'."),
    "rest-below": Text("ze staan per onderwerp achteraan", "they are listed by topic at the end"),
    "rest-heading": Text("De andere open vragen, per onderwerp", "The other open questions, by topic"),
    "questions-general": Text("Algemeen", "General"),
    "rest-intro": Text(
        "Minder dringend dan de vragen vooraan. Het nummer is de plaats in de rangorde: hoe lager, hoe meer een "
        "antwoord aan het advies kan veranderen. 'Weet niet' kan altijd.",
        "Less urgent than the questions in front. The number is the place in the ranking: the lower, the more an "
        "answer can change the advice. 'Unknown' is always an answer.",
    ),
    "read-as": Text("{answer} (in de casus: '{written}')", "{answer} (in the case: '{written}')"),
    "now-only": Text("nu enkel {condition}", "now only {condition}"),
    "holds-only": Text("geldt enkel {condition}", "holds only {condition}"),
    "now-known-one": Text("{facts} is nu gekend", "{facts} is known now"),
    "now-known-many": Text("{facts} zijn nu gekend", "{facts} are known now"),
    "single-changes-together": Text(
        "Verder beslissen meer antwoorden samen: {facts} (zie de open vragen).",
        "Beyond these, more answers decide together: {facts} (see the open questions).",
    ),
    "no-single-change": Text(
        "Geen enkele wijziging van één feit verandert dit besluit.",
        "No change of a single fact changes this conclusion.",
    ),
    "no-single-change-undecided": Text(
        "Geen enkele wijziging van één feit alleen geeft dit besluit een waarde: het hangt af van meer dan één "
        "antwoord samen (zie de open vragen).",
        "No change of a single fact alone gives this conclusion a value: it depends on more than one answer "
        "together (see the open questions).",
    ),
}
"""The words of the reports for people (text, Markdown, HTML) and of explanations."""

QUESTION_GROUPS: dict[str, Text] = {
    "challenge.criteria.": Text(
        "Waar wijzen deze criteria op: {which}? Per criterium: eenvoudig, ingewikkeld of complex (zie §2).",
        "Where do these criteria point: {which}? Per criterion: simple, complicated or complex (see §2).",
    ),
    "management.roles.": Text(
        "Wie neemt deze rollen van netwerkmanager op: {which}? Geef per rol een naam, of 'niemand'.",
        "Who holds these network-manager roles: {which}? Give a name per role, or 'nobody'.",
    ),
}
"""Questions a report shows as one, by the start of their facts' paths (a consultation still asks each)."""

QUESTION_GROUP_SUBJECTS: dict[str, Text] = {
    "challenge.criteria.": Text("de criteria", "the criteria"),
    "management.roles.": Text("de rollen", "the roles"),
}
"""What the facts of a group of :data:`QUESTION_GROUPS` are called as the subject of a sentence."""


def severity_name(severity: str) -> Text:
    """A finding's severity as a person reads it: waarschuwing, advies, info."""
    return REPORT_WORDS["info-severity" if severity == "info" else severity]


def word(code: str, **params: Any) -> Text:
    """A phrase of the advice from the catalogue, with its placeholders filled."""
    if not params:
        return ADVICE_WORDS[code]
    try:
        # (the types in the key: True and 1 are equal keys, and read "True" and "1")
        return _filled_word(code, tuple(params.items()), tuple(map(type, params.values())))
    except TypeError:  # a value that cannot be a key (a list): filled each time
        return ADVICE_WORDS[code].format(**params)


# An advice says the same phrases with the same values case after case (the question for a partner, "3 van 6
# criteria"): each is filled once (bounded; a Text is a frozen value, shared safely).
@functools.lru_cache(maxsize=8192)
def _filled_word(code: str, params: tuple[tuple[str, Any], ...], _types: tuple[type, ...]) -> Text:
    return ADVICE_WORDS[code].format(**dict(params))


# --------------------------------------------------------------------------- a case that is wrong

CASE_MESSAGES: dict[str, Text] = {
    "unknown-field": Text("onbekend veld '{field}'", "unknown field '{field}'"),
    "field-name-not-text": Text(
        "{found} staat waar de naam van een veld hoort, en die is een tekst",
        "{found} stands where a field's name belongs, which is a text",
    ),
    "text-not-utf8": Text(
        "{found} is geen leesbare tekst: de bytes zijn geen UTF-8",
        "{found} is no readable text: the bytes are not UTF-8",
    ),
    "not-a-choice": Text(
        "{found} is geen mogelijk antwoord; mogelijk: {choices}",
        "{found} is not a possible answer; possible: {choices}",
    ),
    "not-yes-no": Text(
        "{found} is geen ja of nee; mogelijk: ja, nee, weet niet",
        "{found} is not yes or no; possible: yes, no, unknown",
    ),
    "not-a-whole-number": Text("{found} is geen geheel getal", "{found} is not a whole number"),
    "not-text": Text("{found} is geen tekst", "{found} is not text"),
    "not-a-list": Text("hier hoort een lijst, maar dit is {found}", "a list belongs here, but this is {found}"),
    "not-a-group": Text(
        "'{field}' is een groep van velden, maar dit is {found}",
        "'{field}' is a group of fields, but this is {found}",
    ),
    # (an item of a list: not the list itself, which a policy officer read as the list being wrong)
    "not-a-group-item": Text(
        "elk item van '{field}' is een groep van velden, maar dit is {found}",
        "each item of '{field}' is a group of fields, but this is {found}",
    ),
    # (the group's value is then the text "key value": what is wrong is the colon, not the group)
    "missing-colon": Text(
        "de ':' na '{key}' ontbreekt: zo staat hier {found}, waar de velden van '{field}' horen",
        "the ':' after '{key}' is missing: so this is {found}, where the fields of '{field}' belong",
    ),
    "no-space-after-colon": Text(
        "na de ':' van '{key}' ontbreekt een spatie: zo staat hier {found}, waar de velden van '{field}' horen",
        "the ':' after '{key}' is not followed by a space: so this is {found}, where the fields of '{field}' belong",
    ),
    # `{name: CAW Kempen, brings: jeugdwerk, muziekschool}`: YAML reads "muziekschool" as a field without a value
    "text-after-comma": Text(
        "de tekst na de komma ('{text}') werd gelezen als een apart veld: tussen {{ }} scheidt een komma de velden",
        "the text after the comma ('{text}') was read as a field of its own: between {{ }} a comma separates fields",
    ),
    "missing-field": Text("'{field}' ontbreekt", "'{field}' is missing"),
    "too-small": Text("{found} is te klein: minstens {limit}", "{found} is too small: at least {limit}"),
    "too-large": Text("{found} is te groot: hoogstens {limit}", "{found} is too large: at most {limit}"),
    "too-many": Text("te veel: hoogstens {limit}", "too many: at most {limit}"),
    "text-too-long": Text(
        "de tekst is te lang: hoogstens {limit} tekens",
        "the text is too long: at most {limit} characters",
    ),
    "empty-text": Text("de tekst is leeg", "the text is empty"),
    "role-not-a-name": Text(
        "{found} is geen naam van wie de rol opneemt", "{found} is not the name of who holds the role"
    ),
    "role-misspelt-word": Text(
        "{found} lijkt een verschreven '{meant}', geen naam van wie de rol opneemt",
        "{found} looks like a misspelt '{meant}', not the name of who holds the role",
    ),
    "control-character": Text(
        "{found} bevat een stuurteken ({character}, teken {position}): een teken dat een terminal als opdracht leest",
        "{found} holds a control character ({character}, character {position}): one a terminal reads as a command",
    ),
    "partner-name-line-break": Text(
        "{found} staat op meer dan één regel: één naam is één partner",
        "{found} runs over more than one line: one name is one partner",
    ),
    "partner-not-a-name": Text("{found} is geen naam van een partner", "{found} is not a partner's name"),
    "partner-not-sure": Text("{found} is een vermoeden, geen partner", "{found} is a guess, not a partner"),
    "brings-not-an-answer": Text(
        "{found} zegt niet wat de partner meebrengt", "{found} does not say what the partner brings"
    ),
    "partner-named-twice": Text(
        "'{name}' staat twee keer in de lijst (ook als partner {first_place})",
        "'{name}' is listed twice (also as partner {first_place})",
    ),
    "partner-count-below-list": Text(
        "het aantal organisaties ({partner_count}) is kleiner dan het aantal partners in de lijst ({listed})",
        "the number of organisations ({partner_count}) is smaller than the number of partners listed ({listed})",
    ),
    "answered-and-not-known": Text(
        "beantwoord ('{answer}') en ook als 'weet niet' opgegeven", "answered ('{answer}') and also given as unknown"
    ),
    "not-a-case": Text(
        "een casus is een groep van velden (zoals 'challenge:' en 'governance:'), niet {found}",
        "a case is a mapping of fields (such as 'challenge:' and 'governance:'), not {found}",
    ),
    "file-missing": Text("het bestand of de map bestaat niet", "no such file or folder"),
    "case-file-empty": Text(
        "het bestand bevat geen casus: het is leeg, of er staat enkel commentaar in",
        "the file holds no case: it is empty, or holds comments only",
    ),
    "unreadable": Text("het bestand kan niet gelezen worden: {reason}", "cannot read the file: {reason}"),
    "invalid": Text("ongeldige waarde ({detail})", "invalid value ({detail})"),
    # a line of a JSON Lines batch that holds no case netadvisor can read
    "line-too-long": Text("de regel is langer dan {limit} bytes", "the line is longer than {limit} bytes"),
    "line-not-utf8": Text(
        "geen UTF-8-tekst: byte 0x{byte} op kolom {column}", "not UTF-8 text: byte 0x{byte} at column {column}"
    ),
    "line-not-json": Text("geen JSON: {detail} (kolom {column})", "not JSON: {detail} (column {column})"),
    "line-too-deep": Text("niet gelezen: te diep genest", "not read: nested too deeply"),
    "line-number-too-large": Text(
        "niet gelezen: een getal is te groot (meer dan 4.300 cijfers)",
        "not read: a number too large (more than 4,300 digits)",
    ),
    "line-number-not-finite": Text(
        "niet gelezen: {number} is geen getal dat een casus kan bevatten",
        "not read: {number} is not a number a case can hold",
    ),
    "line-not-object": Text(
        'een regel is één casus, een JSON-object met velden (zoals "challenge" en "governance"), niet {found}',
        'a line is one case, a JSON object of fields (such as "challenge" and "governance"), not {found}',
    ),
}
"""What is wrong with a case, per problem code (the problems the YAML reader finds use :data:`MESSAGES`)."""

CASE_EXPECTED: dict[str, Text] = {
    "line-too-long": Text("hoogstens {limit} bytes", "at most {limit} bytes"),
    "line-not-utf8": Text("UTF-8-tekst", "UTF-8 text"),
    "line-not-json": Text("één JSON-object", "one JSON object"),
    "line-too-deep": Text("enkele niveaus van velden", "a few levels of fields"),
    "line-number-too-large": Text("een getal van hoogstens 4.300 cijfers", "a number of at most 4,300 digits"),
    "line-number-not-finite": Text("een gewoon getal, bv. 12", "an ordinary number, e.g. 12"),
    "line-not-object": Text("één JSON-object", "one JSON object"),
    "unknown-field": Text("geen veld met die naam", "no such field"),
    "field-name-not-text": Text("de naam van een veld, als tekst", "a field's name, as a text"),
    "text-not-utf8": Text("tekst in UTF-8", "text in UTF-8"),
    "not-a-choice": Text("{choices}", "{choices}"),  # "weet niet" (unknown) is always an answer
    "not-yes-no": Text("ja, nee of weet niet", "yes, no or unknown (ja, nee, weet niet)"),
    "not-a-whole-number": Text("een geheel getal", "a whole number"),
    "not-text": Text("tekst", "text"),
    "not-a-list": Text("een lijst", "a list"),
    "not-a-group": Text("een groep van velden", "a mapping of fields"),
    "not-a-group-item": Text("een groep van velden", "a mapping of fields"),
    "missing-colon": Text("'{key}: {value}'", "'{key}: {value}'"),
    "no-space-after-colon": Text("'{key}: {value}'", "'{key}: {value}'"),
    "text-after-comma": Text("een tekst met een komma tussen aanhalingstekens", "a text with a comma in quotes"),
    "missing-field": Text("een waarde", "a value"),
    "too-small": Text("een getal van minstens {limit}", "a number of at least {limit}"),
    "too-large": Text("een getal van hoogstens {limit}", "a number of at most {limit}"),
    "too-many": Text("hoogstens {limit}", "at most {limit} items or characters"),
    "text-too-long": Text("hoogstens {limit} tekens", "at most {limit} characters"),
    "empty-text": Text("minstens 1 teken", "at least 1 character"),
    "role-not-a-name": Text("een naam, 'niemand' of 'weet niet'", "a name, 'nobody' or 'unknown'"),
    "role-misspelt-word": Text("een naam, 'niemand' of 'weet niet'", "a name, 'nobody' or 'unknown'"),
    "brings-not-an-answer": Text(
        "wat de partner meebrengt, 'niets' of 'weet niet'", "what the partner brings, 'nothing' or 'unknown'"
    ),
    "control-character": Text(
        "een tekst zonder stuurtekens (tab en nieuwe regel mogen)",
        "a text without control characters (tabs and line breaks are fine)",
    ),
    "partner-name-line-break": Text(
        "de naam van één organisatie, op één regel", "one organisation's name, on one line"
    ),
    "partner-not-a-name": Text("de naam van de organisatie", "the organisation's name"),
    "partner-not-sure": Text(
        "de naam van een organisatie die partner is", "the name of an organisation that is a partner"
    ),
    "partner-named-twice": Text("elke partner één keer", "each partner once"),
    "partner-count-below-list": Text(
        "minstens {listed} (de partners in de lijst), of laat het weg",
        "at least {listed} (the partners listed), or leave it out",
    ),
    "answered-and-not-known": Text("een antwoord of 'weet niet', niet beide", "an answer or unknown, not both"),
    "not-a-case": Text("een groep van velden", "a mapping of fields"),
}
"""What was expected instead, per case problem code (``CaseProblem.expected``); none for the file's problems."""

JSON_PROBLEMS: dict[str, Text] = {
    "Expecting value": Text("hier hoort een waarde", "a value belongs here"),
    "Expecting ',' delimiter": Text("hier hoort een komma (of het einde)", "a comma (or the end) belongs here"),
    "Expecting ':' delimiter": Text("hier hoort een dubbelpunt", "a colon belongs here"),
    "Expecting property name enclosed in double quotes": Text(
        "hier hoort een veldnaam tussen dubbele aanhalingstekens", "a field name in double quotes belongs here"
    ),
    "Extra data": Text("na het object staat nog iets", "something follows the object"),
    "Invalid control character at": Text(
        "een tab of regeleinde binnen een tekst (schrijf \\t of \\n)",
        "a tab or line end inside a text (write \\t or \\n)",
    ),
    "Unterminated string starting at": Text("een tekst die niet gesloten wordt", "a text that is not closed"),
    "Invalid \\escape": Text("een ongeldige \\ in een tekst", "an invalid \\ in a text"),
    "Invalid \\uXXXX escape": Text("een ongeldige \\u in een tekst", "an invalid \\u in a text"),
    "Unexpected UTF-8 BOM": Text("een byte-order mark midden in het bestand", "a byte-order mark inside the file"),
    "Illegal trailing comma": Text("een komma vóór het einde", "a comma before the end"),
}
"""What Python's JSON reader says is wrong (the start of its message), in words; see :func:`json_problem`."""


JSON_LEADING_ZERO = Text(
    "een getal begint in JSON niet met een 0: schrijf {number}", "a JSON number does not start with 0: write {number}"
)
"""What a leading zero (``010``) is, where Python's JSON reader says only that a comma belongs after the 0."""


def json_problem(message: str) -> Text:
    """What Python's JSON reader says in ``message``, in Dutch and English (as it says it when it says
    something this catalogue does not know)."""
    for start, words in JSON_PROBLEMS.items():
        if message.startswith(start):
            return words
    return Text(message, message)


CASE_ITEM_HINT = Text("schrijf het als '- {example}: {value}'", "write it as '- {example}: {value}'")
"""The hint for a list item given as a text where a group of fields belongs ("- Gemeente Mol" for a partner)."""

CASE_HINTS: dict[str, Text] = {
    "field-name-not-text": Text(
        "geef elk veld bij zijn naam, bv. 'governance' of 'trust' (`netadvisor explain --facts` geeft ze alle)",
        "give each field by its name, e.g. 'governance' or 'trust' (`netadvisor explain --facts` gives them all)",
    ),
    "text-not-utf8": Text(
        "geef de tekst als str, of lees de bytes met hun eigen codering (bv. bytes.decode('latin-1'))",
        "give the text as a str, or read the bytes in their own encoding (e.g. bytes.decode('latin-1'))",
    ),
    "unknown-field": Text(
        (
            "alle velden, hun vraag en hun mogelijke antwoorden geeft `netadvisor explain --facts` (in de map van "
            "netadvisor ook rules/FEITEN.md)"
        ),
        (
            "`netadvisor explain --facts` gives every field, its question and its possible answers (in netadvisor's "
            "folder, so does rules/FEITEN.md)"
        ),
    ),
    "not-a-choice": Text(
        "schrijf een van de mogelijke antwoorden, in het Nederlands of het Engels",
        "write one of the possible answers, in Dutch or in English",
    ),
    "not-yes-no": Text("schrijf ja, nee of weet niet", "write yes, no or unknown (ja, nee, weet niet)"),
    "not-a-whole-number": Text(
        "schrijf het getal met cijfers, bv. 12, of 'weet niet'",
        "write the number in digits, e.g. 12, or 'unknown'",
    ),
    # (each says what belongs there before how a case file writes it: a tool builder's form, giving a mapping,
    # read "put each item on a line of its own" as advice for itself)
    "not-text": Text(
        'geef een tekst; in een casusbestand tussen aanhalingstekens, bv. "{example}"',
        'give a text; in a case file, in quotes, e.g. "{example}"',
    ),
    "not-a-list": Text(
        "geef een lijst; in een casusbestand elk element op een eigen regel die begint met '- ', onder '{field}:'",
        "give a list; in a case file, each item on a line of its own that starts with '- ', under '{field}:'",
    ),
    "not-a-group": Text(
        "geef velden ('{example}' en de andere); in een casusbestand ingesprongen onder '{field}:', elk op een eigen "
        "regel (bv. '  {example}: ...')",
        "give fields ('{example}' and the others); in a case file, indented under '{field}:', each on a line of its "
        "own (e.g. '  {example}: ...')",
    ),
    "not-a-group-item": Text(
        "geef elk item als velden ('{example}' en de andere); in een casusbestand als '- {example}: ...', de andere "
        "velden ingesprongen eronder",
        "give each item as fields ('{example}' and the others); in a case file, as '- {example}: ...', its other "
        "fields indented below it",
    ),
    "missing-colon": Text(
        "schrijf een ':' en een spatie na '{key}': '{key}: {value}', ingesprongen onder '{field}:'",
        "write a ':' and a space after '{key}': '{key}: {value}', indented under '{field}:'",
    ),
    "no-space-after-colon": Text(
        "schrijf een spatie na de ':': '{key}: {value}'", "write a space after the ':': '{key}: {value}'"
    ),
    "text-after-comma": Text(
        'zet de hele tekst tussen aanhalingstekens: {previous}: "{whole}"',
        'put the whole text in quotes: {previous}: "{whole}"',
    ),
    "missing-field": Text("voeg '{field}:' toe", "add '{field}:'"),
    "too-small": Text("schrijf een getal van minstens {limit}", "write a number of at least {limit}"),
    "too-large": Text("schrijf een getal van hoogstens {limit}", "write a number of at most {limit}"),
    "too-many": Text("hoogstens {limit}", "at most {limit}"),
    "text-too-long": Text("kort de tekst in tot {limit} tekens", "shorten the text to {limit} characters"),
    "empty-text": Text("schrijf een naam, of laat het veld weg", "write a name, or leave the field out"),
    "role-not-a-name": Text(
        "neemt niemand deze rol op, schrijf dan 'niemand'; weet je het niet, schrijf 'weet niet'",
        "if nobody holds this role, write 'nobody'; if you do not know, write 'unknown'",
    ),
    "role-misspelt-word": Text(
        "schrijf '{meant}'; is het toch een naam, schrijf hem dan met een hoofdletter",
        "write '{meant}'; if it is a name after all, write it with a capital",
    ),
    "brings-not-an-answer": Text(
        "schrijf wat de partner meebrengt; brengt ze niets mee, schrijf 'niets'; weet je het niet, schrijf 'weet niet'",
        "write what the partner brings; if it brings nothing, write 'nothing'; if you do not know, write 'unknown'",
    ),
    "control-character": Text(
        "typ de tekst opnieuw, of haal het teken weg: het kwam wellicht mee bij het kopiëren",
        "type the text again, or take the character out: it probably came along when it was copied",
    ),
    "partner-not-a-name": Text(
        "kent niemand de naam, laat de partner dan weg en geef het aantal organisaties "
        "(governance.partner_count): dan weet netadvisor dat de lijst niet volledig is",
        "if nobody knows the name, leave the partner out and give the number of organisations "
        "(governance.partner_count): netadvisor then knows the list is incomplete",
    ),
    "partner-name-line-break": Text(
        "zet elke partner apart in de lijst, elk met zijn eigen 'name:'",
        "list each partner apart, each with its own 'name:'",
    ),
    "partner-not-sure": Text(
        "schrijf de naam van de partner, of laat de partner weg als dat nog niet zeker is",
        "write the partner's name, or leave the partner out while that is not sure",
    ),
    "partner-named-twice": Text(
        "laat een van de twee weg, of geef ze namen die ze uit elkaar houden",
        "leave one of the two out, or give them names that tell them apart",
    ),
    "partner-count-below-list": Text(
        "tel de partners in de lijst mee, of laat het aantal weg: dan telt netadvisor de lijst",
        "count the partners in the list too, or leave the number out: netadvisor then counts the list",
    ),
    "answered-and-not-known": Text(
        "laat het antwoord weg als het nog uit te zoeken is, of haal het uit not_known als het gekend is",
        "leave the answer out if it is still to be found out, or take it out of not_known if it is known",
    ),
    "not-a-case": Text(
        "geef de velden van de casus, bv. {{'governance': {{'partner_count': 5}}}} (alle velden: `netadvisor "
        "explain --facts`)",
        "give the fields of the case, e.g. {{'governance': {{'partner_count': 5}}}} (every field: `netadvisor "
        "explain --facts`)",
    ),
    "file-missing": Text(
        "controleer het pad, vanuit de map waar je het commando typt",
        "check the path, from the folder where you type the command",
    ),
    "case-file-empty": Text(
        "schrijf minstens één antwoord, bv. 'title: Kinderopvang in de regio'; of beantwoord de vragen met `netadvisor "
        "consult` zonder bestand: dat bewaart ze als casusbestand",
        "write at least one answer, e.g. 'title: Childcare in the region'; or answer the questions with `netadvisor "
        "consult` without a file: it saves them as a case file",
    ),
    "unreadable": Text(
        "controleer of het een gewoon bestand is dat je mag lezen",
        "check that it is a regular file you may read",
    ),
    "invalid": Text(
        "wat dit veld kan zijn, zegt `netadvisor explain --facts`", "`netadvisor explain --facts` says what it can be"
    ),
    "line-too-long": Text(
        "één regel is één casus, zo groot als een casusbestand mag zijn",
        "one line is one case, as large as a case file may be",
    ),
    "line-not-utf8": Text("bewaar het bestand als UTF-8", "save the file as UTF-8"),
    "line-not-json": Text(
        "schrijf elke casus als één JSON-object op één regel", "write each case as one JSON object on one line"
    ),
    "line-too-deep": Text(
        "een casus heeft hoogstens enkele niveaus van velden", "a case has at most a few levels of fields"
    ),
    "line-number-too-large": Text(
        "een getal in een casus telt hoogstens enkele cijfers: kijk de regel na",
        "a number in a case has a few digits at most: check the line",
    ),
    "line-number-not-finite": Text(
        'schrijf het getal met cijfers, bv. 12, of "weet niet" als het onbekend is',
        'write the number in digits, e.g. 12, or "weet niet" when it is unknown',
    ),
    "line-not-object": Text(
        'schrijf elke casus als één JSON-object op één regel, bv. {{"governance": {{"partner_count": 5}}}}',
        'write each case as one JSON object on one line, e.g. {{"governance": {{"partner_count": 5}}}}',
    ),
}
"""What to do about each case problem (a more specific hint, such as "bedoelde je …?", comes first)."""

NOT_WITH_RENAMED_HINT = Text(
    "werd die regel hernoemd? Het id {duplicate} staat nu twee keer ({where}): geef die regel zijn eigen id terug, "
    "of pas 'not_with:' aan",
    "was that rule renamed? The id {duplicate} now stands twice ({where}): give that rule back its own id, or change "
    "'not_with:'",
)
"""The hint of ``not-with-unknown-rule`` while another rule's id is written twice: the rule it names was probably
renamed to that id (a rule-editing trial renamed GOAL-contributions to GOAL-consensus and was first told, of a rule
naming the old id, "bedoelde je 'GOAL-consensus'?")."""


NOT_A_CASE_FILE_HINT = Text(
    "begin het bestand met de velden van de casus, bv. 'challenge:' (alle velden: `netadvisor explain --facts`)",
    "start the file with the fields of the case, e.g. 'challenge:' (every field: `netadvisor explain --facts`)",
)
"""The hint of ``not-a-case`` for a case file (its general hint speaks of a mapping given in code)."""

NOT_READ_ON_HINT = Text(
    "de rest van het bestand is nog niet nagekeken: dat gebeurt pas als dit hersteld is",
    "the rest of the file is not checked yet: it is once this is fixed",
)
"""Added to the hint of a problem that stops the reading of a case file (a wrong indentation): other mistakes may
follow it, told only in the next run (a policy officer fixed the one told and was then told of another)."""

FIELD_PLACE_WORDS: dict[str, Text] = {
    "each-partner": Text("bij elke partner onder '{group}:'", "with each partner under '{group}:'"),
    "under": Text("onder '{group}:'", "under '{group}:'"),
    "top": Text("bovenaan de casus", "at the top of the case"),
    "belongs": Text("'{name}' hoort {where} ({path})", "'{name}' belongs {where} ({path})"),
    "meant": Text(
        "bedoelde je '{field}'? Dat staat {where} ({path})", "did you mean '{field}'? It stands {where} ({path})"
    ),
    "group-meant": Text(
        "bedoelde je '{field}'? Zo heet de groep '{title}' in een casus (de namen van de velden zijn Engels); ze "
        "staat {where} ({path})",
        "did you mean '{field}'? That is the name of the group '{title}' in a case (the names of the fields are "
        "English); it stands {where} ({path})",
    ),
    "fields-here": Text("de velden hier zijn: {fields}", "the fields here are: {fields}"),
    # (a form keyed by the questions' paths sent {"governance.trust": "high"}, and was told "did you mean
    # 'governance'?": a tool builder)
    "dotted-path": Text(
        "'{name}' is het pad van een feit; een casus schrijft het genest, elk deel onder het vorige: {nested}",
        "'{name}' is a fact's path; a case writes it nested, each part under the one before: {nested}",
    ),
}
"""The hint for an unknown field of a case: where a field of that name belongs, or which fields there are."""


def case_text(code: str, params: dict[str, Any]) -> tuple[Text, Text | None, Text]:
    """A case problem's message, expectation and hint, per language; codes the YAML reader gives use
    :data:`MESSAGES` and :data:`HINTS`."""
    if code in CASE_MESSAGES:
        expected = fill(CASE_EXPECTED[code], params) if code in CASE_EXPECTED else None
        return fill(CASE_MESSAGES[code], params), expected, fill(CASE_HINTS[code], params)
    return message(code, params), None, hint(code, params)


def choices_in_words(values: Iterable[Any]) -> Text:
    """The answers a choice takes, as a person reads them: Dutch labels ("laag, gemiddeld of hoog"), in English the
    codes ("low, moderate or high"); "weet niet" always."""
    values = list(values)
    nl = [value_text(value).nl for value in values]
    en = [str(value) for value in values]
    return Text(", ".join(nl) + " of weet niet", ", ".join(en) + " or unknown")


# --------------------------------------------------------------------------- the analysis of a rule base

_ACCEPT = Text(
    (
        "of aanvaard het bewust, met de reden, bij de regel:\n"
        "        accept:\n"
        '          {code}: {{nl: "waarom dit zo mag", en: "why this is fine"}}'
    ),
    (
        "or accept it deliberately, with the reason, in the rule:\n"
        "        accept:\n"
        '          {code}: {{nl: "waarom dit zo mag", en: "why this is fine"}}'
    ),
)

_WRITE_EXAMPLES = Text(
    "schrijf onder 'examples:' een casus waarop de regel vuurt ('fires') en een nabije casus waarop niet ('silent'), "
    "zoals 'Een regel toevoegen, met voorbeelden' in rules/README.md toont; `netadvisor test` test de regel ermee",
    "write under 'examples:' a case on which the rule fires ('fires') and a nearby case on which it does not "
    "('silent'), as 'Een regel toevoegen, met voorbeelden' in rules/README.md shows; `netadvisor test` tests the "
    "rule with them",
)

ANALYSIS_REMEDIES: dict[str, Text] = {
    "no-examples": _WRITE_EXAMPLES,
    "unsatisfiable": Text(
        "pas een van deze voorwaarden aan zodat ze samen kunnen gelden, of verwijder de regel; " + _ACCEPT.nl,
        "change one of these conditions so that they can hold together, or remove the rule; " + _ACCEPT.en,
    ),
    "dead-rule": Text(
        "laat een regel het besluit afleiden met de waarde die deze regel vraagt, of pas de voorwaarde op het "
        "besluit aan; " + _ACCEPT.nl,
        "let a rule derive the conclusion with the value this rule asks for, or change the condition on it; "
        + _ACCEPT.en,
    ),
    "conflict": Text(
        "geef de regel die moet winnen een hogere prioriteit ('priority: 1' onder zijn id; zonder is het 0), of "
        "voeg een voorwaarde toe die de twee gevallen scheidt; " + _ACCEPT.nl,
        "give the rule that must win a higher priority ('priority: 1' under its id; 0 without), or add a condition "
        "that separates the two cases; " + _ACCEPT.en,
    ),
    "subsumed": Text(
        "verwijder de smallere regel (de eerste), of laat ze elk iets anders zeggen; " + _ACCEPT.nl,
        "remove the narrower rule (the first), or let each say something else; " + _ACCEPT.en,
    ),
    "gap": Text(
        (
            "voeg een regel toe die het besluit voor deze feiten bepaalt, met voorbeelden (zie 'Een regel toevoegen' in "
            "rules/README.md)"
        ),
        (
            "add a rule that decides the conclusion for these facts, with examples (see 'Een regel toevoegen' in "
            "rules/README.md)"
        ),
    ),
    "undetermined": Text(
        "geen actie nodig: de open vragen van het advies helpen verder",
        "nothing to do: the open questions of the advice help on",
    ),
    "cycle": Text(
        "maak de kring open: een besluit mag niet (via andere besluiten) van zichzelf afhangen",
        "break the cycle: a conclusion must not depend on itself (through other conclusions)",
    ),
    # (a scenario counts only in a run that reads the scenarios' results: a policy officer added one, as this
    # said, and the finding stayed)
    # (a rule with no example under fires: a policy officer's new rule was offered to accept it, or to read scenario
    # results after make docs; `netadvisor test` fails it whatever a scenario does)
    "unexercised": _WRITE_EXAMPLES,
    "unexercised-examples-fail": Text(
        "`netadvisor test` zegt waarom ze niet meer vuren; pas de regel of de voorbeelden aan tot er weer een de "
        "regel laat vuren (aanvaarden verbergt dat de voorbeelden niet meer kloppen)",
        "`netadvisor test` says why they no longer fire; change the rule or the examples until one makes it fire "
        "again (accepting would hide that the examples no longer hold)",
    ),
    "contradiction": Text(
        "maak de voorwaarden van de twee regels uitsluitend (bv. 'at_least: 2' bij de ene en 'less_than: 2' bij de "
        "andere); " + _ACCEPT.nl,
        "make the two rules' conditions exclusive (e.g. 'at_least: 2' in one and 'less_than: 2' in the other); "
        + _ACCEPT.en,
    ),
    "not-tabulated": Text(
        "geen actie nodig; minder feiten per besluit maakt het weer uitrekenbaar",
        "nothing to do; fewer facts per conclusion make it computable again",
    ),
    "not-analysed": Text(
        "geen actie nodig: een grens van de analyse, geen fout in de regels",
        "nothing to do: a limit of the analysis, not a mistake in the rules",
    ),
    "unused-fact": Text(
        "geen actie nodig; een regel die zo'n feit gebruikt, laat het advies ernaar vragen",
        "nothing to do; a rule that uses such a fact makes the advice ask for it",
    ),
    "stale-explanation": Text(
        "pas de uitleg aan de waarde aan (`netadvisor explain` toont die uitleg)",
        "bring the explanation in line with the value (`netadvisor explain` shows it)",
    ),
    "placeholder-fact-untested": Text(
        "toets het feit onder 'when' (bv. {{fact: …, known: true}}), zodat het een waarde heeft waar de regel vuurt; "
        "of aanvaard de bevinding onder 'accept:' met waarom 'onbekend' daar bedoeld is",
        "test the fact under 'when' (e.g. {{fact: …, known: true}}), so that it has a value where the rule fires; or "
        "accept the finding under 'accept:' with why 'onbekend' is meant there",
    ),
}
"""What to do about each finding of ``check --analyse`` (``{code}`` is the finding's code, for ``accept:``)."""


ANALYSIS_WORDS: dict[str, Text] = {
    "rule-base": Text("(regelbasis)", "(rule base)"),
    "example-head": Text(
        "voorbeeld, als casusbestand (bewaar het als casus.yaml en probeer `netadvisor advise casus.yaml`):",
        "example, as a case file (save it as case.yaml and try `netadvisor advise case.yaml`):",
    ),
    "accepted": Text("aanvaard", "accepted"),
    "what-to-do": Text("wat nu", "what to do"),
    "line": Text("regel", "line"),
}
"""The words around a finding of ``check --analyse`` and a condition it names (its policy value, its line)."""

ANALYSIS_MESSAGES: dict[str, Text] = {
    "no-examples-fires": Text("{rule} heeft geen voorbeeld onder fires", "{rule} has no example under fires"),
    "no-examples-silent": Text("{rule} heeft geen voorbeeld onder silent", "{rule} has no example under silent"),
    "no-examples-both": Text("{rule} heeft geen voorbeelden", "{rule} has no examples"),
    "unsatisfiable": Text(
        "de voorwaarden van {rule} kunnen nooit samen gelden: {conditions}",
        "the conditions of {rule} can never all hold: {conditions}",
    ),
    "dead-rule": Text(
        "{rule} kan nooit vuren: het besluit dat hij nodig heeft ({needed}) wordt nooit afgeleid met een passende "
        "waarde, of enkel onder voorwaarden die de zijne uitsluiten",
        "{rule} can never fire: the conclusion it needs ({needed}) is never derived with a fitting value, or only "
        "under conditions that exclude its own",
    ),
    "not-analysed-support": Text(
        "niet geanalyseerd: te veel combinaties voor {name} = {value} ({count} regels steunen het, minstens {minimum} "
        "nodig; meer dan {budget} stappen). De analyse neemt aan dat het kan gelden waar één van die regels geldt, en "
        "gaat verder",
        "not analysed: too many combinations for {name} = {value} ({count} rules support it, at least {minimum} "
        "needed; more than {budget} steps). The analysis assumes it can hold wherever one of those rules holds, and "
        "goes on",
    ),
    "not-tabulated": Text(
        "voor {name} kan niet uitgerekend worden wat onbekende feiten nog kunnen veranderen (te veel combinaties van "
        "feiten, of het hangt van zichzelf af): het advies noemt dan elke waarde mogelijk",
        "for {name} what unknown facts could still change cannot be worked out (too many combinations of facts, or it "
        "depends on itself): the advice then calls every value possible",
    ),
    "conflict": Text(
        "{first} besluit {first_name} = {first_value} en {second} besluit {second_name} = {second_value}, op dezelfde "
        "casus en met dezelfde prioriteit ({priority}): {first} als {first_conditions}; {second} als "
        "{second_conditions}",
        "{first} concludes {first_name} = {first_value} and {second} concludes {second_name} = {second_value}, on the "
        "same case and with the same priority ({priority}): {first} when {first_conditions}; {second} when "
        "{second_conditions}",
    ),
    "contradiction": Text(
        "{first} en {second} mogen niet samen in één advies staan, maar kunnen allebei vuren op deze casus",
        "{first} and {second} must not stand together in one advice, but can both fire on this case",
    ),
    "subsumed": Text(
        "{narrower} vuurt enkel waar {wider} al vuurt, en zegt hetzelfde",
        "{narrower} fires only where {wider} already fires, and says the same",
    ),
    "cycle": Text("afleidingen in een kring: {chain}", "derivations in a cycle: {chain}"),
    "not-analysed-gaps": Text(
        "niet geanalyseerd: te veel combinaties om hiaten voor {name} na te gaan ({size}; de grens is {budget}); de "
        "analyse gaat verder",
        "not analysed: too many combinations to check {name} for gaps ({size}; the budget is {budget}); the analysis "
        "goes on",
    ),
    "gap": Text("geen regel bepaalt {name} als {combination}", "no rule decides {name} when {combination}"),
    "undetermined": Text(
        "{name} blijft bewust onbeslist in {count} combinaties van gekende feiten (een regel meldt het, of de steun "
        "volstaat niet); de open vragen helpen verder",
        "{name} is deliberately left open in {count} combinations of known facts (a rule says so, or the support is "
        "not enough); the open questions help on",
    ),
    "unexercised": Text(
        "geen voorbeeld in de regels laat {rule} vuren{scenarios}",
        "no example in the rules makes {rule} fire{scenarios}",
    ),
    # the rule has examples that should make it fire: an edit broke them, and accepting the finding would hide that
    "unexercised-examples-fail": Text(
        "de voorbeelden van {rule} onder fires laten de regel niet meer vuren{scenarios}",
        "the examples of {rule} under fires no longer make it fire{scenarios}",
    ),
    # whether a scenario makes it fire is known only from a living-documentation run (--scenario-results): a
    # policy officer was told "geen scenario doet het" of rules that scenarios still made fire
    "no-scenario-either": Text(", en geen scenario in features/ doet het", ", and no scenario in features/ does"),
    "scenarios-not-read": Text(
        " (de scenario's in features/ zijn niet meegeteld: zie --scenario-results)",
        " (the scenarios in features/ were not counted: see --scenario-results)",
    ),
    "unused-fact": Text(
        "{count} feiten van het model gebruikt geen enkele regel; het advies vraagt er dus nooit naar: {listed}{more}",
        "{count} facts of the model are used by no rule; the advice therefore never asks them: {listed}{more}",
    ),
    "unused-fact-more": Text(" en nog {count}", " and {count} more"),
    "placeholder-fact-untested": Text(
        "de boodschap noemt {facts}, maar de regel toetst niet of dat gekend is: vuurt ze terwijl het onbekend is, "
        "dan staat er 'onbekend' in het advies",
        "the message names {facts}, but the rule does not test whether it is known: where it fires while it is "
        "unknown, the advice says 'unknown'",
    ),
    "placeholder-facts-untested": Text(
        "de boodschap noemt {facts}, maar de regel toetst van geen ervan of het gekend is: vuurt ze terwijl een ervan "
        "onbekend is, dan staat er 'onbekend' in het advies",
        "the message names {facts}, but the rule tests of none of them whether it is known: where it fires while "
        "one is unknown, the advice says 'unknown'",
    ),
    "stale-explanation": Text(
        "de uitleg ({lang}) van de beleidswaarde {policy} noemt {stated}, maar niet haar waarde {value}",
        "the explanation ({lang}) of the policy value {policy} states {stated}, but not its value {value}",
    ),
    "also": Text("{message} [ook: {places}]", "{message} [also: {places}]"),
}
"""What ``check --analyse`` found, per kind of finding (the code, or the code and which budget), and ``also``: the
other rules a finding involves, each with where it stands."""

ANALYSIS_ACCEPTED: dict[str, Text] = {
    "undetermined": Text("bewust zo ontworpen", "by design"),
    "not-analysed": Text(
        "een grens van de analyse, geen fout in de regels", "a limit of the analysis, not a mistake in the rules"
    ),
    "unused-fact": Text("ter informatie", "for information"),
}
"""Why a finding of these codes is accepted whatever the rules say: it reports, it does not find a mistake."""


# --------------------------------------------------------------------------- netadvisor diff

DIFF_WORDS: dict[str, Text] = {
    "title": Text("Wat verandert er van {old} naar {new}", "What changes from {old} to {new}"),
    "rules": Text("Regels", "Rules"),
    "no-rules": Text("geen regel veranderd", "no rule changed"),
    "added": Text("nieuw", "new"),
    "removed": Text("verwijderd", "removed"),
    "changed": Text("gewijzigd: {aspects}", "changed: {aspects}"),
    "policies": Text("Beleidswaarden", "Policy values"),
    "policy": Text("{name}: {old} → {new} (gebruikt door {rules})", "{name}: {old} → {new} (used by {rules})"),
    "threshold-of": Text("de drempel van de {conclusion}", "the threshold of the {conclusion}"),
    "policy-unused": Text("{name}: {old} → {new}", "{name}: {old} → {new}"),
    "none": Text("(geen)", "(none)"),
    # every combination, where the cases are a sample (a policy officer's edit changed the governance mode of some
    # combinations none of the cases compared had, and the report said no case's mode changed)
    "tables": Text(
        "Elke combinatie van wat de regels lezen (alle feiten gekend)",
        "Every combination of what the rules read (every fact known)",
    ),
    "table-changed": Text(
        "{conclusion}: {changed} van de {combinations} combinaties komen anders uit",
        "{conclusion}: {changed} of the {combinations} combinations come out otherwise",
    ),
    "table-transition": Text("{count}× {before} → {after}, bv. {given}", "{count}× {before} → {after}, e.g. {given}"),
    # (what they share, or "aantal organisaties hoogstens 6" of one read as if the larger networks were not touched)
    "table-transition-common": Text(
        "{count}× {before} → {after}, telkens met {common}; bv. {given}",
        "{count}× {before} → {after}, each with {common}; e.g. {given}",
    ),
    "table-transition-one": Text("{before} → {after}: {given}", "{before} → {after}: {given}"),
    "table-combination": Text("{given}: {before} → {after}", "{given}: {before} → {after}"),
    "table-all": Text("(elke combinatie: --all)", "(every combination: --all)"),
    "table-conflict": Text(
        "geen waarde: de regels spreken elkaar tegen ({values})", "no value: the rules contradict each other ({values})"
    ),
    "tables-same": Text(
        "{conclusions}: elke combinatie komt uit zoals voordien",
        "{conclusions}: every combination comes out as before",
    ),
    "corpus": Text(
        "Casussen: {total} vergeleken ({parts}); {changed} veranderen.",
        "Cases: {total} compared ({parts}); {changed} change.",
    ),
    # ("272 veranderen" of which 225 asked their first questions in another order: repeated to colleagues, alarming)
    "corpus-questions-only": Text(
        "Casussen: {total} vergeleken ({parts}); {changed} veranderen, waarvan {questions} enkel in hun eerste vragen.",
        "Cases: {total} compared ({parts}); {changed} change, {questions} of them only in their first questions.",
    ),
    "corpus-example": Text("{count} voorbeeldcasussen", "{count} example cases"),
    "corpus-scenario": Text("{count} uit scenario's", "{count} from scenarios"),
    "corpus-rule-example": Text("{count} voorbeelden van regels", "{count} rule examples"),
    "corpus-own": Text("{count} eigen", "{count} of your own"),
    "corpus-generated": Text(
        "{count} gegenereerd rond de gewijzigde feiten (uit {possible} mogelijke, seed {seed})",
        "{count} generated around the changed facts (out of {possible} possible, seed {seed})",
    ),
    "skipped": Text("Niet vergeleken: {what}", "Not compared: {what}"),
    "no-changes": Text("Geen enkele casus krijgt een ander advies.", "No case gets different advice."),
    "by": Text("Door {rules} ({count} casussen)", "Through {rules} ({count} cases)"),
    "by-one": Text("Door {rules} (1 casus)", "Through {rules} (1 case)"),
    # (no edited rule fires otherwise there: "Onrechtstreeks" left a policy officer asking how, of a change her
    # threshold made)
    "otherwise": Text(
        "Zonder dat een gewijzigde regel er anders vuurt ({count} casussen): via een besluit of beleidswaarde",
        "Without an edited rule firing otherwise there ({count} cases): through a conclusion or policy value",
    ),
    "otherwise-one": Text(
        "Zonder dat een gewijzigde regel er anders vuurt (1 casus): via een besluit of beleidswaarde",
        "Without an edited rule firing otherwise there (1 case): through a conclusion or policy value",
    ),
    "otherwise-questions": Text(
        "Zonder dat een gewijzigde regel er anders vuurt ({count} casussen): enkel de vragen, die een gewijzigde of "
        "nieuwe regel nu afwacht",
        "Without an edited rule firing otherwise there ({count} cases): only the questions, which an edited or new "
        "rule now waits for",
    ),
    "otherwise-questions-one": Text(
        "Zonder dat een gewijzigde regel er anders vuurt (1 casus): enkel de vragen, die een gewijzigde of nieuwe "
        "regel nu afwacht",
        "Without an edited rule firing otherwise there (1 case): only the questions, which an edited or new rule "
        "now waits for",
    ),
    "started-firing": Text("{rules} vuurt nu", "{rules} fires now"),
    "stopped-firing": Text("{rules} vuurt niet meer", "{rules} no longer fires"),
    "started-firing-many": Text("{rules} vuren nu", "{rules} fire now"),
    "stopped-firing-many": Text("{rules} vuren niet meer", "{rules} no longer fire"),
    "message-before": Text("voor: {text}", "before: {text}"),
    "message-after": Text("nu: {text}", "now: {text}"),
    "message-only-nl": Text(
        "de Nederlandse boodschap veranderde, de Engelse niet: zegt die nog hetzelfde?",
        "the Dutch message changed, the English one did not: does it still say the same?",
    ),
    "message-only-en": Text(
        "de Engelse boodschap veranderde, de Nederlandse niet: zegt die nog hetzelfde?",
        "the English message changed, the Dutch one did not: does it still say the same?",
    ),
    "sentences-differ": Text("verschil: {parts}", "difference: {parts}"),
    "words-replaced": Text('"{was}" → "{now}"', '"{was}" → "{now}"'),
    "words-removed": Text('"{was}" valt weg', '"{was}" is left out'),
    "words-added": Text('"{now}" komt erbij', '"{now}" is added'),
    "words-more": Text("en nog {count} andere", "and {count} more"),
    "current-name": Text("{name} van nu", "{name} as it is now"),
    "current-fits": Text("past bij het besluit", "fits the conclusion"),
    "current-differs": Text("wijkt af van het besluit", "differs from the conclusion"),
    "current-supported": Text("krijgt steun", "has support"),
    "current-outsupported": Text("krijgt minder steun dan een andere vorm", "has less support than another mode"),
    "current-unsupported": Text("krijgt geen steun", "has no support"),
    # no judgement: the case gives no mode of now, or there is nothing to hold it against
    "current-none": Text("niet te beoordelen", "cannot be judged"),
    "case-cut": Text("… (heel de casus: --format json)", "… (the whole case: --format json)"),
    "conclusion": Text("{name}: {before} → {after}", "{name}: {before} → {after}"),
    "finding-added": Text("bevinding {rule} komt erbij", "finding {rule} is added"),
    "finding-removed": Text("bevinding {rule} valt weg", "finding {rule} is gone"),
    "finding-reworded": Text("bevinding {rule} zegt het anders", "finding {rule} is worded otherwise"),
    # (the condition as the advice says it: "als dit een organisatienetwerk is", in the advice's language)
    "finding-on-condition": Text("{said}, enkel {condition}", "{said}, only {condition}"),
    "severity-changed": Text("ernst: {before} → {after}", "severity: {before} → {after}"),
    # (a policy officer lowered an advice to info and learnt only from the README's sample that its text was gone)
    "severity-to-info": Text(
        " (in het rapport nog enkel de titel, onder 'Ter informatie', zonder de boodschap)",
        " (in the report only its title, under 'For information', without the message)",
    ),
    "severity-from-info": Text(
        " (in het rapport nu met de hele boodschap, onder 'Wat te doen')",
        " (in the report now with the whole message, under 'What to do')",
    ),
    "finding-severity": Text("bevinding {rule}: {before} → {after}", "finding {rule}: {before} → {after}"),
    "conclusion-outcomes-changed": Text(
        "{conclusion}: andere mogelijke uitkomsten, of een andere uitkomst bij een antwoord",
        "{conclusion}: other possible outcomes, or another outcome on an answer",
    ),
    "conclusion-reworded": Text(
        "{conclusion}: dezelfde uitkomst, anders verwoord", "{conclusion}: the same outcome, worded otherwise"
    ),
    "doubts-changed": Text(
        "andere bevindingen zetten vraagtekens bij '{conclusion}'", "other findings put '{conclusion}' in doubt"
    ),
    "questions": Text("eerste vragen: {changes}", "first questions: {changes}"),
    # (among the first the report shows: "niet meer gevraagd" was read of a question still asked, eighth now)
    "questions-gone": Text("niet meer erbij: {facts}", "no longer among them: {facts}"),
    "questions-come": Text("nu erbij: {facts}", "now among them: {facts}"),
    "questions-order": Text("in een andere volgorde", "in another order"),
    # (each said after the cases shown with "and-then" before it; alone, without: "en 65 casussen …" with nothing
    # before it read as a line cut off to a policy officer)
    "and-then": Text("en ", "and "),
    "reworded-only": Text(
        "{count} casussen met dezelfde uitkomst in andere woorden, bv. {case} (alles: --all)",
        "{count} cases with the same outcome in other words, e.g. {case} (all: --all)",
    ),
    "reworded-only-one": Text(
        "1 casus met dezelfde uitkomst in andere woorden: {case} (alles: --all)",
        "1 case with the same outcome in other words: {case} (all: --all)",
    ),
    "questions-only": Text(
        "{count} casussen waarin alleen de eerste vragen veranderen, bv. {case}",
        "{count} cases in which only the first questions change, e.g. {case}",
    ),
    "questions-only-one": Text(
        "1 casus waarin alleen de eerste vragen veranderen: {case}",
        "1 case in which only the first questions change: {case}",
    ),
    "more": Text("en nog {count} (alles: --all)", "and {count} more (all: --all)"),
    "the-case": Text("de casus: {case}", "the case: {case}"),
    "open": Text("nog open, mogelijk: {outcomes}", "still open, possibly: {outcomes}"),
    "aspect-conditions": Text("voorwaarden", "conditions"),
    "aspect-policy": Text("beleidswaarde", "policy value"),
    "aspect-conclusion": Text("besluit", "conclusion"),
    "aspect-title": Text("titel", "title"),
    "aspect-message": Text("boodschap", "message"),
    "aspect-severity": Text("ernst", "severity"),
    "aspect-doubts": Text("vraagtekens bij een besluit (doubts)", "doubt on a conclusion (doubts)"),
    "aspect-priority": Text("prioriteit", "priority"),
    "aspect-examples": Text("voorbeelden", "examples"),
    "aspect-examples-policy": Text(
        "voorbeelden (ook als ze enkel een gewijzigde beleidswaarde volgen)",
        "examples (also when they only follow a changed policy value)",
    ),
    "aspect-other": Text("hoofdstuk, bron of citaat", "section, source or quotation"),
}
"""The words of ``netadvisor diff``."""


# --------------------------------------------------------------------------- netadvisor test

RULETEST_WORDS: dict[str, Text] = {
    # the report
    "head": Text(
        "Regels: {rules} ({count} regels, versie {version})", "Rules: {rules} ({count} rules, version {version})"
    ),
    "passed": Text("{good} van {total} in orde", "{good} of {total} pass"),
    "nothing-to-test": Text("niets te testen", "nothing to test"),
    "not-run-failures": Text("niet uitgevoerd", "not run"),
    "all-pass": Text(
        "In orde: elk voorbeeld, elke casus en elk scenario geeft wat het verwacht.",
        "OK: every example, case and scenario gives what it expects.",
    ),
    "all-pass-partly": Text(
        "In orde wat getest is. Niet getest: {kinds}.", "What was tested is OK. Not tested: {kinds}."
    ),
    "not-run": Text("niet getest: {reason}", "not tested: {reason}"),
    "example-cases-kind": Text("Voorbeeldcasussen", "Example cases"),
    "scenarios-kind": Text("Scenario's", "Scenarios"),
    "quotations-kind": Text("Citaten uit de gids", "Quotations of the guide"),
    "quotations-elsewhere": Text(
        "niet hier getest: make regeltest (in de checkout) legt ze hierna naast de gids",
        "not tested here: make regeltest (in the checkout) holds them against the guide next",
    ),
    "tested-elsewhere": Text(
        "Niet door netadvisor test: {kinds} (dat doet make regeltest hierna).",
        "Not by netadvisor test: {kinds} (make regeltest does that next).",
    ),
    "no-cases-found": Text(
        "geen map examples/ gevonden (hier, noch naast de regels); geef ze met --cases",
        "no examples/ folder found (here, nor beside the rules); give them with --cases",
    ),
    "no-features-found": Text(
        "geen map features/ gevonden (hier, noch naast de regels); geef ze met --features (en de stappen met --steps)",
        "no features/ folder found (here, nor beside the rules); give them with --features (and the steps with --steps)",
    ),
    "failures": Text(
        "Niet in orde: {count} fout(en). Pas de regel aan, of het voorbeeld, de casus of het scenario als de nieuwe "
        "uitkomst de bedoelde is.",
        "Not OK: {count} failure(s). Change the rule, or the example, case or scenario if the new outcome is the "
        "intended one.",
    ),
    "failures-remade": Text(
        # (not "de regels zelf zijn in orde": the quotations are checked after this, and a wrong one stops the
        # command named here; a rule-editing trial was sent to it first)
        "Niet in orde: {count} gemaakt(e) bestand(en) niet meer actueel. Maak ze opnieuw met `{command}`; wat hier "
        "getest is, is verder in orde (citaten die niet letterlijk in de gids staan, verbeter je eerst).",
        "Not OK: {count} generated file(s) out of date. Regenerate them with `{command}`; what is tested here is "
        "otherwise fine (a quotation not verbatim in the guide is to be put right first).",
    ),
    # why a rule fired or not
    "not-derived": Text("is nog niet afgeleid", "is not derived yet"),
    # (Dutch puts the verb last: "of dat minstens 5 is"; the operator's meaning there, its words in English)
    "within-either-side": Text(
        "{name} is {within}: of dat {meaning} {expected} is, hangt af van wat nog onbekend is",
        "{name} is {within}: whether that {words} {expected} depends on what is still unknown",
    ),
    "every-condition-holds": Text("alle voorwaarden gelden", "every condition holds"),
    "fires": Text("{rule} vuurt: {reason}", "{rule} fires: {reason}"),
    "does-not-fire": Text("{rule} vuurt niet: {reason}", "{rule} does not fire: {reason}"),
    "says": Text('{rule} zegt: "{message}"', '{rule} says: "{message}"'),
    # the rules' own examples
    "rule-examples": Text("Voorbeelden van de regels", "The rules' examples"),
    "no-example-fires": Text(
        "{rule} heeft geen voorbeeld onder fires: schrijf er een casus waarop de regel vuurt",
        "{rule} has no example under fires: add a case on which the rule fires",
    ),
    "no-example-silent": Text(
        "{rule} heeft geen voorbeeld onder silent: schrijf er een casus waarop de regel net niet vuurt",
        "{rule} has no example under silent: add a case on which the rule just does not fire",
    ),
    # (not "niet meer": a policy officer's example just written had never fired)
    "fires-no-longer": Text(
        "{rule}: voorbeeld {number} onder fires laat de regel niet vuren: {reason}",
        "{rule}: example {number} under fires does not make the rule fire: {reason}",
    ),
    "silent-fires": Text(
        "{rule}: voorbeeld {number} onder silent laat de regel toch vuren: {reason}",
        "{rule}: example {number} under silent makes the rule fire all the same: {reason}",
    ),
    # what an example case expects (its 'verwacht:' block)
    "expectation-keys": Text("onder '{block}:' horen de sleutels {keys}", "'{block}:' takes the keys {keys}"),
    "unknown-expectation-key": Text(
        "onbekende sleutel '{key}' onder {block} (toegelaten: {keys}){hint}",
        "unknown key '{key}' under {block} (allowed: {keys}){hint}",
    ),
    "conclusions-mapping": Text(
        "onder 'besluiten:' staat per besluit een waarde, bv. 'governance_mode: network_administrative_organisation'",
        "'besluiten:' takes one value per conclusion, e.g. 'governance_mode: network_administrative_organisation'",
    ),
    "unknown-conclusion": Text("onbekend besluit '{name}'{hint}", "unknown conclusion '{name}'{hint}"),
    "not-a-value": Text(
        "'{word}' is geen waarde van {name} (mogelijk: {options}, {undetermined})",
        "'{word}' is no value of {name} (possible: {options}, {undetermined})",
    ),
    "rule-list": Text(
        "onder '{key}:' staat een lijst van regel-id's, bv. [GOV-advice-nao]",
        "'{key}:' takes a list of rule ids, e.g. [GOV-advice-nao]",
    ),
    "unknown-rule": Text("onbekende regel '{rule}' onder {key}{hint}", "unknown rule '{rule}' under {key}{hint}"),
    "no-finding": Text(
        "{rule} geeft geen bevinding (de regel besluit of steunt enkel): zet hem niet onder {key}",
        "{rule} gives no finding (the rule only concludes or supports): do not list it under {key}",
    ),
    "most-lines": Text(
        "onder 'hoogstens_regels:' staat een geheel getal groter dan 0 (bv. 60: één pagina), niet '{found}'",
        "'hoogstens_regels:' takes a whole number above 0 (e.g. 60: one page), not '{found}'",
    ),
    # an example case against what it expects
    "example-cases": Text("Voorbeeldcasussen ({folder})", "Example cases ({folder})"),
    "expectations-of-cases": Text("de verwachtingen van {cases} casussen", "the expectations of {cases} cases"),
    # ("152 van 152" beside a list of H001–H151: a policy officer looked for the 152nd)
    "heuristics-counted": Text(
        "{count} heuristieken, en of de tabel actueel is", "{count} heuristics, and whether the table is current"
    ),
    "expectations-of-one-case": Text("de verwachtingen van {cases} casus", "the expectations of {cases} case"),
    "no-folder": Text("deze map bestaat niet", "this folder does not exist"),
    "invalid-case": Text("de casus is ongeldig: {problem}", "the case is invalid: {problem}"),
    "no-expectations": Text(
        "deze casus zegt niet wat ze moet geven: schrijf onder '{block}:' de besluiten en bevindingen die je verwacht "
        "(zie rules/README.md)",
        "this case does not say what it should give: write the expected conclusions and findings under '{block}:' "
        "(see rules/README.md)",
    ),
    "conclusion-differs": Text(
        "{name}: verwacht {expected}, kwam uit {actual}", "{name}: expected {expected}, came out {actual}"
    ),
    "conclusion-now": Text("{name}: {actual}", "{name}: {actual}"),
    "finding-missing": Text("bevinding {rule} ontbreekt: {reason}", "finding {rule} is missing: {reason}"),
    "finding-present": Text("bevinding {rule} is er toch: {reason}", "finding {rule} is there after all: {reason}"),
    "order": Text(
        "volgorde: verwacht {listed}, kwam uit {came}{missing}", "order: expected {listed}, came out {came}{missing}"
    ),
    "order-missing": Text(" ({rules} ontbreekt)", " ({rules} missing)"),
    "page-length": Text(
        "het rapport (netadvisor advise {file}) telt {lines} regels, verwacht hoogstens {most}: maak een boodschap "
        "korter{examples}{questions}; ook een advies dat na je wijziging anders uitvalt (een andere drempel) of een besluit "
        "dat anders verwoord wordt, maakt het rapport langer (netadvisor diff --all zegt wat er voor deze casus "
        "veranderde)",
        "the report (netadvisor advise {file}) has {lines} lines, expected at most {most}: make a message "
        "shorter{examples}{questions}; advice that comes out otherwise after your change (another threshold) or a conclusion "
        "worded otherwise also makes the report longer (netadvisor diff --all says what changed for this case)",
    ),
    "page-length-examples": Text(" (wat elke bevinding inneemt: {rules})", " (what each finding takes: {rules})"),
    # (a new rule that does not fire can still bring its question among the first seven: a rule-editing trial read
    # only findings, none of them its own, and had no way forward)
    "page-length-questions": Text(
        "; de open vragen nemen {lines} regels in, ook een vraag die een nieuwe regel bij de eerste zeven brengt "
        "(netadvisor diff --since HEAD --all noemt die)",
        "; the open questions take {lines} lines, a question a new rule brings among the first seven too (netadvisor "
        "diff --since HEAD --all names it)",
    ),
    "rule-lines": Text("{rule} {lines} regels", "{rule} {lines} lines"),
    "rule-line": Text("{rule} 1 regel", "{rule} 1 line"),
    "support": Text("steun: {values}", "support: {values}"),
    "support-value": Text("{value} {count} ({rules})", "{value} {count} ({rules})"),
    "comes-from": Text("{value} komt van {rules}", "{value} comes from {rules}"),
    "conflict": Text(
        "tegenstrijdig: {candidates} met dezelfde prioriteit", "conflict: {candidates} with the same priority"
    ),
    "minimum-support": Text(
        "een waarde wint met minstens {minimum} steun", "a value wins with at least {minimum} support"
    ),
    "minimum-support-policy": Text(
        "een waarde wint met minstens {policy} ({minimum}) steun",
        "a value wins with at least {policy} ({minimum}) support",
    ),
    "summary": Text("{conclusions}; bevindingen: {findings}", "{conclusions}; findings: {findings}"),
    "summary-conclusion": Text("{name} {value}", "{name} {value}"),
    # the table of heuristics
    "heuristics": Text("Heuristieken ({table})", "Heuristics ({table})"),
    "heuristic-twice": Text(
        "{heuristic} is een regel ({rules}) en staat ook onder accounts_for: kies één",
        "{heuristic} is a rule ({rules}) and also under accounts_for: choose one",
    ),
    "heuristic-uncovered": Text(
        "{heuristic}: geen regel dekt deze heuristiek en ze staat niet onder accounts_for; geef een regel "
        "'heuristics: [{heuristic}]' of verantwoord ze onder accounts_for",
        "{heuristic}: no rule covers this heuristic and it is not under accounts_for; give a rule "
        "'heuristics: [{heuristic}]' or account for it under accounts_for",
    ),
    "heuristics-stale": Text(
        "HEURISTIEKEN.md is niet meer actueel: maak het opnieuw met `{command}`",
        "HEURISTIEKEN.md is out of date: regenerate it with `{command}`",
    ),
    # the scenarios
    "scenarios": Text("Scenario's ({folder})", "Scenarios ({folder})"),
    "scenario-headings": Text(
        "Drempels in de koppen van de scenario's ({folder})", "Thresholds in the scenarios' headings ({folder})"
    ),
    "scenario-heading-stale": Text(
        "deze tekst noemt de beleidswaarde {policy} met {stated}, maar niet haar waarde {value}: pas de tekst aan "
        "de drempel aan (en de voorbeelden eronder, als die de drempel volgen)",
        "this text names the policy value {policy} with {stated}, but not its value {value}: bring the text in "
        "line with the threshold (and the examples under it, if they follow the threshold)",
    ),
    "no-steps": Text(
        "de stappen (tests/steps_nl.py) zijn niet gevonden: geef ze met --steps",
        "the steps (tests/steps_nl.py) were not found: give them with --steps",
    ),
    "feature-unparsable": Text(
        "dit scenariobestand is niet te lezen: {problem} ('{line}')",
        "this feature file cannot be read: {problem} ('{line}')",
    ),
    "feature-unreadable": Text("niet te lezen: {error}", "cannot be read: {error}"),
    # what the Gherkin reader says, in words a policy officer reads (it spoke English of a missing first line)
    "feature-no-language": Text(
        "de eerste regel moet '# language: nl' zijn: zonder die regel kent de lezer Functionaliteit, Scenario, "
        "Gegeven, Als, Dan en En niet",
        "the first line must be '# language: nl': without it the reader does not know Functionaliteit, Scenario, "
        "Gegeven, Als, Dan and En",
    ),
    "feature-table-cells": Text(
        "deze rij van de tabel heeft meer of minder cellen dan de eerste: elke rij begint en eindigt met | en heeft "
        "evenveel cellen",
        "this row of the table has more or fewer cells than the first: every row starts and ends with | and has as "
        "many cells",
    ),
    "feature-keyword-misspelt": Text(
        "'{written}:' is geen sleutelwoord: bedoelde je '{meant}:'? Zo leest de lezer die regel en de stappen eronder "
        "als tekst, en test hij ze niet",
        "'{written}:' is no keyword: did you mean '{meant}:'? As it is, the reader takes that line and the steps under "
        "it as text, and tests none of them",
    ),
    # (the Gherkin reader's own words were English, "Step definition outside of a Scenario or a Background", for
    # an English "And" in a Dutch scenario: a rule-editing trial)
    "feature-step-word-misspelt": Text(
        "'{written}' is geen stapwoord: bedoelde je '{meant}'? Een stap begint met Gegeven, Als, Dan, En of Maar; zo "
        "leest netadvisor deze regel niet als een stap",
        "'{written}' is no step word: did you mean '{meant}'? A step starts with Gegeven, Als, Dan, En or Maar (Given, "
        "When, Then, And, But); as it is, netadvisor does not take this line as a step",
    ),
    "feature-step-word-missing": Text(
        "'{written}' is geen stapwoord: een stap begint met Gegeven, Als, Dan, En of Maar; zo leest netadvisor deze "
        "regel niet als een stap",
        "'{written}' is no step word: a step starts with Gegeven, Als, Dan, En or Maar (Given, When, Then, And, But); "
        "as it is, netadvisor does not take this line as a step",
    ),
    "feature-keyword": Text(
        "de lezer verwacht hier iets anders: controleer het sleutelwoord en zijn dubbelpunt (Functionaliteit:, "
        "Scenario:, Abstract Scenario:, Voorbeelden:) en dat Functionaliteit bovenaan staat",
        "the reader expects something else here: check the keyword and its colon (Functionaliteit:, Scenario:, "
        "Abstract Scenario:, Voorbeelden:) and that Functionaliteit comes first",
    ),
    "feature-first-step": Text(
        "een scenario begint met 'Gegeven', 'Als' of 'Dan', maar deze stap is de eerste en begint met 'En' ('{line}'): "
        "is het sleutelwoord van de stap erboven verkeerd gespeld (bv. 'Gegeeven')?",
        "a scenario starts with 'Given', 'When' or 'Then' (Dutch: 'Gegeven', 'Als', 'Dan'), but this step is the "
        "first and starts with 'And' ('{line}'): is the keyword of the step above misspelt?",
    ),
    "files-left-out": Text(
        "zonder de scenario's van {count} bestanden met een fout hieronder",
        "without the scenarios of {count} files with a mistake below",
    ),
    "file-left-out": Text(
        "zonder de scenario's van 1 bestand met een fout hieronder",
        "without the scenarios of 1 file with a mistake below",
    ),
    "file-not-run": Text(
        "daarom zijn de scenario's van dit bestand niet uitgevoerd (die van de andere bestanden wel)",
        "so the scenarios of this file did not run (those of the other files did)",
    ),
    "none-ran": Text(
        "daarom is geen enkel scenario uitgevoerd: verbeter eerst dit bestand",
        "so no scenario ran: first correct this file",
    ),
    "scenarios-not-run": Text("de scenario's konden niet draaien: {error}", "the scenarios could not run: {error}"),
    "pytest-bdd-missing": Text(
        "pytest-bdd, dat de scenario's uitvoert, is hier niet geïnstalleerd (pip install 'netadvisor[test]')",
        "pytest-bdd, which runs the scenarios, is not installed here (pip install 'netadvisor[test]')",
    ),
    # a step that no definition matches
    # ("stap zonder definitie" is the tool's word, not the writer's: a rule-editing trial)
    "step-undefined": Text(
        "geen zin uit de lijst van rules/README.md: {step}", "no sentence of the list in rules/README.md: {step}"
    ),
    "step-other-kind": Text(
        "deze zin bestaat als {keyword}-stap: zet hem onder '{dutch_keyword}' (of een 'En' daarna)",
        "this sentence exists as a {keyword} step: put it under '{dutch_keyword}' (or an 'En' after it)",
    ),
    "step-close": Text("bedoelde je: {sentence}", "did you mean: {sentence}"),
    "step-nothing-close": Text(
        "geen bestaande stap lijkt erop; de lijst van stappen staat in rules/README.md",
        "no existing step looks like it; the list of steps is in rules/README.md",
    ),
    # a scenario (or one row of its examples) that does not give what it expects
    "scenario": Text("scenario '{title}'", "scenario '{title}'"),
    "scenario-row": Text("{scenario}, voorbeeldrij {row}", "{scenario}, example row {row}"),
    "scenario-other-rules": Text(
        "{scenario}: gebruikte andere regels (versie {used}) dan de geteste ({version}); de stappen moeten het advies "
        "vragen aan de fixture 'adviseur'",
        "{scenario}: used other rules (version {used}) than those under test ({version}); the steps must ask the "
        "fixture 'adviseur' for advice",
    ),
    "scenario-steps-skipped": Text(
        "{scenario}: slechts {done} van {steps} stappen uitgevoerd (een Engels sleutelwoord of een tikfout in "
        "'Gegeven' maakt van stappen gewone tekst)",
        "{scenario}: only {done} of {steps} steps ran (an English keyword or a typo in 'Gegeven' turns steps into "
        "plain text)",
    ),
    "scenario-no-then": Text(
        "{scenario}: controleert niets: het heeft geen Dan-stap (een scenario zonder 'Dan …' slaagt altijd)",
        "{scenario}: checks nothing: it has no Dan step (a scenario without 'Dan …' always passes)",
    ),
    "no-then": Text("geen Dan-stap: het scenario controleert niets", "no Dan step: the scenario checks nothing"),
    "scenario-failed": Text("{scenario}: mislukt: {message}", "{scenario}: failed: {message}"),
    "step-on-line": Text("{step} (regel {line})", "{step} (line {line})"),
    "steps-done": Text("{done} van {steps} stappen uitgevoerd", "{done} of {steps} steps run"),
    "scenario-came-out": Text("kwam uit: {summary}", "came out: {summary}"),
    # a value that an unknown fact can still change, in the one-line summary of what came out
    "provisionally": Text("voorlopig {value}", "provisionally {value}"),
    "scenario-then-fails": Text(
        "{scenario}: verwacht '{step}', maar dat klopt niet", "{scenario}: expected '{step}', but it does not hold"
    ),
    "scenario-step-fails": Text(
        "{scenario}: de stap '{step}' lukt niet: {message}", "{scenario}: the step '{step}' fails: {message}"
    ),
}
"""The words of ``netadvisor test``: its report, and each example, case or scenario that does not give what it
expects."""


def ruletest_says(code: str, **params: Any) -> Text:
    """A sentence of ``netadvisor test`` from :data:`RULETEST_WORDS`, its placeholders filled; words that differ
    per language are given as a Text. The one way the rule tests and the scenarios write their report."""
    return fill(RULETEST_WORDS[code], params)


# --------------------------------------------------------------------------- the list of facts

FACTSHEET_WORDS: dict[str, Text] = {
    "title": Text("# De feiten van een casus", "# The facts of a case"),
    "intro": Text(
        "Elk feit dat een casusbestand kan bevatten en een regel kan gebruiken: het pad (zoals in een voorwaarde: "
        "`fact: governance.trust`), de vraag die het advies erover stelt, de mogelijke antwoorden en welke regels "
        "het gebruiken. Een antwoord mag in het Nederlands of als code (tussen haakjes); 'weet niet' kan altijd en "
        "is nooit hetzelfde als nee. Gemaakt uit de code en de regels met `make regenereer`; in de terminal: "
        "`netadvisor explain --facts`, of voor één feit `netadvisor explain governance.trust`.",
        "Every fact a case file can hold and a rule can use: its path (as in a condition: `fact: governance.trust`), "
        "the question the advice asks about it, its possible answers and the rules that use it. An answer may be "
        "given in Dutch or as its code (in brackets); 'unknown' is always an answer and never the same as no. Made "
        "from the code and the rules by `make regenereer`; in a terminal: `netadvisor explain --facts`, or for one "
        "fact `netadvisor explain governance.trust`.",
    ),
    "general": Text("## Algemeen", "## General"),
    "follows": Text(
        "gevraagd na '{parent}', als het antwoord daarop ja is", "asked after '{parent}', when that is answered yes"
    ),
    "asked-after": Text(
        "gevraagd na '{parent}', wat het antwoord daarop ook is", "asked after '{parent}', whatever its answer"
    ),
    "asked-after-follow-up": Text(
        "gevraagd na '{parent}', wat het antwoord daarop ook is, en zonder die vraag waar ze niet gesteld wordt",
        "asked after '{parent}', whatever its answer, and without that question where it is not asked",
    ),
    "in-a-case": Text("in een casusbestand", "in a case file"),
    "yes-no": Text("ja, nee, weet niet", "yes, no, unknown"),
    "or-unknown": Text(", weet niet", ", unknown"),
    "number": Text("een geheel getal, weet niet", "a whole number, unknown"),
    "text": Text("tekst, weet niet", "text, unknown"),
    "partners-heading": Text("## Elke partner (onder `partners:`)", "## Each partner (under `partners:`)"),
    "partners-intro": Text(
        "Een partner is een element van de lijst `partners:`, met minstens een `name:`. Een regel gebruikt deze "
        "feiten via de samenvattingen hieronder (bv. `partner_summary.all_willing_to_adapt`).",
        "A partner is an item of the list `partners:`, with at least a `name:`. Rules use these facts through the "
        "summaries below (e.g. `partner_summary.all_willing_to_adapt`).",
    ),
    "computed-heading": Text(
        "## Berekend uit andere feiten (niet in te vullen, wel te gebruiken in een regel)",
        "## Computed from other facts (not filled in; rules can use them)",
    ),
    "computed-from": Text("berekend uit", "computed from"),
    "rules": Text("{count} regels", "{count} rules"),
    "rule": Text("1 regel", "1 rule"),
    "unused-text": Text("geen enkele regel; het beschrijft de casus", "no rule; it describes the case"),
}
"""The words of the list of facts (``rules/FEITEN.md``, ``netadvisor explain --facts``) beyond those it shares with
the reports (:data:`REPORT_WORDS`: question, answers, used by)."""


# --------------------------------------------------------------------------- errors

ERROR_WORDS: dict[str, Text] = {
    "hint": Text("tip", "hint"),
    "no-such-fact": Text(
        "'{name}' is geen feit dat iemand beantwoordt (zie `netadvisor explain --facts`)",
        "'{name}' is no fact a person answers (see `netadvisor explain --facts`)",
    ),
    "partner-not-listed": Text(
        "'{path}': de casus noemt {count} partner(s), geteld vanaf 0",
        "'{path}': the case lists {count} partner(s), counted from 0",
    ),
    "partner-left-out": Text(
        "'{path}': {name} staat niet in de nieuwe lijst van partners", "'{path}': {name} is not in the new partner list"
    ),
    "no-such-fact-meant": Text(
        "'{name}' is geen feit dat iemand beantwoordt; bedoelde je '{meant}'?",
        "'{name}' is no fact a person answers; did you mean '{meant}'?",
    ),
    "rule-problem": Text(
        "1 fout in de regelbestanden; er is niets geladen.", "1 problem in the rule files; nothing was loaded."
    ),
    "rule-problems": Text(
        "{count} fouten in de regelbestanden; er is niets geladen.",
        "{count} problems in the rule files; nothing was loaded.",
    ),
    "case-problem": Text("ongeldige casus: 1 fout", "invalid case: 1 problem"),
    "case-problems": Text("ongeldige casus: {count} fouten", "invalid case: {count} problems"),
    "whole-case": Text("(casus)", "(case)"),
    "partner-place-named": Text("partner {place}, {name}", "partner {place}, {name}"),
    "partner-place": Text("partner {place}", "partner {place}"),
    "problems-there-one": Text("staat 1 fout", "there is 1 problem"),
    "problems-there": Text("staan {count} fouten", "there are {count} problems"),
}
"""The words of a rule error or a case error around its problems (``errors.py``)."""


# --------------------------------------------------------------------------- the command line

COMMAND_WORDS: Mapping[str, Text] = {
    # the rule files `check` and `test` take when none is given (ruletests.default_place): a help that said "the
    # packaged rules" sent a policy officer to pass rules/ by hand (rule-editing trial)
    "help-rules-here": Text(
        "een regelbestand of -map (standaard: rules/ hier, of deze map als je in rules/ staat, anders de "
        "meegeleverde regels)",
        "a rule file or folder (default: rules/ here, or this folder when you are in rules/, else the packaged rules)",
    ),
    "usage-invalid-choice": Text(
        "{argument}: '{value}' kan niet; mogelijk: {choices}",
        "{argument}: '{value}' is not possible; possible: {choices}",
    ),
    "usage-did-you-mean": Text(" (bedoelde je '{suggestion}'?)", " (did you mean '{suggestion}'?)"),
    "usage-required": Text("dit ontbreekt nog: {arguments}", "still missing: {arguments}"),
    "usage-unrecognized": Text("onbekend: {arguments}", "not recognised: {arguments}"),
    "usage-quote-spaces": Text(
        " (staat er een spatie in een waarde of een pad? zet het geheel dan tussen aanhalingstekens: "
        '--set "vorm=lerend netwerk")',
        ' (a space in a value or a path? put it all in quotes: --set "form=learning network")',
    ),
    "usage-expected-value": Text("{argument} vraagt een waarde", "{argument} expects a value"),
    "usage-invalid-int": Text(
        "{argument}: '{value}' is geen geheel getal", "{argument}: '{value}' is not a whole number"
    ),
    "usage-command": Text("het commando", "the command"),
    "usage-error": Text("fout", "error"),
    "engine-failure": Text(
        "fout in de rekenmachine (een fout in netadvisor; meld ze alstublieft): {error}",
        "engine failure (a bug in netadvisor, please report it): {error}",
    ),
    "checked": Text(
        "In orde: {folder}, {rules} in {files} (versie {version}).",
        "OK: {folder}, {rules} in {files} (version {version}).",
    ),
    "checked-with-folder": Text(
        "In orde: {file}, samen met de andere bestanden in {folder}: {rules} in {files} (versie {version}).",
        "OK: {file}, together with the other files in {folder}: {rules} in {files} (version {version}).",
    ),
    "no-examples-one": Text(
        "Niet in orde: de regels laden, maar één ervan heeft geen voorbeelden om mee getest te worden (zie hierboven).",
        "Not OK: the rules load, but one of them has no examples to be tested with (see above).",
    ),
    "no-examples": Text(
        "Niet in orde: de regels laden, maar {count} ervan hebben geen voorbeelden om mee getest te worden (zie "
        "hierboven).",
        "Not OK: the rules load, but {count} of them have no examples to be tested with (see above).",
    ),
    "never-fires-one": Text(
        "Niet in orde: de regels laden, maar één ervan kan nooit vuren: geen enkele casus voldoet aan haar "
        "voorwaarden samen (zie hierboven). Pas de voorwaarden aan, of aanvaard het met een reden (het sjabloon "
        "staat erbij).",
        "Not OK: the rules load, but one of them can never fire: no case meets its conditions together (see "
        "above). Change the conditions, or accept it with a reason (the template is given).",
    ),
    "never-fires": Text(
        "Niet in orde: de regels laden, maar {count} ervan kunnen nooit vuren: geen enkele casus voldoet aan hun "
        "voorwaarden samen (zie hierboven). Pas de voorwaarden aan, of aanvaard het met een reden (het sjabloon "
        "staat erbij).",
        "Not OK: the rules load, but {count} of them can never fire: no case meets their conditions together (see "
        "above). Change the conditions, or accept it with a reason (the template is given).",
    ),
    "count-rules-one": Text("1 regel", "1 rule"),
    "count-rules": Text("{count} regels", "{count} rules"),
    "count-files-one": Text("1 bestand", "1 file"),
    "count-files": Text("{count} bestanden", "{count} files"),
    "analysed": Text(
        "{rules} regels geanalyseerd: {open} open bevinding(en), {accepted} aanvaard.",
        "{rules} rules analysed: {open} open finding(s), {accepted} accepted.",
    ),
    "accepted-hidden": Text(
        " De aanvaarde staan voluit met --all.", " The accepted ones are shown in full with --all."
    ),
    # (a policy officer's quote that is not in the guide got "In orde" here: check does not read the guide)
    "test-next": Text(
        "Of de voorbeelden, de voorbeeldcasussen en de scenario's nog kloppen, test je met "
        "`netadvisor test` (of `make regeltest`). Of elk citaat letterlijk in de gids staat, controleert enkel "
        "`make regeltest`.",
        "Whether the examples, example cases and scenarios still hold: `netadvisor test` (or `make regeltest`). "
        "Whether every quote stands word for word in the guide: only `make regeltest` checks that.",
    ),
    "diff-since-one-folder": Text(
        "met --since geef je hoogstens één map (de nieuwe regels)",
        "with --since give at most one folder (the new rules)",
    ),
    "diff-two-folders": Text(
        "geef twee mappen (OUD NIEUW) of --since VERSIE", "give two folders (OLD NEW) or --since REVISION"
    ),
    "batch-json-only": Text(
        "een batch schrijft JSON Lines (één record per casus); --format {format} geldt voor één casus",
        "a batch writes JSON Lines (one record per case); --format {format} is for one case",
    ),
    "durable-missing": Text(
        "durable_rules kan op deze Python niet geladen worden; kies --engine auto of evaluator",
        "durable_rules cannot be imported on this Python; choose --engine auto or evaluator",
    ),
    "batch-progress": Text("{done}/{total} casussen", "{done}/{total} cases"),
    "batch-progress-open": Text("{done} casussen", "{done} cases"),
    "batch-terminated": Text(
        "gestopt (SIGTERM); de geschreven records zijn volledig", "stopped (SIGTERM); the records written are complete"
    ),
    "batch-interrupted": Text(
        "onderbroken; de geschreven records zijn volledig", "interrupted; the records written are complete"
    ),
    "blank-lines": Text("{count} lege regel(s) overgeslagen", "{count} blank line(s) skipped"),
    "answers-not-saved": Text(
        "de antwoorden konden niet bewaard worden in {file} ({why}); hier zijn ze:",
        "the answers could not be saved in {file} ({why}); here they are:",
    ),
    "answers-file-exists": Text(
        "{file} bestaat al en wordt niet overschreven; kies een andere naam met --save, of "
        "ga verder met dat bestand: netadvisor consult {file}",
        "{file} exists and is not overwritten: choose another name with --save, or go on "
        "with it: netadvisor consult {file}",
    ),
    "answers-so-far": Text(
        "onderbroken: de antwoorden tot nu staan in {file}", "interrupted: the answers so far are in {file}"
    ),
    "answers-saved": Text("antwoorden bewaard in {file}", "answers saved in {file}"),
    "answers-save-is-folder": Text(
        "--save {folder} noemt een map: geef de naam van een bestand, bv. --save {folder}/casus.yaml",
        "--save {folder} names a folder: give the name of a file, e.g. --save {folder}/casus.yaml",
    ),
    "answers-folder-missing": Text(
        "de map {folder} bestaat niet: maak ze eerst, of kies met --save een bestand in een map die bestaat",
        "the folder {folder} does not exist: make it first, or choose with --save a file in a folder that exists",
    ),
    "answers-folder-closed": Text(
        "in de map {folder} kan netadvisor niet schrijven: kies met --save een bestand in een andere map",
        "netadvisor cannot write in the folder {folder}: choose with --save a file in another folder",
    ),
    "answers-none": Text("geen antwoorden gegeven: er is niets bewaard", "no answers given: nothing was saved"),
    "answers-none-interrupted": Text(
        "onderbroken: nog geen antwoorden gegeven, er is niets bewaard",
        "interrupted: no answers given yet, nothing was saved",
    ),
    "packaged-rules-used": Text(
        "let op: dit advies volgt de meegeleverde regels, niet rules/ hier; geef --rules rules/ om die te volgen",
        "note: this advice follows the packaged rules, not rules/ here; give --rules rules/ to follow those",
    ),
    "explain-without-rules": Text(
        "de regels hebben {count} fout(en) (zie netadvisor check); wat het feit betekent en welke antwoorden het "
        "neemt, staat hieronder, welke regels het gebruiken nog niet",
        "the rules have {count} mistake(s) (see netadvisor check); below what the fact means and which answers it "
        "takes, not yet which rules use it",
    ),
    "explain-one-subject": Text(
        "geef een regel, een feit of --facts, niet twee", "give a rule, a fact or --facts, not two"
    ),
    "no-such-subject": Text(
        "'{subject}' is geen regel, geen feit en geen beleidswaarde", "'{subject}' is no rule, fact or policy value"
    ),
    "did-you-mean": Text(" (bedoelde je {suggestion}?)", " (did you mean {suggestion}?)"),
    "subject-search": Text(
        "'{subject}' is geen regel, feit of beleidswaarde; dit gaat erover:",
        "'{subject}' is no rule, fact or policy value; this is about it:",
    ),
    "subjects-titled": Text(
        "regels met '{subject}' in hun titel (geef er een met zijn id of zijn hele titel voor meer):",
        "rules with '{subject}' in their title (give one by its id or its whole title for more):",
    ),
    "subject-how": Text(
        "een regel heet hier naar zijn id (GOV-trust-high) of zijn titel; `netadvisor advise CASUS --detail` toont "
        "de ids bij het advies",
        "name a rule by its id (GOV-trust-high) or its title; `netadvisor advise CASE --detail` shows the ids "
        "in the advice",
    ),
    "set-a-conclusion": Text(
        "--set {change}: {conclusion} is wat de regels uit de feiten besluiten, geen feit dat je invult. "
        "Welke antwoorden het veranderen, toont `netadvisor what-if CASUS --for {name}`",
        "--set {change}: {conclusion} is what the rules decide from the facts, not a fact to fill in. "
        "Which answers change it: `netadvisor what-if CASE --for {name}`",
    ),
    # (a policy officer's --set samenwerkingsvorm=… changed "de gekozen vorm" and no conclusion, without a word)
    "set-fact-named-as-conclusion": Text(
        "'{written}' is ook de naam van een besluit ({conclusion}), dat je niet invult: --set zet het feit {fact} "
        "({path})",
        "'{written}' is also the name of a conclusion ({conclusion}), which is not filled in: --set sets the fact "
        "{fact} ({path})",
    ),
    "facts-mentioning": Text(
        "feiten met '{name}' in hun vraag (geef er een met zijn pad of zijn vraag):",
        "facts with '{name}' in their question (give one by its path or its question):",
    ),
    "policies-mentioning": Text(
        "beleidswaarden met '{name}' in hun uitleg (geef er een met zijn naam voor meer):",
        "policy values with '{name}' in their explanation (give one by its name for more):",
    ),
    "set-not-a-fact": Text(
        "--set {change}: gebruik FEIT=WAARDE met een feit dat je kan invullen",
        "--set {change}: use FACT=VALUE with a fact you can fill in",
    ),
    "set-unknown-fact": Text(
        "--set {change}: '{name}' is geen feit dat je kan invullen",
        "--set {change}: '{name}' is not a fact you can fill in",
    ),
    "set-value": Text("--set {change}: {why}", "--set {change}: {why}"),
    "set-twice": Text(
        "--set {change}: dat feit kreeg al een andere waarde met --set {earlier}; geef elk feit één waarde",
        "--set {change}: that fact already got another value with --set {earlier}; give each fact one value",
    ),
    "set-no-partner": Text(
        "--set {change}: de casus noemt {count} partners, geteld vanaf 0 (partners[0] is {first})",
        "--set {change}: the case lists {count} partners, counted from 0 (partners[0] is {first})",
    ),
    "set-invalid": Text("{sets} kan niet in deze casus: {why}", "{sets} is not possible in this case: {why}"),
    "set-count-too": Text(
        ' (geef ook --set "aantal organisaties={listed}", of meer)',
        ' (give --set "number of organisations={listed}" too, or more)',
    ),
    "what-if-nothing": Text("geef --set FEIT=WAARDE of --for BESLUIT", "give --set FACT=VALUE or --for CONCLUSION"),
    "unusable-file": Text("{option} {file}: {why}", "{option} {file}: {why}"),
    "file-missing": Text("bestaat niet", "does not exist"),
    "file-too-large": Text("is te groot", "is too large"),
    "file-not-regular": Text("is geen gewoon bestand", "is not a regular file"),
    "file-unreadable": Text("kan niet gelezen worden ({why})", "cannot be read ({why})"),
    "file-not-utf8": Text("is geen UTF-8-tekst", "is not UTF-8 text"),
    "file-not-json": Text("is geen JSON ({why})", "is not JSON ({why})"),
    "results-no-list": Text(
        "heeft geen lijst 'results' (zoals make docs die schrijft)", "has no list 'results' (as make docs writes it)"
    ),
    "results-bad-rules": Text(
        "results[{index}].rules is geen lijst van [regel, hoofdstukken]",
        "results[{index}].rules is not a list of [rule, sections]",
    ),
}
"""The words of the command line itself (its problems and progress); the rest it prints comes from the library."""


def both_languages(text: Text) -> str:
    """A message of the command line before it knows the reader's language: Dutch, then English."""
    # joined on purpose: the line genuinely is both languages, for a reader whose language is not known yet
    return text.nl if text.nl == text.en else f"{text.nl} / {text.en}"


_OS_REASONS: dict[int, Text] = {
    errno.ENOENT: Text("bestand of map bestaat niet", "no such file or directory"),
    errno.ENOTDIR: Text("een deel van het pad is geen map", "a part of the path is not a folder"),
    errno.EISDIR: Text("dat is een map", "that is a folder"),
    errno.EACCES: Text("geen toegang", "permission denied"),
    errno.EPERM: Text("niet toegestaan", "operation not permitted"),
    errno.ENOSPC: Text("de schijf is vol", "no space left on the disk"),
    errno.EROFS: Text("het bestandssysteem is alleen-lezen", "read-only file system"),
    errno.ENAMETOOLONG: Text("de naam is te lang", "the name is too long"),
}


def os_reason(error: OSError) -> Text:
    """Why the system refused to read or write a file, in Dutch and English (its own words are English only, and
    a policy officer read "No such file or directory" inside a Dutch sentence). The system's words where the
    reason is a rarer one."""
    said = _OS_REASONS.get(error.errno or 0)
    if said is not None:
        return said
    reason = error.strerror or str(error)
    return Text(reason, reason)


def command_says(code: str, **params: Any) -> Text:
    """A phrase of the command line from the catalogue, with its placeholders filled."""
    return COMMAND_WORDS[code].format(**params) if params else COMMAND_WORDS[code]
