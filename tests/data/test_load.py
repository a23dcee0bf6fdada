"""The fixture's data loads; each kind of bad data gives one message naming file, line, entry and field."""

from datetime import date
from pathlib import Path

import pytest
from conftest import replace_in
from fixture_site import FIXTURE

from programme_site.core.errors import SiteError
from programme_site.core.languages import Text
from programme_site.data.load import load_site_data
from programme_site.data.model import NewsLink


def test_the_data_loads() -> None:
    data = load_site_data(FIXTURE)
    assert [item.date for item in data.news] == sorted((item.date for item in data.news), reverse=True)
    assert len(data.news) == 4
    assert data.news[0].date == date(2025, 10, 14)
    assert set(data.sections) == {"kaikki", "johto", "lyhyt", "yhteinen", "valvonta"}
    assert data.contacts["aino-virtanen"].phone == "+358 40 123 4567"
    assert data.contacts["yhteinen-osoite"].email == "kirjastoverkosto@example.fi"
    assert data.news[1].links == (
        NewsLink(
            Text(
                "Ohjeet uutiskirjeen tilaamiseen",
                "Anvisningar för att prenumerera på nyhetsbrevet (på finska)",
            ),
            "https://ohjeet.example/",
        ),
    )


def error_for(project: Path, file: str, old: str, new: str, today: date | None = None) -> str:
    replace_in(project / "data" / file, old, new)
    with pytest.raises(SiteError) as error:
        load_site_data(project, today)
    return str(error.value)


def line_of(project: Path, file: str, text: str) -> int:
    lines = (project / "data" / file).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_missing_swedish_title(project: Path) -> None:
    message = error_for(
        project,
        "news.yaml",
        "      sv: Höstens utbildningsdag",
        "      # sv: Höstens utbildningsdag",
    )
    line = line_of(project, "news.yaml", "title:")
    assert message == (
        f"data/news.yaml:{line}: news item syksyn-koulutuspaiva, field 'title.sv': "
        "the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'."
    )


def test_empty_finnish_text(project: Path) -> None:
    message = error_for(
        project,
        "contacts.yaml",
        "fi: Yhteinen sähköposti",
        'fi: ""',
    )
    assert "contact yhteinen-osoite, field 'name.fi': the Finnish text is missing or empty" in message


def test_bad_date(project: Path) -> None:
    message = error_for(project, "news.yaml", "date: 2024-11-20", "date: 2024-11-31")
    line = line_of(project, "news.yaml", "2024-11-31")
    assert message == (
        f"data/news.yaml:{line}: news item verkoston-vuosikokous, field 'date': "
        "'2024-11-31' is not a date. Write it as year-month-day, e.g. 2023-10-03."
    )


def test_duplicate_news_id(project: Path) -> None:
    first = line_of(project, "news.yaml", "id: oma-uutiskirje")
    message = error_for(project, "news.yaml", "id: lahikirjastojen-palvelut", "id: oma-uutiskirje")
    lines = (project / "data/news.yaml").read_text(encoding="utf-8").splitlines()
    second = [n for n, line in enumerate(lines, start=1) if "id: oma-uutiskirje" in line][1]
    assert message == (
        f"data/news.yaml:{second}: news item oma-uutiskirje, field 'id': "
        f"'oma-uutiskirje' is already used on line {first}. Give each entry its own id."
    )


def test_unknown_news_type(project: Path) -> None:
    message = error_for(project, "news.yaml", "type: uutinen", "type: blogi")
    line = line_of(project, "news.yaml", "type: blogi")
    assert message == (
        f"data/news.yaml:{line}: news item syksyn-koulutuspaiva, field 'type': "
        "'blogi' is not a news type. Use one of: uutinen, tiedote."
    )


# The newest item is dated 2025-10-14: 63 days after this "today".
EARLY_TODAY = date(2025, 8, 12)


def test_date_too_far_in_the_future(project: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_site_data(project, today=EARLY_TODAY)
    line = line_of(project, "news.yaml", "date: 2025-10-14")
    assert str(error.value) == (
        f"data/news.yaml:{line}: news item syksyn-koulutuspaiva, field 'date': "
        "2025-10-14 is more than 60 days after today (2025-08-12). "
        "Check the year; the limit is 'future_limit_days' under 'settings:'."
    )


def test_future_limit_is_set_in_the_data_file(project: Path) -> None:
    replace_in(project / "data" / "news.yaml", "future_limit_days: 60", "future_limit_days: 63")
    assert load_site_data(project, today=EARLY_TODAY).news[0].date == date(2025, 10, 14)
    message = error_for(
        project, "news.yaml", "future_limit_days: 63", "future_limit_days: 62", today=EARLY_TODAY
    )
    assert "2025-10-14 is more than 62 days after today (2025-08-12)." in message


def test_future_limit_defaults_to_60_days(project: Path) -> None:
    replace_in(project / "data" / "news.yaml", "  future_limit_days: 60\n", "")
    assert len(load_site_data(project, today=date(2025, 8, 15)).news) == 4  # 60 days
    with pytest.raises(SiteError, match="is more than 60 days after today"):
        load_site_data(project, today=date(2025, 8, 14))


def test_future_limit_must_be_a_number(project: Path) -> None:
    message = error_for(project, "news.yaml", "future_limit_days: 60", "future_limit_days: lots")
    line = line_of(project, "news.yaml", "future_limit_days")
    assert message == (
        f"data/news.yaml:{line}: settings, field 'future_limit_days': "
        "'lots' must be a whole number from 0 to 3660."
    )


def test_malformed_markdown_link_in_body(project: Path) -> None:
    message = error_for(
        project,
        "news.yaml",
        "Seuraava koulutuspäivä järjestetään keväällä.",
        "Seuraava koulutuspäivä [järjestetään](https://ohjeet.example keväällä.",
    )
    body = line_of(project, "news.yaml", "body:")
    assert message == (
        f"data/news.yaml:{body + 1}: news item syksyn-koulutuspaiva, field 'body.fi': "
        "the link '[järjestetään](https://ohjeet.example' is not complete. "
        "Write links as [text](https://address)."
    )


def test_link_to_a_plain_http_address_in_body(project: Path) -> None:
    message = error_for(
        project,
        "news.yaml",
        "Nästa utbildningsdag ordnas på våren.",
        "Se [anvisningarna](http://ohjeet.example/).",
    )
    line = line_of(project, "news.yaml", "I utbildningsdagen deltog") - 1
    assert message == (
        f"data/news.yaml:{line}: news item syksyn-koulutuspaiva, field 'body.sv': "
        "the link 'anvisningarna' goes to 'http://ohjeet.example/'; links must go to a full https:// address."
    )


def test_news_link_needs_both_titles_and_an_https_address(project: Path) -> None:
    message = error_for(
        project, "news.yaml", "sv: Anvisningar för att prenumerera på nyhetsbrevet (på finska)", ""
    )
    line = line_of(project, "news.yaml", "fi: Ohjeet uutiskirjeen tilaamiseen") - 1
    assert message == (
        f"data/news.yaml:{line}: news item oma-uutiskirje, link 1, field 'title.sv': "
        "the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'."
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    links:\n      - title:\n          fi: Ohjeet uutiskirjeen tilaamiseen\n"
            "          sv: Anvisningar för att prenumerera på nyhetsbrevet (på finska)\n        url: https://ohjeet.example/\n",
            "    links: https://ohjeet.example/\n",
            "news item oma-uutiskirje, field 'links': "
            "must be a list of links, each with 'title:' (fi and sv) and 'url:'.",
        ),
        (
            "  future_limit_days: 60",
            "  future_days: 60",
            "settings, field 'future_days': is not a known field. Known fields are: future_limit_days, review_by.",
        ),
    ],
)
def test_misshapen_links_and_settings(project: Path, old: str, new: str, message: str) -> None:
    error = error_for(project, "news.yaml", old, new)
    assert error.endswith(message)
    line = line_of(project, "news.yaml", new.split("\n")[0].strip())
    assert error.startswith(f"data/news.yaml:{line}: ")


def test_news_link_address_must_be_https(project: Path) -> None:
    message = error_for(project, "news.yaml", "url: https://ohjeet.example/", "url: ohjeet.example")
    line = line_of(project, "news.yaml", "url: ohjeet.example")
    assert message == (
        f"data/news.yaml:{line}: news item oma-uutiskirje, link 1, field 'url': "
        "'ohjeet.example' is not valid. Write a full https:// address."
    )


def test_misspelt_field_is_named(project: Path) -> None:
    message = error_for(
        project, "contacts.yaml", "    phone: +358 40 123 4567", "    puhelin: +358 40 123 4567"
    )
    assert "contact aino-virtanen, field 'puhelin': is not a known field." in message


def test_section_naming_unknown_contact(project: Path) -> None:
    message = error_for(project, "contacts.yaml", "johto: [johan-nyberg]", "johto: [johan]")
    line = line_of(project, "contacts.yaml", "johto: [johan]")
    assert message == (
        f"data/contacts.yaml:{line}: section 'johto' names contact 'johan', which is not in 'contacts:'."
    )


def test_phone_must_be_international(project: Path) -> None:
    message = error_for(project, "contacts.yaml", "phone: +358 50 765 4321", "phone: 050 765 4321")
    assert "contact johan-nyberg, field 'phone': '050 765 4321' is not valid." in message


def test_email_must_be_an_address(project: Path) -> None:
    message = error_for(
        project,
        "contacts.yaml",
        "email: kirjastoverkosto@example.fi",
        "email: kirjastoverkosto(at)example.fi",
    )
    assert "contact yhteinen-osoite, field 'email': 'kirjastoverkosto(at)example.fi' is not valid." in message


def test_missing_data_file(project: Path) -> None:
    (project / "data" / "news.yaml").unlink()
    with pytest.raises(SiteError, match=r"^data/news.yaml: the file is missing"):
        load_site_data(project)


def errors_for(project: Path, file: str, old: str, new: str) -> list[str]:
    """Every problem load_site_data finds after one change, one line each."""
    replace_in(project / "data" / file, old, new)
    with pytest.raises(SiteError) as error:
        load_site_data(project)
    return str(error.value).split("\n")


def test_every_field_of_every_entry_in_one_run(project: Path) -> None:
    found = errors_for(
        project,
        "news.yaml",
        "    date: 2025-10-14\n    type: uutinen\n",
        "    date: 2025-10-33\n    type: blogi\n    tekija: Aino\n",
    )
    replace_in(project / "data" / "contacts.yaml", "phone: +358 50 765 4321", "phone: 050 765 4321")
    with pytest.raises(SiteError) as error:
        load_site_data(project)
    item = "news item syksyn-koulutuspaiva"
    assert [line.split(": ", 1)[1].split(":")[0] for line in found] == [
        f"{item}, field 'tekija'",
        f"{item}, field 'date'",
        f"{item}, field 'type'",
    ]
    assert len(str(error.value).split("\n")) == 4  # and the contact in the other file
    assert str(error.value).split("\n")[0].startswith("data/contacts.yaml:")


def test_both_languages_of_a_text(project: Path) -> None:
    found = errors_for(
        project,
        "contacts.yaml",
        "      fi: Suunnittelija\n      sv: Planerare\n",
        '      fi: ""\n      en: Specialist\n',
    )
    assert [line.split("field ")[1].split(":")[0] for line in found] == [
        "'title.en'",
        "'title.fi'",
        "'title.sv'",
    ]


def test_a_bad_id_gives_no_follow_on_noise(project: Path) -> None:
    found = errors_for(project, "contacts.yaml", "id: johan-nyberg", "id: Johan_Nyberg")
    # Sections still name johan-nyberg: the one problem is the id, not "names contact …".
    assert len(found) == 1, found
    assert "field 'id': 'Johan_Nyberg' is not valid. Use lower-case letters" in found[0]


def test_a_contact_with_a_problem_is_not_missing_from_its_sections(project: Path) -> None:
    found = errors_for(project, "contacts.yaml", "phone: +358 40 123 4567", "phone: 40 123 4567")
    assert len(found) == 1, found
    assert "contact aino-virtanen, field 'phone'" in found[0]


def test_a_bad_future_limit_does_not_measure_dates(project: Path) -> None:
    replace_in(project / "data" / "news.yaml", "future_limit_days: 60", "future_limit_days: -1")
    with pytest.raises(SiteError) as error:
        load_site_data(project, today=EARLY_TODAY)
    assert str(error.value).split("\n") == [
        f"data/news.yaml:{line_of(project, 'news.yaml', 'future_limit_days')}: settings, field "
        "'future_limit_days': '-1' must be a whole number from 0 to 3660."
    ]


def test_a_clean_file_still_loads_beside_unknown_top_level_keys(project: Path) -> None:
    found = errors_for(project, "news.yaml", "news:\n", "uutiset: []\nnews:\n")
    assert found == [
        f"data/news.yaml:{line_of(project, 'news.yaml', 'uutiset:')}: 'uutiset:' is not part of this file. "
        "It has: news, settings."
    ]


def test_contacts_settings_have_only_their_own_fields(project: Path) -> None:
    found = errors_for(
        project, "contacts.yaml", "  review_by: 2099-12-31", "  review_by: 2099-12-31\n  tarkista: 2027"
    )
    assert found == [
        f"data/contacts.yaml:{line_of(project, 'contacts.yaml', 'tarkista:')}: settings, field 'tarkista': "
        "is not a known field. Known fields are: review_by."
    ]


def test_a_part_whose_files_are_unchanged_is_taken_from_the_earlier_data_and_the_others_read(
    project: Path,
) -> None:
    today = date(2026, 12, 1)
    earlier = load_site_data(project, today)
    replace_in(project / "data" / "contacts.yaml", "+358 40 123 4567", "+358 40 000 0000")
    # Files said to be unchanged are not read again: a broken one shows it.
    for name in ("news.yaml", "programme.yaml", "language_specific_links.yaml"):
        (project / "data" / name).write_text("[", encoding="utf-8")
    unchanged = {"data/news.yaml", "data/programme.yaml", "data/language_specific_links.yaml"}
    data = load_site_data(project, today, earlier, unchanged)
    assert (data.news, data.programme) == (earlier.news, earlier.programme)
    assert data.contacts != earlier.contacts
    assert data.contacts["aino-virtanen"].phone == "+358 40 000 0000"
    # The programme is read from two files: one changed, it is read again.
    with pytest.raises(SiteError, match=r"language_specific_links\.yaml"):
        load_site_data(project, today, earlier, unchanged - {"data/language_specific_links.yaml"})
