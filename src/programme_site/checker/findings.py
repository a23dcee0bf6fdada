"""What the language checker reports: one line per finding, errors and warnings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from programme_site.core.errors import SiteError
from programme_site.core.messages import _

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One difference between the languages: `path:line: what is wrong, and how to fix it`.

    An error stops the merge; a warning (an honest, declared gap such as a page
    not yet translated) is listed but does not. Warnings print as
    `path:line: warning: …`, the way compilers write them, so editors and tools
    can tell them apart.
    """

    path: str
    line: int | None
    problem: str
    severity: Severity = "error"

    @classmethod
    def from_error(cls, error: SiteError) -> Finding:
        return cls(error.path, error.line, error.problem)

    @classmethod
    def every(cls, error: SiteError) -> list[Finding]:
        """A finding for each problem the error stands for (a SiteErrors holds several)."""
        return [cls.from_error(one) for one in error.errors]

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        problem = self.problem if self.is_error else _("warning: {problem}").format(problem=self.problem)
        return str(SiteError(self.path, self.line, problem))


def warning(path: str, line: int | None, problem: str) -> Finding:
    return Finding(path, line, problem, "warning")
