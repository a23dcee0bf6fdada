"""In GitHub Actions, `make check` annotates the lines it is about and writes the job summary."""

import re
import subprocess
import sys
from pathlib import Path

from conftest import BUILD_SCRIPT, PAGES, copy_environment, line_of, replace_in, run_checker

ANNOTATION = re.compile(r"::(error|warning) file=(?P<file>[^,]+)(?:,line=(?P<line>\d+))?,title=[^:]+::.+")


def in_actions(project: Path, summary: Path) -> dict[str, str]:
    return {**copy_environment(project), "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}


def test_the_checker_annotates_each_finding_and_writes_the_summary(project: Path, tmp_path: Path) -> None:
    swedish = project / "docs" / "sv" / "verkosto.md"
    replace_in(swedish, "3.2.2021", "4.2.2021")
    summary = tmp_path / "summary.md"
    result = subprocess.run(
        [sys.executable, "-m", "programme_site.checker", "--root", str(project)],
        capture_output=True,
        text=True,
        env=in_actions(project, summary),
        check=False,
    )
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(ANNOTATION.fullmatch(line) for line in annotations)
    found = [(match["file"], match["line"]) for match in map(ANNOTATION.fullmatch, annotations) if match]
    # The same files and lines as the plain output an editor reads locally.
    plain = run_checker(project).stdout.splitlines()
    assert [f"{file}:{line}:" for file, line in found] == [
        text.split(": ", 1)[0] + ":" for text in plain[:-1]
    ]
    assert (
        "docs/fi/verkosto.md",
        str(line_of(project / "docs" / "fi" / "verkosto.md", "3.2.2021")),
    ) in found
    text = summary.read_text(encoding="utf-8")
    assert "### Translation state of every page" in text
    assert "| Page | Finnish and Swedish |" in text
    for page in PAGES:
        assert f"| `{page}` |" in text
    assert "| `verkosto.md` | Finnish behind: the Swedish page changed after " in text


def test_outside_actions_the_output_stays_plain(project: Path) -> None:
    replace_in(project / "docs" / "sv" / "verkosto.md", "3.2.2021", "4.2.2021")
    env = {key: value for key, value in copy_environment(project).items() if key != "GITHUB_ACTIONS"}
    result = subprocess.run(
        [sys.executable, "-m", "programme_site.checker", "--root", str(project)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert not any(line.startswith("::") for line in result.stdout.splitlines())
    assert "docs/sv/verkosto.md:" in result.stdout


def test_the_build_annotates_the_line_it_stops_on(project: Path, tmp_path: Path) -> None:
    news = project / "data" / "news.yaml"
    replace_in(news, "type: uutinen", "type: uutine")
    result = subprocess.run(  # `make build` in GitHub Actions
        [sys.executable, str(BUILD_SCRIPT), str(project)],
        capture_output=True,
        text=True,
        env=in_actions(project, tmp_path / "summary.md"),
        check=False,
    )
    assert result.returncode != 0
    line = line_of(news, "type: uutine")
    assert re.search(
        rf"^::error file=data/news.yaml,line={line},title=Build::", result.stderr, re.MULTILINE
    ), result.stderr
