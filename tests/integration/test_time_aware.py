"""True on the day it is read: the fixture site built on the last day of each time-bound fact and on
the day after (SITE_TODAY), and read in both languages.

One copy of the fixture is made so that three boundaries fall on the same day, the programme's end
(31.12.2027 in its data/programme.yaml): a call that closes that day, news that are current until that
day, and the programme itself. So two builds show every boundary, each before and after.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import LANGUAGE_PREFIX, built, built_page, fixture_project, replace_in

from programme_site.core.languages import LANGUAGES, SITE_TODAY

LAST_DAY = "2027-12-31"
DAY_AFTER = "2028-01-01"
# A call published 1.11.2025, the fixture's newest item, open until the programme's last day.
CALL = """
  - id: avustushaku
    date: 2025-11-01
    type: tiedote
    closes: 2027-12-31
    title:
      fi: Kirjastojen avustushaku on avattu
      sv: Ansökan om understöd för bibliotek har öppnats
    body:
      fi: Avustusta haetaan verkoston lomakkeella.
      sv: Understöd söks med nätverkets blankett.
"""
# From the newest item (1.11.2025) to the programme's last day (31.12.2027).
CURRENT_DAYS = 790
STATUS = {
    "open": {"fi": "Avoinna 31.12.2027 asti", "sv": "Öppen till och med 31.12.2027"},
    "closed": {"fi": "Päättynyt 31.12.2027", "sv": "Avslutad 31.12.2027"},
}
OLD_NEWS = {
    "fi": "Uusin uutinen on julkaistu 1.11.2025. Ajankohtaiset uutiset löydät täältä:",
    "sv": "Den senaste nyheten publicerades 1.11.2025. Aktuella nyheter hittar du här:",
}
CURRENT_NEWS = {"fi": "https://uutiset.example/fi/", "sv": "https://uutiset.example/sv/"}
ARCHIVE = {
    "fi": "Toimintaohjelma päättyi 31.12.2027. Tämä sivusto on arkisto",
    "sv": "Handlingsprogrammet avslutades 31.12.2027. Den här webbplatsen är ett arkiv",
}
AS_OF = {"fi": "Tiedot 1.3.2023 tilanteen mukaan", "sv": "Uppgifterna enligt läget 1.3.2023"}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The site as built on the last day and on the day after, by day."""
    folder = tmp_path_factory.mktemp("time")
    project = fixture_project(folder / "project")
    news = project / "data" / "news.yaml"
    replace_in(news, "\nnews:\n", "\nnews:\n" + CALL)
    replace_in(
        project / "data" / "programme.yaml", "news_current_days: 730", f"news_current_days: {CURRENT_DAYS}"
    )
    replace_in(
        project / "data" / "contacts.yaml",
        "    phone: +358 40 123 4567\n",
        "    phone: +358 40 123 4567\n    as_of: 2023-03-01\n",
    )
    result = {}
    for day in (LAST_DAY, DAY_AFTER):
        result[day] = shutil.move(built(project, **{SITE_TODAY: day}), folder / day)
    return result


def text_of(site: Path, language: str, page: str) -> str:
    return built_page(site, language, page).read_text(encoding="utf-8")


def item_page(site: Path, language: str) -> str:
    return (
        site / LANGUAGE_PREFIX[language] / "ajankohtaista" / "2025-11-01-avustushaku" / "index.html"
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("day", "state"), [(LAST_DAY, "open"), (DAY_AFTER, "closed")])
def test_a_call_is_open_through_its_last_day_and_closed_after_it(
    sites: dict[str, Path], language: str, day: str, state: str
) -> None:
    site = sites[day]
    other = "closed" if state == "open" else "open"
    for html in (
        text_of(site, language, "index.md"),
        text_of(site, language, "ajankohtaista.md"),
        item_page(site, language),
    ):
        assert STATUS[state][language] in html
        assert STATUS[other][language] not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_say_they_are_old_only_after_the_span_and_link_current_news_in_the_reader_s_language(
    sites: dict[str, Path], language: str
) -> None:
    for page in ("index.md", "ajankohtaista.md"):
        assert OLD_NEWS[language] not in text_of(sites[LAST_DAY], language, page)
        after = text_of(sites[DAY_AFTER], language, page)
        assert OLD_NEWS[language] in after
        assert f'<a href="{CURRENT_NEWS[language]}">' in after


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_says_the_site_is_an_archive_only_after_the_programme_s_end(
    sites: dict[str, Path], language: str
) -> None:
    for day, shown in ((LAST_DAY, False), (DAY_AFTER, True)):
        pages = [
            page
            for page in sites[day].rglob("index.html")
            if (page.relative_to(sites[day]).parts[0] == "sv") == (language == "sv")
        ]
        assert len(pages) > 10  # the five pages, the news items and the yearly archives
        for page in pages:
            assert (ARCHIVE[language] in page.read_text(encoding="utf-8")) is shown, page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contact_shows_the_day_its_details_are_from(sites: dict[str, Path], language: str) -> None:
    for page in ("index.md", "yhteystiedot.md"):
        html = text_of(sites[LAST_DAY], language, page)
        assert AS_OF[language] in html
        assert html.count(AS_OF[language]) == 1  # Aino Virtanen's; the shared address has no date
