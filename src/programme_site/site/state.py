"""What one build of the site knows between its events, made fresh for every build.

A build (`mkdocs build`, or one rebuild under `mkdocs serve`) checks the page
sources and loads the data once, and makes the news pages of every language at
once; mkdocs-static-i18n then builds each language in turn with the same state.
Nothing here lives longer than its build, so a rebuild sees every change: data,
templates and pages alike. The live preview (site/preview.py) keeps the previous
build's state, and hands `start` what of it still holds.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from programme_site.core.errors import Problems, SiteError, SiteErrors
from programme_site.core.located_yaml import load_yaml
from programme_site.core.messages import _
from programme_site.core.site_config import MarkdownConfig, read_markdown_config, read_nav
from programme_site.core.text_language import nav_language_problems, release_models
from programme_site.data.external_links import EXTERNAL_LINKS_FILE, load_external_links
from programme_site.data.files import NEWS_FILE
from programme_site.data.load import load_site_data
from programme_site.data.model import SiteData
from programme_site.html.markers import Expansion
from programme_site.html.news_pages import GeneratedPage, generated_pages
from programme_site.html.render import archive_notice, forget_rendered_blocks
from programme_site.pages.addresses import address_problems, docs_files
from programme_site.pages.front_matter import front_matter
from programme_site.pages.markup import PageMarkup, markup_problems
from programme_site.pages.sources import PageSource, check_page_sources, converted_problems
from programme_site.pages.tree import tree_problems
from programme_site.site.collection import collector_paused


@dataclass
class BuildState:
    root: Path  # the project folder
    today: date  # in Helsinki: what news and page dates are checked against
    data: SiteData
    news_pages: dict[str, GeneratedPage]  # by source path, e.g. 'sv/ajankohtaista/2023-10-03-x.md'
    # Every page file as read and checked, by its path in docs/ ('fi/verkosto.md'): MkDocs is given
    # this very text (pages/text.py).
    sources: dict[str, PageSource]
    markdown: MarkdownConfig  # mkdocs.yml's Markdown extensions, for judging pages MkDocs has not converted
    listed: dict[str, int] | None  # data/external_links.yaml: the addresses pages may link to (None: unread)
    # The files of docs/ whose addresses were checked (pages/addresses.py), relative to docs/.
    docs: tuple[str, ...] = ()
    # A page's rendered data blocks, from its Markdown to its HTML (by source path).
    expansions: dict[str, Expansion] = field(default_factory=dict)
    # What MkDocs' conversion of the pages built so far made that pages may not have; the pages judged.
    markup: Problems = field(default_factory=Problems)
    judged: set[str] = field(default_factory=set)
    # Languages whose build has started and not yet ended: the i18n plugin nests the others' builds
    # in the default language's, and the search index is split once, when the last one ends.
    languages_open: int = 0
    # The line of each news item in data/news.yaml by its id, read when a preview's edit link first asks.
    news_lines: dict[str, int] | None = None

    @classmethod
    @collector_paused()  # the checks make many small containers and no cycles (site/collection.py)
    def start(
        cls,
        root: Path,
        docs_dir: Path,
        today: date,
        checked: Mapping[str, PageSource] | None = None,
        earlier: BuildState | None = None,
        unchanged: Container[str] = (),
    ) -> BuildState:
        """Check every source the build reads, then load the data: the build stops here, with every
        problem in the pages, the navigation and the data at once (SiteErrors). From the live
        preview's previous build: `checked`, the pages it checked on `today`, not checked again if
        unchanged; `earlier`, that build if it loaded its data on `today` with the same code, whose
        parts read from files in `unchanged` (paths from `root`) this one takes as they are, and
        whose files' addresses, checked, need no new check while their names are the same."""
        forget_rendered_blocks()
        front_matter.cache_clear()
        # A symbolic link or a stray file stops the build before any file in those folders is read.
        tree = tree_problems(root, docs_dir)
        if tree:
            raise SiteErrors(tree)
        problems = Problems()
        sources = check_page_sources(docs_dir, root, today, problems, checked)
        with problems.collect():
            problems.add_all(nav_language_problems(read_nav(root)))
        data, listed, pages = _load_data(root, today, problems, earlier, unchanged)
        release_models()
        docs = tuple(docs_files(docs_dir))
        # The addresses depend on the file names alone: the same names as `earlier`'s passed again.
        if earlier is None or earlier.docs != docs or earlier.news_pages.keys() != pages.keys():
            problems.add_all(address_problems(docs, pages))
        markdown = read_markdown_config(root)
        if problems or data is None:
            # Every problem at once: the pages' markup too, which MkDocs would have shown next.
            problems.add_all(converted_problems_of(sources.values(), markdown, listed))
            problems.raise_any()
        return cls(root, today, data, pages, sources, markdown, listed, docs)

    def news_item_line(self, item_id: str) -> int | None:
        """Where data/news.yaml has the item `item_id` (the line of its `- id:`); the file is valid by now."""
        if self.news_lines is None:
            news = load_yaml(self.root / "data" / "news.yaml", "data/news.yaml")["news"]
            self.news_lines = {item["id"]: line for item, line in zip(news, news.item_lines, strict=True)}
        return self.news_lines.get(item_id)

    def judge(self, source: str, markup: PageMarkup | None, placeholders: set[str]) -> None:
        """Keep the problems in MkDocs' conversion of the page at `source` ('fi/verkosto.md')."""
        page = self.sources[source]
        self.judged.add(source)
        if markup is None:  # the conversion was not recorded: nothing unjudged is published
            self.markup.add(SiteError(page.shown, None, _("the page's markup could not be checked.")))
            return
        self.markup.add_all(
            markup_problems(
                markup, page.text, page.shown, page.body_line, self.listed, placeholders.__contains__
            )
        )

    def raise_markup_problems(self) -> None:
        """Stop the build, before any page is written, if a converted page has markup pages may not have:
        with the problems of every page MkDocs has not converted yet, converted here."""
        if self.markup:
            unjudged = (page for source, page in self.sources.items() if source not in self.judged)
            self.markup.add_all(converted_problems_of(unjudged, self.markdown, self.listed))
            self.markup.raise_any()

    @property
    def archive_notice(self) -> Callable[[str], str]:
        """What every page says in a language once the programme has ended (empty before)."""
        return partial(archive_notice, self.data.programme, self.today)


def _load_data(
    root: Path, today: date, problems: Problems, earlier: BuildState | None, unchanged: Container[str]
) -> tuple[SiteData | None, dict[str, int] | None, dict[str, GeneratedPage]]:
    """The data files, checked (their problems into `problems`), and the news pages made from them;
    what `earlier` made of the files in `unchanged`, taken from it."""
    data = None
    with problems.collect():
        data = load_site_data(root, today, earlier.data if earlier else None, unchanged)
    listed = None
    with problems.collect():
        if earlier is not None and EXTERNAL_LINKS_FILE in unchanged:
            listed = earlier.listed
        else:
            listed = load_external_links(root)
    if data is None:
        return data, listed, {}
    if earlier is not None and NEWS_FILE.path in unchanged:
        return data, listed, earlier.news_pages
    return data, listed, {page.source_path: page for page in generated_pages(data.news, today)}


def converted_problems_of(
    pages: Iterable[PageSource], markdown: MarkdownConfig, listed: Container[str] | None
) -> list[SiteError]:
    """The markup problems of `pages`, each converted here as MkDocs would convert it."""
    return [problem for page in pages for problem in converted_problems(page, markdown, listed)]
