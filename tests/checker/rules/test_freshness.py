"""Which language is behind, and since when; `make sync` marks a page as in step."""

from datetime import date
from pathlib import Path

import yaml
from conftest import FIXTURE_TODAY, line_of, replace_in, run_checker
from rule_cases import behind, both_changed, small_project

from programme_site.checker.rules import freshness
from programme_site.checker.run import check_project
from programme_site.checker.sync import sync
from programme_site.checker.translation_lock import InStep

TODAY = date(2026, 12, 1)
FAIL = "Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md."


def lock(project: Path) -> dict:
    return yaml.safe_load((project / "translations.lock").read_text(encoding="utf-8"))


def findings(project: Path) -> list[str]:
    return [str(finding) for finding in check_project(project).findings]


def test_finnish_text_edited_after_sync(project: Path) -> None:
    replace_in(project / "docs" / "fi" / "verkosto.md", "on avoin kaikille", "on nyt avoin kaikille")
    result = run_checker(project)
    assert result.stdout.splitlines() == [behind("verkosto.md", "fi"), f"1 error. {FAIL}"]
    assert result.returncode == 1


def test_swedish_text_edited_after_sync(project: Path) -> None:
    replace_in(project / "docs" / "sv" / "verkosto.md", "är öppet för alla", "är nu öppet för alla")
    assert findings(project) == [behind("verkosto.md", "sv")]


def test_both_languages_edited_after_sync(project: Path) -> None:
    marked = lock(project)["verkosto.md"]["in_step"]
    replace_in(project / "docs" / "fi" / "verkosto.md", "on avoin kaikille", "on nyt avoin kaikille")
    replace_in(project / "docs" / "sv" / "verkosto.md", "är öppet för alla", "är nu öppet för alla")
    assert findings(project) == [both_changed("verkosto.md", marked)]


def test_sync_marks_the_page_and_the_finding_goes_away(project: Path) -> None:
    replace_in(project / "docs" / "fi" / "verkosto.md", "on avoin kaikille", "on nyt avoin kaikille")
    result = run_checker(project, "--sync", "docs/fi/verkosto.md")
    assert result.stdout.splitlines() == [
        f"verkosto.md: marked in step on {FIXTURE_TODAY}. Commit translations.lock with the page."
    ]
    assert result.returncode == 0
    assert lock(project)["verkosto.md"]["in_step"] == FIXTURE_TODAY
    assert findings(project) == []


def test_sync_refuses_a_page_whose_languages_still_differ(project: Path) -> None:
    page = project / "docs" / "fi" / "verkosto.md"
    replace_in(page, "on avoin kaikille", "on avoin 40 kunnalle ja kaikille")
    before = (project / "translations.lock").read_text(encoding="utf-8")
    output, success = sync(project, ["verkosto.md"], TODAY)
    assert output == [
        f"docs/fi/verkosto.md:{line_of(page, '40 kunnalle')}: the number 40 is in the Finnish text but not in the "
        "section '## Vem är nätverket till för?' in "
        f"docs/sv/verkosto.md:{line_of(project / 'docs' / 'sv' / 'verkosto.md', '## Vem är')}. "
        "Give both languages the same facts.",
        "verkosto.md: not marked in step. Translate the page and fix what is listed above first.",
    ]
    assert not success
    assert (project / "translations.lock").read_text(encoding="utf-8") == before


def test_a_page_missing_from_the_lock(project: Path) -> None:
    path = project / "translations.lock"
    entries = lock(project)
    del entries["verkosto.md"]
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    assert findings(project) == [
        "docs/fi/verkosto.md:1: is not marked as in step with its translation in translations.lock. "
        "When both languages say the same, add the entry the job summary offers to translations.lock, "
        "or run `make sync PAGE=verkosto.md`.",
    ]


def test_an_entry_for_a_page_that_was_removed(project: Path) -> None:
    for language in ("fi", "sv"):
        (project / "docs" / language / "ajankohtaista.md").unlink()
    line = line_of(project / "translations.lock", "ajankohtaista.md:")
    stale = [finding for finding in findings(project) if finding.startswith("translations.lock")]
    assert stale == [
        f"translations.lock:{line}: ajankohtaista.md has no page in docs/fi/ or docs/sv/ any more. "
        "Run `make sync PAGE=ajankohtaista.md` to remove the entry.",
    ]
    output, success = sync(project, ["ajankohtaista.md"], TODAY)
    assert output == ["ajankohtaista.md: the page no longer exists; removed it from translations.lock."]
    assert success and "ajankohtaista.md" not in lock(project)


def test_a_damaged_entry_is_reported_once_and_rewritten_by_sync(project: Path) -> None:
    path = project / "translations.lock"
    entry = line_of(path, "verkosto.md:")
    fingerprint = lock(project)["verkosto.md"]["sv"]
    replace_in(path, fingerprint, "abc")
    assert findings(project) == [
        f"translations.lock:{entry}: the entry for verkosto.md is damaged: it needs 'in_step' (a date) and a "
        "fingerprint for each of fi, sv. Paste the page's entry again exactly as the job summary of the Checks "
        "run offers it, or run `make sync PAGE=verkosto.md`.",
    ]
    assert sync(project, ["verkosto.md"], TODAY) == (
        ["verkosto.md: marked in step on 2026-12-01. Commit translations.lock with the page."],
        True,
    )
    assert lock(project)["verkosto.md"]["sv"] == fingerprint


def test_sync_says_when_it_drops_a_damaged_entry_of_another_page(project: Path) -> None:
    replace_in(project / "translations.lock", lock(project)["verkosto.md"]["sv"], "abc")
    output, success = sync(project, ["index.md"], TODAY)
    assert output == [
        "index.md: marked in step on 2026-12-01. Commit translations.lock with the page.",
        "verkosto.md: its damaged entry is dropped from translations.lock. "
        "Check the page, then run `make sync PAGE=verkosto.md`.",
    ]
    assert success and "verkosto.md" not in lock(project)


def test_a_lock_that_is_not_yaml(project: Path) -> None:
    path = project / "translations.lock"
    path.write_text(path.read_text(encoding="utf-8") + "<<<<<<< HEAD\n", encoding="utf-8")
    assert [finding for finding in findings(project) if finding.startswith("translations.lock")] == [
        f"translations.lock:{line_of(path, '<<<<<<<') + 1}: this is not valid YAML (could not find expected ':'). "
        "Check indentation, colons and quotes.",
    ]


def test_sync_without_a_page_name(project: Path) -> None:
    result = run_checker(project, "--sync")
    assert result.stderr == "Name the page you have brought in step, e.g. make sync PAGE=verkosto.md\n"
    assert result.returncode == 2


def test_sync_of_a_page_that_does_not_exist(project: Path) -> None:
    assert sync(project, ["verkko.md"], TODAY) == (
        ["verkko.md: there is no such page in docs/fi/ or docs/sv/."],
        False,
    )


def test_a_lock_written_on_windows_line_endings_still_matches(project: Path) -> None:
    page = project / "docs" / "sv" / "verkosto.md"
    page.write_bytes(page.read_bytes().replace(b"\n", b"\r\n"))
    assert findings(project) == []


def test_a_translated_page_missing_from_the_lock_and_an_entry_without_a_page() -> None:
    project = small_project({"docs/fi/sivu.md": "# Sivu\n", "docs/sv/sivu.md": "# Sida\n"})
    gone = InStep("vanha.md", 7, date(2026, 1, 2), {"fi": "0" * 64, "sv": "1" * 64})
    project.lock = ({"vanha.md": gone}, {})
    assert [str(finding) for finding in freshness.findings(project)] == [
        "translations.lock:7: vanha.md has no page in docs/fi/ or docs/sv/ any more. "
        "Run `make sync PAGE=vanha.md` to remove the entry.",
        "docs/fi/sivu.md:1: is not marked as in step with its translation in translations.lock. "
        "When both languages say the same, add the entry the job summary offers to translations.lock, "
        "or run `make sync PAGE=sivu.md`.",
    ]


def test_sync_refuses_while_the_address_pairs_cannot_be_read(project: Path) -> None:
    (project / "data" / "language_specific_links.yaml").write_text("links: [\n", encoding="utf-8")
    before = (project / "translations.lock").read_text(encoding="utf-8")
    output, success = sync(project, ["verkosto.md"], TODAY)
    assert [line.split(":")[0] for line in output] == ["data/language_specific_links.yaml"]
    assert not success
    assert (project / "translations.lock").read_text(encoding="utf-8") == before
