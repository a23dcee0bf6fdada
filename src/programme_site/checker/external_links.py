"""Every address outside the site, listed in one file an editor can review.

A public authority's site must not send readers to a page nobody chose: a
mistyped or since-sold domain looks the same as a right one in a diff of a long
page. So every external address in the pages and the data is written once more
in data/external_links.yaml, where a reviewer sees the whole list, and must be
https://. The language checker reports an address that is not listed (with the
file and line that uses it); the tests check the built site against the same list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from programme_site.build.news_markdown import URL_PATTERN
from programme_site.build.site_data import DATA_FILES
from programme_site.checker.findings import Finding
from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import Located, LocatedList, load_yaml

EXTERNAL_LINKS_FILE = "data/external_links.yaml"
# An address in Markdown, YAML or HTML text: up to a space, a quote, a bracket or '<'.
ADDRESS = re.compile(r"https?://[^\s<>()\[\]\"'`]+")


def load_external_links(root: Path) -> dict[str, int]:
    """The listed addresses, each with its line in the file."""
    document = load_yaml(root / EXTERNAL_LINKS_FILE, EXTERNAL_LINKS_FILE)
    links = document.get("links") if isinstance(document, Located) else None
    if not isinstance(links, LocatedList):
        raise SiteError(
            EXTERNAL_LINKS_FILE,
            None,
            "the file must have a 'links:' list of addresses (lines starting with '- ').",
        )
    listed: dict[str, int] = {}
    for address, line in zip(links, links.item_lines, strict=True):
        if not isinstance(address, str) or not URL_PATTERN.match(address):
            raise SiteError(EXTERNAL_LINKS_FILE, line, f"'{address}' is not a full https:// address.")
        if address in listed:
            raise SiteError(
                EXTERNAL_LINKS_FILE,
                line,
                f"'{address}' is already listed on line {listed[address]}. List it once.",
            )
        listed[address] = line
    return listed


def addresses_in(text: str, yaml_comments: bool = False) -> Iterable[tuple[int, str]]:
    """(line, address) for every http(s) address in `text`; YAML comments are skipped on request."""
    for number, line in enumerate(text.splitlines(), start=1):
        if yaml_comments and line.lstrip().startswith("#"):
            continue  # the file's own instructions show example addresses
        for match in ADDRESS.finditer(line):
            yield number, match[0].rstrip(".,;:")


def link_findings(root: Path, listed: dict[str, int]) -> list[Finding]:
    """Each address in the pages and data that is http:// or not listed."""
    sources = [(shown, True) for shown in DATA_FILES]
    sources += [(path.relative_to(root).as_posix(), False) for path in sorted((root / "docs").rglob("*.md"))]
    findings: list[Finding] = []
    for shown, is_yaml in sources:
        try:
            text = (root / shown).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a missing or unreadable file is reported where it is read, with its line
        for line, address in addresses_in(text, yaml_comments=is_yaml):
            if not address.startswith("https://"):
                problem = f"the address {address} is not https://. Link to its https:// address."
            elif address not in listed:
                problem = (
                    f"the address {address} is not listed in {EXTERNAL_LINKS_FILE}. "
                    "Check that it is the page you mean, then add it to the list."
                )
            else:
                continue
            findings.append(Finding(shown, line, problem))
    return findings
