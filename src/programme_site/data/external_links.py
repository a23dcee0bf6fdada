"""data/external_links.yaml: the reviewed list of every address outside the site (rules/external_links.py)."""

from __future__ import annotations

from pathlib import Path

from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import Located, LocatedList, load_yaml
from programme_site.core.messages import _
from programme_site.data.markdown import URL_PATTERN

EXTERNAL_LINKS_FILE = "data/external_links.yaml"


def load_external_links(root: Path) -> dict[str, int]:
    """The listed addresses, each with its line in the file."""
    document = load_yaml(root / EXTERNAL_LINKS_FILE, EXTERNAL_LINKS_FILE)
    links = document.get("links") if isinstance(document, Located) else None
    if not isinstance(links, LocatedList):
        raise SiteError(
            EXTERNAL_LINKS_FILE,
            None,
            _("the file must have a 'links:' list of addresses (lines starting with '- ')."),
        )
    listed: dict[str, int] = {}
    for address, line in zip(links, links.item_lines, strict=True):
        if not isinstance(address, str) or not URL_PATTERN.match(address):
            raise SiteError(
                EXTERNAL_LINKS_FILE,
                line,
                _("'{address}' is not a full https:// address.").format(address=address),
            )
        if address in listed:
            raise SiteError(
                EXTERNAL_LINKS_FILE,
                line,
                _("'{address}' is already listed on line {line}. List it once.").format(
                    address=address, line=listed[address]
                ),
            )
        listed[address] = line
    return listed
