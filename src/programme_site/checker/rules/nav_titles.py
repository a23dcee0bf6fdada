"""Every nav entry in mkdocs.yml names an existing page, and every nav title is translated."""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from programme_site.core.messages import N_, _
from programme_site.core.site_config import CONFIG

# Only the languages after the default one have translated titles; each names its language its own way.
_NO_TRANSLATION = {
    "sv": N_(
        "the nav title '{title}' has no Swedish translation. Add '{title}: …' under nav_translations "
        "of the '{language}' language (line {line})."
    ),
}
_EMPTY_TRANSLATION = {"sv": N_("the Swedish nav title for '{title}' is empty. Write it after the colon.")}


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
                    _(
                        "the nav entry '{entry}' names {page}, which is in neither {folders}. "
                        "Correct the file name or remove the entry."
                    ).format(
                        entry=entry.title or entry.page,
                        page=entry.page,
                        folders=_(" nor ").join(f"docs/{language}/" for language in LANGUAGES),
                    ),
                )
            )
    for language in (language for language in LANGUAGES if language != DEFAULT_LANGUAGE):
        if language not in nav.translations:
            found.append(
                Finding(
                    CONFIG,
                    None,
                    _("the i18n plugin has no '{language}' language. Add it under 'languages:'.").format(
                        language=language
                    ),
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
                        _(_NO_TRANSLATION[language]).format(title=entry.title, language=language, line=block),
                    )
                )
            elif translation and not translation.text.strip():
                found.append(
                    Finding(
                        CONFIG,
                        translation.line,
                        _(_EMPTY_TRANSLATION[language]).format(title=entry.title),
                    )
                )
        found.extend(
            Finding(
                CONFIG,
                translation.line,
                _(
                    "nav_translations has '{title}', which is no title in nav. Remove it, or correct it to match nav."
                ).format(title=title),
                "warning",
            )
            for title, translation in translations.items()
            if title not in titles
        )
    return found
