"""The real data loads; each kind of bad data gives one message naming file, line, entry and field."""

from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, replace_in

from programme_site.core.errors import SiteError
from programme_site.core.languages import Text
from programme_site.data.load import load_site_data
from programme_site.data.model import NewsLink


def test_real_data_loads() -> None:
    data = load_site_data(ROOT)
    assert [item.date for item in data.news] == sorted((item.date for item in data.news), reverse=True)
    assert len(data.news) == 5
    assert data.news[0].date == date(2023, 10, 3)
    assert {"ohjelma", "ohjausryhma", "lyhyt", "valvonta"} <= set(data.sections)
    assert data.contacts["maria-tiainen"].phone == "+358 2950 47582"
    assert data.contacts["toimintaohjelma"].email == "kuntiinohjaaminen.tem@gov.fi"
    assert data.news[-1].links == (
        NewsLink(Text("Kotoutuminen.fi-sivusto", "Webbplatsen kotoutuminen.fi"), "https://kotoutuminen.fi/"),
    )


def error_for(project: Path, file: str, old: str, new: str, today: date | None = None) -> str:
    replace_in(project / "data" / file, old, new)
    with pytest.raises(SiteError) as error:
        load_site_data(project, today)
    return str(error.value)


def line_of(project: Path, file: str, text: str) -> int:
    lines = (project / "data" / file).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_missing_swedish_title(project_copy: Path) -> None:
    message = error_for(
        project_copy,
        "news.yaml",
        '      sv: "Ändring i integrationslagen',
        '      # sv: "Ändring i integrationslagen',
    )
    line = line_of(project_copy, "news.yaml", "title:")
    assert message == (
        f"data/news.yaml:{line}: news item kotoutumislain-muutos-2021-kustannukset, field 'title.sv': "
        "the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'."
    )


def test_empty_finnish_text(project_copy: Path) -> None:
    message = error_for(
        project_copy,
        "contacts.yaml",
        "fi: Toimintaohjelman yhteinen sähköposti",
        'fi: ""',
    )
    assert "contact toimintaohjelma, field 'name.fi': the Finnish text is missing or empty" in message


def test_bad_date(project_copy: Path) -> None:
    message = error_for(project_copy, "news.yaml", "date: 2023-09-04", "date: 2023-09-31")
    line = line_of(project_copy, "news.yaml", "2023-09-31")
    assert message == (
        f"data/news.yaml:{line}: news item kumppanuusbarometri-2023, field 'date': "
        "'2023-09-31' is not a date. Write it as year-month-day, e.g. 2023-10-03."
    )


def test_duplicate_news_id(project_copy: Path) -> None:
    first = line_of(project_copy, "news.yaml", "id: kumppanuusbarometri-2023")
    message = error_for(
        project_copy, "news.yaml", "id: korvausohje-ihmiskaupan-uhrit", "id: kumppanuusbarometri-2023"
    )
    lines = (project_copy / "data/news.yaml").read_text(encoding="utf-8").splitlines()
    second = [n for n, line in enumerate(lines, start=1) if "id: kumppanuusbarometri-2023" in line][1]
    assert message == (
        f"data/news.yaml:{second}: news item kumppanuusbarometri-2023, field 'id': "
        f"'kumppanuusbarometri-2023' is already used on line {first}. Give each entry its own id."
    )


def test_unknown_news_type(project_copy: Path) -> None:
    message = error_for(project_copy, "news.yaml", "type: uutinen", "type: blogi")
    line = line_of(project_copy, "news.yaml", "type: blogi")
    assert message == (
        f"data/news.yaml:{line}: news item kotoutumislain-muutos-2021-kustannukset, field 'type': "
        "'blogi' is not a news type. Use one of: uutinen, tiedote."
    )


# The newest real item is dated 2023-10-03: 63 days after this "today".
EARLY_TODAY = date(2023, 8, 1)


def test_date_too_far_in_the_future(project_copy: Path) -> None:
    with pytest.raises(SiteError) as error:
        load_site_data(project_copy, today=EARLY_TODAY)
    line = line_of(project_copy, "news.yaml", "date: 2023-10-03")
    assert str(error.value) == (
        f"data/news.yaml:{line}: news item kotoutumislain-muutos-2021-kustannukset, field 'date': "
        "2023-10-03 is more than 60 days after today (2023-08-01). "
        "Check the year; the limit is 'future_limit_days' under 'settings:'."
    )


def test_future_limit_is_set_in_the_data_file(project_copy: Path) -> None:
    replace_in(project_copy / "data" / "news.yaml", "future_limit_days: 60", "future_limit_days: 63")
    assert load_site_data(project_copy, today=EARLY_TODAY).news[0].date == date(2023, 10, 3)
    message = error_for(
        project_copy, "news.yaml", "future_limit_days: 63", "future_limit_days: 62", today=EARLY_TODAY
    )
    assert "2023-10-03 is more than 62 days after today (2023-08-01)." in message


def test_future_limit_defaults_to_60_days(project_copy: Path) -> None:
    replace_in(project_copy / "data" / "news.yaml", "  future_limit_days: 60\n", "")
    assert len(load_site_data(project_copy, today=date(2023, 8, 4)).news) == 5  # 60 days
    with pytest.raises(SiteError, match="is more than 60 days after today"):
        load_site_data(project_copy, today=date(2023, 8, 3))


def test_future_limit_must_be_a_number(project_copy: Path) -> None:
    message = error_for(project_copy, "news.yaml", "future_limit_days: 60", "future_limit_days: lots")
    line = line_of(project_copy, "news.yaml", "future_limit_days")
    assert message == (
        f"data/news.yaml:{line}: settings, field 'future_limit_days': "
        "'lots' must be a whole number from 0 to 3660."
    )


def test_malformed_markdown_link_in_body(project_copy: Path) -> None:
    message = error_for(
        project_copy,
        "news.yaml",
        "Muutos tuli voimaan 3.10.2023.",
        "Muutos tuli [voimaan](https://www.finlex.fi 3.10.2023.",
    )
    body = line_of(project_copy, "news.yaml", "body:")
    assert message == (
        f"data/news.yaml:{body + 1}: news item kotoutumislain-muutos-2021-kustannukset, field 'body.fi': "
        "the link '[voimaan](https://www.finlex.fi' is not complete. "
        "Write links as [text](https://address)."
    )


def test_link_to_a_plain_http_address_in_body(project_copy: Path) -> None:
    message = error_for(
        project_copy,
        "news.yaml",
        "Ändringen trädde i kraft 3.10.2023.",
        "Se [Finlex](http://www.finlex.fi/).",
    )
    line = line_of(project_copy, "news.yaml", "Lagen om främjande av integration har ändrats") - 1
    assert message == (
        f"data/news.yaml:{line}: news item kotoutumislain-muutos-2021-kustannukset, field 'body.sv': "
        "the link 'Finlex' goes to 'http://www.finlex.fi/'; links must go to a full https:// address."
    )


def test_news_link_needs_both_titles_and_an_https_address(project_copy: Path) -> None:
    message = error_for(project_copy, "news.yaml", "sv: Webbplatsen kotoutuminen.fi", "")
    line = line_of(project_copy, "news.yaml", "fi: Kotoutuminen.fi-sivusto") - 1
    assert message == (
        f"data/news.yaml:{line}: news item korvausohje-ihmiskaupan-uhrit, link 1, field 'title.sv': "
        "the Swedish text is missing or empty. Write it under 'title:' as 'sv: …'."
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    links:\n      - title:\n          fi: Kotoutuminen.fi-sivusto\n"
            "          sv: Webbplatsen kotoutuminen.fi\n        url: https://kotoutuminen.fi/\n",
            "    links: https://kotoutuminen.fi/\n",
            "news item korvausohje-ihmiskaupan-uhrit, field 'links': "
            "must be a list of links, each with 'title:' (fi and sv) and 'url:'.",
        ),
        (
            "  future_limit_days: 60",
            "  future_days: 60",
            "settings, field 'future_days': is not a known field. Known fields are: future_limit_days, review_by.",
        ),
    ],
)
def test_misshapen_links_and_settings(project_copy: Path, old: str, new: str, message: str) -> None:
    error = error_for(project_copy, "news.yaml", old, new)
    assert error.endswith(message)
    line = line_of(project_copy, "news.yaml", new.split("\n")[0].strip())
    assert error.startswith(f"data/news.yaml:{line}: ")


def test_news_link_address_must_be_https(project_copy: Path) -> None:
    message = error_for(project_copy, "news.yaml", "url: https://kotoutuminen.fi/", "url: kotoutuminen.fi")
    line = line_of(project_copy, "news.yaml", "url: kotoutuminen.fi")
    assert message == (
        f"data/news.yaml:{line}: news item korvausohje-ihmiskaupan-uhrit, link 1, field 'url': "
        "'kotoutuminen.fi' is not valid. Write a full https:// address."
    )


def test_misspelt_field_is_named(project_copy: Path) -> None:
    message = error_for(
        project_copy, "contacts.yaml", "    phone: +358 2950 47582", "    puhelin: +358 2950 47582"
    )
    assert "contact maria-tiainen, field 'puhelin': is not a known field." in message


def test_section_naming_unknown_contact(project_copy: Path) -> None:
    message = error_for(
        project_copy, "contacts.yaml", "ohjausryhma: [paula-karjalainen,", "ohjausryhma: [paula,"
    )
    line = line_of(project_copy, "contacts.yaml", "ohjausryhma: [paula,")
    assert message == (
        f"data/contacts.yaml:{line}: section 'ohjausryhma' names contact 'paula', which is not in 'contacts:'."
    )


def test_phone_must_be_international(project_copy: Path) -> None:
    message = error_for(project_copy, "contacts.yaml", "phone: +358 2950 47040", "phone: 02950 47040")
    assert "contact nanni-tuominen, field 'phone': '02950 47040' is not valid." in message


def test_email_must_be_an_address(project_copy: Path) -> None:
    message = error_for(
        project_copy,
        "contacts.yaml",
        "email: kuntiinohjaaminen.tem@gov.fi",
        "email: kuntiinohjaaminen.tem(at)gov.fi",
    )
    assert (
        "contact toimintaohjelma, field 'email': 'kuntiinohjaaminen.tem(at)gov.fi' is not valid." in message
    )


def test_missing_data_file(project_copy: Path) -> None:
    (project_copy / "data" / "news.yaml").unlink()
    with pytest.raises(SiteError, match=r"^data/news.yaml: the file is missing"):
        load_site_data(project_copy)


def errors_for(project: Path, file: str, old: str, new: str) -> list[str]:
    """Every problem load_site_data finds after one change, one line each."""
    replace_in(project / "data" / file, old, new)
    with pytest.raises(SiteError) as error:
        load_site_data(project)
    return str(error.value).split("\n")


def test_every_field_of_every_entry_in_one_run(project_copy: Path) -> None:
    found = errors_for(
        project_copy,
        "news.yaml",
        "    date: 2023-10-03\n    type: uutinen\n",
        "    date: 2023-10-33\n    type: blogi\n    tekija: Maria\n",
    )
    replace_in(project_copy / "data" / "contacts.yaml", "phone: +358 2950 47040", "phone: 02950 47040")
    with pytest.raises(SiteError) as error:
        load_site_data(project_copy)
    item = "news item kotoutumislain-muutos-2021-kustannukset"
    assert [line.split(": ", 1)[1].split(":")[0] for line in found] == [
        f"{item}, field 'tekija'",
        f"{item}, field 'date'",
        f"{item}, field 'type'",
    ]
    assert len(str(error.value).split("\n")) == 4  # and the contact in the other file
    assert str(error.value).split("\n")[0].startswith("data/contacts.yaml:")


def test_both_languages_of_a_text(project_copy: Path) -> None:
    found = errors_for(
        project_copy,
        "contacts.yaml",
        "      fi: Erityisasiantuntija\n      sv: Specialsakkunnig\n",
        '      fi: ""\n      en: Specialist\n',
    )
    assert [line.split("field ")[1].split(":")[0] for line in found] == [
        "'title.en'",
        "'title.fi'",
        "'title.sv'",
    ]


def test_a_bad_id_gives_no_follow_on_noise(project_copy: Path) -> None:
    found = errors_for(project_copy, "contacts.yaml", "id: paula-karjalainen", "id: Paula_Karjalainen")
    # Sections still name paula-karjalainen: the one problem is the id, not "names contact …".
    assert len(found) == 1, found
    assert "field 'id': 'Paula_Karjalainen' is not valid. Use lower-case letters" in found[0]


def test_a_contact_with_a_problem_is_not_missing_from_its_sections(project_copy: Path) -> None:
    found = errors_for(project_copy, "contacts.yaml", "phone: +358 2950 47582", "phone: 2950 47582")
    assert len(found) == 1, found
    assert "contact maria-tiainen, field 'phone'" in found[0]


def test_a_bad_future_limit_does_not_measure_dates(project_copy: Path) -> None:
    replace_in(project_copy / "data" / "news.yaml", "future_limit_days: 60", "future_limit_days: -1")
    with pytest.raises(SiteError) as error:
        load_site_data(project_copy, today=EARLY_TODAY)
    assert str(error.value).split("\n") == [
        f"data/news.yaml:{line_of(project_copy, 'news.yaml', 'future_limit_days')}: settings, field "
        "'future_limit_days': '-1' must be a whole number from 0 to 3660."
    ]


def test_a_clean_file_still_loads_beside_unknown_top_level_keys(project_copy: Path) -> None:
    found = errors_for(project_copy, "news.yaml", "news:\n", "uutiset: []\nnews:\n")
    assert found == [
        f"data/news.yaml:{line_of(project_copy, 'news.yaml', 'uutiset:')}: 'uutiset:' is not part of this file. "
        "It has: news, settings."
    ]


def test_contacts_settings_have_only_their_own_fields(project_copy: Path) -> None:
    found = errors_for(
        project_copy, "contacts.yaml", "  review_by: 2027-05-31", "  review_by: 2027-05-31\n  tarkista: 2027"
    )
    assert found == [
        f"data/contacts.yaml:{line_of(project_copy, 'contacts.yaml', 'tarkista:')}: settings, field 'tarkista': "
        "is not a known field. Known fields are: review_by."
    ]
