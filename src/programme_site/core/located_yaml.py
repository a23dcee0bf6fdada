"""Read YAML files keeping the line number of every mapping and sequence item.

Editors need `file:line` in every message, so the loader keeps positions.
Dates stay strings here (they are checked with a clear message later), and a
key written twice in one mapping is an error instead of silently winning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from programme_site.core.errors import SiteError
from programme_site.core.messages import _


class Located(dict):
    """A YAML mapping that remembers its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]


class LocatedList(list):
    """A YAML sequence that remembers the line of each item."""

    line: int
    item_lines: list[int]


# libyaml's parser (in PyYAML's wheels) reads a thousand news items 15 times faster than
# the pure-Python one; marks, constructors and resolvers work the same with both.
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_PARSER):
    pass


# Without the timestamp resolver `2023-13-01` stays a string we can report on,
# instead of a ValueError from deep inside PyYAML.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise SiteError(loader.name, line, _("the key {key} must be text.").format(key=repr(key)))
        if key in mapping:
            raise SiteError(
                loader.name,
                line,
                _(
                    "'{key}' is written twice in the same entry (first on line {line}). Keep one of them."
                ).format(key=key, line=mapping.key_lines[key]),
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    items = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)

# PyYAML builds nodes and objects recursively: a thousand nested brackets end in a
# RecursionError, fifty thousand in a segmentation fault. The site's files nest a few
# levels and hold at most thousands of news items, so these bounds refuse only attacks.
MAX_DEPTH = 20
MAX_CHARACTERS = 20_000_000
_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def check_bounds(text: str, shown: str, first_line: int = 1) -> None:
    """Refuse text too large or too deeply nested before PyYAML composes it.

    The event stream is read iteratively (libyaml keeps its own stack), so it is
    safe to scan at any depth. YAML syntax errors propagate as yaml.YAMLError.
    `text` starts on line `first_line` of the file named `shown`.
    """
    if len(text) > MAX_CHARACTERS:
        raise SiteError(
            shown,
            None,
            _("the file has {count} characters; the limit is {limit}. Split it.").format(
                count=f"{len(text):,}", limit=f"{MAX_CHARACTERS:,}"
            ),
        )
    depth = 0
    for event in yaml.parse(text, Loader=_PARSER):
        # An alias repeats a node wherever it is used: a kilobyte of aliases of aliases stands for
        # billions of values, which any reader that walks them never finishes. The site's files
        # write every value out, so anchors, aliases and merge keys ('<<') are refused.
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise SiteError(
                shown,
                event.start_mark.line + first_line,
                _("YAML anchors and aliases (&name, *name) are not used here. Write the value out in full."),
            )
        if isinstance(event, yaml.ScalarEvent) and event.value == "<<" and event.implicit[0]:
            raise SiteError(
                shown,
                event.start_mark.line + first_line,
                _("YAML merge keys ('<<:') are not used here. Write each field out in full."),
            )
        if isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                raise SiteError(
                    shown,
                    event.start_mark.line + first_line,
                    _(
                        "the lists and entries here are nested more than {depth} levels deep. "
                        "Check the brackets and indentation."
                    ).format(depth=MAX_DEPTH),
                )
        elif isinstance(event, _CLOSING):
            depth -= 1


def load_yaml(path: Path, display_path: str | None = None) -> Any:
    """Parse one YAML file; any problem becomes a SiteError naming file and line."""
    shown = display_path or str(path)
    return parse_yaml(read_text(path, shown), shown)


def read_text(path: Path, shown: str) -> str:
    """A YAML file's text; a missing or non-UTF-8 file becomes a SiteError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SiteError(shown, None, _("the file is missing. Restore it from the main branch.")) from None
    except UnicodeDecodeError as error:
        raise SiteError(
            shown,
            None,
            _("the file is not UTF-8 text (byte {byte}). Save it as UTF-8.").format(byte=error.start),
        ) from None


def parse_yaml(text: str, shown: str, first_line: int = 1) -> Any:
    """Parse YAML text that starts on `first_line` of the file named `shown`."""
    # Blank lines in front keep PyYAML's line numbers equal to the file's.
    return _read("\n" * (first_line - 1) + text, shown, _Loader.get_single_data)


def compose_yaml(text: str, shown: str) -> yaml.Node | None:
    """The node tree of YAML text, for reading line marks without building objects."""
    return _read(text, shown, _Loader.get_single_node)


def _read(text: str, shown: str, read: Callable[[_Loader], Any]) -> Any:
    """Check the bounds, then `read` the text; any problem becomes a SiteError naming file and line."""
    loader = None
    try:
        check_bounds(text, shown)
        loader = _Loader(text)
        loader.name = shown
        return read(loader)
    except yaml.reader.ReaderError as error:
        # Characters YAML forbids are found before parsing (pure-Python reader) or during it (libyaml).
        line = text[: error.position].count("\n") + 1
        raise SiteError(
            shown,
            line,
            _("the invisible control character {character} is not allowed here. Delete it.").format(
                character=f"U+{error.character:04X}"
            ),
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        # PyYAML's own explanation stays in English: it is the best detail there is.
        what = error.problem or error.context or _("unreadable YAML")
        raise SiteError(
            shown,
            line,
            _("this is not valid YAML ({problem}). Check indentation, colons and quotes.").format(
                problem=what
            ),
        ) from None
    except yaml.YAMLError as error:
        raise SiteError(shown, None, _("this is not valid YAML ({problem}).").format(problem=error)) from None
    finally:
        if loader is not None:
            loader.dispose()
