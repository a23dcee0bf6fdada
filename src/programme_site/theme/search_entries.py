"""A page's search entries made as Material's search plugin makes them in its on_page_context: its
own `SearchIndex` class (`index_type`, with the plugin's `options`) run on a stand-in of the page,
which holds what the plugin reads of a page (HANDBOOK.md: Upgrading). A module-level function, so
that the live preview's background process (site/background.py) can be handed it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any


def page_search_entries(
    index_type: type | None, options: dict[str, Any], search_page: object, content: str
) -> tuple[dict[str, Any], ...]:
    """The entries of the page `search_page` (its meta, toc, url and title) with `content`; none
    with the search plugin off (`index_type` None)."""
    if index_type is None:
        return ()
    index = index_type(**options)
    index.add_entry_from_context(SimpleNamespace(**vars(search_page), content=content))
    return tuple(index.entries)
