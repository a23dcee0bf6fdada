"""Which `lang` values a page or a text may set: language tags a screen reader can act on.

A `lang` attribute tells a screen reader which voice to use (WCAG 2.1 SC 3.1.2); `lang=qqq`
names no language and is as good as none. A tag is accepted when it is well-formed BCP 47
(language, optional script, region and variants) and its language is one Babel's data knows
(about 650, the Sami languages among them), or one of the few below that it does not.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from programme_site.core.messages import _

TAG = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*",
    re.IGNORECASE,
)
# Languages of people in Finland that Babel's list leaves out: Dari, Finnish and Finland-Swedish
# Sign Language, Livvi-Karelian.
MORE_LANGUAGES = ("prs", "fse", "fss", "olo")


@cache
def _known_languages() -> frozenset[str]:
    return frozenset(Locale("en").languages) | frozenset(MORE_LANGUAGES)


def language_tag_problem(tag: str) -> str | None:
    """Why `tag` is not a language tag the site accepts, or None if it is one."""
    match = TAG.fullmatch(tag)
    if match and match["language"].lower() in _known_languages():
        return None
    return _(
        "'lang={tag}' names no language a screen reader knows. Use a language code such as fi, sv, en or se."
    ).format(tag=tag)
