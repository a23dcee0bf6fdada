"""Where the news pages and feeds live, in one scheme for every language.

URLs here are site-relative and directory style, as MkDocs writes them:
'' is the Finnish front page, 'sv/ajankohtaista/' the Swedish news page.
An item's URL comes from its date and id, so it stays put once published.
"""

from __future__ import annotations

import posixpath

from programme_site.build.site_data import NewsItem
from programme_site.core.languages import language_root

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
