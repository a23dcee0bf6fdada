"""The live preview (`make serve`: `mkdocs serve --dirty`, site/preview.py) serves what a whole build
makes: after a page edit in each language, a page made a stub not yet translated, a data edit of the
contacts and of the news, a broken edit and its fix, every file of the served site equals the file
`mkdocs build` makes of the same tree, byte for byte but for the live-reload script the server adds
to each HTML page and that script's hash in the page's policy; and the edits rebuilt only the pages they change, and patched, not rebuilt, the
pages whose data blocks alone changed."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_environment, free_port, replace_in, run_build, serves
from mkdocs.livereload import _SCRIPT_TEMPLATE_STR

from bench.serve_preview import serve_flags

# The script MkDocs' server puts before each HTML page's last </body>: the template, its two
# numbers (the build's epoch and the request's id) free.
LIVE_RELOAD = re.compile(
    re.escape(f"<script>{_SCRIPT_TEMPLATE_STR}</script>".encode())
    .replace(re.escape(b"${epoch}"), rb"\d+")
    .replace(re.escape(b"${request_id}"), rb"\d+")
)
# MkDocs' server logs this once a rebuild has ended well; and this when it failed.
RELOADED = "Reloading browsers"
FAILED = "An error happened during the rebuild"
QUIET = 3.0  # seconds without a new log line after a rebuild: no second rebuild is under way
REBUILT = re.compile(
    r"Live preview \((?P<language>\w+)\): (?P<count>\d+) of (?P<total>\d+) pages rebuilt, "
    r"(?P<patched>\d+) patched(?P<kept>, sitemap and 404 page kept)?:(?P<pages>.*)"
)
SERVED_FOLDER = re.compile(r"Building 'fi' documentation to directory: (?P<folder>\S+)")


@dataclass
class Server:
    url: str
    log: Path
    folder: Path  # where it writes the site it serves

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, done: str, count: int, seconds: float = 180) -> str:
        """The log once it holds `done` more than `count` times and then stays quiet for QUIET seconds."""
        deadline, seen, since = time.monotonic() + seconds, "", time.monotonic()
        while time.monotonic() < deadline:
            logged = self.text()
            if logged != seen:
                seen, since = logged, time.monotonic()
            elif logged.count(done) > count and time.monotonic() - since > QUIET:
                return logged
            time.sleep(0.2)
        raise AssertionError(f"no {done!r} within {seconds} s:\n{self.text()[-3000:]}")

    def after(self, change: Path, old: str, new: str, done: str = RELOADED) -> list[dict[str, str]]:
        """Make the change, wait until the rebuild it starts has ended; the preview's lines about it."""
        logged = self.text()
        before = len(logged)
        replace_in(change, old, new)
        logged = self.wait_for(done, logged.count(done))
        return [match.groupdict() for match in REBUILT.finditer(logged[before:])]


@pytest.fixture
def server(project: Path, tmp_path: Path) -> Iterator[Server]:
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *serve_flags(), "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=copy_environment(project),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        assert serves(url, 120), f"mkdocs serve did not start:\n{log.read_text(encoding='utf-8')}"
        found = SERVED_FOLDER.search(log.read_text(encoding="utf-8"))
        assert found, log.read_text(encoding="utf-8")
        time.sleep(1)  # the watcher starts as the server answers
        yield Server(url, log, Path(found["folder"]))
    finally:
        process.terminate()
        process.wait(timeout=60)


def served(server: Server, path: str) -> bytes:
    with urllib.request.urlopen(server.url + path, timeout=30) as response:
        body = response.read()
    if path.endswith(".html"):
        scripts = LIVE_RELOAD.findall(body)
        assert len(scripts) == 1, f"{path}: {len(scripts)} live-reload scripts"
        # ... and the page's policy allows that script by its hash (hooks/site_build.py, on_serve).
        allowed = b" " + policy_source(scripts[0].removeprefix(b"<script>").removesuffix(b"</script>"))
        assert body.count(allowed) == (1 if b"Content-Security-Policy" in body else 0), path
        body = LIVE_RELOAD.sub(b"", body).replace(allowed, b"", 1)
    return body


def policy_source(script: bytes) -> bytes:
    """An inline script's hash as a source of the policy, as the page's <meta> writes it."""
    return b"&#39;sha256-" + base64.b64encode(hashlib.sha256(script).digest()) + b"&#39;"


def assert_serves_a_whole_build(server: Server, project: Path, tmp_path: Path) -> Path:
    """Every file `mkdocs build` makes of `project` now is served as the build wrote it, and the
    server's folder holds no other file. Returns the whole build."""
    site = tmp_path / f"whole-{time.monotonic_ns()}"
    result = run_build(project, site, site_url=server.url)
    assert result.returncode == 0, result.stderr
    files = sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())
    assert files == sorted(
        path.relative_to(server.folder).as_posix() for path in server.folder.rglob("*") if path.is_file()
    )
    different = [path for path in files if served(server, path) != (site / path).read_bytes()]
    assert not different, f"served differently from a whole build: {different}"
    return site


def changed_pages(before: Path, after: Path) -> set[str]:
    """The pages, by source path, whose HTML differs between two whole builds."""
    pages = set()
    for page in after.rglob("index.html"):
        path = page.relative_to(after)
        language = "sv" if path.parts[0] == "sv" else "fi"
        name = "/".join(path.parts[1 if language == "sv" else 0 : -1]) or "index"
        if not (before / path).is_file() or (before / path).read_bytes() != page.read_bytes():
            pages.add(f"{language}/{name}.md")
    return pages


def rebuilt(lines: list[dict[str, str]]) -> dict[str, set[str]]:
    """The pages each language's build of one rebuild made, from the preview's log lines."""
    assert [line["language"] for line in lines] == ["fi", "sv"], lines
    return {line["language"]: set(line["pages"].split()) for line in lines}


def patched(lines: list[dict[str, str]]) -> int:
    """How many pages one rebuild patched, in both languages, from the preview's log lines."""
    return sum(int(line["patched"]) for line in lines)


def test_the_preview_serves_what_a_whole_build_makes_and_rebuilds_only_the_changed_pages(
    project: Path, server: Server, tmp_path: Path
) -> None:
    assert "Live preview: the whole site (no finished build to start from)" in server.text()
    whole = assert_serves_a_whole_build(server, project, tmp_path)

    # A page edited in each language: that page is rebuilt, in both languages (a page not yet
    # translated shows the other language's text), and nothing else.
    for language, token in (("fi", "Esikatselun muutos"), ("sv", "Förhandsvisningens ändring")):
        page = project / "docs" / language / "verkosto.md"
        text = page.read_text(encoding="utf-8")
        lines = server.after(page, text, f"{text}\n{token}.\n")
        assert rebuilt(lines) == {"fi": {"fi/verkosto.md"}, "sv": {"sv/verkosto.md"}}
        assert not any(line["kept"] for line in lines)  # a page made: the sitemaps are made again
        assert token.encode() in served(server, f"{'sv/' if language == 'sv' else ''}verkosto/index.html")
        whole = assert_serves_a_whole_build(server, project, tmp_path)

    # A page made a stub not yet translated: that page, in both languages; the Swedish one now shows
    # the Finnish text with its contact blocks in the Swedish notice.
    stub = project / "docs" / "sv" / "yhteystiedot.md"
    lines = server.after(stub, stub.read_text(encoding="utf-8"), "---\nuntranslated: true\n---\n")
    assert rebuilt(lines) == {"fi": {"fi/yhteystiedot.md"}, "sv": {"sv/yhteystiedot.md"}}
    whole = assert_serves_a_whole_build(server, project, tmp_path)

    # A contact's phone number: the pages that show the contact, in both languages, the stub too, are
    # patched, and no page is rebuilt.
    contacts = project / "data" / "contacts.yaml"
    phone = re.search(r"\+358[\d ]+\d", contacts.read_text(encoding="utf-8"))
    assert phone
    lines = server.after(contacts, phone[0], "+358 40 000 0000")
    showing = changed_pages(whole, after := assert_serves_a_whole_build(server, project, tmp_path))
    assert rebuilt(lines) == {"fi": set(), "sv": set()}
    assert patched(lines) == len(showing)
    assert all(line["kept"] for line in lines)  # no page made: the sitemaps and 404 pages are as served
    assert "sv/yhteystiedot.md" in showing
    assert 0 < len(showing) < 2 * int(lines[0]["total"])

    # A news item's title: its pages, among the news pages, are rebuilt; the pages with a news marker
    # patched, in both languages (the preview compares the news as a whole); not every page.
    lines = server.after(
        project / "data" / "news.yaml", "fi: Syksyn koulutuspäivä", "fi: Esikatselun koulutuspäivä"
    )
    showing = changed_pages(after, assert_serves_a_whole_build(server, project, tmp_path))
    made = rebuilt(lines)
    assert showing - (made["fi"] | made["sv"]), "no page with a news marker changed"
    assert len(showing - (made["fi"] | made["sv"])) <= patched(lines)
    assert not any(page.endswith(("/index.md", "/ajankohtaista.md")) for page in made["fi"] | made["sv"])
    assert len(made["fi"]) < int(lines[0]["total"])

    # A broken page fails the rebuild; once fixed, the preview rebuilds the site and is whole again.
    page = project / "docs" / "fi" / "verkosto.md"
    text = page.read_text(encoding="utf-8")
    server.after(page, text, f"{text}\n<!-- data:nonexistent -->\n", done=FAILED)
    lines = server.after(page, f"{text}\n<!-- data:nonexistent -->\n", text)
    assert rebuilt(lines)["fi"] >= {"fi/verkosto.md"}
    assert_serves_a_whole_build(server, project, tmp_path)
