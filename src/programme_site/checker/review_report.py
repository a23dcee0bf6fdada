"""The review report: every page and data file past its review date, as one issue editors read.

A scheduled workflow (.github/workflows/review-dates.yml) writes it into one open issue, so that
editors are reminded without running anything. It is written in Finnish and Swedish, as the
editors are; the file names and dates are the same in both.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from programme_site.checker.project import Project
from programme_site.checker.rules.review_dates import Overdue, findings
from programme_site.core.languages import finnish_date

TITLE = "Tarkistettavat sivut / Sidor att granska"
INTRO = (
    "Näiden sivujen ja tiedostojen tiedot on määrä tarkistaa lähteistä: niiden tarkistuspäivä "
    "(`review_by`) on mennyt. Tarkista tiedot, siirrä `updated:` tarkistuspäivään ja `review_by:` "
    "seuraavaan tarkistukseen (CONTRIBUTING.md, *Päivämäärät ja tarkistuspäivät*).\n\n"
    "Uppgifterna på de här sidorna och i de här filerna ska granskas mot källorna: deras granskningsdatum "
    "(`review_by`) har passerat. Granska uppgifterna, flytta `updated:` till granskningsdagen och "
    "`review_by:` till nästa granskning (CONTRIBUTING.md, *Datum och granskningsdatum*)."
)


def overdue(root: Path, today: date) -> list[Overdue]:
    """Every page and data file past its review date on `today`, in the order of their paths."""
    due = [finding for finding in findings(Project.read(root, today)) if isinstance(finding, Overdue)]
    return sorted(due, key=lambda finding: (finding.path, finding.line or 0))


def review_report(root: Path, today: date, link_base: str) -> str:
    """The issue's title on the first line and its text after, or '' when nothing is due.
    `link_base` is where the repository's files are shown, e.g. https://github.com/owner/repo/blob/main:
    each file links to its line there."""
    due = overdue(root, today)
    if not due:
        return ""
    rows = [
        f"| [{finding.path}]({link_base.rstrip('/')}/{finding.path}#L{finding.line}) | {finnish_date(finding.day)} |"
        for finding in due
        if finding.day is not None
    ]
    return "\n".join(
        [
            TITLE,
            "",
            INTRO,
            "",
            "| Tiedosto / Fil | Tarkistuspäivä / Granskningsdatum |",
            "| --- | --- |",
            *rows,
            "",
            f"Tilanne / Läget {finnish_date(today)}.",
            "",
        ]
    )
