"""The tests' own small site, tests/fixtures/site/, made into a project that the build and the checker run on.

The fixture holds content only: its pages in both languages, its data files, its translations.lock and
its navigation with the Swedish titles (nav.yml). Everything else a project has is code and
configuration, and is taken from the real tree whenever a project is made: mkdocs.yml with the
fixture's navigation in place of the real one, hooks/, overrides/, src/ and docs/assets/. So every
change of configuration is tested on the fixture too, the fixture cannot drift from it, and no
editor's change of the real pages or data reaches a code test (tests/live_content.py sees to that).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"
CONFIG = "mkdocs.yml"
# The fixture's content, copied as it is.
CONTENT_PARTS = ("docs", "data", "translations.lock")
# The real tree's code and configuration a build needs besides mkdocs.yml: the hook and the package
# behind it (a project's own copy, which a test may change), the theme overrides, the site's CSS and scripts.
CODE_PARTS = ("hooks", "overrides", "src", "docs/assets")
# The fixture's pages, in the order of its navigation.
PAGES = ("index.md", "verkosto.md", "yhteystiedot.md", "ajankohtaista.md", "saavutettavuusseloste.md")


def _fixture_nav() -> tuple[list[dict[str, str]], dict[str, str]]:
    navigation = yaml.safe_load((FIXTURE / "nav.yml").read_text(encoding="utf-8"))
    return navigation["nav"], navigation["nav_translations"]


def _mapping_value(node: yaml.Node, key: str) -> yaml.Node:
    assert isinstance(node, yaml.MappingNode), node
    return next(value for name, value in node.value if name.value == key)


def _swedish_titles(tree: yaml.Node) -> yaml.Node:
    """The nav_translations block of the 'sv' language of the i18n plugin."""
    i18n = next(
        _mapping_value(plugin, "i18n")
        for plugin in _mapping_value(tree, "plugins").value
        if isinstance(plugin, yaml.MappingNode) and plugin.value[0][0].value == "i18n"
    )
    swedish = next(
        language
        for language in _mapping_value(i18n, "languages").value
        if _mapping_value(language, "locale").value == "sv"
    )
    return _mapping_value(swedish, "nav_translations")


def _replace_block(lines: list[str], node: yaml.Node, block: list[str]) -> list[str]:
    """`lines` with the lines of a block node replaced by `block`, indented as the node was."""
    last = node
    while isinstance(last, yaml.SequenceNode | yaml.MappingNode):  # a block's end mark is the next token's
        last = last.value[-1][1] if isinstance(last, yaml.MappingNode) else last.value[-1]
    indent = " " * node.start_mark.column
    return [
        *lines[: node.start_mark.line],
        *(f"{indent}{line}\n" for line in block),
        *lines[last.end_mark.line + 1 :],
    ]


def fixture_config() -> str:
    """The real mkdocs.yml with the fixture's navigation and Swedish titles in place of the real ones.

    The text is changed only there, line for line, so the real file's comments, tags (!ENV) and
    layout stay as they are, and a test can break the copy as it would break the real file.
    """
    text = (ROOT / CONFIG).read_text(encoding="utf-8")
    tree = yaml.compose(text)
    nav, titles = _fixture_nav()
    lines = text.splitlines(keepends=True)
    # The later block first, so that the earlier one's line numbers still hold.
    blocks = sorted(
        [
            (
                _mapping_value(tree, "nav"),
                [f"- {title}: {page}" for entry in nav for title, page in entry.items()],
            ),
            (_swedish_titles(tree), [f"{finnish}: {swedish}" for finnish, swedish in titles.items()]),
        ],
        key=lambda block: block[0].start_mark.line,
        reverse=True,
    )
    for node, block in blocks:
        lines = _replace_block(lines, node, block)
    return "".join(lines)


def write_fixture_project(target: Path) -> Path:
    """A project at `target` (a new folder): the fixture's content, the real code and configuration."""
    target.mkdir(parents=True)
    for part in CONTENT_PARTS:
        source = FIXTURE / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    for part in CODE_PARTS:
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    (target / CONFIG).write_text(fixture_config(), encoding="utf-8")
    return target
