"""The five mistakes of test_every_error_at_once.py in the editor's language: one `make check` and one
failed `make build` name each, with file and line, in Finnish and in Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import five_mistake_places, lines_starting, make_five_mistakes, run_make, snapshot

from programme_site.core.messages import SETTING

# The start of each mistake's message, in the order of five_mistake_places, then how `make check`
# sums up (a sixth error: the new page is not marked in step, which it reports beside the markup)
# and how a failed `make build` ends.
MESSAGES = {
    "fi": (
        [
            "uutinen uusi-opas-kunnille, kenttä 'date': '2023-02-30' ei ole päivämäärä. "
            "Kirjoita se muodossa vuosi-kuukausi-päivä, esimerkiksi 2023-10-03.",
            "uutinen uusi-opas-kunnille, kenttä 'type': 'blogi' ei ole uutisen tyyppi. "
            "Käytä jotakin näistä: uutinen, tiedote.",
            "uutinen uusi-opas-kunnille, kenttä 'title.sv': ruotsinkielinen teksti puuttuu tai on tyhjä. "
            "Kirjoita se kohdan 'title:' alle muodossa 'sv: …'.",
            "HTML-koodi ('<div class=\"laatikko\">') ei ole sallittu sivuilla: se julkaistaisiin sellaisenaan.",
            "linkin kohde 'javascript:alert(1)' käyttää muotoa 'javascript:', joka suorittaa tai upottaa "
            "sisältöä sivulle.",
        ],
        "6 virhettä. Korjaa virheet ennen yhdistämistä (merge)",
        "Sivuston rakentaminen epäonnistui; kansiota site/ ei muutettu.",
    ),
    "sv": (
        [
            "nyheten uusi-opas-kunnille, fältet 'date': '2023-02-30' är inte ett datum. "
            "Skriv det som år-månad-dag, till exempel 2023-10-03.",
            "nyheten uusi-opas-kunnille, fältet 'type': 'blogi' är ingen nyhetstyp. "
            "Använd en av dessa: uutinen, tiedote.",
            "nyheten uusi-opas-kunnille, fältet 'title.sv': den svenska texten saknas eller är tom. "
            "Skriv den under 'title:' som 'sv: …'.",
            "HTML-kod ('<div class=\"laatikko\">') är inte tillåten på sidor: den skulle publiceras som den är skriven.",
            "länkmålet 'javascript:alert(1)' använder 'javascript:', som kör eller bäddar in innehåll på sidan.",
        ],
        "6 fel. Rätta felen före sammanslagningen (merge)",
        "Bygget misslyckades; mappen site/ ändrades inte.",
    ),
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_five_mistakes(tmp_path_factory.mktemp("every-error-translated"))


def expected(project: Path, language: str) -> list[str]:
    starts, _summary, _failed = MESSAGES[language]
    return [f"{place}: {start}" for place, start in zip(five_mistake_places(project), starts, strict=True)]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_one_check_reports_all_five_in_the_editor_s_language(broken: Path, language: str) -> None:
    result = run_make(broken, "make check", **{SETTING: language})
    assert result.returncode != 0
    assert lines_starting(result.stdout, expected(broken, language)) == [], result.stdout
    assert result.stdout.splitlines()[-1].startswith(MESSAGES[language][1]), result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_one_failed_build_reports_all_five_in_the_editor_s_language(broken: Path, language: str) -> None:
    before = snapshot(broken / "site")
    result = run_make(broken, "make build", **{SETTING: language})
    assert result.returncode != 0
    assert lines_starting(result.stderr, expected(broken, language)) == [], result.stderr
    assert MESSAGES[language][2] in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert snapshot(broken / "site") == before
