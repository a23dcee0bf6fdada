"""A language's index as shards and fragments, and the reference search over the full index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from programme_site.search.shards import (
    COMPOUND,
    FRAGMENT_TEXT,
    FRAGMENTS_PER_FILE,
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


def _files(folder: Path) -> dict[str, bytes]:
    return {str(file.relative_to(folder)): file.read_bytes() for file in sorted(folder.rglob("*.json"))}


def test_the_files_are_the_same_bytes_every_time_and_nothing_old_stays(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_search_files(INDEX, first)
    (second / "shards").mkdir(parents=True)
    (second / "shards" / "xx.json").write_text("{}")  # a shard of an earlier build
    write_search_files(INDEX, second)
    (second / "fragments" / "0.json").write_text("[]")  # fragments an earlier build wrote otherwise
    (second / "fragments" / "1.json").write_text("[]")  # of more sections than now
    write_search_files(INDEX, second)

    assert _files(first) == _files(second)
    assert json.loads((first / "shards.json").read_text()) == list(shards(INDEX))
    assert json.loads((first / "shards" / "g_e5.json").read_text()) == shards(INDEX)["gå"]  # ASCII names
    assert [file.name for file in (first / "fragments").iterdir()] == ["0.json"]
    assert json.loads((first / "fragments" / "0.json").read_text()) == fragments(INDEX)


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
    """A live-preview save reuses the words of the entries it did not change (word_forms._ENTRY_WORDS)."""
    shards(INDEX)
    changed = {**INDEX, "docs": [{**INDEX["docs"][0], "text": "Kirjasto palvelee."}, *INDEX["docs"][1:]]}
    reused = shards(changed)
    monkeypatch.setattr("programme_site.search.word_forms._ENTRY_WORDS", {})
    assert reused == shards(changed)
    assert reused != shards(INDEX)


def _edited(number: int, **changes: str) -> list[dict[str, str]]:
    return [{**doc, **changes} if n == number else doc for n, doc in enumerate(INDEX["docs"])]


def _grouped(docs: list[dict[str, str]], forms: dict[str, str], compounds: dict[str, str]) -> dict[str, Any]:
    return {"config": {"lang": ["fi"], "word_forms": forms, "word_compounds": compounds}, "docs": docs}


FORMS, COMPOUNDS = INDEX["config"]["word_forms"], INDEX["config"]["word_compounds"]
SERVICES = _edited(1, text="<p>Palvelut ja kotipalvelut, palvelu.</p>")
# Saves as the live preview makes them, one after another: a new word, a group's form gone from the
# pages (the group keeps it), a compound coming and going, a heading, a word joining a group, a group
# going, a compound's word getting its head, two sections trading texts, and a section more (the
# shards are then made anew).
EDITS = [
    {**INDEX, "docs": _edited(0, text="<p>Uusi kirjasto avattiin.</p>")},
    {**INDEX, "docs": _edited(0, text="<p>Kirjasto.</p>")},
    {**INDEX, "docs": _edited(3, text="<p>Kotikunta ja kuntien yhteistyö.</p>")},
    {**INDEX, "docs": _edited(1, text="<p>Palvelut.</p>")},
    {**INDEX, "docs": _edited(2, title="Kunnissa")},
    {**INDEX, "docs": SERVICES},
    _grouped(SERVICES, {**FORMS, "palvelu": "7t"}, COMPOUNDS),
    _grouped(SERVICES, {"kunta": FORMS["kunta"], "palvelu": "7t"}, COMPOUNDS),
    _grouped(SERVICES, {"kunta": FORMS["kunta"], "palvelu": "7t"}, {**COMPOUNDS, "palvelu": "koti"}),
    {**INDEX, "docs": [INDEX["docs"][0], INDEX["docs"][2], INDEX["docs"][1], INDEX["docs"][3]]},
    {**INDEX, "docs": [*INDEX["docs"], {"location": "muu/#uusi", "title": "Uusi", "text": "<p>Gick.</p>"}]},
]


def test_each_save_writes_what_a_first_build_of_the_same_index_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The live preview writes each save's shards into the served folder by re-making only the shards
    the changed sections and groups touch (shards.Split): the files equal a first build's, with
    nothing kept."""
    served = tmp_path / "served"
    write_search_files(INDEX, served)
    for number, index in enumerate(EDITS):
        write_search_files(index, served)
        with monkeypatch.context() as nothing_kept:
            for kept in (
                "shards._SPLITS",
                "word_forms._ENTRY_WORDS",
                "shards._FRAGMENT_FILES",
                "shards._WRITTEN",
            ):
                nothing_kept.setattr(f"programme_site.search.{kept}", {})
            write_search_files(index, tmp_path / str(number))
        assert _files(served) == _files(tmp_path / str(number)), index


def test_a_save_writes_only_the_files_of_the_sections_it_changed(tmp_path: Path) -> None:
    def stamps() -> dict[str, int]:
        return {
            path.relative_to(tmp_path).as_posix(): path.stat().st_mtime_ns
            for path in tmp_path.rglob("*.json")
        }

    write_search_files(INDEX, tmp_path)
    before = stamps()
    write_search_files(EDITS[0], tmp_path)  # section 0's text is new
    after = stamps()
    assert {name for name in after if before.get(name) != after[name]} == {
        "shards.json",  # always written: it is one small file
        # avattiin, kirjasto, kunnissa (kunta's postings), muuta (Muu stays), uusi
        *(f"shards/{key}.json" for key in ("av", "ki", "ku", "mu", "uu")),
        "fragments/0.json",
    }
    assert before.keys() - after.keys() == {"shards/ti.json"}  # gone: tietoa


def test_a_fragments_file_holds_its_sections_in_order(tmp_path: Path) -> None:
    docs = [
        {"location": f"sivu-{n}/", "title": f"Sivu {n}", "text": f"<p>Teksti {n}.</p>"} for n in range(10)
    ]
    write_search_files({**INDEX, "docs": docs}, tmp_path)
    files = sorted((tmp_path / "fragments").iterdir())
    assert [file.name for file in files] == ["0.json", "1.json"]
    second = json.loads(files[1].read_text())
    assert len(second) == 10 - FRAGMENTS_PER_FILE
    assert second[9 % FRAGMENTS_PER_FILE] == {"u": "sivu-9/", "t": "Sivu 9", "x": "Teksti 9."}  # section 9
