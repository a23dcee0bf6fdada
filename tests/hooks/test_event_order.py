"""The build's one timeline (hooks/site_build.py) as MkDocs actually runs it with every plugin.

Two things are held to what MkDocs does: within each event, who handles it in which order (the
priorities against mkdocs-static-i18n and the search plugin); and across events, the order the
hook's handlers stand in the file, which must be the order a traced build calls the events in, so
that the file reads as the build runs.
"""

import ast
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import ROOT, copy_environment, fixture_project
from mkdocs.config import load_config

HOOK = "hooks/site_build.py"

# MkDocs' events, and who handles each, in order. mkdocs-static-i18n (I18n) builds every other
# language inside its on_post_build, so what comes before it there runs once per language build and
# what comes after it once all languages are built.
EXPECTED = {
    "startup": ["SearchPlugin.on_startup", f"{HOOK}.on_startup"],
    "serve": ["SearchPlugin.on_serve", f"{HOOK}.on_serve"],
    "config": ["SearchPlugin.on_config", "I18n.on_config", f"{HOOK}.on_config"],
    "pre_build": [f"{HOOK}.on_pre_build"],
    "files": [
        f"{HOOK}._add_news_pages",
        "I18n.on_files",
        f"{HOOK}._give_checked_texts",
        f"{HOOK}._keep_unchanged",
    ],
    "nav": [f"{HOOK}.on_nav", "I18n.on_nav"],
    "env": ["I18n.on_env", f"{HOOK}.on_env"],
    "page_markdown": ["I18n.on_page_markdown", f"{HOOK}.on_page_markdown"],
    "page_content": [f"{HOOK}.on_page_content"],
    "page_context": ["I18n.on_page_context", "SearchPlugin.on_page_context", f"{HOOK}.on_page_context"],
    "template_context": ["I18n.on_template_context", f"{HOOK}.on_template_context"],
    "post_page": [f"{HOOK}.on_post_page", "I18n.on_post_page"],
    "post_template": [f"{HOOK}.on_post_template"],
    "post_build": [
        "SearchPlugin.on_post_build",
        f"{HOOK}._finish_language",
        "I18n.on_post_build",
        f"{HOOK}._split_search_index",
    ],
    "shutdown": [f"{HOOK}.on_shutdown"],
}

# A second hook that writes down each event as MkDocs calls it.
TRACER = """
from pathlib import Path

TRACE = Path(__file__).with_name("trace.txt")


def _record(event):
    with TRACE.open("a", encoding="utf-8") as file:
        file.write(event + "\\n")


def on_startup(command, dirty):
    _record("startup")


def on_config(config):
    _record("config")


def on_pre_build(config):
    _record("pre_build")


def on_files(files, config):
    _record("files")


def on_nav(nav, config, files):
    _record("nav")


def on_page_markdown(markdown, page, config, files):
    _record("page_markdown")


def on_page_content(html, page, config, files):
    _record("page_content")


def on_env(env, config, files):
    _record("env")


def on_template_context(context, template_name, config):
    _record("template_context")


def on_post_template(output, template_name, config):
    _record("post_template")


def on_page_context(context, page, config, nav):
    _record("page_context")


def on_post_page(output, page, config):
    _record("post_page")


def on_post_build(config):
    _record("post_build")


def on_shutdown():
    _record("shutdown")
"""


def _name(handler: Callable[..., Any]) -> str:
    owner = getattr(handler, "__self__", None)
    return (
        f"{type(owner).__name__}.{handler.__name__}" if owner else f"{handler.__module__}.{handler.__name__}"
    )


def test_each_event_is_handled_in_the_designed_order() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    actual = {
        event: [_name(handler) for handler in handlers]
        for event, handlers in config.plugins.events.items()
        if event in EXPECTED
    }
    assert actual == EXPECTED


def events_in_file(source: str) -> list[str]:
    """The events the hook handles, in the order their handlers stand in the file: an event stands
    where its first handler is defined (a CombinedEvent's first part may stand before it)."""
    tree = ast.parse(source)
    defined = {node.name: node.lineno for node in tree.body if isinstance(node, ast.FunctionDef)}
    first_line: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("on_"):
            first_line[node.name.removeprefix("on_")] = node.lineno
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.startswith("on_"):
                parts = [defined[arg.id] for arg in node.value.args if isinstance(arg, ast.Name)]
                first_line[target.id.removeprefix("on_")] = min(parts, default=node.lineno)
    return sorted(first_line, key=first_line.__getitem__)


def traced_events(tmp_path: Path) -> list[str]:
    """The events of a real build of the site, each at its first call."""
    project = fixture_project(tmp_path / "project")
    (project / "hooks" / "tracer.py").write_text(TRACER, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - hooks/site_build.py\n", "  - hooks/site_build.py\n  - hooks/tracer.py\n", 1
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=project,
        env=copy_environment(project),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = (project / "hooks" / "trace.txt").read_text(encoding="utf-8").split()
    return list(dict.fromkeys(calls))


def test_the_hook_reads_in_the_order_a_build_runs(tmp_path: Path) -> None:
    in_file = events_in_file((ROOT / HOOK).read_text(encoding="utf-8"))
    traced = [event for event in traced_events(tmp_path) if event in in_file]
    # `mkdocs serve` calls on_serve once its first build is done, and on_shutdown as every command
    # does when it ends: they stand last.
    assert traced[-1] == "shutdown"
    assert in_file == [*traced[:-1], "serve", "shutdown"]


def test_swapping_two_events_in_the_file_is_caught() -> None:
    source = (ROOT / HOOK).read_text(encoding="utf-8")
    events = events_in_file(source)
    start = source.index("def on_page_context(")
    end = source.index("\n\n\n", start)
    handler = source[start:end]
    moved = source[:start] + source[end:]
    moved = moved.replace("def on_nav(", handler + "\n\n\ndef on_nav(", 1)
    assert events_in_file(moved) != events


def test_hooks_holds_only_the_hook_mkdocs_loads() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert list(config["hooks"]) == [HOOK]
    assert [path.name for path in (ROOT / "hooks").iterdir() if path.name != "__pycache__"] == [
        "site_build.py"
    ]
