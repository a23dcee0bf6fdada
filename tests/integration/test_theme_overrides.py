"""The overrides that make Material's templates quicker write what Material's own templates write.

overrides/partials/nav.html writes a link to another page directly, and overrides/partials/
language.html looks each of the theme's texts up once a build (theme/texts.py). Each build
here is made twice from the same copy, with the override and without it (Material's template), and
every HTML page must come out the same but for the amount of white space.
"""

import re
from pathlib import Path

import pytest
from conftest import built, replace_in

NAV = Path("overrides") / "partials" / "nav.html"
LANGUAGE = Path("overrides") / "partials" / "language.html"


def _pages(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
        for path in sorted(site.rglob("*.html"))
    }


def _with_and_without(project: Path, override: Path) -> tuple[dict[str, str], dict[str, str]]:
    ours = _pages(built(project))
    (project / override).unlink()
    return ours, _pages(built(project))


def _differing(ours: dict[str, str], materials: dict[str, str]) -> list[str]:
    assert ours.keys() == materials.keys()
    return [name for name in ours if ours[name] != materials[name]]


@pytest.mark.parametrize("override", [NAV, LANGUAGE])
def test_every_page_is_as_materials_template_writes_it(project: Path, override: Path) -> None:
    ours, materials = _with_and_without(project, override)
    # The site has pages in the navigation (one of them current) and pages outside it...
    assert 'class="md-nav__link md-nav__link--active"' in ours["verkosto/index.html"]
    assert "md-nav__link--active" not in ours["ajankohtaista/2025-03-05-oma-uutiskirje/index.html"]
    # ... and the theme's texts in both languages.
    assert 'placeholder="Hae"' in ours["index.html"]
    assert 'placeholder="Sök"' in ours["sv/index.html"]
    assert not _differing(ours, materials)


def test_a_section_in_the_navigation_is_still_materials(project: Path) -> None:
    replace_in(
        project / "mkdocs.yml",
        "  - Verkosto: verkosto.md\n  - Yhteystiedot: yhteystiedot.md\n",
        "  - Verkosto:\n    - Verkosto: verkosto.md\n    - Yhteystiedot: yhteystiedot.md\n",
    )
    ours, materials = _with_and_without(project, NAV)
    assert "md-nav__item--nested" in ours["index.html"]
    assert not _differing(ours, materials)


@pytest.mark.parametrize(
    ("override", "old", "new"),
    [
        (NAV, 'class="md-nav__link">', 'class="md-nav__link" data-x>'),
        (LANGUAGE, "{{ theme_text(key) }}", "{{ theme_text(key) | upper }}"),
    ],
)
def test_a_changed_override_is_found(project: Path, override: Path, old: str, new: str) -> None:
    """The comparison itself: an override that writes something else fails it."""
    replace_in(project / override, old, new)
    assert _differing(*_with_and_without(project, override))


def test_a_title_is_printed_as_text_where_material_prints_it_as_markup(project: Path) -> None:
    """Defence in depth beside the checks (pages/markup.py), which keep markup out of the titles
    editors write: the browser tab and the header print any title as text. The title here comes from
    the navigation in mkdocs.yml, which the checks leave to reviewers; Material would print its tag."""
    replace_in(
        project / "mkdocs.yml", "  - Verkosto: verkosto.md", "  - Verkosto <b>&amp;</b> muut: verkosto.md"
    )
    replace_in(
        project / "mkdocs.yml",
        "            Verkosto: Nätverket",
        "            Verkosto <b>&amp;</b> muut: Nätverket",
    )
    html = (built(project) / "verkosto" / "index.html").read_text(encoding="utf-8")
    assert "<title>Verkosto &amp; muut - " in html
    assert re.search(
        r'data-md-component="header-topic">\s*<span class="md-ellipsis">\s*Verkosto &amp; muut\s*</span>',
        html,
    )
