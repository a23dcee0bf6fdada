"""The one reading of a page file: the text MkDocs and Python-Markdown see, for every check too.

MkDocs opens a page as 'utf-8-sig' (a byte-order mark is dropped) with universal newlines, so a
lone '\\r' is a line break as much as '\\r\\n'. A check that read the bytes any other way would see
other lines than the build: code where Markdown sees raw HTML, or no front matter where MkDocs
finds one. So the build, `make check` and `make sync` read every page through `page_text`, nothing
else decodes a page, and the build hands MkDocs this very text (hooks/site_build.py, on_files).

The text also ends with a newline: GitHub's web editor often saves a file without one, and MkDocs'
front-matter pattern needs one after the closing '---' (a stub `---⏎untranslated: true⏎---` would
otherwise be published as a line and a heading).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from programme_site.core.errors import SiteError
from programme_site.core.messages import _

BOM = "\ufeff"
# Python's universal newlines: exactly these two, not the other separators str.splitlines() knows.
_NEWLINES = re.compile(r"\r\n?")


def decoded(raw: bytes, shown: str) -> str:
    """`raw` as MkDocs reads it: UTF-8 without a leading byte-order mark, every line ending '\\n'."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _NEWLINES.sub("\n", raw[: error.start].decode("utf-8", "replace")).count("\n") + 1
        raise SiteError(
            shown, line, _("this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode).")
        ) from None
    text = _NEWLINES.sub("\n", text.removeprefix(BOM))
    return text if not text or text.endswith("\n") else text + "\n"


def page_text(path: Path, shown: str) -> str:
    """The page at `path` (named `shown` in messages), read as MkDocs reads it."""
    return decoded(path.read_bytes(), shown)


def fingerprint(text: str) -> str:
    """sha256 of a page's text as read: a Windows checkout or a byte-order mark gives the same value."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
