"""Every error at once: one `make check` and one failed `make build` list every mistake, each with file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUILD_SCRIPT, copy_environment, line_of, make_project, replace_in, run_make, snapshot

# A news item with three mistakes: no Swedish title, a day February does not have, a type there is not.
NEWS_ITEM = """news:
  - id: uusi-opas-kunnille
    date: 2023-02-30
    type: blogi
    title:
      fi: Uusi opas kunnille
    body:
      fi: Opas kertoo, miten kunnat voivat hakea korvauksia.
      sv: Guiden berättar hur kommunerna kan söka ersättning.

"""


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the real tree with the news item and a page pair with one mistake in each language."""
    project = make_project(tmp_path_factory.mktemp("every-error"))
    replace_in(project / "data" / "news.yaml", "news:\n", NEWS_ITEM)
    for language, line, mistake in (
        ("fi", "## Mitä verkosto tarjoaa", '<div class="laatikko">Tärkeä tieto</div>'),
        ("sv", "## Vem är nätverket till för?", "Läs mer [här](javascript:alert(1))."),
    ):
        page = project / "docs" / language / "uusi-verkosto.md"
        shutil.copy(project / "docs" / language / "verkosto.md", page)
        replace_in(page, line, f"{mistake}\n\n{line}")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the site as it was\n", encoding="utf-8")
    return project


def expected(project: Path) -> list[str]:
    """The five findings, each as `file:line: …` with the start of its message."""
    news = project / "data" / "news.yaml"
    fi, sv = (project / "docs" / language / "uusi-verkosto.md" for language in ("fi", "sv"))
    item = "news item uusi-opas-kunnille"
    return [
        f"data/news.yaml:{line_of(news, 'date: 2023-02-30')}: {item}, field 'date': '2023-02-30' is not a date.",
        f"data/news.yaml:{line_of(news, 'type: blogi')}: {item}, field 'type': 'blogi' is not a news type.",
        f"data/news.yaml:{line_of(news, 'fi: Uusi opas kunnille') - 1}: {item}, field 'title.sv': "
        "the Swedish text is missing or empty.",
        f"docs/fi/uusi-verkosto.md:{line_of(fi, '<div')}: raw HTML ('<div class=\"laatikko\">') is not allowed",
        f"docs/sv/uusi-verkosto.md:{line_of(sv, 'javascript:')}: the link target 'javascript:alert(1' uses "
        "'javascript:'",
    ]


def lines_starting(output: str, starts: list[str]) -> list[str]:
    """The starts that no line of the output begins with (after MkDocs' `ERROR    -  `)."""
    lines = [line.split("-  ", 1)[-1] if line.startswith("ERROR") else line for line in output.splitlines()]
    return [start for start in starts if not any(line.startswith(start) for line in lines)]


def test_one_check_reports_all_five(broken: Path) -> None:
    result = run_make(broken, "make check")
    assert result.returncode != 0
    assert lines_starting(result.stdout, expected(broken)) == [], result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_one_failed_build_reports_all_five_and_leaves_site_alone(broken: Path) -> None:
    before = snapshot(broken / "site")
    result = run_make(broken, "make build")
    assert result.returncode != 0
    assert lines_starting(result.stderr, expected(broken)) == [], result.stderr
    assert "The build failed; site/ was not changed." in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(broken / "site") == before


def test_in_github_actions_each_one_is_an_annotation(broken: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), str(broken)],
        capture_output=True,
        text=True,
        env={**copy_environment(broken), "GITHUB_ACTIONS": "true"},
        check=False,
    )
    annotations = [line for line in result.stderr.splitlines() if line.startswith("::error ")]
    places = sorted(line.split(",title=")[0] for line in annotations)
    wanted = sorted("::error file={},line={}".format(*start.split(":")[:2]) for start in expected(broken))
    assert places == wanted, result.stderr
