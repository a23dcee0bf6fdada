"""The package's shape is its design: packages named for what they hold, imports one way, no cycle,
nothing of MkDocs in the logic, and tests that mirror the packages."""

import ast
from collections import defaultdict
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "programme_site"
# Which packages each package may import besides itself. `core` is the floor; the sources' packages
# (data, pages, news) build on it; the HTML the site writes itself (html), the site's output (search,
# theme, hosting) and the build's state (site) on them; the checker reads the sources but never the
# build's state or output.
MAY_IMPORT = {
    "core": set(),
    "data": {"core"},
    "pages": {"core", "data"},
    "news": {"core", "data"},
    "html": {"core", "data", "pages", "news"},
    "search": {"core"},
    "theme": {"core"},
    "hosting": {"core"},
    "site": {"core", "pages", "data", "news", "html", "search", "theme", "hosting"},
    "checker": {"core", "pages", "data", "news"},
}
PACKAGES = set(MAY_IMPORT)


def imported(path: Path) -> set[str]:
    """Every module `path` imports, `if TYPE_CHECKING:` blocks included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_is_in_a_package_named_for_what_it_holds() -> None:
    assert [path.name for path in PACKAGE.glob("*.py")] == ["__init__.py"]
    folders = {
        path.name
        for path in PACKAGE.iterdir()
        if path.is_dir() and path.name not in {"__pycache__", "locale"}
    }
    assert folders == PACKAGES
    # Python's .gitignore templates and pytest both pass over a folder named build.
    assert not [path for path in (ROOT / "src").rglob("build") if path.is_dir()]


def test_imports_go_one_way_and_never_to_mkdocs() -> None:
    wrong = []
    for name, path in modules().items():
        if name == "programme_site":
            continue
        part = name.split(".")[1]
        for used in imported(path):
            words = used.split(".")
            if words[0] == "mkdocs" or (
                words[0] == "programme_site" and len(words) > 1 and words[1] not in MAY_IMPORT[part] | {part}
            ):
                wrong.append(f"{path.relative_to(ROOT)} imports {used}")
    assert wrong == []


def test_no_module_imports_itself_round_a_cycle() -> None:
    known = modules()
    graph = defaultdict(set)
    for name, path in known.items():
        graph[name] = {used for used in imported(path) if used in known and used != name}
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for used in sorted(graph[name]):
            if state.get(used) == 1:
                cycles.append(" -> ".join([*trail[trail.index(used) :], used]))
            elif used not in state:
                visit(used, [*trail, used])
        state[name] = 2

    for name in sorted(known):
        if name not in state:
            visit(name, [name])
    assert cycles == []


# Test folders that are not a package's: the whole site built and checked, in a browser, the hook, the
# benchmark, the tests' own fixture site, and the content tests (the only ones that read the real pages).
OTHER_TEST_FOLDERS = {"integration", "browser", "hooks", "benchmark", "fixtures", "content"}


def test_the_tests_mirror_the_packages() -> None:
    """A module's own tests are tests/<package>/test_<module>.py; the whole site's are elsewhere."""
    folders = {
        path.name for path in (ROOT / "tests").iterdir() if path.is_dir() and path.name != "__pycache__"
    }
    assert folders <= PACKAGES | OTHER_TEST_FOLDERS, folders - PACKAGES - OTHER_TEST_FOLDERS
    strays = [
        test.relative_to(ROOT).as_posix()
        for folder in folders & PACKAGES
        for test in (ROOT / "tests" / folder).glob("test_*.py")
        if not (PACKAGE / folder / f"{test.stem.removeprefix('test_')}.py").is_file()
    ]
    assert strays == []
