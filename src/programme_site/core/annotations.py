"""Findings as GitHub Actions workflow commands, so that they show on the lines they are about.

In a GitHub Actions job (GITHUB_ACTIONS=true) a line `::error file=…,line=…,title=…::message`
becomes an annotation on the pull request's changed lines; everywhere else the checker and the
build print `file:line: message` as before.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

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


def _about_a_file(line: str) -> re.Match[str] | None:
    """MkDocs' error or warning about one of the project's files (`data/news.yaml:12: …`), if `line` is one."""
    found = BUILD_LOG_LINE.fullmatch(line.strip())
    return found if found and "/" in found["path"] else None


def annotate_build_logs(logs: Mapping[str, str], titles: Mapping[str, str]) -> str:
    """MkDocs' output of one build, by the language of its messages (one log or several, each of the
    same build), with each `file:line: message` error or warning as one workflow command, its
    message in every language. Logs whose problems do not pair up line by line are each annotated."""
    runs = {language: log.split("\n") for language, log in logs.items()}
    problems = {
        language: [found for line in lines if (found := _about_a_file(line))]
        for language, lines in runs.items()
    }
    places = {
        language: [(found["level"], found["path"], found["line"]) for found in found_list]
        for language, found_list in problems.items()
    }
    if len({tuple(place) for place in places.values()}) > 1:
        return "\n".join(
            annotate_build_logs({language: log}, {language: titles[language]})
            for language, log in logs.items()
        )
    first = next(iter(runs))
    title = " / ".join(dict.fromkeys(titles.values()))
    messages = iter(zip(*problems.values(), strict=True))

    def annotate(line: str) -> str:
        found = _about_a_file(line)
        if not found:
            return line  # not about one of the project's files: left as MkDocs wrote it
        severity = "error" if found["level"] == "ERROR" else "warning"
        number = int(found["line"]) if found["line"] else None
        text = "\n\n".join(version["message"] for version in next(messages))
        return workflow_command(severity, found["path"], number, title, text)

    return "\n".join(annotate(line) for line in runs[first])
