"""MkDocs adapter for pages declared not yet translated (see programme_site.untranslated).

A stub page (front matter `untranslated: true`) is published with the other
language's text. The swap happens in on_files, after mkdocs-static-i18n has
picked this language's files, so every later event sees the real text, and
`file.locale` is set to the text's language as the plugin itself does for its
fallback pages: the data blocks then render in that language too. on_page_content
adds the notice and the `lang` of the text.
"""

from __future__ import annotations

from pathlib import Path

from build_data import project_root
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from programme_site.errors import SiteError
from programme_site.render import render_untranslated_page
from programme_site.untranslated import published_text


@event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen this language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    language = config.theme["language"]
    root = project_root(config)
    for file in files.documentation_pages():
        # Skip the other language's pages and pages generated from data (news), which have no file.
        if getattr(file, "locale", language) != language or not Path(file.abs_src_path or "").is_file():
            continue
        try:
            published = published_text(root, language, file.src_uri.removeprefix(f"{language}/"))
        except SiteError as error:
            raise PluginError(str(error)) from None
        if published:
            file.locale, file.content_string = published
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = config.theme["language"]
    content_language = getattr(page.file, "locale", language)
    if content_language == language:
        return html
    return render_untranslated_page(html, language, content_language)
