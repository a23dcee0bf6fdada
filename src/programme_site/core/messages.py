"""The messages editors read, in their language: English, Finnish or Swedish.

The English text is the message id in the code; the Finnish and Swedish ones are in the
gettext catalogues `locale/{fi,sv}/LC_MESSAGES/programme_site.po` (`make messages` updates them).
The setting SITE_MESSAGES_LANGUAGE=fi|sv|en chooses; without it gettext's own variables do
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so a machine that speaks Finnish gets Finnish. Anything
else is English, the developers' language. The choice is made once per process, at the first message.

The setting may name several languages, `fi,sv`: GitHub's checks speak to editors of both languages
at once. The language checker then reports in each (`speaking`), and a failed build is run again in
each other one for its messages (scripts/build_site.py); everything else speaks the first.

The .po files are read as they are (no compiled .mo that could be older than its .po); in
English nothing is read at all. A message is written `_("… {name} …").format(name=…)`: named
placeholders let a translation put the words in its own order.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from io import BytesIO
from pathlib import Path

SETTING = "SITE_MESSAGES_LANGUAGE"
DOMAIN = "programme_site"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
TRANSLATED = ("fi", "sv")
ENGLISH = "en"
# gettext's order: the first of these that is set decides (LANGUAGE may list several, `sv:fi`).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def chosen_languages(environ: Mapping[str, str] = os.environ) -> list[str]:
    """'fi', 'sv' or 'en', or several of them: the setting if it is set, otherwise the locale's language."""
    setting = environ.get(SETTING, "").strip()
    if setting:
        # Several languages, `fi,sv` or `fi sv`, each once, in the order given.
        named = [_language_of(candidate) for candidate in re.split(r"[,\s]+", setting)]
        return list(dict.fromkeys(language for language in named if language)) or [ENGLISH]
    locale = next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")
    return [next(filter(None, map(_language_of, locale.split(":"))), ENGLISH)]


def chosen_language(environ: Mapping[str, str] = os.environ) -> str:
    """The first of the chosen languages: the one of every message outside `speaking`."""
    return chosen_languages(environ)[0]


def _language_of(candidate: str) -> str | None:
    # fi_FI.UTF-8, sv_FI@euro, sv-FI: the language is the part before the territory.
    language = candidate.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return language if language in (*TRANSLATED, ENGLISH) else None


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_translations(po_file: Path) -> gettext.GNUTranslations:
    """The translations of one .po file; fuzzy (unreviewed) entries are left out, so they read as English."""
    # Babel only here: an English run does not import it.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as file:
        catalogue = read_po(file)
    compiled = BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == ENGLISH:
        return gettext.NullTranslations()
    return load_translations(catalogue_path(language))


@cache
def _first_chosen() -> str:
    return chosen_language()


# The languages `speaking` has chosen, innermost last; none: the first chosen.
_speaking: list[str] = []


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Every message made inside this block is in `language` (one of 'fi', 'sv', 'en')."""
    _speaking.append(language)
    try:
        yield
    finally:
        _speaking.pop()


def _translations() -> gettext.NullTranslations:
    return _catalogue(_speaking[-1] if _speaking else _first_chosen())


def _(message: str) -> str:
    """`message` in the chosen language."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for `count`, in the chosen language."""
    return _translations().ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for the catalogues where it is defined; `_` translates it where it is used."""
    return message
