"""Facts in a line of text: the same fact written two ways is one fact, a changed one is not."""

import pytest

from programme_site.pages.facts import Fact, find_facts


def keys(text: str) -> list[tuple[str, str]]:
    return [fact.key for fact in find_facts(text, 1)]


@pytest.mark.parametrize(
    ("finnish", "swedish", "key"),
    [
        ("7,35 miljoonaa euroa", "7.35 miljoner euro", ("number", "7.35")),
        ("1 050 henkilöä", "1050 personer", ("number", "1050")),
        ("1\u00a0050 henkilöä", "1\u202f050 personer", ("number", "1050")),
        ("10\u2009000 euroa", "10 000 euro", ("number", "10000")),
        ("päätöksellä 26.4.2022", "beslut 26.04.2022", ("date", "26.4.2022")),
        ("päivä 2022-04-26", "dag 26.4.2022", ("date", "26.4.2022")),
        ("ajalle 26.4.2022–31.12.2027", "tiden 26.4.2022 - 31.12.2027", ("period", "26.4.2022–31.12.2027")),
        ("ajalle 26.4.–31.12.2027", "tiden 26.4. — 31.12.2027", ("period", "26.4.–31.12.2027")),
        ("vuosina 2022–2024", "åren 2022-2024", ("range", "2022–2024")),
        ("puhelin +358 2950 47582", "telefon 029 504 7582", ("phone", "358295047582")),
        ("päätös VN/11845/2022", "beslut VN/11845/2022", ("decision", "VN/11845/2022")),
        ("laki (306/2019)", "lagen (306/2019)", ("statute", "306/2019")),
        (
            "kuntiinohjaaminen.tem(at)gov.fi",
            "Kuntiinohjaaminen.TEM@gov.fi",
            ("email", "kuntiinohjaaminen.tem@gov.fi"),
        ),
        ("70 % määrärahasta", "70 procent av anslaget", ("percentage", "70 %")),
        ("70 prosenttia", "70%", ("percentage", "70 %")),
        ("momentille 26.01.26", "momentet 26.01.26", ("reference", "26.01.26")),
    ],
)
def test_the_same_fact_written_two_ways_is_one_fact(finnish: str, swedish: str, key: tuple[str, str]) -> None:
    assert keys(finnish) == [key]
    assert keys(swedish) == [key]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("26.4.2022", "27.4.2022"),
        ("7,35", "7,53"),
        ("1 050", "1 500"),
        ("+358 2950 47582", "+358 2950 47583"),
    ],
)
def test_a_changed_fact_is_a_different_fact(first: str, second: str) -> None:
    assert keys(first) != keys(second)


def test_a_grouped_amount_is_one_number_not_a_phone_number() -> None:
    assert keys("1 050 000 euroa ja 0,5 %") == [("number", "1050000"), ("percentage", "0.5 %")]


def test_facts_keep_how_they_were_written_and_their_line() -> None:
    assert find_facts("asetti päätöksellä VN/11845/2022 26.4.2022.", 3) == [
        Fact(3, "decision", "VN/11845/2022", "VN/11845/2022"),
        Fact(3, "date", "26.4.2022", "26.4.2022"),
    ]
    assert find_facts("1 050", 1)[0].describe() == "the number 1 050"
