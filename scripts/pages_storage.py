"""The GitHub Pages storage branch: production at its root, each pull request's preview in pr-preview/<N>/.

The publishing workflow (.github/workflows/publish.yml) runs this on a checkout of the storage branch
with a site the Checks workflow built. It only moves files: it never runs anything from the artifact,
and it refuses an artifact with anything a built site does not have (symbolic links, devices, paths
that climb out with `..` or start at `/`, a `.git` folder) or more than MAX_BYTES, before changing a
thing. The pull request's number comes from the workflow event, never from the artifact.

    python3 scripts/pages_storage.py preview N ARTIFACT STORAGE      # replace pr-preview/N/ only
    python3 scripts/pages_storage.py remove N STORAGE                # delete pr-preview/N/
    python3 scripts/pages_storage.py production ARTIFACT STORAGE     # replace all but pr-preview/
    python3 scripts/pages_storage.py summary N URL FROM_FORK CHECKER  # the preview's line in the job summary

ARTIFACT is a folder or a .zip file. Standard library only: the workflow runs it without installing anything.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

PREVIEWS = "pr-preview"
# The built site is about 5 MB; a preview a hundred times larger is not a site.
MAX_BYTES = 500 * 1024 * 1024
PULL_REQUEST_NUMBER = re.compile(r"[1-9][0-9]{0,9}")


class Refused(Exception):
    """Why nothing was published, in one line."""


def pull_request_folder(number: str) -> str:
    if not PULL_REQUEST_NUMBER.fullmatch(number):
        raise Refused(f"the pull request number {number!r} is not a positive whole number")
    return f"{PREVIEWS}/{number}"


def _checked_name(name: str, artifact: Path) -> PurePosixPath:
    """A path inside the artifact, relative and staying inside it."""
    path = PurePosixPath(name)
    if not name or "\\" in name or path.is_absolute() or re.match(r"[A-Za-z]:", name):
        raise Refused(f"{artifact}: the entry {name!r} is not a relative path inside the site")
    if ".." in path.parts:
        raise Refused(f"{artifact}: the entry {name!r} climbs out of the site with '..'")
    if any(part.lower() == ".git" for part in path.parts):
        raise Refused(f"{artifact}: the entry {name!r} is a Git folder, which a built site does not have")
    return path


def _add_bytes(total: int, size: int, artifact: Path) -> int:
    total += size
    if total > MAX_BYTES:
        raise Refused(f"{artifact}: the site is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return total


def _copy_folder(artifact: Path, target: Path) -> None:
    """Check every entry of a folder first, then copy its regular files and folders only."""
    entries: list[tuple[PurePosixPath, bool]] = []
    total = 0
    for folder, folders, files in os.walk(artifact, followlinks=False):
        for name in sorted(folders + files):
            path = Path(folder) / name
            relative = _checked_name(path.relative_to(artifact).as_posix(), artifact)
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise Refused(f"{artifact}: {relative} is a symbolic link; a built site has none")
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise Refused(f"{artifact}: {relative} is not a regular file or folder")
            if stat.S_ISREG(mode):
                total = _add_bytes(total, path.lstat().st_size, artifact)
            entries.append((relative, stat.S_ISDIR(mode)))
    for relative, is_folder in entries:
        if is_folder:
            (target / relative).mkdir(parents=True, exist_ok=True)
        else:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(artifact / relative, target / relative, follow_symlinks=False)


def _copy_zip(artifact: Path, target: Path) -> None:
    """Check every member of a zip file first, then extract it."""
    try:
        archive = zipfile.ZipFile(artifact)
    except zipfile.BadZipFile:
        raise Refused(f"{artifact}: this is not a zip file") from None
    with archive:
        members = archive.infolist()
        declared = 0
        for member in members:
            _checked_name(member.filename.rstrip("/"), artifact)
            kind = stat.S_IFMT(member.external_attr >> 16)
            if kind == stat.S_IFLNK:
                raise Refused(f"{artifact}: {member.filename} is a symbolic link; a built site has none")
            if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise Refused(f"{artifact}: {member.filename} is not a regular file or folder")
            declared = _add_bytes(declared, member.file_size, artifact)
        for member in members:
            path = target / member.filename.rstrip("/")
            if member.is_dir():
                path.mkdir(parents=True, exist_ok=True)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            # zipfile reads no more than the declared size, and checks the data against its CRC.
            try:
                with archive.open(member) as source, path.open("wb") as sink:
                    shutil.copyfileobj(source, sink)
            except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                raise Refused(f"{artifact}: {member.filename} is damaged ({error})") from None


def _unpacked(artifact: Path, work: Path) -> Path:
    """The artifact's files in `work`, checked; Refused before anything of the storage changes."""
    site = work / "site"
    site.mkdir()
    if artifact.is_symlink():
        raise Refused(f"{artifact}: the artifact is a symbolic link")
    if not artifact.exists():
        raise Refused(f"{artifact}: no such folder or zip file")
    try:
        (_copy_folder if artifact.is_dir() else _copy_zip)(artifact, site)
    except OSError as error:  # e.g. a zip with both a file and a folder of one name
        raise Refused(f"{artifact}: cannot unpack {error.filename}: {error.strerror or error}") from None
    if not (site / "index.html").is_file():
        raise Refused(f"{artifact}: there is no index.html at the top; is this the built site?")
    return site


def _storage_folder(storage: Path, relative: str) -> Path:
    """A folder of the storage checkout that is really inside it (no symbolic link on the way)."""
    if not (storage / ".git").exists():
        raise Refused(f"{storage}: this is not a checkout of the storage branch (no .git)")
    path = storage
    for part in relative.split("/"):
        path = path / part
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            raise Refused(
                f"{storage}: {path.relative_to(storage)} is not a plain folder; fix the storage branch"
            )
    return path


def publish_preview(number: str, artifact: Path, storage: Path) -> str:
    folder = pull_request_folder(number)
    target = _storage_folder(storage, folder)
    with tempfile.TemporaryDirectory() as work:
        site = _unpacked(artifact, Path(work))
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(site, target)
    return f"Put the preview of pull request #{number} in {folder}/."


def remove_preview(number: str, storage: Path) -> str:
    folder = pull_request_folder(number)
    target = _storage_folder(storage, folder)
    if not target.exists():
        return f"Pull request #{number} has no preview in {folder}/; nothing to remove."
    shutil.rmtree(target)
    return f"Removed the preview of pull request #{number} ({folder}/)."


def publish_production(artifact: Path, storage: Path) -> str:
    previews = _storage_folder(storage, PREVIEWS)
    with tempfile.TemporaryDirectory() as work:
        site = _unpacked(artifact, Path(work))
        if (site / PREVIEWS).exists():
            raise Refused(f"{artifact}: the site has a {PREVIEWS}/ folder, where the previews live")
        for entry in storage.iterdir():
            if entry.name == ".git" or entry == previews:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        for entry in site.iterdir():
            shutil.move(entry, storage / entry.name)
    return f"Put the production site at the root; the previews in {PREVIEWS}/ stay."


def preview_summary(number: str, url: str, from_fork: bool, checker: str) -> str:
    """What the pull request's job summary says about its preview; `checker` is the language
    checker step's outcome (success or failure): the preview does not wait for it, merging does."""
    pull_request_folder(number)
    if from_fork:
        return (
            "**Preview**: this pull request comes from a fork, so its preview is not published on the "
            "site's address (its pages would run there as the site's own). Download the `site-preview` "
            "artifact from this page, or ask a maintainer to look at the change.\n"
        )
    if not url.startswith("https://"):
        return (
            "**Preview**: GitHub Pages is not set up for this repository, so no preview is published. "
            "Download the `site-preview` artifact from this page.\n"
        )
    line = (
        f"**Preview**: {url} (published a few minutes after the checks have finished; "
        "removed when the pull request is closed).\n"
    )
    if checker == "success":
        return line
    return line + (
        "**Not ready to merge**: the language checker has findings (above). The preview shows the change "
        "while you fix them; merging waits until the checker passes.\n"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    preview = commands.add_parser("preview", help="replace pr-preview/N/ with the artifact")
    preview.add_argument("number")
    preview.add_argument("artifact", type=Path)
    preview.add_argument("storage", type=Path)
    remove = commands.add_parser("remove", help="delete pr-preview/N/")
    remove.add_argument("number")
    remove.add_argument("storage", type=Path)
    production = commands.add_parser("production", help="replace everything but pr-preview/")
    production.add_argument("artifact", type=Path)
    production.add_argument("storage", type=Path)
    summary = commands.add_parser("summary", help="append the preview's address to $GITHUB_STEP_SUMMARY")
    summary.add_argument("number")
    summary.add_argument("url")
    summary.add_argument("from_fork", choices=["true", "false"])
    summary.add_argument("checker", choices=["success", "failure"])
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "preview":
            print(publish_preview(arguments.number, arguments.artifact, arguments.storage))
        elif arguments.command == "remove":
            print(remove_preview(arguments.number, arguments.storage))
        elif arguments.command == "production":
            print(publish_production(arguments.artifact, arguments.storage))
        else:
            text = preview_summary(
                arguments.number, arguments.url, arguments.from_fork == "true", arguments.checker
            )
            with open(os.environ.get("GITHUB_STEP_SUMMARY", os.devnull), "a", encoding="utf-8") as out:
                out.write(text)
            print(text, end="")
    except Refused as refusal:
        print(f"pages_storage: {refusal}; nothing was changed.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
