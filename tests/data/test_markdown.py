"""News body Markdown: raw HTML stays text, and every broken link rule gives its own message."""

import pytest

from programme_site.data.markdown import markdown_problem, to_html

HINT = "Write links as [text](https://address)."


def test_raw_html_is_shown_as_text() -> None:
    assert to_html("a <b>b</b>") == "<p>a &lt;b&gt;b&lt;/b&gt;</p>"


@pytest.mark.parametrize(
    "body",
    [
        "Plain text with [brackets] and (parentheses).",
        "See [Finlex](https://www.finlex.fi/fi/laki/) and <https://kotoutuminen.fi/>.",
        "A [reference link][finlex].\n\n[finlex]: https://www.finlex.fi/",
        "Code is left alone: `[text](`.",
    ],
)
def test_good_bodies_pass(body: str) -> None:
    assert markdown_problem(body) is None


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "Lue [ohje](https://www.finlex.fi ja hae.",
            f"the link '[ohje](https://www.finlex.fi' is not complete. {HINT}",
        ),
        ("Lue [ohje](", f"the link '[ohje](' is not complete. {HINT}"),
        ("Lue [ohje][puuttuu].", f"the link '[ohje][puuttuu].' is not complete. {HINT}"),
        # Half a link without its '[': the quick way past bodies with no link must not skip it.
        (
            "Lue ohje](https://www.finlex.fi).",
            f"the link '](https://www.finlex.fi).' is not complete. {HINT}",
        ),
        ("Lue [ohje]().", f"the link 'ohje' has no address. {HINT}"),
        (
            "Lue [](https://finlex.fi/).",
            f"the link to 'https://finlex.fi/' has no text. Write the text between [ and ]. {HINT}",
        ),
        (
            "Lue [ohje](http://finlex.fi/).",
            "the link 'ohje' goes to 'http://finlex.fi/'; links must go to a full https:// address.",
        ),
        (
            "Lue [ohje](ohje.md).",
            "the link 'ohje' goes to 'ohje.md'; links must go to a full https:// address.",
        ),
        (
            "Lue [ohje](javascript:alert(1)).",
            "the link 'ohje' goes to 'javascript:alert(1)'; links must go to a full https:// address.",
        ),
        (
            "Kysy <posti@example.fi>.",
            "the link 'posti@example.fi' goes to 'mailto:posti@example.fi'; "
            "links must go to a full https:// address.",
        ),
        (
            "Kuva ![kaavio](https://example.fi/kaavio.png).",
            "the image 'https://example.fi/kaavio.png' is not allowed: images would load from another site. "
            f"Link to it instead. {HINT}",
        ),
    ],
)
def test_each_broken_rule_is_named(body: str, problem: str) -> None:
    assert markdown_problem(body) == problem
