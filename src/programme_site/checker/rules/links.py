"""Links lead somewhere, and both languages link to the same places.

Internal links are compared as the pages they lead to (anchors are left out:
headings, and so anchors, are translated). External addresses must be the
same, unless data/language_specific_links.yaml names the pair, e.g. a ministry
page and its Swedish version.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote

from programme_site.checker.findings import Finding
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.rules.untranslated import stub_problems
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import N_, _
from programme_site.data.language_links import LANGUAGE_LINKS_FILE, LanguageLink, LanguageLinks
from programme_site.pages.outline import Link

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
EXTERNAL = ("http://", "https://")

# Sentences that name a language, one per language: each translation words the names its own way.
_NOWHERE_SHOWN = {
    "fi": N_(
        "the link to '{target}' leads nowhere on the Finnish site, which shows this text in {stub}: "
        "there is no {path}. Correct the link, or add the file."
    ),
    "sv": N_(
        "the link to '{target}' leads nowhere on the Swedish site, which shows this text in {stub}: "
        "there is no {path}. Correct the link, or add the file."
    ),
}
_OTHER_LANGUAGES_VERSION = {
    "fi": N_(
        "links to the Swedish version of a page whose Finnish version is {address} ({file}:{line}). "
        "Link to that instead."
    ),
    "sv": N_(
        "links to the Finnish version of a page whose Swedish version is {address} ({file}:{line}). "
        "Link to that instead."
    ),
}
_PAIR_MISSING = {
    "fi": N_(
        "links to {target}, but {other} does not link to its Finnish version {address} ({file}:{line}). "
        "Link to the same page in both languages."
    ),
    "sv": N_(
        "links to {target}, but {other} does not link to its Swedish version {address} ({file}:{line}). "
        "Link to the same page in both languages."
    ),
}
_ADDRESS_MISSING = {
    "fi": N_(
        "links to {target}, but {other} does not. Link to the same address in both languages, "
        "or, if the page has its own Finnish address, add the pair to {file}."
    ),
    "sv": N_(
        "links to {target}, but {other} does not. Link to the same address in both languages, "
        "or, if the page has its own Swedish address, add the pair to {file}."
    ),
}


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
    if project.site_data is not None:  # the news lists link the programme's current news
        used.add(project.site_data.programme.current_news.fi)
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
        missing = posixpath.normpath(f"docs/{language}/{resolved}")
        message = (
            _(_NOWHERE_SHOWN[language])
            if shown_as
            else _(
                "the link to '{target}' leads nowhere: there is no {path}. Correct the link, or add the file."
            )
        )
        found.append(
            Finding(page.path, link.line, message.format(target=link.target, stub=shown_as, path=missing))
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
                        _(
                            "links to {target}, but {other} does not. Link to the same pages in both languages."
                        ).format(target=key, other=other.path),
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
                _(_OTHER_LANGUAGES_VERSION[page.language]).format(
                    address=pair.address.in_language(page.language), file=LANGUAGE_LINKS_FILE, line=pair.line
                ),
            )
        )
    return f"{LANGUAGE_LINKS_FILE}:{pair.line}"


def _external_missing(page: PageFile, other: PageFile, link: Link, declared: LanguageLinks) -> Finding:
    if link.target in declared.by_address:
        pair = declared.by_address[link.target][1]
        return Finding(
            page.path,
            link.line,
            _(_PAIR_MISSING[other.language]).format(
                target=link.target,
                other=other.path,
                address=pair.address.in_language(other.language),
                file=LANGUAGE_LINKS_FILE,
                line=pair.line,
            ),
        )
    return Finding(
        page.path,
        link.line,
        _(_ADDRESS_MISSING[other.language]).format(
            target=link.target, other=other.path, file=LANGUAGE_LINKS_FILE
        ),
    )


def unused_language_links(links: tuple[LanguageLink, ...], used: set[str]) -> list[Finding]:
    """A declared pair that no page links to any more is stale: say so, without failing."""
    return [
        Finding(
            LANGUAGE_LINKS_FILE,
            link.line,
            _("no page links to {addresses}. Remove the entry if it is no longer needed.").format(
                addresses=_(" or ").join(link.address.in_language(language) for language in LANGUAGES)
            ),
            "warning",
        )
        for link in links
        if not any(link.address.in_language(language) in used for language in LANGUAGES)
    ]
