"""Both versions of a page have the same structure.

The same headings at the same levels; in each section the same number of list
items and table rows; the same data blocks in the same order; the same images.
Pairwise differences are reported on the default language's page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.section_pairs import (
    compared_parts,
    extra,
    heading_level,
    heading_pairs,
    same_heading_levels,
)
from programme_site.core.messages import N_, _, ngettext
from programme_site.pages.outline import Section


class _OnALine(Protocol):
    @property
    def line(self) -> int: ...


L = TypeVar("L", bound=_OnALine)


def findings(project: Project) -> list[Finding]:
    return [finding for left, right in project.compared() for finding in page_structure(left, right)]


def page_structure(left: PageFile, right: PageFile) -> list[Finding]:
    """The structure of one page's two versions; `left` is in the default language."""
    found = [] if same_heading_levels(left, right) else _headings(left, right)
    found += _counts(left, right)
    found += _markers(left, right)
    found += _images(left, right)
    return found


def _headings(left: PageFile, right: PageFile) -> list[Finding]:
    found = []
    for pair in heading_pairs(left, right):
        if pair.mine and pair.theirs:
            if heading_level(pair.mine) != heading_level(pair.theirs):
                found.append(_level_differs(left, right, pair.mine, pair.theirs))
        elif pair.mine:
            found.append(_heading_missing(left, right, pair.mine, pair.before[1]))
        elif pair.theirs:
            found.append(_heading_missing(right, left, pair.theirs, pair.before[0]))
    return found


def _level_differs(left: PageFile, right: PageFile, mine: Section, theirs: Section) -> Finding:
    return Finding(
        left.path,
        mine.line,
        _(
            "the heading {heading} is level {level}, but its counterpart {counterpart} "
            "in {path}:{line} is level {counterpart_level}. "
            "Use the same level (the same number of #) in both languages."
        ).format(
            heading=mine.heading,
            level=heading_level(mine),
            counterpart=theirs.heading,
            path=right.path,
            line=theirs.line,
            counterpart_level=heading_level(theirs),
        ),
    )


# The missing heading's language decides the words around it, so each language has its own sentence.
_HEADING_MISSING = {
    "fi": N_(
        "the heading {heading} has no counterpart in {path}. Add the Finnish heading there, {where}, or remove this one."
    ),
    "sv": N_(
        "the heading {heading} has no counterpart in {path}. Add the Swedish heading there, {where}, or remove this one."
    ),
}


def _heading_missing(page: PageFile, other: PageFile, section: Section, before: Section) -> Finding:
    where = (
        _("after the section {heading} (line {line})").format(heading=before.heading, line=before.line)
        if before.heading
        else _("at the start")
    )
    return Finding(
        page.path,
        section.line,
        _(_HEADING_MISSING[other.language]).format(heading=section.heading, path=other.path, where=where),
    )


def _count_difference(kind: str, count: int) -> str:
    """The message for a section with `count` list items or table rows (`kind`) where its counterpart differs."""
    if kind == "list":
        return ngettext(
            "{part} has {count} list item, but {other} has {other_count}. Give both languages the same list items.",
            "{part} has {count} list items, but {other} has {other_count}. Give both languages the same list items.",
            count,
        )
    return ngettext(
        "{part} has {count} table row, but {other} has {other_count}. Give both languages the same table rows.",
        "{part} has {count} table rows, but {other} has {other_count}. Give both languages the same table rows.",
        count,
    )


def _counts(left: PageFile, right: PageFile) -> list[Finding]:
    """The same number of list items and table rows in each pair of sections."""
    return [
        Finding(
            left.path,
            mine.section.line,
            _count_difference(kind, len(items)).format(
                part=mine.name(with_path=False),
                count=len(items),
                other=theirs.name(with_path=True),
                other_count=len(others),
            ),
        )
        for mine, theirs in compared_parts(left, right)
        for kind, items, others in (
            ("list", mine.section.list_items, theirs.section.list_items),
            ("table", mine.section.table_rows, theirs.section.table_rows),
        )
        if len(items) != len(others)
    ]


def _markers(left: PageFile, right: PageFile) -> list[Finding]:
    """The same data blocks in the same order."""
    mine = [marker for section in left.outline.sections for marker in section.markers]
    theirs = [marker for section in right.outline.sections for marker in section.markers]
    if [marker.text for marker in mine] == [marker.text for marker in theirs]:
        return []
    if sorted(marker.text for marker in mine) == sorted(marker.text for marker in theirs):
        first = next(a for a, b in zip(mine, theirs, strict=True) if a.text != b.text)
        return [
            Finding(
                left.path,
                first.line,
                _(
                    "the data blocks are in a different order than in {path}. "
                    "Put them in the same order in both languages."
                ).format(path=right.path),
            )
        ]
    return _unpaired(
        left,
        right,
        mine,
        theirs,
        lambda marker: marker.text,
        N_("the data block <!-- {item} --> is not in {path}. Use the same data blocks in both languages."),
    )


def _images(left: PageFile, right: PageFile) -> list[Finding]:
    mine = [image for section in left.outline.sections for image in section.images]
    theirs = [image for section in right.outline.sections for image in section.images]
    return _unpaired(
        left,
        right,
        mine,
        theirs,
        lambda image: image.src,
        N_("the image {item} is not in {path}. Use the same images in both languages."),
    )


def _unpaired(
    left: PageFile,
    right: PageFile,
    mine: list[L],
    theirs: list[L],
    key: Callable[[L], str],
    message: str,
) -> list[Finding]:
    return [
        Finding(page.path, item.line, _(message).format(item=key(item), path=other.path))
        for page, items, other, other_items in ((left, mine, right, theirs), (right, theirs, left, mine))
        for item in extra(items, other_items, key)
    ]
