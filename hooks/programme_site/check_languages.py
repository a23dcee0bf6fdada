"""The language checker: every way the Finnish and Swedish versions differ, one line each.

    python -m programme_site.check_languages [--root DIR]
    python -m programme_site.check_languages [--root DIR] --sync PAGE [PAGE ...]

`make check` and `make sync PAGE=x.md` run these. Each page is read twice (the
build's source rules, then its outline), every other file once; the
work grows linearly with the number of pages.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from .data_parity import data_fact_differences
from .errors import SiteError
from .external_links import link_findings, load_external_links
from .findings import Finding
from .language_parity import check_nav, compare_pages, missing_alt_texts, missing_counterparts, plural
from .link_parity import LanguageLinks, broken_links, compare_links, is_external, unused_language_links
from .models import (
    DATA_FILES,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    finnish_today,
    load_language_links,
    load_site_data,
)
from .nav_config import read_nav
from .page_outline import PageFile, read_page
from .page_sources import check_page_source
from .review_dates import review_findings
from .source_tree import tree_problems
from .translation_lock import LOCK, entries_without_pages, freshness, mark_in_step, read_lock, write_lock
from .untranslated import other_language, stub_problems, untranslated_warning
from .yaml_source import load_yaml

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


def _page_name(argument: str) -> str:
    """Accept x.md as well as docs/fi/x.md or docs/sv/x.md: editors copy paths from messages."""
    for language in LANGUAGES:
        argument = argument.removeprefix(f"docs/{language}/")
    return argument


def sync(root: Path, names: list[str], today: date) -> tuple[list[str], bool]:
    """Mark pages as in step, refusing any page whose versions still differ. Returns output and success."""
    problems = tree_problems(root, root / "docs")
    if problems:
        return [*map(str, problems), "Nothing was marked in step: fix what is listed above first."], False
    project = Project.read(root)
    records, damaged = read_lock(root) if (root / LOCK).is_file() else ({}, {})
    declared = LanguageLinks.of(load_language_links(root))
    output: list[str] = []
    success = True
    for name in map(_page_name, names):
        damaged.pop(name, None)  # written afresh below, or removed with its page
        if name not in project.pages:
            if name in records:
                del records[name]
                output.append(f"{name}: the page no longer exists; removed it from {LOCK}.")
            else:
                folders = " or ".join(f"docs/{language}/" for language in LANGUAGES)
                output.append(f"{name}: there is no such page in {folders}.")
                success = False
            continue
        files = {f"docs/{language}/{name}" for language in LANGUAGES}
        errors = [finding for finding in project.findings if finding.path in files]
        errors += [finding for finding in project.page_findings(name, declared) if finding.is_error]
        if errors or not project.is_translated(name):
            output += [str(finding) for finding in errors]
            output.append(
                f"{name}: not marked in step. Translate the page and fix what is listed above first."
                if errors
                else f"{name}: not marked in step: it is not yet translated."
            )
            success = False
            continue
        mark_in_step(records, name, project.pages[name], today)
        output.append(f"{name}: marked in step on {today.isoformat()}. Commit {LOCK} with the page.")
    output += [
        f"{name}: its damaged entry is dropped from {LOCK}. Check the page, then run `make sync PAGE={name}`."
        for name in damaged
    ]
    write_lock(root, records.values())
    return output, success


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m programme_site.check_languages",
        description="Check that the Finnish and Swedish versions of the site say the same thing.",
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: here)")
    parser.add_argument("--sync", nargs="*", metavar="PAGE", help="mark these pages as in step in " + LOCK)
    args = parser.parse_args(argv)
    try:
        if args.sync is not None:
            if not args.sync:
                print(
                    "Name the page you have brought in step, e.g. make sync PAGE=verkosto.md", file=sys.stderr
                )
                return 2
            output, success = sync(args.root, args.sync, date.today())
            print("\n".join(output))
            return 0 if success else 1
        report = check_project(args.root)
    except SiteError as error:
        print(error)
        return 1
    for finding in report.findings:
        print(finding)
    print(report.summary())
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
