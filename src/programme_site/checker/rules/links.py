"""Rule 4: links lead somewhere, and both languages link to the same places.

Internal links are compared as the pages they lead to (anchors are left out:
headings, and so anchors, are translated). External addresses must be the
same, unless data/language_specific_links.yaml names the pair, e.g. a ministry
page and its Swedish version.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from programme_site.checker.address_pairs import LANGUAGE_LINKS_FILE, LanguageLink, LanguageLinks
from programme_site.checker.findings import Finding
from programme_site.checker.page_outline import Link, PageFile
from programme_site.checker.rules.untranslated import stub_problems
from programme_site.core.languages import LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:  # the project imports the rules
    from programme_site.checker.project import Project

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
EXTERNAL = ("http://", "https://")


def findings(project: Project) -> list[Finding]:
    found = [
        finding
        for page in project.published()
        for finding in broken_links(page, page.language, project.exists)
    ]
    found += [
        finding
        for stub, source in project.stubs()
        # The source's links are published in the stub's language: they must lead somewhere there too.
        if source is not None and not stub_problems(stub, source)
        for finding in broken_links(source, stub.language, project.exists, shown_as=stub.path)
    ]
    declared = project.declared
    found += [
        finding
        for left, right in project.compared()
        for finding in compare_links(left, right, declared, project.exists)
    ]
    used = {
        link.target
        for versions in project.pages.values()
        for page in versions.values()
        for link in page.outline.links
        if is_external(link.target)
    }
    return found + unused_language_links(project.language_links or (), used)


def is_external(target: str) -> bool:
    return target.startswith(EXTERNAL)


def internal_target(page_name: str, target: str) -> str | None:
    """Where a relative link leads, relative to the language folder; None if it is not one."""
    if SCHEME.match(target) or target.startswith(("#", "/")):
        return None  # external, mailto:, tel:, an anchor on the same page, or site-absolute
    path = unquote(re.split(r"[#?]", target, maxsplit=1)[0])
    if not path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_name), path))


def _leads_somewhere(language: str, resolved: str, exists: Callable[[str], bool]) -> bool:
    path = posixpath.normpath(f"docs/{language}/{resolved}")
    if not path.startswith("docs/"):
        return False
    # A page that exists in another language only is reported once, as a missing counterpart.
    pages = [posixpath.normpath(f"docs/{other}/{resolved}") for other in LANGUAGES]
    elsewhere = pages if resolved.endswith(".md") else []
    return any(map(exists, [path, *elsewhere]))


def broken_links(
    page: PageFile, language: str, exists: Callable[[str], bool], shown_as: str = ""
) -> list[Finding]:
    """Every relative link and image on `page` must lead to a file in `language`'s site.

    `shown_as` names the stub when a page's text is published in the other
    language's site in place of a missing translation.
    """
    found = []
    images = [Link(image.line, image.src) for section in page.outline.sections for image in section.images]
    for link in [*page.outline.links, *images]:
        resolved = internal_target(page.name, link.target)
        if resolved is None or _leads_somewhere(language, resolved, exists):
            continue
        where = (
            f" on the {LANGUAGE_NAMES[language]} site, which shows this text in {shown_as}"
            if shown_as
            else ""
        )
        found.append(
            Finding(
                page.path,
                link.line,
                f"the link to '{link.target}' leads nowhere{where}: there is no "
                f"{posixpath.normpath(f'docs/{language}/{resolved}')}. Correct the link, or add the file.",
            )
        )
    return found


def compare_links(
    left: PageFile, right: PageFile, declared: LanguageLinks, exists: Callable[[str], bool]
) -> list[Finding]:
    """Both versions of a page link to the same pages and the same (or declared) addresses.

    A link that leads nowhere is left out here: broken_links reports it.
    """
    differences: list[Finding] = []
    targets = {}
    for page in (left, right):
        found: dict[str, Link] = {}
        for link in page.outline.links:
            if is_external(link.target):
                key: str | None = _external_key(page, link, declared, differences)
            else:
                key = internal_target(page.name, link.target)
                key = key if key and _leads_somewhere(page.language, key, exists) else None
            if key is not None:
                found.setdefault(key, link)
        targets[page.language] = found
    for page, other in ((left, right), (right, left)):
        for key, link in targets[page.language].items():
            if key in targets[other.language]:
                continue
            if is_external(link.target):
                differences.append(_external_missing(page, other, link, declared))
            else:
                differences.append(
                    Finding(
                        page.path,
                        link.line,
                        f"links to {key}, but {other.path} does not. Link to the same pages in both languages.",
                    )
                )
    return differences


def _external_key(page: PageFile, link: Link, declared: LanguageLinks, found: list[Finding]) -> str:
    """The address as compared: a declared pair is one key, whichever of its addresses is used."""
    if link.target not in declared.by_address:
        return link.target
    language, pair = declared.by_address[link.target]
    if language != page.language:
        found.append(
            Finding(
                page.path,
                link.line,
                f"links to the {LANGUAGE_NAMES[language]} version of a page whose "
                f"{LANGUAGE_NAMES[page.language]} version is {pair.address.in_language(page.language)} "
                f"({LANGUAGE_LINKS_FILE}:{pair.line}). Link to that instead.",
            )
        )
    return f"{LANGUAGE_LINKS_FILE}:{pair.line}"


def _external_missing(page: PageFile, other: PageFile, link: Link, declared: LanguageLinks) -> Finding:
    if link.target in declared.by_address:
        _, pair = declared.by_address[link.target]
        return Finding(
            page.path,
            link.line,
            f"links to {link.target}, but {other.path} does not link to its {LANGUAGE_NAMES[other.language]} "
            f"version {pair.address.in_language(other.language)} ({LANGUAGE_LINKS_FILE}:{pair.line}). "
            "Link to the same page in both languages.",
        )
    return Finding(
        page.path,
        link.line,
        f"links to {link.target}, but {other.path} does not. Link to the same address in both languages, "
        f"or, if the page has its own {LANGUAGE_NAMES[other.language]} address, "
        f"add the pair to {LANGUAGE_LINKS_FILE}.",
    )


def unused_language_links(links: tuple[LanguageLink, ...], used: set[str]) -> list[Finding]:
    """A declared pair that no page links to any more is stale: say so, without failing."""
    return [
        Finding(
            LANGUAGE_LINKS_FILE,
            link.line,
            f"no page links to {' or '.join(link.address.in_language(language) for language in LANGUAGES)}. "
            "Remove the entry if it is no longer needed.",
            "warning",
        )
        for link in links
        if not any(link.address.in_language(language) in used for language in LANGUAGES)
    ]
