"""The real accessibility statement has every part the law asks of it, in both languages.

Act 306/2019 (laki digitaalisten palvelujen tarjoamisesta) requires a statement made on the European
Commission's model, Implementing Decision (EU) 2018/1523. The model's annex names the parts a statement
must have; REQUIRED_PARTS lists them in the model's order, with the heading each language uses for it,
and the tests hold each part to what the model asks of it: the compliance status, the non-accessible
content by WCAG criterion, how and when the statement was prepared, the feedback channel with its
response time, the user's right to ask for inaccessible content, and the enforcement procedure with the
supervisor's contact details. An editor who rewords a part keeps its heading, or updates the list here.

These tests read the real page and data on purpose (tests/live_content.py): when one fails, the
statement needs a fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
import yaml
from conftest import ROOT

PAGE = "saavutettavuusseloste.md"
LANGUAGES = ("fi", "sv")


@dataclass(frozen=True)
class Part:
    """A part of the model statement and the heading that holds it on each language's page."""

    name: str
    heading: dict[str, str]


# The model's parts (annex of Implementing Decision (EU) 2018/1523), in its order. The right to request
# content is part of the model's "feedback and contact information"; the statement gives it a heading
# of its own so that a reader finds it.
REQUIRED_PARTS = (
    Part("compliance status", {"fi": "Saavutettavuuden tila", "sv": "Tillgänglighetsstatus"}),
    Part(
        "non-accessible content",
        {"fi": "Sisältö, joka ei ole saavutettavaa", "sv": "Innehåll som inte är tillgängligt"},
    ),
    Part(
        "preparation of the statement",
        {"fi": "Miten seloste on laadittu", "sv": "Hur utlåtandet har utarbetats"},
    ),
    Part(
        "right to request inaccessible content",
        {"fi": "Pyydä sisältöä saavutettavassa muodossa", "sv": "Begär innehåll i tillgänglig form"},
    ),
    Part(
        "feedback and contact information",
        {"fi": "Palaute ja yhteystiedot", "sv": "Respons och kontaktuppgifter"},
    ),
    Part("enforcement procedure", {"fi": "Valvontaviranomainen", "sv": "Tillsynsmyndighet"}),
)

# What the compliance status says: fully, partially or not compliant (the model's three choices).
STATUS = {
    "fi": re.compile(r"täyttää (?:WCAG 2\.1 -ohjeiston )?A- ja AA-tason vaatimukset(?: osittain)?|ei täytä"),
    "sv": re.compile(r"uppfyller (?:delvis |inte )?kraven på nivå A och AA i WCAG 2\.1"),
}
PARTIAL = {"fi": "osittain", "sv": "delvis"}
PROVIDER = {"fi": "työ- ja elinkeinoministeriö", "sv": "arbets- och näringsministeriet"}
# The law's response time, as the supervisor states it: two weeks.
RESPONSE_TIME = {"fi": "kahden viikon kuluessa", "sv": "inom två veckor"}
# The preparation names its method: the provider's own assessment (or a third party's).
METHOD = {"fi": re.compile(r"omaan arvioon|ulkopuolisen"), "sv": re.compile(r"egen bedömning|utomstående")}
CRITERION = re.compile(r"\b[1-4]\.[1-9]\.[1-9][0-9]?\b")
DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.20\d\d\b")
# Developer material that belongs in HANDBOOK.md, not in a statement for readers.
DEVELOPER_WORDS = ("axe-core", "Lighthouse", "Chromium", "Nu HTML Checker", "pytest")


def statement(language: str) -> str:
    return (ROOT / "docs" / language / PAGE).read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """The page's level-2 sections by heading, each with its text up to the next level-2 heading; the text
    before the first one under ''."""
    found: dict[str, str] = {}
    heading = ""
    for line in text.split("\n"):
        if line.startswith("## "):
            heading = line[3:].strip()
            found[heading] = ""
        else:
            found[heading] = found.get(heading, "") + line + "\n"
    return found


def part(language: str, name: str) -> str:
    (wanted,) = (item for item in REQUIRED_PARTS if item.name == name)
    return sections(statement(language))[wanted.heading[language]]


def supervisor_contacts() -> list[dict[str, object]]:
    data = yaml.safe_load((ROOT / "data" / "contacts.yaml").read_text(encoding="utf-8"))
    by_id = {contact["id"]: contact for contact in data["contacts"]}
    return [by_id[name] for name in data["sections"]["valvonta"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_statement_has_every_part_of_the_model_in_its_order(language: str) -> None:
    headings = list(sections(statement(language)))
    missing = [item.name for item in REQUIRED_PARTS if item.heading[language] not in headings]
    assert not missing, f"docs/{language}/{PAGE} lacks the model's parts: {missing}"
    positions = [headings.index(item.heading[language]) for item in REQUIRED_PARTS]
    assert positions == sorted(positions), f"docs/{language}/{PAGE}: the parts are not in the model's order"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_statement_names_its_provider_its_scope_and_the_law(language: str) -> None:
    opening = sections(statement(language))[""]
    assert PROVIDER[language] in opening.lower()
    assert "306/2019" in opening
    assert "2018/1523" in opening


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compliance_status_is_one_of_the_models_three(language: str) -> None:
    assert STATUS[language].search(part(language, "compliance status"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_statement_that_is_not_fully_compliant_lists_its_failures_by_wcag_criterion(language: str) -> None:
    status = part(language, "compliance status")
    content = part(language, "non-accessible content")
    if PARTIAL[language] in status or "ei täytä" in status or "uppfyller inte" in status:
        failures = [line for line in content.split("\n") if line.startswith("- ") and CRITERION.search(line)]
        assert failures, f"docs/{language}/{PAGE}: name each failure's WCAG success criterion"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_preparation_gives_its_date_and_method(language: str) -> None:
    preparation = part(language, "preparation of the statement")
    assert DATE.search(preparation), "the date the statement was prepared or last reviewed"
    assert METHOD[language].search(preparation), "self-assessment or assessment by a third party"


@pytest.mark.parametrize("language", LANGUAGES)
def test_readers_can_ask_for_content_and_give_feedback_and_get_an_answer_in_two_weeks(language: str) -> None:
    request = part(language, "right to request inaccessible content")
    feedback = part(language, "feedback and contact information")
    assert RESPONSE_TIME[language] in request
    assert RESPONSE_TIME[language] in feedback
    # The feedback channel: the programme's e-mail address, shown from data/contacts.yaml.
    assert "<!-- data:contacts section=sahkoposti -->" in feedback


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_enforcement_procedure_names_the_supervisor_with_its_contact_details(language: str) -> None:
    enforcement = part(language, "enforcement procedure")
    assert "Traficom" in enforcement
    assert "<!-- data:contacts section=valvonta -->" in enforcement
    assert re.search(r"\]\(https://[^)]+\)", enforcement), "a link to the supervisor's site"
    for contact in supervisor_contacts():
        assert contact.get("phone") or contact.get("email"), f"{contact['id']}: a phone number or e-mail"
        assert contact.get("as_of"), f"{contact['id']}: the day its details were checked (as_of)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_statement_leaves_developer_test_details_to_the_handbook(language: str) -> None:
    text = statement(language)
    assert not [word for word in DEVELOPER_WORDS if word in text]
