"""Build the site into a temporary folder and put it in place only if the build succeeds.

A failed build must never leave a half-written site/ that could be published:
the old site/ stays exactly as it was, and the editor sees MkDocs' error.
Any warning fails the build (--strict), as on the deploy path.
Usage: python scripts/build_site.py [PROJECT_DIR]  (default: the current folder)
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from types import FrameType

from programme_site.core.annotations import annotate_build_logs, in_github_actions
from programme_site.core.messages import SETTING, _, chosen_languages, speaking

# The building process's id is in the folder's name, so a later build can tell a stale copy.
WORK_PREFIX = ".site-building-"


def _stop(signum: int, frame: FrameType | None) -> None:
    # SystemExit unwinds through subprocess.run (which kills MkDocs) and removes the temporary folder.
    raise SystemExit(128 + signum)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def remove_stale_copies(project: Path) -> None:
    """Remove what builds killed outright (SIGKILL, power cut) left behind."""
    for folder in project.glob(f"{WORK_PREFIX}*"):
        pid = folder.name.removeprefix(WORK_PREFIX).split("-")[0]
        if not (pid.isdigit() and _is_running(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _mkdocs(project: Path, site: Path, language: str) -> subprocess.CompletedProcess[str]:
    """MkDocs' strict build of `project` into `site`, its messages in `language`."""
    # Not --quiet: it hides warnings from --strict, and a broken link would pass.
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", SETTING: language},
        capture_output=True,
        text=True,
        check=False,
    )


def build(project: Path) -> int:
    target = project / "site"
    remove_stale_copies(project)
    first, *others = chosen_languages()
    with tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=project) as work:
        fresh = Path(work) / "site"
        result = _mkdocs(project, fresh, first)
        if result.returncode != 0:
            # MkDocs' INFO lines are noise on success; on failure they give the warnings their context.
            # With several languages chosen (GitHub's checks: fi,sv) a failed build runs again in each
            # other one, for its messages: a failure costs one build more, a success nothing.
            logs = {first: result.stdout + result.stderr}
            for language in others:
                again = _mkdocs(project, Path(work) / f"site-{language}", language)
                logs[language] = again.stdout + again.stderr
            if in_github_actions():
                # Each error becomes an annotation on the line it is about, in every language.
                titles = {}
                for language in logs:
                    with speaking(language):
                        titles[language] = _("Build")
                print(annotate_build_logs(logs, titles), end="", file=sys.stderr)
            else:
                print("".join(logs.values()), end="", file=sys.stderr)
            for language in logs:
                with speaking(language):
                    print(_("The build failed; site/ was not changed."), file=sys.stderr)
            return result.returncode
        # Swap with renames on the same file system, so site/ is never half-written;
        # SIGTERM waits until both renames are done.
        old = Path(work) / "previous"
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        if target.exists():
            target.rename(old)
        fresh.rename(target)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
        shutil.rmtree(old, ignore_errors=True)
    print(_("Built the site into {folder}.").format(folder=target))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)
    sys.exit(build(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()))
