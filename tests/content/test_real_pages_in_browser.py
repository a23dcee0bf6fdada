"""The real pages in Chromium: accessible (axe-core, Lighthouse), usable with the keyboard alone, each in
its language, and found by the search in any form of their words; and screenshots of the main pages for
a person to look at.

What the code makes of any page is tested on the fixture site (tests/browser/); these are the checks a
change of the real content can fail.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from browser.checks import lighthouse_problems, lighthouse_report, search_recall, word_search_problems
from browser.chromium import DESKTOP, MOBILE, NewPage, Site
from browser.sitewide import (
    axe_problems,
    focus_problems_everywhere,
    language_problems_everywhere,
    skip_link_problems_everywhere,
    word_searches,
)
from browser.tools import missing
from conftest import ROOT

RECALL = 1.0  # every page that uses a typed word in any form is found (issue 26 keeps it at 1.0)
# Words the real pages use, each with two inflected forms a reader may type (not all of them on the site).
WORDS = {
    "fi": {
        "pakolainen": ("pakolaisille", "pakolaisten"),
        "kunta": ("kunnissa", "kuntien"),
        "kotoutuminen": ("kotoutumisen", "kotoutumista"),
        "kiintiöpakolainen": ("kiintiöpakolaisten", "kiintiöpakolaisia"),
        "palvelu": ("palvelut", "palveluja"),
        "kustannus": ("kustannukset", "kustannuksia"),
        "korvaus": ("korvaukset", "korvauksia"),
        "toimija": ("toimijat", "toimijoille"),
        "uutinen": ("uutiset", "uutisia"),
        "tieto": ("tiedot", "tietoja"),
        "muutos": ("muutokset", "muutoksen"),
        "verkosto": ("verkoston", "verkostossa"),
        "kysely": ("kyselyyn", "kyselyssä"),
        "vastaanotto": ("vastaanoton", "vastaanotossa"),
        "yhteiskunta": ("yhteiskunnan", "yhteiskunnassa"),
        "sähköposti": ("sähköpostilla", "sähköpostiin"),
        "toiminta": ("toiminnan", "toimintaa"),
        "yhteistyö": ("yhteistyön", "yhteistyöhön"),
        "ministeriö": ("ministeriön", "ministeriössä"),
        "sivusto": ("sivustolla", "sivuston"),
        "kumppanuusohjelma": ("kumppanuusohjelman", "kumppanuusohjelmaa"),
        "asettamispäätös": ("asettamispäätöksen", "asettamispäätöksessä"),
    },
    "sv": {
        "flykting": ("flyktingarna", "flyktingarnas"),
        "kommun": ("kommunerna", "kommunens"),
        "nyhet": ("nyheter", "nyheterna"),
        "tjänst": ("tjänster", "tjänsterna"),
        "ersättning": ("ersättningar", "ersättningarna"),
        "kostnad": ("kostnader", "kostnaderna"),
        "aktör": ("aktörer", "aktörerna"),
        "handlingsprogram": ("handlingsprogrammet", "handlingsprogrammets"),
        "välfärdsområde": ("välfärdsområden", "välfärdsområdet"),
        "uppgift": ("uppgifter", "uppgifterna"),
        "anvisning": ("anvisningar", "anvisningen"),
        "nätverk": ("nätverket", "nätverkets"),
        "ändring": ("ändringen", "ändringar"),
        "invandrare": ("invandraren", "invandrarnas"),
        "enkät": ("enkäten", "enkäter"),
        "webbplats": ("webbplatsen", "webbplatsens"),
        "samhälle": ("samhället", "samhällets"),
        "möjlighet": ("möjligheter", "möjligheterna"),
        "verksamhet": ("verksamheten", "verksamheter"),
        "person": ("personer", "personerna"),
        "kvotflykting": ("kvotflyktingar", "kvotflyktingarna"),
        "ministerium": ("ministeriet", "ministeriets"),
    },
}
# Lighthouse: the front page and a content page in each language.
LIGHTHOUSE_PAGES = ("/", "/kotoutuminen/", "/sv/", "/sv/kotoutuminen/")
SCREENSHOTS = ROOT / "test-output" / "screenshots"
# The front page, the contacts and the news, in both languages.
SCREENSHOT_PAGES = {
    "etusivu": "/",
    "yhteystiedot": "/yhteystiedot/",
    "ajankohtaista": "/ajankohtaista/",
    "sv-startsida": "/sv/",
    "sv-kontaktuppgifter": "/sv/yhteystiedot/",
    "sv-aktuellt": "/sv/ajankohtaista/",
}


def test_axe_finds_no_violation_on_any_real_page_on_desktop_or_mobile(
    real_site: Site, new_page: NewPage, axe_source: str
) -> None:
    # The search and the menu opened on every page are the code's, tested on the fixture site.
    problems = axe_problems(real_site, new_page, axe_source)
    assert not problems, "\n".join(problems)


def test_every_real_page_works_with_the_keyboard_and_shows_focus(real_site: Site, new_page: NewPage) -> None:
    problems = skip_link_problems_everywhere(real_site, new_page) + focus_problems_everywhere(
        real_site, new_page
    )
    assert not problems, "\n".join(problems)


def test_every_real_page_has_its_lang_and_a_selector_to_the_same_page(
    real_site: Site, new_page: NewPage
) -> None:
    problems = language_problems_everywhere(real_site, new_page)
    assert not problems, "\n".join(problems)


def test_the_real_front_and_content_pages_score_full_marks_in_lighthouse(
    real_site: Site, tmp_path: Path
) -> None:
    reason = missing("chromium", "node", "lighthouse")
    if reason:
        pytest.skip(reason)
    problems = []
    for number, path in enumerate(LIGHTHOUSE_PAGES):
        report = lighthouse_report(real_site.url(path), tmp_path / f"report-{number}.json")
        problems += [f"{path}: {problem}" for problem in lighthouse_problems(report)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_form_of_a_real_word_finds_the_real_pages_that_use_it(
    real_site: Site, new_page: NewPage, language: str
) -> None:
    searches = word_searches(real_site, new_page, language, WORDS[language])
    recall = search_recall(searches)
    print(f"\nsearch recall, {language}: {recall:.3f} over {len(searches)} words typed")
    for search in searches:
        if search.expected - search.found:
            print(f"  {search.word}: missed {sorted(search.expected - search.found)}")
    assert word_search_problems(searches) == []
    assert recall >= RECALL


def png_width(file: Path) -> int:
    header = file.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{file} is not a PNG"
    return struct.unpack(">I", header[16:20])[0]


def test_screenshots_for_a_person_to_look_at(real_site: Site, new_page: NewPage) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for viewport in (DESKTOP, MOBILE):
        page, _ = new_page(real_site, viewport)
        for name, path in SCREENSHOT_PAGES.items():
            page.goto(real_site.url(path), wait_until="networkidle")
            file = SCREENSHOTS / f"{name}-{viewport['width']}.png"
            page.screenshot(path=file, full_page=True)
            assert png_width(file) == viewport["width"]
