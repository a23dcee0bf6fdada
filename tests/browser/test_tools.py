"""A missing tool is named in one line, with how to get it."""

from pathlib import Path

import pytest

from . import tools


def test_missing_chromium_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tools, "CHROMIUM", Path("/nonexistent/chromium"))
    assert tools.missing("chromium") == (
        "Chromium not found at /nonexistent/chromium: "
        "scripts/install-test-tools.sh installs it (make test and .ci/run call it)"
    )
