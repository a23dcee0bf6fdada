"""A page may be declared not yet translated, honestly (pages/untranslated.py).

The checker applies the build's own rule to a stub, and lists every page that is
not yet translated as a warning.
"""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.core.languages import other_language
from programme_site.core.messages import N_, _
from programme_site.pages.untranslated import Source, stub_problem

# Named by the missing language; each translation words the two languages its own way.
_NOT_YET_TRANSLATED = {
    "fi": N_(
        "not yet translated into Finnish: the site shows the Swedish text of {source} here, under a notice. "
        "When the translation is ready, write it in this file instead and run `make sync PAGE={page}`."
    ),
    "sv": N_(
        "not yet translated into Swedish: the site shows the Finnish text of {source} here, under a notice. "
        "When the translation is ready, write it in this file instead and run `make sync PAGE={page}`."
    ),
}


def findings(project: Project) -> list[Finding]:
    """A stub the build would refuse is an error; one it publishes is listed as a warning."""
    found = []
    for stub, source in project.stubs():
        problems = stub_problems(stub, source)
        found += problems if problems or source is None else [untranslated_warning(stub)]
    return found


def stub_problems(stub: PageFile, source: PageFile | None) -> list[Finding]:
    """What makes a declared-untranslated page unpublishable: the build's own rule."""
    state = Source.MISSING if source is None else Source.STUB if source.outline.untranslated else Source.TEXT
    problem = stub_problem(stub.language, stub.name, stub.outline.has_text, state)
    return [Finding(stub.path, stub.outline.untranslated_line, problem)] if problem else []


def untranslated_warning(stub: PageFile) -> Finding:
    source = other_language(stub.language)
    return Finding(
        stub.path,
        stub.outline.untranslated_line,
        _(_NOT_YET_TRANSLATED[stub.language]).format(source=f"docs/{source}/{stub.name}", page=stub.name),
        "warning",
    )
