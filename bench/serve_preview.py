"""Save-to-visible under `make serve` (issue 26, items 2 and 3): how long after an editor saves a page
or a data file the served page shows the change, at the real site's size and on a synthetic site.

    python -m bench.serve_preview [--pages 1000]

Runs `mkdocs serve` with `make serve`'s flags (the live preview, HANDBOOK.md) on a copy of the real
project (never the project itself) and on a synthetic site of --pages pages per language
(bench/synthetic_site.py), waits for the first build, then saves a Finnish page, its Swedish
counterpart and one contact's phone number in data/contacts.yaml, SAVES times each, and polls the
served pages over HTTP until each shows its change; each kind's median is reported. A data edit is visible when up to five pages of each language that
showed the old number show the new one. Prints a Markdown section for bench/RESULTS.md with the
issue's target: at --pages pages, within twice the real site's time plus one second.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.page_weight import free_port
from bench.synthetic_site import ROOT, page_path, page_url, write_site

ENV_QUIET = {"NO_MKDOCS_2_WARNING": "1"}
POLL = 0.1
START_TIMEOUT = 1800.0
CHANGE_TIMEOUT = 600.0
# What a copy of the real project needs to build (the package comes from the environment).
REAL_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides")
REAL_PAGE = "verkosto.md"
PHONE = re.compile(r"^\s*phone: (?P<phone>\+[0-9 ]+[0-9])\s*$", re.MULTILINE)
NEW_PHONE = "+358 40 000 000"  # and the number of the save
# Saves of each kind, of which the median is reported: MkDocs notices a save at its next look at the
# files, every half second, so one save's time varies by up to that much.
SAVES = 3
SHOWING = 5  # pages of each language checked for a data edit
SYNTHETIC_PAGES = 1000  # the size
REBUILT = re.compile(
    r"Live preview \((?P<language>\w+)\): (?P<count>\d+) of (?P<total>\d+) pages rebuilt, (?P<patched>\d+) patched"
)
BUILT_IN = re.compile(r"Documentation built in (?P<seconds>[0-9.]+) seconds")


def serve_flags() -> list[str]:
    """The flags `make serve` gives `mkdocs serve` (the Makefile's SERVE_FLAGS)."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    return next(line for line in makefile if line.startswith("SERVE_FLAGS")).split("=", 1)[1].split()


@dataclass(frozen=True)
class Edit:
    what: str
    seconds: float | None  # None: not visible within CHANGE_TIMEOUT
    rebuilt: str  # pages rebuilt of all, and patched, from the preview's log: '0 of 26 (4 patched)'
    build: float | None  # the rebuild's own time, from MkDocs' log


@dataclass(frozen=True)
class Session:
    site: str
    pages: int  # Finnish pages, as the first build's log counts them (the Swedish as many)
    first_build: float | None
    edits: list[Edit]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return None


def _wait_for(base: str, paths: list[str], text: str, server: subprocess.Popen[bytes]) -> float | None:
    """Seconds until every page of `paths` shows `text`; None if one does not within CHANGE_TIMEOUT."""
    start, waiting = time.perf_counter(), list(paths)
    while waiting and time.perf_counter() - start < CHANGE_TIMEOUT and server.poll() is None:
        waiting = [path for path in waiting if text not in (_get(base + path) or "")]
        if waiting:
            time.sleep(POLL)
    return time.perf_counter() - start if not waiting else None


def _logged(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")


def _rebuild_of(log: Path, before: int) -> tuple[str, float | None]:
    """What the preview's log says of the rebuild logged after `before` characters: pages rebuilt in
    both languages of all, and patched, and the rebuild's time."""
    new = _logged(log)[before:]
    counts = [match.groupdict() for match in REBUILT.finditer(new)]
    built = [float(match["seconds"]) for match in BUILT_IN.finditer(new)]
    rebuilt = (
        f"{sum(int(count['count']) for count in counts)} of {sum(int(count['total']) for count in counts)}"
    )
    patched = sum(int(count["patched"]) for count in counts)
    return rebuilt + (f" ({patched} patched)" if patched else ""), (built[-1] if built else None)


def _median(saves: list[Edit]) -> Edit:
    """The saves of one kind as one: the median time to visible (None if one was not seen) and
    rebuild time, and the first save's pages rebuilt."""
    seen = [save.seconds for save in saves if save.seconds is not None]
    builds = [save.build for save in saves if save.build is not None]
    return Edit(
        saves[0].what,
        statistics.median(seen) if len(seen) == len(saves) else None,
        saves[0].rebuilt,
        statistics.median(builds) if builds else None,
    )


def _pages_showing(base: str, docs: Path, text: str) -> list[str]:
    """Up to SHOWING served pages of each language, among those with a contacts marker, that show `text`."""
    found = []
    for language in ("fi", "sv"):
        shown = 0
        for path in sorted((docs / language).rglob("*.md")):
            if shown == SHOWING or "<!-- data:contacts" not in path.read_text(encoding="utf-8"):
                continue
            url = "/" + page_url(path.relative_to(docs).as_posix())
            if text in (_get(base + url) or ""):
                found.append(url)
                shown += 1
    return found


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as page:
        page.write(f"\n\n{text}\n")


def _settle(log: Path, quiet: float = 3.0) -> None:
    """Wait until MkDocs' log has been quiet for `quiet` seconds: no rebuild is still running."""
    seen, since = _logged(log), time.perf_counter()
    while time.perf_counter() - since < quiet:
        time.sleep(0.2)
        if (now := _logged(log)) != seen:
            seen, since = now, time.perf_counter()


def measure_session(site: str, root: Path, page: str, log: Path) -> Session:
    """`make serve`'s command on the project at `root`: `page` (a file name below docs/<language>/)
    saved in each language, then a contact's phone number."""
    docs, port = root / "docs", free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "mkdocs", "serve", *serve_flags(), "-a", f"127.0.0.1:{port}"]
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(
            command, cwd=root, stdout=output, stderr=subprocess.STDOUT, env={**os.environ, **ENV_QUIET}
        )
    try:
        if _wait_for(base, ["/sv/"], "<html", server) is None:
            raise RuntimeError(f"mkdocs serve did not start: {_logged(log)[-2000:]}")
        first_build = time.perf_counter() - start
        _settle(log)
        first = REBUILT.search(_logged(log))
        total = int(first["total"]) if first else 0
        saves: dict[str, list[Edit]] = {}
        for save in range(1, SAVES + 1):
            for language, token in (("fi", f"Muokattu-sivu-A{save}"), ("sv", f"Redigerad-sida-A{save}")):
                source, before = f"{language}/{page}", len(_logged(log))
                _append(docs / source, token)
                seconds = _wait_for(base, ["/" + page_url(source)], token, server)
                _settle(log)
                what = f"page edit ({language})"
                saves.setdefault(what, []).append(Edit(what, seconds, *_rebuild_of(log, before)))
            contacts = root / "data" / "contacts.yaml"
            phone = PHONE.search(contacts.read_text(encoding="utf-8"))
            if phone is None:
                raise RuntimeError("no phone number in data/contacts.yaml")
            showing = _pages_showing(base, docs, phone["phone"])
            if not showing:
                raise RuntimeError(f"no served page shows {phone['phone']}")
            before, new_phone = len(_logged(log)), f"{NEW_PHONE}{save}"
            contacts.write_text(
                contacts.read_text(encoding="utf-8").replace(phone["phone"], new_phone, 1), encoding="utf-8"
            )
            seconds = _wait_for(base, showing, new_phone, server)
            _settle(log)
            what = "data edit (contacts.yaml)"
            saves.setdefault(what, []).append(Edit(what, seconds, *_rebuild_of(log, before)))
        edits = [_median(made) for made in saves.values()]
        return Session(site, total, first_build, edits)
    finally:
        server.terminate()
        server.wait(timeout=60)


def copy_real_project(target: Path) -> Path:
    """The real project's pages, data and configuration, copied: the measurement edits them."""
    for part in REAL_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / part)
    return target


def _logged_seconds(value: float | None) -> str:
    """A rebuild's time from MkDocs' log; None when the log had no such line by the time it was read."""
    return f"{value:.1f} s" if value is not None else "not in the log"


def _seconds(value: float | None) -> str:
    return f"{value:.1f} s" if value is not None else f"not within {CHANGE_TIMEOUT:.0f} s"


@dataclass(frozen=True)
class Preview:
    """Both sessions: the real site's figures give the synthetic site's target."""

    real: Session
    large: Session
    pages: int  # the synthetic site's content pages per language

    def targets(self) -> list[tuple[Edit, Edit, float | None]]:
        """Each edit at both sizes, with the synthetic site's limit: twice the real site's time plus
        1 s (None: not visible on the real site)."""
        return [
            (small, big, 2 * small.seconds + 1 if small.seconds is not None else None)
            for small, big in zip(self.real.edits, self.large.edits, strict=True)
        ]


def measure_preview(work: Path, pages: int) -> Preview:
    """Both sessions, on copies made in `work`."""
    print("serve: real site", file=sys.stderr, flush=True)
    real = measure_session("real", copy_real_project(work / "real"), REAL_PAGE, work / "real.log")
    print(f"serve: {pages} pages per language", file=sys.stderr, flush=True)
    site = write_site(work / "synthetic", pages=pages, news=pages)
    large = measure_session("synthetic", site.root, page_path(0, pages), work / "synthetic.log")
    return Preview(real, large, pages)


def preview_section(preview: Preview | None) -> list[str]:
    """The report's section: each edit at both sizes against the target."""
    if preview is None:
        return [
            f"not measured: `make bench` measures it with {SYNTHETIC_PAGES} pages per language among its sizes."
        ]
    real, large = preview.real, preview.large
    lines = [
        f"`make serve`'s command (`mkdocs serve {' '.join(serve_flags())}`, `bench/serve_preview.py`) on a copy "
        f"of the real project and on the synthetic site of {preview.pages} pages per language: seconds from "
        f"the save until every checked page, fetched over HTTP, shows the change, the median of {SAVES} saves "
        "of each kind (MkDocs looks for saved files every half second; a page edit: that page; "
        f"a phone number in `data/contacts.yaml`: up to {SHOWING} pages of each language that showed it). "
        f"Target (issue 26): at {preview.pages} pages per language, within twice the real site's time plus 1 s.",
        "",
        "| Edit | Real site | Pages rebuilt | Synthetic | Pages rebuilt | Target | Ratio | Met |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for small, big, limit in preview.targets():
        if small.seconds is None or big.seconds is None or limit is None:
            target, ratio, met = "-", "-", "no"
        else:
            target, ratio = f"{limit:.1f} s", f"{big.seconds / small.seconds:.1f}x"
            met = "yes" if big.seconds <= limit else "no"
        lines.append(
            f"| {small.what} | {_seconds(small.seconds)} | {small.rebuilt} | {_seconds(big.seconds)} "
            f"| {big.rebuilt} | {target} | {ratio} | {met} |"
        )
    lines += [
        "",
        f"The real site has {real.pages} pages per language, the synthetic one {large.pages} (news pages "
        "included; *pages rebuilt* counts both languages). Each serve's first build, which makes the whole "
        f"site, took {_seconds(real.first_build)} and {_seconds(large.first_build)} to the first page served. "
        "The rebuilds' own times in MkDocs' log (medians): "
        + "; ".join(
            f"{edit.what} {_logged_seconds(edit.build)} and {_logged_seconds(other.build)}"
            for edit, other in zip(real.edits, large.edits, strict=True)
        )
        + ".",
    ]
    return lines


def _commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=SYNTHETIC_PAGES, help="content pages per language")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-") as folder:
        preview = measure_preview(Path(folder), args.pages)
    loads = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    heading = [
        "### Live preview: save to visible under `make serve`",
        "",
        f"`python -m bench.serve_preview --pages {args.pages}` from commit {_commit()}; load average "
        f"(1, 5, 15 min) at the end: {loads}.",
        "",
    ]
    print("\n".join(heading + preview_section(preview)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
