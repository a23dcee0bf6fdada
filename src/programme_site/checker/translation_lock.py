"""translations.lock: its records, and its reader and writer (rules/freshness.py checks the pages against it).

translations.lock records, for each page, the date an editor marked its
language versions as saying the same thing and a fingerprint (sha256) of each
file at that moment. It lives in the repository, so the check works in a
shallow CI clone without git history. `make sync PAGE=x.md` writes an entry; in the browser, an
editor pastes the entry the Checks job summary offers (checker/in_step.py), the very text
`make sync` would write that day, so nobody computes a fingerprint by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from programme_site.checker.page_files import PageFile
from programme_site.core.errors import SiteError
from programme_site.core.languages import LANGUAGES
from programme_site.core.located_yaml import Located, load_yaml
from programme_site.core.messages import N_, _

LOCK = "translations.lock"
SYNC = "make sync PAGE={page}"
REWRITE = N_(
    "Paste the page's entry again exactly as the job summary of the Checks run offers it, or run `{sync}`."
)
HEADER = f"""\
# Which pages say the same thing in every language. For each page: the date an editor marked
# its language versions as in step, and the sha256 fingerprint of each file at that moment.
# When a file changes afterwards, `make check` says which language is behind.
# Never compute a fingerprint by hand. To mark a page in step:
# - in the browser: the job summary of the pull request's check "Checks / quick" offers the
#   page's new entry once both languages pass every other check; edit this file on GitHub
#   and paste that entry over the page's old one (CONTRIBUTING.md, the web-only route);
# - in a terminal: `{SYNC.format(page="name.md")}` writes it.
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
    the same advice (`fix`, a message with a {sync} placeholder). A damaged entry does not hide the others: the command
    that repairs it must be able to read the rest.
    """
    if document is None:
        return {}, {}
    if not isinstance(document, Located):
        raise SiteError(
            path,
            None,
            _("the file must list pages as 'name.md:' entries. {fix}").format(
                fix=_(fix).format(sync=SYNC.format(page="…"))
            ),
        )
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
                _(
                    "the entry for {page} is damaged: it needs 'in_step' (a date) and a fingerprint "
                    "for each of {languages}. {fix}"
                ).format(
                    page=page, languages=", ".join(LANGUAGES), fix=_(fix).format(sync=SYNC.format(page=page))
                ),
            )
    return records, damaged


def read_lock(root: Path) -> tuple[dict[str, InStep], dict[str, SiteError]]:
    """The lock's sound entries, and a problem for each damaged one, by page name."""
    if not (root / LOCK).is_file():
        raise SiteError(
            LOCK,
            None,
            _("the file is missing. Restore it from the main branch, or run `{sync}`.").format(
                sync=SYNC.format(page="…")
            ),
        )
    return parse_translation_lock(LOCK, load_yaml(root / LOCK, LOCK), REWRITE)


def lock_entry(record: InStep) -> str:
    """One page's entry as the lock holds it: its own line (`verkosto.md:`) and the three below it."""
    entry = {record.page: {"in_step": record.marked.isoformat(), **record.fingerprints}}
    return yaml.safe_dump(entry, sort_keys=False, allow_unicode=True)


def write_lock(root: Path, records: Iterable[InStep]) -> None:
    body = "".join(lock_entry(record) for record in sorted(records, key=lambda record: record.page))
    (root / LOCK).write_text(HEADER + body, encoding="utf-8")


def in_step_now(name: str, versions: dict[str, PageFile], today: date) -> InStep:
    """The record saying that the page's language versions, as they are, say the same thing as of today."""
    return InStep(
        page=name,
        line=0,
        marked=today,
        fingerprints={language: versions[language].fingerprint for language in LANGUAGES},
    )


def mark_in_step(records: dict[str, InStep], name: str, versions: dict[str, PageFile], today: date) -> None:
    """Record that the page's language versions say the same thing as of today."""
    records[name] = in_step_now(name, versions, today)
