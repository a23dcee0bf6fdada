"""Pair up the sections of a page's two language versions, for the structure and fact rules.

The same heading levels in the same order pair up by position. Otherwise the
headings are aligned by what their sections contain (lists, tables, facts: the
same in both languages), then by level, so that a dropped heading can be named
even when the headings around it have the same level; and the pages are then
compared as wholes, since their sections do not correspond.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from programme_site.checker.page_files import PageFile
from programme_site.core.messages import _
from programme_site.pages.outline import Section

T = TypeVar("T")


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


def extra(items: Iterable[T], other: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """The items beyond what the other language has: the later occurrences of each."""
    available = Counter(map(key, other))
    beyond = []
    for item in items:
        if available[key(item)] > 0:
            available[key(item)] -= 1
        else:
            beyond.append(item)
    return beyond


def heading_level(section: Section) -> int:
    return section.heading.level if section.heading else 0


def same_heading_levels(left: PageFile, right: PageFile) -> bool:
    return list(map(heading_level, left.outline.sections)) == list(map(heading_level, right.outline.sections))


@dataclass(frozen=True)
class HeadingPair:
    """Two aligned sections, or one without a counterpart (None), after the last pair above it."""

    mine: Section | None  # in the default language
    theirs: Section | None
    before: tuple[Section, Section]  # where a missing heading belongs


def heading_pairs(left: PageFile, right: PageFile) -> list[HeadingPair]:
    """The headings aligned, for pages whose heading levels differ (see same_heading_levels)."""
    sections, others = left.outline.sections, right.outline.sections
    previous = (sections[0], others[0])
    pairs = []
    for mine, theirs in align(sections[1:], others[1:], [Section.signature, heading_level]):
        pairs.append(HeadingPair(mine, theirs, previous))
        if mine and theirs:
            previous = (mine, theirs)
    return pairs


@dataclass(frozen=True)
class Part:
    """A section of a page, or the whole page when its headings do not pair up with the other's."""

    page: PageFile
    section: Section
    whole_page: bool = False

    def name(self, with_path: bool) -> str:
        """How a message names this part: with its file when the message is about the other page."""
        if self.whole_page:
            return self.page.path if with_path else _("the page")
        if self.section.heading is None:
            if with_path:
                return _("the text before the first heading in {path}").format(path=self.page.path)
            return _("the text before the first heading")
        if with_path:
            return _("the section {heading} in {path}:{line}").format(
                heading=self.section.heading, path=self.page.path, line=self.section.line
            )
        return _("the section {heading}").format(heading=self.section.heading)


def _whole_page(page: PageFile) -> Part:
    merged = Section(heading=None)
    for section in page.outline.sections:
        merged.list_items += section.list_items
        merged.table_rows += section.table_rows
        merged.facts += section.facts
    return Part(page, merged, whole_page=True)


def compared_parts(left: PageFile, right: PageFile) -> list[tuple[Part, Part]]:
    """The parts to compare in detail: section by section, or the whole pages."""
    if same_heading_levels(left, right):
        return [
            (Part(left, mine), Part(right, theirs))
            for mine, theirs in zip(left.outline.sections, right.outline.sections, strict=True)
        ]
    return [(_whole_page(left), _whole_page(right))]
