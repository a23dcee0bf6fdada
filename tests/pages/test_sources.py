"""Page sources MkDocs would choke on or silently misread get one clear line, and what Markdown makes of
a page is judged before it is published (issue 22): each hostile input beside its variants."""

from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, assert_refused, line_of

from programme_site.core.errors import Problems, SiteError
from programme_site.core.site_config import read_markdown_config
from programme_site.pages.sources import PageSource, check_page_source, check_page_sources, converted_problems

TODAY = date(2026, 11, 25)
MARKDOWN = read_markdown_config(ROOT)
LISTED = {"https://kotoutuminen.fi/"}


def problems(tmp_path: Path, content: bytes) -> list[str]:
    """Every problem `make check` and the build find in a page with `content`, as `file:line: message`."""
    page = tmp_path / "sivu.md"
    page.write_bytes(content)
    try:
        source = check_page_source(page, "docs/fi/sivu.md", TODAY)
    except SiteError as error:
        return [str(one) for one in error.errors]
    return [str(problem) for problem in converted_problems(source, MARKDOWN, LISTED)]


def check(tmp_path: Path, content: bytes) -> str:
    found = problems(tmp_path, content)
    assert found, "the page passed"
    return found[0]


def test_valid_pages_pass(tmp_path: Path) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "a.md").write_text("---\nupdated: 2026-11-25\n---\n# Otsikko\n", encoding="utf-8")
    (tmp_path / "fi" / "b.md").write_text("# Ei etukappaletta\n\n---\n\nTeksti\n", encoding="utf-8")
    found = Problems()
    assert set(check_page_sources(tmp_path, tmp_path, TODAY, found)) == {"fi/a.md", "fi/b.md"}
    assert not found


def test_a_page_checked_before_with_the_same_text_is_not_checked_again(tmp_path: Path) -> None:
    (tmp_path / "fi").mkdir()
    (tmp_path / "fi" / "a.md").write_text("# Otsikko\n\nTeksti.\n", encoding="utf-8")
    (tmp_path / "fi" / "b.md").write_text("# Otsikko\n\nposti@example.fi\n", encoding="utf-8")
    # Made-up earlier results: the same text passes as it passed; a changed text is checked afresh.
    earlier = {
        "fi/a.md": PageSource("docs/fi/a.md", "# Otsikko\n\nTeksti.\n", 1),
        "fi/b.md": PageSource("docs/fi/b.md", "# Otsikko\n\nTeksti.\n", 1),
    }
    found = Problems()
    sources = check_page_sources(tmp_path, tmp_path, TODAY, found, earlier)
    assert sources["fi/a.md"] is earlier["fi/a.md"]
    assert "fi/b.md" not in sources
    assert [error.path for error in found.errors] == ["fi/b.md"]


@pytest.mark.parametrize(
    "content",
    [
        b"---\r\nupdated: 2026-11-25\r\n---\r\n# Otsikko\r\n\r\n`<b>` on koodia.\r\n",
        b"---\rupdated: 2026-11-25\r---\r# Otsikko\r\r`<b>` on koodia.\r",
        b"\xef\xbb\xbf---\nupdated: 2026-11-25\n---\n# Otsikko\n\n`<b>` on koodia.",
    ],
    ids=["windows", "lone-carriage-returns", "byte-order-mark-and-no-final-newline"],
)
def test_line_endings_and_a_byte_order_mark_are_the_same_page(tmp_path: Path, content: bytes) -> None:
    page = tmp_path / "sivu.md"
    page.write_bytes(content)
    source = check_page_source(page, "docs/fi/sivu.md", TODAY)
    assert source.text == "---\nupdated: 2026-11-25\n---\n# Otsikko\n\n`<b>` on koodia.\n"
    assert source.body_line == 4


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, "# Otsikko\n\nÄäkkönen\n".encode() + b"Caf\xe9\n")
    assert message == (
        "docs/fi/sivu.md:4: this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode)."
    )


def test_broken_front_matter_names_the_line(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\ntitle: Etusivu\nupdated: 2026-11-25: x\n---\n# Otsikko\n")
    assert message.startswith("docs/fi/sivu.md:3: this is not valid YAML (mapping values are not allowed")


@pytest.mark.parametrize(
    "content", [b"---\ntitle: Etusivu\n# Otsikko\n", b"---\n---\n# Otsikko\n"], ids=["open", "empty"]
)
def test_unclosed_front_matter(tmp_path: Path, content: bytes) -> None:
    assert check(tmp_path, content) == (
        "docs/fi/sivu.md:1: the front matter that starts with '---' is never closed. Add a '---' line after it."
    )


def test_front_matter_must_be_keys(tmp_path: Path) -> None:
    message = check(tmp_path, b"---\n- a\n- b\n---\n# Otsikko\n")
    assert message == "docs/fi/sivu.md:2: the front matter must be 'key: value' lines."


@pytest.mark.parametrize(
    ("first_line", "key"),
    [
        ("Title: <script src=x.txt></script>", "Title"),
        ("Huom: tämä on tärkeää", "Huom"),
        ("https://a.fi", "https"),
    ],
)
def test_multimarkdown_metadata_is_refused(tmp_path: Path, first_line: str, key: str) -> None:
    # MkDocs would take the line as a page setting (its `title` is printed unescaped) and not show it.
    assert check(tmp_path, f"{first_line}\n\n# Otsikko\n".encode()) == (
        f"docs/fi/sivu.md:1: MkDocs would read this first line as a page setting '{key}' and not show it. "
        "Start the page with a heading (# …), or put settings between '---' lines."
    )


TITLE_ADVICE = (
    "is shown as the page's title in the browser tab and the header, where '<' and '>' would be read as "
    "markup. Write it without them."
)


@pytest.mark.parametrize(
    "title",
    [
        "'Verkosto<script src=\"../ohje.txt\"></script>'",
        '"</title><script src=x.txt></script>"',
        "Verkosto <img src=x>",
        "|\n  Monirivinen\n  <b>x</b>",
    ],
    ids=["script", "closing-title", "img", "block-scalar"],
)
def test_markup_in_the_front_matter_title_is_refused(tmp_path: Path, title: str) -> None:
    message = check(tmp_path, f"---\ntitle: {title}\nupdated: 2026-11-25\n---\n# Otsikko\n".encode())
    assert message == f"docs/fi/sivu.md:2: front matter, field 'title': {TITLE_ADVICE}"


def test_a_date_mkdocs_cannot_read_is_refused(tmp_path: Path) -> None:
    # MkDocs' own loader reads 2026-13-45 as a date and fails; it would then publish the front matter as text.
    message = check(tmp_path, b"---\ntitle: 2026-13-45\nupdated: 2026-11-25\n---\n# Otsikko\n")
    assert message.startswith("docs/fi/sivu.md:2: MkDocs cannot read this front matter (")
    assert message.endswith("). Put the value in quotes.")


@pytest.mark.parametrize(
    "heading",
    [
        "# &lt;/title&gt;&lt;script src=&quot;x.txt&quot;&gt;&lt;/script&gt;",
        "# &#60;script src=x.txt&#62;",
        "Otsikko &lt;b&gt;\n=======",
    ],
    ids=["entities", "numeric-entities", "setext"],
)
def test_markup_in_the_first_heading_is_refused(tmp_path: Path, heading: str) -> None:
    # MkDocs makes a page without a title of its own its first heading, which the theme prints unescaped.
    message = check(tmp_path, f"{heading}\n\nTeksti.\n".encode())
    assert message.startswith("docs/fi/sivu.md:1: the heading '")
    assert message.endswith(
        "' is the page's title in the browser tab and the header, where '<' and '>' would be read as markup. "
        "Write it without them."
    )


HTML_ADVICE = (
    "is not allowed in pages: it would be published as written. "
    "Write it in Markdown; to show '<' as text, put it in backticks (`<b>`) or write &lt;."
)
SCRIPT_ADVICE = (
    "which runs or embeds content in the page. Link to an https:// address or to a page of the site."
)
PLAIN_HTTPS = "is not written as a plain https:// address. Write it as https://… in lower-case, with two forward slashes."


def attribute_advice(name: str) -> str:
    return (
        f"the attribute list sets '{name}', which pages may not set. Only id, class, lang, dir, title are "
        f"allowed: remove '{name}'."
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<script>alert(1)</script>", f"6: raw HTML ('<script>') {HTML_ADVICE}"),
        (
            "Teksti <img src=x onerror=alert(1)> tässä.",
            f"6: raw HTML ('<img src=x onerror=alert(1)>') {HTML_ADVICE}",
        ),
        ('<p style="color:red">x</p>', f"6: raw HTML ('<p style=\"color:red\">') {HTML_ADVICE}"),
        ("<!-- muistiinpano -->", f"6: raw HTML ('<!-- muistiinpano -->') {HTML_ADVICE}"),
        ("<!-- data-block 0 -->", f"6: raw HTML ('<!-- data-block 0 -->') {HTML_ADVICE}"),
        ("`a`\n\\<b>x", f"7: raw HTML ('<b>') {HTML_ADVICE}"),
        ("`x\n`<b>`", f"7: raw HTML ('<b>') {HTML_ADVICE}"),
        # A lone carriage return is a line break to MkDocs: the code span ends, the tag is raw HTML.
        ("a `x\rb` <script>alert(1)</script>", f"7: raw HTML ('<script>') {HTML_ADVICE}"),
        (
            '`koodi\r<meta http-equiv="refresh" content="0;url=https://x.example/">',
            f'7: raw HTML (\'<meta http-equiv="refresh" content="0;ur>\') {HTML_ADVICE}',
        ),
        ("```\r<script>alert(1)</script>", f"7: raw HTML ('<script>') {HTML_ADVICE}"),
        ('Kappale\n{: onclick="alert(1)" }', f"7: {attribute_advice('onclick')}"),
        ('## Otsikko { style="display:none" }', f"6: {attribute_advice('style')}"),
        ("[Linkki](https://kotoutuminen.fi/){ ONMOUSEOVER=x }", f"6: {attribute_advice('ONMOUSEOVER')}"),
        # attr_list reads an attribute list to its last '}', quotes included.
        ('Kappale\n{: title="}" onclick="alert(1)" }', f"7: {attribute_advice('onclick')}"),
        ('*Teksti*{title="}" style="color:red"}', f"6: {attribute_advice('style')}"),
        (
            '[x](verkosto.md){title="}" href="javascript:alert(1)"}',
            f"6: the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        ("- kohta\n{: on\\click=x }", f"7: {attribute_advice('on_click')}"),
        (
            "[Linkki](javascript:alert(1))",
            f"6: the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        (
            "[Linkki]( JaVa&#x09;Script:alert(1))",
            f"6: the link target 'JaVa&#x09;Script:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        (
            "[Linkki](&#106;avascript:alert(1))",
            f"6: the link target '&#106;avascript:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        (
            "![Kuva](data:image/png;base64,AAAA)",
            f"6: the link target 'data:image/png;base64,AAAA' uses 'data:', {SCRIPT_ADVICE}",
        ),
        (
            "[a][x]\n\n[x]: vbscript:msgbox",
            f"8: the link target 'vbscript:msgbox' uses 'vbscript:', {SCRIPT_ADVICE}",
        ),
        (
            "<javascript://%0aalert(1)>",
            f"6: the link target 'javascript://%0aalert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        # Link targets on the next line, as Python-Markdown reads them.
        (
            "[x](\njavascript:alert(1))",
            f"7: the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        (
            "[r]\n\n[r]:\n    javascript:alert(1)",
            f"9: the link target 'javascript:alert(1)' uses 'javascript:', {SCRIPT_ADVICE}",
        ),
        ("![x](\ndata:text/html,x)", f"7: the link target 'data:text/html,x' uses 'data:', {SCRIPT_ADVICE}"),
        ("[x](\n  vbscript:x)", f"7: the link target 'vbscript:x' uses 'vbscript:', {SCRIPT_ADVICE}"),
        # Addresses the external-links list must see: every way a browser reads another site.
        (
            "[x](//evil.example/x)",
            "6: the link target '//evil.example/x' leads to another site without saying how. Write the whole address, https://…",
        ),
        # Markdown reads '\\\\' as one backslash: four make the '\\\\' a browser reads as '//'.
        (
            "[x](\\\\\\\\evil.example/x)",
            "6: the link target '\\\\evil.example/x' leads to another site without saying how. Write the whole address, https://…",
        ),
        ("[x](HTTPS://EVIL.EXAMPLE/)", f"6: the address 'HTTPS://EVIL.EXAMPLE/' {PLAIN_HTTPS}"),
        ("[x](https:evil.example)", f"6: the address 'https:evil.example' {PLAIN_HTTPS}"),
        ("[x](https:\\evil.example)", f"6: the address 'https:\\evil.example' {PLAIN_HTTPS}"),
        ("[x](ftp://evil.example/)", f"6: the address 'ftp://evil.example/' {PLAIN_HTTPS}"),
        ("[x](http://kotoutuminen.fi/)", f"6: the address 'http://kotoutuminen.fi/' {PLAIN_HTTPS}"),
        (
            "<https://evil.example/>",
            "6: the address https://evil.example/ is not listed in data/external_links.yaml. Check that it is the page you mean, then add it to the list.",
        ),
        (
            "[x](&#104;ttps://evil.example/)",
            "6: the address https://evil.example/ is not listed in data/external_links.yaml. Check that it is the page you mean, then add it to the list.",
        ),
        (
            "![Kuva](https://kotoutuminen.fi/)",
            "6: the image 'https://kotoutuminen.fi/' would load from another site. Put the image in the page's folder and link to it there.",
        ),
        (
            "[Kirjoita](mailto:matti)",
            "6: 'mailto:' would publish an e-mail address whole. Put the address in a contact's 'email:' field in data/contacts.yaml, which the site shows as name(at)domain. Show it here with a <!-- data:contacts section=… --> marker.",
        ),
        (
            "[Kirjoita](&#109;ailto:matti)",
            "6: 'mailto:' would publish an e-mail address whole. Put the address in a contact's 'email:' field in data/contacts.yaml, which the site shows as name(at)domain. Show it here with a <!-- data:contacts section=… --> marker.",
        ),
        # Language marks name a real language, and are closed.
        (
            "[sana]{lang=qqq}",
            "6: 'lang=qqq' names no language a screen reader knows. Use a language code such as fi, sv, en or se.",
        ),
        (
            "*sana*{lang=sv-x-evil!}",
            "6: 'lang=sv-x-evil!' names no language a screen reader knows. Use a language code such as fi, sv, en or se.",
        ),
        (
            "Kappale\n{: lang=klingon }",
            "7: 'lang=klingon' names no language a screen reader knows. Use a language code such as fi, sv, en or se.",
        ),
        (
            "[sana]{lang=sv",
            "6: '{lang=sv' is shown as text: an attribute list or language mark must be closed with '}' and follow what it is about, e.g. [words]{lang=sv}.",
        ),
        (
            "Sana {lang=sv} keskellä.",
            "6: '{lang=sv}' is shown as text: an attribute list or language mark must be closed with '}' and follow what it is about, e.g. [words]{lang=sv}.",
        ),
        (
            "Kappale\n{: dir=sideways }",
            "7: 'dir=sideways' is not a text direction. Use one of: ltr, rtl, auto.",
        ),
        (
            "Teksti.[^1]\n\n[^1]: Huomautus.",
            "8: footnotes ([^1]: …) are not supported: the note would not be shown. Write it as a sentence of the text.",
        ),
    ],
)
def test_what_markdown_makes_of_the_page_is_judged(tmp_path: Path, body: str, message: str) -> None:
    found = problems(tmp_path, f"---\nupdated: 2026-11-25\n---\n# Otsikko\n\n{body}\n".encode())
    assert found == [f"docs/fi/sivu.md:{message}"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "Teksti\u202e.\n",
            "the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) in column 7 is not allowed",
        ),
        (
            "Teksti\u2066x\u2069.\n",
            "the invisible character U+2066 (LEFT-TO-RIGHT ISOLATE) in column 7 is not allowed",
        ),
        ("Teksti\x00.\n", "the invisible character U+0000 in column 7 is not allowed"),
        (
            "Teksti\u2028jatkuu.\n",
            "the invisible character U+2028 (LINE SEPARATOR) in column 7 is not allowed",
        ),
    ],
    ids=["right-to-left-override", "isolate", "nul", "line-separator"],
)
def test_invisible_characters_are_refused_with_their_position(
    tmp_path: Path, content: str, message: str
) -> None:
    assert check(tmp_path, f"# Otsikko\n\n{content}".encode()) == (
        f"docs/fi/sivu.md:3: {message}: it can make a text read differently from what is published. Delete it."
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- " * 11 + "syvä", "lists, quotes or indentation are nested 11 levels deep here; the limit is 10."),
        ("> " * 11 + "syvä", "lists, quotes or indentation are nested 11 levels deep here; the limit is 10."),
        ("".join(" " * (4 * level) + "- kohta\n" for level in range(12)).rstrip(), None),
        (
            "[" * 401,
            "this paragraph has more than 400 of the characters [ < * _, which start links and markup.",
        ),
        ("[a](" * 401, "this paragraph has more than 400 of the characters [ < * _"),
        ("<a " * 201, "the text has 201 '<' characters; the limit is 200. Write fewer of them."),
        ("*" * 300 + "a" + "*" * 300, "this paragraph has more than 400 of the characters [ < * _"),
        ("x" * 10_001, "this line has 10001 characters; the limit is 10000. Break it into paragraphs."),
    ],
    ids=["list", "quote", "indentation", "brackets", "open-links", "tags", "emphasis", "line"],
)
def test_limits_are_kept_before_markdown_reads_the_page(
    tmp_path: Path, body: str, message: str | None
) -> None:
    found = problems(tmp_path, f"# Otsikko\n\n{body}\n".encode())
    if message:
        assert len(found) == 1
        assert found[0].startswith("docs/fi/sivu.md:3: ")
        assert message in found[0]
    else:  # the twelfth and thirteenth levels of indentation are over the limit
        assert [problem.split(" here")[0] for problem in found] == [
            "docs/fi/sivu.md:13: lists, quotes or indentation are nested 11 levels deep",
            "docs/fi/sivu.md:14: lists, quotes or indentation are nested 12 levels deep",
        ]


def test_a_page_over_the_size_limit_is_refused_alone(tmp_path: Path) -> None:
    text = "# Otsikko\n\n" + ("Teksti. " * 100 + "\n\n") * 130 + "<script>\n"
    assert problems(tmp_path, text.encode()) == [
        f"docs/fi/sivu.md:1: the text has {len(text)} characters; the limit is 100000. Split it into several pages."
    ]


def test_code_markers_and_harmless_attributes_pass(tmp_path: Path) -> None:
    assert (
        problems(
            tmp_path,
            b"---\nupdated: 2026-11-25\n---\n# Otsikko {#alku .iso lang=fi}\n\n"
            b"Kirjoita `<script>` tai ``a `<b>` c`` ja 1 &lt; 2, a < b &amp; c.\n\n"
            b"    <script>alert(1)</script>\n\n"
            b"```{ .html onclick=x }\n<b>koodi</b>\n```\n\n"
            b"<!-- data:contacts section=ohjelma -->\n\n"
            b'Osoite <https://kotoutuminen.fi/> ja [linkki](verkosto.md){ title="Verkosto" dir=ltr } '
            b"[puhelin](tel:+358295047582) [kohta](#alku) [se]{lang=se} [dari]{lang=prs} [en-GB]{lang=en-GB}.\n\n"
            b"3. kolmas\n4. nelj\xc3\xa4s\n",
        )
        == []
    )


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
    (tmp_path / "fi" / "b.md").write_text("# Otsikko\n\nTeksti\u202e.\n", encoding="utf-8")
    found = Problems()
    check_page_sources(tmp_path, tmp_path, TODAY, found)
    assert [str(error).split(": ", 1)[0] for error in found.errors] == [
        "fi/a.md:3",  # the unknown front matter key
        "fi/a.md:2",  # the date
        "fi/a.md:9",  # the e-mail address
        "fi/b.md:3",  # the invisible character
    ]
