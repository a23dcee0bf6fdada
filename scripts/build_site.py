"""Build the site into a temporary folder and put it in place only if the build succeeds.

A failed build must never leave a half-written site/ that could be published:
the old site/ stays exactly as it was, and the editor sees MkDocs' one error line.
Usage: python scripts/build_site.py [PROJECT_DIR]  (default: the current folder)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build(project: Path) -> int:
    target = project / "site"
    with tempfile.TemporaryDirectory(prefix=".site-building-", dir=project) as work:
        fresh = Path(work) / "site"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--quiet",
                "-f",
                str(project / "mkdocs.yml"),
                "-d",
                str(fresh),
            ],
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            check=False,
        )
        if result.returncode != 0:
            print("The build failed; site/ was not changed.", file=sys.stderr)
            return result.returncode
        # Swap with renames on the same file system, so site/ is never half-written.
        old = Path(work) / "previous"
        if target.exists():
            target.rename(old)
        fresh.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    print(f"Built the site into {target}.")
    return 0


if __name__ == "__main__":
    sys.exit(build(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()))
