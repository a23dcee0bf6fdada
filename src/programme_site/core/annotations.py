"""Findings as GitHub Actions workflow commands, so that they show on the lines they are about.

In a GitHub Actions job (GITHUB_ACTIONS=true) a line `::error file=…,line=…,title=…::message`
becomes an annotation on the pull request's changed lines; everywhere else the checker and the
build print `file:line: message` as before.
"""

from __future__ import annotations

import os
import re

# MkDocs' own log line for an error our hooks raise: `ERROR    -  data/news.yaml:12: …`.
BUILD_LOG_LINE = re.compile(
    r"(?P<level>ERROR|WARNING)\s+-\s+(?P<path>[^\s:]+):(?:(?P<line>\d+):)? (?P<message>.*)"
)


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _data(text: str) -> str:
    """The escaping GitHub reads in a command's message: a finding stays one annotation."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(severity: str, path: str, line: int | None, title: str, message: str) -> str:
    """`::error file=…,line=…,title=…::message` (or `::warning …`)."""
    properties = [f"file={_property(path)}", *([f"line={line}"] if line else []), f"title={_property(title)}"]
    return f"::{severity} {','.join(properties)}::{_data(message)}"


def annotate_build_log(log: str, title: str) -> str:
    """MkDocs' output with each `file:line: message` error or warning as a workflow command."""

    def annotate(line: str) -> str:
        found = BUILD_LOG_LINE.fullmatch(line.strip())
        if not found or "/" not in found["path"]:
            return line  # not about one of the project's files: left as MkDocs wrote it
        severity = "error" if found["level"] == "ERROR" else "warning"
        number = int(found["line"]) if found["line"] else None
        return workflow_command(severity, found["path"], number, title, found["message"])

    return "\n".join(annotate(line) for line in log.split("\n"))
