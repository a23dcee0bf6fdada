"""Issue 22: a page's text never becomes markup. Hostile pages, data and files planted in a copy of the
fixture site, each with its variants, are refused by one `make build` and one `make check`: every one
with its `file:line: message`, no traceback, no hang, and nothing of them in site/.

The pages are new files beside the fixture's own; unit tests of each rule are in tests/pages/test_sources.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    BUILD_SCRIPT,
    SITE_URL,
    built,
    copy_environment,
    fixture_project,
    make_project,
    run_make,
    snapshot,
)

# A hang is a failure, not a slow machine: these bounds are far above what the commands take.
HANG = 300
FRONT_MATTER = "---\nupdated: 2026-11-26\nreview_by: 2027-05-31\n---\n\n"
FINNISH = "# Otsikko\n\nTämä kokeilusivu kertoo suomeksi, miten sivuston tarkistukset toimivat.\n\n"
SWEDISH = "# Rubrik\n\nDen här provsidan berättar på svenska hur webbplatsens kontroller fungerar.\n\n"
BODY_LINE = 10  # the first line after FRONT_MATTER and FINNISH

SCRIPT = "which runs or embeds content in the page. Link to an https:// address or to a page of the site."
HTML = "is not allowed in pages: it would be published as written."
PLAIN = "is not written as a plain https:// address."
TITLE = "is the page's title in the browser tab and the header, where '<' and '>' would be read as markup."
ATTRIBUTE = "which pages may not set. Only id, class, lang, dir, title are allowed"

# name: (the Finnish page's body after FINNISH, its line in the page, the start of the message)
PAGES = {
    # Markup in front matter: the title the theme prints unescaped, and the first heading MkDocs makes one of.
    "title-script": (None, 2, "front matter, field 'title': is shown as the page's title"),
    "heading-entities": (None, 6, f"the heading '</title><script src=\"x.txt\"></script>' {TITLE}"),
    "multimarkdown": (
        None,
        1,
        "MkDocs would read this first line as a page setting 'title' and not show it.",
    ),
    # A lone carriage return is a line break, as MkDocs reads it: raw HTML after a code span or a fence.
    "cr-code-span": ("a `x\rb` <script>alert(1)</script>", 11, f"raw HTML ('<script>') {HTML}"),
    "cr-fence": ("```\r<script>alert(1)</script>", 11, f"raw HTML ('<script>') {HTML}"),
    "cr-meta": (
        'Teksti `x\r<meta http-equiv="refresh" content="0">',
        11,
        'raw HTML (\'<meta http-equiv="refresh"',
    ),
    # Link targets on the next line.
    "next-line-link": (
        "[x](\njavascript:alert(1))",
        11,
        f"the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT}",
    ),
    "next-line-reference": (
        "[r]\n\n[r]:\n    javascript:alert(1)",
        13,
        f"the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT}",
    ),
    "next-line-image": (
        "![x](\ndata:text/html,x)",
        11,
        f"the link target 'data:text/html,x' uses 'data:', {SCRIPT}",
    ),
    # A quoted '}' in an attribute list: attr_list reads on to the last one.
    "quoted-brace-onclick": (
        'Kappale\n{: title="}" onclick="alert(1)" }',
        11,
        f"the attribute list sets 'onclick', {ATTRIBUTE}",
    ),
    "quoted-brace-style": (
        '*Teksti*{title="}" style="color:red"}',
        10,
        f"the attribute list sets 'style', {ATTRIBUTE}",
    ),
    "quoted-brace-href": (
        '[x](https://kotoutuminen.fi/){title="}" href="javascript:alert(1)"}',
        10,
        f"the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT}",
    ),
    # External links the list must see.
    "scheme-relative": (
        "[x](//evil.example/x)",
        10,
        "the link target '//evil.example/x' leads to another site without saying how.",
    ),
    "upper-case-scheme": ("[x](HTTPS://EVIL.EXAMPLE/)", 10, f"the address 'HTTPS://EVIL.EXAMPLE/' {PLAIN}"),
    "no-slashes": ("[x](https:evil.example)", 10, f"the address 'https:evil.example' {PLAIN}"),
    "backslash": ("[x](https:\\evil.example)", 10, f"the address 'https:\\evil.example' {PLAIN}"),
    "ftp": ("[x](ftp://evil.example/)", 10, f"the address 'ftp://evil.example/' {PLAIN}"),
    "unlisted": (
        "<https://evil.example/>",
        10,
        "the address https://evil.example/ is not listed in data/external_links.yaml.",
    ),
    # Deep or pathological Markdown: refused before Markdown reads it.
    "deep-list": ("- " * 10_000 + "x", 10, "this line has 20001 characters; the limit is 10000."),
    "deep-indentation": (
        "".join(" " * (4 * level) + "- x\n" for level in range(12)),
        20,
        "lists, quotes or indentation are nested 11 levels deep here",
    ),
    "deep-quote": ("> " * 50 + "x", 10, "lists, quotes or indentation are nested 50 levels deep here"),
    "nested-brackets": ("[" * 20_000, 10, "this line has 20000 characters; the limit is 10000."),
    "many-brackets": (
        "\n".join(["[a](" * 100] * 5),
        10,
        "this paragraph has more than 400 of the characters [ < * _",
    ),
    # Unicode that hides meaning.
    "bidi": (
        "Teksti\u202eesrevetni.",
        10,
        "the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) in column 7",
    ),
    "nul": ("Teksti\x00.", 10, "the invisible character U+0000 in column 7"),
    "unknown-language": ("[sana]{lang=qqq}", 10, "'lang=qqq' names no language a screen reader knows."),
    "unclosed-language": ("[sana]{lang=sv", 10, "'{lang=sv' is shown as text"),
    # A footnote definition, which Markdown would silently drop.
    "footnote": ("Teksti.[^1]\n\n[^1]: Huomautus.", 12, "footnotes ([^1]: …) are not supported"),
}
SPECIAL_PAGES = {
    "title-script": FRONT_MATTER.replace(
        "---\n", "---\ntitle: 'Verkosto<script src=\"../ohje.txt\"></script>'\n", 1
    )
    + FINNISH,
    "heading-entities": FRONT_MATTER
    + "# &lt;/title&gt;&lt;script src=&quot;x.txt&quot;&gt;&lt;/script&gt;\n\nTämä kokeilusivu kertoo suomeksi asioista.\n",
    "multimarkdown": "title: <script src=x.txt></script>\n\n" + FINNISH,
}
# Files whose address is taken, and data that hides meaning or would hang a reader.
FILES = {
    "docs/fi/verkosto/index.md": (
        None,
        "this file and docs/fi/verkosto.md would both be published at /verkosto/",
    ),
    "docs/fi/sv.md": (
        None,
        "this file would be published at /sv/, where the site keeps the pages of another language.",
    ),
    "docs/fi/pr-preview.md": (
        None,
        "this file would be published at /pr-preview/, where the site keeps the previews of pull requests.",
    ),
    "docs/sv/search.md": (
        None,
        "this file would be published at /sv/search/, where the site keeps the search index.",
    ),
    "docs/fi/ajankohtaista/2024-01-02-kokeilu/index.md": (
        None,
        "this file has the address of a page made from data/news.yaml.",
    ),
}


# A news item of the test's own, whose page a planted file claims.
NEWS_ITEM = """  - id: kokeilu
    date: 2024-01-02
    type: uutinen
    title:
      fi: Kokeiluuutinen sivuston tarkistuksia varten
      sv: En provnyhet för webbplatsens kontroller
    body:
      fi: Tämä uutinen on olemassa vain sivuston testiä varten.
      sv: Den här nyheten finns bara för webbplatsens test.
"""


def plant(project: Path) -> list[str]:
    """Plant every hostile input; return the `file:line: message` starts the commands must print."""
    expected = []
    for name, (body, line, message) in PAGES.items():
        fi, sv = (project / "docs" / language / f"h-{name}.md" for language in ("fi", "sv"))
        text = SPECIAL_PAGES.get(name) or FRONT_MATTER + FINNISH + f"{body}\n"
        fi.write_bytes(text.encode())
        sv.write_text(FRONT_MATTER + SWEDISH, encoding="utf-8")
        expected.append(f"docs/fi/h-{name}.md:{line}: {message}")
    for path, (_, message) in FILES.items():
        page = project / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(FRONT_MATTER + (SWEDISH if "/sv/" in path else FINNISH), encoding="utf-8")
        expected.append(f"{path}: {message}")
    (project / "docs" / "fi" / "x.txt").write_text("document.title = 'PLANTED'\n", encoding="utf-8")
    news = project / "data" / "news.yaml"
    news.write_text(
        news.read_text(encoding="utf-8").replace("news:\n", "news:\n" + NEWS_ITEM, 1), encoding="utf-8"
    )
    return expected


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    project = fixture_project(tmp_path_factory.mktemp("hostile") / "project")
    built(project)  # a site/ that the failed build must leave as it was
    return project, plant(project)


def run(project: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=project,
        capture_output=True,
        text=True,
        env={**copy_environment(project), "SITE_URL": SITE_URL},
        timeout=HANG,
        check=False,
    )


def printed(output: str) -> list[str]:
    return [line.split("-  ", 1)[-1] if line.startswith("ERROR") else line for line in output.splitlines()]


def missing(output: str, expected: list[str]) -> list[str]:
    lines = printed(output)
    return [start for start in expected if not any(line.startswith(start) for line in lines)]


def test_one_check_refuses_every_hostile_input(hostile: tuple[Path, list[str]]) -> None:
    project, expected = hostile
    result = run(project, [sys.executable, "-m", "programme_site.checker"])
    assert result.returncode == 1
    assert missing(result.stdout, expected) == [], result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_one_build_refuses_every_hostile_input_and_publishes_none(hostile: tuple[Path, list[str]]) -> None:
    project, expected = hostile
    before = snapshot(project / "site")
    build = run(project, [sys.executable, str(BUILD_SCRIPT), str(project)])  # what `make build` runs
    assert build.returncode != 0
    assert missing(build.stderr, expected) == [], build.stderr
    assert "The build failed; site/ was not changed." in build.stderr
    assert "Traceback" not in build.stdout + build.stderr
    assert snapshot(project / "site") == before
    # MkDocs itself, without the safe build around it, stops before writing any file.
    direct = project / "direct"
    assert (
        run(project, [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(direct)]).returncode != 0
    )
    assert [path for path in direct.rglob("*") if path.is_file()] == []


# A kilobyte that stands for 9^9 values: a reader that walks it never ends.
ALIAS_BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("file", "before"),
    [
        ("data/news.yaml", "settings:\n"),
        ("data/contacts.yaml", "contacts:\n"),
        ("data/external_links.yaml", "links:\n"),
        ("translations.lock", "ajankohtaista.md:\n"),
        ("docs/fi/verkosto.md", "updated:"),
    ],
)
def test_an_alias_bomb_is_refused_before_it_is_read(project: Path, file: str, before: str) -> None:
    path = project / file
    bomb = ALIAS_BOMB if file.endswith((".yaml", ".lock")) else "bomb: &a [x]\n"
    path.write_text(path.read_text(encoding="utf-8").replace(before, bomb + before, 1), encoding="utf-8")
    line = path.read_text(encoding="utf-8").split("\n").index(bomb.split("\n")[0]) + 1
    message = f"{file}:{line}: YAML anchors and aliases (&name, *name) are not used here. Write the value out in full."
    check = run(project, [sys.executable, "-m", "programme_site.checker"])
    assert message in check.stdout.splitlines(), check.stdout
    if file != "translations.lock":  # the build does not read the lock
        build = run(project, [sys.executable, str(BUILD_SCRIPT), str(project)])
        assert message in printed(build.stderr), build.stderr
    for output in (check.stdout, check.stderr):
        assert "Traceback" not in output


def test_a_merge_key_is_named_for_what_it_is(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("updated:", "<<: {title: x}\nupdated:", 1), encoding="utf-8"
    )
    check = run(project, [sys.executable, "-m", "programme_site.checker"])
    assert (
        "docs/fi/verkosto.md:2: YAML merge keys ('<<:') are not used here. Write each field out in full."
        in (check.stdout.splitlines())
    ), check.stdout


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "fi: Kokeiluuutinen",
            "fi: Kokeilu\u202euutinen",
            "'title.fi': the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)",
        ),
        (
            "fi: Tämä uutinen",
            "fi: Tämä \u2066x\u2069 uutinen",
            "'body.fi': the invisible character U+2066 (LEFT-TO-RIGHT ISOLATE)",
        ),
        (
            "fi: Kokeiluuutinen",
            "fi: " + "Pitkä otsikko " * 25,
            "'title.fi': is 379 characters long; the limit is 300. Shorten it.",
        ),
        (
            "fi: Tämä uutinen",
            "fi: Tämä [uutinen]{lang=qqq}",
            "'body.fi': 'lang=qqq' names no language a screen reader knows.",
        ),
    ],
    ids=["bidi-title", "isolate-body", "long-title", "unknown-language"],
)
def test_a_data_text_that_hides_meaning_is_refused(project: Path, old: str, new: str, message: str) -> None:
    news = project / "data" / "news.yaml"
    item = NEWS_ITEM.replace(old, new, 1)
    news.write_text(
        news.read_text(encoding="utf-8").replace("news:\n", "news:\n" + item, 1), encoding="utf-8"
    )
    line = (
        news.read_text(encoding="utf-8").split("\n").index(f"      {new}" + item.split(new)[1].split("\n")[0])
        + 1
    )
    expected = f"data/news.yaml:{line}: news item kokeilu, field {message}"
    check = run(project, [sys.executable, "-m", "programme_site.checker"])
    assert any(printed_line.startswith(expected) for printed_line in check.stdout.splitlines()), check.stdout
    build = run(project, [sys.executable, str(BUILD_SCRIPT), str(project)])
    assert any(printed_line.startswith(expected) for printed_line in printed(build.stderr)), build.stderr
    assert "Traceback" not in check.stdout + check.stderr + build.stdout + build.stderr


def test_attachments_over_the_size_limits_are_refused(project: Path) -> None:
    def attachment(name: str, size: int) -> None:
        with (project / "docs" / "fi" / name).open("wb") as file:
            file.truncate(size)  # sparse: the size without the disk

    attachment("iso.pdf", 10_000_001)
    for number in range(10):
        attachment(f"osa-{number}.pdf", 9_500_000)
    expected = [
        "docs/fi/iso.pdf: the file has 10.0 MB; the limit is 10 MB. Make it smaller, or link to it where it is published.",
        "docs: the files in it have 105.0 MB in all; the limit is 100 MB. Remove or shrink attachments.",
    ]
    check = run(project, [sys.executable, "-m", "programme_site.checker"])
    assert missing(check.stdout, expected) == [], check.stdout
    build = run(project, [sys.executable, str(BUILD_SCRIPT), str(project)])
    assert missing(build.stderr, expected) == [], build.stderr
    assert not (project / "site").exists()


def test_make_sync_refuses_a_hostile_page(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    for language, text in (("fi", FINNISH + "[x](\njavascript:alert(1))\n"), ("sv", SWEDISH)):
        (project / "docs" / language / "h-sync.md").write_text(FRONT_MATTER + text, encoding="utf-8")
    lock = (project / "translations.lock").read_bytes()
    result = run_make(project, "make sync PAGE=h-sync.md")
    assert result.returncode != 0
    assert (
        f"docs/fi/h-sync.md:{BODY_LINE + 1}: the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT}"
        in result.stdout.splitlines()
    ), result.stdout
    assert (project / "translations.lock").read_bytes() == lock


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Uutinen\u202eesrevetni", "the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) in column 8"),
        ("Otsikko " * 12_500, "is 99999 characters long; the limit is 300. Shorten it."),
    ],
    ids=["bidi", "long"],
)
def test_make_news_refuses_a_title_the_data_would_refuse(tmp_path: Path, title: str, message: str) -> None:
    project = make_project(tmp_path)
    news = (project / "data" / "news.yaml").read_bytes()
    result = run_make(project, "make news", TITLE=title)
    assert result.returncode != 0
    assert result.stderr.startswith(f"make news TITLE: {message}"), result.stderr
    assert (project / "data" / "news.yaml").read_bytes() == news
