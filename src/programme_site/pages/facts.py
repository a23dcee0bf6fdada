"""Facts in a line of text: what must be the same in both languages, normalised.

Numbers, dates, periods, phone numbers, decision and statute numbers and e-mail
addresses. Each is normalised, so `7,35` and `7.35` or `1 050` and `1050` are
one fact. Pages (pages/outline.py) and data texts (rules/data_facts) use the same
extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from programme_site.core.messages import N_, _

_SPACE = "[ \u00a0\u202f\u2009]"  # also the no-break and thin spaces editors paste in
_DASH = "[ \t]*[\u2013\u2014-][ \t]*"  # en dash, em dash or hyphen
_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
_NUMBER = rf"(?:[1-9]\d{{0,2}}(?:{_SPACE}\d{{3}})+|\d+)(?:[.,]\d+)?"
# Every fact has a digit or is an e-mail address: most lines of prose have neither.
MAY_HAVE_FACTS = re.compile(r"\d|@|\(at\)")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\(at\))[\w-]+(?:\.[\w-]+)+")
# Order matters: at one position the first kind that matches wins, so a date is
# never also read as numbers, nor a phone number as a thousand-grouped amount.
# The lookahead lets the engine pass over letters at once: the checker stays fast.
FACT = re.compile(
    rf"""
    (?=[\d+A-ZÅÄÖ])(?:
    (?P<decision>\b[A-ZÅÄÖ]{{2,}}(?:/[\d.]+)+/\d{{4}}\b)
    |(?P<statute>\b\d{{1,5}}/\d{{4}}\b)
    |(?P<period>(?:{_DATE}|\d{{1,2}}\.\d{{1,2}}\.){_DASH}{_DATE})
    |(?P<date>{_DATE}|\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    |(?P<phone>\+\d{{1,3}}(?:{_SPACE}?\d{{1,5}}){{2,5}}|\b0\d{{1,3}}(?:[ -]\d{{2,5}}){{1,3}}\b)
    |(?P<percentage>{_NUMBER}{_SPACE}?(?:%|prosentti\w*|procent\w*))
    |(?P<reference>\b\d+(?:\.\d+){{2,}}\b)
    |(?P<range>{_NUMBER}{_DASH}{_NUMBER}\b)
    |(?P<number>{_NUMBER})
    )""",
    re.VERBOSE,
)

# How a message names each kind of fact, with the fact as written.
FACT_KINDS = {
    "email": N_("the e-mail address {fact}"),
    "decision": N_("the decision number {fact}"),
    "statute": N_("the statute number {fact}"),
    "period": N_("the period {fact}"),
    "date": N_("the date {fact}"),
    "phone": N_("the phone number {fact}"),
    "percentage": N_("the percentage {fact}"),
    "reference": N_("the number {fact}"),
    "range": N_("the range {fact}"),
    "number": N_("the number {fact}"),
}


def _number(text: str) -> str:
    return re.sub(_SPACE, "", text).replace(",", ".")


def _date(text: str) -> str:
    if "-" in text:  # ISO: 2023-10-03
        year, month, day = text.split("-")
        return f"{int(day)}.{int(month)}.{year}"
    return ".".join(str(int(part)) if part else "" for part in text.split("."))


def _phone(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    # A Finnish number written nationally (029 …) is the same as +358 29 …
    return digits if text.startswith("+") else "358" + digits[1:]


def _percentage(text: str) -> str:
    number = re.match(_NUMBER, text)
    assert number, "FACT matched a number first"
    return f"{_number(number[0])} %"


def _dashed(text: str, normalise: Callable[[str], str]) -> str:
    first, last = re.split(_DASH, text, maxsplit=1)
    return f"{normalise(first)}\u2013{normalise(last)}"


NORMALISE = {
    "email": lambda text: text.lower().replace("(at)", "@"),
    "decision": str,
    "statute": str,
    "period": lambda text: _dashed(text, _date),
    "date": _date,
    "phone": _phone,
    "percentage": _percentage,
    "reference": str,
    "range": lambda text: _dashed(text, _number),
    "number": _number,
}


@dataclass(frozen=True)
class Fact:
    line: int
    kind: str
    value: str  # normalised: what is compared
    text: str  # as written: what the editor sees in a message

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.value)

    def describe(self) -> str:
        return _(FACT_KINDS[self.kind]).format(fact=self.text)


def find_facts(text: str, line: int) -> list[Fact]:
    """The facts in one line of visible text, in the order they are written."""
    if not MAY_HAVE_FACTS.search(text):
        return []
    found = [(match.start(), "email", match[0]) for match in EMAIL.finditer(text)]
    # Blank out the addresses so that digits in them are not read as numbers too.
    text = EMAIL.sub(lambda match: " " * len(match[0]), text)
    found += [(match.start(), str(match.lastgroup), match[0]) for match in FACT.finditer(text)]
    return [Fact(line, kind, NORMALISE[kind](written), written) for _start, kind, written in sorted(found)]
