"""`make check` speaks the editor's language: Finnish and Swedish, by the setting or by the locale."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import (
    FINNISH_PARAGRAPH,
    SWEDISH_PARAGRAPH,
    copy_environment,
    line_of,
    make_in_copy,
    make_project,
    replace_in,
)

from programme_site.core.messages import SETTING

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with a page missing in Swedish, a date changed in one language only, and a
    Finnish paragraph pasted in place of a Swedish one."""
    project = make_project(tmp_path_factory.mktemp("messages"))
    (project / "docs" / "sv" / "saavutettavuusseloste.md").unlink()
    replace_in(project / "docs" / "sv" / "verkosto.md", "grundades 3.2.2021", "grundades 4.2.2021")
    replace_in(project / "docs" / "sv" / "verkosto.md", SWEDISH_PARAGRAPH, FINNISH_PARAGRAPH)
    return project


def make_check(project: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {
        name: value
        for name, value in copy_environment(project).items()
        if name != SETTING and name not in LOCALE_VARIABLES
    }
    return subprocess.run(
        make_in_copy(["make", "check"]),
        cwd=project,
        env={**env, **environment},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def expected(project: Path, language: str) -> list[str]:
    line = line_of(project / "docs" / "fi" / "verkosto.md", "3.2.2021")
    swedish_line = line_of(project / "docs" / "sv" / "verkosto.md", "4.2.2021")
    paragraph = line_of(project / "docs" / "sv" / "verkosto.md", FINNISH_PARAGRAPH)
    missing = "docs/sv/saavutettavuusseloste.md"
    return {
        "fi": [
            f"docs/fi/saavutettavuusseloste.md:1: sivulta puuttuu ruotsinkielinen vastine: tiedostoa {missing} ei ole. "
            f"Käännä sivu tiedostoon {missing}, tai kunnes sivu on käännetty, luo tiedosto {missing}, jossa on "
            "vain kolme riviä '---', 'untranslated: true', '---'.",
            "docs/fi/verkosto.md:1: ruotsinkielinen sivu docs/sv/verkosto.md on muuttunut sen jälkeen, kun "
            "molemmat merkittiin ajan tasalle",
            f"docs/fi/verkosto.md:{line}: suomenkielisessä tekstissä on päivämäärä 3.2.2021, mutta kohdassa "
            f"docs/sv/verkosto.md:{swedish_line} on 4.2.2021. Korjaa väärä, jotta molemmilla kielillä on samat tiedot.",
            f"docs/sv/verkosto.md:{paragraph}: tämä kappale on kirjoitettu suomeksi, ei ruotsiksi. Käännä se "
            "ruotsiksi; jos sen on tarkoitus olla suomeksi (lainattu nimi tai otsikko), merkitse ne sanat näin: "
            "[sanat]{lang=fi}.",
            "4 virhettä. Korjaa virheet ennen yhdistämistä (merge): katso CONTRIBUTING.md:n kohta "
            "'Kielitarkistus'.",
        ],
        "sv": [
            f"docs/fi/saavutettavuusseloste.md:1: sidan saknar svensk motsvarighet: {missing} finns inte. "
            f"Översätt sidan till {missing}, eller, tills den är översatt, skapa {missing} med bara de tre "
            "raderna '---', 'untranslated: true', '---'.",
            "docs/fi/verkosto.md:1: den svenska sidan docs/sv/verkosto.md har ändrats efter att båda markerades "
            "som uppdaterade",
            f"docs/fi/verkosto.md:{line}: den finska texten har datumet 3.2.2021 där "
            f"docs/sv/verkosto.md:{swedish_line} har 4.2.2021. Rätta den som är fel, så att båda språken ger "
            "samma uppgifter.",
            f"docs/sv/verkosto.md:{paragraph}: det här stycket är på finska, inte på svenska. Översätt texten "
            "till svenska; om den ska vara på finska (ett citerat namn eller en titel), märk de orden så här: "
            "[orden]{lang=fi}.",
            "4 fel. Rätta felen före sammanslagningen (merge): se avsnittet 'Språkkontrollen' "
            "i CONTRIBUTING.md.",
        ],
    }[language]


@pytest.mark.parametrize(
    ("language", "environment"),
    [
        ("fi", {SETTING: "fi"}),
        ("sv", {SETTING: "sv"}),
        ("fi", {"LANG": "fi_FI.UTF-8"}),  # an editor's Finnish machine, without the setting
        ("sv", {"LANG": "sv_FI.UTF-8"}),
    ],
)
def test_make_check_reports_in_the_editor_s_language(
    broken: Path, language: str, environment: dict[str, str]
) -> None:
    result = make_check(broken, **environment)
    assert result.returncode != 0
    lines = result.stdout.splitlines()[1:]  # after the command make echoes
    wanted = expected(broken, language)
    assert len(lines) == len(wanted), result.stdout
    for line, start in zip(lines, wanted, strict=True):
        assert line.startswith(start), f"{line!r} does not start with {start!r}"
    assert "Traceback" not in result.stdout + result.stderr


def test_make_check_stays_english_for_developers(broken: Path) -> None:
    result = make_check(broken, LANG="C.UTF-8")
    assert "docs/fi/saavutettavuusseloste.md:1: has no Swedish counterpart" in result.stdout
    assert result.stdout.rstrip().endswith(
        "4 errors. Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md."
    )
