"""Rule 1: every nav entry in mkdocs.yml names an existing page, and every nav title is translated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from programme_site.checker.findings import Finding
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from programme_site.core.nav_config import CONFIG

if TYPE_CHECKING:  # the project imports the rules
    from programme_site.checker.project import Project


def findings(project: Project) -> list[Finding]:
    nav = project.nav
    if nav is None:
        return []  # mkdocs.yml could not be read: reported already
    found = []
    titles = {entry.title for entry in nav.entries if entry.title}
    for entry in nav.entries:
        if entry.page and entry.page not in project.pages:
            found.append(
                Finding(
                    CONFIG,
                    entry.line,
                    f"the nav entry '{entry.title or entry.page}' names {entry.page}, which is in neither "
                    f"{' nor '.join(f'docs/{language}/' for language in LANGUAGES)}. "
                    "Correct the file name or remove the entry.",
                )
            )
    for language in (language for language in LANGUAGES if language != DEFAULT_LANGUAGE):
        name = LANGUAGE_NAMES[language]
        if language not in nav.translations:
            found.append(
                Finding(
                    CONFIG, None, f"the i18n plugin has no '{language}' language. Add it under 'languages:'."
                )
            )
            continue
        block, translations = nav.translations[language]
        for entry in nav.entries:
            translation = translations.get(entry.title or "")
            if entry.title and translation is None:
                found.append(
                    Finding(
                        CONFIG,
                        entry.line,
                        f"the nav title '{entry.title}' has no {name} translation. Add "
                        f"'{entry.title}: …' under nav_translations of the '{language}' language (line {block}).",
                    )
                )
            elif translation and not translation.text.strip():
                found.append(
                    Finding(
                        CONFIG,
                        translation.line,
                        f"the {name} nav title for '{entry.title}' is empty. Write it after the colon.",
                    )
                )
        found.extend(
            Finding(
                CONFIG,
                translation.line,
                f"nav_translations has '{title}', which is no title in nav. Remove it, or correct it to match nav.",
                "warning",
            )
            for title, translation in translations.items()
            if title not in titles
        )
    return found
