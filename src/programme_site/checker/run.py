"""The checker's rules, in the order they run, and the run itself: read the project once, then ask
every rule (`make check`); `make sync` asks the rules about one page's language versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from programme_site.checker.findings import Finding
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
    finnish_only.findings,
)


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
