"""External links: https:// and listed in data/external_links.yaml; the built site links nowhere else."""

import html
import re
from pathlib import Path

from conftest import SITE_URL, line_of, replace_in
from fixture_site import FIXTURE
from rule_cases import small_project

from programme_site.checker.rules import external_links
from programme_site.checker.run import check_project
from programme_site.data.external_links import load_external_links

LISTED = load_external_links(FIXTURE)


def messages(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def test_an_unlisted_address_on_a_page_is_an_error_with_file_and_line(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    replace_in(page, "(https://ohjeet.example/)", "(https://muu.example/)")
    assert (
        f"docs/fi/verkosto.md:{line_of(page, 'muu.example')}: the address "
        "https://muu.example/ is not listed in data/external_links.yaml. Check that it is the page "
        "you mean, then add it to the list."
    ) in messages(project)


def test_an_http_address_in_data_is_an_error(project: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "url: https://ohjeet.example/", "url: http://ohjeet.example/")
    assert (
        f"data/news.yaml:{line_of(news, 'url: http://')}: the address http://ohjeet.example/ is not https://. "
        "Link to its https:// address."
    ) in messages(project)


def test_an_http_or_repeated_address_in_the_list_is_an_error(project: Path) -> None:
    listing = project / "data" / "external_links.yaml"
    replace_in(listing, "  - https://ohjeet.example/\n", "  - http://ohjeet.example/\n")
    line = line_of(listing, "http://ohjeet.example/")
    assert (
        f"data/external_links.yaml:{line}: 'http://ohjeet.example/' is not a full https:// address."
        in messages(project)
    )
    # The same address again, above its own entry (the file's last line).
    replace_in(listing, "  - http://ohjeet.example/\n", "  - https://valvonta.example/\n")
    first = line_of(listing, "https://valvonta.example/")
    repeated = len(listing.read_text(encoding="utf-8").splitlines())
    assert messages(project) == [
        f"data/external_links.yaml:{repeated}: 'https://valvonta.example/' is already listed "
        f"on line {first}. List it once."
    ]


def test_a_missing_data_file_does_not_stop_the_link_check(project: Path) -> None:
    (project / "data" / "news.yaml").unlink()
    assert "data/news.yaml: the file is missing. Restore it from the main branch." in messages(project)


# Where a built page names an address: links, sources, meta content (og:, canonical), sitemap and feeds.
BUILT_ADDRESS = re.compile(
    r"""(?:href|src|content)=["'](https?://[^"']+)["']|<(?:loc|id)>(https?://[^<]+)<"""
)


def test_every_absolute_address_in_the_built_site_is_the_site_or_a_listed_link(built_site: Path) -> None:
    """Canonical, hreflang, sitemap and feed links follow SITE_URL; anything else is a reviewed link."""
    unexpected = set()
    found_own = 0
    for file in [*built_site.rglob("*.html"), *built_site.rglob("*.xml")]:
        # Feeds carry the news bodies as escaped HTML: unescape so their links are seen too.
        for match in BUILT_ADDRESS.finditer(html.unescape(file.read_text(encoding="utf-8"))):
            address = match[1] or match[2]
            if address.startswith(SITE_URL):
                found_own += 1
            elif address not in LISTED:
                unexpected.add(f"{file.relative_to(built_site)}: {address}")
    assert not unexpected, "\n".join(sorted(unexpected))
    assert found_own > 50  # the test reads the right places: hreflang links alone are many


def test_an_unlisted_and_an_http_address_in_the_data(tmp_path: Path) -> None:
    news = tmp_path / "data" / "news.yaml"
    news.parent.mkdir(parents=True)
    news.write_text(
        "# https://ohje.example/ in a comment is left alone\n"
        "news:\n  - url: https://listattu.example/\n  - url: https://uusi.example/\n  - url: http://vanha.example/\n"
    )
    project = small_project({}, root=tmp_path)
    project.external_links = {"https://listattu.example/": 3}
    assert [str(finding) for finding in external_links.findings(project)] == [
        "data/news.yaml:4: the address https://uusi.example/ is not listed in data/external_links.yaml. "
        "Check that it is the page you mean, then add it to the list.",
        "data/news.yaml:5: the address http://vanha.example/ is not https://. Link to its https:// address.",
    ]
