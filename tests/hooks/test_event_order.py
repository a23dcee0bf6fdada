"""The build's one timeline (hooks/site_build.py) as MkDocs actually runs it with every plugin."""

from collections.abc import Callable
from typing import Any

from conftest import ROOT
from mkdocs.config import load_config

HOOK = "hooks/site_build.py"

# MkDocs' events in the order a build runs them, and who handles each, in order. mkdocs-static-i18n
# (I18n) builds every other language inside its on_post_build, so what comes before it there runs
# once per language build and what comes after it once all languages are built.
EXPECTED = {
    "serve": ["SearchPlugin.on_serve", f"{HOOK}.on_serve"],
    "config": ["SearchPlugin.on_config", "I18n.on_config", f"{HOOK}.on_config"],
    "files": [f"{HOOK}._add_news_pages", "I18n.on_files", f"{HOOK}._give_checked_texts"],
    "nav": [f"{HOOK}.on_nav", "I18n.on_nav"],
    "env": ["I18n.on_env", f"{HOOK}.on_env"],
    "page_markdown": ["I18n.on_page_markdown", f"{HOOK}.on_page_markdown"],
    "page_content": [f"{HOOK}.on_page_content"],
    "page_context": [
        "I18n.on_page_context",
        f"{HOOK}._index_for_search",
        "SearchPlugin.on_page_context",
        f"{HOOK}._page_context",
    ],
    "template_context": ["I18n.on_template_context", f"{HOOK}.on_template_context"],
    "post_page": [f"{HOOK}.on_post_page", "I18n.on_post_page"],
    "post_template": [f"{HOOK}.on_post_template"],
    "post_build": [
        "SearchPlugin.on_post_build",
        f"{HOOK}._finish_language",
        "I18n.on_post_build",
        f"{HOOK}._split_search_index",
    ],
}


def _name(handler: Callable[..., Any]) -> str:
    owner = getattr(handler, "__self__", None)
    return (
        f"{type(owner).__name__}.{handler.__name__}" if owner else f"{handler.__module__}.{handler.__name__}"
    )


def test_the_events_run_in_the_designed_order() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    actual = {
        event: [_name(handler) for handler in handlers]
        for event, handlers in config.plugins.events.items()
        if event in EXPECTED
    }
    assert actual == EXPECTED


def test_hooks_holds_only_the_hook_mkdocs_loads() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert list(config["hooks"]) == [HOOK]
    assert [path.name for path in (ROOT / "hooks").iterdir() if path.name != "__pycache__"] == [
        "site_build.py"
    ]
