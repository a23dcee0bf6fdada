"""MkDocs adapter: the security policy for every host: `_headers` in the site root, the CSP `<meta>` in pages."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from programme_site.http_headers import META_CONTENT_SECURITY_POLICY, static_host_headers
from programme_site.models import DEFAULT_LANGUAGE


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.globals["content_security_policy"] = META_CONTENT_SECURITY_POLICY
    return env


def on_post_build(config: MkDocsConfig) -> None:
    # One file for the whole site: written by the default language's build, at the root.
    if config.theme["language"] == DEFAULT_LANGUAGE:
        (Path(config.site_dir) / "_headers").write_text(static_host_headers(), encoding="utf-8")
