"""On GitHub the checker speaks to editors of both languages: with the Checks workflow's own
environment, every annotation and the job summary, its table and fixed lines included, are in
Finnish and in Swedish."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml
from conftest import ROOT, copy_environment, line_of, make_in_copy, make_project, replace_in

CHECKS = ROOT / ".github" / "workflows" / "checks.yml"
ANNOTATION = re.compile(
    r"::error file=(?P<file>[^,]+),line=(?P<line>\d+),title=(?P<title>[^:]+)::(?P<text>.+)"
)


def on_github(project: Path, summary: Path) -> dict[str, str]:
    """The environment `make check` has in the quick job: the workflow's own, and GitHub's."""
    workflow = yaml.safe_load(CHECKS.read_text(encoding="utf-8"))["env"]
    return {
        **copy_environment(project),
        **workflow,
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
    }


def test_the_checks_findings_and_summary_are_in_finnish_and_swedish(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    swedish = project / "docs" / "sv" / "verkosto.md"
    replace_in(swedish, "grundades 3.2.2021", "grundades 4.2.2021")
    summary = tmp_path / "summary.md"
    result = subprocess.run(
        make_in_copy(["make", "check"]),
        cwd=project,
        env=on_github(project, summary),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0, result.stdout + result.stderr
    annotations = [match for line in result.stdout.splitlines() if (match := ANNOTATION.fullmatch(line))]
    finnish_line = line_of(project / "docs" / "fi" / "verkosto.md", "3.2.2021")
    # One annotation for each finding, its text in both languages.
    date = next(match for match in annotations if match["line"] == str(finnish_line))
    assert date["file"] == "docs/fi/verkosto.md"
    assert date["title"] == "Kielten tarkistus / Språkkontroll"
    text = date["text"].replace("%0A", "\n")
    assert text.startswith(
        "suomenkielisessä tekstissä on päivämäärä 3.2.2021, mutta kohdassa docs/sv/verkosto.md:"
    )
    assert "\n\nden finska texten har datumet 3.2.2021 där docs/sv/verkosto.md:" in text
    assert not any("Language check" in match["title"] for match in annotations)
    # The summary lines, in each language.
    assert "2 virhettä." in result.stdout and "2 fel." in result.stdout
    written = summary.read_text(encoding="utf-8")
    finnish, swedish_part = written.split("\n---\n\n")
    for part, expected in (
        (
            finnish,
            [
                "## Kielten tarkistus",
                "**Ei valmis yhdistettäväksi (merge)**",
                "### Jokaisen sivun käännöksen tila",
                "| Sivu | Suomi ja ruotsi |",
                "- `docs/fi/verkosto.md:",
            ],
        ),
        (
            swedish_part,
            [
                "## Språkkontroll",
                "**Inte klar för sammanslagning (merge)**",
                "### Översättningsläget för varje sida",
                "| Sida | Finska och svenska |",
                "- `docs/fi/verkosto.md:",
            ],
        ),
    ):
        assert all(line in part for line in expected), (expected, part)
    assert "Language check" not in written and "| Page |" not in written


def test_the_builds_annotations_are_in_finnish_and_swedish(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    news = project / "data" / "news.yaml"
    replace_in(news, "type: uutinen", "type: uutine")
    result = subprocess.run(
        make_in_copy(["make", "build"]),
        cwd=project,
        env=on_github(project, tmp_path / "summary.md"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    annotations = [line for line in result.stderr.splitlines() if line.startswith("::")]
    line = line_of(news, "type: uutine")
    assert len(annotations) == 1, result.stderr
    assert annotations[0].startswith(
        f"::error file=data/news.yaml,line={line},title=Sivuston rakentaminen / Bygget::"
    ), annotations
    finnish, swedish = annotations[0].split("::", 2)[2].split("%0A%0A")
    assert "uutine" in finnish and "uutine" in swedish and finnish != swedish
    assert "Sivuston rakentaminen epäonnistui; kansiota site/ ei muutettu." in result.stderr
    assert "Bygget misslyckades; mappen site/ ändrades inte." in result.stderr
