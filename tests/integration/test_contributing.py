"""Every command in the editor guide (CONTRIBUTING.md) is run here, so the guide cannot go stale."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_environment, free_port, make_in_copy, make_project, run_make, serves

from programme_site.core.messages import _, speaking

GUIDE = ROOT / "CONTRIBUTING.md"


def guide_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    commands = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    return list(dict.fromkeys(commands))  # each once, in order


def test_the_guide_has_commands_for_every_task() -> None:
    commands = guide_commands()
    for task in ("make check", "make sync", "make news", "make serve", "make test", "make build"):
        assert any(command.startswith(task) for command in commands), task


@pytest.mark.parametrize("command", [c for c in guide_commands() if c not in {"make serve", "make test"}])
def test_guide_command_works(command: str, tmp_path: Path) -> None:
    project = make_project(tmp_path)
    result = run_make(project, command)
    assert result.returncode == 0, result.stdout + result.stderr
    if command.startswith("make news"):
        # The guide says the item is not published until its texts are written.
        check = run_make(project, "make check")
        assert check.returncode != 0
        assert "the Swedish text is missing or empty" in check.stdout + check.stderr


def test_make_test_is_what_ci_runs() -> None:
    # `make test` runs this very suite, so it is run by CI rather than from inside it.
    assert "make test" in guide_commands()
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")


def test_make_serve_serves_both_languages(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    port = free_port()
    server = subprocess.Popen(
        make_in_copy(["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"]),
        cwd=project,
        env=copy_environment(project),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert serves(f"http://127.0.0.1:{port}/", 60)
        assert serves(f"http://127.0.0.1:{port}/sv/", 10)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


# The web-only walkthrough in each language, and the words it uses for what the workflows make.
WALKTHROUGHS = {"fi": "### Muokkaus pelkällä selaimella", "sv": "### Redigera med enbart webbläsaren"}


def walkthrough(language: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## Suomeksi")[1].split("## På svenska")[{"fi": 0, "sv": 1}[language]]
    assert WALKTHROUGHS[language] in section, f"the {language} part has no web-only walkthrough"
    return section.split(WALKTHROUGHS[language])[1].split("\n### ")[0]


def load_workflow(name: str) -> dict:
    document = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    document["on"] = document.pop(True)  # YAML 1.1 reads `on:` as True
    return document


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_web_only_walkthrough_matches_the_workflows(language: str) -> None:
    text = walkthrough(language)
    checks, publish = load_workflow("checks.yml"), load_workflow("publish.yml")
    quick = checks["jobs"]["quick"]
    # The checks it names are the ones GitHub shows under the pull request ("workflow / job").
    for job in ("quick", "test"):
        assert f"*{checks['name']} / {job}*" in " ".join(text.split()) and job in checks["jobs"]
    assert quick["timeout-minutes"] <= 10  # "about two minutes", with room on a slow runner
    # The preview's folder, the summary's line and the artifact's name are what the workflows make.
    assert "`pr-preview/<" in text
    assert "format('pr-preview/{0}/', github.event.pull_request.number)" in str(quick["steps"])
    line = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pages_storage.py"),
            "summary",
            "5",
            "https://x.example/pr-preview/5/",
            "false",
            "success",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "GITHUB_STEP_SUMMARY"},
    ).stdout
    assert line.startswith("**Preview**: https://x.example/pr-preview/5/") and "*Preview*" in text
    assert "name: site-preview" in yaml.safe_dump(quick["steps"]) and "*site-preview*" in text
    # A fork's pull request gets no published preview, as the walkthrough says.
    assert "head_repository.full_name == github.repository" in publish["jobs"]["store"]["if"]
    assert "fork" in text
    # It is removed when the pull request closes.
    assert publish["on"]["pull_request_target"]["types"] == ["closed"]
    # Findings on the changed lines and in the summary: the quick job's checker and build in Actions.
    assert [step.get("run") for step in quick["steps"] if step.get("run", "").startswith("make")] == [
        "make check",
        "make build",
    ]
    for words in ("*Files changed*", "*Summary*", "*Propose changes*", "*Reviewers*"):
        assert words in text


# The steps of the quick job an editor is sent to, by the names GitHub shows.
ROUTE_STEPS = ("The language checker", "Strict build into site/", "The preview's address in the job summary")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_web_only_route_names_the_quick_jobs_steps_as_they_are(language: str) -> None:
    text = " ".join(walkthrough(language).split())
    steps = {step.get("name") for step in load_workflow("checks.yml")["jobs"]["quick"]["steps"]}
    assert set(ROUTE_STEPS) <= steps
    # Every step name the route mentions in italics is one of the quick job's, and it mentions these.
    named = {
        name for name in re.findall(r"(?<!\*)\*([^*]+)\*(?!\*)", text) if name.startswith(("The ", "Strict "))
    }
    assert named == set(ROUTE_STEPS)
    # The route's stations, in order: edit both languages, commit, read the findings, paste the
    # entry, see the preview, ask for review.
    stations = {
        "fi": (
            "*Commit changes…*",
            "`docs/sv/verkosto.md`",
            "*Files changed*",
            "`translations.lock`",
            "*Preview*",
            "*Reviewers*",
        ),
        "sv": (
            "*Commit changes…*",
            "`docs/fi/verkosto.md`",
            "*Files changed*",
            "`translations.lock`",
            "*Preview*",
            "*Reviewers*",
        ),
    }[language]
    places = [text.find(station) for station in stations]
    assert -1 not in places and places == sorted(places), dict(zip(stations, places, strict=True))
    # The summary's words for the entry, as the checker writes them in this language.
    heading = {"fi": "*Sivujen merkitseminen ajan tasalle*", "sv": "*Markera sidorna som uppdaterade*"}[
        language
    ]
    warning = {"fi": "*Tarkista ensin toinen kieli*", "sv": "*Kontrollera först det andra språket*"}[language]
    assert heading in text and warning in text
    with speaking(language):
        assert f"*{_('### Marking pages in step').removeprefix('### ')}*" == heading
        assert f"*{_('Check the other language first.').removesuffix('.')}*" == warning
    assert "*Not ready to merge*" in text


# The checker's summary line (src/programme_site/checker/report.py) sends editors to these sections,
# one per language; their headings are the anchors #kielitarkistus and #språkkontrollen.
CHECKER_SECTIONS = {"fi": "### Kielitarkistus", "sv": "### Språkkontrollen"}


def part(language: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    return text.split("## Suomeksi")[1].split("## På svenska")[{"fi": 0, "sv": 1}[language]]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_checkers_section_explains_every_kind_of_finding(language: str) -> None:
    lines = part(language).split("\n")
    assert CHECKER_SECTIONS[language] in lines, f"the {language} part has no {CHECKER_SECTIONS[language]}"
    section = part(language).split(CHECKER_SECTIONS[language] + "\n")[1].split("\n### ")[0]
    assert "`make check`" in section and "`warning:`" in section
    # The table of findings quotes each in the part's language and in English, as GitHub shows it now.
    rows = [line for line in section.split("\n") if line.startswith("| *")]
    assert len(rows) >= 10
    for english in (
        "has no Swedish counterpart",
        "leads nowhere",
        "is not listed in",
        "is in Finnish, not Swedish",
    ):
        assert any(english in row for row in rows), english
    # The guide says the checks on GitHub speak Finnish and Swedish; if a maintainer changes that, say so there.
    assert load_workflow("checks.yml")["env"]["SITE_MESSAGES_LANGUAGE"] == "fi,sv"
    assert GITHUB_SPEAKS[language] in " ".join(section.split())


# The guide's sentence on the language of GitHub's checks, held to the workflow's setting above.
GITHUB_SPEAKS = {
    "fi": "GitHubin tarkistukset kertovat havainnot suomeksi ja ruotsiksi",
    "sv": "Kontrollerna på GitHub visar fynden på finska och svenska",
}
