"""The checker's rules, in the order they run, and the run itself: read the project once, then ask
every rule (`make check`); `make sync` asks the rules about one page's language versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from programme_site.checker.findings import Finding
from programme_site.checker.in_step import offers
from programme_site.checker.job_summary import translation_states
from programme_site.checker.project import Project
from programme_site.checker.report import Report
from programme_site.checker.rules import (
    addresses,
    alt_texts,
    counterparts,
    data_facts,
    external_links,
    facts,
    finnish_only,
    freshness,
    language_identity,
    links,
    nav_titles,
    review_dates,
    structure,
    untranslated,
)
from programme_site.core.languages import finnish_today
from programme_site.pages.tree import tree_problems

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
# The rules about the whole site, run after the page rules; all findings are sorted by file and line afterwards.
SITE_RULES: tuple[Rule, ...] = (
    nav_titles.findings,
    language_identity.nav_findings,
    addresses.findings,
    data_facts.findings,
    freshness.findings,
    review_dates.findings,
    external_links.findings,
    finnish_only.findings,
)


def check_project(root: Path, today: date | None = None) -> Report:
    """Every finding for the project at `root`, sorted by file and line; review dates against `today`."""
    # A symbolic link or stray file stops the check before anything in those folders is read.
    problems = tree_problems(root, root / "docs")
    if problems:
        return Report([Finding.from_error(problem) for problem in problems], 0)
    today = today or finnish_today()
    project = Project.read(root, today)
    page_findings = [finding for rule in PAGE_RULES for finding in rule(project)]
    other_findings = [finding for rule in SITE_RULES for finding in rule(project)]
    # By file and line, and on one line in the order the rules found them: the same order in every
    # language, so that `python -m programme_site.checker` can pair a finding's languages.
    ordered = sorted(
        dict.fromkeys([*project.findings, *page_findings, *other_findings]),
        key=lambda finding: (finding.path, finding.line or 0),
    )
    page_errors = [finding for finding in page_findings if finding.is_error]
    return Report(
        ordered, len(project.pages), translation_states(project), offers(project, page_errors, today)
    )
