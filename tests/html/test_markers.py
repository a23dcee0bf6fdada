"""Data markers: known ones expand, anything else stops the build with page and line."""

import html
from dataclasses import replace
from datetime import date

import pytest
from fixture_site import FIXTURE

from programme_site.core.errors import SiteError
from programme_site.data.load import load_site_data
from programme_site.html.markers import PLACEHOLDER, body_first_line, expand_markers

DATA = load_site_data(FIXTURE)
TODAY = date(2026, 12, 1)  # the code tests' day (tests/conftest.py)


def expand(markdown: str, language: str = "fi", page_url: str = "ajankohtaista/") -> str:
    """The page as the blocks are put into it; Markdown keeps a placeholder as it is."""
    expansion = expand_markers(markdown, DATA, language, "docs/fi/sivu.md", page_url, TODAY)
    return expansion.insert(expansion.markdown)


def test_contacts_marker_expands_in_the_page_language() -> None:
    html = expand("# Otsikko\n\n<!-- data:contacts section=johto -->\n", "sv")
    assert "Styrgruppens ordförande" in html and "Johan Nyberg" in html
    assert "<!--" not in html


def test_news_marker_limits_and_sets_heading_level() -> None:
    html = expand("<!-- data:news latest=3 heading=3 -->")
    assert html.count('<h3 class="news-item__title">') == 3


def test_full_news_list_links_every_item_from_the_page_it_is_on() -> None:
    html = expand("<!-- data:news -->")
    assert html.count('<h2 class="news-item__title">') == len(DATA.news)
    assert '<a href="2025-10-14-syksyn-koulutuspaiva/">' in html
    front = expand("<!-- data:news latest=1 -->", "sv", page_url="sv/")
    assert '<a href="ajankohtaista/2025-10-14-syksyn-koulutuspaiva/">' in front
    assert "Höstens utbildningsdag" in front


def test_archive_marker_links_each_year_with_its_count() -> None:
    assert '<li><a href="arkisto/2025/">2025</a> (2 uutista)</li>' in expand("<!-- data:news-archive -->")
    assert '<li><a href="arkisto/2024/">2024</a> (2 nyheter)</li>' in expand(
        "<!-- data:news-archive -->", "sv", page_url="sv/ajankohtaista/"
    )


def test_feed_marker_links_the_feed_of_the_page_language() -> None:
    assert '<a href="../feed.xml" type="application/atom+xml">Tilaa uutiset' in expand(
        "<!-- data:news-feed -->"
    )
    assert '<a href="feed.xml" type="application/atom+xml">Prenumerera' in expand(
        "<!-- data:news-feed -->", "sv", page_url="sv/"
    )


def test_full_news_list_is_not_capped_by_the_limit_of_latest() -> None:
    many = replace(DATA, news=DATA.news * 251)  # 1 004 items: more than latest= may ask for
    expansion = expand_markers(
        "<!-- data:news -->", many, "fi", "docs/fi/ajankohtaista.md", "ajankohtaista/", TODAY
    )
    html = expansion.insert(expansion.markdown)
    assert html.count('<h2 class="news-item__title">') == 1004


def test_markdown_gets_a_placeholder_and_never_the_block_html() -> None:
    expansion = expand_markers(
        "# Otsikko\n<!-- data:contacts section=johto -->\nTeksti.", DATA, "fi", "docs/fi/sivu.md", "", TODAY
    )
    assert expansion.markdown == f"# Otsikko\n\n{PLACEHOLDER.format(0)}\n\nTeksti."
    assert expansion.placeholders == {PLACEHOLDER.format(0)}
    assert "Johan Nyberg" in expansion.blocks[0][1]


def test_a_placeholder_lost_in_conversion_stops_the_build() -> None:
    expansion = expand_markers("Teksti.\n\n<!-- data:news-feed -->", DATA, "fi", "docs/fi/sivu.md", "", TODAY)
    with pytest.raises(SiteError) as error:
        expansion.insert(f"<p>Teksti.</p>\n<pre><code>{html.escape(PLACEHOLDER.format(0))}</code></pre>")
    assert str(error.value) == (
        "docs/fi/sivu.md:3: this data marker could not be placed in the page. "
        "Put it on a line of its own with an empty line before and after it."
    )


def test_text_without_markers_is_untouched() -> None:
    text = "# Otsikko\n\n<!-- an ordinary comment -->\nTeksti.\n"
    assert expand(text) == text


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        (
            "Teksti\n<!-- data:contacs section=ohjelma -->",
            "docs/fi/sivu.md:2: unknown data marker 'contacs'. "
            "Known markers: contacts, news, news-archive, news-feed.",
        ),
        (
            "<!-- data:contacts section=ohjaus -->",
            "docs/fi/sivu.md:1: contact section 'ohjaus' does not exist in data/contacts.yaml. "
            "Use section= with one of: johto, kaikki, lyhyt, valvonta, yhteinen.",
        ),
        (
            "\n\n<!-- data:news latest=3 limit=2 -->",
            "docs/fi/sivu.md:3: marker 'news' has no argument 'limit'. It takes: heading, latest.",
        ),
        (
            "<!-- data:news-archive year=2023 -->",
            "docs/fi/sivu.md:1: marker 'news-archive' has no argument 'year'. It takes: no arguments.",
        ),
        (
            "<!-- data:news latest=0 -->",
            "docs/fi/sivu.md:1: 'latest=0' must be a whole number from 1 to 1000.",
        ),
        (
            "<!-- data:news latest=٣ -->",
            "docs/fi/sivu.md:1: the marker argument 'latest=٣' is not valid. "
            "Write name=value in lower-case letters, digits and hyphens, e.g. section=ohjelma.",
        ),
        (
            "<!-- data:news latest=abc -->",
            "docs/fi/sivu.md:1: 'latest=abc' must be a whole number from 1 to 1000.",
        ),
        (
            "<!-- data:news heading=3 heading=4 -->",
            "docs/fi/sivu.md:1: the marker argument 'heading' is given twice. Keep one.",
        ),
        (
            "Lue <!-- data:news --> tästä",
            "docs/fi/sivu.md:1: a data marker must stand alone on its line, "
            "written like <!-- data:contacts section=ohjelma -->.",
        ),
    ],
)
def test_bad_marker_names_page_and_line(markdown: str, message: str) -> None:
    with pytest.raises(SiteError) as error:
        expand(markdown)
    assert str(error.value) == message


def test_messages_name_the_file_line_after_the_front_matter() -> None:
    source = "---\nupdated: 2026-11-25\n---\n\n# Otsikko\n\n<!-- data:news latest=0 -->\n"
    markdown = "# Otsikko\n\n<!-- data:news latest=0 -->"  # as MkDocs and mkdocs-static-i18n pass it
    assert body_first_line(source, markdown) == 5
    with pytest.raises(SiteError) as error:
        expand_markers(
            markdown, DATA, "fi", "docs/fi/sivu.md", "sivu/", TODAY, body_first_line(source, markdown)
        )
    assert str(error.value).startswith("docs/fi/sivu.md:7: ")
