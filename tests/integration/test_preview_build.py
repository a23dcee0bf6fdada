"""A pull request's preview (SITE_PREVIEW=true, as the Checks workflow builds it): built for its own
address under pr-preview/<N>/, marked for search engines not to index, and every page linking its
files in GitHub's editor; production is neither."""

import html
import re
from pathlib import Path

import pytest
from conftest import EDIT_LINKS_ENVIRONMENT, PREVIEW_URL, built, fixture_project, line_of
from fixture_site import FIXTURE

NOINDEX = '<meta name="robots" content="noindex">'
CSP = '<meta http-equiv="Content-Security-Policy"'
POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 20
    return found


def head(page: Path) -> str:
    return page.read_text(encoding="utf-8").split("</head>")[0]


@pytest.fixture(scope="module")
def production_with_edit_environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Production as main's run builds it: SITE_PREVIEW=false, though GitHub's variables are all there."""
    project = fixture_project(tmp_path_factory.mktemp("production") / "project")
    return built(project, PREVIEW_URL, SITE_PREVIEW="false", **EDIT_LINKS_ENVIRONMENT)


@pytest.fixture(params=["true", "false"])
def preview_site(
    request: pytest.FixtureRequest, preview_build: Path, production_with_edit_environment: Path
) -> tuple[str, Path]:
    """The site built as the workflow builds it: SITE_PREVIEW is 'true' on a pull request, 'false' on main."""
    return request.param, preview_build if request.param == "true" else production_with_edit_environment


def test_a_preview_is_not_indexed_and_production_is(preview_site: tuple[str, Path]) -> None:
    setting, site = preview_site
    for page in pages(site):
        # The robots line goes with the policy, which stays in every page.
        assert (NOINDEX in head(page)) == (setting == "true"), page
        assert CSP in head(page), page


def test_a_build_without_the_setting_is_indexed(built_site: Path) -> None:
    assert [page for page in pages(built_site) if NOINDEX in page.read_text(encoding="utf-8")] == []


def test_a_preview_links_its_own_address(preview_site: tuple[str, Path]) -> None:
    _, site = preview_site
    swedish = head(site / "sv" / "index.html")
    assert f'<link rel="canonical" href="{PREVIEW_URL}sv/">' in swedish
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{PREVIEW_URL}verkosto/</loc>" in sitemap
    assert f'hreflang="sv" href="{PREVIEW_URL}sv/verkosto/"' in sitemap
    feed = (site / "sv" / "feed.xml").read_text(encoding="utf-8")
    assert f'<link href="{PREVIEW_URL}sv/feed.xml" rel="self"' in feed


def test_a_preview_runs_only_its_own_scripts(preview_site: tuple[str, Path]) -> None:
    """Its pages allow the script files at its own address, not production's nor another preview's,
    and no worker at all."""
    _, site = preview_site
    for page in pages(site):
        policy = html.unescape(POLICY.search(page.read_text(encoding="utf-8")).group(1)).split("; ")
        sources = [
            source
            for directive in policy
            if directive.startswith("script-src ")
            for source in directive.split()[1:]
        ]
        assert len(sources) >= 5 and all(source.startswith(f"{PREVIEW_URL}assets/") for source in sources), (
            page
        )
        assert "worker-src 'none'" in policy, page


EDIT = "https://github.example/tem/kuntiin/edit/i25-editor-route/"
EDIT_LINKS = re.compile(r'<nav class="edit-links" aria-label="([^"]+)">(.*?)</nav>', re.DOTALL)
LINK = re.compile(r'<a href="([^"]+)"( lang="[a-z]+")?>([^<]+)</a>')


def edit_links(page: Path) -> tuple[str, list[tuple[str, str, str]]] | None:
    """A page's edit links: the label of their navigation, and each link's address, lang and words."""
    found = EDIT_LINKS.search(page.read_text(encoding="utf-8"))
    return found and (found[1], [(href, lang.strip(), text) for href, lang, text in LINK.findall(found[2])])


def test_a_preview_page_links_its_files_in_both_languages_and_the_contacts(preview_build: Path) -> None:
    assert edit_links(preview_build / "yhteystiedot" / "index.html") == (
        "Muokkaa GitHubissa",
        [
            (f"{EDIT}docs/fi/yhteystiedot.md", "", "Muokkaa tätä sivua"),
            (f"{EDIT}docs/sv/yhteystiedot.md", 'lang="sv"', "Redigera den svenska sidan"),
            (f"{EDIT}data/contacts.yaml", "", "Muokkaa yhteystietoja (data/contacts.yaml)"),
        ],
    )
    # In Swedish, the reader's language, with the Finnish file beside it; a page without contacts.
    assert edit_links(preview_build / "sv" / "ajankohtaista" / "index.html") == (
        "Redigera på GitHub",
        [
            (f"{EDIT}docs/sv/ajankohtaista.md", "", "Redigera den här sidan"),
            (f"{EDIT}docs/fi/ajankohtaista.md", 'lang="fi"', "Muokkaa suomenkielistä sivua"),
        ],
    )


def test_a_news_items_page_links_its_entry_in_the_news_file(preview_build: Path) -> None:
    line = line_of(FIXTURE / "data" / "news.yaml", "- id: syksyn-koulutuspaiva")
    for language, prefix, text in (
        ("fi", "", "Muokkaa tätä uutista (data/news.yaml)"),
        ("sv", "sv/", "Redigera den här nyheten (data/news.yaml)"),
    ):
        page = preview_build / f"{prefix}ajankohtaista" / "2025-10-14-syksyn-koulutuspaiva" / "index.html"
        links = edit_links(page)
        assert links is not None and links[1] == [(f"{EDIT}data/news.yaml#L{line}", "", text)], language


def test_every_preview_page_has_edit_links_and_no_production_page_has(preview_site: tuple[str, Path]) -> None:
    setting, site = preview_site
    linked = {page: edit_links(page) is not None for page in pages(site)}
    if setting == "true":  # every page but the 404 pages, which stand for no file
        assert [page for page, has in linked.items() if has != (page.name != "404.html")] == []
    else:
        assert not any(linked.values())
