"""Rendering: escaping by default, the e-mail and phone rules, dates the Finnish way."""

from datetime import date

from programme_site.models import Contact, NewsItem, Text
from programme_site.render import finnish_date, render_contacts, render_news

HOSTILE = '<script>alert("x")</script>'


def news_item(**changes: object) -> NewsItem:
    values: dict[str, object] = {
        "id": "a",
        "date": date(2023, 10, 3),
        "type": "uutinen",
        "title": Text("Otsikko", "Rubrik"),
        "body": Text("Teksti", "Text"),
    }
    values.update(changes)
    return NewsItem(**values)  # type: ignore[arg-type]


def test_dates_are_written_the_finnish_way() -> None:
    assert finnish_date(date(2023, 10, 3)) == "3.10.2023"
    assert finnish_date(date(2027, 12, 31)) == "31.12.2027"


def test_news_title_markup_is_shown_as_text() -> None:
    html = render_news([news_item(title=Text(HOSTILE, HOSTILE))], "sv", compact=False, heading=2)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_news_body_markdown_is_rendered_but_raw_html_is_not() -> None:
    body = Text(f"**Tärkeä** {HOSTILE}\n\n<img src=x onerror=alert(1)>", "Text")
    html = render_news([news_item(body=body)], "fi", compact=False, heading=2)
    assert "<strong>Tärkeä</strong>" in html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_news_in_each_language_with_type_and_date() -> None:
    fi = render_news([news_item()], "fi", compact=True, heading=3)
    sv = render_news([news_item()], "sv", compact=True, heading=3)
    assert '<h3 class="news-item__title">Otsikko</h3>' in fi
    assert '<h3 class="news-item__title">Rubrik</h3>' in sv
    assert '<time datetime="2023-10-03">3.10.2023</time> | Uutinen' in fi
    assert '<time datetime="2023-10-03">3.10.2023</time> | Nyhet' in sv
    assert "Teksti" not in fi  # the compact list shows titles only


def test_email_is_text_not_a_harvestable_address() -> None:
    contact = Contact(id="m", name=Text("Posti", "Post"), email="kuntiinohjaaminen.tem@gov.fi")
    html = render_contacts([contact], "fi")
    assert "kuntiinohjaaminen.tem(at)gov.fi" in html
    assert "@" not in html and "mailto:" not in html


def test_phone_is_an_international_tel_link() -> None:
    contact = Contact(id="m", name=Text("Maria Tiainen", "Maria Tiainen"), phone="+358 2950 47582")
    assert '<a href="tel:+358295047582">+358 2950 47582</a>' in render_contacts([contact], "sv")
    assert "Telefon" in render_contacts([contact], "sv")
    assert "Puhelin" in render_contacts([contact], "fi")


def test_contact_text_is_escaped() -> None:
    contact = Contact(id="m", name=Text(HOSTILE, HOSTILE), title=Text("<b>x</b>", "<b>x</b>"))
    html = render_contacts([contact], "fi")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
