"""Every link and anchor inside the built site leads somewhere that exists."""

from __future__ import annotations

from conftest import replace_in

from .checks import broken_links
from .chromium import Site


def test_every_internal_link_and_anchor_resolves(site: Site) -> None:
    problems = broken_links(site.directory, site.origin)
    assert not problems, "\n".join(problems)


def test_link_check_catches_a_broken_anchor_and_a_missing_page(site_copy: Site) -> None:
    page = site_copy.directory / "sv" / "index.html"
    replace_in(page, 'href="yhteystiedot/"', 'href="yhteystiedot/#ei-finns"')
    replace_in(page, 'href="verkosto/"', 'href="natverk/"')
    assert sorted(broken_links(site_copy.directory, site_copy.origin)) == [
        "sv/index.html: link 'natverk/': /sv/natverk/ does not exist",
        "sv/index.html: link 'yhteystiedot/#ei-finns': no element with id 'ei-finns' in sv/yhteystiedot/index.html",
    ]
