"""Compare the Finnish and Swedish versions of the site: pages, navigation, structure, facts.

Every check returns Findings; none stops at the first difference, so an editor
sees everything at once. The two versions of a page are compared section by
section when their headings pair up, which lets a message point at the very
section where they differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import zip_longest
from typing import Protocol, TypeVar

from programme_site.checker.findings import Finding
from programme_site.checker.page_outline import Fact, Image, PageFile, Section
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from programme_site.core.nav_config import CONFIG, NavConfig

T = TypeVar("T")


class _OnALine(Protocol):
    @property
    def line(self) -> int: ...


L = TypeVar("L", bound=_OnALine)

STUB = "containing only the three lines '---', 'untranslated: true', '---'"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def align(
    left: Sequence[T], right: Sequence[T], keys: Sequence[Callable[[T], Hashable]]
) -> list[tuple[T | None, T | None]]:
    """Pair up two sequences: first by the strictest key, then the rest by looser keys.

    Whatever no key pairs up is paired by position when both sides have the
    same number left, and otherwise stays unpaired (None on the other side).
    """
    if not keys:
        if len(left) == len(right):
            return list(zip(left, right, strict=True))
        return [(item, None) for item in left] + [(None, item) for item in right]
    matcher = SequenceMatcher(None, [keys[0](x) for x in left], [keys[0](x) for x in right], autojunk=False)
    pairs: list[tuple[T | None, T | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(left[i1:i2], right[j1:j2], strict=True))
        else:
            pairs.extend(align(left[i1:i2], right[j1:j2], keys[1:]))
    return pairs


def _heading_level(section: Section) -> int:
    return section.heading.level if section.heading else 0


@dataclass
class _Part:
    """A section of a page, or the whole page when its headings do not pair up with the other's."""

    page: PageFile
    section: Section
    whole_page: bool = False

    def name(self, with_path: bool) -> str:
        """How a message names this part: with its file when the message is about the other page."""
        if self.whole_page:
            return self.page.path if with_path else "the page"
        if self.section.heading is None:
            return "the text before the first heading" + (f" in {self.page.path}" if with_path else "")
        where = f" in {self.page.path}:{self.section.line}" if with_path else ""
        return f"the section {self.section.heading}{where}"


def _whole_page(page: PageFile) -> _Part:
    merged = Section(heading=None)
    for section in page.outline.sections:
        merged.list_items += section.list_items
        merged.table_rows += section.table_rows
        merged.facts += section.facts
    return _Part(page, merged, whole_page=True)


def _extra(items: Iterable[T], other: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """The items beyond what the other language has: the later occurrences of each."""
    available = Counter(map(key, other))
    extra = []
    for item in items:
        if available[key(item)] > 0:
            available[key(item)] -= 1
        else:
            extra.append(item)
    return extra


@dataclass
class PageComparison:
    """The findings for one page in two languages, built up check by check."""

    left: PageFile  # the default language: pairwise differences are reported here
    right: PageFile
    findings: list[Finding] = field(default_factory=list)

    def add(self, page: PageFile, line: int | None, problem: str) -> None:
        self.findings.append(Finding(page.path, line, problem))

    def other(self, page: PageFile) -> PageFile:
        return self.right if page is self.left else self.left

    # Rule 2: the same headings, at the same levels.
    def headings(self) -> list[tuple[_Part, _Part]]:
        """Report headings that differ; return the parts of the pages to compare in detail.

        The same heading levels in the same order pair up by position. Otherwise
        sections are paired by what they contain (lists, tables, facts: the same in
        both languages), then by heading level, so that a dropped heading is named
        even when the headings around it have the same level.
        """
        left, right = self.left.outline.sections, self.right.outline.sections
        if list(map(_heading_level, left)) == list(map(_heading_level, right)):
            return [(_Part(self.left, a), _Part(self.right, b)) for a, b in zip(left, right, strict=True)]
        previous = (left[0], right[0])
        for mine, theirs in align(left[1:], right[1:], [Section.signature, _heading_level]):
            if mine and theirs:
                previous = (mine, theirs)
                if _heading_level(mine) == _heading_level(theirs):
                    continue
                self._level_differs(mine, theirs)
            elif mine:
                self._heading_missing(self.left, mine, previous[1])
            elif theirs:
                self._heading_missing(self.right, theirs, previous[0])
        # The sections do not correspond: compare the pages as wholes.
        return [(_whole_page(self.left), _whole_page(self.right))]

    def _level_differs(self, mine: Section, theirs: Section) -> None:
        self.add(
            self.left,
            mine.line,
            f"the heading {mine.heading} is level {_heading_level(mine)}, but its counterpart {theirs.heading} "
            f"in {self.right.path}:{theirs.line} is level {_heading_level(theirs)}. "
            "Use the same level (the same number of #) in both languages.",
        )

    def _heading_missing(self, page: PageFile, section: Section, before: Section) -> None:
        other = self.other(page)
        after = (
            f"after the section {before.heading} (line {before.line})" if before.heading else "at the start"
        )
        self.add(
            page,
            section.line,
            f"the heading {section.heading} has no counterpart in {other.path}. "
            f"Add the {LANGUAGE_NAMES[other.language]} heading there, {after}, or remove this one.",
        )

    # Rule 2: the same number of list items and table rows in each section.
    def counts(self, left: _Part, right: _Part) -> None:
        for noun, mine, theirs in (
            ("list item", left.section.list_items, right.section.list_items),
            ("table row", left.section.table_rows, right.section.table_rows),
        ):
            if len(mine) != len(theirs):
                self.add(
                    self.left,
                    left.section.line,
                    f"{left.name(with_path=False)} has {plural(len(mine), noun)}, but "
                    f"{right.name(with_path=True)} has {len(theirs)}. Give both languages the same {noun}s.",
                )

    # Rule 3: the same facts; a fact changed in one language is named with both values.
    def facts(self, left: _Part, right: _Part) -> None:
        mine = _extra(left.section.facts, right.section.facts, key=lambda fact: fact.key)
        theirs = _extra(right.section.facts, left.section.facts, key=lambda fact: fact.key)
        for kind in dict.fromkeys(fact.kind for fact in [*mine, *theirs]):
            for a, b in zip_longest(
                [fact for fact in mine if fact.kind == kind], [fact for fact in theirs if fact.kind == kind]
            ):
                if a and b:
                    self._fact_differs(a, b)
                else:
                    self._fact_missing(*((left, a, right) if a else (right, b, left)))

    def _fact_differs(self, mine: Fact, theirs: Fact) -> None:
        self.add(
            self.left,
            mine.line,
            f"the {LANGUAGE_NAMES[self.left.language]} text has {mine.describe()} where "
            f"{self.right.path}:{theirs.line} has {theirs.text}. "
            "Correct the one that is wrong, so that both languages give the same facts.",
        )

    def _fact_missing(self, part: _Part, fact: Fact, other: _Part) -> None:
        self.add(
            part.page,
            fact.line,
            f"{fact.describe()} is in the {LANGUAGE_NAMES[part.page.language]} text but not in "
            f"{other.name(with_path=True)}. Give both languages the same facts.",
        )

    # Rule 2: the same data blocks in the same order, the same images.
    def markers(self) -> None:
        mine = [marker for section in self.left.outline.sections for marker in section.markers]
        theirs = [marker for section in self.right.outline.sections for marker in section.markers]
        if [marker.text for marker in mine] == [marker.text for marker in theirs]:
            return
        if sorted(marker.text for marker in mine) == sorted(marker.text for marker in theirs):
            first = next(a for a, b in zip(mine, theirs, strict=True) if a.text != b.text)
            self.add(
                self.left,
                first.line,
                f"the data blocks are in a different order than in {self.right.path}. "
                "Put them in the same order in both languages.",
            )
            return
        self._unpaired(mine, theirs, lambda marker: marker.text, "the data block <!-- {} -->", "data blocks")

    def images(self) -> None:
        mine = [image for section in self.left.outline.sections for image in section.images]
        theirs = [image for section in self.right.outline.sections for image in section.images]
        self._unpaired(mine, theirs, lambda image: image.src, "the image {}", "images")

    def _unpaired(
        self, mine: list[L], theirs: list[L], key: Callable[[L], str], what: str, kind: str
    ) -> None:
        for page, items, other in ((self.left, mine, theirs), (self.right, theirs, mine)):
            for item in _extra(items, other, key):
                self.add(
                    page,
                    item.line,
                    f"{what.format(key(item))} is not in {self.other(page).path}. "
                    f"Use the same {kind} in both languages.",
                )


def compare_pages(left: PageFile, right: PageFile) -> list[Finding]:
    """Rules 2 and 3 for one page: structure and facts. `left` is in the default language."""
    comparison = PageComparison(left, right)
    for mine, theirs in comparison.headings():
        comparison.counts(mine, theirs)
        comparison.facts(mine, theirs)
    comparison.markers()
    comparison.images()
    return comparison.findings


def missing_alt_texts(page: PageFile) -> list[Finding]:
    images: list[Image] = [image for section in page.outline.sections for image in section.images]
    return [
        Finding(
            page.path,
            image.line,
            f"the image {image.src} has no alt text. Describe it between the brackets, "
            f"e.g. ![what the image shows]({image.src}), so that screen-reader users get it too.",
        )
        for image in images
        if not image.alt
    ]


def missing_counterparts(page: PageFile) -> list[Finding]:
    """Rule 1: a page exists in every language (a stub declared untranslated counts)."""
    return [
        Finding(
            page.path,
            1,
            f"has no {LANGUAGE_NAMES[language]} counterpart: docs/{language}/{page.name} is missing. "
            f"Translate the page into docs/{language}/{page.name}, or, until it is translated, "
            f"create docs/{language}/{page.name} {STUB}.",
        )
        for language in LANGUAGES
        if language != page.language
    ]


def check_nav(nav: NavConfig, pages: dict[str, dict[str, PageFile]]) -> list[Finding]:
    """Rule 1: every nav entry names an existing page, and every title is translated."""
    findings = []
    titles = {entry.title for entry in nav.entries if entry.title}
    for entry in nav.entries:
        if entry.page and entry.page not in pages:
            findings.append(
                Finding(
                    CONFIG,
                    entry.line,
                    f"the nav entry '{entry.title or entry.page}' names {entry.page}, which is in neither "
                    f"{' nor '.join(f'docs/{language}/' for language in LANGUAGES)}. "
                    "Correct the file name or remove the entry.",
                )
            )
    for language in (language for language in LANGUAGES if language != DEFAULT_LANGUAGE):
        name = LANGUAGE_NAMES[language]
        if language not in nav.translations:
            findings.append(
                Finding(
                    CONFIG, None, f"the i18n plugin has no '{language}' language. Add it under 'languages:'."
                )
            )
            continue
        block, translations = nav.translations[language]
        for entry in nav.entries:
            translation = translations.get(entry.title or "")
            if entry.title and translation is None:
                findings.append(
                    Finding(
                        CONFIG,
                        entry.line,
                        f"the nav title '{entry.title}' has no {name} translation. Add "
                        f"'{entry.title}: …' under nav_translations of the '{language}' language (line {block}).",
                    )
                )
            elif translation and not translation.text.strip():
                findings.append(
                    Finding(
                        CONFIG,
                        translation.line,
                        f"the {name} nav title for '{entry.title}' is empty. Write it after the colon.",
                    )
                )
        findings.extend(
            Finding(
                CONFIG,
                translation.line,
                f"nav_translations has '{title}', which is no title in nav. Remove it, or correct it to match nav.",
                "warning",
            )
            for title, translation in translations.items()
            if title not in titles
        )
    return findings
