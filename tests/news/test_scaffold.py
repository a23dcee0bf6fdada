"""`make news` adds a skeleton that the checks then guide the editor to complete."""

from datetime import date
from pathlib import Path

import pytest
from conftest import replace_in

from programme_site.core.errors import SiteError
from programme_site.data.load import load_site_data
from programme_site.news.scaffold import add_news_item, main, slug

TODAY = date(2026, 11, 25)


def test_slug_from_finnish_title() -> None:
    assert slug("Kotoutumislaki muuttuu 2026: näin haet!") == "kotoutumislaki-muuttuu-2026-nain-haet"


def test_skeleton_is_added_on_top_and_the_checks_ask_for_the_missing_texts(project: Path) -> None:
    ident = add_news_item(project, 'Uusi "avustushaku" alkaa', TODAY)
    assert ident == "uusi-avustushaku-alkaa"
    with pytest.raises(SiteError) as error:
        load_site_data(project)
    assert "news item uusi-avustushaku-alkaa, field 'title.sv': the Swedish text is missing or empty." in str(
        error.value
    )
    news_file = project / "data" / "news.yaml"
    replace_in(news_file, '      sv: ""', '      sv: "Ny ansökan öppnar"')
    replace_in(news_file, '      fi: ""', '      fi: "Teksti."')
    replace_in(news_file, '      sv: ""', '      sv: "Text."')
    item = load_site_data(project).news[0]
    assert (item.id, item.date, item.type) == ("uusi-avustushaku-alkaa", TODAY, "uutinen")
    assert (item.title.fi, item.title.sv) == ('Uusi "avustushaku" alkaa', "Ny ansökan öppnar")


def test_same_title_twice_is_refused(project: Path) -> None:
    with pytest.raises(SiteError) as error:
        add_news_item(project, "Oma uutiskirje", TODAY)
    assert str(error.value) == (
        "data/news.yaml: a news item with the id 'oma-uutiskirje' already exists. Use another title."
    )


def test_cli_reports_a_title_without_letters(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["!!!", "--root", str(project)]) == 1
    assert capsys.readouterr().err.strip() == (
        'make news: give the Finnish title in letters, e.g. TITLE="Kotoutumislaki muuttuu".'
    )


def test_cli_points_to_the_quick_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`make check` answers in seconds; `make test` takes minutes, so it is not the advice."""
    assert main(["Uusi opas kunnille", "--root", str(project)]) == 0
    assert capsys.readouterr().out.strip() == (
        "Added news item 'uusi-opas-kunnille' at the top of data/news.yaml.\n"
        'Now write the Swedish title and the text in both languages (the empty "" fields), '
        "then check with: make check"
    )


def test_cli_without_a_title_says_how_to_give_one(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["", "--root", str(project)]) == 1
    assert "give the Finnish title in letters" in capsys.readouterr().err
