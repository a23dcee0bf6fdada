"""What one run of the checker found, and how it sums it up for the editor."""

from __future__ import annotations

from dataclasses import dataclass, field

from programme_site.checker.findings import Finding
from programme_site.checker.in_step import Offer
from programme_site.core.messages import _, ngettext


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    pages: int
    states: list[tuple[str, str]] = field(default_factory=list)  # (page, its translation state)
    offers: list[Offer] = field(default_factory=list)  # entries to mark pages in step (checker/in_step.py)

    @property
    def failed(self) -> bool:
        return any(finding.is_error for finding in self.findings)

    def summary(self) -> str:
        errors = sum(finding.is_error for finding in self.findings)
        warnings = len(self.findings) - errors
        if not self.findings:
            return _(
                "Languages in step: {pages} pages, the navigation and the data checked, no differences."
            ).format(pages=self.pages)
        counted = [
            *([ngettext("{count} error", "{count} errors", errors).format(count=errors)] if errors else []),
            *(
                [ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings)]
                if warnings
                else []
            ),
        ]
        counts = (
            _("{errors} and {warnings}").format(errors=counted[0], warnings=counted[1])
            if len(counted) == 2
            else counted[0]
        )
        if errors:
            return _(
                "{counts}. Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md."
            ).format(counts=counts)
        return _("{counts}. Nothing stops the merge; the warnings list known gaps.").format(counts=counts)
