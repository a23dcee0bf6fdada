"""The theme's own texts (Material's `lang.t("…")`), each looked up once a build.

Material's partials/languages/<code>.html defines `t(key)` as a table of some fifty texts that Jinja
builds anew on every call, and its templates call it a dozen times a page: about a second of a
build of a thousand pages per language. overrides/partials/language.html asks `theme_texts`
instead, which asks Material's same macros, in the same order as Material's partials/language.html,
once per key: the texts stay the theme's (tests/integration/test_theme_overrides.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from jinja2 import Environment


def theme_texts(env: Environment, language: str) -> Callable[[str], str]:
    """The theme's text for a key in `language`: its own, else English, else the key itself."""
    own = env.get_template(f"partials/languages/{language}.html").module
    english = env.get_template("partials/languages/en.html").module

    @cache
    def text(key: str) -> str:
        return str(own.t(key) or english.t(key) or key)  # type: ignore[attr-defined]

    return text
