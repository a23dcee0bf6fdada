"""The real data loads; each kind of bad data gives one message naming file, line, entry and field."""

from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, replace_in
from programme_site.errors import SiteError
from programme_site.models import load_site_data


def test_real_data_loads() -> None:
    data = load_site_data(ROOT)
    assert [item.date for item in data.news] == sorted((item.date for item in data.news), reverse=True)
    assert len(data.news) == 5
    assert data.news[0].date == date(2023, 10, 3)
    assert {"ohjelma", "ohjausryhma", "lyhyt", "valvonta"} <= set(data.sections)
    assert data.contacts["maria-tiainen"].phone == "+358 2950 47582"
    assert data.contacts["toimintaohjelma"].email == "kuntiinohjaaminen.tem@gov.fi"


def error_for(project: Path, file: str, old: str, new: str) -> str:
    replace_in(project / "data" / file, old, new)
    with pytest.raises(SiteError) as error:
        load_site_data(project)
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
    assert message.endswith("field 'type': 'blogi' is not a news type. Use one of: uutinen, tiedote.")


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
