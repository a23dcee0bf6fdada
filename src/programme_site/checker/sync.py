"""`make sync PAGE=x.md`: mark a page's language versions as in step, refusing any that still differ."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from programme_site.build.source_tree import tree_problems
from programme_site.checker.address_pairs import load_language_links
from programme_site.checker.link_parity import LanguageLinks
from programme_site.checker.project import Project
from programme_site.checker.rules import language_identity
from programme_site.checker.translation_lock import LOCK, mark_in_step, read_lock, write_lock
from programme_site.core.languages import LANGUAGES


def _page_name(argument: str) -> str:
    """Accept x.md as well as docs/fi/x.md or docs/sv/x.md: editors copy paths from messages."""
    for language in LANGUAGES:
        argument = argument.removeprefix(f"docs/{language}/")
    return argument


def sync(root: Path, names: list[str], today: date) -> tuple[list[str], bool]:
    """Mark pages as in step, refusing any page whose versions still differ. Returns output and success."""
    problems = tree_problems(root, root / "docs")
    if problems:
        return [*map(str, problems), "Nothing was marked in step: fix what is listed above first."], False
    project = Project.read(root)
    records, damaged = read_lock(root) if (root / LOCK).is_file() else ({}, {})
    declared = LanguageLinks.of(load_language_links(root))
    output: list[str] = []
    success = True
    for name in map(_page_name, names):
        damaged.pop(name, None)  # written afresh below, or removed with its page
        if name not in project.pages:
            if name in records:
                del records[name]
                output.append(f"{name}: the page no longer exists; removed it from {LOCK}.")
            else:
                folders = " or ".join(f"docs/{language}/" for language in LANGUAGES)
                output.append(f"{name}: there is no such page in {folders}.")
                success = False
            continue
        files = {f"docs/{language}/{name}" for language in LANGUAGES}
        errors = [finding for finding in project.findings if finding.path in files]
        errors += [finding for finding in project.page_findings(name, declared) if finding.is_error]
        errors += language_identity.page_findings(project, name)
        if errors or not project.is_translated(name):
            output += [str(finding) for finding in errors]
            output.append(
                f"{name}: not marked in step. Translate the page and fix what is listed above first."
                if errors
                else f"{name}: not marked in step: it is not yet translated."
            )
            success = False
            continue
        mark_in_step(records, name, project.pages[name], today)
        output.append(f"{name}: marked in step on {today.isoformat()}. Commit {LOCK} with the page.")
    output += [
        f"{name}: its damaged entry is dropped from {LOCK}. Check the page, then run `make sync PAGE={name}`."
        for name in damaged
    ]
    write_lock(root, records.values())
    return output, success
