"""A language's index as shards and fragments, and the reference search over the full index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from programme_site.search.shards import (
    COMPOUND,
    FRAGMENT_TEXT,
    HEADING,
    TEXT,
    excerpt,
    fragments,
    nearest_lemma,
    query_words,
    search,
    shards,
    write_search_files,
)

# A hand-made index as the build writes it: word_forms.py's groups in its config.
INDEX: dict[str, Any] = {
    "config": {
        "lang": ["fi"],
        # kunta: kunnissa, kuntien; gå: gick (a form that starts otherwise than its base form)
        "word_forms": {"kunta": "3nissa 4ien", "gå": "0gick"},
        "word_compounds": {"kunta": "koti"},
    },
    "docs": [
        {"location": "", "title": "Etusivu", "text": "<p>Tietoa kunnissa &amp; muuta.</p>"},
        {"location": "kunnat/", "title": "Kunnat", "text": "<p>Kotikuntien palvelut.</p>"},
        {"location": "kunnat/#kunta", "title": "Kunta", "text": "<p>Palvelut gick hyvin.</p>"},
        {"location": "muu/", "title": "Muu", "text": "<p>Kuntien yhteistyö.</p>"},
    ],
}


def test_a_word_is_in_the_shard_of_its_first_letters_with_its_base_form() -> None:
    split = shards(INDEX)
    assert split["ku"]["w"]["kunnissa"] == "kunta"
    assert split["ku"]["w"]["kunta"] == "kunta"
    assert split["ko"]["w"] == {"kotikuntien": "kotikuntien"}
    assert list(split) == sorted(split)


def test_postings_give_gaps_and_scores_headings_over_text_and_compounds_last() -> None:
    # Section 0 uses kunnissa (text), 1 only kotikuntien (compound), 2 has Kunta as heading, 3 kuntien (text).
    assert shards(INDEX)["ku"]["p"]["kunta"] == [0, TEXT, 1, COMPOUND, 1, HEADING, 1, TEXT]
    assert shards(INDEX)["ku"]["c"] == {"kunta": ["kotikuntien"]}


def test_a_form_that_starts_otherwise_than_its_base_form_brings_the_postings_into_its_own_shard() -> None:
    split = shards(INDEX)
    assert split["gi"]["w"] == {"gick": "gå"}
    assert split["gi"]["p"]["gå"] == split["gå"]["p"]["gå"] == [2, TEXT]


def test_fragments_are_plain_text_with_the_page_title_of_a_section() -> None:
    shown = fragments(INDEX)
    assert shown[0] == {"u": "", "t": "Etusivu", "x": "Tietoa kunnissa & muuta."}
    assert shown[2] == {"u": "kunnat/#kunta", "t": "Kunta", "x": "Palvelut gick hyvin.", "p": "Kunnat"}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("lyhyt teksti", "lyhyt teksti"),
        ("sana " * 40, ("sana " * 31).rstrip() + "…"),  # whole words within the limit, then an ellipsis
        ("a" * 200, "a" * (FRAGMENT_TEXT - 1) + "…"),  # one long word is cut, with the ellipsis
    ],
)
def test_an_excerpt_ends_at_a_whole_word_and_says_when_there_is_more(text: str, shown: str) -> None:
    assert excerpt(text) == shown
    assert len(excerpt(text)) <= FRAGMENT_TEXT


def test_the_files_are_the_same_bytes_every_time_and_nothing_old_stays(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_search_files(INDEX, first)
    (second / "shards").mkdir(parents=True)
    (second / "shards" / "xx.json").write_text("{}")  # a shard of an earlier build
    write_search_files(INDEX, second)
    (second / "fragments" / "0.json").write_text("{}")  # a fragment an earlier build wrote otherwise
    (second / "fragments" / f"{len(INDEX['docs'])}.json").write_text("{}")  # one of more sections than now
    write_search_files(INDEX, second)

    def files(folder: Path) -> dict[str, bytes]:
        return {str(file.relative_to(folder)): file.read_bytes() for file in sorted(folder.rglob("*.json"))}

    assert files(first) == files(second)
    assert json.loads((first / "shards.json").read_text()) == list(shards(INDEX))
    assert json.loads((first / "shards" / "g_e5.json").read_text()) == shards(INDEX)["gå"]  # ASCII names
    assert len(list((first / "fragments").iterdir())) == len(INDEX["docs"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kunta", [2, 0, 3, 1]),  # the heading first, then the text in site order, the compound last
        ("kuntien", [2, 0, 3, 1]),  # any form finds every form
        ("kunnille", [2, 0, 3, 1]),  # a form the pages do not use joins its nearest group
        ("kun", [1, 2, 0, 3]),  # the start of words: Kunnat, a heading, is not a form of kunta
        ("palvelut kunta", [2, 1, 0, 3]),  # both words score
        ("Kunta!", [2, 0, 3, 1]),
        ("", []),
        ("   ", []),
        ("2025 k", []),  # no letters, and a word shorter than a shard's letters
        ("xyzzy", []),
        ("constructor", []),
    ],
)
def test_reference_search(query: str, expected: list[int]) -> None:
    assert search(INDEX, query) == expected


def test_a_form_too_far_from_any_group_finds_nothing() -> None:
    lemmas = {"kunta": "kunta", "kunnissa": "kunta", "kuntien": "kunta"}
    assert nearest_lemma("kunnallisuudessa", lemmas, lemmas) is None  # the rest is too long
    assert nearest_lemma("kuu", lemmas, lemmas) is None  # too short to guess
    assert nearest_lemma("kunnat", lemmas, lemmas) == "kunta"
    # A word with no other form shows no stem: the nearer kunnistus is passed over for kunta's forms.
    with_lone = {**lemmas, "kunnistus": "kunnistus"}
    assert nearest_lemma("kunnista", with_lone, with_lone) == "kunta"


def test_query_words_are_lower_case_letters_of_two_or_more() -> None:
    assert query_words("Pakolaisten a 12 KUNTA-palvelut") == ["pakolaisten", "kunta", "palvelut"]


def test_the_next_index_of_a_language_gives_what_a_first_one_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A live-preview save reuses the words of the entries it did not change (shards._ENTRY_WORDS)."""
    shards(INDEX)
    changed = {**INDEX, "docs": [{**INDEX["docs"][0], "text": "Kirjasto palvelee."}, *INDEX["docs"][1:]]}
    reused = shards(changed)
    monkeypatch.setattr("programme_site.search.shards._ENTRY_WORDS", {})
    assert reused == shards(changed)
    assert reused != shards(INDEX)
