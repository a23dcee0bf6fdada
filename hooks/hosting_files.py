"""MkDocs adapter: writes the `_headers` file for static hosts into the site root."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from programme_site.http_headers import static_host_headers
from programme_site.models import DEFAULT_LANGUAGE


def on_post_build(config: MkDocsConfig) -> None:
    # One file for the whole site: written by the default language's build, at the root.
    if config.theme["language"] == DEFAULT_LANGUAGE:
        (Path(config.site_dir) / "_headers").write_text(static_host_headers(), encoding="utf-8")
