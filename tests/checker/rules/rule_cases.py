"""Shared by the rule tests: the checker's findings for a copy of the fixture site, and a small project."""

from datetime import date
from pathlib import Path

import yaml
from fixture_site import FIXTURE

from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.run import check_project
from programme_site.pages.outline import parse_page
from programme_site.pages.text import fingerprint

FAIL = "Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md."
NAMES = {"fi": "Finnish", "sv": "Swedish"}


def findings(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def in_step(page: str) -> str:
    """The day the fixture's translations.lock marks `page` as in step."""
    return yaml.safe_load((FIXTURE / "translations.lock").read_text(encoding="utf-8"))[page]["in_step"]


def entry(page: str) -> str:
    """Where the fixture's translations.lock has the entry of `page`, as `translations.lock:N`."""
    lines = (FIXTURE / "translations.lock").read_text(encoding="utf-8").splitlines()
    return f"translations.lock:{lines.index(f'{page}:') + 1}"


def behind(page: str, changed: str) -> str:
    """The freshness line every edit of one language also brings (rule 6, tested on its own elsewhere)."""
    marked = in_step(page)
    stale = "sv" if changed == "fi" else "fi"
    return (
        f"docs/{stale}/{page}:1: the {NAMES[changed]} page docs/{changed}/{page} changed after both were marked "
        f"in step on {marked} ({entry(page)}); this {NAMES[stale]} page did not. Check the {NAMES[changed]} "
        f"change; if it is right, bring this page in step with it, then replace that entry with the one the "
        f"job summary offers, or run `make sync PAGE={page}`."
    )


def both_changed(page: str, marked: str) -> str:
    """The freshness line when both languages of `page` changed since `marked`."""
    return (
        f"docs/fi/{page}:1: this page and docs/sv/{page} have both changed since they were marked in step on "
        f"{marked} ({entry(page)}). Check that they say the same, then replace that entry with the one the job "
        f"summary offers, or run `make sync PAGE={page}`."
    )


def page_file(path: str, text: str) -> PageFile:
    """A page parsed from `text`, as if read from `path` (docs/<language>/<name>)."""
    _, language, name = path.split("/", 2)
    return PageFile(language, name, fingerprint(text), parse_page(text, path), text)


def small_project(pages: dict[str, str], root: Path = Path("/nonexistent")) -> Project:
    """A project of a few pages given as {docs/<language>/<name>: text}, parsed as Project.read parses them."""
    project = Project(root, today=date(2026, 11, 26))
    for path, text in pages.items():
        page = page_file(path, text)
        project.files.add(path)
        project.pages.setdefault(page.name, {})[page.language] = page
    return project
