"""The site's languages, and a text written in each of them.

Finnish is the default language, served at the site root; every other language
has its own folder. The site's dates are Finnish dates, in Helsinki time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

LANGUAGES = ("fi", "sv")
DEFAULT_LANGUAGE = "fi"  # served at /, the others under /<language>/
LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish"}

# The site's dates are Finnish dates: "today" and feed times are in Helsinki time.
TIME_ZONE = ZoneInfo("Europe/Helsinki")


@dataclass(frozen=True)
class Text:
    """One text in both languages."""

    fi: str
    sv: str

    def in_language(self, language: str) -> str:
        if language not in LANGUAGES:
            raise ValueError(f"'{language}' is not a site language: {', '.join(LANGUAGES)}")
        return str(getattr(self, language))


def language_root(language: str) -> str:
    """The folder of a language's pages relative to the site root: '' or 'sv/'."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def other_language(language: str) -> str:
    return next(other for other in LANGUAGES if other != language)


def finnish_today() -> date:
    return datetime.now(TIME_ZONE).date()
