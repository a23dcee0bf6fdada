"""One search index per language.

mkdocs-static-i18n writes a single index with the pages of every language, so a
Swedish search would find Finnish pages. `language_search_index` keeps one
language's pages once each and makes their locations relative to that language's root
(the site's search resolves them against the language's folder; shards.py writes the
files it fetches from this index).
"""

from __future__ import annotations

from typing import Any

from programme_site.core.languages import LANGUAGES, language_root


def language_search_index(index: dict[str, Any], language: str) -> dict[str, Any]:
    root = language_root(language)
    # The default language lives at the site root, so other languages' folders are excluded by name.
    other_roots = tuple(
        language_root(other) for other in LANGUAGES if other != language and language_root(other)
    )
    # The merged index can hold a page more than once; one entry per location is enough.
    docs = {
        doc["location"]: {**doc, "location": doc["location"].removeprefix(root)}
        for doc in index["docs"]
        if doc["location"].startswith(root) and not doc["location"].startswith(other_roots)
    }
    return {**index, "config": {**index["config"], "lang": [language]}, "docs": list(docs.values())}
