"""CONTRIBUTING.md's web-only route, walked as GitHub runs it: an editor changes a page in one language,
then the other, reads the summary, pastes the offered translations.lock entry, and the check passes;
a paste altered by one character is refused with the entry's file and line."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_environment, make_project, replace_in, run_make

CHECKS = ROOT / ".github" / "workflows" / "checks.yml"
LOCK = "translations.lock"
PAGE = "verkosto.md"
ENTRY = re.compile(r"```yaml\n(verkosto\.md:\n(?:  .*\n){3})```")
# The summary's words, in Finnish and in Swedish (the catalogues' translations of checker/job_summary.py).
MARKING = ("### Sivujen merkitseminen ajan tasalle", "### Markera sidorna som uppdaterade")
CHECK_THE_OTHER = ("Tarkista ensin toinen kieli.", "Kontrollera först det andra språket.")
REPLACE = (
    "Jos molemmat kielet kertovat nyt saman, korvaa sivun `verkosto.md` kohta tiedostossa `translations.lock` tällä:",
    "Om båda språken nu säger samma sak, ersätt posten för `verkosto.md` i `translations.lock` med den här:",
)


def git(project: Path, *words: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.invalid", *words],
        cwd=project,
        check=True,
        capture_output=True,
    )


class Branch:
    """An editor's branch on a copy of the fixture site; each check runs on the pull request's merge
    commit against the base, as the quick job's checkout (fetch-depth 2) has it."""

    def __init__(self, project: Path, summary: Path) -> None:
        self.project, self.summary = project, summary
        git(project, "init", "--quiet", "--initial-branch=main")
        git(project, "add", "--all")
        git(project, "commit", "--quiet", "-m", "base")
        git(project, "tag", "base")

    def commit(self) -> None:
        git(self.project, "add", "--all")
        git(self.project, "reset", "--quiet", "--soft", "base")
        git(self.project, "commit", "--quiet", "--allow-empty", "-m", "the pull request, merged")

    def check(self) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        """`make check` in the quick job; its output and the job summary, one part per language."""
        self.commit()
        self.summary.unlink(missing_ok=True)
        workflow = yaml.safe_load(CHECKS.read_text(encoding="utf-8"))["env"]
        result = run_make(
            self.project,
            "make check",
            **workflow,
            GITHUB_ACTIONS="true",
            GITHUB_STEP_SUMMARY=str(self.summary),
        )
        return result, self.summary.read_text(encoding="utf-8").split("\n---\n\n")

    def paste(self, entry: str, over_the_old: bool = True) -> int:
        """Paste `entry` over the page's old entry in translations.lock, as in GitHub's editor (or
        above it, the old one left in place); its line."""
        path = self.project / LOCK
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        start = lines.index(f"{PAGE}:\n")
        rest = lines[start + 4 :] if over_the_old else lines[start:]
        path.write_text("".join([*lines[:start], entry, *rest]), encoding="utf-8")
        return start + 1


@pytest.fixture
def branch(tmp_path: Path) -> Branch:
    return Branch(make_project(tmp_path), tmp_path / "summary.md")


@pytest.fixture(scope="module")
def both_edited_entry(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The entry the summary offers once both languages are edited: the same on every branch so edited
    that day, so the tests of a mistyped paste ask for it once."""
    folder = tmp_path_factory.mktemp("offered")
    branch = Branch(make_project(folder), folder / "summary.md")
    edit(branch, "fi")
    edit(branch, "sv")
    return offered(branch.check()[1])


def offered(parts: list[str]) -> str:
    """The entry of verkosto.md the summary offers, the same in every language's part."""
    entries = {match for part in parts for match in ENTRY.findall(part)}
    assert len(entries) == 1, parts
    return entries.pop()


def edit(branch: Branch, language: str) -> None:
    """The editor's change of one language, with the page's `updated:` date."""
    page = branch.project / "docs" / language / PAGE
    old, new = {
        "fi": ("on avoin kaikille", "on nyt avoin kaikille"),
        "sv": ("är öppet för", "är nu öppet för"),
    }[language]
    replace_in(page, old, new)
    replace_in(page, "updated: 2026-11-20", "updated: 2026-11-27")


def test_one_language_changed_the_summary_says_which_is_behind_and_warns_with_the_entry(
    branch: Branch,
) -> None:
    edit(branch, "fi")
    result, parts = branch.check()
    assert result.returncode != 0
    assert "::error file=docs/sv/verkosto.md,line=1," in result.stdout
    for part, heading, warning, behind in zip(
        parts,
        MARKING,
        CHECK_THE_OTHER,
        (
            "ruotsinkielinen sivu `docs/sv/verkosto.md` on jäljessä",
            "den svenska sidan `docs/sv/verkosto.md` ligger efter",
        ),
        strict=True,
    ):
        # The warning stands between the section's heading and the entry: never an entry without it.
        offer = part[part.index(heading) :]
        assert offer.index(warning) < offer.index("```yaml\nverkosto.md:"), part
        assert behind in part
    assert offered(parts).startswith(f"{PAGE}:\n  in_step: '")


def test_both_changed_the_pasted_entry_makes_the_check_pass(branch: Branch) -> None:
    edit(branch, "fi")
    branch.check()
    edit(branch, "sv")
    result, parts = branch.check()
    assert result.returncode != 0
    assert "(translations.lock:" in result.stdout  # the old entry's line, named in the finding
    for part, replace, warning in zip(parts, REPLACE, CHECK_THE_OTHER, strict=True):
        assert replace in part and warning not in part
    entry = offered(parts)
    branch.paste(entry)
    pasted = (branch.project / LOCK).read_bytes()
    # The very entry `make sync` writes: running it after the paste changes nothing.
    assert run_make(branch.project, f"make sync PAGE={PAGE}").returncode == 0
    assert (branch.project / LOCK).read_bytes() == pasted
    # `make check` on the editor's branch, as the guide's terminal route would run it, and on GitHub.
    assert run_make(branch.project, "make check", **copy_environment(branch.project)).returncode == 0
    result, parts = branch.check()
    assert result.returncode == 0, result.stdout
    assert not any("```yaml" in part for part in parts)
    assert "| `verkosto.md` | " in parts[0] and "### Havainnot" not in parts[0]


def one_character_altered(entry: str, how: str) -> str:
    """The offered entry with one character changed, as a slip of the hand would."""
    fingerprint = entry.splitlines()[2].split(": ")[1]
    if how == "changed":  # another hex digit: still a fingerprint, but no file's
        return entry.replace(fingerprint, fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1"))
    if how == "dropped":
        return entry.replace(fingerprint, fingerprint[:-1])
    return entry.replace("\n  fi:", "\n fi:")  # "indented": one space lost


def test_an_entry_pasted_beside_the_old_one_is_refused_with_both_lines(
    branch: Branch, both_edited_entry: str
) -> None:
    edit(branch, "fi")
    edit(branch, "sv")
    line = branch.paste(both_edited_entry, over_the_old=False)
    result, _ = branch.check()
    assert result.returncode != 0
    assert f"::error file={LOCK},line={line + 4}," in result.stdout, result.stdout
    assert (
        f"'{PAGE}' on kirjoitettu kahdesti samaan kohtaan (ensimmäisen kerran rivillä {line})"
        in result.stdout
    )
    assert f"'{PAGE}' står två gånger i samma post (första gången på rad {line})" in result.stdout


@pytest.mark.parametrize("how", ["changed", "dropped", "indented"])
def test_a_paste_altered_by_one_character_is_refused_with_the_entrys_line(
    branch: Branch, both_edited_entry: str, how: str
) -> None:
    edit(branch, "fi")
    edit(branch, "sv")
    line = branch.paste(one_character_altered(both_edited_entry, how))
    result, parts = branch.check()
    assert result.returncode != 0
    lock = branch.project / LOCK
    if how == "changed":
        # Sound, but it matches no file as it is: the finding names the entry's line.
        assert f"({LOCK}:{line})" in result.stdout, result.stdout
    elif how == "dropped":
        assert f"::error file={LOCK},line={line}," in result.stdout, result.stdout
        # The summary offers the entry again, to paste over the damaged one.
        assert REPLACE[0] in parts[0] and offered(parts) == both_edited_entry
        assert (
            "Liitä sivun kohta uudelleen täsmälleen sellaisena kuin Checks-ajon yhteenveto" in result.stdout
        )
    else:
        assert f"::error file={LOCK},line={line + 2}," in result.stdout, result.stdout  # the line of ' fi:'
        assert (
            lock.read_text(encoding="utf-8").splitlines()[line + 1]
            == " fi: " + lock.read_text(encoding="utf-8").splitlines()[line + 1].split(": ")[1]
        )
