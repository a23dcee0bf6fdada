"""The language checker's view of a project: every page, the navigation, the lock and the data, parsed once.

Project.read parses the list of external addresses, the pages (each converted by
Python-Markdown as the build converts it, and judged as the build judges it:
pages/sources.py), the navigation, the lock, the address pairs and the data
(through the build's loader, so that the two cannot disagree); a file that cannot
be read is a finding, and the rules skip what it would have given them. Each rule
in rules/ is a function from the Project to its findings (checker/run.py runs them). Two rules still read
files of their own: external links (addresses in the data files' raw text) and
review dates (the front matter of every page file, parsed or not). The work grows
linearly with the number of pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile, read_page
from programme_site.checker.translation_lock import InStep, read_lock
from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES, other_language
from programme_site.core.located_yaml import load_yaml
from programme_site.core.site_config import NavConfig, read_markdown_config, read_nav
from programme_site.data.external_links import load_external_links
from programme_site.data.files import DATA_FILES
from programme_site.data.language_links import LanguageLink, LanguageLinks, load_language_links
from programme_site.data.load import load_site_data
from programme_site.data.model import SiteData
from programme_site.pages.sources import check_page_source, converted_problems

T = TypeVar("T")


@dataclass
class Project:
    """Every page, the navigation, the lock and the data of the site, read once, and what reading found."""

    root: Path
    today: date  # the day review dates are due against
    pages: dict[str, dict[str, PageFile]] = field(default_factory=dict)  # name -> language -> page
    files: set[str] = field(default_factory=set)  # docs/<language>/<name> of every page file
    findings: list[Finding] = field(default_factory=list)  # what could not be read
    nav: NavConfig | None = None
    lock: tuple[dict[str, InStep], dict[str, SiteError]] | None = None  # sound and damaged entries
    language_links: tuple[LanguageLink, ...] | None = None
    finnish_only: dict[str, int] = field(
        default_factory=dict
    )  # address of a page in Finnish only -> its line
    data: dict[str, Any] = field(default_factory=dict)  # data/*.yaml path -> its document
    site_data: SiteData | None = None  # the data as the build reads it, if it is valid
    external_links: dict[str, int] | None = None  # listed address -> its line

    @classmethod
    def read(cls, root: Path, today: date) -> Project:
        project = cls(root, today)
        project.external_links = project._attempt(lambda: load_external_links(root))
        project._read_pages()
        project.nav = project._attempt(lambda: read_nav(root))
        project.lock = project._attempt(lambda: read_lock(root))
        pairs = project._attempt(lambda: load_language_links(root))
        if pairs is not None:
            project.language_links, project.finnish_only = pairs
        for shown in DATA_FILES:
            document = project._attempt(partial(load_yaml, root / shown, shown))
            if document is not None:
                project.data[shown] = document
        # The build's own validation of the data, so that the two cannot disagree; every problem is
        # a finding (one already found above is listed once).
        project.site_data = project._attempt(lambda: load_site_data(root, today))
        return project

    def _read_pages(self) -> None:
        markdown = self._attempt(lambda: read_markdown_config(self.root))
        for language in LANGUAGES:
            folder = self.root / "docs" / language
            for path in sorted(folder.rglob("*.md")):
                name = path.relative_to(folder).as_posix()
                self.files.add(f"docs/{language}/{name}")
                self.pages.setdefault(name, {})
                try:
                    # What the build refuses in a page source, the checker reports the same way.
                    source = check_page_source(path, f"docs/{language}/{name}", self.today)
                    if markdown is not None:
                        problems = converted_problems(source, markdown, self.external_links)
                        self.findings += map(Finding.from_error, problems)
                    self.pages[name][language] = read_page(source, language, name)
                except SiteError as error:
                    self.findings += Finding.every(error)

    def _attempt(self, load: Callable[[], T]) -> T | None:
        """Run a loader; a SiteError becomes a finding in the checker's format."""
        try:
            return load()
        except SiteError as error:
            self.findings += Finding.every(error)
            return None

    @property
    def declared(self) -> LanguageLinks:
        return LanguageLinks.of(self.language_links or ())

    def exists(self, path: str) -> bool:
        return path in self.files or (self.root / path).is_file()

    def languages_of(self, name: str) -> set[str]:
        return {language for language in LANGUAGES if f"docs/{language}/{name}" in self.files}

    def readable(self) -> Iterator[dict[str, PageFile]]:
        """The versions of each page whose every file was read (an unreadable one is reported already)."""
        for name, versions in self.pages.items():
            if len(versions) == len(self.languages_of(name)):
                yield versions

    def published(self) -> Iterator[PageFile]:
        """Every readable page with a text of its own (not a stub declared untranslated)."""
        for versions in self.readable():
            yield from (page for page in versions.values() if not page.outline.untranslated)

    def stubs(self) -> Iterator[tuple[PageFile, PageFile | None]]:
        """Each readable page declared untranslated: the stub, and the page shown in its place."""
        for versions in self.readable():
            stub = next((page for page in versions.values() if page.outline.untranslated), None)
            if stub is not None:
                yield stub, versions.get(other_language(stub.language))

    def without_counterpart(self) -> Iterator[PageFile]:
        """Each readable page, without a stub, that exists in one language only."""
        for versions in self.readable():
            if len(versions) < len(LANGUAGES) and not _has_stub(versions):
                yield next(iter(versions.values()))

    def compared(self) -> Iterator[tuple[PageFile, PageFile]]:
        """Each translated page: its default-language version, and the other one."""
        for name in self.pages:
            if self.is_translated(name):
                versions = self.pages[name]
                yield versions[DEFAULT_LANGUAGE], versions[other_language(DEFAULT_LANGUAGE)]

    def is_translated(self, name: str) -> bool:
        versions = self.pages.get(name, {})
        return len(versions) == len(LANGUAGES) and not _has_stub(versions)


def _has_stub(versions: dict[str, PageFile]) -> bool:
    return any(page.outline.untranslated for page in versions.values())
