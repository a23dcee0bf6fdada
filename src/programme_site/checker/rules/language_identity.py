"""Every text is in the language it claims: pages and navigation titles (data texts: site_data).

The rule itself is core/text_language.py, which the build uses too; here every
problem is listed, where the build stops at the first.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from programme_site.checker.findings import Finding
from programme_site.core.errors import SiteError
from programme_site.core.nav_config import read_nav
from programme_site.core.text_language import nav_language_problems, page_language_problems

if TYPE_CHECKING:  # the project module calls this rule
    from programme_site.checker.project import Project


def page_findings(project: Project, name: str) -> list[Finding]:
    """Every text of page `name`, in each language read, that is in the other language."""
    return [
        Finding.from_error(problem)
        for page in project.pages[name].values()
        for problem in page_language_problems(
            (project.root / page.path).read_text(encoding="utf-8").replace("\r\n", "\n"),
            page.path,
            page.language,
        )
    ]


def findings(project: Project) -> list[Finding]:
    found = [finding for name in project.pages for finding in page_findings(project, name)]
    with suppress(SiteError):  # a mkdocs.yml that cannot be read is reported by check_project already
        found += [Finding.from_error(problem) for problem in nav_language_problems(read_nav(project.root))]
    return found
