"""Check page sources before MkDocs reads them, and what Markdown made of them before it is published.

MkDocs stops with a traceback on a page that is not UTF-8, and silently ignores front matter it
cannot parse or does not know; editors get one clear line instead. A page is read once
(pages/text.py), held to the limits of core/text_bounds.py before any parser sees it, and
its front matter checked; its Markdown is then judged on what Python-Markdown made of it
(pages/markup.py): raw HTML, attributes and link targets as the browser would get them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from programme_site.core.email_addresses import EMAIL_ADVICE, RAW_EMAIL
from programme_site.core.errors import Problems, SiteError
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import _
from programme_site.core.site_config import MarkdownConfig
from programme_site.core.text_bounds import hidden_characters, hidden_problem, markdown_bounds
from programme_site.pages.front_matter import (
    UNTRANSLATED_KEY,
    check_front_matter,
    front_matter,
    mkdocs_reading_problem,
)
from programme_site.pages.markup import markup_problems, page_markup
from programme_site.pages.outline import DATA_MARKER, page_language_problems
from programme_site.pages.text import page_text


@dataclass(frozen=True)
class PageSource:
    """A page as read and checked: its text, and the line its Markdown starts on."""

    shown: str  # docs/<language>/<name>
    text: str
    body_line: int

    @property
    def body(self) -> str:
        return "\n".join(self.text.split("\n")[self.body_line - 1 :])


def check_page_source(path: Path, shown: str, today: date) -> PageSource:
    """The page's text, once its encoding, limits, characters and front matter are known to be safe.

    Every problem in the page is raised at once (SiteErrors); one that stops the page from being
    read (its encoding, its size, its front matter's YAML) is raised alone.
    """
    text = page_text(path, shown)
    problems = Problems()
    problems.add_all(
        SiteError(shown, hidden.line, hidden_problem(hidden)) for hidden in hidden_characters(text)
    )
    problems.add_all(markdown_bounds(text, shown))
    problems.raise_any()  # nothing more is read of a page over the limits
    meta, skipped = front_matter(text, shown)
    if meta is not None:
        with problems.collect():
            check_front_matter(shown, meta, today)
        if not problems and (unreadable := mkdocs_reading_problem(text, shown)):
            problems.add(unreadable)
    lines = text.split("\n")
    body = lines[skipped:]
    # A declared-untranslated page has no text of its own (its `untranslated:` value is checked elsewhere).
    if not "".join(body).strip() and not (meta and UNTRANSLATED_KEY in meta):
        problems.add(SiteError(shown, 1, _("the page has no text. Write its content, or delete the file.")))
    for number, line in enumerate(body, start=skipped + 1):
        # An address has '@' and a mailto: link ':', so most lines need no (slow) search.
        if ("@" in line or ":" in line) and (email := RAW_EMAIL.search(line)):
            problems.add(
                SiteError(
                    shown,
                    number,
                    _(
                        "'{email}' would publish an e-mail address whole. {advice} "
                        "Show it here with a <!-- data:contacts section=… --> marker."
                    ).format(email=email[0], advice=_(EMAIL_ADVICE)),
                )
            )
    problems.raise_any()
    return PageSource(shown, text, skipped + 1)


def converted_problems(
    source: PageSource, markdown: MarkdownConfig, listed: Container[str] | None
) -> list[SiteError]:
    """What Python-Markdown, configured as mkdocs.yml configures it, makes of the page that pages may not have."""
    markup = page_markup(source.body, markdown.extensions, markdown.configs)
    return markup_problems(
        markup,
        source.text,
        source.shown,
        source.body_line,
        listed,
        lambda comment: bool(DATA_MARKER.fullmatch(comment)),
    )


def page_files(docs_dir: Path) -> Iterable[Path]:
    """Every page file of the site's languages, in a fixed order."""
    for language in LANGUAGES:
        yield from sorted((docs_dir / language).rglob("*.md"))


def check_page_sources(
    docs_dir: Path,
    root: Path,
    today: date,
    problems: Problems,
    checked: Mapping[str, PageSource] | None = None,
) -> dict[str, PageSource]:
    """Check every page under `docs_dir` (paths in messages relative to `root`), every problem of
    every page into `problems`. Run it once `tree_problems` has found none.

    Returns each page that passed by its path in docs/ ('fi/verkosto.md'). A text in the wrong
    language (core/text_language.py) is looked for once the page's source is known to be safe.
    `checked` holds pages that passed these checks on `today` (the live preview's previous build):
    a page whose text is still the same passes again without them, since they read nothing else.
    """
    sources: dict[str, PageSource] = {}
    for path in page_files(docs_dir):
        shown = path.relative_to(root).as_posix()
        name = path.relative_to(docs_dir).as_posix()
        earlier = checked.get(name) if checked else None
        with problems.collect():
            if earlier is not None and page_text(path, shown) == earlier.text:
                sources[name] = earlier
                continue
            source = check_page_source(path, shown, today)
            sources[name] = source
            problems.add_all(page_language_problems(source.text, shown, name.split("/")[0]))
    return sources
