"""Save-to-visible under `mkdocs serve` on a synthetic site (issue 26, item 2): how long after an
editor saves a page or a data file the served page shows the change, with and without `--dirty`.

    python -m bench.serve_preview [--pages 1000]

Writes a synthetic site (bench/synthetic_site.py), starts `mkdocs serve` on it, waits for the first
build, then edits a Finnish page, its Swedish counterpart and one contact's phone number in
data/contacts.yaml, and polls the served pages over HTTP until each shows its change. A data edit
is checked on five pages of each language that show the contact: visible when all show the new
number; a page that still shows the old one when MkDocs' builds are over is listed as stale. Each build MkDocs starts is counted from its
log. Prints a Markdown section for bench/RESULTS.md. Not part of `make bench`: each serve session
builds the whole site first (minutes at 1 000 pages per language).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.page_weight import free_port
from bench.synthetic_site import FLOOR_DOCS, VARIANTS, page_path, page_url, write_site

ENV_QUIET = {"NO_MKDOCS_2_WARNING": "1"}
POLL = 0.2
START_TIMEOUT = 1800.0
CHANGE_TIMEOUT = 600.0
OLD_PHONE, NEW_PHONE = "+358 2950 47001", "+358 2950 47999"  # contact henkilo-01 (synthetic_site.py)
BUILD_LINE = "Building documentation"
LOG_QUIET = 5.0
RELOADED = "Reloading browsers"


@dataclass(frozen=True)
class Edit:
    what: str
    seconds: float | None  # None: not visible within CHANGE_TIMEOUT
    builds: int  # builds MkDocs started for it
    stale: list[str]  # pages that should show the change and do not
    index_entries: tuple[int, int]  # the Finnish search index's entries before and after


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return None


def _wait_for(url: str, text: str, timeout: float, server: subprocess.Popen[bytes]) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout and server.poll() is None:
        page = _get(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(POLL)
    return None


def _index_entries(base: str) -> int:
    """Entries in the served Finnish search index: a dirty build that skips pages may drop theirs."""
    index = _get(base + "/search/search_index.json")
    return len(json.loads(index)["docs"]) if index else 0


def _builds(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count(BUILD_LINE)


def _reloads(log: Path) -> int:
    return log.read_text(encoding="utf-8", errors="replace").count(RELOADED)


class _Rebuilds:
    """Whether MkDocs' rebuilds since `reloads_before` reloads are over: its log ends with a reload
    after those and has been quiet for LOG_QUIET seconds."""

    def __init__(self, log: Path, reloads_before: int) -> None:
        self.log, self.reloads_before = log, reloads_before
        self.seen, self.quiet_since = "", time.perf_counter()

    def over(self) -> bool:
        logged = self.log.read_text(encoding="utf-8", errors="replace")
        if logged != self.seen:
            self.seen, self.quiet_since = logged, time.perf_counter()
        reloaded = logged.count(RELOADED) > self.reloads_before and logged.rstrip().endswith(RELOADED)
        return reloaded and time.perf_counter() - self.quiet_since > LOG_QUIET


def _wait_for_rebuilds(log: Path, reloads_before: int) -> None:
    rebuilds, start = _Rebuilds(log, reloads_before), time.perf_counter()
    while not rebuilds.over() and time.perf_counter() - start < CHANGE_TIMEOUT:
        time.sleep(POLL)


def _pages_with(docs: Path, text: str, language: str, count: int) -> list[str]:
    """URL paths of up to `count` pages of `language` whose published form shows `text` (found in the
    floor's Markdown, where each data block is written out)."""
    found = [
        path.relative_to(docs).as_posix()
        for path in sorted((docs / language).rglob("*.md"))
        if text in path.read_text(encoding="utf-8")
    ]
    return ["/" + page_url(source) for source in found[:count]]


def measure_session(root: Path, pages: int, variant: str, dirty: bool, log: Path) -> list[Edit]:
    """One `mkdocs serve` session of `variant`'s configuration: a page edit in each language and, for
    our full build, a data edit."""
    config = yaml.safe_load((root / VARIANTS[variant]).read_text(encoding="utf-8"))
    docs = root / config.get("docs_dir", "docs")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", VARIANTS[variant], "-a", f"127.0.0.1:{port}"]
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            # MkDocs warns on every dirty build, which strict mode (mkdocs.yml) turns into a failure.
            [*command, *(["--dirty", "--no-strict"] if dirty else [])],
            cwd=root,
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, **ENV_QUIET},
        )
    try:
        if _wait_for(base + "/sv/", "<html", START_TIMEOUT, server) is None:
            raise RuntimeError(f"mkdocs serve did not start: {log.read_text(encoding='utf-8')[-2000:]}")
        time.sleep(2)  # the watcher is running once the server answers; let it settle
        edits = []
        for language, token in (("fi", "Muokattu-sivu-A1"), ("sv", "Redigerad-sida-A1")):
            source = f"{language}/{page_path(0, pages)}"
            before, reloads, entries = _builds(log), _reloads(log), _index_entries(base)
            with (docs / source).open("a", encoding="utf-8") as page:
                page.write(f"\n\n{token}\n")
            seconds, stale = _wait_for_all(base, ["/" + page_url(source)], token, log, reloads)
            _wait_for_rebuilds(log, reloads)  # a second build started by the same save is counted too
            after = (entries, _index_entries(base))
            edits.append(Edit(f"page edit ({language})", seconds, _builds(log) - before, stale, after))
        if variant == "full":
            floor = root / FLOOR_DOCS
            showing = {language: _pages_with(floor, OLD_PHONE, language, 5) for language in ("fi", "sv")}
            contacts = root / "data" / "contacts.yaml"
            before, reloads, entries = _builds(log), _reloads(log), _index_entries(base)
            contacts.write_text(
                contacts.read_text(encoding="utf-8").replace(OLD_PHONE, NEW_PHONE), encoding="utf-8"
            )
            paths = [path for language_paths in showing.values() for path in language_paths]
            seconds, stale = _wait_for_all(base, paths, NEW_PHONE, log, reloads)
            _wait_for_rebuilds(log, reloads)
            after = (entries, _index_entries(base))
            edits.append(Edit("data edit (contacts.yaml)", seconds, _builds(log) - before, stale, after))
        return edits
    finally:
        server.terminate()
        server.wait(timeout=60)


def _wait_for_all(
    base: str, paths: list[str], text: str, log: Path, reloads_before: int
) -> tuple[float | None, list[str]]:
    """Seconds until every page of `paths` shows `text` (None if one never does), and the pages that
    do not once MkDocs' rebuilds are over: its log ends with a reload and has been quiet LOG_QUIET s."""
    rebuilds, start, waiting = _Rebuilds(log, reloads_before), time.perf_counter(), list(paths)
    while waiting and time.perf_counter() - start < CHANGE_TIMEOUT:
        waiting = [path for path in waiting if text not in (_get(base + path) or "")]
        if waiting and rebuilds.over():
            break
        time.sleep(POLL)
    return (time.perf_counter() - start if not waiting else None), waiting


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000, help="content pages per language")
    args = parser.parse_args()
    sessions = [("full", False), ("full", True), ("i18n_only", True)]
    lines = [
        "| Build | `serve` | Edit | Save to visible | Builds started | Pages still stale | Search index entries (fi) |",
        "| --- | --- | --- | ---: | ---: | --- | --- |",
    ]
    with tempfile.TemporaryDirectory(prefix="serve-") as folder:
        for variant, dirty in sessions:
            root = write_site(Path(folder) / f"{variant}-{dirty}", pages=args.pages, news=args.pages)
            log = Path(folder) / f"{variant}-{dirty}.log"
            print(f"serve {variant}{' --dirty' if dirty else ''}", file=sys.stderr, flush=True)
            for edit in measure_session(root.root, args.pages, variant, dirty, log):
                shown = f"{edit.seconds:.1f} s" if edit.seconds is not None else "not within 600 s"
                stale = ", ".join(f"`{path}`" for path in edit.stale) or "none"
                lines.append(
                    f"| {variant} | {'--dirty' if dirty else 'plain'} | {edit.what} | {shown} | {edit.builds} | {stale} "
                    f"| {edit.index_entries[0]} → {edit.index_entries[1]} |"
                )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
