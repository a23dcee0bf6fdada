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

import subprocess
from datetime import date
from functools import cache
from pathlib import Path

from programme_site.pages.front_matter import check_front_matter, front_matter


def front_matter_date(source: str, path: str, latest: date | None) -> date | None:
    """The `updated:` date of a page's front matter, checked; None if it has none.

    `latest` is the newest date allowed; None for a generated page, whose date is checked in its data.
    """
    meta, _ = front_matter(source, path)
    return check_front_matter(path, meta, latest) if meta is not None else None


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
    return front_matter_date(source, path, today if file else None) or (file and git_date(file)) or today
