"""The site's languages, and a text written in each of them.

Finnish is the default language, served at the site root; every other language
has its own folder. The site's dates are Finnish dates, in Helsinki time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from programme_site.core.errors import SiteError
from programme_site.core.messages import _

LANGUAGES = ("fi", "sv")
DEFAULT_LANGUAGE = "fi"  # served at /, the others under /<language>/
LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish"}

# The site's dates are Finnish dates: "today" and feed times are in Helsinki time.
TIME_ZONE = ZoneInfo("Europe/Helsinki")
SITE_TODAY = "SITE_TODAY"


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


def finnish_date(day: date) -> str:
    """3.10.2023: the way dates are written in Finland in both Finnish and Swedish."""
    return f"{day.day}.{day.month}.{day.year}"


def finnish_today() -> date:
    """The site's today: the day in Helsinki, or SITE_TODAY=YYYY-MM-DD when it is set (the tests set
    it to build before and after a date; rebuilding an archive as it stood on a day sets it too)."""
    written = os.environ.get(SITE_TODAY)
    if not written:
        return datetime.now(TIME_ZONE).date()
    try:
        return date.fromisoformat(written)
    except ValueError:
        raise SiteError(
            SITE_TODAY,
            None,
            _("{value} is not a date. Write it as year-month-day, e.g. 2027-01-01.").format(
                value=repr(written)
            ),
        ) from None
