"""One address, one page: no two files, and no file and the site's own paths, claim the same URL.

MkDocs publishes `verkosto.md` and `verkosto/index.md` both at /verkosto/ and keeps whichever it
writes last; a page named `sv.md` in the Finnish folder is lost behind the Swedish front page, and
`pr-preview.md` takes the folder where previews of pull requests are published. Every page,
attachment and page made from data/news.yaml gets its address here first; any address claimed
twice is refused with both files named.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE, LANGUAGES, language_root
from programme_site.core.messages import N_, _

# Folders the build or the publishing writes into every language's root, and what each is for.
RESERVED = {
    "assets": N_("the theme's scripts, styles and icons"),
    "search": N_("the search index"),
    "pr-preview": N_("the previews of pull requests"),
}


def address(source: str) -> str:
    """The site address of a file in docs/ ('fi/verkosto.md' -> 'verkosto/'), as MkDocs makes it."""
    language, *parts = PurePosixPath(source).parts
    path = PurePosixPath(*parts) if parts else PurePosixPath()
    if path.suffix != ".md":
        return f"{language_root(language)}{path.as_posix()}"
    folder = path.parent if path.stem == "index" else path.with_suffix("")
    url = "" if folder == PurePosixPath(".") else f"{folder.as_posix()}/"
    return f"{language_root(language)}{url}"


def _reserved(source: str, url: str) -> str | None:
    """What the site keeps where the file `source` would be published, if it keeps anything there."""
    language = PurePosixPath(source).parts[0]
    first = url.removeprefix(language_root(language)).split("/")[0]
    # The default language's pages are at the root, beside the other languages' folders.
    if language == DEFAULT_LANGUAGE and first in LANGUAGES:
        return _("the pages of another language")
    return _(RESERVED[first]) if first in RESERVED else None


def address_problems(files: Iterable[str], generated: Iterable[str]) -> list[SiteError]:
    """Each file in docs/ (paths relative to docs/) whose address is taken: by another file, by a
    page made from the news (`generated`, their source paths), or by the site's own folders."""
    taken: dict[str, str] = {address(source): source for source in generated}
    generated_urls = set(taken)
    problems = []
    for source in sorted(files):
        url = address(source)
        shown = f"docs/{source}"
        if reserved := _reserved(source, url):
            problems.append(
                SiteError(
                    shown,
                    None,
                    _(
                        "this file would be published at /{url}, where the site keeps {what}. "
                        "Give it another name."
                    ).format(url=url, what=reserved),
                )
            )
        elif url in generated_urls:
            problems.append(
                SiteError(
                    shown,
                    None,
                    _(
                        "this file has the address of a page made from data/news.yaml. "
                        "Write the news item there and delete this file, or give the file another name."
                    ),
                )
            )
        elif url in taken:
            problems.append(
                SiteError(
                    shown,
                    None,
                    _(
                        "this file and docs/{other} would both be published at /{url}, and one of them would "
                        "be lost. Rename or remove one of them."
                    ).format(other=taken[url], url=url),
                )
            )
        else:
            taken[url] = source
    return problems


def docs_files(docs_dir: Path) -> list[str]:
    """Every file in the language folders of docs/, relative to docs/ (hidden files are never published)."""
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for language in LANGUAGES
        for path in (docs_dir / language).rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(docs_dir).parts)
    )
