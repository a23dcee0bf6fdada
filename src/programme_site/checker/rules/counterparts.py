"""Every page exists in every language (a stub declared untranslated counts)."""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import N_, _

# The missing page's language decides the words around it, so each language has its own sentence.
_NO_COUNTERPART = {
    "fi": N_(
        "has no Finnish counterpart: {missing} is missing. Translate the page into {missing}, or, until it is "
        "translated, create {missing} containing only the three lines '---', 'untranslated: true', '---'."
    ),
    "sv": N_(
        "has no Swedish counterpart: {missing} is missing. Translate the page into {missing}, or, until it is "
        "translated, create {missing} containing only the three lines '---', 'untranslated: true', '---'."
    ),
}


def findings(project: Project) -> list[Finding]:
    return [
        Finding(
            page.path,
            1,
            _(_NO_COUNTERPART[language]).format(missing=f"docs/{language}/{page.name}"),
        )
        for page in project.without_counterpart()
        for language in LANGUAGES
        if language != page.language
    ]
