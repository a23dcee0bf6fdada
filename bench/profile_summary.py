"""Where a build's time goes: a pyinstrument profile boiled down to the figures the report needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyinstrument.frame import Frame
from pyinstrument.session import Session

MARKDOWN = "Python-Markdown: Markdown to HTML"
SEARCH_DUPLICATES = "mkdocs-static-i18n: reconfigure_search_duplicates"
SEARCH_ENTRIES = "Search plugin: index entries from each page"
# The known costs of a MkDocs build, each one function: label, function, file it is in.
COST_CENTRES = (
    (MARKDOWN, "convert", "markdown/core.py"),
    ("MkDocs: theme template, page context, write (per page)", "_build_page", "mkdocs/commands/build.py"),
    (SEARCH_ENTRIES, "on_page_context", "material/plugins/search/plugin.py"),
    (SEARCH_DUPLICATES, "reconfigure_search_duplicates", "mkdocs_static_i18n/reconfigure.py"),
    ("Search plugin: write search_index.json", "on_post_build", "material/plugins/search/plugin.py"),
    # The i18n plugin's own work; its on_post_build is left out, as it runs the other language's build.
    *(
        (f"mkdocs-static-i18n: {event}", event, "mkdocs_static_i18n/plugin.py")
        for event in ("on_files", "on_nav", "on_page_markdown", "on_page_context", "on_post_page")
    ),
)
I18N_PREFIX = "mkdocs-static-i18n: on_"
HOOKS_FOLDER = "/hooks/"
# The wrapper hooks/site_build.py puts around events that can fail (`_reported`): its time is shown
# under the names of the events it runs.
WRAPPER = "run"


@dataclass(frozen=True)
class Cost:
    label: str
    seconds: float


@dataclass(frozen=True)
class ProfileSummary:
    total: float
    centres: list[Cost]
    hooks: list[Cost]  # each of our hook functions MkDocs calls, with what it calls
    self_time: list[Cost]  # the functions that spend the most time in their own code

    def centre(self, label: str) -> float:
        return next(cost.seconds for cost in self.centres if cost.label == label)

    def i18n_events(self) -> float:
        """The i18n plugin's own per-file and per-page work."""
        return sum(cost.seconds for cost in self.centres if cost.label.startswith(I18N_PREFIX))


def _key(frame: Frame) -> str:
    return f"{frame.function}\0{frame.file_path}"


def _is(key: str, function: str, path: str) -> bool:
    name, file = key.split("\0")
    return name == function and file.endswith(f"/{path}")


def _walk(frame: Frame, stack: tuple[str, ...] = ()) -> Iterator[tuple[Frame, tuple[str, ...]]]:
    """Every frame with the keys of its callers."""
    yield frame, stack
    for child in frame.children:
        yield from _walk(child, (*stack, _key(frame)))


def _is_hook(key: str) -> bool:
    path = key.split("\0")[1]
    return HOOKS_FOLDER in path and "/programme_site/" not in path


def summarise(profile: Path, top: int = 10) -> ProfileSummary:
    """Inclusive seconds of each cost centre and hook (a recursive call counted once) and top self time."""
    root = Session.load(str(profile)).root_frame()
    assert root is not None, f"{profile} recorded no samples"
    inclusive: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)
    hooks: dict[str, float] = defaultdict(float)
    for frame, stack in _walk(root):
        key = _key(frame)
        if frame.is_synthetic:
            continue  # pyinstrument's "[self]" entries: counted in their function's self time
        own[f"{frame.function} ({frame.file_path_short})"] += frame.total_self_time
        if key not in stack:
            inclusive[key] += frame.time
        # A hook as MkDocs calls it: in a hook file, called from outside the hook files.
        if _is_hook(key) and not (stack and _is_hook(stack[-1])):
            wrapped = [child for child in frame.children if _is_hook(_key(child))]
            for event in wrapped if frame.function == WRAPPER and wrapped else [frame]:
                name = Path(event.file_path or "").name
                hooks[
                    "import of the hook files"
                    if event.function == "<module>"
                    else f"{event.function} ({name})"
                ] += event.time
    centres = [
        Cost(label, sum(seconds for key, seconds in inclusive.items() if _is(key, function, path)))
        for label, function, path in COST_CENTRES
    ]
    ranked = sorted(own.items(), key=lambda item: item[1], reverse=True)[:top]
    return ProfileSummary(
        total=root.time,
        centres=centres,
        hooks=[Cost(name, seconds) for name, seconds in sorted(hooks.items(), key=lambda item: -item[1])],
        self_time=[Cost(name, seconds) for name, seconds in ranked],
    )
