"""The pages generated from data/news.yaml: one per item and one per year, in every language.

Nobody writes Markdown for them: adding an item to data/news.yaml is enough. A page is front matter
and one HTML block, made by a template with escaping on. MkDocs is given the front matter alone (the
title and date it reads) and the page shows the block as made: Python-Markdown would give the block
back unchanged (tests/html/test_news_pages.py), and reading it took 0.3 s of a build at 1 000 news
items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from programme_site.core.languages import LANGUAGES
from programme_site.data.model import NewsItem
from programme_site.html.render import render_item_page, render_year_page
from programme_site.news.urls import archive_url, by_year, item_url, source_path

# The line that ends the front matter the templates write.
_FRONT_MATTER_END = "\n---\n"


@dataclass(frozen=True)
class GeneratedPage:
    source_path: str  # the Markdown file it pretends to be, e.g. 'sv/ajankohtaista/2023-10-03-x.md'
    markdown: str  # as that file would have it: front matter, then one HTML block
    updated: date  # also in its front matter; kept here so that the build need not parse it again
    item_id: str | None = None  # a news item's page: the item's id in data/news.yaml; None: a year's page

    @property
    def front_matter(self) -> str:
        """What MkDocs reads of the page: its front matter alone."""
        return self.markdown.partition(_FRONT_MATTER_END)[0] + _FRONT_MATTER_END

    @property
    def html(self) -> str:
        """What the page shows: its HTML block as the template made it."""
        return self.markdown.partition(_FRONT_MATTER_END)[2].strip()


def generated_pages(news: Sequence[NewsItem], today: date) -> list[GeneratedPage]:
    pages = []
    for language in LANGUAGES:
        pages += [
            GeneratedPage(
                source_path(item_url(item, language), language),
                render_item_page(item, language, today),
                item.date,
                item.id,
            )
            for item in news
        ]
        pages += [
            GeneratedPage(
                source_path(archive_url(year, language), language),
                render_year_page(year, items, language, today),
                items[0].date,
            )
            for year, items in by_year(news)
        ]
    return pages
