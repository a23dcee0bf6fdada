"""The guard that keeps the code tests off the real content (tests/live_content.py): what it refuses,
what it lets through, and a code test that depends on the real wording failing under it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from live_content import aimed_at_content, is_content_test, live

PYTHON = sys.executable


def test_the_real_pages_data_and_lock_are_live_and_the_code_beside_them_is_not(tmp_path: Path) -> None:
    for part in ("docs/fi/index.md", "docs/sv", "data/news.yaml", "translations.lock"):
        assert live(ROOT / part) == str(ROOT / part), part
    assert live("docs/sv/verkosto.md", str(ROOT)) == str(ROOT / "docs" / "sv" / "verkosto.md")
    for part in ("docs/assets/site.css", "data/schema/news.schema.json", "mkdocs.yml", "src", "tests"):
        assert live(ROOT / part) is None, part
    assert live(tmp_path / "docs" / "fi" / "index.md") is None
    assert live(3) is None  # a file descriptor


def test_a_command_on_the_real_tree_is_refused_and_one_on_a_copy_is_not(tmp_path: Path) -> None:
    checker = [PYTHON, "-m", "programme_site.checker", "--root"]
    assert aimed_at_content([*checker, str(ROOT)], None)
    assert aimed_at_content(["make", "check"], str(ROOT))
    assert aimed_at_content([PYTHON, "-m", "mkdocs", "build", "-d", str(tmp_path / "site")], ROOT)
    assert aimed_at_content(["cat", str(ROOT / "data" / "news.yaml")], tmp_path)
    # A copy of the project, named or as the working folder; its relative page names are its own.
    assert aimed_at_content([*checker, str(tmp_path), "--sync", "docs/fi/verkosto.md"], ROOT) is None
    assert aimed_at_content(["make", "check"], tmp_path) is None
    # Tools that do not read the site, in the project folder.
    assert aimed_at_content(["git", "rev-parse", "HEAD"], ROOT) is None


def test_only_the_content_folder_holds_content_tests() -> None:
    assert is_content_test(ROOT / "tests" / "content" / "test_real_site.py")
    assert not is_content_test(ROOT / "tests" / "checker" / "rules" / "test_facts.py")


# Code tests as they were before the fixture site: each breaks or reads the real tree.
LIVE_TESTS = """
import shutil
import subprocess
import sys
from pathlib import Path

from fixture_site import FIXTURE, ROOT, write_fixture_project


def test_plants_a_mistake_in_a_sentence_of_a_real_page(tmp_path):
    page = ROOT / "docs" / "fi" / "verkosto.md"
    (tmp_path / "verkosto.md").write_text(page.read_text(encoding="utf-8").replace("verkosto", "verkko"))


def test_copies_the_real_data(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")


def test_checks_the_real_tree():
    subprocess.run([sys.executable, "-m", "programme_site.checker", "--root", str(ROOT)], check=False)


def test_reads_the_fixture_site_and_makes_a_project_of_it(tmp_path):
    assert (FIXTURE / "docs" / "fi" / "index.md").read_text(encoding="utf-8")
    assert (write_fixture_project(tmp_path / "project") / "mkdocs.yml").is_file()
"""
# A test module that reads the real content as it is imported.
LIVE_MODULE = """
from fixture_site import ROOT

NEWS = (ROOT / "data" / "news.yaml").read_text(encoding="utf-8")


def test_news():
    assert NEWS
"""


def test_a_code_test_that_reads_the_real_content_fails_and_one_on_the_fixture_passes(tmp_path: Path) -> None:
    (tmp_path / "test_live.py").write_text(LIVE_TESTS, encoding="utf-8")
    (tmp_path / "test_import.py").write_text(LIVE_MODULE, encoding="utf-8")
    pytest = [PYTHON, "-m", "pytest", "-p", "live_content", "-p", "no:cacheprovider", "-q", "-rfE"]
    result = subprocess.run(
        [*pytest, "--continue-on-collection-errors", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "tests"), "COLUMNS": "500"},  # whole summary lines
        check=False,
    )
    summary = [line for line in result.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    assert sorted(line.split(" - ")[0] for line in summary) == [
        "ERROR test_import.py",
        "FAILED test_live.py::test_checks_the_real_tree",
        "FAILED test_live.py::test_copies_the_real_data",
        "FAILED test_live.py::test_plants_a_mistake_in_a_sentence_of_a_real_page",
    ], result.stdout
    assert all("LiveContentRead: a code test reached the real content" in line for line in summary), summary
    assert "1 passed" in result.stdout, result.stdout
