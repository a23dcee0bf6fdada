"""The worst pages the limits let through (src/programme_site/core/text_bounds.py), and how long
Python-Markdown takes to convert each with the site's own extensions (mkdocs.yml).

Each page is as large as the limits allow and built from what makes Markdown slowest: unclosed
openers, raw-HTML starts, deep nesting. tests/benchmark/test_worst_case.py keeps each one at its limit
(accepted as it is, refused with one opener more); the time is measured here only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import markdown

from programme_site.core.site_config import read_markdown_config
from programme_site.core.text_bounds import (
    MAX_ANGLE_BRACKETS,
    MAX_LINE_CHARACTERS,
    MAX_NESTING,
    MAX_OPENERS,
    MAX_OPENERS_IN_BLOCK,
    MAX_PAGE_CHARACTERS,
)

ROOT = Path(__file__).resolve().parent.parent
FILLER = "sana "  # five characters of plain text


def _fill(text: str) -> str:
    """`text` padded with plain paragraphs to the page's length limit."""
    line = (FILLER * (MAX_LINE_CHARACTERS // len(FILLER) // 10)).strip()
    paragraphs = [text]
    while len("\n\n".join(paragraphs)) + len(line) + 2 <= MAX_PAGE_CHARACTERS:
        paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _blocks(opener: str) -> str:
    """The most unclosed openers a page may have, as many to a block as a block may have."""
    block = " ".join(f"{opener}a" for _ in range(MAX_OPENERS_IN_BLOCK))
    return "\n\n".join([block] * (MAX_OPENERS // MAX_OPENERS_IN_BLOCK))


def _angle_brackets() -> str:
    return "\n\n".join(f"<a{number} b" for number in range(MAX_ANGLE_BRACKETS))


def _nested_lists() -> str:
    """Lists nested as deep as allowed, repeated to fill the page."""
    return "\n".join("    " * depth + f"- {FILLER * 4}" for depth in range(MAX_NESTING))


# Each case: its name in the report and its page.
CASES: dict[str, Callable[[], str]] = {
    "unclosed '[' (links)": lambda: _fill(_blocks("[")),
    "unclosed '*' (emphasis)": lambda: _fill(_blocks("*")),
    "unclosed '_' (emphasis)": lambda: _fill(_blocks("_")),
    "unclosed '<' at line starts": lambda: _fill(_angle_brackets()),
    f"lists nested {MAX_NESTING} deep": lambda: _fill("\n\n".join([_nested_lists()] * 40)),
    "plain text": lambda: _fill(""),
}


@dataclass(frozen=True)
class WorstCase:
    name: str
    characters: int
    seconds: float  # the fastest of the runs: the page's own cost, with least of the machine's noise


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with mkdocs.yml's extensions and their settings, as MkDocs converts pages."""
    config = read_markdown_config(ROOT)
    return markdown.Markdown(extensions=config.extensions, extension_configs=config.configs)


def measure_worst_cases(runs: int) -> list[WorstCase]:
    converter = site_markdown()
    measured = []
    for name, make in CASES.items():
        page = make()
        times = []
        for _ in range(runs):
            converter.reset()
            start = time.process_time()
            converter.convert(page)
            times.append(time.process_time() - start)
        measured.append(WorstCase(name, len(page), min(times)))
    return measured


def worst_case_section(cases: list[WorstCase]) -> list[str]:
    slowest = max(cases, key=lambda case: case.seconds)
    return [
        "The slowest pages the limits of `src/programme_site/core/text_bounds.py` let through, each "
        f"{MAX_PAGE_CHARACTERS:,} characters at most, converted by Python-Markdown with mkdocs.yml's "
        "extensions (CPU seconds, the fastest run; `bench/worst_case.py`). A page over a limit is "
        "refused before Markdown reads it.",
        "",
        "| Page | Characters | Markdown |",
        "| --- | ---: | ---: |",
        *(f"| {case.name} | {case.characters:,} | {case.seconds:.2f} s |" for case in cases),
        "",
        f"The slowest, {slowest.name}, takes {slowest.seconds:.2f} s, where 20 000 nested '[' took 42 s "
        "before the limits.",
    ]
