"""Markdown for a passage in another language: `[Pakolaisesta kuntalaiseksi]{lang=fi}`.

WCAG 2.1 SC 3.1.2 (language of parts): a name or title quoted in the other
language is rendered as `<span lang="fi">…</span>`, so a screen reader switches
voice, and the language rule (core/text_language.py) leaves it alone.
Python-Markdown's attr_list needs an element to attach to (`*title*{lang=fi}`
works, bare text does not), and pymdown-extensions has no inline span, so this
small extension adds one, for the `lang` attribute only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

# [text]{lang=fi}: a language tag as BCP 47 writes it (fi, sv, en-GB), nothing else in the braces.
LANGUAGE_SPAN = r"\[([^\]\n]+)\]\{:?[ ]*lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)[ ]*\}"


class LanguageSpanProcessor(InlineProcessor):
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:
        span = etree.Element("span", {"lang": m[2]})
        span.text = m[1]
        return span, m.start(0), m.end(0)


class LanguageSpanExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before links (160) and references (170): '[text]' followed by '{lang=…}' is never a link.
        md.inlinePatterns.register(LanguageSpanProcessor(LANGUAGE_SPAN, md), "language_span", 175)


def makeExtension(**kwargs: object) -> LanguageSpanExtension:
    return LanguageSpanExtension(**kwargs)
