"""Check page sources before MkDocs reads them.

MkDocs stops with a traceback on a page that is not UTF-8, and silently
ignores front matter it cannot parse or does not know; editors get one clear line instead.
Pages are Markdown: raw HTML, event-handler or style attributes and script
links would be published as written, so they are refused here too.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from markdown.extensions.attr_list import get_attrs
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.inlinepatterns import AUTOLINK_RE, AUTOMAIL_RE, BACKTICK_RE, BacktickInlineProcessor

from programme_site.build.site_data import EMAIL_ADVICE, RAW_EMAIL, check_front_matter
from programme_site.core.errors import Problems, SiteError
from programme_site.core.front_matter import UNTRANSLATED_KEY, front_matter
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import _
from programme_site.core.text_language import page_language_problems

# Raw HTML: '<' and a letter, '/', '!' or '?' starts a tag, comment or declaration Markdown passes through.
HTML_TAG = re.compile(r"<[A-Za-z/!?]")
DATA_MARKER_LINE = re.compile(r"\s*<!--\s*data:[^<>]*-->\s*")  # checked by markers.py
ATTRIBUTE_LIST = re.compile(r"\{:?[ ]*([^}\n]*)\}")
# Harmless attributes pages may set with {…}: anchors, styling classes, the language of a part.
ALLOWED_ATTRIBUTES = ("id", "class", "lang", "dir", "title")
LINK_TARGETS = (
    re.compile(r"\]\(\s*<?(?P<target>[^\s)>]*)"),  # [text](target), ![alt](target)
    re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*<?(?P<target>\S*)"),  # [label]: target
    re.compile(AUTOLINK_RE.replace("(", "(?P<target>", 1)),  # <scheme://…>
)
AUTOLINKS = re.compile(f"{AUTOLINK_RE}|{AUTOMAIL_RE}")
SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")
_CODE_SPANS = BacktickInlineProcessor(BACKTICK_RE)
_BACKTICKS = re.compile(BACKTICK_RE)


def _masked_code_spans(line: str) -> str | None:
    """The line with its code spans blanked, as Python-Markdown finds them; None if a span may go on
    past the line (then Markdown might pair its backticks differently, so nothing is blanked)."""
    if "`" not in line:  # most lines: no code span to look for
        return line
    position = 0
    while match := _BACKTICKS.search(line, position):
        if match.group(1):  # escaped backslashes before a backtick
            position = match.end()
            continue
        begin = match.start()
        ticks = len(line[begin:]) - len(line[begin:].lstrip("`"))
        start, end = _CODE_SPANS.find_code_spans(begin, line)
        if end is None or start - begin != ticks:
            return None
        line = line[:start] + " " * (end - start) + line[end:]
        position = end + ticks
    return line


def _without_code(text: str) -> list[str]:
    """The page's lines with fenced code and code spans blanked (same line numbers); only what
    Python-Markdown itself treats as code is blanked, so raw HTML cannot hide there."""
    if "`" not in text and "~~~" not in text:  # most pages: no fence and no code span
        return text.split("\n")
    for block in reversed(list(FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(text))):
        # The fences and the code go; a fence's {attributes} stay to be checked.
        attributes = text[block.start(3) : block.end(3)] if block["attrs"] is not None else ""
        blank = re.sub(r"[^\n]", " ", block[0])
        text = text[: block.start()] + attributes + blank[len(attributes) :] + text[block.end() :]
    lines = text.split("\n")
    masked = [_masked_code_spans(line) for line in lines]
    if any(line is None for line in masked):
        return lines
    return [line for line in masked if line is not None]


def _line_problem(line: str, shown: str, number: int) -> SiteError | None:
    if DATA_MARKER_LINE.fullmatch(line):
        return None
    without_links = AUTOLINKS.sub(" ", line)
    if tag := HTML_TAG.search(without_links):
        written = without_links[tag.start() :].split(">")[0][:40] + ">"
        return SiteError(
            shown,
            number,
            _(
                "raw HTML ('{tag}') is not allowed in pages: it would be published as written. "
                "Write it in Markdown; to show '<' as text, put it in backticks (`<b>`) or write &lt;."
            ).format(tag=written),
        )
    for attributes in ATTRIBUTE_LIST.finditer(line):
        names = {
            ("id" if key == "#" else "class" if key == "." else key.lower())
            for key, _value in get_attrs(attributes[1])
        }
        refused = sorted(names - set(ALLOWED_ATTRIBUTES))
        if refused:
            return SiteError(
                shown,
                number,
                _(
                    "the attribute list '{attributes}' sets '{attribute}', which pages may not set. "
                    "Only {allowed} are allowed: remove '{attribute}'."
                ).format(
                    attributes=attributes[0], attribute=refused[0], allowed=", ".join(ALLOWED_ATTRIBUTES)
                ),
            )
    for pattern in LINK_TARGETS:
        for link in pattern.finditer(line):
            # Browsers decode entities and drop spaces and control characters before reading the scheme.
            target = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(link["target"])).lower()
            scheme = next((scheme for scheme in SCRIPT_SCHEMES if target.startswith(scheme)), None)
            if scheme:
                return SiteError(
                    shown,
                    number,
                    _(
                        "the link target '{target}' uses '{scheme}', which runs or embeds content in the page. "
                        "Link to an https:// address or to a page of the site."
                    ).format(target=link["target"][:40], scheme=scheme),
                )
    return None


def markup_problems(text: str, shown: str) -> list[SiteError]:
    """Every raw HTML, risky attribute list or script link in a page's Markdown (the first on each line)."""
    return [
        problem
        for number, line in enumerate(_without_code(text), start=1)
        # Raw HTML and autolinks start with '<', attribute lists with '{', links have ']': most
        # lines have none, and need none of the searches.
        if ("<" in line or "{" in line or "]" in line) and (problem := _line_problem(line, shown, number))
    ]


def check_page_source(path: Path, shown: str, today: date) -> str:
    """The page's text, once its encoding, front matter and markup are known to be safe.

    Every problem in the page is raised at once (SiteErrors); one that stops the page from
    being read (its encoding, its front matter's YAML) is raised alone.
    """
    raw = path.read_bytes()
    try:
        # MkDocs reads pages with universal newlines: a file saved on Windows is the same page.
        text = raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SiteError(
            shown, line, _("this line has characters that are not UTF-8. Save the file as UTF-8 (Unicode).")
        ) from None
    meta, skipped = front_matter(text, shown)
    problems = Problems()
    if meta is not None:
        with problems.collect():
            check_front_matter(shown, meta, today)
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
    # The front matter is blanked, keeping its lines, so that line numbers stay the file's.
    problems.add_all(markup_problems("\n" * skipped + "\n".join(body), shown))
    problems.raise_any()
    return text


def check_page_sources(docs_dir: Path, root: Path, today: date) -> None:
    """Check every page under `docs_dir` (paths in messages relative to `root`); every problem in
    every page is raised at once (SiteErrors). Run it once `tree_problems` has found none.

    A text in the wrong language (core/text_language.py) is looked for once the page's markup
    is known to be safe.
    """
    problems = Problems()
    for path in sorted(docs_dir.rglob("*.md")):
        shown = path.relative_to(root).as_posix()
        with problems.collect():
            text = check_page_source(path, shown, today)
            language = path.relative_to(docs_dir).parts[0]
            if language in LANGUAGES:
                problems.add_all(page_language_problems(text, shown, language))
    problems.raise_any()
