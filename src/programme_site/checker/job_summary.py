"""The pull request's job summary: what the change touched, the findings, the translations.lock
entries to paste for pages to mark in step, and every page's translation state, written to
$GITHUB_STEP_SUMMARY by `make check` in GitHub Actions.

The offered entries bring nothing of the pull request into the Markdown but page names, which the
tree rule allows only as lower-case letters, digits and hyphens (pages/tree.py: a check with any
other name stops first), beside dates and hexadecimal fingerprints in a fenced block. The findings
and the changed files' paths go into code spans, their pipes escaped; GitHub sanitises a summary's
HTML in any case.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from programme_site.checker.findings import Finding
from programme_site.checker.in_step import Offer
from programme_site.checker.page_files import PageFile
from programme_site.checker.project import Project
from programme_site.checker.report import Report
from programme_site.checker.translation_lock import LOCK, InStep
from programme_site.core.languages import LANGUAGES
from programme_site.core.messages import N_, _, ngettext

# A summary is read, not searched: past this many findings it says how many more there are.
SHOWN_FINDINGS = 50

# States that name a language, one sentence per language: each translation words the names its own way.
_NOT_YET_TRANSLATED = {
    "fi": N_("not yet translated into Finnish"),
    "sv": N_("not yet translated into Swedish"),
}
_ONLY_IN = {"fi": N_("only in Finnish"), "sv": N_("only in Swedish")}
# An entry offered when only one language changed: the other may still be behind.
_CHECK_THE_OTHER = {
    "fi": N_(
        "Only the Finnish page changed since both were marked in step on {marked}: the Swedish page "
        "{behind} is behind. Use this entry only once you have checked that {behind} says the same as "
        "the Finnish page; if it does not, bring it in step first, and the next check offers a new entry."
    ),
    "sv": N_(
        "Only the Swedish page changed since both were marked in step on {marked}: the Finnish page "
        "{behind} is behind. Use this entry only once you have checked that {behind} says the same as "
        "the Swedish page; if it does not, bring it in step first, and the next check offers a new entry."
    ),
}
_BEHIND = {
    "fi": N_("Finnish behind: the Swedish page changed after {marked}"),
    "sv": N_("Swedish behind: the Finnish page changed after {marked}"),
}


def page_state(versions: dict[str, PageFile], record: InStep | None) -> str:
    """Where one page's translation stands, in words."""
    stub = next((page for page in versions.values() if page.outline.untranslated), None)
    if stub is not None:
        return _(_NOT_YET_TRANSLATED[stub.language])
    if len(versions) < len(LANGUAGES):
        # One language read (none when no file of the page could be read: the findings say why).
        only = next(iter(versions), None)
        return _(_ONLY_IN[only]) if only else _("not readable")
    if record is None:
        return _("not marked in step")
    marked = record.marked.isoformat()
    changed = [
        language for language, page in versions.items() if page.fingerprint != record.fingerprints[language]
    ]
    if not changed:
        return _("in step since {marked}").format(marked=marked)
    if len(changed) == len(versions):
        return _("both changed since they were in step on {marked}").format(marked=marked)
    behind = next(language for language in versions if language not in changed)
    return _(_BEHIND[behind]).format(marked=marked)


def translation_states(project: Project) -> list[tuple[str, str]]:
    """(page, state) for every page of the site, by file name."""
    records = project.lock[0] if project.lock else {}
    return [(name, page_state(project.pages[name], records.get(name))) for name in sorted(project.pages)]


def changed_files(root: Path) -> list[str] | None:
    """The files the checked commit changed (a pull request's merge commit against its base), if git knows."""
    try:
        result = subprocess.run(
            ["git", "diff", "--name-only", "HEAD^", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except OSError:
        return None
    return result.stdout.split() if result.returncode == 0 else None


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _finding_lines(findings: list[Finding]) -> list[str]:
    lines = [f"- `{_cell(str(finding))}`" for finding in findings[:SHOWN_FINDINGS]]
    if len(findings) > SHOWN_FINDINGS:
        more = len(findings) - SHOWN_FINDINGS
        lines.append(
            ngettext(
                "- … and {count} more: run `make check` to see them all.",
                "- … and {count} more: run `make check` to see them all.",
                more,
            ).format(count=more)
        )
    return lines


def _offer_lines(offer: Offer) -> list[str]:
    """A page's new lock entry, ready to paste in GitHub's editor, under what to do with it."""
    lines = []
    if offer.ahead is not None:
        behind = next(language for language in LANGUAGES if language != offer.ahead)
        warning = _(_CHECK_THE_OTHER[offer.ahead]).format(
            marked=offer.marked, behind=f"`docs/{behind}/{offer.page}`"
        )
        heading = _("Check the other language first.")
        lines += [f"> **{heading}** {warning}", ""]
    if offer.replaces:
        intro = _("If both languages now say the same, replace the entry of {page} in {lock} with this:")
    else:
        intro = _("When both languages say the same, add this entry of {page} to {lock}:")
    return [
        *lines,
        intro.format(page=f"`{offer.page}`", lock=f"`{LOCK}`"),
        "",
        "```yaml",
        offer.entry.rstrip("\n"),
        "```",
    ]


def job_summary(report: Report, changed: list[str] | None) -> str:
    """The summary in GitHub's Markdown."""
    lines = [_("## Language check"), "", report.summary(), ""]
    if report.failed:
        lines += [
            _(
                "**Not ready to merge** while the language check finds errors. The build and the preview "
                "do not wait for it: look at the change in the preview while you fix the findings."
            ),
            "",
        ]
    lines += [_("### What this change touches"), ""]
    touched = [path for path in changed or [] if path.startswith(("docs/", "data/", "mkdocs.yml"))]
    if changed is None:
        lines.append(_("Not known: git has no parent commit here."))
    else:
        lines += [f"- `{path}`" for path in touched] or [_("No page, data file or navigation.")]
    if report.findings:
        lines += ["", _("### Findings"), "", *_finding_lines(report.findings)]
    if report.offers:
        lines += [
            "",
            _("### Marking pages in step"),
            "",
            _(
                "Open {lock} on GitHub with the pencil (edit), select the page's old entry (its line and the "
                "three below it) and paste the new one over it; commit to this branch. Nothing to compute: "
                "the entry is what `make sync` would write."
            ).format(lock=f"`{LOCK}`"),
        ]
        for offer in report.offers:
            lines += ["", *_offer_lines(offer)]
    lines += [
        "",
        _("### Translation state of every page"),
        "",
        _("| Page | Finnish and Swedish |"),
        "| --- | --- |",
    ]
    lines += [f"| `{_cell(page)}` | {_cell(state)} |" for page, state in report.states]
    return "\n".join(lines) + "\n"
