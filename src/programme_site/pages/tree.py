"""What may be in the folders the build reads: docs/, data/ and overrides/.

MkDocs follows symbolic links and publishes every file in docs/ as it is, so a
link to /proc/self/environ or a home folder, or a hand-written .html file,
would be published. These rules run before anything in those folders is read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from programme_site.core.errors import SiteError
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import _

READ_FOLDERS = ("docs", "data", "overrides")
# Page names become addresses and `make sync PAGE=…` arguments: nothing to quote.
PAGE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.md")
FOLDER_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# No SVG or HTML anywhere: opened on its own, either may run script.
RASTER_IMAGES = (".png", ".jpg", ".jpeg", ".webp", ".gif")
# The site's own stylesheets, scripts and images, in docs/assets/.
ASSET_SUFFIXES = (".css", ".js", *RASTER_IMAGES)
# Files a page may link to in its own language's folder, beside the pages (.md).
ATTACHMENT_SUFFIXES = (".pdf", ".txt", ".csv", *RASTER_IMAGES)
# Far under what GitHub (100 MB a file) and GitHub Pages (1 GB a site) accept, so that a change
# that passes here is never refused on the way to publishing (scripts/pages_storage.py: 500 MB).
MAX_FILE_BYTES = 10_000_000
MAX_DOCS_BYTES = 100_000_000


def _symlink_problem(path: Path, shown: str) -> SiteError | None:
    if path.is_symlink():
        advice = (
            _(
                "is a symbolic link; the build would publish whatever it points at. "
                "Replace it with a real folder (or delete it)."
            )
            if path.is_dir()
            else _(
                "is a symbolic link; the build would publish whatever it points at. "
                "Replace it with a real file (or delete it)."
            )
        )
        return SiteError(shown, None, advice)
    return None


def _top_problem(top: Path, shown: str, root: Path) -> SiteError | None:
    """A folder the build reads, a link or outside the project. Inside one that is neither, what is
    not a link lies inside the project too: os.walk enters no link, so nothing in it is resolved."""
    problem = _symlink_problem(top, shown)
    if problem is None and not top.resolve().is_relative_to(root):
        return SiteError(shown, None, _("lies outside the project folder. Move it into the project."))
    return problem


def _file_problem(relative: Path, shown: str) -> SiteError | None:
    """Which files may be in docs/: pages in a language folder, the site's own assets in docs/assets/."""
    folder, *rest = relative.parts
    if folder in LANGUAGES and rest:
        if relative.suffix.lower() in ATTACHMENT_SUFFIXES:
            return None
        if relative.suffix != ".md":
            return SiteError(
                shown,
                None,
                _(
                    "only Markdown pages (.md) and attachments ({suffixes}) belong in "
                    "{folder}: this file would be published as it is, unchecked. "
                    "Write the page in Markdown, or delete the file."
                ).format(suffixes=", ".join(ATTACHMENT_SUFFIXES), folder=f"docs/{folder}/"),
            )
        if not (all(FOLDER_NAME.fullmatch(part) for part in rest[:-1]) and PAGE_NAME.fullmatch(rest[-1])):
            suggestion = re.sub(r"[^a-z0-9]+", "-", relative.stem.lower()).strip("-") or "sivu"
            return SiteError(
                shown,
                None,
                _(
                    "a page's file name may have only lower-case letters a-z, digits and hyphens, ending "
                    "in .md, so that its address is clean: rename it, e.g. to '{suggestion}', "
                    "in both language folders."
                ).format(suggestion=f"{suggestion}.md"),
            )
        return None
    if folder == "assets" and rest:
        if relative.suffix.lower() in ASSET_SUFFIXES:
            return None
        return SiteError(
            shown,
            None,
            _(
                "docs/assets/ holds only the site's own {suffixes} files. "
                "Delete this file, or write its content as a page in docs/fi/ and docs/sv/."
            ).format(suffixes=", ".join(ASSET_SUFFIXES)),
        )
    return SiteError(
        shown,
        None,
        _(
            "files in docs/ belong in {folders} (pages) or docs/assets/ (the site's CSS, scripts and images). "
            "Move or delete it."
        ).format(folders=", ".join(f"docs/{language}/" for language in LANGUAGES)),
    )


def _size_problem(path: Path, shown: str) -> SiteError | None:
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        return None
    return SiteError(
        shown,
        None,
        _(
            "the file has {size} MB; the limit is {limit} MB. Make it smaller, or link to it where it is published."
        ).format(size=round(size / 1_000_000, 1), limit=MAX_FILE_BYTES // 1_000_000),
    )


def tree_problems(root: Path, docs_dir: Path) -> list[SiteError]:
    """Every problem in the folders the build reads; paths in messages are relative to `root`."""
    root = root.resolve()
    problems: list[SiteError] = []
    published = 0
    folders = [docs_dir if docs_dir.is_absolute() else root / docs_dir]
    folders += [root / name for name in READ_FOLDERS if name != "docs"]
    for index, top in enumerate(folders):
        # Resolve all but the last part: the project may be reached through a linked folder.
        top = top.parent.resolve() / top.name
        shown_top = os.path.relpath(top, root)
        problem = _top_problem(top, shown_top, root) if top.exists() or top.is_symlink() else None
        if problem:
            problems.append(problem)
            continue
        # os.walk does not follow symbolic links; each one is reported and not entered.
        for folder, folder_names, file_names in os.walk(top):
            for name in sorted(folder_names + file_names):
                path = Path(folder) / name
                shown = path.relative_to(root).as_posix()
                problem = _symlink_problem(path, shown)
                if problem is None and index == 0 and name in file_names and not name.startswith("."):
                    problem = _file_problem(path.relative_to(top), shown) or _size_problem(path, shown)
                    published += path.stat().st_size
                if problem:
                    problems.append(problem)
    if published > MAX_DOCS_BYTES:
        problems.append(
            SiteError(
                os.path.relpath(folders[0], root),
                None,
                _(
                    "the files in it have {size} MB in all; the limit is {limit} MB. Remove or shrink attachments."
                ).format(size=round(published / 1_000_000, 1), limit=MAX_DOCS_BYTES // 1_000_000),
            )
        )
    return problems
