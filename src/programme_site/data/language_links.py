"""External pages with an address of their own in each language, and pages in Finnish only
(data/language_specific_links.yaml).

The link rule compares the two versions of a page through the pairs: the Finnish page links the
Finnish address, the Swedish page the Swedish one. A Swedish text that links a page listed under
`finnish_only:` says so after the link, "(på finska)" (checker/rules/finnish_only.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from programme_site.core.errors import SiteError
from programme_site.core.languages import LANGUAGES, Text
from programme_site.core.located_yaml import Located, LocatedList, load_yaml
from programme_site.core.messages import N_, _
from programme_site.data.entries import Entry, entries
from programme_site.data.files import ListMessages
from programme_site.data.markdown import URL_PATTERN

LANGUAGE_LINKS_FILE = "data/language_specific_links.yaml"
TOP_LEVEL = ("links", "finnish_only")
# What a Swedish text writes after a link to a page that is in Finnish only.
IN_FINNISH = "(på finska)"
_LIST = ListMessages(
    N_("the file must have a 'links:' list of address pairs."),
    N_("'links:' must be a list of address pairs (lines starting with '-')."),
)


@dataclass(frozen=True)
class LanguageLink:
    """An external page with its own address in each language, e.g. a ministry page."""

    address: Text
    line: int


def parse_language_links(path: str, document: Any) -> tuple[LanguageLink, ...]:
    links: list[LanguageLink] = []
    seen: dict[str, int] = {}
    for number, (raw, line) in enumerate(entries(path, document, "links", _LIST, set(TOP_LEVEL)), start=1):
        entry = Entry(path, raw, _("link {number}").format(number=number), line, set(LANGUAGES))
        address = Text(
            **{
                language: entry.string(language, URL_PATTERN, _("Write a full https:// address."))
                for language in LANGUAGES
            }
        )
        if address.fi == address.sv:
            entry.fail(
                "sv",
                _("is the same address as 'fi'. A link that is the same in both languages needs no entry."),
            )
        for language in LANGUAGES:
            url = address.in_language(language)
            if url in seen:
                entry.fail(
                    language,
                    _("'{address}' is already in the entry on line {line}. Write each address once.").format(
                        address=url, line=seen[url]
                    ),
                )
            seen[url] = line
        links.append(LanguageLink(address, line))
    return tuple(links)


def parse_finnish_only(path: str, document: Any) -> dict[str, int]:
    """The addresses of pages in Finnish only, each with its line."""
    listed = document.get("finnish_only") if isinstance(document, Located) else None
    if listed is None:
        return {}
    if not isinstance(listed, LocatedList):
        raise SiteError(
            path,
            document.key_lines["finnish_only"],
            _("'finnish_only:' must be a list of addresses (lines starting with '- ')."),
        )
    found: dict[str, int] = {}
    for address, line in zip(listed, listed.item_lines, strict=True):
        if not isinstance(address, str) or not URL_PATTERN.fullmatch(address):
            raise SiteError(
                path, line, _("'{address}' is not a full https:// address.").format(address=address)
            )
        found[address] = line
    return found


def load_language_links(root: Path) -> tuple[tuple[LanguageLink, ...], dict[str, int]]:
    """The address pairs, and the addresses of pages in Finnish only."""
    document = load_yaml(root / LANGUAGE_LINKS_FILE, LANGUAGE_LINKS_FILE)
    return parse_language_links(LANGUAGE_LINKS_FILE, document), parse_finnish_only(
        LANGUAGE_LINKS_FILE, document
    )


@dataclass(frozen=True)
class LanguageLinks:
    """The declared address pairs, looked up by address."""

    by_address: dict[str, tuple[str, LanguageLink]]  # address -> (its language, the pair)

    @classmethod
    def of(cls, links: tuple[LanguageLink, ...]) -> LanguageLinks:
        return cls(
            {link.address.in_language(language): (language, link) for link in links for language in LANGUAGES}
        )
