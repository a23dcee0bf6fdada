"""The site data for one MkDocs build, loaded and checked once for every hook that needs it.

Not a hook itself: data_blocks.py and news_pages.py import it, and Python keeps one
copy of the module, so the data is read once per build instead of once per hook.
It is read again when a data file changes, as under `mkdocs serve`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from programme_site.errors import SiteError
from programme_site.models import SiteData, load_site_data

_loaded: tuple[tuple[object, ...], SiteData] | None = None


def _version(root: Path) -> tuple[object, ...]:
    """What the loaded data depends on: the data files' sizes and modification times."""
    return (
        root,
        *(
            (path.name, path.stat().st_mtime_ns, path.stat().st_size)
            for path in sorted((root / "data").glob("*.yaml"))
        ),
    )


def project_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, absolute: `mkdocs build -f mkdocs.yml` gives a relative path."""
    return Path(config.config_file_path).resolve().parent


def site_data(config: MkDocsConfig) -> SiteData:
    global _loaded
    root = project_root(config)
    version = _version(root) if (root / "data").is_dir() else (root,)
    if _loaded is None or _loaded[0] != version:
        try:
            _loaded = (version, load_site_data(root))
        except SiteError as error:
            raise PluginError(str(error)) from None
    return _loaded[1]
