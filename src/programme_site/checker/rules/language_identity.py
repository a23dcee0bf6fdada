"""Every text is in the language it claims: pages and navigation titles (data texts: data/entries.py).

The rule itself is core/text_language.py, which the build uses too; here every
problem is listed, where the build stops at the first.
"""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.text_language import nav_language_problems
from programme_site.pages.outline import page_language_problems


def findings(project: Project) -> list[Finding]:
    """Every text of every page, in each language read, that is in the other language."""
    return [
        Finding.from_error(problem)
        for versions in project.readable()
        for page in versions.values()
        for problem in page_language_problems(page.text, page.path, page.language)
    ]


def nav_findings(project: Project) -> list[Finding]:
    """Every navigation title in the other language (mkdocs.yml: nav and nav_translations)."""
    if project.nav is None:
        return []  # a mkdocs.yml that cannot be read is reported already
    return [Finding.from_error(problem) for problem in nav_language_problems(project.nav)]
