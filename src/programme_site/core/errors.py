"""The one error type editors see: where the problem is, what it is, how to fix it."""

from __future__ import annotations

from pathlib import Path

_ONE_LINE = str.maketrans({"\n": "\\n", "\r": "\\r"})


class SiteError(Exception):
    """A problem in the site's sources, reported as `file:line: what, how to fix`."""

    def __init__(self, path: str | Path, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        # One finding, one line: a newline quoted from the source (a key or value) shows as \n.
        return f"{where}: {self.problem}".translate(_ONE_LINE)
