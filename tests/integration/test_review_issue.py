"""scripts/review_issue.py: the requests that leave one open issue with the review report."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("review_issue", ROOT / "scripts" / "review_issue.py")
assert _spec is not None and _spec.loader is not None
review_issue = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(review_issue)

REPORT = "Tarkistettavat sivut / Sidor att granska\n\nThe table.\n"


def test_a_report_and_no_open_issue_opens_one_with_the_label() -> None:
    assert review_issue.plan(REPORT, []) == [
        (
            "POST",
            "issues",
            {
                "title": "Tarkistettavat sivut / Sidor att granska",
                "body": "The table.",
                "labels": ["review-dates"],
            },
        )
    ]


def test_a_report_updates_the_first_open_issue_and_closes_any_other() -> None:
    assert review_issue.plan(REPORT, [7, 12]) == [
        ("PATCH", "issues/7", {"title": "Tarkistettavat sivut / Sidor att granska", "body": "The table."}),
        ("PATCH", "issues/12", {"state": "closed"}),
    ]


def test_nothing_due_closes_the_open_issues_and_opens_none() -> None:
    assert review_issue.plan("", [7]) == [("PATCH", "issues/7", {"state": "closed"})]
    assert review_issue.plan("\n", []) == []
