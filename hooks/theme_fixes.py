"""MkDocs adapter: corrections to Material's own markup and script (see programme_site.theme_html)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from programme_site.errors import SiteError
from programme_site.theme_html import drop_checkbox_autocomplete, skip_hreflang_sitemap_lookup


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return drop_checkbox_autocomplete(output)


# Before data_blocks.py moves a language's 404 page into its folder.
@event_priority(10)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return drop_checkbox_autocomplete(output) if template_name.endswith(".html") else output


def on_post_build(config: MkDocsConfig) -> None:
    for bundle in (Path(config.site_dir) / "assets" / "javascripts").glob("bundle.*.min.js"):
        try:
            script = skip_hreflang_sitemap_lookup(bundle.read_text(encoding="utf-8"), str(bundle))
        except SiteError as error:
            raise PluginError(str(error)) from None
        bundle.write_text(script, encoding="utf-8")
