"""Both versions of a page give the same facts, section by section where the sections pair up.

A fact changed in one language is named with both values; one written in one
language only is named with the part of the other page that lacks it.
"""

from __future__ import annotations

from itertools import zip_longest

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.section_pairs import Part, compared_parts, extra
from programme_site.core.messages import N_, _
from programme_site.pages.facts import Fact


def findings(project: Project) -> list[Finding]:
    return [finding for left, right in project.compared() for finding in page_facts(left, right)]


def page_facts(left: PageFile, right: PageFile) -> list[Finding]:
    """The facts of one page's two versions; `left` is in the default language."""
    found = []
    for mine, theirs in compared_parts(left, right):
        only_mine = extra(mine.section.facts, theirs.section.facts, key=lambda fact: fact.key)
        only_theirs = extra(theirs.section.facts, mine.section.facts, key=lambda fact: fact.key)
        for kind in dict.fromkeys(fact.kind for fact in [*only_mine, *only_theirs]):
            for a, b in zip_longest(
                [fact for fact in only_mine if fact.kind == kind],
                [fact for fact in only_theirs if fact.kind == kind],
            ):
                if a and b:
                    found.append(_differs(left, right, a, b))
                else:
                    found.append(_missing(*((mine, a, theirs) if a else (theirs, b, mine))))
    return found


# Each language has its own sentences: the language's name takes a different form in each translation.
_DIFFERS = {
    "fi": N_(
        "the Finnish text has {fact} where {path}:{line} has {other}. "
        "Correct the one that is wrong, so that both languages give the same facts."
    ),
    "sv": N_(
        "the Swedish text has {fact} where {path}:{line} has {other}. "
        "Correct the one that is wrong, so that both languages give the same facts."
    ),
}
_MISSING = {
    "fi": N_("{fact} is in the Finnish text but not in {part}. Give both languages the same facts."),
    "sv": N_("{fact} is in the Swedish text but not in {part}. Give both languages the same facts."),
}


def _differs(left: PageFile, right: PageFile, mine: Fact, theirs: Fact) -> Finding:
    return Finding(
        left.path,
        mine.line,
        _(_DIFFERS[left.language]).format(
            fact=mine.describe(), path=right.path, line=theirs.line, other=theirs.text
        ),
    )


def _missing(part: Part, fact: Fact, other: Part) -> Finding:
    return Finding(
        part.page.path,
        fact.line,
        _(_MISSING[part.page.language]).format(fact=fact.describe(), part=other.name(with_path=True)),
    )
