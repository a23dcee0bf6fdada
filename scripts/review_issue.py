"""Keep one open issue with the review report (.github/workflows/review-dates.yml).

    python3 scripts/review_issue.py REPORT

REPORT is what `python -m programme_site.checker --review-report` wrote: the issue's title on its
first line and its text after, or nothing when nothing is due. The one open issue with the label
LABEL gets them (or is opened with them); with nothing due, it is closed. The standard library only,
run by the system's Python: no installed package ever runs while the token is in the environment.
GH_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY come from the workflow.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.request
from pathlib import Path
from typing import Any

LABEL = "review-dates"

Request = tuple[str, str, dict[str, Any] | None]  # method, path under the repository, JSON body


def plan(report: str, open_issues: list[int]) -> list[Request]:
    """The requests that leave exactly one open issue with `report`, or none when it is empty."""
    if not report.strip():
        return [("PATCH", f"issues/{number}", {"state": "closed"}) for number in open_issues]
    title, _, body = report.partition("\n")
    if open_issues:
        first, *extra = open_issues
        return [
            ("PATCH", f"issues/{first}", {"title": title, "body": body.strip()}),
            *(("PATCH", f"issues/{number}", {"state": "closed"}) for number in extra),
        ]
    return [("POST", "issues", {"title": title, "body": body.strip(), "labels": [LABEL]})]


def _call(method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    url = f"{os.environ['GITHUB_API_URL']}/repos/{os.environ['GITHUB_REPOSITORY']}/{path}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {os.environ['GH_TOKEN']}",
            "Accept": "application/vnd.github+json",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def main(report_file: str) -> int:
    report = Path(report_file).read_text(encoding="utf-8")
    issues = _call("GET", f"issues?state=open&labels={LABEL}&per_page=100")
    open_issues = sorted(issue["number"] for issue in issues if "pull_request" not in issue)
    for method, path, body in plan(report, open_issues):
        _call(method, path, body)
        print(f"{method} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
