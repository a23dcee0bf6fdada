"""News bodies: Markdown without raw HTML, and the rules its links follow.

The same converter renders a body and checks it, so the check sees exactly
what readers get. The rules for links in a body:

- every link goes to a full https:// address: `[text](https://…)`, a
  reference link, or `<https://…>`; an empty, relative, `http:`, `mailto:` or
  `javascript:` address is an error;
- a link has text;
- a link is complete: `[text](` without its `)`, or `[text][name]` without a
  `[name]: https://…` line, is left as plain text by Markdown, so any `](` or
  `][` left in the rendered text (outside code) is an error;
- no images: they would load from another host;
- a passage marked as another language, [words]{lang=sv}, names a real language.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser

import markdown

from programme_site.core.language_spans import LanguageSpanExtension
from programme_site.core.language_tags import language_tag_problem
from programme_site.core.messages import _

URL_PATTERN = re.compile(r'https://[^\s<>"]+')  # used with fullmatch; the same in a JSON Schema
# What Markdown leaves behind when a link is not complete.
BROKEN_LINK = re.compile(r"\]\(|\]\[")


def _converter() -> markdown.Markdown:
    # A passage in the other language is marked as on pages: [words]{lang=fi}.
    converter = markdown.Markdown(output_format="html", extensions=[LanguageSpanExtension()])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


# Making a converter costs more than converting a body; one is reset and reused.
_CONVERTER = _converter()


# A body is converted when it is checked, for its page and for the feed, in each language's build.
@cache
def to_html(source: str) -> str:
    """Markdown to HTML with raw HTML switched off: it is shown as text, not run."""
    return _CONVERTER.reset().convert(source)


class _Links(HTMLParser):
    """Collects the links, images and plain text (outside code) of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (address, text)
        self.images: list[str] = []
        self.languages: list[str] = []  # the lang= of each marked passage
        self.text = ""
        self._href: str | None = None
        self._link_text = ""
        self._in_code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a":
            self._href, self._link_text = values.get("href") or "", ""
        elif tag == "img":
            self.images.append(values.get("src") or "")
        elif tag == "span":
            self.languages.append(values.get("lang") or "")
        elif tag == "code":
            self._in_code += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, self._link_text.strip()))
            self._href = None
        elif tag == "code":
            self._in_code -= 1

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._link_text += data
        if not self._in_code:
            self.text += data


def markdown_problem(source: str) -> str | None:
    """The first broken rule (see the module docstring), or None if the body is fine."""
    if not any(mark in source for mark in "[]<"):  # no link, image or autolink: nothing to check
        return None
    parsed = _Links()
    parsed.feed(to_html(source))
    parsed.close()
    broken = BROKEN_LINK.search(parsed.text)
    if broken:
        start = parsed.text.rfind("[", 0, broken.start())
        fragment = parsed.text[start if start >= 0 else broken.start() :].split()[0]
        return _("the link '{link}' is not complete. Write links as [text](https://address).").format(
            link=fragment
        )
    for language in parsed.languages:
        if problem := language_tag_problem(language):
            return problem
    if parsed.images:
        return _(
            "the image '{image}' is not allowed: images would load from another site. "
            "Link to it instead. Write links as [text](https://address)."
        ).format(image=parsed.images[0])
    for address, text in parsed.links:
        if not text:
            return _(
                "the link to '{address}' has no text. Write the text between [ and ]. "
                "Write links as [text](https://address)."
            ).format(address=address)
        if not address:
            return _("the link '{text}' has no address. Write links as [text](https://address).").format(
                text=text
            )
        if not URL_PATTERN.fullmatch(address):
            return _(
                "the link '{text}' goes to '{address}'; links must go to a full https:// address."
            ).format(text=text, address=address)
    return None
