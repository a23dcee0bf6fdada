"""A page's entries in the search index, as Material's search plugin makes them, read quicker.

Material's plugin reads each page's HTML with html.parser: for each heading with an id, an entry
with the heading's text and the text under it, keeping a few tags (paragraphs, lists, code) and
leaving out scripts, styles and anything marked `data-search-exclude`. At a thousand pages per
language that reading is about 2 s of the build, most of it in the plugin's callbacks, which
compare its element objects by tag name in Python. This module reads the same way, with the same
rules, and the same quirks (an element leaves the search's skip list when any element with its tag
ends), in a few dictionary lookups per tag. Its tags come from one pattern that reads the
well-formed HTML Python-Markdown writes; a page the pattern cannot read whole is read by
html.parser, as Material reads it. tests/integration/test_search_index_entries.py compares the index
with the plugin's own entries on every page of the real site and of a synthetic one, and
tests/search/test_entries.py on HTML our pages never have.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from html import escape, unescape
from html.parser import HTMLParser
from typing import Protocol

# The tags Material keeps in an entry's text, those whose content it leaves out, and those with
# no end tag.
KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
SKIPPED = frozenset({"object", "script", "style"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"})
VOID |= {"source", "track", "wbr"}
HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
PREFACE = "hx"  # Material's name for the section before the first heading

# The HTML Python-Markdown writes: start tags with double-quoted attributes, end tags and text.
# Anything else (comments, declarations, scripts and styles, whose content html.parser reads as
# raw text) sends the page to html.parser.
TOKEN = re.compile(
    r'<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<>]*")?)*)\s*(/?)>'
    r"|</([a-zA-Z][a-zA-Z0-9]*)\s*>"
    r"|([^<]+)"
)
ATTRIBUTE = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?')
RAW_TEXT = re.compile(r"<(?:!|\?|script\b|style\b)", re.IGNORECASE)


class TocEntry(Protocol):
    """A heading in a page's table of contents (MkDocs' AnchorLink)."""

    @property
    def id(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def children(self) -> Sequence[TocEntry]: ...


class _Section:
    """A heading and the text under it (Material's Section)."""

    __slots__ = ("depth", "excluded", "id", "tag", "text", "title")

    def __init__(self, tag: str, excluded: bool = False, depth: float = 0) -> None:
        self.tag, self.excluded, self.depth = tag, excluded, depth
        self.id: str | None = None
        self.title: list[str] = []
        self.text: list[str] = []


class _Reader:
    """Material's search Parser, event for event; elements are compared by tag, as Material's are."""

    def __init__(self) -> None:
        self.context: list[tuple[str, dict[str, str | None]]] = []  # the open elements
        self.open: dict[str, int] = {}  # how many open elements have each tag
        self.skip = set(SKIPPED)  # tags whose content is left out while one is open
        self.skipping = 0  # how many open elements have a tag in skip
        self.section: _Section | None = None
        self.sections: list[_Section] = []

    def _add_section(self, section: _Section) -> _Section:
        self.sections.append(section)
        self.section = section
        return section

    def _kept(self, section: _Section) -> list[str]:
        return section.title if self.open.get(section.tag) else section.text

    def start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag in VOID:
            return
        self.context.append((tag, attrs))
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in self.skip:
            self.skipping += 1
        if tag in HEADINGS and "id" in attrs:
            depth = len(self.context)
            if tag != "h1" and not self.sections:
                self._add_section(_Section(PREFACE, depth=depth))
            section = _Section(tag, "data-search-exclude" in attrs, depth)
            if self.sections:
                section.id = attrs["id"]
            self._add_section(section)
        section = self.section or self._add_section(_Section(PREFACE))
        if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
            if tag not in self.skip:
                self.skip.add(tag)
                self.skipping += self.open[tag]
            return
        if tag in KEPT and not self.skipping:
            self._kept(section).append(f"<{tag}>")

    def end(self, tag: str) -> None:
        if not self.context or self.context[-1][0] != tag:
            return
        section = self.section
        assert section is not None  # an element is open, so its start made one
        if section.depth > len(self.context):
            for earlier in reversed(self.sections):
                if earlier.depth <= len(self.context):
                    section.depth = float("inf")
                    self.section = section = earlier
                    break
        self.context.pop()
        self.open[tag] -= 1
        if tag in self.skip:
            self.skipping -= 1
            if tag not in SKIPPED:
                self.skip.remove(tag)
                self.skipping -= self.open[tag]
            return
        if tag in KEPT and not self.skipping:
            kept = self._kept(section)
            start = kept.index(f"<{tag}>")  # the first, as Material looks it up
            for part in range(start + 1, len(kept)):
                if not kept[part].isspace():
                    kept.append(f"</{tag}>")
                    return
            del kept[start:]  # nothing but space since: left out

    def data(self, text: str) -> None:
        if self.skipping:
            return
        in_pre = self.open.get("pre")
        space = text.isspace()
        if not in_pre:
            text = " " if space else text.replace("\n", " ")
        section = self.section or self._add_section(_Section(PREFACE))
        if self.open.get(section.tag):
            if not any(tag == "a" and attrs.get("class") == "headerlink" for tag, attrs in self.context):
                section.title.append(escape(text, quote=False))
        elif space:
            if in_pre or not section.text or not section.text[-1].isspace():
                section.text.append(text)
        else:
            section.text.append(escape(text, quote=False))


class _HtmlParserEvents(HTMLParser):
    """html.parser's events for a page the pattern cannot read whole: Material's own reading."""

    def __init__(self, reader: _Reader) -> None:
        super().__init__()
        self.reader = reader

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.reader.start(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        self.reader.end(tag)

    def handle_data(self, data: str) -> None:
        self.reader.data(data)


def _read_with_html_parser(html: str) -> list[_Section]:
    reader = _Reader()
    parser = _HtmlParserEvents(reader)
    parser.feed(html)
    parser.close()
    return reader.sections


def _read_quickly(html: str) -> list[_Section] | None:
    """The page's sections read with the pattern, or None if the pattern cannot read it whole."""
    if RAW_TEXT.search(html):
        return None
    reader = _Reader()
    tags = 0
    for tag, attributes, closed, end, text in TOKEN.findall(html):
        if text:
            reader.data(unescape(text))
            continue
        tags += 1
        if tag:
            tag = tag.lower()
            attrs: dict[str, str | None] = {}
            for attribute in ATTRIBUTE.finditer(attributes) if attributes else ():
                name, value = attribute.groups()  # no value: None, as html.parser gives it
                attrs[name.lower()] = unescape(value) if value else value
            reader.start(tag, attrs)
            if closed:  # <x/>: html.parser reports a start and an end
                reader.end(tag)
        else:
            reader.end(end.lower())
    # Text never holds a "<" and every tag starts with one: unless each "<" started a tag, the
    # pattern skipped something it could not read.
    return reader.sections if tags == html.count("<") else None


def _read(html: str) -> list[_Section]:
    sections = _read_quickly(html)
    return _read_with_html_parser(html) if sections is None else sections


def _toc_entry(toc: Iterable[TocEntry], id: str | None) -> TocEntry | None:
    for entry in toc:
        if entry.id == id:
            return entry
        found = _toc_entry(entry.children, id)
        if found is not None:
            return found
    return None


def search_entries(html: str, toc: Sequence[TocEntry], url: str, title: str) -> Iterator[dict[str, str]]:
    """The page's entries, as Material's plugin adds them: one per heading with an id, and one for the
    text before the first heading. `title` names a section whose heading has no text."""
    for section in _read(html):
        if section.excluded:
            continue
        heading = _toc_entry(toc, section.id)
        location = url + heading.url if heading else url + "#" + section.id if section.id else url
        yield {
            "location": location,
            "title": "".join(section.title or [title]).strip(),
            "text": "".join(section.text).strip(),
        }
