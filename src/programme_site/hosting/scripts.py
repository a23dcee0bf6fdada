"""The site's own script files: the only scripts and workers its pages may run (hosting/headers.py).

Material publishes its bundle and search worker under names with a hash of their content, so the
list is read from the build's files: the scripts directly in `assets/javascripts/` (Material's
bundle and the site's files from `overrides/assets/javascripts/`), the site's `extra_javascript`
(`docs/assets/*.js`: the i18n plugin leaves them out of the other languages' files, so they come
from the configuration), and the search worker.
"""

from __future__ import annotations

from collections.abc import Iterable

from programme_site.core.languages import LANGUAGES

SCRIPTS = "assets/javascripts/"
WORKERS = "assets/javascripts/workers/"
# What Material's search worker imports for an index in one language other than English: lunr's
# stemmer support and the language's own file (lunr.multi only for an index of several languages,
# which this site does not make). Chromium holds a worker's imports to the worker's own policy
# (CSP Level 3; on GitHub Pages there is none); a browser that holds them to the page's finds them
# listed, so search works in both.
LUNR = "assets/javascripts/lunr/min/"
LUNR_FILES = (
    f"{LUNR}lunr.stemmer.support.min.js",
    *(f"{LUNR}lunr.{language}.min.js" for language in LANGUAGES),
)


def own_scripts(published: Iterable[str], extra_javascript: Iterable[object]) -> tuple[list[str], list[str]]:
    """The site's scripts and its workers, as paths from the site's root, from the URLs of the
    files the build publishes and the configuration's `extra_javascript`."""
    files = set(published)
    scripts = {path for path in files if path.startswith(SCRIPTS) and "/" not in path.removeprefix(SCRIPTS)}
    scripts |= {str(script) for script in extra_javascript}
    scripts |= files.intersection(LUNR_FILES)
    workers = {path for path in files if path.startswith(WORKERS) and path.endswith(".js")}
    return sorted(path for path in scripts if path.endswith(".js")), sorted(workers)
