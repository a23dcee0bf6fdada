"""A pull request's preview (SITE_PREVIEW=true, as the Checks workflow builds it): built for its own
address under pr-preview/<N>/ and marked for search engines not to index; production is not."""

import html
import re
from pathlib import Path

import pytest
from conftest import built, fixture_project

PREVIEW_URL = "https://kuntiinohjaaminen.example/pr-preview/5/"
NOINDEX = '<meta name="robots" content="noindex">'
CSP = '<meta http-equiv="Content-Security-Policy"'
POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 20
    return found


def head(page: Path) -> str:
    return page.read_text(encoding="utf-8").split("</head>")[0]


@pytest.fixture(scope="module", params=["true", "false"])
def preview_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """The site built as the workflow builds it: SITE_PREVIEW is 'true' on a pull request, 'false' on main."""
    project = fixture_project(tmp_path_factory.mktemp("preview") / "project")
    return request.param, built(project, PREVIEW_URL, SITE_PREVIEW=request.param)


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
    """Its pages allow the script files at its own address, not production's nor another preview's."""
    _, site = preview_site
    for page in pages(site):
        policy = html.unescape(POLICY.search(page.read_text(encoding="utf-8")).group(1))
        sources = [
            source
            for directive in policy.split("; ")
            if directive.startswith(("script-src ", "worker-src "))
            for source in directive.split()[1:]
        ]
        assert len(sources) > 5 and all(source.startswith(f"{PREVIEW_URL}assets/") for source in sources), (
            page
        )
