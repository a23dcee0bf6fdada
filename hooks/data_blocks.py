"""MkDocs adapter: loads the site data and expands data markers in pages.

All logic lives in `programme_site`; this file only connects it to MkDocs'
events and turns the project's own errors into a clean build failure.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from programme_site.errors import SiteError
from programme_site.markers import expand_markers
from programme_site.models import SiteData, load_site_data

_data: SiteData | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _data
    try:
        _data = load_site_data(Path(config.config_file_path).parent)
    except SiteError as error:
        raise PluginError(str(error)) from None
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _data is not None, "on_config loads the data before any page"
    # The file's own language: on a fallback page it differs from the build's.
    language = getattr(page.file, "locale", config.theme["language"])
    try:
        return expand_markers(markdown, _data, language, f"docs/{page.file.src_uri}")
    except SiteError as error:
        raise PluginError(str(error)) from None
