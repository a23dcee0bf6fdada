"""The messages in three languages: every message translated, and the language chosen as documented."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from programme_site.core.messages import (
    ENGLISH,
    LOCALE_DIR,
    SETTING,
    TRANSLATED,
    _,
    catalogue_path,
    chosen_language,
    chosen_languages,
    load_translations,
    speaking,
)

ROOT = Path(__file__).resolve().parents[2]
# Where `make messages` extracts from: the package and the build script.
SOURCES = (ROOT / "src" / "programme_site", ROOT / "scripts")


def extracted() -> dict[str | tuple[str, str], str]:
    """Every message in the code, as Babel's extractor finds it, with the file it is in."""
    found: dict[str | tuple[str, str], str] = {}
    for folder in SOURCES:
        for file, _line, message, _comments, _context in extract_from_dir(folder):
            found.setdefault(message, file)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}


def _forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def catalogue_problems(messages: dict[str | tuple[str, str], str], catalogue: Catalog) -> list[str]:
    """What keeps a catalogue from giving every message in its language, one line each."""
    problems = []
    for message_id, file in messages.items():
        message = catalogue.get(message_id)
        shown = message_id[0] if isinstance(message_id, tuple) else message_id
        if message is None:
            problems.append(
                f"{file}: {shown!r} is not in the catalogue: run `make messages` and translate it."
            )
            continue
        forms = _forms(message)
        if message.fuzzy or not all(form.strip() for form in forms):
            problems.append(f"{file}: {shown!r} has no reviewed translation (empty or fuzzy).")
            continue
        expected = placeholders(shown)
        for form in forms:
            try:
                found = placeholders(form)
            except ValueError as error:
                problems.append(f"{file}: the translation of {shown!r} has a stray brace ({error}).")
                continue
            if found != expected:
                problems.append(
                    f"{file}: the translation of {shown!r} has the placeholders {sorted(found)}, "
                    f"not {sorted(expected)}."
                )
    ids = {message.id for message in catalogue if message.id}
    problems += [
        f"{message_id!r} is in the catalogue but no longer in the code." for message_id in ids - set(messages)
    ]
    problems += [
        f"{message.id!r} is obsolete: run `make messages`." for message in catalogue.obsolete.values()
    ]
    return problems


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


@pytest.fixture(scope="module")
def messages() -> dict[str | tuple[str, str], str]:
    found = extracted()
    assert len(found) > 100, "the extractor found the messages"
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str, messages: dict[str | tuple[str, str], str]) -> None:
    assert catalogue_problems(messages, read_catalogue(catalogue_path(language))) == []


def test_the_template_is_the_code_s_messages(messages: dict[str | tuple[str, str], str]) -> None:
    template = read_catalogue(LOCALE_DIR / "programme_site.pot")
    assert {message.id for message in template if message.id} == set(messages), "run `make messages`"


def test_a_missing_translation_is_named(tmp_path: Path, messages: dict[str | tuple[str, str], str]) -> None:
    """The check above fails on a catalogue with one translation removed, naming the message."""
    copy = tmp_path / "programme_site.po"
    shutil.copy(catalogue_path("fi"), copy)
    catalogue = read_catalogue(copy)
    removed = "the page"
    catalogue[removed].string = ""
    fuzzy = "at the start"
    catalogue[fuzzy].flags.add("fuzzy")
    catalogue["the section {heading}"].string = "osio {otsikko}"
    catalogue.delete("the date {fact}")
    with copy.open("wb") as file:
        write_po(file, catalogue)
    problems = catalogue_problems(messages, read_catalogue(copy))
    assert f"{messages[removed]}: {removed!r} has no reviewed translation (empty or fuzzy)." in problems
    assert f"{messages[fuzzy]}: {fuzzy!r} has no reviewed translation (empty or fuzzy)." in problems
    assert (
        f"{messages['the section {heading}']}: the translation of 'the section {{heading}}' has the "
        "placeholders ['otsikko'], not ['heading']." in problems
    )
    assert (
        f"{messages['the date {fact}']}: 'the date {{fact}}' is not in the catalogue: "
        "run `make messages` and translate it." in problems
    )
    assert len(problems) == 4


def test_a_message_no_longer_in_the_code_is_named(messages: dict[str | tuple[str, str], str]) -> None:
    catalogue = read_catalogue(catalogue_path("sv"))
    catalogue.add("an old message", "ett gammalt meddelande")
    assert catalogue_problems(messages, catalogue) == [
        "'an old message' is in the catalogue but no longer in the code."
    ]


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({SETTING: "fi"}, "fi"),
        ({SETTING: "sv", "LANG": "fi_FI.UTF-8"}, "sv"),  # the setting wins over the locale
        ({SETTING: "en", "LANGUAGE": "fi"}, ENGLISH),
        ({SETTING: "de"}, ENGLISH),  # a language without a catalogue: English
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LC_MESSAGES": "sv_SE"}, "sv"),
        ({"LC_ALL": "fi_FI@euro", "LANG": "sv_FI.UTF-8"}, "fi"),  # gettext's order: LC_ALL before LANG
        ({"LANGUAGE": "de:sv", "LANG": "fi_FI.UTF-8"}, "sv"),  # LANGUAGE lists preferences, first known wins
        ({"LANG": "C.UTF-8"}, ENGLISH),
        ({"LANG": "de_DE.UTF-8"}, ENGLISH),
        ({}, ENGLISH),
    ],
)
def test_the_language_is_the_setting_or_the_locale(environment: dict[str, str], language: str) -> None:
    assert chosen_language(environment) == language


@pytest.mark.parametrize(
    ("setting", "languages"),
    [
        ("fi,sv", ["fi", "sv"]),  # GitHub's checks (.github/workflows/checks.yml)
        ("sv fi", ["sv", "fi"]),
        ("fi,fi_FI.UTF-8,de", ["fi"]),
        ("de,xx", ["en"]),
    ],
)
def test_the_setting_may_name_several_languages(setting: str, languages: list[str]) -> None:
    assert chosen_languages({SETTING: setting, "LANG": "sv_FI.UTF-8"}) == languages
    assert chosen_language({SETTING: setting}) == languages[0]


def test_speaking_chooses_the_language_of_the_messages_made_meanwhile() -> None:
    # The tests speak English (tests/conftest.py); inside `speaking` another language, then English again.
    with speaking("fi"):
        assert _("the page") == "sivu"
        with speaking("sv"):
            assert _("the page") == "sidan"
        assert _("the page") == "sivu"
    assert _("the page") == "the page"


def test_the_catalogues_translate_and_count() -> None:
    finnish, swedish = (load_translations(catalogue_path(language)) for language in TRANSLATED)
    assert finnish.gettext("the page") == "sivu"
    assert swedish.gettext("the page") == "sidan"
    forms = ("{count} error", "{count} errors")
    assert [finnish.ngettext(*forms, count).format(count=count) for count in (1, 3)] == [
        "1 virhe",
        "3 virhettä",
    ]
    assert [swedish.ngettext(*forms, count).format(count=count) for count in (1, 3)] == ["1 fel", "3 fel"]
    more = ("… and {count} more problem", "… and {count} more problems")  # after SiteErrors.SHOWN
    assert [finnish.ngettext(*more, count).format(count=count) for count in (1, 3)] == [
        "… ja 1 muu ongelma",
        "… ja 3 muuta ongelmaa",
    ]


def test_an_unreviewed_translation_reads_as_english(tmp_path: Path) -> None:
    """A fuzzy entry (a guess by `make messages` after the English changed) is not shown to editors."""
    copy = tmp_path / "programme_site.po"
    catalogue = read_catalogue(catalogue_path("fi"))
    catalogue["the page"].flags.add("fuzzy")
    with copy.open("wb") as file:
        write_po(file, catalogue)
    assert load_translations(copy).gettext("the page") == "the page"
