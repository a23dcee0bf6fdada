"""The site's languages and texts in both of them."""

import pytest

from programme_site.core.languages import Text, language_root, other_language


def test_a_text_in_each_language() -> None:
    text = Text(fi="Kunta", sv="Kommun")
    assert [text.in_language("fi"), text.in_language("sv")] == ["Kunta", "Kommun"]


def test_a_language_the_site_does_not_have_is_an_error_not_swedish() -> None:
    with pytest.raises(ValueError, match="'en' is not a site language"):
        Text(fi="Kunta", sv="Kommun").in_language("en")


def test_folders_and_the_other_language() -> None:
    assert [language_root("fi"), language_root("sv")] == ["", "sv/"]
    assert [other_language("fi"), other_language("sv")] == ["sv", "fi"]
