"""Where the news pages and feeds live, in one scheme for every language.

URLs here are site-relative and directory style, as MkDocs writes them:
'' is the Finnish front page, 'sv/ajankohtaista/' the Swedish news page.
An item's URL comes from its date and id, so it stays put once published.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from itertools import groupby

from programme_site.core.languages import LANGUAGES, language_root
from programme_site.data.model import NewsItem

NEWS_PAGE = "ajankohtaista"  # docs/<language>/ajankohtaista.md; items and archives live under it
ARCHIVE = "arkisto"
FEED = "feed.xml"


def news_url(language: str) -> str:
    return f"{language_root(language)}{NEWS_PAGE}/"


def item_url(item: NewsItem, language: str) -> str:
    return f"{news_url(language)}{item.date.isoformat()}-{item.id}/"


def archive_url(year: int, language: str) -> str:
    return f"{news_url(language)}{ARCHIVE}/{year}/"


def feed_url(language: str) -> str:
    return f"{language_root(language)}{FEED}"


def source_path(url: str, language: str) -> str:
    """The Markdown file a page at `url` pretends to be, e.g. 'sv/ajankohtaista/2023-10-03-x.md'.

    Generated pages sit in the language folders like hand-written ones, so the
    i18n plugin pairs the two languages of a page.
    """
    return f"{language}/{url.removeprefix(language_root(language)).rstrip('/')}.md"


def relative_url(target: str, page_url: str) -> str:
    """The link from the page at `page_url` to `target`, so the site works from any folder."""
    relative = posixpath.relpath(target.rstrip("/") or ".", page_url.rstrip("/") or ".")
    return f"{relative}/" if target.endswith("/") or not target else relative


def by_year(news: Sequence[NewsItem]) -> list[tuple[int, list[NewsItem]]]:
    """Items grouped by year, newest year first; `news` is newest first."""
    return [(year, list(items)) for year, items in groupby(news, key=lambda item: item.date.year)]


def generated_sources(news: Sequence[NewsItem]) -> list[str]:
    """The source path of every page html/news_pages.py makes of the news, without making them."""
    return [
        source_path(url, language)
        for language in LANGUAGES
        for url in [
            *(item_url(item, language) for item in news),
            *(archive_url(year, language) for year, _items in by_year(news)),
        ]
    ]
