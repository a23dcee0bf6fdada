"""Write a synthetic copy of the project with any number of pages and news items.

The tree has the real project's shape: `mkdocs.yml` derived from the real one
(same theme, hooks and i18n; only the navigation is new), the real `hooks/`,
`overrides/` and `docs/assets/`, pages under `docs/fi/` and `docs/sv/` with the
same file names, and `data/contacts.yaml` and `data/news.yaml`.

Pages are about 750 words of Finnish- and Swedish-like text with headings,
lists, internal links and data markers. Both languages of a page share one
structure and the same numbers, as a translation would. Pages sit in a fixed
number of sections and only the section pages are in the navigation: Material
renders the whole navigation into every page, so a navigation that grew with
the content would make every page grow with it.

Also writes the configurations of the comparison builds (see `VARIANTS`).

    python -m bench.synthetic_site OUT --pages 100 --news 100
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from programme_site.core.languages import finnish_today, language_root
from programme_site.data.load import load_site_data
from programme_site.html.markers import expand_markers
from programme_site.html.news_pages import generated_pages

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fi", "sv")
SECTIONS = 10
# Parts of the real project the synthetic one uses as they are.
COPIED = ("hooks", "overrides", "docs/assets")
# Every real page has a review date, so the checker reads front matter as on the real site.
FRONT_MATTER = "---\nreview_by: 2099-12-31\n---\n\n"
REVIEW_SETTINGS = {"review_by": "2099-12-31"}


class ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it: `!ENV [NAME, default]` is the variable's value or the default."""


def _environment_value(loader: ConfigLoader, node: yaml.SequenceNode) -> Any:
    name, *default = loader.construct_sequence(node)
    return os.environ.get(name, default[0] if default else None)


ConfigLoader.add_constructor("!ENV", _environment_value)


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "fi": _words(
        "kunta hyvinvointialue pakolainen kotoutuminen vastaanotto palvelu tuki ohjelma "
        "työ ministeriö asiakas perhe lapsi nuori koulutus kieli suomi opetus ohjaus neuvonta "
        "asuminen terveys sosiaalityö yhteistyö verkosto järjestö kumppanuus rahoitus korvaus "
        "kustannus hakemus päätös laki asetus selvitys raportti arviointi kehittäminen hanke "
        "tieto osaaminen koulutustilaisuus tapahtuma kysely tulos tavoite toimenpide vastuu "
        "alkuvaihe kartoitus suunnitelma työllisyys yrittäjyys osallisuus yhdenvertaisuus "
        "vastaanottavuus väestösuhteet kiintiö uudelleensijoittaminen turvapaikka oleskelulupa "
        "kuntalainen viranomainen asiantuntija yhteyshenkilö ohjausryhmä kokous esitys aineisto "
        "verkkosivu tiedote uutinen vuosi kuukausi aikataulu vaihe malli käytäntö kokemus "
        "palaute laatu saatavuus monikielinen yhteiskuntaorientaatio alaikäinen huoltaja "
        "perheenyhdistäminen tulkkaus kotoutumissuunnitelma kotoutumisohjelma mentori vertainen "
        "harrastus vapaaehtoinen seurakunta kirjasto koulu päiväkoti ammattikoulu korkeakoulu"
    ),
    "sv": _words(
        "kommun välfärdsområde flykting integration mottagande tjänst stöd program arbete "
        "ministerium kund familj barn ungdom utbildning språk svenska undervisning handledning "
        "rådgivning boende hälsa socialarbete samarbete nätverk organisation partnerskap "
        "finansiering ersättning kostnad ansökan beslut lag förordning utredning rapport "
        "utvärdering utveckling projekt information kompetens utbildningstillfälle evenemang "
        "enkät resultat mål åtgärd ansvar inledningsskede kartläggning plan sysselsättning "
        "företagande delaktighet likabehandling välkomnande befolkningsrelationer kvot "
        "vidarebosättning asyl uppehållstillstånd kommuninvånare myndighet sakkunnig kontaktperson "
        "styrgrupp möte föredragning material webbplats meddelande nyhet år månad tidtabell "
        "skede modell praxis erfarenhet respons kvalitet tillgänglighet flerspråkig "
        "samhällsorientering minderårig vårdnadshavare familjeåterförening tolkning "
        "integrationsplan integrationsprogram mentor kamrat fritid frivillig församling "
        "bibliotek skola daghem yrkesskola högskola"
    ),
}
SMALL_WORDS = {
    "fi": _words("ja sekä myös että tai on ovat oli voi tulee kun jos niin joka jotka tämä nämä"),
    "sv": _words("och samt också att eller är var kan ska när om så som detta dessa den det"),
}
NAV_TITLES = {
    "index.md": ("Etusivu", "Startsida"),
    "ajankohtaista.md": ("Ajankohtaista", "Aktuellt"),
    "yhteystiedot.md": ("Yhteystiedot", "Kontaktuppgifter"),
    "saavutettavuusseloste.md": ("Saavutettavuusseloste", "Tillgänglighetsutlåtande"),
}
SECTION_TITLE = {"fi": "Osio {n}", "sv": "Avsnitt {n}"}
LINK_TEXT = {"fi": "Lue lisää sivulta {n}", "sv": "Läs mer på sidan {n}"}
CONTACT_SECTIONS = ("ohjelma", "alue", "verkosto", "ohjausryhma", "viestinta")
NEWS_TYPES = ("uutinen", "tiedote")
LATEST_NEWS_DAY = date(2025, 12, 31)  # news go back one a day from here
# Seeds of the texts that are not pages (a page's seed is its number; sections' are negative).
CONTACT_SEED, NEWS_TITLE_SEED, NEWS_BODY_SEED = 1_000_000, 2_000_000, 3_000_000


def _section_of(page: int, pages: int) -> int:
    return page * SECTIONS // pages + 1


def page_path(page: int, pages: int) -> str:
    """File name of content page `page` (0-based) below a language folder."""
    return f"osio-{_section_of(page, pages):02d}/sivu-{page + 1:05d}.md"


def _link(section: int, page: int, pages: int) -> str:
    """A link from a page in `section` to content page `page`."""
    path = page_path(page, pages)
    return path.split("/")[1] if _section_of(page, pages) == section else f"../{path}"


class _Writer:
    """Text in one language with a shared structure: the same seed gives both languages
    the same sentence lengths, headings, lists, links and numbers."""

    def __init__(self, language: str, seed: int) -> None:
        self.language = language
        self.random = random.Random(seed)

    def words(self, count: int) -> str:
        pool = WORDS[self.language]
        small = SMALL_WORDS[self.language]
        chosen = [
            self._pick(small) if self.random.random() < 0.25 else self._pick(pool) for _ in range(count)
        ]
        return " ".join(chosen)

    def _pick(self, pool: list[str]) -> str:
        # One draw whatever the pool's size (random.choice may draw more than once), so
        # the two languages' generators stay in step.
        return pool[int(self.random.random() * len(pool))]

    def sentence(self) -> str:
        text = self.words(self.random.randint(8, 14))
        if self.random.random() < 0.15:  # facts a translation must keep: numbers and dates
            text += (
                f" {self.random.randint(1, 31)}.{self.random.randint(1, 12)}.20{self.random.randint(10, 27)}"
            )
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def title(self) -> str:
        text = self.words(self.random.randint(2, 5))
        return text[0].upper() + text[1:]


def page_markdown(language: str, page: int, pages: int) -> str:
    """One content page of about 750 words."""
    writer = _Writer(language, seed=page)
    here = _section_of(page, pages)
    blocks = [f"# {writer.title()}", writer.paragraph(5)]
    for part in range(5):
        blocks += [f"## {writer.title()}", writer.paragraph(5)]
        if part % 2 == 0:
            blocks.append("\n".join(f"- {writer.sentence()}" for _ in range(4)))
        target = writer.random.randrange(pages)
        link = _link(here, target, pages)
        blocks.append(f"{writer.paragraph(4)} [{LINK_TEXT[language].format(n=target + 1)}]({link})")
        if part == 2:
            blocks.append(f"<!-- data:contacts section={CONTACT_SECTIONS[page % len(CONTACT_SECTIONS)]} -->")
        if part == 3 and page % 10 == 0:
            blocks.append("<!-- data:news latest=3 heading=3 -->")
    blocks.append(f"[{NAV_TITLES['index.md'][LANGUAGES.index(language)]}](../index.md)")
    return "\n\n".join(blocks) + "\n"


def section_markdown(language: str, section: int, pages: int) -> str:
    """The section's page: the only way into its pages from the navigation."""
    writer = _Writer(language, seed=-section)
    links = [
        f"- [{LINK_TEXT[language].format(n=page + 1)}]({_link(section, page, pages)})"
        for page in range(pages)
        if _section_of(page, pages) == section
    ]
    return (
        f"# {SECTION_TITLE[language].format(n=section)}\n\n{writer.paragraph(3)}\n\n"
        + "\n".join(links)
        + "\n"
    )


def fixed_pages(language: str) -> dict[str, str]:
    """The pages every site has, with the real site's markers."""
    writer = _Writer(language, seed=-1000)
    titles = {name: titles[LANGUAGES.index(language)] for name, titles in NAV_TITLES.items()}
    sections = "\n".join(
        f"- [{SECTION_TITLE[language].format(n=n)}](osio-{n:02d}/index.md)" for n in range(1, SECTIONS + 1)
    )
    return {
        "index.md": f"# {titles['index.md']}\n\n{writer.paragraph(4)}\n\n{sections}\n\n"
        f"## {writer.title()}\n\n<!-- data:news latest=3 heading=3 -->\n\n"
        f"## {writer.title()}\n\n<!-- data:contacts section=ohjelma -->\n",
        # As the real news page: the feed, the ten newest, and the yearly archives for the rest.
        "ajankohtaista.md": f"# {titles['ajankohtaista.md']}\n\n{writer.paragraph(2)}\n\n<!-- data:news-feed -->\n\n"
        f"## {writer.title()}\n\n<!-- data:news latest=10 heading=3 -->\n\n"
        f"## {writer.title()}\n\n<!-- data:news-archive -->\n",
        "yhteystiedot.md": f"# {titles['yhteystiedot.md']}\n\n"
        + "\n\n".join(
            f"## {writer.title()}\n\n<!-- data:contacts section={name} -->" for name in CONTACT_SECTIONS
        )
        + "\n",
        "saavutettavuusseloste.md": f"# {titles['saavutettavuusseloste.md']}\n\n{writer.paragraph(6)}\n",
    }


def _in_both(seed: int, write: Callable[[_Writer], str]) -> dict[str, str]:
    """One text in both languages, as the data files have it."""
    return {language: write(_Writer(language, seed)) for language in LANGUAGES}


def contacts_data() -> dict[str, Any]:
    contacts = []
    for number in range(1, 21):
        contact: dict[str, Any] = {"id": f"henkilo-{number:02d}", "name": f"Henkilö {number}"}
        contact["title"] = _in_both(CONTACT_SEED + number, _Writer.title)
        if number % 2:
            contact["phone"] = f"+358 2950 {47000 + number}"
        else:
            contact["email"] = f"henkilo.{number}@example.fi"
        contacts.append(contact)
    sections = {
        name: [f"henkilo-{index * 4 + k:02d}" for k in range(1, 5)]
        for index, name in enumerate(CONTACT_SECTIONS)
    }
    return {"settings": REVIEW_SETTINGS, "contacts": contacts, "sections": sections}


# A programme that runs past any day the benchmark is run on, with no notice about old news: the
# synthetic site is measured as a current site.
PROGRAMME = {
    "ends": "2099-12-31",
    "news_current_days": 3660,
    "current_news_title": {"fi": "Uutiset", "sv": "Nyheter"},
    "current_news_url": "https://uutiset.example/",
}


def news_data(count: int) -> dict[str, Any]:
    items = [
        {
            "id": f"uutinen-{number:05d}",
            "date": (LATEST_NEWS_DAY - timedelta(days=number)).isoformat(),
            "type": NEWS_TYPES[number % 2],
            "title": _in_both(NEWS_TITLE_SEED + number, _Writer.title),
            "body": _in_both(NEWS_BODY_SEED + number, lambda writer: writer.paragraph(5)),
        }
        for number in range(count)
    ]
    return {"settings": REVIEW_SETTINGS, "news": items}


def navigation(language: str) -> list[dict[str, str]]:
    index = LANGUAGES.index(language)
    nav = [{titles[index]: name} for name, titles in NAV_TITLES.items()]
    sections = [
        {SECTION_TITLE[language].format(n=n): f"osio-{n:02d}/index.md"} for n in range(1, SECTIONS + 1)
    ]
    return nav[:1] + sections + nav[1:]


def _i18n(config: dict[str, Any]) -> dict[str, Any]:
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            return plugin["i18n"]
    raise ValueError("the real mkdocs.yml has no i18n plugin")


def site_config(real: dict[str, Any]) -> dict[str, Any]:
    """The real configuration with the synthetic navigation and its translations."""
    # Content pages are reached from their section's page, not from the navigation.
    config = {**real, "nav": navigation("fi"), "not_in_nav": "sivu-*.md"}
    translations = {
        fi: sv
        for fi_item, sv_item in zip(navigation("fi"), navigation("sv"), strict=True)
        for fi, sv in zip(fi_item, sv_item, strict=True)
    }
    for language in _i18n(config)["languages"]:
        if not language.get("default"):
            language["nav_translations"] = translations
    return config


# The comparison builds read their Markdown here: the same content as our build shows, written by
# hand. Each data marker is replaced by its block's HTML and the pages our hooks generate from data
# (news items, yearly archives) are files, so every variant builds the same pages with the same content.
FLOOR_DOCS = "docs-floor"


def page_url(source: str) -> str:
    """Where MkDocs publishes a page, e.g. 'sv/osio-01/' for 'sv/osio-01/index.md'."""
    language, _, name = source.partition("/")
    folder = name.removesuffix(".md").removesuffix("index").rstrip("/")
    return language_root(language) + (f"{folder}/" if folder else "")


def write_floor_docs(target: Path) -> None:
    data = load_site_data(target)
    today = finnish_today()  # the day the builds render too (SITE_TODAY, or today in Helsinki)
    for path in sorted((target / "docs").rglob("*.md")):
        source = path.relative_to(target / "docs").as_posix()
        language = source.split("/")[0]
        expansion = expand_markers(
            path.read_text(encoding="utf-8"), data, language, f"docs/{source}", page_url(source), today
        )
        _write(target / FLOOR_DOCS / source, expansion.insert(expansion.markdown))
    for page in generated_pages(data.news, today):
        _write(target / FLOOR_DOCS / page.source_path, page.markdown)


def without_our_hooks(config: dict[str, Any]) -> dict[str, Any]:
    """The same i18n build of the same content, without the project's hooks and overrides."""
    theme = {key: value for key, value in config["theme"].items() if key != "custom_dir"}
    kept = {key: value for key, value in config.items() if key != "hooks"}
    return {**kept, "theme": theme, "docs_dir": FLOOR_DOCS}


def without_word_forms(config: dict[str, Any]) -> dict[str, Any]:
    """Our full build, but with search indexes without the word forms (base forms) of issue 13."""
    return {**config, "extra": {**config.get("extra", {}), "search_word_forms": False}}


def plain(config: dict[str, Any], language: str) -> dict[str, Any]:
    """Plain MkDocs + Material for one language: the floor every MkDocs build pays."""
    settings = next(item for item in _i18n(config)["languages"] if item["locale"] == language)
    plain_config = without_our_hooks(config)
    plain_config.update(
        {key: settings[key] for key in ("site_name", "site_description", "copyright") if key in settings}
    )
    plain_config.update(
        docs_dir=f"{FLOOR_DOCS}/{language}",
        nav=navigation(language),
        plugins=["search"],
        # The language folder has no copy of docs/assets/, the shared files of the i18n build.
        extra_css=[],
        theme={**plain_config["theme"], "language": language},
    )
    return plain_config


# Name of each build's configuration file: our full build and the comparisons.
VARIANTS = {
    "full": "mkdocs.yml",
    "no_word_forms": "mkdocs-no-word-forms.yml",
    "i18n_only": "mkdocs-i18n-only.yml",
    "plain_fi": "mkdocs-plain-fi.yml",
    "plain_sv": "mkdocs-plain-sv.yml",
}


@dataclass(frozen=True)
class SyntheticSite:
    root: Path
    pages: int  # content pages per language, besides the fixed ones
    news: int

    def config(self, variant: str) -> Path:
        return self.root / VARIANTS[variant]

    def content_pages(self) -> int:
        """Markdown pages per language: content, sections and the fixed pages."""
        return self.pages + SECTIONS + len(NAV_TITLES)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _dump(path: Path, document: dict[str, Any]) -> None:
    _write(path, yaml.safe_dump(document, allow_unicode=True, sort_keys=False))


def write_site(target: Path, pages: int, news: int, source: Path = ROOT) -> SyntheticSite:
    """Write a synthetic project of `pages` content pages per language and `news` news items."""
    if pages < SECTIONS or news < 3:
        raise ValueError(f"a synthetic site needs at least {SECTIONS} pages and 3 news items")
    for part in COPIED:
        shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    real = yaml.load((source / "mkdocs.yml").read_text(encoding="utf-8"), Loader=ConfigLoader)
    config = site_config(real)
    _dump(target / VARIANTS["full"], config)
    _dump(target / VARIANTS["no_word_forms"], without_word_forms(config))
    _dump(target / VARIANTS["i18n_only"], without_our_hooks(config))
    for language in LANGUAGES:
        _dump(target / VARIANTS[f"plain_{language}"], plain(config, language))
        docs = target / "docs" / language
        for name, text in fixed_pages(language).items():
            _write(docs / name, FRONT_MATTER + text)
        for section in range(1, SECTIONS + 1):
            _write(
                docs / f"osio-{section:02d}" / "index.md",
                FRONT_MATTER + section_markdown(language, section, pages),
            )
        for page in range(pages):
            _write(docs / page_path(page, pages), FRONT_MATTER + page_markdown(language, page, pages))
    _dump(target / "data" / "contacts.yaml", contacts_data())
    _dump(target / "data" / "news.yaml", news_data(news))
    _dump(target / "data" / "external_links.yaml", {"links": []})  # the synthetic pages link to no other site
    _dump(target / "data" / "language_specific_links.yaml", {"links": [], "finnish_only": []})
    _dump(target / "data" / "programme.yaml", {"programme": PROGRAMME})
    shutil.copytree(target / "docs" / "assets", target / FLOOR_DOCS / "assets")
    write_floor_docs(target)
    return SyntheticSite(target, pages, news)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="a folder that does not exist yet")
    parser.add_argument("--pages", type=int, default=100, help="content pages per language")
    parser.add_argument("--news", type=int, default=100, help="news items")
    args = parser.parse_args()
    site = write_site(args.target, args.pages, args.news)
    print(f"{site.root}: {site.content_pages()} pages per language, {site.news} news items")


if __name__ == "__main__":
    main()
