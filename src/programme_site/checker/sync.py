"""`make sync PAGE=x.md`: mark a page's language versions as in step, refusing any that still differ."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from programme_site.checker.in_step import blockers
from programme_site.checker.project import Project
from programme_site.checker.run import PAGE_RULES
from programme_site.checker.translation_lock import LOCK, mark_in_step, write_lock
from programme_site.core.languages import LANGUAGES, finnish_today
from programme_site.core.messages import _
from programme_site.data.language_links import LANGUAGE_LINKS_FILE
from programme_site.pages.tree import tree_problems


def _page_name(argument: str) -> str:
    """Accept x.md as well as docs/fi/x.md or docs/sv/x.md: editors copy paths from messages."""
    for language in LANGUAGES:
        argument = argument.removeprefix(f"docs/{language}/")
    return argument


def sync(root: Path, names: list[str], today: date) -> tuple[list[str], bool]:
    """Mark pages as in step, refusing any page whose versions still differ. Returns output and success."""
    problems = tree_problems(root, root / "docs")
    if problems:
        return [*map(str, problems), _("Nothing was marked in step: fix what is listed above first.")], False
    project = Project.read(root, finnish_today())
    # A lock that cannot be read would lose its other entries when written; without the address
    # pairs the link rule cannot compare pages. A missing lock is written afresh.
    unreadable = next(
        (
            finding
            for finding in project.findings
            if finding.path == LANGUAGE_LINKS_FILE or (finding.path == LOCK and (root / LOCK).is_file())
        ),
        None,
    )
    if unreadable is not None:
        return [str(unreadable)], False
    records, damaged = project.lock or ({}, {})
    page_errors = sorted(
        (finding for rule in PAGE_RULES for finding in rule(project) if finding.is_error),
        key=lambda finding: (finding.path, finding.line or 0, finding.problem),
    )
    output: list[str] = []
    success = True
    for name in map(_page_name, names):
        damaged.pop(name, None)  # written afresh below, or removed with its page
        if name not in project.pages:
            if name in records:
                del records[name]
                output.append(
                    _("{page}: the page no longer exists; removed it from {lock}.").format(
                        page=name, lock=LOCK
                    )
                )
            else:
                folders = _(" or ").join(f"docs/{language}/" for language in LANGUAGES)
                output.append(
                    _("{page}: there is no such page in {folders}.").format(page=name, folders=folders)
                )
                success = False
            continue
        errors = blockers(project, name, page_errors)
        if errors or not project.is_translated(name):
            output += [str(finding) for finding in errors]
            output.append(
                (
                    _("{page}: not marked in step. Translate the page and fix what is listed above first.")
                    if errors
                    else _("{page}: not marked in step: it is not yet translated.")
                ).format(page=name)
            )
            success = False
            continue
        mark_in_step(records, name, project.pages[name], today)
        output.append(
            _("{page}: marked in step on {day}. Commit {lock} with the page.").format(
                page=name, day=today.isoformat(), lock=LOCK
            )
        )
    output += [
        _(
            "{page}: its damaged entry is dropped from {lock}. Check the page, then run `make sync PAGE={page}`."
        ).format(page=name, lock=LOCK)
        for name in damaged
    ]
    write_lock(root, records.values())
    return output, success
