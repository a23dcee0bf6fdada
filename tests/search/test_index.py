"""Each language gets a search index with its own pages only."""

from programme_site.search.index import language_search_index

MERGED = {
    "config": {"lang": ["fi", "sv"], "separator": "[\\s\\-]+"},
    "docs": [
        {"location": "", "title": "Etusivu", "text": "a"},
        {"location": "verkosto/#kenelle", "title": "Kenelle", "text": "b"},
        {"location": "verkosto/#kenelle", "title": "Kenelle", "text": "b"},
        {"location": "sv/", "title": "Startsida", "text": "c"},
        {"location": "sv/verkosto/#for-vem", "title": "För vem", "text": "d"},
    ],
}


def test_default_language_keeps_its_pages_once_and_its_stemmer() -> None:
    index = language_search_index(MERGED, "fi")
    assert [doc["location"] for doc in index["docs"]] == ["", "verkosto/#kenelle"]
    assert index["config"] == {"lang": ["fi"], "separator": "[\\s\\-]+"}


def test_other_language_gets_locations_relative_to_its_folder() -> None:
    index = language_search_index(MERGED, "sv")
    assert [doc["location"] for doc in index["docs"]] == ["", "verkosto/#for-vem"]
    assert [doc["title"] for doc in index["docs"]] == ["Startsida", "För vem"]
    assert index["config"]["lang"] == ["sv"]
