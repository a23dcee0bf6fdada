"""Page sources MkDocs would choke on or silently misread get one clear line."""

from datetime import date
from pathlib import Path

import pytest
from conftest import assert_refused, line_of

from programme_site.build.page_sources import check_page_source, check_page_sources
from programme_site.core.errors import SiteError

TODAY = date(2026, 11, 25)


def check(tmp_path: Path, content: bytes) -> str:
    page = tmp_path / "sivu.md"
    page.write_bytes(content)
    with pytest.raises(SiteError) as error:
        check_page_source(page, "docs/fi/sivu.md", TODAY)
    return str(error.value)


def test_valid_pages_pass(tmp_path: Path) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "a.md").write_text("---\nupdated: 2026-11-25\n---\n# Otsikko\n", encoding="utf-8")
    (tmp_path / "fi" / "b.md").write_text("# Ei etukappaletta\n\n---\n\nTeksti\n", encoding="utf-8")
    check_page_sources(tmp_path, tmp_path, TODAY)


def test_windows_line_endings_are_the_same_page(tmp_path: Path) -> None:
    page = tmp_path / "sivu.md"
    page.write_bytes(b"---\r\nupdated: 2026-11-25\r\n---\r\n# Otsikko\r\n\r\n`<b>` on koodia.\r\n")
    check_page_source(page, "docs/fi/sivu.md", TODAY)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, "# Otsikko\n\nÄäkkönen\n".encode() + b"Caf\xe9\n")
    assert message == (
        "docs/fi/sivu.md:4: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode)."
    )


def test_broken_front_matter_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\ntitle: Etusivu\nupdated: 2026-11-25: x\n---\n# Otsikko\n")
    assert message.startswith("docs/fi/sivu.md:3: this is not valid YAML (mapping values are not allowed")


def test_unclosed_front_matter(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\ntitle: Etusivu\n# Otsikko\n")
    assert message == (
        "docs/fi/sivu.md:1: the front matter that starts with '---' is never closed. Add a '---' line after it."
    )


def test_front_matter_must_be_keys(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\n- a\n- b\n---\n# Otsikko\n")
    assert message == "docs/fi/sivu.md:2: the front matter must be 'key: value' lines."


def markup_message(tmp_path: Path, body: str) -> str:
    return check(tmp_path, f"---\nupdated: 2026-11-25\n---\n# Otsikko\n\n{body}\n".encode())


HTML_ADVICE = (
    "is not allowed in pages: it would be published as written. "
    "Write it in Markdown; to show '<' as text, put it in backticks (`<b>`) or write &lt;."
)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<script>alert(1)</script>", f"docs/fi/sivu.md:6: raw HTML ('<script>') {HTML_ADVICE}"),
        (
            "Teksti <img src=x onerror=alert(1)> tässä.",
            f"docs/fi/sivu.md:6: raw HTML ('<img src=x onerror=alert(1)>') {HTML_ADVICE}",
        ),
        (
            '<p style="color:red">x</p>',
            f"docs/fi/sivu.md:6: raw HTML ('<p style=\"color:red\">') {HTML_ADVICE}",
        ),
        ("<!-- muistiinpano -->", f"docs/fi/sivu.md:6: raw HTML ('<!-- muistiinpano -->') {HTML_ADVICE}"),
        ("`a`\n\\<b>x", f"docs/fi/sivu.md:7: raw HTML ('<b>') {HTML_ADVICE}"),
        # A code span that Markdown could pair across lines hides nothing: its lines are checked as text.
        ("`x\n`<b>`", f"docs/fi/sivu.md:7: raw HTML ('<b>') {HTML_ADVICE}"),
        ("    <script>alert(1)</script>", f"docs/fi/sivu.md:6: raw HTML ('<script>') {HTML_ADVICE}"),
        (
            'Kappale\n{: onclick="alert(1)" }',
            "docs/fi/sivu.md:7: the attribute list '{: onclick=\"alert(1)\" }' sets 'onclick', which pages "
            "may not set. Only id, class, lang, dir, title are allowed: remove 'onclick'.",
        ),
        (
            '## Otsikko { style="display:none" }',
            "docs/fi/sivu.md:6: the attribute list '{ style=\"display:none\" }' sets 'style',",
        ),
        (
            "[Linkki](https://a.fi/){ ONMOUSEOVER=x }",
            "docs/fi/sivu.md:6: the attribute list '{ ONMOUSEOVER=x }' sets 'onmouseover',",
        ),
        (
            "[Linkki](javascript:alert(1))",
            "docs/fi/sivu.md:6: the link target 'javascript:alert(1' uses 'javascript:', which runs or embeds "
            "content in the page. Link to an https:// address or to a page of the site.",
        ),
        (
            "[Linkki]( JaVa&#x09;Script:alert(1))",
            "docs/fi/sivu.md:6: the link target 'JaVa&#x09;Script:alert(1' uses 'javascript:',",
        ),
        (
            "![Kuva](data:image/png;base64,AAAA)",
            "docs/fi/sivu.md:6: the link target 'data:image/png;base64,AAAA' uses 'data:',",
        ),
        (
            "[a][x]\n\n[x]: vbscript:msgbox",
            "docs/fi/sivu.md:8: the link target 'vbscript:msgbox' uses 'vbscript:',",
        ),
        (
            "<javascript://%0aalert(1)>",
            "docs/fi/sivu.md:6: the link target 'javascript://%0aalert(1)' uses 'javascript:',",
        ),
        (
            "```{ .html onclick=x }\n<b>koodi</b>\n```",
            "docs/fi/sivu.md:6: the attribute list '{ .html onclick=x }' sets 'onclick',",
        ),
    ],
    ids=[
        "script",
        "onerror",
        "style",
        "comment",
        "backslash-is-no-escape",
        "span-across-lines",
        "indented",
        "attr-onclick",
        "attr-style",
        "attr-upper-case",
        "javascript-link",
        "entity-in-scheme",
        "data-image",
        "reference-vbscript",
        "autolink-javascript",
        "fence-attributes",
    ],
)
def test_raw_html_and_script_links_are_refused(tmp_path: Path, body: str, message: str) -> None:
    assert markup_message(tmp_path, body).startswith(message)


def test_code_markers_and_harmless_attributes_pass(tmp_path: Path) -> None:
    page = tmp_path / "sivu.md"
    page.write_text(
        "---\nupdated: 2026-11-25\n---\n# Otsikko {#alku .iso lang=fi}\n\n"
        "Kirjoita `<script>` tai ``a `<b>` c`` ja 1 &lt; 2, a < b.\n\n"
        '```html\n<script>alert(1)</script>\n<p style="x">\n```\n\n'
        "<!-- data:contacts section=ohjelma -->\n\n"
        'Osoite <https://kotoutuminen.fi/> ja [linkki](verkosto.md){ title="Verkosto" dir=ltr }.\n',
        encoding="utf-8",
    )
    check_page_source(page, "docs/fi/sivu.md", TODAY)


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('PLANTED')</script>",
        "[PLANTED](javascript:alert(1))",
        'PLANTED\n{: onclick="alert(1)" }',
    ],
    ids=["script", "javascript-link", "attribute-list"],
)
def test_the_build_and_checker_refuse_raw_html(project_with_site: Path, body: str) -> None:
    page = project_with_site / "docs" / "sv" / "verkosto.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{body}\n", encoding="utf-8")
    line = line_of(page, "PLANTED")
    line += "onclick" in body  # the attribute list is on the line after the text
    assert_refused(project_with_site, f"docs/sv/verkosto.md:{line}: ", planted="PLANTED")


def test_every_problem_of_every_page_at_once(tmp_path: Path) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "a.md").write_text(
        "---\nupdated: 2026-13-01\nupdatd: 2026-11-25\n---\n# Otsikko\n\n<b>lihava</b>\n\nKirjoita: x@y.fi\n",
        encoding="utf-8",
    )
    (tmp_path / "fi" / "b.md").write_text("# Otsikko\n\n[linkki](javascript:alert(1))\n", encoding="utf-8")
    with pytest.raises(SiteError) as error:
        check_page_sources(tmp_path, tmp_path, TODAY)
    assert [line.split(": ", 1)[0] for line in str(error.value).split("\n")] == [
        "fi/a.md:3",  # the unknown front matter key
        "fi/a.md:2",  # the date
        "fi/a.md:9",  # the e-mail address
        "fi/a.md:7",  # the raw HTML
        "fi/b.md:3",  # the script link
    ]
