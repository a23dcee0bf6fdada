"""One address, one page: the build's rule (build/site_addresses.py), every problem listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from programme_site.build.news_pages import generated_sources
from programme_site.build.site_addresses import address_problems, docs_files
from programme_site.checker.findings import Finding

if TYPE_CHECKING:  # the project imports the rules
    from programme_site.checker.project import Project


def findings(project: Project) -> list[Finding]:
    """Each file in docs/ whose address another file, a news page or the site's own folders take."""
    news = project.site_data.news if project.site_data else ()
    problems = address_problems(docs_files(project.root / "docs"), generated_sources(news))
    return list(map(Finding.from_error, problems))
