"""Rendering: escaping by default, the e-mail and phone rules, dates the Finnish way."""

from datetime import date

import yaml

from programme_site.core.languages import Text
from programme_site.data.model import Contact, NewsItem, NewsLink
from programme_site.html.render import (
    finnish_date,
    render_contacts,
    render_feed_content,
    render_item_page,
    render_news,
    render_page_date,
    render_year_page,
)

TODAY = date(2026, 12, 1)  # the code tests' day (tests/conftest.py)
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


ESCAPED = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"


def test_news_title_markup_is_shown_as_text() -> None:
    html = render_news(
        [news_item(title=Text(HOSTILE, HOSTILE))], "sv", heading=2, page_url="sv/", today=TODAY
    )
    assert "<script>" not in html
    assert ESCAPED in html


def test_news_body_markdown_is_rendered_but_raw_html_is_not() -> None:
    body = Text(f"**Tärkeä** {HOSTILE}\n\n<img src=x onerror=alert(1)>", "Text")
    html = render_item_page(news_item(body=body), "fi", TODAY)
    assert "<strong>Tärkeä</strong>" in html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_news_list_in_each_language_with_type_date_and_link() -> None:
    fi = render_news([news_item()], "fi", heading=3, page_url="", today=TODAY)
    sv = render_news([news_item()], "sv", heading=3, page_url="sv/ajankohtaista/", today=TODAY)
    assert '<h3 class="news-item__title"><a href="ajankohtaista/2023-10-03-a/">Otsikko</a></h3>' in fi
    assert '<h3 class="news-item__title"><a href="2023-10-03-a/">Rubrik</a></h3>' in sv
    assert '<time datetime="2023-10-03">3.10.2023</time> | Uutinen' in fi
    assert '<time datetime="2023-10-03">3.10.2023</time> | Nyhet' in sv
    assert "Teksti" not in fi  # lists show titles; the body is on the item's page


def front_matter(page: str) -> dict[str, object]:
    assert page.startswith("---\n"), page
    return yaml.safe_load(page.split("---\n")[1])


def test_item_page_has_title_date_type_body_links_and_way_back() -> None:
    link = NewsLink(Text("Lisää", "Mer"), "https://kotoutuminen.fi/")
    page = render_item_page(news_item(type="tiedote", links=(link,)), "sv", TODAY)
    assert front_matter(page) == {"title": "Rubrik", "updated": date(2023, 10, 3)}
    assert "<h1>Rubrik</h1>" in page
    assert '<time datetime="2023-10-03">3.10.2023</time> | Pressmeddelande' in page
    assert "<p>Text</p>" in page
    assert '<h2>Mer information</h2>\n<ul class="news-item__links">' in page
    assert '<li><a href="https://kotoutuminen.fi/">Mer</a></li>' in page
    assert '<p class="news-item__back"><a href="../">Alla nyheter</a></p>' in page


def test_item_page_title_is_escaped_in_heading_and_front_matter() -> None:
    title = HOSTILE + ' "quoted" & *not emphasis*'
    page = render_item_page(news_item(title=Text(title, title)), "fi", TODAY)
    assert "<script>" not in page
    # MkDocs puts the front matter title into <title> as it is: it must already be escaped.
    assert front_matter(page)["title"] == ESCAPED + " &#34;quoted&#34; &amp; *not emphasis*"
    assert f"<h1>{ESCAPED} &#34;quoted&#34; &amp; *not emphasis*</h1>" in page


def test_year_page_lists_the_year_newest_first() -> None:
    items = [news_item(id="b", date=date(2023, 12, 1)), news_item(id="a", date=date(2023, 1, 5))]
    page = render_year_page(2023, items, "fi", TODAY)
    assert front_matter(page) == {"title": "Uutisarkisto 2023", "updated": date(2023, 12, 1)}
    assert "<h1>Uutisarkisto 2023</h1>" in page
    assert page.index('href="../../2023-12-01-b/"') < page.index('href="../../2023-01-05-a/"')
    assert '<a href="../../">Kaikki uutiset</a>' in page


def test_feed_content_has_body_and_links() -> None:
    link = NewsLink(Text("Lisää <b>", "Mer"), "https://kotoutuminen.fi/")
    html = render_feed_content(news_item(body=Text("[Finlex](https://finlex.fi/)", "x"), links=(link,)), "fi")
    assert '<a href="https://finlex.fi/">Finlex</a>' in html
    assert '<li><a href="https://kotoutuminen.fi/">Lisää &lt;b&gt;</a></li>' in html


def test_page_date_in_each_language() -> None:
    day = date(2023, 10, 3)
    assert render_page_date(day, "fi") == (
        '<p class="page-date">Päivitetty <time datetime="2023-10-03">3.10.2023</time></p>'
    )
    assert "Uppdaterad <time" in render_page_date(day, "sv")


def test_email_is_text_not_a_harvestable_address() -> None:
    contact = Contact(id="m", name=Text("Posti", "Post"), email="kuntiinohjaaminen.tem@gov.fi")
    html = render_contacts((contact,), "fi")
    assert "kuntiinohjaaminen.tem(at)gov.fi" in html
    assert "@" not in html and "mailto:" not in html


def test_phone_is_an_international_tel_link() -> None:
    contact = Contact(id="m", name=Text("Maria Tiainen", "Maria Tiainen"), phone="+358 2950 47582")
    assert '<a href="tel:+358295047582">+358 2950 47582</a>' in render_contacts((contact,), "sv")
    assert "Telefon" in render_contacts((contact,), "sv")
    assert "Puhelin" in render_contacts((contact,), "fi")


def test_contact_text_is_escaped() -> None:
    contact = Contact(id="m", name=Text(HOSTILE, HOSTILE), title=Text("<b>x</b>", "<b>x</b>"))
    html = render_contacts((contact,), "fi")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
