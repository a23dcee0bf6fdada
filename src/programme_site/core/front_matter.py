"""The one reader of a page's front matter, for the build and the checker alike.

Front matter is the YAML block between '---' lines at the top of a page. A page
whose closing '---' is its last line, with no newline after it (a stub such as
`---\nuntranslated: true\n---`), has front matter here as everywhere else.
"""

from __future__ import annotations

import re
from functools import cache

from programme_site.core.errors import SiteError
from programme_site.core.located_yaml import Located, parse_yaml
from programme_site.core.messages import _

# '---' on the first line, closed by '---' or '...' on a line of its own (the file may end there).
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A stub in the missing language says `untranslated: true`: the build publishes the other language's text.
UNTRANSLATED_KEY = "untranslated"


# A build reads each page's front matter three times (its checks, its language's, its date): it is
# parsed once and shared, so callers must not change it. build_state.py empties the cache when a
# build starts, so that `mkdocs serve` keeps no old texts.
@cache
def front_matter(text: str, shown: str) -> tuple[Located | None, int]:
    """The page's front matter (None if it has none) and the number of lines it takes.

    `text` has '\\n' line endings; `shown` names the file in messages.
    """
    if not text.startswith("---"):
        return None, 0
    match = FRONT_MATTER.match(text)
    if not match:
        raise SiteError(
            shown, 1, _("the front matter that starts with '---' is never closed. Add a '---' line after it.")
        )
    meta = parse_yaml(match["yaml"] or "", shown, first_line=2)
    if meta is not None and not isinstance(meta, Located):
        raise SiteError(shown, 2, _("the front matter must be 'key: value' lines."))
    # The closing line counts whether or not a newline ends it.
    return meta, match[0].count("\n") + (not match[0].endswith("\n"))


def untranslated_line(meta: Located | None, shown: str) -> int | None:
    """The line of `untranslated: true`, or None for a page with a text of its own."""
    if meta is None or UNTRANSLATED_KEY not in meta:
        return None
    line = meta.key_lines[UNTRANSLATED_KEY]
    if meta[UNTRANSLATED_KEY] is not True:
        raise SiteError(
            shown,
            line,
            _(
                "write '{key}: true' to publish the other language's text here, "
                "or remove the line when the page is translated."
            ).format(key=UNTRANSLATED_KEY),
        )
    return line
