"""Generated news pages: one per item and per year in both languages, paired, listed, and out of the nav."""

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
from conftest import LANGUAGE_PREFIX, SITE_URL, built, built_page, fixture_project, replace_in
from fixture_site import FIXTURE
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from programme_site.core.languages import Text
from programme_site.data.load import load_site_data
from programme_site.html.news_pages import generated_pages
from programme_site.news.urls import by_year
from programme_site.pages.front_matter import front_matter

TODAY = date(2026, 12, 1)  # the code tests' day (tests/conftest.py)

DATA = load_site_data(FIXTURE)
SLUGS = [f"{item.date.isoformat()}-{item.id}" for item in DATA.news]
OTHER = {"fi": "sv", "sv": "fi"}


def item_page(site: Path, language: str, slug: str) -> str:
    return (site / LANGUAGE_PREFIX[language] / "ajankohtaista" / slug / "index.html").read_text(
        encoding="utf-8"
    )


def test_a_page_per_item_and_per_year_in_each_language() -> None:
    sources = [page.source_path for page in generated_pages(DATA.news, TODAY)]
    assert sources == [
        *(f"fi/ajankohtaista/{slug}.md" for slug in SLUGS),
        "fi/ajankohtaista/arkisto/2025.md",
        "fi/ajankohtaista/arkisto/2024.md",
        *(f"sv/ajankohtaista/{slug}.md" for slug in SLUGS),
        "sv/ajankohtaista/arkisto/2025.md",
        "sv/ajankohtaista/arkisto/2024.md",
    ]
    assert [(year, len(items)) for year, items in by_year(DATA.news)] == [(2025, 2), (2024, 2)]


# Bodies that put Markdown to the test: blank lines, lists, code, entities, a marked passage, markup
# written as text, a link with '&' in its address.
HARD_BODIES = (
    "Eka kappale.\n\nToinen kappale, jossa `koodia <b>` ja *korostus* & muuta.",
    "- kohta yksi\n- kohta kaksi\n\n    sisennetty rivi\n\n> lainaus",
    "[Pakolaisesta kuntalaiseksi]{lang=fi} ja <script>alert(1)</script> &amp; &lt;",
    "[Linkki](https://example.org/?a=1&b=2) ja <https://example.org/x>\n\n\n\nLoppu.",
)


def test_markdown_gives_a_generated_pages_block_back_as_it_is(tmp_path: Path) -> None:
    """The build gives MkDocs a news page's front matter alone and shows its HTML block as made
    (html/news_pages.py): MkDocs, configured by the site's mkdocs.yml, would convert the whole page
    into exactly that block."""
    project = fixture_project(tmp_path / "project")
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    hard = [
        replace(DATA.news[0], id=f"hard-{number}", body=Text(body, body))
        for number, body in enumerate(HARD_BODIES)
    ]
    for page in generated_pages([*DATA.news, *hard], TODAY):
        file = File(page.source_path, config.docs_dir, config.site_dir, config.use_directory_urls)
        file.content_string = page.markdown
        converted = Page(None, file, config)
        converted.read_source(config)
        converted.render(config, Files([file]))
        assert converted.content == page.html, page.source_path


def test_a_generated_page_keeps_the_date_of_its_front_matter() -> None:
    # The build dates a generated page from `updated`, without parsing the front matter it wrote.
    for page in generated_pages(DATA.news, TODAY):
        meta, _ = front_matter(page.markdown, page.source_path)
        assert meta is not None and meta["updated"] == page.updated.isoformat(), page.source_path


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("index", range(len(DATA.news)))
def test_item_page_in_its_language(built_site: Path, language: str, index: int) -> None:
    item = DATA.news[index]
    html = item_page(built_site, language, SLUGS[index])
    title = item.title.in_language(language)
    assert f'<html lang="{language}"' in html
    assert f"<title>{title} - " in html
    assert f"<h1>{title}</h1>" in html
    day = f"{item.date.day}.{item.date.month}.{item.date.year}"
    assert f"{day}</time> | {item.type_label.in_language(language)}</p>" in html
    assert item.body.in_language(language).split(". ")[0] in html  # the first sentence
    assert f'<a href="../">{ {"fi": "Kaikki uutiset", "sv": "Alla nyheter"}[language] }</a>' in html


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_language_switcher_leads_to_the_same_item(built_site: Path, language: str) -> None:
    for slug in SLUGS:
        page = built_site / LANGUAGE_PREFIX[language] / "ajankohtaista" / slug / "index.html"
        html = page.read_text(encoding="utf-8")
        other = OTHER[language]
        switch = re.search(rf'<a href="([^"]+)" hreflang="{other}"[^>]*class="md-select__link">', html)
        head = re.search(rf'<link rel="alternate" href="([^"]+)" hreflang="{other}">', html)
        assert switch and head, page
        expected = built_site / LANGUAGE_PREFIX[other] / "ajankohtaista" / slug / "index.html"
        target = Path(urljoin(page.as_uri(), switch[1]).removeprefix("file://")) / "index.html"
        assert target.samefile(expected), (page, switch[1])
        # hreflang alternates are full URLs from site_url, as search engines want them.
        assert head[1] == f"{SITE_URL}{LANGUAGE_PREFIX[other]}ajankohtaista/{slug}/"


def test_sitemap_lists_both_languages_with_hreflang(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.DOTALL)
    for slug in [*SLUGS, "arkisto/2025", "arkisto/2024"]:
        urls = {language: f"{SITE_URL}{LANGUAGE_PREFIX[language]}ajankohtaista/{slug}/" for language in OTHER}
        for language, url in urls.items():
            entry = next(entry for entry in entries if f"<loc>{url}</loc>" in entry)
            for alternate, alternate_url in urls.items():
                assert f'hreflang="{alternate}" href="{alternate_url}"' in entry, (language, slug)


def test_news_pages_stay_out_of_the_navigation(built_site: Path) -> None:
    # Material writes the whole nav into every page: hundreds of items must not be in it.
    html = built_page(built_site, "fi", "verkosto.md").read_text(encoding="utf-8")
    assert "ajankohtaista/" in html  # the news page itself is in the nav
    assert "ajankohtaista/20" not in html and "arkisto" not in html


@pytest.mark.parametrize(
    ("language", "heading", "count"),
    [("fi", "Uutisarkisto 2025", "2 uutista"), ("sv", "Nyhetsarkiv 2025", "2 nyheter")],
)
def test_news_page_lists_latest_and_links_the_yearly_archive(
    built_site: Path, language: str, heading: str, count: str
) -> None:
    news = built_page(built_site, language, "ajankohtaista.md").read_text(encoding="utf-8")
    for slug in SLUGS:
        assert f'<a href="{slug}/">' in news
    assert f'<li><a href="arkisto/2025/">2025</a> ({count})</li>' in news
    archive = (built_site / LANGUAGE_PREFIX[language] / "ajankohtaista/arkisto/2025/index.html").read_text(
        encoding="utf-8"
    )
    assert f"<h1>{heading}</h1>" in archive
    listed = re.findall(r'class="news-item__title"><a href="\.\./\.\./([^"]+)/"', archive)
    assert listed == [slug for slug in SLUGS if slug.startswith("2025-")]


def test_news_page_shows_only_the_latest_it_asks_for(project: Path) -> None:
    news = project / "docs" / "fi" / "ajankohtaista.md"
    replace_in(news, "latest=10", "latest=1")
    html = built_page(built(project), "fi", "ajankohtaista.md").read_text(encoding="utf-8")
    assert re.findall(r'class="news-item__title"><a href="([^"]+)/"', html) == SLUGS[:1]
    assert '<a href="arkisto/2024/">2024</a> (2 uutista)' in html  # the archive lists every year


NEW_ITEM = """news:
  - id: uusi-opas
    date: 2026-01-15
    type: tiedote
    title:
      fi: Uusi opas kunnille
      sv: En ny guide för kommunerna
    body:
      fi: Opas on [verkossa](https://ohjeet.example/).
      sv: Guiden finns [på webben](https://ohjeet.example/).
"""


@pytest.fixture(scope="module")
def site_with_new_item(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site after an editor's only edit: one new item at the top of data/news.yaml."""
    project = fixture_project(tmp_path_factory.mktemp("new-item") / "project")
    replace_in(project / "data" / "news.yaml", "news:\n", NEW_ITEM)
    return built(project)


@pytest.mark.parametrize(
    ("language", "title", "label"),
    [("fi", "Uusi opas kunnille", "Tiedote"), ("sv", "En ny guide för kommunerna", "Pressmeddelande")],
)
def test_one_new_item_appears_everywhere(
    site_with_new_item: Path, language: str, title: str, label: str
) -> None:
    site = site_with_new_item
    slug = "2026-01-15-uusi-opas"
    page = item_page(site, language, slug)
    assert f"<h1>{title}</h1>" in page and f"15.1.2026</time> | {label}" in page
    assert '<a href="https://ohjeet.example/">' in page
    front = built_page(site, language, "index.md").read_text(encoding="utf-8")
    assert re.findall(r'class="news-item__title"><a href="ajankohtaista/([^"]+)/"', front) == [
        slug,
        SLUGS[0],
    ]
    news = built_page(site, language, "ajankohtaista.md").read_text(encoding="utf-8")
    assert re.findall(r'class="news-item__title"><a href="([^"]+)/"', news)[0] == slug
    assert '<a href="arkisto/2026/">2026</a>' in news  # a new year gets its archive page
    archive = (site / LANGUAGE_PREFIX[language] / "ajankohtaista/arkisto/2026/index.html").read_text(
        encoding="utf-8"
    )
    assert re.findall(r'class="news-item__title"><a href="\.\./\.\./([^"]+)/"', archive) == [slug]
    feed = feedparser.parse((site / LANGUAGE_PREFIX[language] / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.entries[0].title == title
    assert feed.entries[0].link == f"{SITE_URL}{LANGUAGE_PREFIX[language]}ajankohtaista/{slug}/"
    assert len(feed.entries) == len(DATA.news) + 1


# Closing </title> early would let the script run if <title> were not escaped.
HOSTILE = '</title><script>alert("x")</script> & *not emphasis*'


def test_markup_in_a_title_is_text_on_every_page_and_feed(project: Path) -> None:
    replace_in(
        project / "data" / "news.yaml",
        "      sv: Höstens utbildningsdag samlade bibliotekens personal\n",
        f"      sv: '{HOSTILE} samlade bibliotekens personal'\n",
    )
    site = built(project)
    escaped = "&lt;/title&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; *not emphasis* samlade"
    page = item_page(site, "sv", SLUGS[0])
    assert f"<title>{escaped}" in page
    assert f"<h1>{escaped}" in page
    for html in (page, built_page(site, "sv", "index.md").read_text(encoding="utf-8")):
        assert "<script>alert" not in html
    assert escaped in built_page(site, "sv", "ajankohtaista.md").read_text(encoding="utf-8")
    feed = feedparser.parse((site / "sv" / "feed.xml").read_bytes())
    assert feed.entries[0].title.startswith(HOSTILE)
