"""MkDocs adapter for the news: a page per item and per year, and an Atom feed per language.

The pages are generated from data/news.yaml (programme_site.news_pages). They
must be in the file list before mkdocs-static-i18n sorts files by their fi/ and
sv/ folders (its on_files runs at priority -100), so that it pairs the two
languages of a page for the language switcher and the sitemap. The plugin
re-creates every file from the docs folder and would drop in-memory content,
so the pages are added as plain files there and get their content in on_nav,
after the plugin and before MkDocs reads any page.
"""

from __future__ import annotations

from pathlib import Path

from build_data import site_data
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from programme_site.errors import SiteError
from programme_site.feed import news_feed
from programme_site.models import SiteData
from programme_site.news_pages import check_no_hand_written, generated_pages
from programme_site.texts import ui_text
from programme_site.urls import feed_url

_data: SiteData | None = None
_pages: dict[str, str] = {}  # source path -> Markdown


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _data, _pages
    data = site_data(config)
    # The pages of both languages are made at once: the other language's build, and a rebuild under
    # `mkdocs serve` with unchanged data (the same data object), reuse them.
    if data is not _data:
        _pages = {page.source_path: page.markdown for page in generated_pages(data.news)}
        _data = data
    return config


@event_priority(50)  # before mkdocs-static-i18n's on_files (-100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        check_no_hand_written(_pages, (file.src_uri for file in files))
    except SiteError as error:
        raise PluginError(str(error)) from None
    for source in _pages:
        # Kept out of the navigation: Material writes the whole nav into every page.
        files.append(
            File(
                source,
                config.docs_dir,
                config.site_dir,
                config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    for file in files:
        if file.src_uri in _pages:
            file.content_string = _pages[file.src_uri]
            file.generated_by = __name__
    return nav


def _feed_title(config: MkDocsConfig) -> str:
    return f"{ui_text('news_feed_title', config.theme['language'])} - {config.site_name}"


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # overrides/main.html links the feed from every page's head.
    env.globals["news_feed_url"] = feed_url(config.theme["language"])
    env.globals["news_feed_title"] = _feed_title(config)
    return env


def on_post_build(config: MkDocsConfig) -> None:
    assert _data is not None, "on_config loads the data first"
    language = config.theme["language"]
    feed = news_feed(_data.news, language, config.site_url, _feed_title(config), config.copyright)
    target = Path(config.site_dir) / feed_url(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(feed)
