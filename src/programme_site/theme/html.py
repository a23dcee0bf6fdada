"""Small corrections to the HTML and JavaScript that Material for MkDocs writes.

Each one fixes something a checker or a browser reports on the unmodified
theme and that no template block can reach.
"""

from __future__ import annotations

import json
import posixpath
import re
from functools import cache

from programme_site.core.errors import SiteError

_INPUT_TAG = re.compile(r"<input\b[^>]*>")
_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)

# Material fetches `sitemap.xml` next to every <link rel="alternate">; with a
# page's own hreflang links that is /some/page/sitemap.xml, a 404 on every page
# (mkdocs-material issue 8576). The language selector already links to the
# same page in the other language, so the theme need not look hreflang links up.
ALTERNATE_SELECTOR = 'M("link[rel=alternate]")'
ALTERNATE_SELECTOR_FIXED = 'M("link[rel=alternate]:not([hreflang])")'


def drop_checkbox_autocomplete(html: str) -> str:
    """HTML allows `autocomplete` on text-like inputs only; Material puts it on its toggle checkboxes."""

    def fix(match: re.Match[str]) -> str:
        tag = match.group(0)
        return tag.replace(' autocomplete="off"', "") if 'type="checkbox"' in tag else tag

    return _INPUT_TAG.sub(fix, html)


def finish_page(html: str, root: str) -> str:
    """A page as Material wrote it, corrected: no `autocomplete` on its checkboxes, and its search base
    set to its language's folder `root`."""
    return drop_checkbox_autocomplete(set_search_base(html, root))


def kept_by_finish_page(part: str) -> bool:
    """Whether `finish_page` leaves `part` of a page as it is wherever it stands between two tags: no
    input tag it corrects, no script that could hold the theme's configuration. The live preview
    swaps one such part of a finished page for another (site/preview.py)."""
    return drop_checkbox_autocomplete(part) == part and "<script" not in part and "</script" not in part


# Pages at the same depth share one theme configuration: each is rewritten once a build.
@cache
def _config_with_base(config_json: str, root: str) -> str:
    config = json.loads(config_json)
    config["base"] = posixpath.join(config["base"], root) if root else config["base"]
    # Escape "<" as Jinja's tojson does, so the JSON cannot end the script element.
    return json.dumps(config).replace("<", "\\u003c")


def set_search_base(html: str, root: str) -> str:
    """Point the theme's `base` (where it loads search/search_index.json) at a language's own folder."""

    def fix(match: re.Match[str]) -> str:
        return match.group(1) + _config_with_base(match.group(2), root) + match.group(3)

    return _CONFIG_SCRIPT.sub(fix, html, count=1)


def skip_hreflang_sitemap_lookup(script: str, path: str) -> str:
    if ALTERNATE_SELECTOR_FIXED in script:
        return script  # every language build copies the theme; the first one already fixed it
    if ALTERNATE_SELECTOR not in script:
        raise SiteError(
            path,
            None,
            f"Material's JavaScript no longer contains {ALTERNATE_SELECTOR}. Check whether the theme still "
            "fetches sitemap.xml next to every hreflang link (mkdocs-material issue 8576) and update "
            "src/programme_site/theme/html.py.",
        )
    return script.replace(ALTERNATE_SELECTOR, ALTERNATE_SELECTOR_FIXED)
