"""Where the browser suite's tools are, and the one line that says why a tool is missing.

The tools are installed by scripts/install-test-tools.sh, which `make test` and
.ci/run call: Debian's Chromium and a Java runtime, and the npm packages
pinned in package-lock.json (axe-core, the Nu HTML Checker, Lighthouse).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.lighthouse import CHROME_FLAGS, LIGHTHOUSE_CLI

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL = "scripts/install-test-tools.sh installs it (make test and .ci/run call it)"
__all__ = ["CHROME_FLAGS", "LIGHTHOUSE_CLI"]  # for the browser suite, with the paths above


def missing(*tools: str) -> str | None:
    """Why a tool is missing, in one line, or None when all of `tools` are there."""
    problems = {
        "chromium": None if CHROMIUM.exists() else f"Chromium not found at {CHROMIUM}: {INSTALL}",
        "axe": None
        if AXE_SCRIPT.exists()
        else f"axe-core not found at {AXE_SCRIPT.relative_to(ROOT)}: {INSTALL}",
        "java": None if shutil.which("java") else f"java not found: {INSTALL}",
        "vnu": None
        if VNU_JAR.exists()
        else f"the Nu HTML Checker not found at {VNU_JAR.relative_to(ROOT)}: {INSTALL}",
        "node": None if shutil.which("node") else f"node not found: {INSTALL}",
        "lighthouse": None
        if LIGHTHOUSE_CLI.exists()
        else f"Lighthouse not found at {LIGHTHOUSE_CLI.relative_to(ROOT)}: {INSTALL}",
    }
    return next((problems[tool] for tool in tools if problems[tool]), None)
