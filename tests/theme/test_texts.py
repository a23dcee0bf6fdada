"""theme/texts.py answers as Material's partials/language.html does."""

from pathlib import Path

import material
import pytest
from jinja2 import Environment, FileSystemLoader

from programme_site.theme.texts import theme_texts

THEME = Path(material.__file__).parent / "templates"


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(THEME)))


@pytest.mark.parametrize(
    ("language", "key", "text"),
    [
        ("fi", "search.placeholder", "Hae"),
        ("sv", "search.placeholder", "Sök"),
        # Empty in Finnish: Material falls back to English.
        ("fi", "blog.categories.in", "in"),
        # No text anywhere: the key itself.
        ("sv", "no.such.text", "no.such.text"),
    ],
)
def test_the_themes_text_or_its_fallback(env: Environment, language: str, key: str, text: str) -> None:
    assert theme_texts(env, language)(key) == text
