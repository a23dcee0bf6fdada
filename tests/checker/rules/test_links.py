"""On copies of the fixture site: links lead somewhere, and both languages link to the same places."""

from pathlib import Path

import pytest
from conftest import append_to, line_of, replace_in, run_checker
from rule_cases import small_project

from programme_site.checker.rules import links
from programme_site.checker.rules.links import internal_target
from programme_site.checker.run import check_project
from programme_site.core.errors import SiteError
from programme_site.data.external_links import EXTERNAL_LINKS_FILE
from programme_site.data.language_links import load_language_links

LINKS = "data/language_specific_links.yaml"


def findings(project: Path) -> list[str]:
    """The findings, without the freshness lines every edit brings (rule 6 has its own tests)."""
    return [
        str(finding) for finding in check_project(project).findings if "marked in step" not in finding.problem
    ]


def add_line(project: Path, language: str, text: str) -> int:
    return append_to(project / "docs" / language / "verkosto.md", text)


def declare(project: Path, finnish: str, swedish: str) -> int:
    path = project / LINKS
    replace_in(path, "links:\n", f"links:\n  - fi: {finnish}\n    sv: {swedish}\n")
    return line_of(path, f"- fi: {finnish}")


def allow(project: Path, *addresses: str) -> None:
    """List addresses a test links to in data/external_links.yaml, as an editor would."""
    listing = "".join(f"  - {address}\n" for address in addresses)
    replace_in(project / EXTERNAL_LINKS_FILE, "links:\n", f"links:\n{listing}")


def test_a_link_to_a_page_that_does_not_exist(project: Path) -> None:
    page = project / "docs" / "sv" / "index.md"
    replace_in(page, "](verkosto.md)", "](natverk.md)")
    result = run_checker(project)
    line = line_of(page, "natverk.md")
    finnish_line = line_of(project / "docs" / "fi" / "index.md", "](verkosto.md)")
    assert [line for line in result.stdout.splitlines() if "marked in step" not in line] == [
        f"docs/fi/index.md:{finnish_line}: links to verkosto.md, but docs/sv/index.md does "
        "not. Link to the same pages in both languages.",
        f"docs/sv/index.md:{line}: the link to 'natverk.md' leads nowhere: there is no "
        "docs/sv/natverk.md. Correct the link, or add the file.",
        "3 errors. Fix the errors before merging: see 'Kielitarkistus' (Finnish) or 'Språkkontrollen' (Swedish) in CONTRIBUTING.md.",
    ]
    assert result.returncode == 1


def test_a_link_to_a_page_only_in_one_language(project: Path) -> None:
    line = add_line(project, "fi", "Katso myös [yhteystiedot](yhteystiedot.md#ohjausryhma).")
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line}: links to yhteystiedot.md, but docs/sv/verkosto.md does not. "
        "Link to the same pages in both languages.",
    ]


def test_anchors_may_differ_because_headings_are_translated(project: Path) -> None:
    add_line(project, "fi", "Katso [ohjausryhmä](yhteystiedot.md#ohjausryhma).")
    add_line(project, "sv", "Se [styrgruppen](yhteystiedot.md#styrgruppen).")
    assert findings(project) == []


def test_an_external_link_in_one_language_only(project: Path) -> None:
    address = "https://valvonta.example/"  # listed, not on this page
    line = add_line(project, "fi", f"Lisää tietoa: <{address}>")
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line}: links to {address}, but docs/sv/verkosto.md does not. "
        "Link to the same address in both languages, or, if the page has its own Swedish address, "
        f"add the pair to {LINKS}.",
    ]


def test_a_declared_language_specific_pair_counts_as_the_same_link(project: Path) -> None:
    declare(project, "https://tem.fi/pakolaiset", "https://tem.fi/sv/flyktingar")
    allow(project, "https://tem.fi/pakolaiset", "https://tem.fi/sv/flyktingar")
    add_line(project, "fi", "Katso [TEM](https://tem.fi/pakolaiset).")
    add_line(project, "sv", "Se [ANM](https://tem.fi/sv/flyktingar).")
    assert findings(project) == []


def test_the_finnish_address_on_the_swedish_page_when_a_swedish_one_is_declared(project: Path) -> None:
    entry = declare(project, "https://tem.fi/pakolaiset", "https://tem.fi/sv/flyktingar")
    allow(project, "https://tem.fi/pakolaiset")
    add_line(project, "fi", "Katso [TEM](https://tem.fi/pakolaiset).")
    line = add_line(project, "sv", "Se [ANM](https://tem.fi/pakolaiset).")
    assert findings(project) == [
        f"docs/sv/verkosto.md:{line}: links to the Finnish version of a page whose Swedish version is "
        f"https://tem.fi/sv/flyktingar ({LINKS}:{entry}). Link to that instead.",
    ]


def test_a_declared_pair_linked_in_one_language_only(project: Path) -> None:
    entry = declare(project, "https://tem.fi/pakolaiset", "https://tem.fi/sv/flyktingar")
    allow(project, "https://tem.fi/pakolaiset")
    line = add_line(project, "fi", "Katso [TEM](https://tem.fi/pakolaiset).")
    assert findings(project) == [
        f"docs/fi/verkosto.md:{line}: links to https://tem.fi/pakolaiset, but docs/sv/verkosto.md does not link "
        f"to its Swedish version https://tem.fi/sv/flyktingar ({LINKS}:{entry}). "
        "Link to the same page in both languages.",
    ]


def test_a_declared_pair_no_page_uses_is_a_warning(project: Path) -> None:
    entry = declare(project, "https://tem.fi/pakolaiset", "https://tem.fi/sv/flyktingar")
    report = check_project(project)
    assert [str(finding) for finding in report.findings] == [
        f"{LINKS}:{entry}: warning: no page links to https://tem.fi/pakolaiset or https://tem.fi/sv/flyktingar. "
        "Remove the entry if it is no longer needed.",
    ]
    assert not report.failed


@pytest.mark.parametrize(
    ("finnish", "swedish", "message"),
    [
        (
            "https://tem.fi/a",
            "https://tem.fi/a",
            "link 1, field 'sv': is the same address as 'fi'. "
            "A link that is the same in both languages needs no entry.",
        ),
        (
            "https://tem.fi/a",
            "tem.fi/sv/a",
            "link 1, field 'sv': 'tem.fi/sv/a' is not valid. Write a full https:// address.",
        ),
    ],
)
def test_a_bad_entry_in_the_language_links_file(
    project: Path, finnish: str, swedish: str, message: str
) -> None:
    entry = declare(project, finnish, swedish)
    with pytest.raises(SiteError) as error:
        load_language_links(project)
    assert str(error.value) == f"{LINKS}:{entry + 1}: {message}"
    assert f"{LINKS}:{entry + 1}: {message}" in [str(finding) for finding in check_project(project).findings]


def test_the_same_address_in_two_entries(project: Path) -> None:
    path = project / LINKS
    replace_in(
        path,
        "links:\n",
        "links:\n  - fi: https://tem.fi/a\n    sv: https://tem.fi/sv/a\n  - fi: https://tem.fi/a\n    sv: https://tem.fi/sv/b\n",
    )
    with pytest.raises(SiteError) as error:
        load_language_links(project)
    first = line_of(path, "- fi: https://tem.fi/a")
    assert str(error.value) == (
        f"{LINKS}:{first + 2}: link 2, field 'fi': 'https://tem.fi/a' is already in the entry on line {first}. "
        "Write each address once."
    )


@pytest.mark.parametrize(
    ("target", "resolved"),
    [
        ("verkosto.md", "verkosto.md"),
        ("verkosto.md#kenelle", "verkosto.md"),
        ("../assets/kaavio.png", "../assets/kaavio.png"),
        ("uusi%20sivu.md", "uusi sivu.md"),
        ("https://tem.fi/", None),
        ("mailto:a@b.fi", None),
        ("#kohta", None),
        ("/sv/", None),
    ],
)
def test_where_a_relative_link_leads(target: str, resolved: str | None) -> None:
    assert internal_target("index.md", target) == resolved


def test_a_broken_link_and_an_address_in_one_language_only() -> None:
    project = small_project(
        {
            "docs/fi/sivu.md": "[muu](muu.md) ja [TEM](https://tem.fi/)\n",
            "docs/sv/sivu.md": "[annan](annan.md)\n",
            "docs/sv/annan.md": "# Annan\n",
            "docs/fi/annan.md": "# Muu\n",
        }
    )
    assert [str(finding) for finding in links.findings(project)] == [
        "docs/fi/sivu.md:1: the link to 'muu.md' leads nowhere: there is no docs/fi/muu.md. "
        "Correct the link, or add the file.",
        "docs/fi/sivu.md:1: links to https://tem.fi/, but docs/sv/sivu.md does not. Link to the same address in "
        "both languages, or, if the page has its own Swedish address, add the pair to "
        "data/language_specific_links.yaml.",
        "docs/sv/sivu.md:1: links to annan.md, but docs/fi/sivu.md does not. Link to the same pages in both "
        "languages.",
    ]
