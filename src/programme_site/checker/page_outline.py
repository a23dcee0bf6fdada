"""Read one Markdown page into an outline the language checker can compare.

The outline keeps what must be the same in both languages, each with its line:
headings and their levels, data markers, list items, table rows, images, links
and facts (found by facts_in_text). The parser is line-based on purpose: it is
fast and gives exact line numbers.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from programme_site.build.data_markers import ANY_DATA_COMMENT
from programme_site.build.page_sources import PageSource
from programme_site.checker.facts_in_text import MAY_HAVE_FACTS, Fact, find_facts
from programme_site.core.front_matter import front_matter, untranslated_line
from programme_site.core.page_text import fingerprint
from programme_site.core.text_language import FENCE  # one fence rule: code is text to neither

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
ATTR_LIST = re.compile(r"[ \t]*\{[:#.][^}]*\}")

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
    """A heading and what follows it up to the next heading; the first has no heading."""

    heading: Heading | None
    markers: list[Marker] = field(default_factory=list)
    list_items: list[int] = field(default_factory=list)
    table_rows: list[int] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.heading.line if self.heading else 1

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


@dataclass
class Outline:
    sections: list[Section]
    links: list[Link]
    untranslated_line: int | None  # where the page says `untranslated: true`
    has_text: bool  # anything but front matter and blank lines

    @property
    def headings(self) -> list[Heading]:
        return [section.heading for section in self.sections if section.heading]

    @property
    def untranslated(self) -> bool:
        return self.untranslated_line is not None


@dataclass(frozen=True)
class PageFile:
    """One page in one language: where it is, a fingerprint of its text, its outline and its text."""

    language: str
    name: str  # relative to the language folder, e.g. verkosto.md
    fingerprint: str
    outline: Outline
    text: str  # as read (core/page_text.py)

    @property
    def path(self) -> str:
        return f"docs/{self.language}/{self.name}"


def read_page(source: PageSource, language: str, name: str) -> PageFile:
    """A page's fingerprint and outline, both of the text the checks have read."""
    return PageFile(
        language, name, fingerprint(source.text), parse_page(source.text, source.shown), source.text
    )


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
    return bool(line.strip()) and not (LIST_ITEM.match(line) or "|" in line or line.lstrip().startswith(">"))


def _heading(line: str, next_line: str) -> tuple[int, str, bool] | None:
    """Level, text, and whether the next line is its underline (`===` or `---`)."""
    if atx := ATX_HEADING.match(line):
        return len(atx[1]), atx[2] or "", False
    if _is_paragraph(line) and (underline := SETEXT_UNDERLINE.match(next_line)):
        return (1 if underline[1][0] == "=" else 2), line.strip(), True
    return None


def parse_page(text: str, path: str) -> Outline:
    """Outline one page; `path` names the file in error messages."""
    lines = text.split("\n")
    # The build's own reading of the front matter: the same bounds, loader and messages.
    meta, start = front_matter(text, path)
    untranslated = untranslated_line(meta, path)
    sections = [Section(heading=None)]
    links: list[Link] = []
    has_text = False
    fence: str | None = None
    in_comment = in_table = False
    index = start
    while index < len(lines):
        line, number = lines[index], index + 1
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        index += 1
        if not line.strip():
            in_table = False
            continue
        has_text = True
        # Code and multi-line comments are not prose: nothing in them is compared.
        if fence:
            fence = None if line.strip().startswith(fence) else fence
            continue
        if opening := FENCE.match(line):
            fence = opening[1]
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        in_table = in_table and "|" in line  # a plain line ends a table
        section = sections[-1]
        if ANY_DATA_COMMENT.search(line):
            words = line.strip().removeprefix("<!--").removesuffix("-->").split()
            section.markers.append(Marker(number, " ".join(words)))
            continue
        line = COMMENT.sub(" ", line)
        if "<!--" in line:  # a comment that goes on over the next lines
            in_comment = True
            line = line[: line.index("<!--")]
        if reference := REFERENCE.match(line):
            links.append(Link(number, reference["target"]))
            continue
        if heading := _heading(line, next_line):
            level, title, underlined = heading
            index += underlined
            title = ATTR_LIST.sub("", title).strip()
            sections.append(Section(heading=Heading(number, level, title)))
            sections[-1].facts.extend(find_facts(visible_text(title), number))
            continue
        if LIST_ITEM.match(line):
            section.list_items.append(number)
        elif in_table or ("|" in line and TABLE_SEPARATOR.match(next_line)):
            if not in_table:
                in_table = True
                index += 1  # the |---| line under the header is not a row
            section.table_rows.append(number)
        for image in IMAGE.finditer(line):
            section.images.append(Image(number, image["target"], image["alt"].strip()))
        links.extend(Link(number, match["target"]) for match in LINK.finditer(line))
        links.extend(Link(number, match["target"]) for match in AUTOLINK.finditer(line))
        if MAY_HAVE_FACTS.search(line):
            section.facts.extend(find_facts(visible_text(LIST_ITEM.sub("", line, count=1)), number))
    return Outline(sections, links, untranslated, has_text)
