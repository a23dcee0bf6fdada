"""`make sync PAGE=…`: the page names reach the checker as text, never as shell code."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from conftest import make_project, run_make

NO_SUCH_PAGE = "there is no such page in docs/fi/ or docs/sv/."


@pytest.mark.parametrize(
    "page",
    [
        "x.md;touch {planted}",
        "x.md && touch {planted}",
        "$(touch {planted})",
        "`touch {planted}`",
        "x.md' ; touch {planted} ; '",
        "--root {planted}",
    ],
)
def test_a_command_in_page_runs_nothing(tmp_path: Path, page: str) -> None:
    project = make_project(tmp_path)
    planted = tmp_path / "planted"
    page = page.format(planted=planted)
    lock = (project / "translations.lock").read_bytes()
    result = run_make(project, shlex.join(["make", "sync", f"PAGE={page}"]))
    assert not planted.exists()
    assert result.returncode != 0
    # make shows the command it runs: PAGE is not in it.
    command, *output = result.stdout.splitlines()
    assert str(planted) not in command
    # Each word is a page name the checker looks for, and does not find.
    assert output == [f"{name}: {NO_SUCH_PAGE}" for name in page.split()]
    assert "Traceback" not in result.stderr
    assert (project / "translations.lock").read_bytes() == lock


def test_page_may_name_several_pages(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = run_make(project, 'make sync PAGE="verkosto.md  docs/sv/yhteystiedot.md"')
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0] for line in result.stdout.splitlines()[1:]] == [
        "verkosto.md",
        "yhteystiedot.md",
    ]
