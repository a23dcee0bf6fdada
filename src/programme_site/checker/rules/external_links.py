"""Every address outside the site, listed in one file an editor can review.

A public authority's site must not send readers to a page nobody chose: a
mistyped or since-sold domain looks the same as a right one in a diff of a long
page. So every external address in the pages and the data is written once more
in data/external_links.yaml, where a reviewer sees the whole list, and must be
https://. The language checker reports an address in the data that is not listed
(with the file and line that uses it), and the build and the checker refuse a page's
link to one (pages/markup.py); the tests check the built site against the same list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.messages import _
from programme_site.data.external_links import EXTERNAL_LINKS_FILE
from programme_site.data.files import DATA_FILES

# An address in Markdown, YAML or HTML text: up to a space, a quote, a bracket or '<'.
ADDRESS = re.compile(r"https?://[^\s<>()\[\]\"'`]+")


def addresses_in(text: str) -> Iterable[tuple[int, str]]:
    """(line, address) for every http(s) address in a YAML `text`, its comments left out."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("#"):
            continue  # the file's own instructions show example addresses
        for match in ADDRESS.finditer(line):
            yield number, match[0].rstrip(".,;:")


def findings(project: Project) -> list[Finding]:
    """Each address in the data that is http:// or not listed; a page's links are judged as the
    build judges them, on what Markdown made of the page (pages/markup.py)."""
    listed, root = project.external_links, project.root
    if listed is None:
        return []  # the list could not be read: reported already
    found: list[Finding] = []
    for shown in DATA_FILES:
        try:
            text = (root / shown).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a missing or unreadable file is reported where it is read, with its line
        for line, address in addresses_in(text):
            if not address.startswith("https://"):
                problem = _("the address {address} is not https://. Link to its https:// address.").format(
                    address=address
                )
            elif address not in listed:
                problem = _(
                    "the address {address} is not listed in {file}. "
                    "Check that it is the page you mean, then add it to the list."
                ).format(address=address, file=EXTERNAL_LINKS_FILE)
            else:
                continue
            found.append(Finding(shown, line, problem))
    return found
