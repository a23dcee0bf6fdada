"""The language checker's command: every way the Finnish and Swedish versions differ, one line each.

    python -m programme_site.checker [--root DIR]
    python -m programme_site.checker [--root DIR] --sync PAGE [PAGE ...]

`make check` and `make sync PAGE=x.md` run these. With SITE_MESSAGES_LANGUAGE naming several
languages (`fi,sv`, as GitHub's checks have it) the check reports in each: every finding once,
in each language in turn, and the job summary once per language.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from programme_site.checker.findings import Finding
from programme_site.checker.job_summary import changed_files, job_summary
from programme_site.checker.report import Report
from programme_site.checker.review_report import review_report
from programme_site.checker.run import check_project
from programme_site.checker.sync import sync
from programme_site.checker.translation_lock import LOCK
from programme_site.core.annotations import in_github_actions, workflow_command
from programme_site.core.errors import SiteError
from programme_site.core.languages import finnish_today
from programme_site.core.messages import _, chosen_languages, speaking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m programme_site.checker",
        description=_("Check that the Finnish and Swedish versions of the site say the same thing."),
    )
    parser.add_argument("--root", type=Path, default=Path("."), help=_("the project folder (default: here)"))
    parser.add_argument(
        "--sync", nargs="*", metavar="PAGE", help=_("mark these pages as in step in {lock}").format(lock=LOCK)
    )
    parser.add_argument(
        "--review-report",
        metavar="LINK_BASE",
        help=_("print the pages and data files past their review date, linked under LINK_BASE"),
    )
    args = parser.parse_args(argv)
    if args.sync is not None:
        return sync_pages(args.sync, args.root)
    languages = chosen_languages()
    reports: dict[str, Report] = {}
    try:
        if args.review_report is not None:
            print(review_report(args.root, finnish_today(), args.review_report), end="")
            return 0
        # The rules word their findings as they find them: one run per language.
        for language in languages:
            with speaking(language):
                reports[language] = check_project(args.root)
    except SiteError as error:
        print(error)
        return 1
    github = in_github_actions()
    for versions in _each_finding(reports):
        if github:
            print(_annotation(versions))
            continue
        for language, finding in versions:
            with speaking(language):
                print(finding)
    for language, report in reports.items():
        with speaking(language):
            print(report.summary())
    if github and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        changed = changed_files(args.root)
        parts = []
        for language, report in reports.items():
            with speaking(language):
                parts.append(job_summary(report, changed))
        with Path(summary).open("a", encoding="utf-8") as file:
            file.write("\n---\n\n".join(parts))
    return 1 if next(iter(reports.values())).failed else 0


def _each_finding(reports: dict[str, Report]) -> list[list[tuple[str, Finding]]]:
    """Each finding in every language of `reports`, as (language, finding) pairs.

    Every run finds the same in the same order (run.py sorts by file and line only), so the n-th
    findings are one; should the runs ever differ, each language's findings are listed apart rather
    than paired wrongly.
    """
    runs = [[(language, finding) for finding in report.findings] for language, report in reports.items()]
    together = [list(versions) for versions in zip(*runs, strict=False)]
    if all(len(run) == len(runs[0]) for run in runs) and all(
        len({(finding.path, finding.line, finding.severity) for _language, finding in versions}) == 1
        for versions in together
    ):
        return together
    return [[version] for run in runs for version in run]


def _annotation(versions: list[tuple[str, Finding]]) -> str:
    """One GitHub annotation for a finding, its text in each language: GitHub shows few per step."""
    titles, problems = [], []
    for language, finding in versions:
        with speaking(language):
            titles.append(_("Language check"))
        problems.append(finding.problem)
    first = versions[0][1]
    return workflow_command(
        first.severity, first.path, first.line, " / ".join(dict.fromkeys(titles)), "\n\n".join(problems)
    )


def sync_pages(names: list[str], root: Path = Path(".")) -> int:
    """Mark the pages `names` in step. `make sync` calls this with the words of PAGE, so that no word
    (not even one starting with '-') is read as anything but a page name."""
    if not names:
        print(_("Name the page you have brought in step, e.g. make sync PAGE=verkosto.md"), file=sys.stderr)
        return 2
    try:
        output, success = sync(root, names, finnish_today())
    except SiteError as error:
        print(error)
        return 1
    print("\n".join(output))
    return 0 if success else 1


if __name__ == "__main__":
    sys.exit(main())
