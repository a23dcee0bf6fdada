"""Reading a page into an outline: structure counted, links and facts found, each with its line."""

import xml.etree.ElementTree as etree

import markdown
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from programme_site.core.errors import SiteError
from programme_site.core.site_config import read_markdown_config
from programme_site.pages.outline import Heading, Image, Link, Marker, parse_page, visible_text
from programme_site.pages.text import decoded, fingerprint

PAGE = """\
# Otsikko {#alku}

Johdanto, jossa on [linkki](muu.md#kohta) ja <https://example.fi/2024/> ja [posti](mailto:a@b.fi).

Alaotsikko
----------

- kohta 1
- kohta 2
  1. alakohta

| Vuosi | Määrä |
| --- | --- |
| 2022 | 7,35 |
| 2023 | 8 |

![Kaavio vuodelta 2021](kaavio.png)
![](tyhja.png)

<!-- data:contacts section=ohjelma -->
<!-- tavallinen kommentti 1999 -->

```
koodia 1234
```

[viite]: https://example.fi/viite

### Viimeinen ###
"""


def test_outline_of_a_page() -> None:
    outline = parse_page(PAGE, "docs/fi/sivu.md")
    assert outline.headings == [
        Heading(1, 1, "Otsikko"),
        Heading(5, 2, "Alaotsikko"),
        Heading(29, 3, "Viimeinen"),
    ]
    intro, sub, last = outline.sections[1:]
    assert outline.sections[0].heading is None
    # Link addresses are not facts (the 2024 in the address is not), but an e-mail address is.
    assert [fact.key for fact in intro.facts] == [("email", "a@b.fi")]
    assert sub.list_items == [8, 9, 10]
    assert sub.table_rows == [12, 14, 15]
    assert sub.images == [Image(17, "kaavio.png", "Kaavio vuodelta 2021"), Image(18, "tyhja.png", "")]
    assert sub.markers == [Marker(20, "data:contacts section=ohjelma")]
    assert [fact.key for fact in sub.facts] == [
        ("number", "1"),
        ("number", "2"),
        ("number", "2022"),
        ("number", "7.35"),
        ("number", "2023"),
        ("number", "8"),
        ("number", "2021"),
    ]
    assert last.facts == []
    assert outline.links == [
        Link(3, "muu.md#kohta"),
        Link(3, "mailto:a@b.fi"),
        Link(3, "https://example.fi/2024/"),
        Link(27, "https://example.fi/viite"),
    ]
    assert not outline.untranslated


def test_email_in_a_mailto_link_is_a_fact() -> None:
    outline = parse_page("Kirjoita [meille](mailto:Nimi@gov.fi).\n", "docs/fi/sivu.md")
    assert [fact.key for fact in outline.sections[0].facts] == [("email", "nimi@gov.fi")]


def test_a_stub_declared_untranslated() -> None:
    outline = parse_page("---\ntitle: x\nuntranslated: true\n---\n\n", "docs/sv/sivu.md")
    assert outline.untranslated_line == 3
    assert not outline.has_text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "---\nuntranslated: yes please\n---\n",
            "docs/sv/sivu.md:2: write 'untranslated: true' to publish the other language's text here, "
            "or remove the line when the page is translated.",
        ),
        (
            "---\ntitle: [unclosed\n---\n",
            "docs/sv/sivu.md:3: this is not valid YAML (did not find expected ',' or ']'). "
            "Check indentation, colons and quotes.",
        ),
        (
            "---\n- a list\n---\n",
            "docs/sv/sivu.md:2: the front matter must be 'key: value' lines.",
        ),
    ],
)
def test_bad_front_matter_is_reported_with_its_line(text: str, message: str) -> None:
    with pytest.raises(SiteError) as error:
        parse_page(text, "docs/sv/sivu.md")
    assert str(error.value) == message


def test_fingerprint_ignores_line_endings_and_a_byte_order_mark() -> None:
    def of(raw: bytes) -> str:
        return fingerprint(decoded(raw, "docs/fi/sivu.md"))

    assert of(b"# Otsikko\r\n\r\nTeksti.\r\n") == of(b"# Otsikko\n\nTeksti.\n") == of(b"# Otsikko\r\rTeksti.")
    assert of(b"\xef\xbb\xbf# Otsikko\n") == of(b"# Otsikko\n") != of(b"# Otsikko!\n")


def test_comments_and_code_are_not_compared() -> None:
    text = "Teksti 1 <!-- piilossa 2 -->\n<!--\nvanha luku 3\n-->\n~~~\n# ei otsikko 4\n~~~\nTeksti 5 <!-- alkaa 6\n7 -->\n"
    outline = parse_page(text, "docs/fi/sivu.md")
    assert outline.headings == []
    assert [(fact.line, fact.value) for fact in outline.sections[0].facts] == [(1, "1"), (8, "5")]


# The parts of a page editors write, in the forms the outline and Python-Markdown must agree on.
WORDS = st.lists(
    st.sampled_from(["Kunta", "ohjelma", "tuki", "vuonna", "2023", "*korostus*", "`koodi`"]),
    min_size=1,
    max_size=5,
).map(" ".join)
BLOCKS = st.one_of(
    st.tuples(st.integers(1, 6), WORDS).map(lambda heading: f"{'#' * heading[0]} {heading[1]}"),
    WORDS.map(lambda title: f"{title}\n{'=' * len(title)}"),
    WORDS.map(lambda title: f"{title}\n{'-' * len(title)}"),
    st.lists(WORDS, min_size=1, max_size=3).map("\n".join),
    st.lists(WORDS, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {item}" for item in items)),
    st.lists(WORDS, min_size=1, max_size=4).map(
        lambda items: "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1))
    ),
    WORDS.map(lambda text: f"> {text}"),
    st.tuples(st.integers(1, 6), WORDS).map(lambda heading: f"> {'#' * heading[0]} {heading[1]}"),
    st.just("---"),
    st.just("<!-- data:news-feed -->"),
)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(BLOCKS, min_size=1, max_size=8).map(lambda blocks: "\n\n".join(["# Sivu", *blocks])))
def test_headings_and_list_items_are_the_ones_the_site_renders(body: str) -> None:
    outline = parse_page(body + "\n", "docs/fi/sivu.md")
    tree = markdown.Markdown(extensions=read_markdown_config(ROOT).extensions)
    root = etree.fromstring(f"<div>{tree.convert(body)}</div>")
    rendered = [
        (int(element.tag[1]), " ".join("".join(element.itertext()).split()))
        for element in root.iter()
        if element.tag in {f"h{level}" for level in range(1, 7)}
    ]
    read = [
        (heading.level, " ".join(visible_text(heading.text).replace("*", "").replace("`", "").split()))
        for heading in outline.headings
    ]
    assert read == rendered
    assert sum(len(section.list_items) for section in outline.sections) == len(root.findall(".//li"))
