"""When a page was last updated, from a source that works in any clone.

In order:
1. `updated: YYYY-MM-DD` in the page's front matter (every real page has it,
   so the date is the same in a shallow CI clone and on an editor's machine);
2. otherwise the date of git's last commit of the file, when the full history
   is there (in a shallow clone git would give the clone's newest commit);
3. otherwise the build date: a page that is new and not committed yet is
   being written today.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from functools import cache
from pathlib import Path

from .errors import SiteError
from .yaml_source import Located, parse_yaml

# The front matter block as MkDocs reads it: between '---' lines at the top of the file.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
DATE_HINT = "Write it as year-month-day, e.g. updated: 2023-10-03."


def front_matter_date(source: str, path: str, today: date) -> date | None:
    """The `updated:` date of a page's front matter, checked; None if it has none."""
    match = FRONT_MATTER.match(source)
    if not match:
        return None
    # A blank first line stands for the opening '---', so YAML's line numbers are the file's.
    meta = parse_yaml("\n" + match[1], path)
    if not isinstance(meta, Located) or "updated" not in meta:
        return None
    line, value = meta.key_lines["updated"], meta["updated"]
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    if day is None:
        raise SiteError(path, line, f"front matter 'updated': '{value}' is not a date. {DATE_HINT}")
    if day > today:
        raise SiteError(
            path,
            line,
            f"front matter 'updated': {day.isoformat()} is after today ({today.isoformat()}). "
            "Write the date the page was last changed.",
        )
    return day


@cache
def _has_full_history(folder: Path) -> bool:
    result = _git(folder, "rev-parse", "--is-shallow-repository")
    return result == "false"


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, check=False, timeout=30
        )
    except OSError:  # no git on this machine
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def git_date(file: Path) -> date | None:
    """The date of the last commit that changed `file`, if git's full history is there."""
    if not _has_full_history(file.parent):
        return None
    committed = _git(file.parent, "log", "-1", "--format=%cs", "--", file.name)
    return date.fromisoformat(committed) if committed else None


def page_updated(source: str, path: str, file: Path | None, today: date) -> date:
    """The date to show on a page; `file` is its file on disk (None if generated)."""
    return front_matter_date(source, path, today) or (file and git_date(file)) or today
