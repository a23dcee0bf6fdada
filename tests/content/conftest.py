"""The content tests' fixture: the real site, copied and built the way `make build` builds it, served for
the browser (whose Chromium is tests/browser/chromium.py's).

Only the tests in this folder read the real pages and data (tests/live_content.py); they check the
content itself, and nothing about the code that a test on the fixture site could check.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser.chromium import Site, served_site
from conftest import ROOT, copy_project

# The real pages, by name (docs/fi/ holds every page, docs/sv/ its Swedish version).
REAL_PAGES = tuple(sorted(path.name for path in (ROOT / "docs" / "fi").glob("*.md")))


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A copy of the real tree, built strictly by `make build` (scripts/build_site.py) and served."""
    with served_site(copy_project(tmp_path_factory.mktemp("real") / "project")) as site:
        yield site
