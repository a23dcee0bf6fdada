"""`make news`: add a news item skeleton to data/news.yaml so editors never write YAML structure by hand.

The new item gets a valid id (from the Finnish title) and today's date; the texts
still to be written are left empty, so the checks say exactly what to fill in and
an unfinished item can never be published.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from programme_site.core.errors import SiteError
from programme_site.core.languages import finnish_today
from programme_site.core.messages import _
from programme_site.data.entries import text_problem
from programme_site.data.fields import ID_PATTERN
from programme_site.data.load import load_site_data

SKELETON = """\
  - id: {id}
    date: {date}
    type: uutinen
    title:
      fi: {title}
      sv: ""
    body:
      fi: ""
      sv: ""

"""


def slug(title: str) -> str:
    """kotoutumislaki-muuttuu from 'Kotoutumislaki muuttuu!': ä and ö become a and o."""
    ascii_text = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))[:60].strip("-")


def add_news_item(root: Path, title: str, today: date) -> str:
    """Insert a skeleton at the top of the news list; return the new item's id."""
    # A title is one line: line breaks pasted along with it become spaces.
    one_line = " ".join(title.split())
    # The build would refuse the title later; refused now, nothing is written.
    if problem := text_problem(one_line):
        raise SiteError("make news TITLE", None, problem)
    ident = slug(title)
    if not ID_PATTERN.fullmatch(ident):
        raise SiteError(
            "make news", None, _('give the Finnish title in letters, e.g. TITLE="Kotoutumislaki muuttuu".')
        )
    taken = {item.id for item in load_site_data(root).news}
    if ident in taken:
        raise SiteError(
            "data/news.yaml",
            None,
            _("a news item with the id '{id}' already exists. Use another title.").format(id=ident),
        )
    path = root / "data" / "news.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^news:[ \t]*\n", text, re.MULTILINE)
    if not match:
        raise SiteError("data/news.yaml", None, _("the file has no 'news:' line to add the item under."))
    item = SKELETON.format(id=ident, date=today.isoformat(), title=json.dumps(one_line, ensure_ascii=False))
    path.write_text(text[: match.end()] + item + text[match.end() :], encoding="utf-8")
    return ident


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=_("Add a news item skeleton to data/news.yaml."))
    # `make news` passes the title through the environment, never through shell text,
    # so that $, quotes and backticks arrive as written.
    parser.add_argument("title", help=_("the news item's Finnish title"))
    parser.add_argument("--root", type=Path, default=Path.cwd(), help=_("the project folder"))
    args = parser.parse_args(argv)
    try:
        ident = add_news_item(args.root, args.title, finnish_today())
    except SiteError as error:
        print(error, file=sys.stderr)
        return 1
    # `make check` answers in seconds; `make test` (minutes) is for before the merge.
    print(
        _(
            "Added news item '{id}' at the top of data/news.yaml.\n"
            'Now write the Swedish title and the text in both languages (the empty "" fields), '
            "then check with: make check"
        ).format(id=ident)
    )
    return 0
