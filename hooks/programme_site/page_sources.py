"""Check page sources before MkDocs reads them.

MkDocs stops with a traceback on a page that is not UTF-8, and silently
ignores front matter it cannot parse; editors get one clear line instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import SiteError
from .yaml_source import Located, parse_yaml

# The front-matter block MkDocs recognises: '---' on the first line, closed by '---' or '...'.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def check_page_source(path: Path, shown: str) -> None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SiteError(
            shown, line, "this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode)."
        ) from None
    if not text.startswith("---"):
        return
    match = FRONT_MATTER.match(text)
    if not match:
        raise SiteError(
            shown, 1, "the front matter that starts with '---' is never closed. Add a '---' line after it."
        )
    meta = parse_yaml(match["yaml"] or "", shown, first_line=2)
    if meta is not None and not isinstance(meta, Located):
        raise SiteError(shown, 2, "the front matter must be 'key: value' lines.")


def check_page_sources(docs_dir: Path, root: Path) -> None:
    """Check every Markdown page under `docs_dir`; paths in messages are relative to `root`."""
    for path in sorted(docs_dir.rglob("*.md")):
        check_page_source(path, path.relative_to(root).as_posix())
