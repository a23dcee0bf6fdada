"""The one reader of a page's front matter, for the build and the checker alike, read as MkDocs reads it.

MkDocs (mkdocs/utils/meta.py) takes a YAML block between '---' lines at the top of a page as its
front matter; a page without one whose first lines look like `key: value` (MultiMarkdown's
metadata) loses those lines into the page's settings instead, unseen. Its pattern is copied here
and tests/pages/test_front_matter.py holds it to MkDocs' own on every case; the texts come from
pages/text.py, which ends every page with a newline, as the build gives it to MkDocs.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

import yaml

from programme_site.core.errors import Problems, SiteError
from programme_site.core.located_yaml import Located, parse_yaml
from programme_site.core.messages import _
from programme_site.data.entries import Entry

# MkDocs' YAML_RE: '---' on the first line, closed by '---' or '...' on a line of its own.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
# MkDocs' META_RE: the first line of MultiMarkdown metadata.
MULTIMARKDOWN_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
# A stub in the missing language says `untranslated: true`: the build publishes the other language's text.
UNTRANSLATED_KEY = "untranslated"
# MkDocs loads front matter with PyYAML's plain safe loader, which reads `2026-13-45` as a date and fails.
_MKDOCS_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# A build reads each page's front matter three times (its checks, its language's, its date): it is
# parsed once and shared, so callers must not change it. site/state.py empties the cache when a
# build starts, so that `mkdocs serve` keeps no old texts.
@cache
def front_matter(text: str, shown: str) -> tuple[Located | None, int]:
    """The page's front matter (None if it has none) and the number of lines it takes.

    `text` is a page as pages/text.py reads it; `shown` names the file in messages.
    """
    match = FRONT_MATTER.match(text)
    if match is None:
        if text.startswith("---"):
            raise SiteError(
                shown,
                1,
                _("the front matter that starts with '---' is never closed. Add a '---' line after it."),
            )
        first = MULTIMARKDOWN_META.match(text.split("\n", 1)[0])
        if first:
            raise SiteError(
                shown,
                1,
                _(
                    "MkDocs would read this first line as a page setting '{key}' and not show it. "
                    "Start the page with a heading (# …), or put settings between '---' lines."
                ).format(key=first["key"]),
            )
        return None, 0
    meta = parse_yaml(match[1], shown, first_line=2)
    if not isinstance(meta, Located):
        raise SiteError(shown, 2, _("the front matter must be 'key: value' lines."))
    return meta, match[0].count("\n")


def mkdocs_reading_problem(text: str, shown: str) -> SiteError | None:
    """Whether MkDocs' own loader fails on front matter this module reads (a value such as
    `2026-13-45`, which it takes for a date): MkDocs would then publish the front matter as text.
    Asked once the front matter's fields are known to be right, whose messages say more."""
    match = FRONT_MATTER.match(text)
    try:
        yaml.load(match[1] if match else "", _MKDOCS_LOADER)
    except (yaml.YAMLError, ValueError) as error:
        mark = getattr(error, "problem_mark", None)
        return SiteError(
            shown,
            mark.line + 2 if mark else 2,
            _("MkDocs cannot read this front matter ({problem}). Put the value in quotes.").format(
                problem=getattr(error, "problem", None) or error
            ),
        )
    return None


def untranslated_line(meta: Located | None, shown: str) -> int | None:
    """The line of `untranslated: true`, or None for a page with a text of its own."""
    if meta is None or UNTRANSLATED_KEY not in meta:
        return None
    line = meta.key_lines[UNTRANSLATED_KEY]
    if meta[UNTRANSLATED_KEY] is not True:
        raise SiteError(
            shown,
            line,
            _(
                "write '{key}: true' to publish the other language's text here, "
                "or remove the line when the page is translated."
            ).format(key=UNTRANSLATED_KEY),
        )
    return line


# What a page's front matter may say. Other keys (a mistyped `updatd:`) would be ignored
# silently, and `template:` would let a page pick any file as its template.
FRONT_MATTER_FIELDS = {"title", "updated", "review_by", "untranslated"}


def check_front_matter(path: str, meta: Located, latest: date | None) -> date | None:
    """Check a page's front matter; return its `updated:` date, if it has one.

    `latest` is the newest `updated:` allowed (today), or None for a generated news page
    whose date was already checked in data/news.yaml against `future_limit_days`.
    Every problem in it is raised at once.
    """
    problems = Problems()
    if "template" in meta:
        problems.add(
            SiteError(
                path,
                meta.key_lines["template"],
                _(
                    "front matter 'template': a page cannot choose its template; every page uses the theme's. "
                    "Remove the line."
                ),
            )
        )
    entry = Entry(path, meta, _("front matter"), meta.line)
    problems.add_all(entry.unknown_fields(FRONT_MATTER_FIELDS, reported="template"))
    updated = None
    with problems.collect():
        if "title" in meta and any(mark in entry.string("title") for mark in "<>"):
            # The theme prints a front-matter title as it is, into <title> and the page header.
            entry.fail(
                "title",
                _(
                    "is shown as the page's title in the browser tab and the header, where '<' and '>' would "
                    "be read as markup. Write it without them."
                ),
            )
    with problems.collect():
        if "review_by" in meta:
            entry.iso_date("review_by")
    with problems.collect():
        updated = entry.iso_date("updated", latest) if "updated" in meta else None
    problems.raise_any()
    return updated
