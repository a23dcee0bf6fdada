"""A pull request's preview: every page links the file it is made of in GitHub's web editor.

An editor who reads a page in the preview gets to its file on the pull request's branch in one
click, and to the other language's file beside it; a news item's page goes to its entry in
data/news.yaml (its line), a page with contacts to data/contacts.yaml. Readers of the production
site are not editors: it has no such links unless SITE_EDIT_LINKS=true asks for them.

Where the links lead comes from the runner, never from the pull request's files: the server and
the repository from GitHub's GITHUB_SERVER_URL and GITHUB_REPOSITORY, the branch from
SITE_EDIT_BRANCH (the workflow's `github.head_ref`), percent-encoded. Without all three there are
no links (a local build, a push to main).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

from programme_site.core.languages import LANGUAGES
from programme_site.html.render import EditLink, render_edit_links

# GitHub's address (github.com, or a GitHub Enterprise server) and an owner/name, as GitHub sets them.
SERVER = re.compile(r"https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?")
REPOSITORY = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
NEWS_FILE = "data/news.yaml"
CONTACTS_FILE = "data/contacts.yaml"


@dataclass(frozen=True)
class EditLinks:
    """Links into GitHub's web editor on one branch: `base` is …/<owner>/<name>/edit/<branch>/."""

    base: str

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], preview: bool) -> EditLinks | None:
        """The links of this build: in a preview, or when SITE_EDIT_LINKS=true; None otherwise."""
        if not (preview or environ.get("SITE_EDIT_LINKS") == "true"):
            return None
        server = environ.get("GITHUB_SERVER_URL", "")
        repository = environ.get("GITHUB_REPOSITORY", "")
        branch = environ.get("SITE_EDIT_BRANCH", "")
        if not (SERVER.fullmatch(server) and REPOSITORY.fullmatch(repository) and branch):
            return None
        return cls(f"{server}/{repository}/edit/{quote(branch, safe='/')}/")

    def url(self, path: str, line: int | None = None) -> str:
        return self.base + quote(path) + (f"#L{line}" if line else "")

    def page(
        self,
        language: str,
        name: str | None,
        news_line: int | None = None,
        contacts: bool = False,
    ) -> str:
        """The links of one page in `language`, as HTML: the page file `name` (e.g. verkosto.md) in
        both languages, or, for a page made from data/news.yaml (`name` None), the news file at the
        item's line; and data/contacts.yaml if the page shows contacts."""
        links = []
        if name is None:
            key = "edit_news_item" if news_line else "edit_news"
            links.append(EditLink(self.url(NEWS_FILE, news_line), key, language))
        else:
            links.append(EditLink(self.url(f"docs/{language}/{name}"), "edit_page", language))
            links += [
                EditLink(self.url(f"docs/{other}/{name}"), "edit_other_language_page", other)
                for other in LANGUAGES
                if other != language
            ]
        if contacts:
            links.append(EditLink(self.url(CONTACTS_FILE), "edit_contacts", language))
        return render_edit_links(tuple(links), language)
