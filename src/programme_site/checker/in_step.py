"""Marking a page in step from the browser: the translations.lock entry the job summary offers.

An editor who works in GitHub's web editor has no terminal for `make sync`. So `make check` works out,
for each page whose language versions changed since their entry (or that has none), the entry
`make sync` would write today, if `make sync` would write it: the page is translated and no rule about
its versions finds an error. The job summary shows that entry for the editor to paste over the old one.
Marking stays an editor's act, visible in the pull request's diff; nobody computes a fingerprint.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.checker.translation_lock import in_step_now, lock_entry
from programme_site.core.languages import LANGUAGES
from programme_site.data.language_links import LANGUAGE_LINKS_FILE


@dataclass(frozen=True)
class Offer:
    """A page's new translations.lock entry, and how its versions changed since the old one."""

    page: str
    entry: str  # the lock's text for the page, exactly as `make sync` writes it
    marked: date | None  # the old entry's date; None: the lock has no sound entry for the page
    ahead: str | None  # the one language changed since `marked`; None: both, or no old entry
    replaces: bool = True  # whether the lock has an entry for the page, sound or damaged, to paste over


def blockers(project: Project, name: str, page_findings: Iterable[Finding]) -> list[Finding]:
    """What keeps page `name` from being marked in step: the reading's findings and the page rules'
    errors on its files (`page_findings`: what the page rules found in the whole project)."""
    files = {f"docs/{language}/{name}" for language in LANGUAGES}
    return [finding for finding in [*project.findings, *page_findings] if finding.path in files]


def offers(project: Project, page_errors: list[Finding], today: date) -> list[Offer]:
    """The entry to paste for each page that has changed since it was marked and may be marked now."""
    # Without the lock there is no entry to replace; without the address pairs the link rule could
    # not compare the pages (`make sync` refuses then too).
    if project.lock is None or any(finding.path == LANGUAGE_LINKS_FILE for finding in project.findings):
        return []
    records, damaged = project.lock
    found = []
    for name in sorted(project.pages):
        if not project.is_translated(name) or blockers(project, name, page_errors):
            continue
        now = in_step_now(name, project.pages[name], today)
        record = records.get(name)
        if record is None:
            found.append(Offer(name, lock_entry(now), None, None, replaces=name in damaged))
            continue
        changed = [
            language for language in LANGUAGES if record.fingerprints[language] != now.fingerprints[language]
        ]
        if changed:
            ahead = changed[0] if len(changed) == 1 else None
            found.append(Offer(name, lock_entry(now), record.marked, ahead))
    return found
