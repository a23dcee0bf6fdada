"""Which language a text is in: the passages of a page, what is too short to tell, marked passages."""

import math

import pytest
from conftest import FINNISH_PARAGRAPH
from fixture_site import FIXTURE

from programme_site.core import text_language
from programme_site.core.site_config import NavConfig, NavEntry, NavTranslation
from programme_site.core.text_language import (
    nav_language_problems,
    other_language_of,
    readable_text,
    release_models,
)
from programme_site.pages.outline import Passage, page_language_problems, page_passages

SWEDISH_PARAGRAPH = "Nätverket samlar alla som arbetar med mottagande och integration av flyktingar."
PLACES = "Nätverket har medlemmar i Rovaniemi, Kuopio, Jyväskylä, Hämeenlinna, Lappeenranta och Seinäjoki."
ADVICE_SV = (
    "is in Finnish, not Swedish. Translate it into Swedish; if it is meant to be in Finnish "
    "(a quoted name or title), mark those words as [words]{lang=fi}."
)


def test_a_page_is_read_into_headings_paragraphs_list_items_and_table_cells() -> None:
    page = (
        "---\ntitle: Otsikko\n---\n\n# Otsikko\n\nEnsimmäinen rivi\njatkuu tässä.\n\n"
        "- kohta yksi\n  jatkuu\n- kohta kaksi\n\n| Nimi | Puhelin |\n| --- | --- |\n| Maria | 0295 |\n\n"
        "```\nkoodia ei lueta\n```\n\n<!-- data:contacts section=ohjelma -->\n\n> Lainaus tässä\n"
    )
    assert page_passages(page, "docs/fi/x.md") == [
        Passage(5, "heading", "Otsikko"),
        Passage(7, "paragraph", "Ensimmäinen rivi jatkuu tässä."),
        Passage(10, "list item", "kohta yksi jatkuu"),
        Passage(12, "list item", "kohta kaksi"),
        Passage(14, "table cell", "Nimi"),
        Passage(14, "table cell", "Puhelin"),
        Passage(16, "table cell", "Maria"),
        Passage(16, "table cell", "0295"),
        Passage(24, "paragraph", "Lainaus tässä"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        (FINNISH_PARAGRAPH, "sv", "fi"),  # a pasted paragraph
        (SWEDISH_PARAGRAPH, "fi", "sv"),
        ("Vem är nätverket till för?", "fi", "sv"),  # a pasted heading
        ("Uusi opas kunnille julkaistiin", "sv", "fi"),  # a copied news title
        ("Yhteystiedot", "sv", "fi"),  # a copied navigation title: one long word is enough
        (FINNISH_PARAGRAPH, "fi", None),
        (SWEDISH_PARAGRAPH, "sv", None),
        # Too short to tell, or not words at all: names, abbreviations, numbers, addresses.
        ("AMIF", "sv", None),
        ("ELY-keskus", "sv", None),
        ("Sakkunnig", "fi", None),
        ("+358 2950 47582", "sv", None),
        ("https://kotoutuminen.fi/kuntiin-ohjaamisen-toimintaohjelma", "sv", None),
        ("Webbplatsen kotoutuminen.fi", "sv", None),
        # Markup or code written as text (shown escaped) is not prose in any language.
        ('"><img src=x onerror=alert(1)>', "fi", None),
        ("&lt;strong&gt;tärkeä&lt;/strong&gt;", "sv", None),
        # English-looking words are never taken for the other site language.
        ("Integration", "sv", None),
        # Swedish words the quick models take for Finnish (0.98); the accurate ones know better.
        ("Kvalitet dessa ska bibliotek sakkunnig", "sv", None),
        # Names say nothing of the language around them: a Swedish paragraph listing Finnish places
        # (taken for Finnish before names were left out), also after a colon and at a sentence's start ...
        (PLACES, "sv", None),
        (
            "Kommunerna i nätverket: Rovaniemi, Kuopio, Jyväskylä, Hämeenlinna, Lappeenranta och Seinäjoki.",
            "sv",
            None,
        ),
        # ... while a pasted paragraph with names in it is still caught.
        (
            "Verkoston jäsenet ovat Rovaniemeltä, Kuopiosta ja Jyväskylästä, ja ne tapaavat kahdesti vuodessa.",
            "sv",
            "fi",
        ),
        # A marked passage says its own language.
        (f"[{FINNISH_PARAGRAPH}]{{lang=fi}}", "sv", None),
        (f"*{FINNISH_PARAGRAPH}*{{lang=fi}}", "sv", None),
    ],
)
def test_which_texts_are_clearly_in_the_other_language(text: str, language: str, found: str | None) -> None:
    assert other_language_of(text, language) == found


# The closest calls of the first pass (core/text_language.py), which must not change a verdict:
# Swedish words that add up to Swedish by e^25, which lingua takes for Finnish as a whole (a trigram
# shared by two words counts once), sent on by its Finnish word that leans e^22 to Finnish ...
MIXED = (
    "skäl. Inledningsskede politiikan vaihe föredragning koulutus integrationsplan osallisuus. "
    "Kohderyhmä inledningsskedet. Sivustoa partnerskap"
)
# ... and Finnish words that add up to Finnish by e^20, which lingua's rules take for Swedish (half
# the words have å), sent on by that letter.
NAMES_WITH_Å = "Kotoutumispalvelut Ålandissa ja Åbossa"


@pytest.mark.parametrize("text", [MIXED, NAMES_WITH_Å, FINNISH_PARAGRAPH, SWEDISH_PARAGRAPH, PLACES])
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_first_pass_changes_no_verdict(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = other_language_of(text, language)
    monkeypatch.setattr(text_language, "CLEAR_MARGIN", math.inf)  # no text is clear: lingua screens all
    assert other_language_of(text, language) == found


def test_readable_text_drops_marked_passages_code_addresses_and_attribute_lists() -> None:
    text = "Se [Pakolaisesta kuntalaiseksi]{lang=fi} ja `koodi` [sida](https://x.fi/a) {#ankare}"
    assert readable_text(text).split() == ["Se", "ja", "sida"]


def test_readable_text_drops_names_but_not_a_sentences_first_word() -> None:
    text = "Möte i Kuopio (Savolax) och «Åbo». Vasa: nästa gång! Sedan Iisalmi? Ja."
    assert readable_text(text).split() == ["Möte", "i", "och", "Vasa:", "nästa", "gång!", "Sedan", "Ja."]


def test_a_finnish_paragraph_in_a_swedish_page_is_reported_with_its_line() -> None:
    page = f"# Nätverket\n\n{SWEDISH_PARAGRAPH}\n\n{FINNISH_PARAGRAPH}\n"
    assert [str(problem) for problem in page_language_problems(page, "docs/sv/x.md", "sv")] == [
        f"docs/sv/x.md:5: this paragraph {ADVICE_SV}"
    ]


def test_a_navigation_title_in_the_wrong_language() -> None:
    nav = NavConfig(
        entries=[NavEntry(3, "Kontaktuppgifter", "yhteystiedot.md"), NavEntry(4, "Verkosto", "verkosto.md")],
        translations={"sv": (9, {"Verkosto": NavTranslation(10, "Yhteystiedot")})},
    )
    assert [str(problem) for problem in nav_language_problems(nav)] == [
        "mkdocs.yml:3: the navigation title 'Kontaktuppgifter' is in Swedish, not Finnish. Translate it into Finnish.",
        "mkdocs.yml:10: the navigation title 'Yhteystiedot' is in Finnish, not Swedish. Translate it into Swedish.",
    ]


# Each of these texts has one of the marks that send a text past the quick way to its sample
# (text_language.NOT_PLAIN), and a word that only the full reading drops or changes.
NOT_PLAIN_TEXTS = {
    "{": "Lue [Pakolaisesta kuntalaiseksi]{lang=fi} täältä",
    "}": "Tässä on a}b sana",
    "`": "Aja `make check` ensin",
    "]": "Katso [sivu](https://kotoutuminen.fi/) tästä",
    "@": "Kirjoita nimi@example.fi osoitteeseen",
    "<": "Ei <b> merkintää",
    ">": "Ei a>b merkintää",
    "=": "Ei src=x merkintää",
    "&": "Ei &lt; merkintää",
    "http": "Käytä https-yhteyttä aina",
    "mailto:": "Ei mailto:x osoitetta",
    "tel:": "Ei tel:+358 numeroa",
    "www.": "Ei www.example osoitetta",
    ".fi": "Sivusto kotoutuminen.fi kertoo",
    ".se": "Webbplatsen migrationsverket.se berättar",
    ".eu": "Sivusto europa.eu kertoo",
    ".com": "Sivusto example.com kertoo",
    ".org": "Sivusto example.org kertoo",
}


def test_every_mark_that_changes_a_text_sends_it_the_long_way() -> None:
    assert set(NOT_PLAIN_TEXTS) == set(text_language.NOT_PLAIN)
    for mark, text in NOT_PLAIN_TEXTS.items():
        assert mark in text
        assert readable_text(text) != " ".join(text.split()), mark


@pytest.mark.parametrize(
    "text",
    [
        *NOT_PLAIN_TEXTS.values(),
        FINNISH_PARAGRAPH,
        f"{FINNISH_PARAGRAPH}\n   {SWEDISH_PARAGRAPH}\t{FINNISH_PARAGRAPH}",  # spaces run together
        "x" * 250,  # one word longer than a sample
    ],
)
def test_a_sample_is_the_start_of_the_readable_text(text: str) -> None:
    assert text_language._sample(text) == readable_text(text)[: text_language.SAMPLE]


def test_every_text_of_the_fixture_site_samples_as_its_readable_text() -> None:
    passages = [
        passage.text
        for page in sorted((FIXTURE / "docs").rglob("*.md"))
        for passage in page_passages(page.read_text(encoding="utf-8"), page.as_posix())
    ]
    assert len(passages) > 50
    for text in passages:
        assert text_language._sample(text) == readable_text(text)[: text_language.SAMPLE], text


def test_the_models_load_again_after_a_build_releases_them() -> None:
    assert other_language_of(SWEDISH_PARAGRAPH, "fi") == "sv"
    release_models()
    assert other_language_of(SWEDISH_PARAGRAPH, "fi") == "sv"
    assert other_language_of("Kvalitet dessa ska bibliotek sakkunnig", "sv") is None  # the accurate models


def test_the_pieces_remembered_stay_within_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A preview that runs for hours reads new words with every save: what it remembers is bounded,
    and forgetting changes no reading and no verdict."""
    texts = (FINNISH_PARAGRAPH, SWEDISH_PARAGRAPH, PLACES)
    unbounded = [(readable_text(text), other_language_of(text, "sv")) for text in texts]
    monkeypatch.setattr(text_language, "MOST_PIECES", 5)
    monkeypatch.setattr(text_language, "_PIECES", text_language._Pieces())
    bounded = []
    for text in texts:
        bounded.append((readable_text(text), other_language_of(text, "sv")))
        assert len(text_language._PIECES) <= 5
    assert bounded == unbounded
