"""What a build's state takes from the live preview's previous build (site/state.py); the preview's
own choices are tests/site/test_preview.py's."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from programme_site.core.errors import SiteError, SiteErrors
from programme_site.core.languages import finnish_today
from programme_site.site import state
from programme_site.site.state import BuildState


def test_the_addresses_are_checked_again_only_when_the_file_names_change(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, today = project / "docs", finnish_today()
    earlier = BuildState.start(project, docs, today)
    checked: list[tuple[str, ...]] = []
    address_problems = state.address_problems

    def counted(files: tuple[str, ...], generated: Iterable[str]) -> list[SiteError]:
        checked.append(files)
        return address_problems(files, generated)

    monkeypatch.setattr(state, "address_problems", counted)
    (docs / "fi" / "verkosto.md").write_text("# Verkosto\n\nUusi teksti.\n", encoding="utf-8")
    again = BuildState.start(project, docs, today, earlier.sources, earlier, frozenset())
    assert (checked, again.docs) == ([], earlier.docs)
    # A new file that takes a page's address: the names changed, and the check refuses it.
    (docs / "fi" / "verkosto").mkdir()
    (docs / "fi" / "verkosto" / "index.md").write_text("# Verkosto\n", encoding="utf-8")
    with pytest.raises(SiteErrors, match="would both be published"):
        BuildState.start(project, docs, today, earlier.sources, earlier, frozenset())
    assert len(checked) == 1
