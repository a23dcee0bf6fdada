"""MkDocs adapter: each language version of the site is complete on its own.

- `<link rel="alternate" hreflang>` get full URLs and an x-default, the visible
  selector keeps relative links (`programme_site.language_links`);
- each language gets its own search index, and its pages load it
  (`programme_site.search_index`, `theme_html.set_search_base`);
- every language folder has a sitemap.xml, which the theme looks for there.

mkdocs-static-i18n runs one build per language, the others inside the default
language's build, so these events run once per language.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from programme_site.language_links import language_alternates
from programme_site.models import LANGUAGES, language_root
from programme_site.search_index import language_search_index
from programme_site.theme_html import set_search_base

SEARCH_INDEX = Path("search") / "search_index.json"


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    # mkdocs-static-i18n (priority 50, so before this) sets this page's alternates as an attribute,
    # which is what the theme's templates read.
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        config.extra.alternate = language_alternates(alternates, config.site_url or "")
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    # A page of its own, like 404.html, has no other-language version: offer the language front pages,
    # which mkdocs-static-i18n keeps as the item while pages get theirs as the attribute.
    if template_name == "404.html" and config.extra.get("alternate"):
        config.extra.alternate = language_alternates(config.extra["alternate"], config.site_url or "")
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return set_search_base(output, language_root(config.theme["language"]))


# Before data_blocks.py moves a language's 404 page into its folder.
@event_priority(10)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    root = language_root(config.theme["language"])
    if template_name == "404.html":
        return set_search_base(output, root)
    if template_name == "sitemap.xml" and root:
        # The build of each language writes the sitemap of all languages built so far to the site root.
        target = Path(config.site_dir) / root / template_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
    return output


# After mkdocs-static-i18n (priority -100) has merged every language's pages into one index. The
# default language's build ends last but by then config.theme names the last language built, so each
# run splits the index for every language: the last run sees all of them.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if not (site / SEARCH_INDEX).is_file():
        return  # the search plugin is off: nothing to split
    index = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))
    for language in LANGUAGES:
        target = site / language_root(language) / SEARCH_INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        language_index = language_search_index(index, language)
        target.write_text(json.dumps(language_index, ensure_ascii=False), encoding="utf-8")
