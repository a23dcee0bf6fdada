"""A Swedish text that links a page in Finnish only says so: "(på finska)" right after the link.

The accessibility statement promises Swedish readers that every link to a Finnish-only page is
marked. The pages known to be in Finnish only are listed under `finnish_only:` in
data/language_specific_links.yaml; this rule holds every Swedish page and every Swedish text in
data/news.yaml to the promise, so it stays true when an editor adds a link.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.located_yaml import Located, LocatedList
from programme_site.core.messages import _
from programme_site.data.language_links import IN_FINNISH
from programme_site.pages.outline import AUTOLINK, LINK

LANGUAGE = "sv"


def unmarked(line: str, finnish_only: dict[str, int]) -> Iterator[str]:
    """The Finnish-only addresses `line` links without "(på finska)" right after the link."""
    for pattern in (LINK, AUTOLINK):
        for match in pattern.finditer(line):
            if match["target"] in finnish_only and not line[match.end() :].lstrip().startswith(IN_FINNISH):
                yield match["target"]


def _problem(address: str) -> str:
    return _(
        "the link to {address} goes to a page in Finnish only: write '{marker}' right after the link, "
        "so that a Swedish reader knows before following it."
    ).format(address=address, marker=IN_FINNISH)


def _swedish_texts(node: Any) -> Iterator[tuple[str, int]]:
    """Every Swedish text in a data document, with its line; a link entry of a news item (a title and
    an address) as the Markdown link it is shown as."""
    if isinstance(node, Located):
        title = node.get("title")
        if (
            isinstance(node.get("url"), str)
            and isinstance(title, Located)
            and isinstance(title.get(LANGUAGE), str)
        ):
            yield (
                f"[{title[LANGUAGE]}]({node['url']}) {IN_FINNISH if title[LANGUAGE].endswith(IN_FINNISH) else ''}",
                title.key_lines[LANGUAGE],
            )
            return
        for key, value in node.items():
            if key == LANGUAGE and isinstance(value, str):
                yield value, node.key_lines[key]
            else:
                yield from _swedish_texts(value)
    elif isinstance(node, LocatedList):
        for item in node:
            yield from _swedish_texts(item)


def findings(project: Project) -> list[Finding]:
    if not project.finnish_only:
        return []
    found = [
        Finding(page.path, number, _problem(address))
        for page in project.published()
        if page.language == LANGUAGE
        for section in page.outline.sections
        for number, line in section.lines
        for address in unmarked(line, project.finnish_only)
    ]
    for shown, document in project.data.items():
        for text, line in _swedish_texts(document):
            found += [
                Finding(shown, line, _problem(address)) for address in unmarked(text, project.finnish_only)
            ]
    return found
