"""What a language's search files are made of, kept from one build to the next.

Under the live preview (`make serve`) a save changes a few of a large site's thousands of search
entries: what is made of each entry (its words, its fragment's file) is taken from the previous
build's index wherever the entry is the same, and made only for the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def index_language(index: dict[str, Any]) -> str:
    """The language of a language's search index (its lunr `lang` setting), naming what is kept."""
    return " ".join(index["config"].get("lang", []))


def reused(kept: dict[str, dict[K, V]], language: str, keys: Iterable[K], make: Callable[[K], V]) -> list[V]:
    """`make(key)` of each key, taken from the language's last index's when it made the same key;
    `kept` then holds this index's."""
    earlier, made = kept.get(language, {}), {}
    found = []
    for key in keys:
        if key not in made:
            made[key] = earlier[key] if key in earlier else make(key)
        found.append(made[key])
    kept[language] = made
    return found
