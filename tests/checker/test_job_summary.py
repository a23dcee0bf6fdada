"""In GitHub Actions, `make check` annotates the lines it is about and writes the job summary."""

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from conftest import BUILD_SCRIPT, PAGES, copy_environment, line_of, replace_in, run_checker

from programme_site.checker.findings import Finding
from programme_site.checker.in_step import Offer
from programme_site.checker.job_summary import job_summary
from programme_site.checker.report import Report

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


def test_the_summary_offers_each_entry_under_what_to_do_and_warns_when_one_language_changed() -> None:
    entry = "verkosto.md:\n  in_step: '2026-12-03'\n  fi: " + "a" * 64 + "\n  sv: " + "b" * 64 + "\n"
    new = entry.replace("verkosto.md", "uusi.md")
    report = Report(
        [Finding("docs/sv/verkosto.md", 1, "the Finnish page changed")],
        2,
        [("uusi.md", "not marked in step"), ("verkosto.md", "Swedish behind")],
        [
            Offer("uusi.md", new, None, None, replaces=False),
            Offer("verkosto.md", entry, date(2026, 11, 26), "fi"),
        ],
    )
    text = job_summary(report, [])
    assert "**Not ready to merge** while the language check finds errors." in text
    offers = text.split("### Marking pages in step\n")[1].split("### Translation state")[0]
    assert offers.strip("\n").split("\n\n")[1:] == [
        "When both languages say the same, add this entry of `uusi.md` to `translations.lock`:",
        f"```yaml\n{new}```",
        "> **Check the other language first.** Only the Finnish page changed since both were marked in step on "
        "2026-11-26: the Swedish page `docs/sv/verkosto.md` is behind. Use this entry only once you have checked "
        "that `docs/sv/verkosto.md` says the same as the Finnish page; if it does not, bring it in step first, "
        "and the next check offers a new entry.",
        "If both languages now say the same, replace the entry of `verkosto.md` in `translations.lock` with this:",
        f"```yaml\n{entry}```",
    ]
    # A check without findings has no such line.
    assert "Not ready to merge" not in job_summary(Report([], 2), [])
