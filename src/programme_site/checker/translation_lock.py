"""Rule 6: know when one language has changed since the versions were last in step.

translations.lock records, for each page, the date an editor marked its
language versions as saying the same thing and a fingerprint (sha256) of each
file at that moment. It lives in the repository, so the check works in a
shallow CI clone without git history. `make sync PAGE=x.md` writes an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from programme_site.checker.findings import Finding
from programme_site.checker.page_outline import PageFile
from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from programme_site.core.located_yaml import Located, load_yaml

LOCK = "translations.lock"
SYNC = "make sync PAGE={page}"
REWRITE = f"Run `{SYNC}` to write it again."
HEADER = f"""\
# Which pages say the same thing in every language. Written by `{SYNC.format(page="name.md")}`;
# do not edit by hand. For each page: the date an editor marked its language versions
# as in step, and the sha256 fingerprint of each file at that moment. When a file
# changes afterwards, `make check` says which language is behind.
"""

FINGERPRINT_PATTERN = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class InStep:
    """When an editor last marked a page's language versions as saying the same thing."""

    page: str
    line: int
    marked: date
    fingerprints: dict[str, str]  # language -> sha256 of the file at that moment


def parse_translation_lock(
    path: str, document: Any, fix: str
) -> tuple[dict[str, InStep], dict[str, SiteError]]:
    """The lock's sound records, and a problem for each damaged entry, both by page name.

    The lock is written by a command, never by hand, so every kind of damage gets
    the same advice (`fix`). A damaged entry does not hide the others: the command
    that repairs it must be able to read the rest.
    """
    if document is None:
        return {}, {}
    if not isinstance(document, Located):
        raise SiteError(path, None, f"the file must list pages as 'name.md:' entries. {fix.format(page='…')}")
    records, damaged = {}, {}
    for page, raw in document.items():
        line = document.key_lines[page]
        try:
            marked = date.fromisoformat(raw["in_step"])
            fingerprints = {language: raw[language] for language in LANGUAGES}
            sound = set(raw) == {"in_step", *LANGUAGES} and all(
                isinstance(value, str) and FINGERPRINT_PATTERN.fullmatch(value)
                for value in fingerprints.values()
            )
        except (KeyError, TypeError, ValueError):
            sound = False
        if sound:
            records[page] = InStep(page, line, marked, fingerprints)
        else:
            damaged[page] = SiteError(
                path,
                line,
                f"the entry for {page} is damaged: it needs 'in_step' (a date) and a fingerprint "
                f"for each of {', '.join(LANGUAGES)}. {fix.format(page=page)}",
            )
    return records, damaged


def read_lock(root: Path) -> tuple[dict[str, InStep], dict[str, SiteError]]:
    """The lock's sound entries, and a problem for each damaged one, by page name."""
    if not (root / LOCK).is_file():
        raise SiteError(
            LOCK,
            None,
            f"the file is missing. Restore it from the main branch, or run `{SYNC.format(page='…')}`.",
        )
    return parse_translation_lock(LOCK, load_yaml(root / LOCK, LOCK), REWRITE)


def write_lock(root: Path, records: Iterable[InStep]) -> None:
    entries = {
        record.page: {"in_step": record.marked.isoformat(), **record.fingerprints}
        for record in sorted(records, key=lambda record: record.page)
    }
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True) if entries else ""
    (root / LOCK).write_text(HEADER + body, encoding="utf-8")


def freshness(versions: dict[str, PageFile], record: InStep | None) -> list[Finding]:
    """Compare a translated page's files with the fingerprints taken when they were last in step."""
    first = versions[DEFAULT_LANGUAGE]
    sync = SYNC.format(page=first.name)
    if record is None:
        return [
            Finding(
                first.path,
                1,
                f"is not marked as in step with its translation in {LOCK}. "
                f"When both languages say the same, run `{sync}`.",
            )
        ]
    changed = [
        page for language, page in versions.items() if page.fingerprint != record.fingerprints[language]
    ]
    marked = record.marked.isoformat()
    if len(changed) == len(versions):
        others = " and ".join(page.path for page in changed if page is not first)
        return [
            Finding(
                first.path,
                1,
                f"this page and {others} have both changed since they were marked in step on {marked}. "
                f"Check that they say the same, then run `{sync}`.",
            )
        ]
    if not changed:
        return []
    # Only one language changed: say which, and that the change itself may be the mistake (a text
    # pasted in the wrong language), so the editor checks it before bringing this page in step.
    ahead = changed[0]
    changed_language = LANGUAGE_NAMES[ahead.language]
    return [
        Finding(
            page.path,
            1,
            f"the {changed_language} page {ahead.path} changed after both were marked in step on {marked}; "
            f"this {LANGUAGE_NAMES[page.language]} page did not. Check the {changed_language} change; if it is "
            f"right, bring this page in step with it, then run `{sync}`.",
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
            f"{name} has no page in {' or '.join(f'docs/{language}/' for language in LANGUAGES)} any more. "
            f"Run `{SYNC.format(page=name)}` to remove the entry.",
        )
        for name in sorted(gone)
    ]


def mark_in_step(records: dict[str, InStep], name: str, versions: dict[str, PageFile], today: date) -> None:
    """Record that the page's language versions say the same thing as of today."""
    records[name] = InStep(
        page=name,
        line=0,
        marked=today,
        fingerprints={language: versions[language].fingerprint for language in LANGUAGES},
    )
