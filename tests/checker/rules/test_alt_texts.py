"""Every image has an alt text (on a copy of the fixture site: test_structure.py)."""

from rule_cases import small_project

from programme_site.checker.rules import alt_texts


def test_an_image_without_alt_text_in_each_language() -> None:
    project = small_project(
        {
            "docs/fi/kuva.md": "![Kaavio](k.png)\n\n![](t.png)\n",
            "docs/sv/kuva.md": "![](k.png)\n\n![Tom](t.png)\n",
        }
    )
    assert [str(finding) for finding in alt_texts.findings(project)] == [
        "docs/fi/kuva.md:3: the image t.png has no alt text. Describe it between the brackets, "
        "e.g. ![what the image shows](t.png), so that screen-reader users get it too.",
        "docs/sv/kuva.md:1: the image k.png has no alt text. Describe it between the brackets, "
        "e.g. ![what the image shows](k.png), so that screen-reader users get it too.",
    ]


def test_a_stub_has_no_images_of_its_own() -> None:
    project = small_project(
        {"docs/fi/kuva.md": "![Kaavio](k.png)\n", "docs/sv/kuva.md": "---\nuntranslated: true\n---\n"}
    )
    assert alt_texts.findings(project) == []
