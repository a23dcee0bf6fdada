"""One address, one page: the build's rule (pages/addresses.py), every problem listed."""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.news.urls import generated_sources
from programme_site.pages.addresses import address_problems, docs_files


def findings(project: Project) -> list[Finding]:
    """Each file in docs/ whose address another file, a news page or the site's own folders take."""
    news = project.site_data.news if project.site_data else ()
    problems = address_problems(docs_files(project.root / "docs"), generated_sources(news))
    return list(map(Finding.from_error, problems))
