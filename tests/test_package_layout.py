"""The package's shape is its design: three parts, imports one way, nothing of MkDocs in the logic."""

import ast
from collections import Counter
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "programme_site"
PARTS = ("core", "build", "checker")
# Which parts each part may import: the build never imports the checker, the core neither of them.
MAY_IMPORT = {"core": {"core"}, "build": {"core", "build"}, "checker": {"core", "build", "checker"}}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    return names


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path.parent != PACKAGE)


def test_every_module_is_in_one_of_the_three_parts() -> None:
    assert [path.name for path in PACKAGE.glob("*.py")] == ["__init__.py"]
    assert {path.relative_to(PACKAGE).parts[0] for path in modules()} == set(PARTS)


def test_imports_go_one_way_and_never_to_mkdocs() -> None:
    wrong = []
    for path in modules():
        part = path.relative_to(PACKAGE).parts[0]
        for name in imports(path):
            used = name.split(".")
            if used[0] == "mkdocs" or (
                used[0] == "programme_site" and len(used) > 1 and used[1] not in MAY_IMPORT[part]
            ):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []


def test_no_two_files_share_a_name() -> None:
    names = Counter(
        path.name
        for folder in (PACKAGE, ROOT / "hooks")
        for path in folder.rglob("*.py")
        if path.name not in {"__init__.py", "__main__.py"}
    )
    assert [name for name, count in names.items() if count > 1] == []
