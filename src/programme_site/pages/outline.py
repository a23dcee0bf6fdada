"""The one reading of a page's parts, for every rule: the build's language rule and the checker's.

The outline keeps, each with its line: headings and their levels, data markers, list items, table
rows, images, links and facts (pages/facts.py), which must be the same in both languages, and the
page's passages (paragraphs, headings, list items, table cells), whose language the language rule
checks (core/text_language.py). Every rule reads this one outline, so a heading is a heading to all
of them.

It is line-based: Python-Markdown keeps no line numbers, and editors need them in every message.
It reads a page as the site's Markdown does where a rule depends on it (tests/pages/test_outline.py
compares its headings and list items with what Python-Markdown makes of the same pages): the site
converts with attr_list, toc and the language spans only, so backtick fences are code spans and
pipe tables are paragraphs, which the outline still counts as code and rows, for the comparison.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cached_property

from programme_site.core.errors import SiteError
from programme_site.core.messages import N_, _
from programme_site.core.text_language import other_languages_of, wrong_language_advice
from programme_site.pages.facts import MAY_HAVE_FACTS, Fact, find_facts
from programme_site.pages.front_matter import front_matter, untranslated_line

# A data marker: a comment that starts `<!-- data:` (html/markers.py expands it; pages/sources.py
# lets through only a whole one as raw HTML).
ANY_DATA_COMMENT = re.compile(r"<!--\s*data:")
DATA_MARKER = re.compile(r"<!--\s*data:[^<>]*-->")
ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
RULE_LINE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
ATTR_LIST = re.compile(r"[ \t]*\{[:#.][^}]*\}")
ATTRIBUTE_LIST_LINE = re.compile(r"^[ \t]*\{:?[^}]*\}[ \t]*$")

_TARGET = r"\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]" + _TARGET)
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]" + _TARGET)
AUTOLINK = re.compile(r"<(?P<target>(?:https?|mailto|tel):[^>\s]+)>")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(?P<target>[^>\s]+)>?")
COMMENT = re.compile(r"<!--.*?-->")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
BARE_URL = re.compile(r"https?://\S+")
# Links whose address is itself a fact readers see: keep it for the fact comparison.
FACT_SCHEMES = ("mailto:", "tel:")


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str

    def __str__(self) -> str:
        return f"'{'#' * self.level} {self.text}'"


@dataclass(frozen=True)
class Marker:
    line: int
    text: str  # e.g. data:contacts section=ohjelma


@dataclass(frozen=True)
class Image:
    line: int
    src: str
    alt: str


@dataclass(frozen=True)
class Link:
    line: int
    target: str


@dataclass
class Section:
    """A heading and what follows it up to the next heading; the first has no heading.

    Its images and facts are read from its lines when a rule first asks: the language rule never does.
    """

    heading: Heading | None
    markers: list[Marker] = field(default_factory=list)
    list_items: list[int] = field(default_factory=list)
    table_rows: list[int] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of its prose

    @property
    def line(self) -> int:
        return self.heading.line if self.heading else 1

    @cached_property
    def images(self) -> list[Image]:
        return [
            Image(number, image["target"], image["alt"].strip())
            for number, line in self.lines
            for image in IMAGE.finditer(line)
        ]

    @cached_property
    def facts(self) -> list[Fact]:
        found = find_facts(visible_text(self.heading.text), self.heading.line) if self.heading else []
        for number, line in self.lines:
            if MAY_HAVE_FACTS.search(line):
                found += find_facts(visible_text(LIST_ITEM.sub("", line, count=1)), number)
        return found

    def signature(self) -> tuple[object, ...]:
        """What a section is made of, independent of its language: used to pair sections up."""
        return (
            self.heading.level if self.heading else 0,
            len(self.list_items),
            len(self.table_rows),
            tuple(marker.text for marker in self.markers),
            tuple(image.src for image in self.images),
            tuple(sorted(fact.key for fact in self.facts)),
        )


@dataclass(frozen=True)
class Passage:
    """One text of a page, with the line it starts on and what kind of text it is."""

    line: int
    kind: str  # paragraph, heading, list item or table cell
    text: str


@dataclass
class Outline:
    sections: list[Section]
    references: list[Link]  # reference definitions, [label]: target
    passages: list[Passage]  # every text whose language the language rule checks
    untranslated_line: int | None  # where the page says `untranslated: true`
    has_text: bool  # anything but front matter and blank lines

    @property
    def headings(self) -> list[Heading]:
        return [section.heading for section in self.sections if section.heading]

    @property
    def untranslated(self) -> bool:
        return self.untranslated_line is not None

    @cached_property
    def links(self) -> list[Link]:
        """Every link's target, reference definitions included, in the order of the page."""
        found = list(self.references)
        for section in self.sections:
            for number, line in section.lines:
                found += [Link(number, match["target"]) for match in LINK.finditer(line)]
                found += [Link(number, match["target"]) for match in AUTOLINK.finditer(line)]
        return sorted(found, key=lambda link: link.line)


def visible_text(line: str) -> str:
    """What a reader sees of a line: link text without addresses, image alt text, no markup."""
    line = COMMENT.sub(" ", line)
    line = IMAGE.sub(lambda match: match["alt"], line)
    line = LINK.sub(
        lambda match: (
            f"{match['text']} {match['target']}"
            if match["target"].startswith(FACT_SCHEMES)
            else match["text"]
        ),
        line,
    )
    line = AUTOLINK.sub(
        lambda match: match["target"] if match["target"].startswith(FACT_SCHEMES) else " ", line
    )
    line = BARE_URL.sub(" ", line)
    line = ATTR_LIST.sub(" ", TAG.sub(" ", line))
    return html.unescape(line)


def _is_paragraph(line: str) -> bool:
    return bool(line.strip()) and not (LIST_ITEM.match(line) or "|" in line)


def _heading(line: str, next_line: str) -> tuple[int, str, bool] | None:
    """Level, text, and whether the next line is its underline (`===` or `---`)."""
    if atx := ATX_HEADING.match(line):
        return len(atx[1]), atx[2] or "", False
    if _is_paragraph(line) and (underline := SETEXT_UNDERLINE.match(QUOTE.sub("", next_line))):
        return (1 if underline[1][0] == "=" else 2), line.strip(), True
    return None


class _Reader:
    """One pass over a page's lines: the outline's sections and passages as it goes."""

    def __init__(self) -> None:
        self.sections = [Section(heading=None)]
        self.references: list[Link] = []
        self.passages: list[Passage] = []
        self.current: list[str] = []  # the lines of the paragraph or list item being read
        self.start, self.kind = 0, ""

    def close(self) -> None:
        """End the paragraph or list item being read."""
        if self.current:
            self.passages.append(Passage(self.start, self.kind, " ".join(self.current)))
            self.current.clear()

    def text(self, number: int, line: str, kind: str) -> None:
        """A line of prose: it starts a passage of `kind` or goes on with the one being read."""
        if kind == "list item" or not self.current:
            self.close()
            self.start, self.kind = number, kind
        self.current.append(line.strip())


def parse_page(text: str, path: str) -> Outline:
    """Outline one page; `path` names the file in error messages."""
    lines = text.split("\n")
    # The build's own reading of the front matter: the same bounds, loader and messages.
    meta, start = front_matter(text, path)
    untranslated = untranslated_line(meta, path)
    reader = _Reader()
    has_text = False
    fence: str | None = None
    in_comment = in_table = False
    index = start
    while index < len(lines):
        raw, number = lines[index], index + 1
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        index += 1
        if not raw.strip():
            reader.close()
            in_table = False
            continue
        has_text = True
        # Code and multi-line comments are not prose: nothing in them is compared.
        if fence:
            fence = None if raw.strip().startswith(fence) else fence
            continue
        if opening := FENCE.match(raw):
            reader.close()
            fence = opening[1]
            continue
        if in_comment:
            in_comment = "-->" not in raw
            continue
        in_table = in_table and "|" in raw  # a plain line ends a table
        if ANY_DATA_COMMENT.search(raw):
            reader.close()
            words = raw.strip().removeprefix("<!--").removesuffix("-->").split()
            reader.sections[-1].markers.append(Marker(number, " ".join(words)))
            continue
        line = QUOTE.sub("", COMMENT.sub(" ", raw))  # a quote's text is read as any other
        if "<!--" in line:  # a comment that goes on over the next lines
            in_comment = True
            line = line[: line.index("<!--")]
        if reference := REFERENCE.match(line):
            reader.close()
            reader.references.append(Link(number, reference["target"]))
            continue
        if not line.strip() or ATTRIBUTE_LIST_LINE.match(line) or RULE_LINE.match(line):
            reader.close()
            continue
        if heading := _heading(line, next_line):
            reader.close()
            level, title, underlined = heading
            index += underlined
            title = ATTR_LIST.sub("", title).strip()
            reader.sections.append(Section(heading=Heading(number, level, title)))
            reader.passages.append(Passage(number, "heading", title))
            continue
        if in_table or ("|" in line and TABLE_SEPARATOR.match(next_line)):
            reader.close()
            if not in_table:
                in_table = True
                index += 1  # the |---| line under the header is not a row
            reader.sections[-1].table_rows.append(number)
            cells = line.strip().strip("|").split("|")
            reader.passages += [Passage(number, "table cell", cell.strip()) for cell in cells if cell.strip()]
        elif item := LIST_ITEM.match(line):
            reader.sections[-1].list_items.append(number)
            reader.text(number, line[item.end() :], "list item")
        else:
            reader.text(number, line, "paragraph")
        reader.sections[-1].lines.append((number, line))
    reader.close()
    return Outline(reader.sections, reader.references, reader.passages, untranslated, has_text)


def page_passages(text: str, shown: str) -> list[Passage]:
    """Every paragraph, heading, list item and table cell of a page, with its line in the file."""
    return parse_page(text, shown).passages


# What each kind of passage is called as the subject of that message.
_PASSAGE_SUBJECTS = {
    "paragraph": N_("this paragraph"),
    "heading": N_("this heading"),
    "list item": N_("this list item"),
    "table cell": N_("this table cell"),
}


def page_language_problems(markdown: str, shown: str, language: str) -> list[SiteError]:
    """A problem for each text of a page that is clearly not in the page's `language`."""
    passages = page_passages(markdown, shown)
    return [
        SiteError(
            shown, passage.line, wrong_language_advice(_(_PASSAGE_SUBJECTS[passage.kind]), found, language)
        )
        for passage, found in zip(
            passages, other_languages_of([passage.text for passage in passages], language), strict=True
        )
        if found
    ]
