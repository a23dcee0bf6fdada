"""Every command in the editor guide (CONTRIBUTING.md) is run here, so the guide cannot go stale."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, copy_environment, free_port, make_in_copy, make_project, run_make, serves

GUIDE = ROOT / "CONTRIBUTING.md"


def guide_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    commands = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    return list(dict.fromkeys(commands))  # each once, in order


def test_the_guide_has_commands_for_every_task() -> None:
    commands = guide_commands()
    for task in ("make check", "make sync", "make news", "make serve", "make test", "make build"):
        assert any(command.startswith(task) for command in commands), task


@pytest.mark.parametrize("command", [c for c in guide_commands() if c not in {"make serve", "make test"}])
def test_guide_command_works(command: str, tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = run_make(project, command)
    assert result.returncode == 0, result.stdout + result.stderr
    if command.startswith("make news"):
        # The guide says the item is not published until its texts are written.
        check = run_make(project, "make check")
        assert check.returncode != 0
        assert "the Swedish text is missing or empty" in check.stdout + check.stderr


def test_make_test_is_what_ci_runs() -> None:
    # `make test` runs this very suite, so it is run by CI rather than from inside it.
    assert "make test" in guide_commands()
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")


def test_make_serve_serves_both_languages(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        make_in_copy(["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"]),
        cwd=project,
        env=copy_environment(project),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert serves(f"http://127.0.0.1:{port}/", 60)
        assert serves(f"http://127.0.0.1:{port}/sv/", 10)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
