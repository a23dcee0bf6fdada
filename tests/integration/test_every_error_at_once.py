"""Every error at once: one `make check` and one failed `make build` list every mistake, each with file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    BUILD_SCRIPT,
    copy_environment,
    five_mistake_places,
    lines_starting,
    make_five_mistakes,
    run_make,
    snapshot,
)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_five_mistakes(tmp_path_factory.mktemp("every-error"))


def expected(project: Path) -> list[str]:
    """The five findings, each as `file:line: …` with the start of its message."""
    item = "news item uusi-opas-kunnille"
    starts = [
        f"{item}, field 'date': '2023-02-30' is not a date.",
        f"{item}, field 'type': 'blogi' is not a news type.",
        f"{item}, field 'title.sv': the Swedish text is missing or empty.",
        "raw HTML ('<div class=\"laatikko\">') is not allowed",
        "the link target 'javascript:alert(1)' uses 'javascript:'",
    ]
    return [f"{place}: {start}" for place, start in zip(five_mistake_places(project), starts, strict=True)]


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
