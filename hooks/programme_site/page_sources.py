"""Check page sources before MkDocs reads them.

MkDocs stops with a traceback on a page that is not UTF-8, and silently
ignores front matter it cannot parse or does not know; editors get one clear line instead.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .errors import SiteError
from .models import EMAIL_ADVICE, RAW_EMAIL, check_front_matter
from .yaml_source import Located, parse_yaml

# The front-matter block MkDocs recognises: '---' on the first line, closed by '---' or '...'.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def front_matter(text: str, shown: str) -> tuple[Located | None, int]:
    """The page's front matter (None if it has none) and the number of lines it takes."""
    if not text.startswith("---"):
        return None, 0
    match = FRONT_MATTER.match(text)
    if not match:
        raise SiteError(
            shown, 1, "the front matter that starts with '---' is never closed. Add a '---' line after it."
        )
    meta = parse_yaml(match["yaml"] or "", shown, first_line=2)
    if meta is not None and not isinstance(meta, Located):
        raise SiteError(shown, 2, "the front matter must be 'key: value' lines.")
    return meta, match[0].count("\n")


def check_page_source(path: Path, shown: str, today: date) -> None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SiteError(
            shown, line, "this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode)."
        ) from None
    meta, skipped = front_matter(text.replace("\r\n", "\n"), shown)
    if meta is not None:
        check_front_matter(shown, meta, today)
    body = text.splitlines()[skipped:]
    # A declared-untranslated page has no text of its own (its `untranslated:` value is checked elsewhere).
    if not "".join(body).strip() and not (meta and "untranslated" in meta):
        raise SiteError(shown, 1, "the page has no text. Write its content, or delete the file.")
    for number, line in enumerate(body, start=skipped + 1):
        if email := RAW_EMAIL.search(line):
            raise SiteError(
                shown,
                number,
                f"'{email[0]}' would publish an e-mail address whole. {EMAIL_ADVICE} "
                "Show it here with a <!-- data:contacts section=… --> marker.",
            )


def check_page_sources(docs_dir: Path, root: Path, today: date) -> None:
    """Check every Markdown page under `docs_dir`; paths in messages are relative to `root`."""
    for path in sorted(docs_dir.rglob("*.md")):
        check_page_source(path, path.relative_to(root).as_posix(), today)
