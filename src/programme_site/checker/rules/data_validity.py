"""Rule 5: the data files are valid, by the build's own validation (build.site_data), reused.

The build's validation finds every problem in data/ in one run, and this rule
reports each as a finding of its own; it reads the data files itself, through
the build's loader, so that the checker and the build can never disagree about
what is valid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from programme_site.build.site_data import load_site_data
from programme_site.checker.findings import Finding
from programme_site.core.errors import SiteError

if TYPE_CHECKING:  # the project imports the rules
    from programme_site.checker.project import Project


def findings(project: Project) -> list[Finding]:
    try:
        load_site_data(project.root)
    except SiteError as error:
        return Finding.every(error)
    return []
