"""The one error type editors see: where the problem is, what it is, how to fix it.

A check that can go on after a problem collects it in `Problems` and, at the end, raises
`SiteErrors` with every one, so that an editor fixes them all in one round.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from programme_site.core.messages import ngettext

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

    @property
    def errors(self) -> list[SiteError]:
        """Every problem this error stands for: itself."""
        return [self]


class SiteErrors(SiteError):
    """Several problems found in one run, printed one per line.

    It is a SiteError (the first problem's file, line and text), so that whatever reports one
    problem still works; whatever can report many reads `errors`.
    """

    # An editor fixes the first ones and runs the check again; a longer list only scrolls away.
    SHOWN = 50

    def __init__(self, errors: Iterable[SiteError]) -> None:
        self._errors = [one for error in errors for one in error.errors]
        if not self._errors:
            raise ValueError("SiteErrors needs at least one problem")
        first = self._errors[0]
        super().__init__(first.path, first.line, first.problem)

    @property
    def errors(self) -> list[SiteError]:
        return list(self._errors)

    def lines(self) -> list[str]:
        """One line per problem, the first SHOWN of them, then how many more there are."""
        shown = [str(error) for error in self._errors[: self.SHOWN]]
        more = len(self._errors) - self.SHOWN
        if more > 0:
            shown.append(
                ngettext("… and {count} more problem", "… and {count} more problems", more).format(count=more)
            )
        return shown

    def __str__(self) -> str:
        return "\n".join(self.lines())


class Problems:
    """The problems a check has found so far; `raise_any` raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[SiteError] = []

    def __len__(self) -> int:
        return len(self.errors)

    def add(self, error: SiteError) -> None:
        self.errors.extend(error.errors)

    def add_all(self, errors: Iterable[SiteError]) -> None:
        for error in errors:
            self.add(error)

    @contextmanager
    def collect(self) -> Iterator[None]:
        """Run a check; a SiteError it raises is kept, and the check after it runs too."""
        try:
            yield
        except SiteError as error:
            self.add(error)

    def raise_any(self) -> None:
        if self.errors:
            raise SiteErrors(self.errors)
