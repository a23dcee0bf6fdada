"""Rule 7: a page may be declared not yet translated, honestly.

The declaration is a stub in the missing language: a file with the same name
whose front matter is only `untranslated: true`. The build then publishes the
other language's text there, under a notice in the reader's language and with
`lang` set to the text's real language; the checker lists every such page as a
warning. One mechanism serves both directions (a Swedish page awaiting its
Finnish translation too), and a file deleted by accident still fails the build.
"""

from __future__ import annotations

from pathlib import Path

from .errors import SiteError
from .findings import Finding
from .models import LANGUAGE_NAMES, LANGUAGES
from .page_outline import UNTRANSLATED_KEY, PageFile, read_page


def other_language(language: str) -> str:
    return next(other for other in LANGUAGES if other != language)


def stub_problems(stub: PageFile, source: PageFile | None) -> list[Finding]:
    """What makes a declared-untranslated page unpublishable; empty when it is fine."""
    language = other_language(stub.language)
    source_path = f"docs/{language}/{stub.name}"
    line = stub.outline.untranslated_line
    if source is None:
        problem = (
            f"is marked '{UNTRANSLATED_KEY}: true', but {source_path}, whose text it would show, does not exist. "
            "Write the page in one language first."
        )
    elif source.outline.untranslated:
        problem = (
            f"is marked '{UNTRANSLATED_KEY}: true', and so is {source_path}: there is no text to show. "
            "Write the page in one language."
        )
    elif stub.outline.has_text:
        problem = (
            f"is marked '{UNTRANSLATED_KEY}: true', so the site shows the {LANGUAGE_NAMES[language]} text "
            "and nothing written here. Remove this text, or, if the translation is ready, "
            f"remove the '{UNTRANSLATED_KEY}' line and run `make sync PAGE={stub.name}`."
        )
    else:
        return []
    return [Finding(stub.path, line, problem)]


def untranslated_warning(stub: PageFile) -> Finding:
    source = other_language(stub.language)
    return Finding(
        stub.path,
        stub.outline.untranslated_line,
        f"not yet translated into {LANGUAGE_NAMES[stub.language]}: the site shows the "
        f"{LANGUAGE_NAMES[source]} text of docs/{source}/{stub.name} here, under a notice. "
        f"When the translation is ready, write it in this file instead and run `make sync PAGE={stub.name}`.",
        "warning",
    )


def published_text(root: Path, language: str, name: str) -> tuple[str, str] | None:
    """For the build: the language and text to publish in place of a stub, or None for a real page."""
    # The build asks this of every page; only a file that names the key can be a stub, and a
    # plain byte search skips parsing all the others (a fifth of the hooks' time on large sites).
    if UNTRANSLATED_KEY.encode() not in (root / "docs" / language / name).read_bytes():
        return None
    stub = read_page(root, language, name)
    if not stub.outline.untranslated:
        return None
    source_language = other_language(language)
    source_file = root / "docs" / source_language / name
    source = read_page(root, source_language, name) if source_file.is_file() else None
    for problem in stub_problems(stub, source):
        raise SiteError(problem.path, problem.line, problem.problem)
    return source_language, source_file.read_text(encoding="utf-8")
