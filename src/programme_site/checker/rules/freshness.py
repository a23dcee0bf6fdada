"""Know when one language has changed since the versions were last marked in step.

Each translated page's files are compared with the fingerprints translations.lock
took when an editor last marked the page in step (`make sync`, or the entry the job summary
offers, pasted); a damaged entry, and an entry for a page that is gone, are errors too. Each
message names the entry's line: a mistyped paste shows there.
"""

from __future__ import annotations

from collections.abc import Iterable

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.translation_lock import LOCK, SYNC, InStep
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from programme_site.core.messages import N_, _

# Named by the language that changed; each translation words the two languages its own way.
_ONE_CHANGED = {
    "fi": N_(
        "the Finnish page {changed} changed after both were marked in step on {marked} ({entry}); this "
        "Swedish page did not. Check the Finnish change; if it is right, bring this page in step with it, "
        "then replace that entry with the one the job summary offers, or run `{sync}`."
    ),
    "sv": N_(
        "the Swedish page {changed} changed after both were marked in step on {marked} ({entry}); this "
        "Finnish page did not. Check the Swedish change; if it is right, bring this page in step with it, "
        "then replace that entry with the one the job summary offers, or run `{sync}`."
    ),
}


def findings(project: Project) -> list[Finding]:
    if project.lock is None:
        return []  # the lock could not be read: reported already
    records, damaged = project.lock
    found = [Finding.from_error(problem) for problem in damaged.values()]
    found += entries_without_pages(records, project.pages)
    found += [
        finding
        for name in project.pages
        if project.is_translated(name) and name not in damaged
        for finding in freshness(project.pages[name], records.get(name))
    ]
    return found


def freshness(versions: dict[str, PageFile], record: InStep | None) -> list[Finding]:
    """Compare a translated page's files with the fingerprints taken when they were last in step."""
    first = versions[DEFAULT_LANGUAGE]
    sync = SYNC.format(page=first.name)
    if record is None:
        return [
            Finding(
                first.path,
                1,
                _(
                    "is not marked as in step with its translation in {lock}. When both languages say "
                    "the same, add the entry the job summary offers to {lock}, or run `{sync}`."
                ).format(lock=LOCK, sync=sync),
            )
        ]
    changed = [
        page for language, page in versions.items() if page.fingerprint != record.fingerprints[language]
    ]
    marked, entry = record.marked.isoformat(), f"{LOCK}:{record.line}"
    if len(changed) == len(versions):
        others = " and ".join(page.path for page in changed if page is not first)
        return [
            Finding(
                first.path,
                1,
                _(
                    "this page and {others} have both changed since they were marked in step on {marked} "
                    "({entry}). Check that they say the same, then replace that entry with the one the job "
                    "summary offers, or run `{sync}`."
                ).format(others=others, marked=marked, entry=entry, sync=sync),
            )
        ]
    if not changed:
        return []
    # Only one language changed: say which, and that the change itself may be the mistake (a text
    # pasted in the wrong language), so the editor checks it before bringing this page in step.
    ahead = changed[0]
    return [
        Finding(
            page.path,
            1,
            _(_ONE_CHANGED[ahead.language]).format(changed=ahead.path, marked=marked, entry=entry, sync=sync),
        )
        for page in versions.values()
        if page is not ahead
    ]


def entries_without_pages(records: dict[str, InStep], pages: Iterable[str]) -> list[Finding]:
    gone = records.keys() - set(pages)
    return [
        Finding(
            LOCK,
            records[name].line,
            _("{page} has no page in {folders} any more. Run `{sync}` to remove the entry.").format(
                page=name,
                folders=_(" or ").join(f"docs/{language}/" for language in LANGUAGES),
                sync=SYNC.format(page=name),
            ),
        )
        for name in sorted(gone)
    ]
