"""The quick job's build and preview do not wait for the language checker, and merging still does:
the workflows' conditions are evaluated here as GitHub evaluates them, for a run whose checker has
findings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from conftest import ROOT

CHECKS = ROOT / ".github" / "workflows" / "checks.yml"
PUBLISH = ROOT / ".github" / "workflows" / "publish.yml"


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["on"] = document.pop(True)  # YAML 1.1 reads the key `on:` as True
    return document


# The status functions GitHub's expressions call, and its operators, as Python reads them.
_OPERATORS = ((re.compile(r"&&"), " and "), (re.compile(r"\|\|"), " or "), (re.compile(r"!(?!=)"), " not "))


class _Context:
    """A context of GitHub's expressions (github, steps): a missing property is null, as there."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def __getattr__(self, name: str) -> Any:
        return _wrap(self._value.get(name) if isinstance(self._value, dict) else None)

    def __getitem__(self, index: int) -> Any:
        return _wrap(
            self._value[index] if isinstance(self._value, list) and index < len(self._value) else None
        )


def _wrap(value: Any) -> Any:
    return _Context(value) if isinstance(value, dict | list) else value


def evaluate(condition: str, contexts: dict[str, Any], failed: bool) -> bool:
    """A step's or job's `if:`, with or without `${{ }}`; `failed`: whether an earlier step failed."""
    expression = condition.strip().removeprefix("${{").removesuffix("}}")
    for pattern, python in _OPERATORS:
        expression = pattern.sub(python, expression)
    names = {
        "cancelled": lambda: False,
        "success": lambda: not failed,
        "failure": lambda: failed,
        **{name: _wrap(value) for name, value in contexts.items()},
    }
    return bool(eval(expression, {"__builtins__": {}}, names))  # the workflows' own text, no one else's


def run_quick_job(outcomes: dict[str, str], github: dict[str, Any]) -> tuple[list[str], str]:
    """The steps of the quick job that run, when the steps with the ids in `outcomes` end so (any other
    step succeeds), and the job's conclusion."""
    steps: dict[str, dict[str, str]] = {}
    ran, failed = [], False
    for step in load(CHECKS)["jobs"]["quick"]["steps"]:
        name = step.get("name", step.get("uses", ""))
        if not evaluate(str(step.get("if", "success()")), {"github": github, "steps": steps}, failed):
            if "id" in step:
                steps[step["id"]] = {"outcome": "skipped", "conclusion": "skipped"}
            continue
        ran.append(name)
        outcome = outcomes.get(step.get("id", ""), "success")
        tolerated = evaluate(str(step.get("continue-on-error", False)), {"github": github}, failed)
        if "id" in step:
            steps[step["id"]] = {"outcome": outcome, "conclusion": "success" if tolerated else outcome}
        failed = failed or (outcome == "failure" and not tolerated)
    return ran, "failure" if failed else "success"


PULL_REQUEST = {"event_name": "pull_request", "event": {"pull_request": {"number": 5}}}
BUILD_AND_PREVIEW = [
    "Strict build into site/",
    "Upload the built site for preview and for publishing",
    "The preview's address in the job summary",
]


def test_the_build_and_the_preview_run_while_the_checker_has_findings() -> None:
    ran, conclusion = run_quick_job({"checker": "failure"}, PULL_REQUEST)
    assert ran[ran.index("The language checker") + 1 :] == ["The GitHub Pages address", *BUILD_AND_PREVIEW]
    # The checker's failure still fails the job, a required check.
    assert conclusion == "failure"
    # The summary's preview line hears of it: "Not ready to merge" (scripts/pages_storage.py).
    summary = next(
        step for step in load(CHECKS)["jobs"]["quick"]["steps"] if step.get("name") == BUILD_AND_PREVIEW[2]
    )
    assert summary["env"]["CHECKER"] == "${{ steps.checker.outcome }}" and '"$CHECKER"' in summary["run"]


def test_a_failed_build_uploads_nothing_and_a_clean_run_passes() -> None:
    ran, conclusion = run_quick_job({"checker": "failure", "build": "failure"}, PULL_REQUEST)
    assert BUILD_AND_PREVIEW[0] in ran and not set(BUILD_AND_PREVIEW[1:]) & set(ran)
    assert conclusion == "failure"
    ran, conclusion = run_quick_job({}, PULL_REQUEST)
    assert set(BUILD_AND_PREVIEW) <= set(ran) and conclusion == "success"
    # On main nothing is previewed, but the site is still built and uploaded for production.
    ran, _ = run_quick_job({}, {"event_name": "push", "event": {}})
    assert BUILD_AND_PREVIEW[:2] == [name for name in ran if name in BUILD_AND_PREVIEW]


def test_merging_still_requires_the_checker() -> None:
    checker = next(step for step in load(CHECKS)["jobs"]["quick"]["steps"] if step.get("id") == "checker")
    assert checker["run"] == "make check" and "continue-on-error" not in checker and "if" not in checker
    assert "continue-on-error" not in load(CHECKS)["jobs"]["quick"]
    # The test job runs `make check` too (make test), and branch protection requires both jobs.
    assert re.search(r"^test: .*\bcheck\b", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    handbook = (ROOT / "HANDBOOK.md").read_text(encoding="utf-8")
    assert "require the checks `quick` and `test` of the Checks workflow" in handbook


def workflow_run(conclusion: str, event: str = "pull_request") -> dict[str, Any]:
    """The `github` context of Publish after a Checks run of this repository's branch."""
    return {
        "event_name": "workflow_run",
        "repository": "owner/site",
        "sha": "abc",
        "event": {
            "workflow_run": {
                "conclusion": conclusion,
                "event": event,
                "head_branch": "main" if event == "push" else "i25",
                "head_sha": "abc",
                "head_repository": {"full_name": "owner/site"},
                "actor": {"login": "editor"},
                "pull_requests": [{"number": 5, "base": {"ref": "main"}}] if event == "pull_request" else [],
            }
        },
    }


def test_a_preview_is_published_from_a_run_with_findings_and_production_only_from_a_passed_run() -> None:
    store = load(PUBLISH)["jobs"]["store"]
    runs = {
        (conclusion, event): evaluate(store["if"], {"github": workflow_run(conclusion, event)}, False)
        for conclusion in ("success", "failure", "cancelled")
        for event in ("pull_request", "push")
    }
    assert runs == {
        ("success", "pull_request"): True,
        ("failure", "pull_request"): True,
        ("cancelled", "pull_request"): False,
        ("success", "push"): True,
        ("failure", "push"): False,
        ("cancelled", "push"): False,
    }
    # A run whose build failed has no artifact: the download may fail for a preview only, and then
    # nothing is stored.
    download, update = (
        next(step for step in store["steps"] if step.get("id") == name) for name in ("artifact", "store")
    )
    assert download["continue-on-error"] == "${{ github.event.workflow_run.event == 'pull_request' }}"
    context = {"github": workflow_run("failure"), "steps": {"artifact": {"outcome": "failure"}}}
    assert not evaluate(update["if"], context, False)
    context["steps"] = {"artifact": {"outcome": "success"}}
    assert evaluate(update["if"], context, False)
