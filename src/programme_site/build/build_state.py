"""What one build of the site knows between its events, made fresh for every build.

A build (`mkdocs build`, or one rebuild under `mkdocs serve`) checks the page
sources and loads the data once, and makes the news pages of every language at
once; mkdocs-static-i18n then builds each language in turn with the same state.
Nothing here lives longer than its build, so a rebuild sees every change: data,
templates and pages alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from programme_site.build.data_markers import Expansion
from programme_site.build.news_pages import GeneratedPage, generated_pages
from programme_site.build.page_sources import check_page_sources
from programme_site.build.render import forget_rendered_blocks
from programme_site.build.site_data import SiteData, load_site_data
from programme_site.build.source_tree import tree_problems
from programme_site.core.errors import Problems, SiteErrors
from programme_site.core.front_matter import front_matter
from programme_site.core.nav_config import read_nav
from programme_site.core.text_language import nav_language_problems, release_models


@dataclass
class BuildState:
    root: Path  # the project folder
    today: date  # in Helsinki: what news and page dates are checked against
    data: SiteData
    news_pages: dict[str, GeneratedPage]  # by source path, e.g. 'sv/ajankohtaista/2023-10-03-x.md'
    # A page's rendered data blocks, from its Markdown to its HTML (by source path).
    expansions: dict[str, Expansion] = field(default_factory=dict)
    # Every language's pages in the search index, as the theme's search plugin would list them.
    search_entries: list[dict[str, str]] = field(default_factory=list)
    # Languages whose build has started and not yet ended: the i18n plugin nests the others' builds
    # in the default language's, and the search index is split once, when the last one ends.
    languages_open: int = 0

    @classmethod
    def start(cls, root: Path, docs_dir: Path, today: date) -> BuildState:
        """Check every source the build reads, then load the data: the build stops here, with every
        problem in the pages, the navigation and the data at once (SiteErrors)."""
        forget_rendered_blocks()
        front_matter.cache_clear()
        # A symbolic link or a stray file stops the build before any file in those folders is read.
        tree = tree_problems(root, docs_dir)
        if tree:
            raise SiteErrors(tree)
        problems = Problems()
        with problems.collect():
            check_page_sources(docs_dir, root, today)
        with problems.collect():
            problems.add_all(nav_language_problems(read_nav(root)))
        with problems.collect():
            data = load_site_data(root, today)
        release_models()
        problems.raise_any()
        pages = {page.source_path: page for page in generated_pages(data.news)}
        return cls(root, today, data, pages)
