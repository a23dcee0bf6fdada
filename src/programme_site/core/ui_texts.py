"""The site's own interface words in both languages, in one table."""

from __future__ import annotations

UI_TEXTS: dict[str, dict[str, str]] = {
    "phone": {"fi": "Puhelin", "sv": "Telefon"},
    "email": {"fi": "Sähköposti", "sv": "E-post"},
    "website": {"fi": "Verkkosivut", "sv": "Webbplats"},
    "contacts": {"fi": "Yhteystiedot", "sv": "Kontaktuppgifter"},
    "latest_news": {"fi": "Uusimmat uutiset", "sv": "De senaste nyheterna"},
    "all_news": {"fi": "Kaikki uutiset", "sv": "Alla nyheter"},
    "news_links": {"fi": "Lisätietoa", "sv": "Mer information"},
    "news_archive": {"fi": "Uutisarkisto", "sv": "Nyhetsarkiv"},
    "news_count_one": {"fi": "uutinen", "sv": "nyhet"},
    "news_count_many": {"fi": "uutista", "sv": "nyheter"},
    "news_feed_title": {"fi": "Ajankohtaista", "sv": "Aktuellt"},
    "news_feed_link": {
        "fi": "Tilaa uutiset syötteenä (Atom)",
        "sv": "Prenumerera på nyheterna som flöde (Atom)",
    },
    "updated": {"fi": "Päivitetty", "sv": "Uppdaterad"},
    "all_contacts": {"fi": "Kaikki yhteystiedot", "sv": "Alla kontaktuppgifter"},
    "accessibility_statement": {"fi": "Saavutettavuusseloste", "sv": "Tillgänglighetsutlåtande"},
    "front_page": {"fi": "Siirry etusivulle", "sv": "Gå till startsidan"},
    "not_found_title": {"fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte"},
    "not_found_text": {
        "fi": "Etsimääsi sivua ei ole olemassa tai se on siirretty. Voit etsiä sisältöä hakutoiminnolla.",
        "sv": "Sidan du söker finns inte eller har flyttats. Du kan söka innehåll med sökfunktionen.",
    },
    # A call or survey a news item announces: open until its last day, then closed ({date}: 16.6.2023).
    "open_until": {"fi": "Avoinna {date} asti", "sv": "Öppen till och med {date}"},
    "closed_on": {"fi": "Päättynyt {date}", "sv": "Avslutad {date}"},
    # A contact's title and role as they were on a day, from their source.
    "as_of": {"fi": "Tiedot {date} tilanteen mukaan", "sv": "Uppgifterna enligt läget {date}"},
    # Above a news list whose newest item is older than data/programme.yaml allows, and a link.
    "news_are_old": {
        "fi": "Uusin uutinen on julkaistu {date}. Ajankohtaiset uutiset löydät täältä:",
        "sv": "Den senaste nyheten publicerades {date}. Aktuella nyheter hittar du här:",
    },
    # On every page once the programme has ended (data/programme.yaml).
    "archive_notice": {
        "fi": "Toimintaohjelma päättyi {date}. Tämä sivusto on arkisto, eikä sen tietoja enää päivitetä.",
        "sv": "Handlingsprogrammet avslutades {date}. Den här webbplatsen är ett arkiv, och uppgifterna uppdateras inte längre.",
    },
    # Shown above a page published in the other language because it is not yet translated.
    "untranslated_notice": {
        "fi": "Tätä sivua ei ole vielä käännetty suomeksi. Alla on sivun ruotsinkielinen teksti.",
        "sv": "Denna sida finns ännu inte på svenska. Nedan finns sidans text på finska.",
    },
    # The search in the header (overrides/partials/search.html; {count} is a number).
    "search_label": {"fi": "Hae sivustolta", "sv": "Sök på webbplatsen"},
    "search_placeholder": {"fi": "Hae", "sv": "Sök"},
    "search_results": {"fi": "Hakutulokset", "sv": "Sökresultat"},
    "search_count_one": {"fi": "1 tulos", "sv": "1 träff"},
    "search_count_many": {"fi": "{count} tulosta", "sv": "{count} träffar"},
    "search_count_none": {"fi": "Ei tuloksia", "sv": "Inga träffar"},
    "search_more": {"fi": "Näytä lisää tuloksia", "sv": "Visa fler träffar"},
    "search_failed": {
        "fi": "Haku ei juuri nyt toimi. Yritä myöhemmin uudelleen.",
        "sv": "Sökningen fungerar inte just nu. Försök igen senare.",
    },
    # A pull request's preview: links into GitHub's editor (html/edit_links.py).
    "edit_links": {"fi": "Muokkaa GitHubissa", "sv": "Redigera på GitHub"},
    "edit_page": {"fi": "Muokkaa tätä sivua", "sv": "Redigera den här sidan"},
    # Beside it, in the other language: on a Finnish page "Redigera den svenska sidan".
    "edit_other_language_page": {"fi": "Muokkaa suomenkielistä sivua", "sv": "Redigera den svenska sidan"},
    "edit_news_item": {
        "fi": "Muokkaa tätä uutista (data/news.yaml)",
        "sv": "Redigera den här nyheten (data/news.yaml)",
    },
    "edit_news": {"fi": "Muokkaa uutisia (data/news.yaml)", "sv": "Redigera nyheterna (data/news.yaml)"},
    "edit_contacts": {
        "fi": "Muokkaa yhteystietoja (data/contacts.yaml)",
        "sv": "Redigera kontaktuppgifterna (data/contacts.yaml)",
    },
}


def ui_text(key: str, language: str) -> str:
    return UI_TEXTS[key][language]
