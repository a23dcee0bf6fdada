"""The language checker's view of a project: every page read, and every finding for it.

Each page is read twice (the build's source rules, then its outline), every
other file once; the work grows linearly with the number of pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from programme_site.build.page_sources import check_page_source
from programme_site.build.site_data import DATA_FILES, load_site_data
from programme_site.build.source_tree import tree_problems
from programme_site.checker.address_pairs import load_language_links
from programme_site.checker.data_parity import data_fact_differences
from programme_site.checker.external_links import link_findings, load_external_links
from programme_site.checker.findings import Finding
from programme_site.checker.language_parity import (
    check_nav,
    compare_pages,
    missing_alt_texts,
    missing_counterparts,
    plural,
)
from programme_site.checker.link_parity import (
    LanguageLinks,
    broken_links,
    compare_links,
    is_external,
    unused_language_links,
)
from programme_site.checker.page_outline import PageFile, read_page
from programme_site.checker.review_dates import review_findings
from programme_site.checker.rules import language_identity
from programme_site.checker.translation_lock import (
    entries_without_pages,
    freshness,
    read_lock,
)
from programme_site.checker.untranslated import stub_problems, untranslated_warning
from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES, finnish_today, other_language
from programme_site.core.located_yaml import load_yaml
from programme_site.core.nav_config import read_nav

T = TypeVar("T")


@dataclass
class Project:
    """Every page of the site, read once, and what reading them found."""

    root: Path
    pages: dict[str, dict[str, PageFile]] = field(default_factory=dict)  # name -> language -> page
    files: set[str] = field(default_factory=set)  # docs/<language>/<name> of every page file
    findings: list[Finding] = field(default_factory=list)

    @classmethod
    def read(cls, root: Path) -> Project:
        project = cls(root)
        today = finnish_today()
        for language in LANGUAGES:
            folder = root / "docs" / language
            for path in sorted(folder.rglob("*.md")):
                name = path.relative_to(folder).as_posix()
                project.files.add(f"docs/{language}/{name}")
                project.pages.setdefault(name, {})
                try:
                    # What the build refuses in a page source, the checker reports the same way.
                    check_page_source(path, f"docs/{language}/{name}", today)
                    project.pages[name][language] = read_page(root, language, name)
                except SiteError as error:
                    project.findings.append(Finding.from_error(error))
        return project

    def exists(self, path: str) -> bool:
        return path in self.files or (self.root / path).is_file()

    def languages_of(self, name: str) -> set[str]:
        return {language for language in LANGUAGES if f"docs/{language}/{name}" in self.files}

    def page_findings(self, name: str, declared: LanguageLinks) -> list[Finding]:
        """Rules 1 to 4 and 7 for one page in every language; freshness is separate."""
        versions = self.pages[name]
        if len(versions) < len(self.languages_of(name)):
            return []  # a file that could not be read is reported already
        findings = [
            finding
            for page in versions.values()
            if not page.outline.untranslated
            for finding in (*broken_links(page, page.language, self.exists), *missing_alt_texts(page))
        ]
        stubs = [page for page in versions.values() if page.outline.untranslated]
        if stubs:
            return findings + self._stub_findings(stubs[0], versions.get(other_language(stubs[0].language)))
        if len(versions) < len(LANGUAGES):
            return findings + missing_counterparts(next(iter(versions.values())))
        left, right = versions[DEFAULT_LANGUAGE], versions[other_language(DEFAULT_LANGUAGE)]
        return findings + compare_pages(left, right) + compare_links(left, right, declared, self.exists)

    def _stub_findings(self, stub: PageFile, source: PageFile | None) -> list[Finding]:
        problems = stub_problems(stub, source)
        if problems or source is None:
            return problems
        # The source's links are published in the stub's language: they must lead somewhere there too.
        return [
            untranslated_warning(stub),
            *broken_links(source, stub.language, self.exists, shown_as=stub.path),
        ]

    def is_translated(self, name: str) -> bool:
        versions = self.pages.get(name, {})
        return len(versions) == len(LANGUAGES) and not any(
            page.outline.untranslated for page in versions.values()
        )


def _attempt(findings: list[Finding], load: Callable[[], T]) -> T | None:
    """Run a loader; a SiteError becomes a finding in the checker's format."""
    try:
        return load()
    except SiteError as error:
        findings.append(Finding.from_error(error))
        return None


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    pages: int

    @property
    def failed(self) -> bool:
        return any(finding.is_error for finding in self.findings)

    def summary(self) -> str:
        errors = sum(finding.is_error for finding in self.findings)
        warnings = len(self.findings) - errors
        if not self.findings:
            return (
                f"Languages in step: {self.pages} pages, the navigation and the data checked, no differences."
            )
        counts = " and ".join(
            plural(count, noun) for count, noun in ((errors, "error"), (warnings, "warning")) if count
        )
        if errors:
            return f"{counts}. Fix the errors before merging: see 'For editors: the language checker' in README.md."
        return f"{counts}. Nothing stops the merge; the warnings list known gaps."


def check_project(root: Path, today: date | None = None) -> Report:
    """Every finding for the project at `root`, sorted by file and line; review dates against `today`."""
    # A symbolic link or stray file stops the check before anything in those folders is read.
    problems = tree_problems(root, root / "docs")
    if problems:
        return Report([Finding.from_error(problem) for problem in problems], 0)
    project = Project.read(root)
    findings = list(project.findings)
    findings += review_findings(root, sorted(project.files), today or finnish_today())
    listed = _attempt(findings, lambda: load_external_links(root))
    if listed is not None:
        findings += link_findings(root, listed)
    _attempt(findings, lambda: load_site_data(root))  # rule 5: the build's own validation, reused
    for shown in DATA_FILES:  # rule 3 for the texts in data: news items, contact titles
        document = _attempt(findings, partial(load_yaml, root / shown, shown))
        if document is not None:
            findings += data_fact_differences(shown, document)
    language_links = _attempt(findings, lambda: load_language_links(root)) or ()
    declared = LanguageLinks.of(language_links)
    nav = _attempt(findings, lambda: read_nav(root))
    if nav:
        findings += check_nav(nav, project.pages)
    lock = _attempt(findings, lambda: read_lock(root))
    if lock:
        records, damaged = lock
        findings += [Finding.from_error(problem) for problem in damaged.values()]
        findings += entries_without_pages(records, project.pages)
        findings += [
            finding
            for name in project.pages
            if project.is_translated(name) and name not in damaged
            for finding in freshness(project.pages[name], records.get(name))
        ]
    for name in project.pages:
        findings += project.page_findings(name, declared)
    findings += language_identity.findings(project)
    used = {
        link.target
        for versions in project.pages.values()
        for page in versions.values()
        for link in page.outline.links
        if is_external(link.target)
    }
    findings += unused_language_links(language_links, used)
    ordered = sorted(set(findings), key=lambda finding: (finding.path, finding.line or 0, finding.problem))
    return Report(ordered, len(project.pages))
