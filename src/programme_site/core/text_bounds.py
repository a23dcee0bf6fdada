"""Limits a text keeps before any parser reads it, and characters that hide what a text says.

Python-Markdown's inline patterns rescan a text from every '[' and '<' they cannot close, and its
block parser recurses once per level of nesting: 20 000 nested '[' took 42 s to convert, and a
10 000-deep list ended in a RecursionError. The limits here are far above what a page of this site
needs (its longest page has under 6 000 characters and nests lists two deep) and keep the worst
page to a second or two of Markdown (bench/RESULTS.md, "Worst-case pages"). They apply to pages
and to the Markdown texts in data/, in the build and in `make check` alike.

Invisible characters are refused too: bidirectional controls (U+202E and its kin) make a text
read in another order than it is stored, so a reviewer and the checks would see two texts; NUL
and the other control characters have no place in a text and are published raw.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from programme_site.core.errors import SiteError
from programme_site.core.messages import _

MAX_PAGE_CHARACTERS = 100_000
MAX_LINE_CHARACTERS = 10_000
# Lists, quotes and indented blocks inside one another.
MAX_NESTING = 10
# The characters that start a link, an image, raw HTML or emphasis, in one block (the lines between
# two empty lines) and in the whole text: Markdown's cost grows with the square of their number in
# a block (400 in one block: under 0.1 s).
OPENERS = "[<*_"
MAX_OPENERS_IN_BLOCK = 400
MAX_OPENERS = 2_000
# An unclosed '<' at the start of a line makes Markdown's raw-HTML reader scan the rest of the page
# for its end: with 2 000 of them in a page of 100 000 characters, 8 s. Pages write '<' for
# <https://…> links and little else (raw HTML is refused).
MAX_ANGLE_BRACKETS = 200

# Tab and newline are the only control characters a text may have. Bidirectional controls
# (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), the line and paragraph separators (a line
# break to some tools and not to Markdown) and a byte-order mark inside the text are invisible too.
HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
# One level of nesting at the start of a line: a quote, a list item or four columns of indentation.
_NESTING = re.compile(r" {0,3}>[ ]?| {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ ]+|$)| {4}")
# A line that may go over MAX_NESTING: each level takes at least one of these characters (a tab
# gives at most one level of four columns), so a line deeper than the limit starts with more of them.
_MAYBE_DEEP = re.compile(rf"^[ \t>*+\-.)\d]{{{MAX_NESTING + 1}}}", re.MULTILINE)


@dataclass(frozen=True)
class Hidden:
    """An invisible character in a text: where it is (line and column from 1), and which it is."""

    line: int
    column: int
    character: str

    def describe(self) -> str:
        code = f"U+{ord(self.character):04X}"
        name = unicodedata.name(self.character, "")
        return f"{code} ({name})" if name else code


def hidden_characters(text: str) -> list[Hidden]:
    """The first invisible character of each line of `text`."""
    found: list[Hidden] = []
    line, counted = 1, 0
    for match in HIDDEN.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        if found and found[-1].line == line:
            continue
        column = match.start() - text.rfind("\n", 0, match.start())
        found.append(Hidden(line, column, match[0]))
    return found


def hidden_problem(hidden: Hidden) -> str:
    return _(
        "the invisible character {character} in column {column} is not allowed: it can make a text "
        "read differently from what is published. Delete it."
    ).format(character=hidden.describe(), column=hidden.column)


def _nesting(line: str) -> int:
    depth, position = 0, 0
    line = line.expandtabs(4)
    while match := _NESTING.match(line, position):
        if match.end() == position:
            break
        depth += 1
        position = match.end()
    return depth


def markdown_bounds(text: str, shown: str, first_line: int = 1) -> list[SiteError]:
    """Every limit `text` goes over, each at its line (`text` starts on line `first_line` of `shown`).

    A text over the size limit is refused alone: nothing else of it is read.
    """
    if len(text) > MAX_PAGE_CHARACTERS:
        return [
            SiteError(
                shown,
                first_line,
                _(
                    "the text has {count} characters; the limit is {limit}. Split it into several pages."
                ).format(count=len(text), limit=MAX_PAGE_CHARACTERS),
            )
        ]
    # Most texts are far inside every limit, which their counts as a whole show without a line read.
    if (
        len(text) <= MAX_LINE_CHARACTERS
        and text.count("<") <= MAX_ANGLE_BRACKETS
        and sum(map(text.count, OPENERS)) <= MAX_OPENERS_IN_BLOCK
        and not _MAYBE_DEEP.search(text)
    ):
        return []
    problems = []
    block_start, block_openers, total, crowded = first_line, 0, 0, False
    angles, angles_over = 0, None  # the '<' so far, and the line of the first over the limit
    for number, line in enumerate(text.split("\n"), start=first_line):
        angles += line.count("<")
        if angles > MAX_ANGLE_BRACKETS and angles_over is None:
            angles_over = number
        if not line.strip():
            block_start, block_openers = number + 1, 0
            continue
        if len(line) > MAX_LINE_CHARACTERS:  # the one problem of this line
            problems.append(
                SiteError(
                    shown,
                    number,
                    _(
                        "this line has {count} characters; the limit is {limit}. Break it into paragraphs."
                    ).format(count=len(line), limit=MAX_LINE_CHARACTERS),
                )
            )
            continue
        if (depth := _nesting(line)) > MAX_NESTING:
            problems.append(
                SiteError(
                    shown,
                    number,
                    _(
                        "lists, quotes or indentation are nested {depth} levels deep here; the limit is {limit}. "
                        "Flatten the structure."
                    ).format(depth=depth, limit=MAX_NESTING),
                )
            )
        openers = sum(map(line.count, OPENERS))
        total += openers
        if block_openers <= MAX_OPENERS_IN_BLOCK < block_openers + openers:
            crowded = True
            problems.append(
                SiteError(
                    shown,
                    block_start,
                    _(
                        "this paragraph has more than {limit} of the characters {characters}, which start "
                        "links and markup. Split it with empty lines, or write fewer of them."
                    ).format(limit=MAX_OPENERS_IN_BLOCK, characters=" ".join(OPENERS)),
                )
            )
        block_openers += openers
    if angles_over is not None:
        problems.append(
            SiteError(
                shown,
                angles_over,
                _("the text has {count} '<' characters; the limit is {limit}. Write fewer of them.").format(
                    count=angles, limit=MAX_ANGLE_BRACKETS
                ),
            )
        )
    if total > MAX_OPENERS and not crowded:
        problems.append(
            SiteError(
                shown,
                first_line,
                _(
                    "the text has {count} of the characters {characters}, which start links and markup; "
                    "the limit is {limit}. Split it into several pages."
                ).format(count=total, characters=" ".join(OPENERS), limit=MAX_OPENERS),
            )
        )
    return problems
