"""The navigation of mkdocs.yml and its translations, with line numbers, and its Markdown extensions.

mkdocs.yml is read as a YAML node tree rather than loaded into Python values:
the tree keeps every line, and tags such as `!!python/name:` (which MkDocs
configurations often use) need no constructor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from programme_site.core.errors import SiteError
from programme_site.core.languages import DEFAULT_LANGUAGE
from programme_site.core.located_yaml import compose_yaml, read_text
from programme_site.core.messages import _

CONFIG = "mkdocs.yml"


@dataclass(frozen=True)
class NavEntry:
    line: int
    title: str | None  # None: MkDocs takes the title from the page itself
    page: str | None  # None: a section or an external link


@dataclass(frozen=True)
class NavTranslation:
    line: int
    text: str


@dataclass(frozen=True)
class MarkdownConfig:
    """mkdocs.yml's markdown_extensions: the names, and each one's settings."""

    extensions: list[str]
    configs: dict[str, dict[str, object]]


@dataclass(frozen=True)
class NavConfig:
    entries: list[NavEntry]
    # For each language but the default: the nav_translations block's line, and title -> translation.
    translations: dict[str, tuple[int, dict[str, NavTranslation]]]


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _item(node: yaml.Node | None, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    """The key and value nodes of `key` in a mapping node."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return key_node, value
    return None


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    item = _item(node, key)
    return item[1] if item else None


def _nav_entries(node: yaml.Node | None) -> list[NavEntry]:
    entries = []
    for item in node.value if isinstance(node, yaml.SequenceNode) else []:
        if isinstance(item, yaml.ScalarNode):
            entries.append(NavEntry(_line(item), None, item.value))
        elif isinstance(item, yaml.MappingNode):
            for key_node, value in item.value:
                if isinstance(value, yaml.SequenceNode):
                    entries.append(NavEntry(_line(key_node), key_node.value, None))
                    entries.extend(_nav_entries(value))
                else:
                    target = str(value.value)
                    page = None if "://" in target else target
                    entries.append(NavEntry(_line(key_node), key_node.value, page))
    return entries


def _translations(plugins: yaml.Node | None) -> dict[str, tuple[int, dict[str, NavTranslation]]]:
    i18n = next(
        (_get(item, "i18n") for item in getattr(plugins, "value", []) if _get(item, "i18n") is not None),
        None,
    )
    if i18n is None:
        raise SiteError(
            CONFIG, None, _("the i18n plugin is not configured, so the site has one language. Restore it.")
        )
    translations = {}
    for language in getattr(_get(i18n, "languages"), "value", []):
        locale = _get(language, "locale")
        if locale is None or locale.value == DEFAULT_LANGUAGE:
            continue
        block = _item(language, "nav_translations")
        titles = {
            key.value: NavTranslation(_line(key), str(value.value or ""))
            for key, value in (block[1].value if block and isinstance(block[1], yaml.MappingNode) else [])
        }
        translations[locale.value] = (_line(block[0] if block else language), titles)
    return translations


def _config_tree(root: Path) -> yaml.Node | None:
    # The project's own reader: bounded nesting, and a file:line message for any bad YAML.
    return compose_yaml(read_text(root / CONFIG, CONFIG), CONFIG)


def read_markdown_config(root: Path) -> MarkdownConfig:
    """The Markdown extensions MkDocs converts every page with, as mkdocs.yml lists them."""
    extensions, configs = [], {}
    for item in getattr(_get(_config_tree(root), "markdown_extensions"), "value", []):
        if isinstance(item, yaml.ScalarNode):
            extensions.append(str(item.value))
        elif isinstance(item, yaml.MappingNode):
            for key_node, value in item.value:
                extensions.append(str(key_node.value))
                configs[str(key_node.value)] = yaml.safe_load(yaml.serialize(value)) or {}
    return MarkdownConfig(extensions, configs)


def read_nav(root: Path) -> NavConfig:
    tree = _config_tree(root)
    return NavConfig(
        entries=_nav_entries(_get(tree, "nav")),
        translations=_translations(_get(tree, "plugins")),
    )
