"""MkDocs adapter: every page shows when it was last updated (programme_site.page_dates).

The date is found while MkDocs reads the page, before it writes the sitemap,
so the sitemap's <lastmod> (`page.update_date`) is the same date. The
theme's partials/source-file.html shows `page_date` under the content.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from programme_site.errors import SiteError
from programme_site.models import finnish_today
from programme_site.page_dates import page_updated
from programme_site.render import render_page_date


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # A news page generated from data/news.yaml has no file of its own; its date is the item's.
    source = None if page.file.generated_by else page.file.abs_src_path
    try:
        day = page_updated(
            page.file.content_string,
            f"docs/{page.file.src_uri}",
            Path(source) if source else None,
            finnish_today(),
        )
    except SiteError as error:
        raise PluginError(str(error)) from None
    page.update_date = day.isoformat()
    return markdown


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    language = getattr(page.file, "locale", config.theme["language"])
    context["page_date"] = render_page_date(date.fromisoformat(page.update_date), language)
    return context
