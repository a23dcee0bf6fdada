"""The language checker's command: every way the Finnish and Swedish versions differ, one line each.

    python -m programme_site.checker [--root DIR]
    python -m programme_site.checker [--root DIR] --sync PAGE [PAGE ...]

`make check` and `make sync PAGE=x.md` run these.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from programme_site.checker.job_summary import changed_files, job_summary
from programme_site.checker.review_report import review_report
from programme_site.checker.run import check_project
from programme_site.checker.sync import sync
from programme_site.checker.translation_lock import LOCK
from programme_site.core.annotations import in_github_actions
from programme_site.core.errors import SiteError
from programme_site.core.languages import finnish_today
from programme_site.core.messages import _


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
    try:
        if args.review_report is not None:
            print(review_report(args.root, finnish_today(), args.review_report), end="")
            return 0
        report = check_project(args.root)
    except SiteError as error:
        print(error)
        return 1
    github = in_github_actions()
    for finding in report.findings:
        print(finding.annotation() if github else finding)
    print(report.summary())
    if github and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        with Path(summary).open("a", encoding="utf-8") as file:
            file.write(job_summary(report, changed_files(args.root)))
    return 1 if report.failed else 0


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
