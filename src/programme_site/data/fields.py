"""The fields of each kind of entry in data/, in one table each (`Field`): the validation reads them
(data/entries.py), and data/schema.py makes the editors' JSON Schema of the same tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from programme_site.core.languages import Text
from programme_site.core.messages import N_
from programme_site.data.markdown import URL_PATTERN
from programme_site.data.model import NEWS_TYPES

# Patterns are used with fullmatch: `$` would also accept a final newline (a YAML `|` block).
ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# An id is part of a file and folder name; `make news` makes ids of at most 60 characters.
MAX_ID_LENGTH = 60
EMAIL_PATTERN = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
# International form, e.g. +358 2950 47582: the tel: link is built from it.
PHONE_PATTERN = re.compile(r"\+[1-9][0-9]{0,2}( [0-9]{2,5})+")
# A title, name or role is one line of a page or a feed; a longer text is a mistake or an attack
# (`make news` once wrote a 100 000-character title). Markdown texts have core/text_bounds.py's limits.
MAX_TEXT_LENGTH = 300
# The programme began long after this; an earlier date is a typing mistake.
EARLIEST_DATE = date(2000, 1, 1)

# How far ahead a news date may be unless data/news.yaml says otherwise under
# `settings:`; a date beyond it is almost always a mistyped year.
DEFAULT_FUTURE_LIMIT_DAYS = 60


class Kind(Enum):
    """What a field holds: how it is read, and how the JSON Schema describes it."""

    ID = "id"  # lower-case letters, digits and hyphens, unique in its file
    TEXT = "text"  # a plain text in each language: fi: …, sv: …
    NAME = "name"  # a proper name, one text for both languages, or a text in each
    MARKDOWN = "markdown"  # a Markdown text in each language
    STRING = "string"  # one text matching `pattern`
    DATE = "date"  # year-month-day
    CHOICE = "choice"  # one of `choices`
    LINKS = "links"  # a list of entries with the fields `fields`
    NUMBER = "number"  # a whole number within `bounds`


@dataclass(frozen=True)
class Field:
    """One field of an entry, for the validator and the editors' JSON Schema alike."""

    name: str
    kind: Kind
    about: Text  # what the field is for, in the schema an editor's YAML tool shows
    required: bool = True
    pattern: re.Pattern[str] | None = None  # STRING: used with fullmatch
    # How to write a valid value, marked with N_ and translated where shown. CHOICE: the whole
    # message for another value, with {value} and {choices}; LINKS: the list's shape.
    hint: str = ""
    choices: tuple[str, ...] = ()
    bounds: tuple[int, int] = (0, 0)
    fields: tuple[Field, ...] = ()  # LINKS: each link's fields
    # Read by another check: review_by by checker/rules/review_dates.py, which knows the due dates.
    checked_elsewhere: bool = False


ID_HINT = N_("Use lower-case letters a-z, digits and hyphens, e.g. maria-tiainen.")
URL_HINT = N_("Write a full https:// address.")
REVIEW_BY = Field(
    "review_by",
    Kind.DATE,
    Text(
        "Päivä, johon mennessä tiedoston tiedot tarkistetaan lähteistä uudelleen.",
        "Dag då filens uppgifter senast ska kontrolleras mot källorna igen.",
    ),
    required=False,
    checked_elsewhere=True,
)
CONTACT_FIELDS = (
    Field(
        "id",
        Kind.ID,
        Text(
            "Tunniste: pienet kirjaimet a-z, numerot ja viivat.",
            "Id: små bokstäver a-z, siffror och bindestreck.",
        ),
        hint=ID_HINT,
    ),
    Field(
        "name",
        Kind.NAME,
        Text(
            "Nimi; henkilön nimi kerran, muuten fi ja sv.", "Namn; en persons namn en gång, annars fi och sv."
        ),
    ),
    Field(
        "title",
        Kind.TEXT,
        Text("Tehtävänimike tai organisaatio.", "Titel eller organisation."),
        required=False,
    ),
    Field("role", Kind.TEXT, Text("Rooli ohjelmassa.", "Roll i programmet."), required=False),
    Field(
        "email",
        Kind.STRING,
        Text(
            "Sähköpostiosoite kokonaan; sivusto näyttää sen muodossa nimi(at)osoite.",
            "Hel e-postadress; webbplatsen visar den som namn(at)adress.",
        ),
        required=False,
        pattern=EMAIL_PATTERN,
        hint=N_("Write a whole address, e.g. name@gov.fi."),
    ),
    Field(
        "phone",
        Kind.STRING,
        Text(
            "Puhelinnumero kansainvälisessä muodossa, esim. +358 2950 47582.",
            "Telefonnummer i internationell form, t.ex. +358 2950 47582.",
        ),
        required=False,
        pattern=PHONE_PATTERN,
        hint=N_("Write it in international form with spaces, e.g. +358 2950 47582."),
    ),
    Field(
        "website",
        Kind.STRING,
        Text("Verkkosivu, https://-osoite.", "Webbplats, https://-adress."),
        required=False,
        pattern=URL_PATTERN,
        hint=URL_HINT,
    ),
    Field(
        "as_of",
        Kind.DATE,
        Text(
            "Päivä, jona nimike ja rooli olivat lähteen mukaan tällaiset; sivu näyttää sen.",
            "Dag då titeln och rollen var sådana enligt källan; sidan visar den.",
        ),
        required=False,
    ),
)
CONTACT_SETTINGS_FIELDS = (REVIEW_BY,)
NEWS_LINK_FIELDS = (
    Field("title", Kind.TEXT, Text("Linkin teksti.", "Länkens text.")),
    Field(
        "url", Kind.STRING, Text("Osoite, https://…", "Adress, https://…"), pattern=URL_PATTERN, hint=URL_HINT
    ),
)
NEWS_FIELDS = (
    Field(
        "id",
        Kind.ID,
        Text(
            "Tunniste, osa sivun osoitetta: pienet kirjaimet a-z, numerot ja viivat.",
            "Id, en del av sidans adress: små bokstäver a-z, siffror och bindestreck.",
        ),
        hint=ID_HINT,
    ),
    Field("date", Kind.DATE, Text("Julkaisupäivä, vuosi-kuukausi-päivä.", "Publiceringsdag, år-månad-dag.")),
    Field(
        "type",
        Kind.CHOICE,
        Text("Tyyppi: uutinen tai tiedote.", "Typ: uutinen (nyhet) eller tiedote (pressmeddelande)."),
        hint=N_("'{value}' is not a news type. Use one of: {choices}."),
        choices=tuple(NEWS_TYPES),
    ),
    Field("title", Kind.TEXT, Text("Otsikko suomeksi ja ruotsiksi.", "Rubrik på finska och svenska.")),
    Field(
        "body",
        Kind.MARKDOWN,
        Text(
            "Teksti (Markdown): linkit muodossa [teksti](https://osoite).",
            "Text (Markdown): länkar som [text](https://adress).",
        ),
    ),
    Field(
        "links",
        Kind.LINKS,
        Text(
            "Lisälukemista: linkit, joilla teksti (fi, sv) ja osoite.",
            "Läs mer: länkar med text (fi, sv) och adress.",
        ),
        required=False,
        hint=N_("must be a list of links, each with 'title:' (fi and sv) and 'url:'."),
        fields=NEWS_LINK_FIELDS,
    ),
    Field(
        "closes",
        Kind.DATE,
        Text(
            "Haun tai kyselyn viimeinen päivä; sen jälkeen sivu kertoo sen päättyneen.",
            "Sista dagen för en ansökan eller enkät; därefter säger sidan att den har avslutats.",
        ),
        required=False,
    ),
)
NEWS_SETTINGS_FIELDS = (
    Field(
        "future_limit_days",
        Kind.NUMBER,
        Text(
            "Montako päivää tulevaisuuteen uutisen päivä saa olla.",
            "Hur många dagar framåt en nyhets datum får vara.",
        ),
        required=False,
        bounds=(0, 3660),
    ),
    REVIEW_BY,
)
PROGRAMME_FIELDS = (
    Field(
        "ends",
        Kind.DATE,
        Text(
            "Toimintaohjelman viimeinen päivä; sen jälkeen jokainen sivu kertoo sivuston olevan arkisto.",
            "Handlingsprogrammets sista dag; därefter säger varje sida att webbplatsen är ett arkiv.",
        ),
    ),
    Field(
        "news_current_days",
        Kind.NUMBER,
        Text(
            "Montako päivää uusin uutinen on ajankohtainen; sen jälkeen uutislista kertoo uutisten iän.",
            "Hur många dagar den senaste nyheten är aktuell; därefter säger nyhetslistan hur gamla nyheterna är.",
        ),
        bounds=(1, 3660),
    ),
    Field(
        "current_news_title",
        Kind.TEXT,
        Text("Sen sivun nimi, jolla on ajankohtaiset uutiset.", "Namnet på sidan med aktuella nyheter."),
    ),
    Field(
        "current_news_url",
        Kind.STRING,
        Text(
            "Sen sivun osoite, jolla on ajankohtaiset uutiset; ruotsinkielinen pari data/language_specific_links.yaml-tiedostossa.",
            "Adressen till sidan med aktuella nyheter; den svenska adressen som par i data/language_specific_links.yaml.",
        ),
        pattern=URL_PATTERN,
        hint=URL_HINT,
    ),
)
