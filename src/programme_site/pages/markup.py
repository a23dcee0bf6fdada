"""What Python-Markdown made of a page, judged before anything of it is published.

Line-by-line patterns over the source can never read a page as Markdown does: a link target on
the next line, an attribute list with a quoted '}', an entity-encoded scheme or a lone carriage
return each slipped past them. So the checks read the result instead. `PageMarkupExtension` (in
mkdocs.yml's markdown_extensions, so that MkDocs converts every page with it) records, at the end
of the conversion, what reaches the HTML: the raw HTML Python-Markdown kept, every element's
attributes with their final values, text that looks like an unfinished attribute list, the first
heading (MkDocs makes the page's title of it) and reference definitions. `markup_problems` judges
that record against what pages may contain (SECURITY.md: Trust model). The build judges MkDocs' own
conversion of each page (hooks/site_build.py); the checker converts each page with the same
extensions, read from mkdocs.yml.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Container
from dataclasses import dataclass

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from programme_site.core.email_addresses import EMAIL_ADVICE
from programme_site.core.errors import SiteError
from programme_site.core.language_tags import language_tag_problem
from programme_site.core.messages import _

# What a page may set on an element: attribute lists may set the first five anywhere; Markdown
# itself writes the others (a link's address, an image's source and text, a list's first number).
ALLOWED_ATTRIBUTES = ("id", "class", "lang", "dir", "title")
MARKDOWN_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}}
DIRECTIONS = ("ltr", "rtl", "auto")
# What Python-Markdown writes for a page with the site's extensions; anything else came from raw HTML.
MARKDOWN_TAGS = {
    *(f"h{level}" for level in range(1, 7)),
    *(
        "p",
        "a",
        "img",
        "em",
        "strong",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "hr",
        "br",
        "span",
        "div",
    ),
}
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
SCRIPT_SCHEMES = ("javascript", "data", "vbscript")
# Text that an attribute list or a language mark was meant to be: Markdown left it as text.
UNFINISHED_MARK = re.compile(r"\{\s*:?\s*(?:[#.][\w-]|[\w-]+\s*=)[^}\n]*\}?")
# Browsers drop these from an address before reading its scheme (the URL standard).
_ADDRESS_NOISE = re.compile(r"[\t\n\r]|^[\x00-\x20]+|[\x00-\x20]+$")


@dataclass(frozen=True)
class Attribute:
    tag: str
    name: str
    value: str  # as Python-Markdown will write it, entities included


@dataclass(frozen=True)
class PageMarkup:
    """What a page's conversion put in its HTML that the checks judge."""

    raw_html: tuple[str, ...]  # blocks, tags and comments kept as written (entities are left out)
    attributes: tuple[Attribute, ...]
    unfinished_marks: tuple[str, ...]
    title: str | None  # the first element's text if it is a level 1 heading, entities decoded
    references: tuple[str, ...]  # the labels of reference definitions, [label]: target


class _Recorder(Treeprocessor):
    """Runs after every other tree step (attribute lists, tables of contents, unescaping)."""

    def run(self, root: etree.Element) -> None:
        stash = self.md.htmlStash.rawHtmlBlocks

        def text_of(element: etree.Element) -> str:
            written = "".join(element.itertext())
            return HTML_PLACEHOLDER_RE.sub(lambda match: str(stash[int(match[1])]), written)

        attributes, unfinished = [], []
        for element in root.iter():
            attributes += [Attribute(str(element.tag), name, value) for name, value in element.items()]
            if element.tag in ("code", "pre"):
                continue
            for text in (element.text, element.tail):
                if text and "{" in text:
                    unfinished += UNFINISHED_MARK.findall(text)
        first = next(iter(root), None)
        self.md.page_markup = PageMarkup(  # type: ignore[attr-defined]
            raw_html=tuple(str(block) for block in stash if not ENTITY.fullmatch(str(block).strip())),
            attributes=tuple(attributes),
            unfinished_marks=tuple(unfinished),
            title=html.unescape(text_of(first)) if first is not None and first.tag == "h1" else None,
            references=tuple(self.md.references),
        )
        _Recorded.latest = self.md.page_markup  # type: ignore[attr-defined]


class _Recorded:
    """The record of the newest conversion: MkDocs converts one page at a time and then calls the
    hook's on_page_content, which takes it (`take_recorded`)."""

    latest: PageMarkup | None = None


def take_recorded() -> PageMarkup | None:
    """The record of the page MkDocs has just converted, once (None if there is none)."""
    recorded, _Recorded.latest = _Recorded.latest, None
    return recorded


class PageMarkupExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After 'unescape' (0), the last of Python-Markdown's own tree steps.
        md.treeprocessors.register(_Recorder(md), "page_markup", -10)


def makeExtension(**kwargs: object) -> PageMarkupExtension:
    return PageMarkupExtension(**kwargs)


def page_markup(body: str, extensions: list[str], configs: dict[str, dict[str, object]]) -> PageMarkup:
    """Convert a page's Markdown as the site does (`extensions` and `configs` from mkdocs.yml)."""
    converter = markdown.Markdown(extensions=extensions, extension_configs=configs)
    converter.convert(body)
    _Recorded.latest = None
    # Markdown converts a blank text to nothing without its tree steps: nothing to record.
    return getattr(converter, "page_markup", PageMarkup((), (), (), None, ()))


def _locate(lines: list[str], first: int, *needles: str) -> int:
    """The first line from `first` on (1-based) that has one of `needles`, tried in order."""
    for needle in needles:
        needle = needle.strip().lower()
        if not needle:
            continue
        for number in range(first, len(lines) + 1):
            if needle in lines[number - 1].lower():
                return number
    return first


def target_problem(target: str, listed: Container[str] | None, image: bool = False) -> str | None:
    """What is wrong with a link address or image source, as written in the HTML (entities and all)
    and read by a browser, or None.

    Pages may link to the site's own pages and files, to `tel:` numbers and to an `https://`
    address in `listed` (None: to any https:// address).
    """
    address = _ADDRESS_NOISE.sub("", html.unescape(target))
    scheme = SCHEME.match(address)
    if scheme is None:
        if address[:2].replace("\\", "/") == "//":
            return _(
                "the link target '{target}' leads to another site without saying how. "
                "Write the whole address, https://…"
            ).format(target=target[:60])
        return None  # a page or file of the site
    name = scheme[1].lower()
    if name in SCRIPT_SCHEMES:
        return _(
            "the link target '{target}' uses '{scheme}', which runs or embeds content in the page. "
            "Link to an https:// address or to a page of the site."
        ).format(target=target[:40], scheme=f"{name}:")
    if name == "mailto":
        return _(
            "'mailto:' would publish an e-mail address whole. {advice} "
            "Show it here with a <!-- data:contacts section=… --> marker."
        ).format(advice=_(EMAIL_ADVICE))
    if name == "tel" and not image:
        return None
    if name != "https" or not address.startswith("https://") or "\\" in address:
        return _(
            "the address '{target}' is not written as a plain https:// address. "
            "Write it as https://… in lower-case, with two forward slashes."
        ).format(target=target[:60])
    if image:
        return _(
            "the image '{target}' would load from another site. Put the image in the page's folder and "
            "link to it there."
        ).format(target=target[:60])
    if listed is not None and address not in listed:
        return _(
            "the address {address} is not listed in {file}. Check that it is the page you mean, then add it "
            "to the list."
        ).format(address=address, file="data/external_links.yaml")
    return None


def markup_problems(
    markup: PageMarkup,
    text: str,
    shown: str,
    body_line: int,
    listed: Container[str] | None = None,
    allowed_comment: Callable[[str], bool] = lambda comment: False,
) -> list[SiteError]:
    """Everything in a page's converted markup that pages may not have, each at its line.

    `text` is the page as read (pages/text.py), its Markdown starting on line `body_line`;
    `allowed_comment` tells the comments the site puts in itself (data markers, their blocks).
    """
    lines = text.split("\n")
    problems: list[SiteError] = []

    def add(problem: str, *needles: str) -> None:
        problems.append(SiteError(shown, _locate(lines, body_line, *needles), problem))

    raw_lines = set()
    for block in markup.raw_html:
        first = block.strip().split("\n")[0]
        line = _locate(lines, body_line, first)
        if allowed_comment(block.strip()) or line in raw_lines:
            continue  # one message a line: '<b>' and its '</b>' are one mistake
        raw_lines.add(line)
        written = first.split(">")[0][:40] + ">"
        problems.append(
            SiteError(
                shown,
                line,
                _(
                    "raw HTML ('{tag}') is not allowed in pages: it would be published as written. "
                    "Write it in Markdown; to show '<' as text, put it in backticks (`<b>`) or write &lt;."
                ).format(tag=written),
            )
        )
    for attribute in markup.attributes:
        # HTML reads attribute names in any case: ONCLICK is onclick.
        name, value = attribute.name.lower(), html.unescape(attribute.value)
        if name not in ALLOWED_ATTRIBUTES and name not in MARKDOWN_ATTRIBUTES.get(attribute.tag, ()):
            add(
                _(
                    "the attribute list sets '{attribute}', which pages may not set. "
                    "Only {allowed} are allowed: remove '{attribute}'."
                ).format(attribute=attribute.name, allowed=", ".join(ALLOWED_ATTRIBUTES)),
                f"{name}=",
                name,
                "{:",  # attr_list writes a name it cannot use with '_' (on\\click: on_click)
                "{",
            )
        elif name == "lang" and (problem := language_tag_problem(value)):
            add(problem, f"lang={value}", value)
        elif name == "dir" and value not in DIRECTIONS:
            add(
                _("'dir={value}' is not a text direction. Use one of: {directions}.").format(
                    value=value, directions=", ".join(DIRECTIONS)
                ),
                f"dir={value}",
            )
        elif name in ("href", "src") and (
            problem := target_problem(attribute.value, listed, image=attribute.tag == "img")
        ):
            add(problem, attribute.value, value, value[:20])
    for mark in markup.unfinished_marks:
        add(
            _(
                "'{mark}' is shown as text: an attribute list or language mark must be closed with '}}' and "
                "follow what it is about, e.g. [words]{{lang=sv}}."
            ).format(mark=mark[:40]),
            mark,
        )
    if markup.title is not None and ("<" in markup.title or ">" in markup.title):
        add(
            _(
                "the heading '{heading}' is the page's title in the browser tab and the header, where '<' and "
                "'>' would be read as markup. Write it without them."
            ).format(heading=markup.title[:60]),
            markup.title[:20],
            "#",
        )
    for label in markup.references:
        if label.startswith("^"):
            add(
                _(
                    "footnotes ([{label}]: …) are not supported: the note would not be shown. "
                    "Write it as a sentence of the text."
                ).format(label=label),
                f"[{label}]:",
            )
    return problems
