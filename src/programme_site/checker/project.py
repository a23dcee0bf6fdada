"""The language checker's view of a project: everything parsed once, and the rules run on it.

Project.read parses the list of external addresses, the pages (each converted by
Python-Markdown as the build converts it, and judged as the build judges it:
build/page_sources.py), the navigation, the lock, the address pairs and the data
(through the build's loader, so that the two cannot disagree); a file that cannot
be read is a finding, and the rules skip what it would have given them. Each rule
in rules/ is a function from the Project to its findings. Two rules still read
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

from programme_site.build.external_links_list import load_external_links
from programme_site.build.page_sources import check_page_source, converted_problems
from programme_site.build.site_data import DATA_FILES, SiteData, load_site_data
from programme_site.build.source_tree import tree_problems
from programme_site.checker.address_pairs import LanguageLink, LanguageLinks, load_language_links
from programme_site.checker.findings import Finding
from programme_site.checker.job_summary import translation_states
from programme_site.checker.page_outline import PageFile, read_page
from programme_site.checker.rules import (
    addresses,
    alt_texts,
    counterparts,
    data_facts,
    external_links,
    facts,
    freshness,
    language_identity,
    links,
    nav_titles,
    review_dates,
    structure,
    untranslated,
)
from programme_site.checker.translation_lock import InStep, read_lock
from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES, finnish_today, other_language
from programme_site.core.located_yaml import load_yaml
from programme_site.core.messages import _, ngettext
from programme_site.core.nav_config import NavConfig, read_markdown_config, read_nav

T = TypeVar("T")
Rule = Callable[["Project"], list[Finding]]

# The rules about one page's language versions, each finding on one of its files:
# `make sync` refuses a page while they find an error in it.
PAGE_RULES: tuple[Rule, ...] = (
    counterparts.findings,
    structure.findings,
    facts.findings,
    links.findings,
    alt_texts.findings,
    untranslated.findings,
    language_identity.findings,
)
# Every rule, in the order they run; the findings are sorted by file and line afterwards.
RULES: tuple[Rule, ...] = (
    *PAGE_RULES,
    nav_titles.findings,
    language_identity.nav_findings,
    addresses.findings,
    data_facts.findings,
    freshness.findings,
    review_dates.findings,
    external_links.findings,
)


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
        project.language_links = project._attempt(lambda: load_language_links(root))
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


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    pages: int
    states: list[tuple[str, str]] = field(default_factory=list)  # (page, its translation state)

    @property
    def failed(self) -> bool:
        return any(finding.is_error for finding in self.findings)

    def summary(self) -> str:
        errors = sum(finding.is_error for finding in self.findings)
        warnings = len(self.findings) - errors
        if not self.findings:
            return _(
                "Languages in step: {pages} pages, the navigation and the data checked, no differences."
            ).format(pages=self.pages)
        counted = [
            *([ngettext("{count} error", "{count} errors", errors).format(count=errors)] if errors else []),
            *(
                [ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings)]
                if warnings
                else []
            ),
        ]
        counts = (
            _("{errors} and {warnings}").format(errors=counted[0], warnings=counted[1])
            if len(counted) == 2
            else counted[0]
        )
        if errors:
            return _(
                "{counts}. Fix the errors before merging: see 'For editors: the language checker' in README.md."
            ).format(counts=counts)
        return _("{counts}. Nothing stops the merge; the warnings list known gaps.").format(counts=counts)


def check_project(root: Path, today: date | None = None) -> Report:
    """Every finding for the project at `root`, sorted by file and line; review dates against `today`."""
    # A symbolic link or stray file stops the check before anything in those folders is read.
    problems = tree_problems(root, root / "docs")
    if problems:
        return Report([Finding.from_error(problem) for problem in problems], 0)
    project = Project.read(root, today or finnish_today())
    findings = [*project.findings, *(finding for rule in RULES for finding in rule(project))]
    ordered = sorted(set(findings), key=lambda finding: (finding.path, finding.line or 0, finding.problem))
    return Report(ordered, len(project.pages), translation_states(project))
