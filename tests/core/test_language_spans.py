"""[words]{lang=fi}: a passage in the other language, rendered with its lang attribute."""

import markdown
import pytest

from programme_site.core.language_spans import LanguageSpanExtension
from programme_site.data.markdown import to_html


def render(source: str) -> str:
    return markdown.markdown(source, extensions=["attr_list", LanguageSpanExtension()])


def test_a_marked_passage_is_a_span_with_its_language() -> None:
    assert render("Nätverket (på finska [Pakolaisesta *kuntalaiseksi*]{lang=fi}) samlar alla.") == (
        '<p>Nätverket (på finska <span lang="fi">Pakolaisesta <em>kuntalaiseksi</em></span>) samlar alla.</p>'
    )


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("[länk](sida.md)", '<p><a href="sida.md">länk</a></p>'),  # links are untouched
        ("[ord]{lang=fi onclick=x}", "<p>[ord]{lang=fi onclick=x}</p>"),  # only lang, nothing else
        ("*Titel*{lang=fi}", '<p><em lang="fi">Titel</em></p>'),  # attr_list on an element still works
    ],
)
def test_only_a_language_is_set(source: str, html: str) -> None:
    assert render(source) == html


def test_news_bodies_can_mark_a_passage_too() -> None:
    assert to_html("Rapporten [Kumppanuusbarometri]{lang=fi} finns.") == (
        '<p>Rapporten <span lang="fi">Kumppanuusbarometri</span> finns.</p>'
    )
