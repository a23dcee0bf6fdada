"""Each localised text in data/*.yaml gives the same facts in both languages.

A date or number changed in a news item's Finnish text only would otherwise
reach the Swedish pages and feed silently. Every `{fi: …, sv: …}` mapping is
compared, wherever it is in the file, so new data fields are covered too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from programme_site.core.located_yaml import Located, LocatedList
from programme_site.core.messages import N_, _
from programme_site.pages.facts import find_facts
from programme_site.pages.outline import visible_text

_ONLY_IN = {"fi": N_("{fact} only in Finnish"), "sv": N_("{fact} only in Swedish")}


def findings(project: Project) -> list[Finding]:
    """Every localised text in the data files that could be read."""
    return [
        finding
        for shown, document in project.data.items()
        for finding in data_fact_differences(shown, document)
    ]


def _localised_texts(node: Any) -> Iterator[Located]:
    """Every mapping that holds exactly one text per language, anywhere in the document."""
    if isinstance(node, Located):
        if set(node) == set(LANGUAGES) and all(isinstance(node[language], str) for language in LANGUAGES):
            yield node
            return
        for value in node.values():
            yield from _localised_texts(value)
    elif isinstance(node, LocatedList):
        for item in node:
            yield from _localised_texts(item)


def _facts(text: str) -> Counter[tuple[str, str]]:
    return Counter(fact.key for line in text.splitlines() for fact in find_facts(visible_text(line), 0))


def data_fact_differences(path: str, document: Any) -> list[Finding]:
    found = []
    other = next(language for language in LANGUAGES if language != DEFAULT_LANGUAGE)
    for texts in _localised_texts(document):
        mine, theirs = _facts(texts[DEFAULT_LANGUAGE]), _facts(texts[other])
        if mine == theirs:
            continue
        described = {
            fact.key: fact.text for fact in find_facts(texts[DEFAULT_LANGUAGE] + " " + texts[other], 0)
        }
        only = [
            _(_ONLY_IN[language]).format(fact=described.get(key, key[1]))
            for language, extra in ((DEFAULT_LANGUAGE, mine - theirs), (other, theirs - mine))
            for key in extra
        ]
        found.append(
            Finding(
                path,
                texts.key_lines[other],
                # The site's two languages, Finnish first (DEFAULT_LANGUAGE), named in the sentence.
                _(
                    "the Finnish and Swedish texts give different facts ({facts}). "
                    "Give both languages the same numbers, dates and addresses."
                ).format(facts="; ".join(only)),
            )
        )
    return found
