"""The site's own script files: the only scripts its pages may run (hosting/headers.py).

Material publishes its bundle under a name with a hash of its content, so the list is read from
the build's files: the scripts directly in `assets/javascripts/` (Material's bundle and the site's
files from `overrides/assets/javascripts/`), and the site's `extra_javascript` (`docs/assets/*.js`:
the i18n plugin leaves them out of the other languages' files, so they come from the
configuration). Material also publishes its search worker (`assets/javascripts/workers/`) and
lunr's files (`assets/javascripts/lunr/`), but no page runs them since the site has its own search,
so they are not listed: the policy refuses them as scripts, and its `worker-src 'none'` any worker.
"""

from __future__ import annotations

from collections.abc import Iterable

SCRIPTS = "assets/javascripts/"


def own_scripts(published: Iterable[str], extra_javascript: Iterable[object]) -> list[str]:
    """The site's scripts, as paths from the site's root, from the URLs of the files the build
    publishes and the configuration's `extra_javascript`."""
    scripts = {
        path for path in published if path.startswith(SCRIPTS) and "/" not in path.removeprefix(SCRIPTS)
    }
    scripts |= {str(script) for script in extra_javascript}
    return sorted(path for path in scripts if path.endswith(".js"))
