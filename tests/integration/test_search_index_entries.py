"""The search index lists each page as the theme's search plugin would have, in both languages.

The site hook reads the pages for the index itself (search/entries.py, quicker than the
plugin); tests/fixtures/theme_search_entries.py records what the plugin's own code makes of the
same pages in the same build, and each language's index must hold exactly those entries.
"""

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, replace_in, run_build

from bench.synthetic_site import write_site
from programme_site.core.languages import LANGUAGES, language_root
from programme_site.search.index import language_search_index

RECORDER = ROOT / "tests" / "fixtures" / "theme_search_entries.py"
HOOK_LINE = "  - hooks/site_build.py\n"


def _with_recorder(project: Path, config: Path) -> None:
    shutil.copy(RECORDER, project / RECORDER.name)
    text = config.read_text(encoding="utf-8")
    hook_line = HOOK_LINE if HOOK_LINE in text else HOOK_LINE.replace("  ", "", 1)
    replace_in(config, hook_line, f"{hook_line}{hook_line.replace('hooks/site_build.py', RECORDER.name)}")


def _index_and_themes(project: Path, config: Path) -> dict[str, tuple[list[dict], list[dict]]]:
    """For each language: the entries of its built index, and those the theme's plugin made."""
    _with_recorder(project, config)
    site = project.parent / "site"
    result = run_build(project, site, config=config)
    assert result.returncode == 0, result.stderr
    recorded = json.loads((project.parent / "theme_search_entries.json").read_text(encoding="utf-8"))
    compared = {}
    for language in LANGUAGES:
        built = json.loads(
            (site / language_root(language) / "search" / "search_index.json").read_text("utf-8")
        )
        themes = language_search_index({"config": {}, "docs": recorded}, language)["docs"]
        compared[language] = (built["docs"], themes)
    return compared


def test_the_real_sites_index_is_the_themes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    for language, (built, themes) in _index_and_themes(project, project / "mkdocs.yml").items():
        assert len(built) > 30, language  # every section of every page
        assert built == themes, language


def test_a_synthetic_sites_index_is_the_themes(tmp_path: Path) -> None:
    site = write_site(tmp_path / "project", pages=20, news=10)
    for language, (built, themes) in _index_and_themes(site.root, site.config("full")).items():
        assert len(built) > 100, language
        assert built == themes, language


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"text": "".join(section.text).strip()', '"text": "".join(section.text)'),
        ("if self.open.get(section.tag):", "if False:"),
    ],
)
def test_a_reading_unlike_the_themes_is_found(tmp_path: Path, old: str, new: str) -> None:
    """The comparison itself: the copy's own reader, broken, no longer matches the theme."""
    project = copy_project(tmp_path / "project")
    replace_in(project / "src" / "programme_site" / "build" / "search_entries.py", old, new)
    compared = _index_and_themes(project, project / "mkdocs.yml")
    assert any(built != themes for built, themes in compared.values())
