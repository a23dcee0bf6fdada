"""The one error type editors see: where the problem is, what it is, how to fix it."""

from __future__ import annotations

from pathlib import Path


class SiteError(Exception):
    """A problem in the site's sources, reported as `file:line: what, how to fix`."""

    def __init__(self, path: str | Path, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem}"
