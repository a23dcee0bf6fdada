"""The safe build: site/ is replaced only by a complete, successful build."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BUILD_SCRIPT, build_site, replace_in, snapshot

# A hang is a failure, not a slow machine: far above what a build of the fixture site takes.
HANG = 300


def test_successful_build_replaces_site(project: Path) -> None:
    (project / "site").mkdir()
    (project / "site" / "stale.html").write_text("old", encoding="utf-8")
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "index.html").exists()
    assert (project / "site" / "sv" / "index.html").exists()
    assert not (project / "site" / "stale.html").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".site-")] == []


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (
            lambda p: replace_in(p / "data" / "contacts.yaml", "contacts:\n", "contacts:\n  - id: [\n"),
            "data/contacts.yaml:",
        ),
        (
            lambda p: (p / "docs" / "sv" / "verkosto.md").write_bytes(b"# N\xe4tverket\n"),
            "docs/sv/verkosto.md:1: this line has characters that are not UTF-8.",
        ),
        (
            lambda p: replace_in(
                p / "docs" / "fi" / "index.md", "updated: 2026-11-20", "updated: [2026-11-20"
            ),
            "docs/fi/index.md:3: this is not valid YAML",
        ),
        (lambda p: (p / "data" / "news.yaml").unlink(), "data/news.yaml: the file is missing."),
    ],
    ids=["malformed-yaml", "invalid-utf8", "front-matter", "missing-data-file"],
)
def test_failed_build_leaves_site_untouched(project: Path, break_it, message: str) -> None:
    assert build_site(project).returncode == 0
    before = snapshot(project / "site")
    break_it(project)
    result = build_site(project)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "The build failed; site/ was not changed." in result.stderr
    assert snapshot(project / "site") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site-")] == []


def test_a_warning_fails_the_build(project_with_site: Path) -> None:
    before = snapshot(project_with_site / "site")
    page = project_with_site / "docs" / "fi" / "verkosto.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[rikki](ei-ole.md)\n", encoding="utf-8")
    result = build_site(project_with_site)
    assert result.returncode != 0
    assert "WARNING" in result.stderr
    assert "'ei-ole.md'" in result.stderr
    assert "The build failed; site/ was not changed." in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project_with_site / "site") == before


def start_build(project: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """A build in its own process group, once it has made its temporary copy of the site."""
    process = subprocess.Popen(
        [sys.executable, str(BUILD_SCRIPT), str(project)], stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + HANG
    while not list(project.glob(".site-building-*/site")):
        assert process.poll() is None and time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.05)
    return process, next(project.glob(".site-building-*"))


def test_sigterm_removes_the_temporary_copy(project_with_site: Path) -> None:
    before = snapshot(project_with_site / "site")
    process, work = start_build(project_with_site)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=HANG)
    assert process.returncode != 0
    assert b"Traceback" not in stderr
    assert not work.exists()
    assert snapshot(project_with_site / "site") == before


def test_the_next_build_removes_what_sigkill_left(project_with_site: Path) -> None:
    process, work = start_build(project_with_site)
    os.killpg(process.pid, signal.SIGKILL)  # the build and its MkDocs, as `kill -9` on the job
    process.wait(timeout=HANG)
    assert work.exists()
    assert build_site(project_with_site).returncode == 0
    assert not work.exists()
    assert [p.name for p in project_with_site.iterdir() if p.name.startswith(".site-")] == []
