"""MkDocs adapter: loads the site data, expands data markers, localises the theme.

All logic lives in `programme_site`; this file only connects it to MkDocs'
events and turns the project's own errors into a clean build failure.
mkdocs-static-i18n runs one build per language, so every event here runs once
per language; `config.theme["language"]` is the language being built.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from build_data import project_root, site_data
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from programme_site.errors import SiteError
from programme_site.markers import Expansion, body_first_line, expand_markers
from programme_site.models import DEFAULT_LANGUAGE, LANGUAGES, SiteData, finnish_today, language_root
from programme_site.page_sources import check_page_sources
from programme_site.texts import ui_text

_data: SiteData | None = None
_expansions: dict[str, Expansion] = {}  # page source -> its rendered blocks, from Markdown to HTML


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _data
    try:
        check_page_sources(Path(config.docs_dir), project_root(config), finnish_today())
    except SiteError as error:
        raise PluginError(str(error)) from None
    _data = site_data(config)
    return config


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    language = config.theme["language"]
    env.globals["site_text"] = partial(ui_text, language=language)
    env.globals["language_root"] = language_root(language)
    # The 404 page speaks every language: GitHub Pages serves the root one at /sv/… addresses too.
    env.globals["ui_text"] = ui_text
    env.globals["other_languages"] = {other: language_root(other) for other in LANGUAGES if other != language}
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _data is not None, "on_config loads the data before any page"
    # The file's own language: on a fallback page it differs from the build's.
    language = getattr(page.file, "locale", config.theme["language"])
    path = f"docs/{page.file.src_uri}"
    try:
        first_line = body_first_line(page.file.content_string, markdown)
        expansion = expand_markers(markdown, _data, language, path, page.url, first_line)
    except SiteError as error:
        raise PluginError(str(error)) from None
    _expansions[page.file.src_uri] = expansion
    return expansion.markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    try:
        return _expansions.pop(page.file.src_uri).insert(html)
    except SiteError as error:
        raise PluginError(str(error)) from None


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    # Every language build writes 404.html to the site root; keep the default
    # language's there and put each other language's in its own folder.
    language = config.theme["language"]
    if template_name == "404.html" and language != DEFAULT_LANGUAGE:
        target = Path(config.site_dir) / language_root(language) / template_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
        return ""  # MkDocs skips writing an empty template
    return output
