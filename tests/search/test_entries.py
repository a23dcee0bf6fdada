"""search/entries.py reads a page as Material's search plugin does (its Parser and
SearchIndex are the reference), by its quick pattern where it can and by html.parser elsewhere.

Every page of the real site and of a synthetic one is compared in tests/integration/test_search_index_entries.py;
here, HTML those pages never have."""

from types import SimpleNamespace

import pytest
from material.plugins.search.plugin import Parser, SearchIndex
from mkdocs.structure.toc import AnchorLink

from programme_site.search.entries import _read, _read_quickly, search_entries

MARKDOWN_HTML = {
    "headings and paragraphs": (
        '<h1 id="otsikko">Otsikko</h1>\n<p>Ensimmäinen &amp; <strong>toinen</strong>\nrivi.</p>\n'
        '<h2 id="alaotsikko">Ala<em>otsikko</em><a class="headerlink" href="#alaotsikko">¶</a></h2>\n'
        "<ul>\n<li>yksi</li>\n<li>kaksi &lt;b&gt;</li>\n</ul>\n<p> </p>\n<h3>Ei tunnistetta</h3><p>teksti</p>"
    ),
    "text before the first heading": '<p>Alku</p>\n<h2 id="a">A</h2>\n<p>a</p>\n<h2 id="b">B</h2>',
    "a second-level heading first": '<h2 id="a">A</h2><p>a</p><h1 id="b">B</h1><p>b</p>',
    "code and preformatted text": '<h1 id="x">X</h1><pre><code>rivi 1\n  rivi  2\n\n</code></pre><p><code>a\nb</code></p>',
    "a heading inside another element": (
        '<h1 id="a">A</h1><div class="admonition"><h2 id="b">B</h2><p>sisällä</p></div><p>ulkona</p>'
    ),
    "empty elements": '<h1 id="a">A</h1><p></p><p>\n</p><ul><li> </li></ul><sub></sub><p>lopuksi</p>',
    "void and self-closed elements": '<h1 id="a">A</h1><p>rivi<br />toinen<img alt="kuva" src="x.png" /></p><span/>',
    "attributes with and without values": '<h1 id="a" class="">A</h1><p hidden lang="sv" title="a &quot;b&quot;">text</p>',
    "excluded parts": (
        '<h1 id="a">A</h1><div data-search-exclude><p>piilossa</p><div><p>myös</p></div><p>näkyy</p></div>'
        '<h2 id="b" data-search-exclude>B</h2><p>b</p><table class="linenodiv"><tr><td>1</td></tr></table><p>c</p>'
    ),
    "upper-case tags": '<H1 ID="A">A</H1><P>teksti</P>',
    "a stray end tag": '</p><h1 id="a">A</h1></div><p>x</p>',
}
OTHER_HTML = {
    "a comment": '<h1 id="a">A</h1><!-- <p>ei</p> --><p>kyllä</p>',
    "a script": '<h1 id="a">A</h1><script>if (a < b) {}</script><p>x</p>',
    "a style": '<h1 id="a">A</h1><style>p > a {}</style><p>x</p>',
    "single-quoted attributes": "<h1 id='a'>A</h1><p class='x'>x</p>",
    "a bare less-than sign": '<h1 id="a">A</h1><p>a < b</p>',
    "a declaration": '<!DOCTYPE html><h1 id="a">A</h1>',
}


def _materials(html: str) -> list[tuple[object, ...]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        (section.el.tag, section.is_excluded(), section.id, section.title, section.text)
        for section in parser.data
    ]


def _ours(sections: list) -> list[tuple[object, ...]]:
    return [(section.tag, section.excluded, section.id, section.title, section.text) for section in sections]


@pytest.mark.parametrize("html", MARKDOWN_HTML.values(), ids=MARKDOWN_HTML.keys())
def test_markdowns_html_is_read_quickly_as_material_reads_it(html: str) -> None:
    sections = _read_quickly(html)
    assert sections is not None
    assert _ours(sections) == _materials(html)


@pytest.mark.parametrize("html", OTHER_HTML.values(), ids=OTHER_HTML.keys())
def test_other_html_goes_to_html_parser_and_is_read_as_material_reads_it(html: str) -> None:
    assert _read_quickly(html) is None
    assert _ours(_read(html)) == _materials(html)


def test_entries_are_materials() -> None:
    html = MARKDOWN_HTML["headings and paragraphs"] + MARKDOWN_HTML["excluded parts"]
    toc = [AnchorLink("Otsikko", "otsikko", 1)]
    toc[0].children = [AnchorLink("Alaotsikko", "alaotsikko", 2)]
    page = SimpleNamespace(toc=toc, url="sivu/", meta={}, title="Sivun otsikko")
    index = SearchIndex()
    parser = Parser()
    parser.feed(html)
    parser.close()
    for section in parser.data:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
    entries = list(search_entries(html, toc, "sivu/", "Sivun otsikko"))
    assert entries == index.entries
    assert [entry["location"] for entry in entries][:3] == ["sivu/", "sivu/#alaotsikko", "sivu/#a"]


def test_a_section_with_no_heading_text_takes_the_pages_title() -> None:
    entries = list(search_entries('<p>alku</p><h2 id="a"></h2><p>a</p>', [], "s/", "Sivu"))
    assert [(entry["location"], entry["title"]) for entry in entries] == [("s/", "Sivu"), ("s/#a", "Sivu")]
