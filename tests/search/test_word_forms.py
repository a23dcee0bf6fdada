"""A language's word forms grouped by base form, from simplemma's dictionaries."""

import sys
from pathlib import Path

import simplemma
from content.test_real_pages_in_browser import WORDS
from fixture_site import FIXTURE
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import TrieDictionaryFactory

from programme_site.core.languages import LANGUAGES
from programme_site.search.word_forms import (
    _LEMMATIZER,
    _TRIES,
    add_word_forms,
    base_form,
    prepare,
    word_compounds,
    word_forms,
    word_groups,
    words,
)

INDEX = {
    "config": {"lang": ["fi"], "separator": "[\\s\\-]+"},
    "docs": [
        {
            "location": "",
            "title": "Pakolaisten vastaanotto",
            "text": "<p>Kunnissa 2023 ja <b>kuntien</b> tuki.</p>",
        },
        {"location": "verkosto/", "title": "Verkosto", "text": "<p>Kunta ja pakolaisia.</p>"},
    ],
}


def test_words_leave_out_tags_numbers_and_single_letters() -> None:
    assert words("<p>Kunnissa 2023 ja <b>kuntien</b> tuki, x.</p>") == {"kunnissa", "ja", "kuntien", "tuki"}


def test_words_read_character_references_as_the_text_they_stand_for() -> None:
    """The search plugin writes '&', '<' and '>' of a page's text as references: no word 'amp'."""
    assert words("<p>Kunnat &amp; järjestöt, &lt;koodi&gt; &#228;iti</p>") == {
        "kunnat",
        "järjestöt",
        "koodi",
        "äiti",
    }


def test_base_forms_of_finnish_and_swedish_words() -> None:
    assert {base_form(word, "fi") for word in ("pakolainen", "pakolaisille", "pakolaisten")} == {"pakolainen"}
    assert {base_form(word, "fi") for word in ("kunta", "kunnissa", "kuntien")} == {"kunta"}
    assert {base_form(word, "sv") for word in ("flykting", "flyktingarna", "flyktingarnas")} == {"flykting"}


def test_a_base_form_given_as_another_form_is_followed_to_the_shared_one() -> None:
    # simplemma gives kotoutumisen -> kotoutuminen, but kotoutuminen -> kotoutua.
    assert (
        base_form("kotoutumisen", "fi") == base_form("kotoutuminen", "fi") == base_form("kotoutumista", "fi")
    )


def test_forms_are_grouped_by_base_form_and_written_from_its_start() -> None:
    forms = word_forms(word_groups(INDEX, "fi"))
    assert forms["kunta"] == "3nissa 4ien"  # kunnissa, kuntien; the base form itself is not repeated
    assert forms["pakolainen"] == "7sia 7sten"  # pakolaisia, pakolaisten
    assert "verkosto" not in forms  # no other form: nothing to add to a query


def test_the_groups_are_of_the_entries_words_and_a_changed_entry_is_read_again() -> None:
    """The words of an entry read in the last index are taken from it (a rebuild changes few)."""
    joined = " ".join(f"{doc['title']} {doc['text']}" for doc in INDEX["docs"])
    for _ in range(2):  # read, then taken from the last index
        assert set().union(*word_groups(INDEX, "fi").values()) == words(joined)
    changed = {
        **INDEX,
        "docs": [INDEX["docs"][0], {"location": "verkosto/", "title": "Verkosto", "text": "Tuki."}],
    }
    assert set().union(*word_groups(changed, "fi").values()) == words(joined) - {"kunta", "pakolaisia"}


def test_the_index_gets_the_forms_in_its_config_and_keeps_its_entries() -> None:
    index = add_word_forms(INDEX, "fi")
    assert index["docs"] == INDEX["docs"]
    assert index["config"]["word_forms"] == word_forms(word_groups(INDEX, "fi"))
    assert index["config"]["word_compounds"] == {}  # no compound here
    assert index["config"]["lang"] == ["fi"]


def _groups_of(*texts: str, language: str) -> dict[str, set[str]]:
    docs = [{"location": "", "title": "", "text": text} for text in texts]
    return word_groups({"config": {}, "docs": docs}, language)


def test_a_compound_is_listed_under_its_last_word() -> None:
    finnish = _groups_of("Kiintiöpakolaisten ja pakolaisten", "Toimintaohjelma ja ohjelmat", language="fi")
    assert word_compounds(finnish, "fi") == {"ohjelma": "toiminta", "pakolainen": "kiintiö"}
    # A Finnish -nen word is written with -s as a first part: kotoutuminen, kotoutumis-palvelut.
    finnish = _groups_of("Kotoutumispalvelut ja palvelut", language="fi")
    assert word_compounds(finnish, "fi") == {"palvelu": "kotoutumis"}
    swedish = _groups_of("Kvotflyktingar och flyktingar", "Webbtjänster och tjänster", language="sv")
    assert word_compounds(swedish, "sv") == {"flykting": "kvot", "tjänst": "webb"}


def test_a_compound_needs_its_last_word_on_the_pages_and_a_known_first_part() -> None:
    # No page uses 'pakolainen' alone; 'xyzpakolainen' starts with no word simplemma knows; simplemma's
    # fragments ('uksi' in korvaukset, 'erna' in kommunerna) are not words the pages use.
    assert word_compounds(_groups_of("Kiintiöpakolaisten", "Xyzpakolaiset", language="fi"), "fi") == {}
    assert word_compounds(_groups_of("Korvaukset ja korvausta", language="fi"), "fi") == {}
    assert word_compounds(_groups_of("Kommunerna och kommunernas", language="sv"), "sv") == {}


def _site_words() -> dict[str, set[str]]:
    """Every word of the fixture site's pages in each language, and of its data files (which hold both)."""
    data = set().union(
        *(words(path.read_text(encoding="utf-8")) for path in (FIXTURE / "data").rglob("*.yaml"))
    )
    return {
        language: data.union(
            *(words(path.read_text(encoding="utf-8")) for path in (FIXTURE / "docs" / language).rglob("*.md"))
        )
        for language in LANGUAGES
    }


def test_the_lemmas_are_exactly_simplemmas_own() -> None:
    """The build's tries give every word of the fixture site, the inflected forms the search test of the
    real site types and every form base_form passes on its way the lemma plain simplemma gives."""
    different = []
    for language, site_words in _site_words().items():
        todo = site_words | {form for base, forms in WORDS[language].items() for form in (base, *forms)}
        assert len(todo) > 300, "too few words to compare"
        seen: set[str] = set()
        while todo:
            word = todo.pop()
            seen.add(word)
            ours, plain = _LEMMATIZER.lemmatize(word, lang=language), simplemma.lemmatize(word, lang=language)
            if ours != plain:
                different.append(f"{language} {word}: {ours} (simplemma {plain})")
            if ours.lower() not in seen:
                todo.add(ours.lower())
    assert different == []


def test_a_missing_trie_is_made_on_first_use(tmp_path: Path) -> None:
    lemmatizer = Lemmatizer(
        lemmatization_strategy=DefaultStrategy(
            dictionary_factory=TrieDictionaryFactory(disk_cache_dir=str(tmp_path))
        )
    )
    assert lemmatizer.lemmatize("flyktingarna", lang="sv") == "flykting"
    assert (tmp_path / "sv.dic").is_file()


def test_make_prepares_the_tries_inside_the_virtual_environment() -> None:
    assert _TRIES is not None and _TRIES.is_relative_to(Path(sys.prefix))
    prepare()
    assert sorted(path.name for path in _TRIES.iterdir()) == [
        f"{language}.dic" for language in sorted(LANGUAGES)
    ]
