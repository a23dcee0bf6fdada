"""Pages declared not yet translated, published honestly with the other language's text.

The declaration is a stub in the missing language: a file with the same name
whose front matter says `untranslated: true`. The build publishes the other
language's text there, under a notice in the reader's language and with `lang`
set to the text's real language; the checker lists every such page as a
warning. One mechanism serves both directions (a Swedish page awaiting its
Finnish translation too), and a file deleted by accident still fails the build.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from programme_site.core.errors import SiteError
from programme_site.core.languages import other_language
from programme_site.core.messages import N_, _
from programme_site.pages.front_matter import UNTRANSLATED_KEY, front_matter, untranslated_line
from programme_site.pages.text import page_text


class Source(Enum):
    """What the other language has where a stub would show its text."""

    MISSING = "missing"
    STUB = "stub"
    TEXT = "text"


# Named by the language whose text the site shows; each translation words it its own way.
_STUB_HAS_TEXT = {
    "fi": N_(
        "is marked '{key}: true', so the site shows the Finnish text and nothing written here. Remove this text, "
        "or, if the translation is ready, remove the '{key}' line and run `make sync PAGE={page}`."
    ),
    "sv": N_(
        "is marked '{key}: true', so the site shows the Swedish text and nothing written here. Remove this text, "
        "or, if the translation is ready, remove the '{key}' line and run `make sync PAGE={page}`."
    ),
}


def stub_problem(language: str, name: str, stub_has_text: bool, source: Source) -> str | None:
    """What makes a stub in `language` unpublishable; None when it is fine."""
    source_language = other_language(language)
    source_path = f"docs/{source_language}/{name}"
    if source is Source.MISSING:
        return _(
            "is marked '{key}: true', but {source}, whose text it would show, does not exist. "
            "Write the page in one language first."
        ).format(key=UNTRANSLATED_KEY, source=source_path)
    if source is Source.STUB:
        return _(
            "is marked '{key}: true', and so is {source}: there is no text to show. Write the page in one language."
        ).format(key=UNTRANSLATED_KEY, source=source_path)
    if stub_has_text:
        return _(_STUB_HAS_TEXT[source_language]).format(key=UNTRANSLATED_KEY, page=name)
    return None


def _read(path: Path, shown: str) -> tuple[int | None, bool, str]:
    """A page's `untranslated: true` line (or None), whether it has text of its own, and its text."""
    text = page_text(path, shown)
    meta, skipped = front_matter(text, shown)
    body = text.split("\n")[skipped:]
    return untranslated_line(meta, shown), any(line.strip() for line in body), text


def published_text(root: Path, language: str, name: str) -> tuple[str, str] | None:
    """The language and text to publish in place of a stub, or None for a page with its own text."""
    path = root / "docs" / language / name
    # The build asks this of every page; only a file that names the key can be a stub, and a
    # plain byte search skips parsing all the others (a fifth of the hooks' time on large sites).
    if UNTRANSLATED_KEY.encode() not in path.read_bytes():
        return None
    shown = f"docs/{language}/{name}"
    line, has_text, _text = _read(path, shown)
    if line is None:
        return None
    source_language = other_language(language)
    source_file = root / "docs" / source_language / name
    source, text = Source.MISSING, ""
    if source_file.is_file():
        source_line, _has_text, text = _read(source_file, f"docs/{source_language}/{name}")
        source = Source.STUB if source_line is not None else Source.TEXT
    problem = stub_problem(language, name, has_text, source)
    if problem:
        raise SiteError(shown, line, problem)
    return source_language, text
