"""Links between the language versions of a page.

mkdocs-static-i18n gives each page its alternates as site-relative links. The
visible language selector keeps those (they work on any host, a local preview
too), while `<link rel="alternate" hreflang>` needs full URLs for search
engines, plus an `x-default` version for readers of any other language.
"""

from __future__ import annotations

from typing import TypedDict
from urllib.parse import urljoin

from programme_site.core.languages import DEFAULT_LANGUAGE


class Alternate(TypedDict):
    name: str
    lang: str
    link: str  # absolute, for <link hreflang>
    href: str  # site-relative, for the selector


def _absolute(site_url: str, link: str) -> str:
    # Every page asks for two: a plain relative path below the site's address is the two joined,
    # without urljoin's parsing; anything else (a root-relative path, '..', a scheme) goes to urljoin.
    if (
        site_url.endswith("/")
        and link[:1] not in ("", "/", ".", "#", "?")
        and ":" not in link
        and "/." not in link
    ):
        return site_url + link
    return urljoin(site_url, link)


def language_alternates(alternates: list[dict[str, str]], site_url: str) -> list[Alternate]:
    links: list[Alternate] = [
        {
            "name": alt["name"],
            "lang": alt["lang"],
            "link": _absolute(site_url, alt["link"]),
            "href": alt["link"],
        }
        for alt in alternates
    ]
    default = next(link for link in links if link["lang"] == DEFAULT_LANGUAGE)
    return [*links, {**default, "lang": "x-default"}]
