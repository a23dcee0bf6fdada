"""Expand data markers in page Markdown.

A page asks for data with an HTML comment on a line of its own, e.g.

    <!-- data:contacts section=ohjelma -->
    <!-- data:news latest=3 heading=3 -->
    <!-- data:news-archive -->
    <!-- data:news-feed -->

A comment is harmless in any Markdown preview; an unknown marker, argument or
section stops the build with the page's file and line.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from programme_site.core.errors import SiteError
from programme_site.core.messages import _
from programme_site.data.model import SiteData
from programme_site.html.render import render_contacts, render_feed_link, render_news, render_news_archive
from programme_site.news.urls import by_year
from programme_site.pages.outline import ANY_DATA_COMMENT

MARKER = re.compile(r"<!--\s*data:(?P<name>[\w-]+)(?P<args>(?:\s+[^\s>]+)*)\s*-->\s*")
# ASCII only: \w and str.isdigit() also accept other scripts' digits (٣) and superscripts (²).
ARGUMENT = re.compile(r"(?P<name>[a-z]+)=(?P<value>[a-z0-9-]+)")


def marker_names(markdown: str) -> set[str]:
    """The names of the data markers in a page's Markdown (`contacts`, …), e.g. for its edit links."""
    return {
        match["name"]
        for line in markdown.split("\n")
        if (match := MARKER.fullmatch(line.strip())) is not None
    }


@dataclass(frozen=True)
class Request:
    """One marker on a page: what it asks for, and where it is."""

    path: str
    line: int
    language: str
    page_url: str  # where the page is published, e.g. 'sv/ajankohtaista/': links are relative to it
    args: dict[str, str]
    today: date  # the build's: a call's status and the news' age depend on it

    def fail(self, problem: str) -> SiteError:
        return SiteError(self.path, self.line, problem)

    def number(self, name: str, default: int, lowest: int, highest: int) -> int:
        value = self.args.get(name, str(default))
        if not re.fullmatch(r"[0-9]{1,4}", value) or not lowest <= int(value) <= highest:
            raise self.fail(
                _("'{argument}' must be a whole number from {lowest} to {highest}.").format(
                    argument=f"{name}={value}", lowest=lowest, highest=highest
                )
            )
        return int(value)


def _contacts(data: SiteData, request: Request) -> str:
    section = request.args.get("section")
    known = ", ".join(sorted(data.sections))
    if section is None:
        raise request.fail(
            _("marker 'contacts' needs section= to say which contacts to show: one of {known}.").format(
                known=known
            )
        )
    if section not in data.sections:
        raise request.fail(
            _(
                "contact section '{section}' does not exist in data/contacts.yaml. Use section= with one of: {known}."
            ).format(section=section, known=known)
        )
    return render_contacts(data.sections[section], request.language)


def _news(data: SiteData, request: Request) -> str:
    latest = len(data.news)  # without latest= the list has every item, however many there are
    if "latest" in request.args:
        latest = request.number("latest", latest, 1, 1000)
    heading = request.number("heading", 2, 2, 6)
    return render_news(
        data.news[:latest], request.language, heading, request.page_url, request.today, data.programme
    )


def _news_archive(data: SiteData, request: Request) -> str:
    years = [(year, len(items)) for year, items in by_year(data.news)]
    return render_news_archive(years, request.language, request.page_url)


def _news_feed(data: SiteData, request: Request) -> str:
    return render_feed_link(request.language, request.page_url)


# Each marker: what renders it, and the arguments it takes.
MARKERS: dict[str, tuple[Callable[[SiteData, Request], str], set[str]]] = {
    "contacts": (_contacts, {"section"}),
    "news": (_news, {"latest", "heading"}),
    "news-archive": (_news_archive, set()),
    "news-feed": (_news_feed, set()),
}

# What of the data each marker's block is made from, given its arguments, beyond what every page
# depends on (the programme, the day): the live preview rebuilds a page when what one of its markers
# shows differs between two versions of the data (site/preview.py). A new marker, or a renderer that
# reads more, must say so here, or the preview would leave its pages as they were.
MARKER_DATA: dict[str, Callable[[SiteData, dict[str, str]], object]] = {
    "contacts": lambda data, args: data.sections.get(args.get("section", "")),
    "news": lambda data, args: data.news,
    "news-archive": lambda data, args: data.news,
    "news-feed": lambda data, args: None,
}


def shown_data(markdown: str, data: SiteData) -> list[object]:
    """What of `data` the data markers of a page's Markdown show, marker by marker: with two versions
    of the data, a page whose lists are equal shows the same blocks. A marker that is not valid
    shows nothing here (the build refuses it)."""
    return [MARKER_DATA[name](data, args) for name, args in _shown_markers(markdown)]


@cache
def _shown_markers(markdown: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """The known markers of a page's Markdown and their arguments. Kept: the live preview asks for
    every page's on each data save, and a page's unchanged text is the same string from build to
    build (pages/sources.py keeps it), whose hash Python keeps too."""
    shown = []
    for line in markdown.split("\n"):
        match = MARKER.fullmatch(line.strip())
        if match is None or match["name"] not in MARKER_DATA:
            continue
        args = {
            found["name"]: found["value"] for found in map(ARGUMENT.fullmatch, match["args"].split()) if found
        }
        shown.append((match["name"], args))
    return tuple(shown)


# What a marker becomes in the Markdown: a comment, which Markdown passes on as it is. The rendered
# block takes its place in the page's HTML, so Markdown's slow raw-HTML parser never reads the
# block (a contact block on every page, a news list of every item): see bench/RESULTS.md. The
# token, new in every build, keeps a page from writing a placeholder of its own (pages/markup.py
# lets through only the page's own placeholders as raw HTML).
PLACEHOLDER = f"<!-- data-block {secrets.token_hex(8)}-{{}} -->"


@dataclass(frozen=True)
class Expansion:
    """A page's Markdown with placeholders for its markers, and the blocks to put in their place."""

    markdown: str
    path: str
    blocks: tuple[tuple[int, str], ...]  # (line of the marker, rendered HTML)
    # What the blocks were made for, to make them again from other data (site/preview.py): the
    # Markdown as given, its text's language, the page's address and the Markdown's first line.
    source: str
    language: str
    page_url: str
    first_line: int

    @property
    def placeholders(self) -> set[str]:
        return {PLACEHOLDER.format(number) for number in range(len(self.blocks))}

    def insert(self, html: str) -> str:
        """Put each rendered block where Markdown left its placeholder."""
        for number, (line, block) in enumerate(self.blocks):
            placeholder = PLACEHOLDER.format(number)
            if placeholder not in html:
                # Markdown dropped or escaped it, e.g. in code: stop rather than lose the block quietly.
                raise SiteError(
                    self.path,
                    line,
                    _(
                        "this data marker could not be placed in the page. "
                        "Put it on a line of its own with an empty line before and after it."
                    ),
                )
            html = html.replace(placeholder, block, 1)
        return html

    def again(self, data: SiteData, today: date) -> Expansion:
        """The same page's markers expanded with `data`: the same placeholders, the blocks made anew."""
        return expand_markers(
            self.source, data, self.language, self.path, self.page_url, today, self.first_line
        )


def body_first_line(source: str, markdown: str) -> int:
    """The line of the page file `source` on which `markdown` starts.

    MkDocs passes a page's Markdown without its front matter and the blank lines after it
    (and mkdocs-static-i18n drops its final newline), so lines are compared, not text.
    """
    source_lines, lines = source.splitlines(), markdown.splitlines()
    skipped = len(source_lines) - len(lines)
    return skipped + 1 if lines and source_lines[skipped:] == lines else 1


def expand_markers(
    markdown: str, data: SiteData, language: str, path: str, page_url: str, today: date, first_line: int = 1
) -> Expansion:
    """Render every marker's block and leave a placeholder for it in the Markdown.

    `markdown` starts on line `first_line` of the file: MkDocs passes it without the front matter.
    """
    lines = markdown.split("\n")
    blocks: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=first_line):
        if not ANY_DATA_COMMENT.search(line):
            continue
        match = MARKER.fullmatch(line.strip())
        if not match:
            raise SiteError(
                path,
                number,
                _(
                    "a data marker must stand alone on its line, written like <!-- data:contacts section=ohjelma -->."
                ),
            )
        name = match["name"]
        if name not in MARKERS:
            raise SiteError(
                path,
                number,
                _("unknown data marker '{name}'. Known markers: {known}.").format(
                    name=name, known=", ".join(MARKERS)
                ),
            )
        render, allowed = MARKERS[name]
        args: dict[str, str] = {}
        for written in match["args"].split():
            argument = ARGUMENT.fullmatch(written)
            if not argument:
                raise SiteError(
                    path,
                    number,
                    _(
                        "the marker argument '{argument}' is not valid. Write name=value in lower-case "
                        "letters, digits and hyphens, e.g. section=ohjelma."
                    ).format(argument=written),
                )
            if argument["name"] in args:
                raise SiteError(
                    path,
                    number,
                    _("the marker argument '{argument}' is given twice. Keep one.").format(
                        argument=argument["name"]
                    ),
                )
            args[argument["name"]] = argument["value"]
        unknown = sorted(set(args) - allowed)
        if unknown:
            raise SiteError(
                path,
                number,
                (
                    _("marker '{name}' has no argument '{argument}'. It takes: {allowed}.")
                    if allowed
                    else _("marker '{name}' has no argument '{argument}'. It takes: no arguments.")
                ).format(name=name, argument=unknown[0], allowed=", ".join(sorted(allowed))),
            )
        blocks.append((number, render(data, Request(path, number, language, page_url, args, today))))
        # Blank lines around the placeholder keep Markdown from making it part of a paragraph.
        lines[number - first_line] = "\n" + PLACEHOLDER.format(len(blocks) - 1) + "\n"
    return Expansion("\n".join(lines), path, tuple(blocks), markdown, language, page_url, first_line)
