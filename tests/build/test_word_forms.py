"""A language's word forms grouped by base form, from simplemma's dictionaries."""

from programme_site.build.word_forms import add_word_forms, base_form, word_forms, words

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
    forms = word_forms(INDEX, "fi")
    assert forms["kunta"] == "3nissa 4ien"  # kunnissa, kuntien; the base form itself is not repeated
    assert forms["pakolainen"] == "7sia 7sten"  # pakolaisia, pakolaisten
    assert "verkosto" not in forms  # no other form: nothing to add to a query


def test_the_index_gets_the_forms_in_its_config_and_keeps_its_entries() -> None:
    index = add_word_forms(INDEX, "fi")
    assert index["docs"] == INDEX["docs"]
    assert index["config"]["word_forms"] == word_forms(INDEX, "fi")
    assert index["config"]["lang"] == ["fi"]
