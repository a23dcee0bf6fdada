"""Rule 1: every page exists in every language (a stub declared untranslated counts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from programme_site.checker.findings import Finding
from programme_site.core.languages import LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:  # the project imports the rules
    from programme_site.checker.project import Project

STUB = "containing only the three lines '---', 'untranslated: true', '---'"


def findings(project: Project) -> list[Finding]:
    return [
        Finding(
            page.path,
            1,
            f"has no {LANGUAGE_NAMES[language]} counterpart: docs/{language}/{page.name} is missing. "
            f"Translate the page into docs/{language}/{page.name}, or, until it is translated, "
            f"create docs/{language}/{page.name} {STUB}.",
        )
        for page in project.without_counterpart()
        for language in LANGUAGES
        if language != page.language
    ]
