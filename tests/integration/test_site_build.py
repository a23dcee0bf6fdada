"""The site as `make build` builds it: every page in both languages, data rendered, bad input stops the build."""

import re
from pathlib import Path

import pytest
from conftest import PAGES, build_site, built_page, line_of, replace_in, run_build


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_exists_in_both_languages_with_its_lang(
    built_site: Path, language: str, page: str
) -> None:
    html = built_page(built_site, language, page).read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in html


@pytest.mark.parametrize(("language", "folder"), [("fi", ""), ("sv", "sv/")])
def test_404_page_in_each_language(built_site: Path, language: str, folder: str) -> None:
    html = (built_site / folder / "404.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in html
    heading = re.search(r'<h1 id="content-start">(.*?)</h1>', html)
    assert heading and heading[1] == {"fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte"}[language]
    assert f"<title>{heading[1]} - " in html  # the tab says what the page is, as on every other page
    # GitHub Pages serves the root 404.html at every missing address: each copy speaks both languages.
    other = {"fi": "sv", "sv": "fi"}[language]
    assert f'<section lang="{other}"' in html
    assert {"fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte"}[other] in html


def _title(page: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"))
    assert found, page
    return found[1]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_each_front_page_is_titled_by_its_site_name_alone(built_site: Path, language: str) -> None:
    """Every other page is "its title - the site's name"; each language's front page is the site's
    name alone (the Swedish one was "Startsida - ...", the Finnish one not)."""
    site_name = _title(built_page(built_site, language, "yhteystiedot.md")).split(" - ", 1)[1]
    assert _title(built_page(built_site, language, "index.md")) == site_name


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",
            ["Suunnittelija", "Puhelin", "kirjastoverkosto(at)example.fi", "14.10.2025</time> | Uutinen"],
        ),
        (
            "sv",
            ["Planerare", "Telefon", "kirjastoverkosto(at)example.fi", "14.10.2025</time> | Nyhet"],
        ),
    ],
)
def test_front_page_shows_latest_news_and_contacts(
    built_site: Path, language: str, expected: list[str]
) -> None:
    html = built_page(built_site, language, "index.md").read_text(encoding="utf-8")
    assert html.count('class="news-item"') == 2
    for text in expected:
        assert text in html


@pytest.mark.parametrize(
    ("language", "role"), [("fi", "Ohjausryhmän puheenjohtaja"), ("sv", "Styrgruppens ordförande")]
)
def test_contacts_page_lists_all_contacts(built_site: Path, language: str, role: str) -> None:
    html = built_page(built_site, language, "yhteystiedot.md").read_text(encoding="utf-8")
    for name in ("Aino Virtanen", "Johan Nyberg", role):
        assert name in html
    assert 'href="tel:+358401234567"' in html


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_news_page_lists_every_item_newest_first(built_site: Path, language: str) -> None:
    html = built_page(built_site, language, "ajankohtaista.md").read_text(encoding="utf-8")
    dates = re.findall(r'class="news-item__meta"><time datetime="([0-9-]+)">', html)
    assert dates == ["2025-10-14", "2025-03-05", "2024-11-20", "2024-04-09"]


def test_no_harvestable_email_address_anywhere(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "mailto:" not in html, page
        assert not re.search(r"[\w.-]+@[\w-]+\.[\w.]+", html), page


@pytest.mark.parametrize(
    ("language", "label"), [("fi", "Saavutettavuusseloste"), ("sv", "Tillgänglighetsutlåtande")]
)
def test_every_page_links_the_accessibility_statement(built_site: Path, language: str, label: str) -> None:
    for page in PAGES:
        html = built_page(built_site, language, page).read_text(encoding="utf-8")
        # On the statement itself the link is to "./".
        assert re.search(rf'<a href="(\./|[./]*saavutettavuusseloste/)">{label}</a>', html), page


def test_no_third_party_font_is_loaded(built_site: Path) -> None:
    html = built_page(built_site, "fi", "index.md").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_bad_data_stops_the_build_with_one_clear_message(project: Path) -> None:
    replace_in(project / "data" / "news.yaml", "date: 2024-11-20", "date: 20.11.2024")
    result = build_site(project)
    assert result.returncode != 0
    assert "news item verkoston-vuosikokous, field 'date': '20.11.2024' is not a date." in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_section_on_a_page_stops_the_build(project: Path) -> None:
    page = project / "docs" / "sv" / "yhteystiedot.md"
    replace_in(page, "section=johto", "section=styrgrupp")
    result = build_site(project)
    assert result.returncode != 0
    # The file's own line, front matter included.
    line = line_of(page, "section=styrgrupp")
    assert f"docs/sv/yhteystiedot.md:{line}: contact section 'styrgrupp' does not exist" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("page", PAGES)
def test_language_switcher_leads_to_the_same_page(built_site: Path, page: str) -> None:
    for language, other in (("fi", "sv"), ("sv", "fi")):
        source = built_page(built_site, language, page)
        html = source.read_text(encoding="utf-8")
        href = re.search(rf'<a href="([^"]*)" hreflang="{other}"[^>]*class="md-select__link">', html)
        assert href, f"no {other} link in {source}"
        # Home pages link to the language root ("/sv/"), the others relatively.
        base = built_site if href[1].startswith("/") else source.parent
        target = (base / href[1].lstrip("/")).resolve() / "index.html"
        assert target == built_page(built_site, other, page).resolve()


def test_a_relative_config_path_still_gives_the_clear_message(project: Path, tmp_path: Path) -> None:
    # MkDocs itself: `mkdocs build -f mkdocs.yml` run in the project gives the hooks a relative config path.
    page = project / "docs" / "sv" / "verkosto.md"
    page.write_bytes(page.read_bytes().replace("för".encode(), "för".encode("latin-1"), 1))
    result = run_build(project, tmp_path / "out", config=Path("mkdocs.yml"), cwd=project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "docs/sv/verkosto.md:" in result.stderr and "not UTF-8" in result.stderr
