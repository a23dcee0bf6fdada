"""The storage branch's file handling (scripts/pages_storage.py): a preview replaces only its own
folder, production keeps the previews, and a hostile artifact changes nothing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, snapshot

SCRIPT = ROOT / "scripts" / "pages_storage.py"
MAX_BYTES = 500 * 1024 * 1024


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def storage(tmp_path: Path) -> Path:
    """A checkout of the storage branch: production at the root, two pull requests' previews."""
    folder = tmp_path / "storage"
    folder.mkdir()
    subprocess.run(["git", "init", "--quiet", str(folder)], check=True)
    return write(
        folder,
        {
            "index.html": "production",
            "sv/index.html": "produktion",
            "pr-preview/3/index.html": "preview 3",
            "pr-preview/5/index.html": "old preview 5",
            "pr-preview/5/stale/index.html": "a page the new preview no longer has",
        },
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write(tmp_path / "site", {"index.html": "new", "sv/index.html": "ny", "assets/site.css": "a{}"})


def outside(storage: Path, folder: str) -> dict[str, bytes]:
    """Every file of the storage checkout outside `folder` (and outside .git)."""
    return {
        name: data for name, data in snapshot(storage).items() if not name.startswith((f"{folder}/", ".git/"))
    }


def zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder).as_posix())
    return target


@pytest.mark.parametrize("packed", [False, True], ids=["folder", "zip"])
def test_a_preview_replaces_only_its_own_folder(
    storage: Path, site: Path, tmp_path: Path, packed: bool
) -> None:
    artifact = zipped(site, tmp_path / "site-preview.zip") if packed else site
    before = outside(storage, "pr-preview/5")
    result = run("preview", "5", artifact, storage)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Put the preview of pull request #5 in pr-preview/5/.\n"
    assert outside(storage, "pr-preview/5") == before
    assert snapshot(storage / "pr-preview" / "5") == snapshot(site)


def test_a_new_pull_request_gets_a_new_folder(storage: Path, site: Path) -> None:
    before = snapshot(storage)
    assert run("preview", "12", site, storage).returncode == 0
    assert snapshot(storage / "pr-preview" / "12") == snapshot(site)
    assert outside(storage, "pr-preview/12") == {k: v for k, v in before.items() if not k.startswith(".git/")}


def test_removing_a_preview_leaves_everything_else(storage: Path) -> None:
    before = outside(storage, "pr-preview/5")
    result = run("remove", "5", storage)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Removed the preview of pull request #5 (pr-preview/5/).\n"
    assert not (storage / "pr-preview" / "5").exists()
    assert outside(storage, "pr-preview/5") == before
    # A pull request without a preview (one from a fork) is closed: nothing to do, and no error.
    again = run("remove", "5", storage)
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_the_production_site_keeps_the_previews(storage: Path, site: Path) -> None:
    (storage / "old-page").mkdir()
    (storage / "old-page" / "index.html").write_text("gone from the site", encoding="utf-8")
    previews = snapshot(storage / "pr-preview")
    result = run("production", site, storage)
    assert result.returncode == 0, result.stderr
    assert snapshot(storage / "pr-preview") == previews
    assert outside(storage, "pr-preview") == snapshot(site)
    assert (storage / ".git" / "HEAD").is_file()


def test_a_production_site_with_a_preview_folder_is_refused(storage: Path, site: Path) -> None:
    write(site, {"pr-preview/3/index.html": "a production build must not replace preview 3"})
    before = snapshot(storage)
    result = run("production", site, storage)
    assert result.returncode == 2
    assert result.stderr == (
        f"pages_storage: {site}: the site has a pr-preview/ folder, where the previews live; "
        "nothing was changed.\n"
    )
    assert snapshot(storage) == before


def symlinked_file(site: Path) -> str:
    (site / "passwd.html").symlink_to("/etc/passwd")
    return "passwd.html is a symbolic link; a built site has none"


def symlinked_folder(site: Path) -> str:
    (site / "up").symlink_to(site.parent, target_is_directory=True)
    return "up is a symbolic link; a built site has none"


def fifo(site: Path) -> str:
    os.mkfifo(site / "pipe")
    return "pipe is not a regular file or folder"


def git_folder(site: Path) -> str:
    write(site, {".git/hooks/post-checkout": "#!/bin/sh\n"})
    return "the entry '.git' is a Git folder, which a built site does not have"


def too_large(site: Path) -> str:
    # A sparse file: its size counts, without the disk space.
    with (site / "big.bin").open("wb") as big:
        big.truncate(MAX_BYTES + 1)
    return "the site is larger than 500 MB"


def no_index(site: Path) -> str:
    (site / "index.html").unlink()
    return "there is no index.html at the top; is this the built site?"


@pytest.mark.parametrize("plant", [symlinked_file, symlinked_folder, fifo, git_folder, too_large, no_index])
def test_a_hostile_folder_is_refused_and_nothing_changes(
    storage: Path, site: Path, plant: Callable[[Path], str]
) -> None:
    message = plant(site)
    before = snapshot(storage)
    result = run("preview", "5", site, storage)
    assert result.returncode == 2
    assert result.stderr == f"pages_storage: {site}: {message}; nothing was changed.\n"
    assert snapshot(storage) == before


def zip_entry(name: str, mode: int = stat.S_IFREG | 0o644, data: bytes = b"x") -> Callable[[Path], None]:
    def add(target: Path) -> None:
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("index.html", "site")
            entry = zipfile.ZipInfo(name)
            entry.external_attr = mode << 16
            archive.writestr(entry, data)

    return add


@pytest.mark.parametrize(
    ("make_zip", "message"),
    [
        (zip_entry("../../3/index.html"), "the entry '../../3/index.html' climbs out of the site with '..'"),
        (
            zip_entry("assets/../../x.html"),
            "the entry 'assets/../../x.html' climbs out of the site with '..'",
        ),
        (zip_entry("/etc/cron.d/x"), "the entry '/etc/cron.d/x' is not a relative path inside the site"),
        (zip_entry("..\\x.html"), "the entry '..\\\\x.html' is not a relative path inside the site"),
        (zip_entry("C:/x.html"), "the entry 'C:/x.html' is not a relative path inside the site"),
        (
            zip_entry("link", stat.S_IFLNK | 0o777, b"/etc/passwd"),
            "link is a symbolic link; a built site has none",
        ),
        (zip_entry("device", stat.S_IFCHR | 0o644), "device is not a regular file or folder"),
        (
            zip_entry(".GIT/config"),
            "the entry '.GIT/config' is a Git folder, which a built site does not have",
        ),
    ],
)
def test_a_hostile_zip_is_refused_and_nothing_changes(
    storage: Path, tmp_path: Path, make_zip: Callable[[Path], None], message: str
) -> None:
    artifact = tmp_path / "site-preview.zip"
    make_zip(artifact)
    before = snapshot(storage)
    result = run("preview", "5", artifact, storage)
    assert result.returncode == 2
    assert result.stderr == f"pages_storage: {artifact}: {message}; nothing was changed.\n"
    assert snapshot(storage) == before


def test_a_zip_that_unpacks_larger_than_the_limit_is_refused(storage: Path, tmp_path: Path) -> None:
    artifact = tmp_path / "bomb.zip"
    with zipfile.ZipFile(artifact, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("index.html", "site")
        with archive.open("zeros.bin", "w", force_zip64=True) as zeros:
            block = bytes(4 * 1024 * 1024)
            for _ in range(MAX_BYTES // len(block) + 1):
                zeros.write(block)
    assert artifact.stat().st_size < 5 * 1024 * 1024
    before = snapshot(storage)
    result = run("preview", "5", artifact, storage)
    assert result.returncode == 2
    assert (
        result.stderr == f"pages_storage: {artifact}: the site is larger than 500 MB; nothing was changed.\n"
    )
    assert snapshot(storage) == before


def test_a_damaged_zip_is_refused(storage: Path, site: Path, tmp_path: Path) -> None:
    artifact = zipped(site, tmp_path / "site-preview.zip")
    data = artifact.read_bytes()
    at = data.index(b"a{}")  # assets/site.css, stored uncompressed
    artifact.write_bytes(data[:at] + b"b" + data[at + 1 :])
    before = snapshot(storage)
    result = run("preview", "5", artifact, storage)
    assert result.returncode == 2
    assert result.stderr == (
        f"pages_storage: {artifact}: assets/site.css is damaged (Bad CRC-32 for file 'assets/site.css'); "
        "nothing was changed.\n"
    )
    assert snapshot(storage) == before


def test_something_else_than_a_zip_is_refused(storage: Path, tmp_path: Path) -> None:
    artifact = write(tmp_path, {"site.zip": "<html>"}) / "site.zip"
    result = run("preview", "5", artifact, storage)
    assert result.stderr == f"pages_storage: {artifact}: this is not a zip file; nothing was changed.\n"


@pytest.mark.parametrize("number", ["0", "-1", "05", "5/..", "..", "../3", "1e3", " 5", "", "5\n"])
def test_a_pull_request_number_that_is_not_a_positive_whole_number_is_refused(
    storage: Path, site: Path, number: str
) -> None:
    before = snapshot(storage)
    for args in (("preview", number, site, storage), ("remove", number, storage)):
        result = run(*args)
        assert result.returncode == 2
        assert result.stderr == (
            f"pages_storage: the pull request number {number!r} is not a positive whole number; "
            "nothing was changed.\n"
        )
    assert snapshot(storage) == before


def test_a_symbolic_link_in_the_storage_branch_is_not_followed(
    storage: Path, site: Path, tmp_path: Path
) -> None:
    elsewhere = write(tmp_path / "elsewhere", {"keep.html": "not the storage branch's"})
    (storage / "pr-preview" / "7").symlink_to(elsewhere, target_is_directory=True)
    for args in (("preview", "7", site, storage), ("remove", "7", storage)):
        result = run(*args)
        assert result.returncode == 2
        assert result.stderr == (
            f"pages_storage: {storage}: pr-preview/7 is not a plain folder; fix the storage branch; "
            "nothing was changed.\n"
        )
    assert snapshot(elsewhere) == {"keep.html": b"not the storage branch's"}


def test_the_storage_must_be_a_checkout(tmp_path: Path, site: Path) -> None:
    result = run("remove", "5", tmp_path)
    assert result.stderr == (
        f"pages_storage: {tmp_path}: this is not a checkout of the storage branch (no .git); nothing was changed.\n"
    )


@pytest.mark.parametrize(
    ("url", "from_fork", "checker", "says"),
    [
        (
            "https://owner.github.io/site/pr-preview/5/",
            "false",
            "success",
            "**Preview**: https://owner.github.io/site/pr-preview/5/ (published a few minutes after the "
            "checks have finished; removed when the pull request is closed).\n",
        ),
        (
            "https://owner.github.io/site/pr-preview/5/",
            "true",
            "success",
            "this pull request comes from a fork",
        ),
        ("/pr-preview/5/", "false", "success", "GitHub Pages is not set up for this repository"),
    ],
)
def test_the_job_summary_gives_the_preview_address_or_says_why_there_is_none(
    tmp_path: Path, url: str, from_fork: str, checker: str, says: str
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# Findings\n", encoding="utf-8")
    result = run("summary", "5", url, from_fork, checker, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 0, result.stderr
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Findings\n**Preview**: ") and says in text
    assert ("site-preview" in text) == (from_fork == "true" or not url.startswith("https"))
    assert "Not ready to merge" not in text


def test_a_preview_with_the_checkers_findings_is_marked_not_ready_to_merge(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    url = "https://owner.github.io/site/pr-preview/5/"
    result = run("summary", "5", url, "false", "failure", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 0, result.stderr
    assert summary.read_text(encoding="utf-8").splitlines() == [
        f"**Preview**: {url} (published a few minutes after the checks have finished; removed when the pull "
        "request is closed).",
        "**Not ready to merge**: the language checker has findings (above). The preview shows the change while "
        "you fix them; merging waits until the checker passes.",
    ]


def test_a_zip_with_a_file_and_a_folder_of_one_name_is_refused(storage: Path, tmp_path: Path) -> None:
    artifact = tmp_path / "site-preview.zip"
    with zipfile.ZipFile(artifact, "w") as archive:
        archive.writestr("index.html", "site")
        archive.writestr("page", "a file")
        archive.writestr("page/index.html", "and a folder")
    before = snapshot(storage)
    result = run("preview", "5", artifact, storage)
    assert result.returncode == 2
    assert result.stderr.startswith(f"pages_storage: {artifact}: cannot unpack ")
    assert result.stderr.endswith("; nothing was changed.\n") and result.stderr.count("\n") == 1
    assert snapshot(storage) == before
