"""Review dates: the day by which an editor checks a page's facts again.

Facts go stale quietly (an office is reorganised, an act replaced), and the
page's date then tells a reader the text is current. So every page says in its
front matter `review_by: YYYY-MM-DD`, and the data files say it under
`settings:`. A page without one is an error; a page or file past its date is a
warning, so that `make check` lists what is due without stopping a merge. When
a page is reviewed, `updated:` and `review_by:` move together, so review_by
must come after updated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import Located
from programme_site.core.messages import N_, _
from programme_site.pages.front_matter import UNTRANSLATED_KEY, front_matter
from programme_site.pages.text import page_text

KEY = "review_by"
EXAMPLE = "2027-05-31"


@dataclass(frozen=True)
class Overdue(Finding):
    """A page or data file past its review date: a warning, and a line of the review report."""

    day: date | None = None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# Where the date is written, as a message names it.
IN_FRONT_MATTER = N_(
    "front matter '{key}': '{value}' is not a date. Write it as year-month-day, e.g. {key}: {example}."
)
IN_SETTINGS = N_(
    "'settings:' '{key}': '{value}' is not a date. Write it as year-month-day, e.g. {key}: {example}."
)


def _date_findings(shown: str, mapping: Located, not_a_date: str, today: date) -> list[Finding]:
    line = mapping.key_lines[KEY]
    day = _day(mapping[KEY])
    if day is None:
        return [
            Finding(
                shown,
                line,
                _(not_a_date).format(key=KEY, value=mapping[KEY], example=EXAMPLE),
            )
        ]
    updated = _day(mapping.get("updated"))
    if updated is not None and day <= updated:
        return [
            Finding(
                shown,
                line,
                _(
                    "'{key}' {day} is not after 'updated' {updated}. When you review a page, "
                    "move both: 'updated:' to the day of the review and 'review_by:' to the next review date."
                ).format(key=KEY, day=day.isoformat(), updated=updated.isoformat()),
            )
        ]
    if day < today:
        due = _(
            "the review date {day} has passed. Check its facts against their sources, then set 'updated:' "
            "to the day of the review and 'review_by:' to the next review date."
        )
        return [Overdue(shown, line, due.format(day=day.isoformat()), "warning", day)]
    return []


def page_review_findings(root: Path, shown: str, today: date) -> list[Finding]:
    """The review date of one page, docs/<language>/<name>.md; a not-yet-translated stub has none."""
    meta, _lines = front_matter(page_text(root / shown, shown), shown)
    if isinstance(meta, Located) and UNTRANSLATED_KEY in meta:
        return []  # a stub: the reviewed text is the other language's page (rules/untranslated.py checks the stub)
    if not isinstance(meta, Located) or KEY not in meta:
        return [
            Finding(
                shown,
                1,
                _(
                    "the front matter has no '{key}:' date. Add the day by which an editor checks the page's "
                    "facts again, e.g. {key}: {example}."
                ).format(key=KEY, example=EXAMPLE),
            )
        ]
    return _date_findings(shown, meta, IN_FRONT_MATTER, today)


def data_review_findings(shown: str, document: Any, today: date) -> list[Finding]:
    settings = document.get("settings") if isinstance(document, Located) else None
    if not isinstance(settings, Located) or KEY not in settings:
        line = document.key_lines.get("settings") if isinstance(document, Located) else None
        return [
            Finding(
                shown,
                line,
                _(
                    "there is no '{key}:' date under 'settings:'. Add the day by which an editor checks the "
                    "file's facts again, under a 'settings:' line at the top: '  {key}: {example}'."
                ).format(key=KEY, example=EXAMPLE),
            )
        ]
    return _date_findings(shown, settings, IN_SETTINGS, today)


def findings(project: Project) -> list[Finding]:
    """Every page's and data file's review date (a data file that could not be read is reported already)."""
    found: list[Finding] = []
    for shown in sorted(project.files):
        try:
            found += page_review_findings(project.root, shown, project.today)
        except SiteError as error:  # unreadable front matter: the same line as the checker's other rules give
            found += Finding.every(error)
    for shown, document in project.data.items():
        found += data_review_findings(shown, document, project.today)
    return found
