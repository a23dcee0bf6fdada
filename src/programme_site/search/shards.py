"""A language's search as small files, so that a query fetches what it needs and not the whole site.

The build writes each language's full search index (`search/search_index.json`: the sections
Material's search plugin makes, with the word forms of word_forms.py in its `config`). From it
`write_search_files` writes, under the same `search/` folder:

- `shards/<first letters>.json`, one per PREFIX first letters of the pages' words (`shards.json`
  lists them; `shard_file` names their files): `{"w": {word: its base form}, "p": {base form: postings}, "c": {base form: the
  compounds ending in it}}` for every word of the pages, and every base form, that starts with those
  letters. Postings are `[gap to the previous section, score, ...]`: HEADING when a form of the base
  form is in the section's heading, TEXT when in its text, COMPOUND when only a compound ending in it
  is (word_compounds), so headings come first and compounds last.
- `fragments/<section>.json`: what a result shows, fetched only for the results shown.

overrides/assets/javascripts/site-search.js searches these in the browser; `search` below is the
same search over the full index, the reference the tests hold the browser's results to.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from programme_site.search.word_forms import words

PREFIX = 2  # letters of a word that name its shard: a query word shorter than this is not searched
HEADING, TEXT, COMPOUND = 2, 1, 0
FRAGMENT_TEXT = 160  # at most this many characters of a section's text a result shows
# A typed form no page uses joins the group of the form sharing the longest start with it when the
# rest is at most SUFFIX letters and the word at least SHORTEST (the rule of the lunr search before).
SHORTEST, SUFFIX = 4, 4
SHARDS, SHARD_LIST, FRAGMENTS = "shards", "shards.json", "fragments"
_TAG = re.compile(r"<[^>]*>")
_QUERY_WORD = re.compile(r"[^\W\d_]+")


# --- From the index: each word's base form and each base form's sections -------------------------


def _expanded(lemma: str, short: str) -> str:
    """A form as word_forms.py writes it (the letters shared with the base form, then the rest)."""
    shared = re.match(r"\d+", short)
    assert shared is not None, f"a word form without its shared length: {short!r}"
    return lemma[: int(shared.group())] + short[shared.end() :]


def forms_by_lemma(index: dict[str, Any]) -> dict[str, set[str]]:
    """{base form: the base form and its other forms}, from the index's `word_forms`."""
    return {
        lemma: {lemma, *(_expanded(lemma, short) for short in forms.split())}
        for lemma, forms in index["config"].get("word_forms", {}).items()
    }


EntryWords = tuple[frozenset[str], frozenset[str]]  # the words of an entry's title and of its text
# Per language, the words of the entries of its last index: reading every entry's words is most of
# the shards' cost, and a live-preview save changes few entries (as word_forms.py keeps its own).
_ENTRY_WORDS: dict[str, dict[tuple[str, str], EntryWords]] = {}


def entry_words(index: dict[str, Any]) -> list[EntryWords]:
    """The words of each entry's title and text, in the index's order."""
    language = " ".join(index["config"].get("lang", []))
    earlier, entries = _ENTRY_WORDS.get(language, {}), {}
    found = []
    for doc in index["docs"]:
        key = (doc.get("title", ""), doc.get("text", ""))
        if key not in entries:
            entries[key] = earlier.get(key) or (frozenset(words(key[0])), frozenset(words(key[1])))
        found.append(entries[key])
    _ENTRY_WORDS[language] = entries
    return found


def word_lemmas(index: dict[str, Any]) -> dict[str, str]:
    """{every word of the pages, and every base form: its base form} (a word no group holds is its own)."""
    lemmas = {form: lemma for lemma, forms in forms_by_lemma(index).items() for form in forms}
    for used in entry_words(index):
        for word in used[0] | used[1]:
            lemmas.setdefault(word, word)
    return lemmas


def compound_heads(index: dict[str, Any]) -> dict[str, str]:
    """{a compound the pages may use: the base form of its last word}, from `word_compounds`."""
    groups = forms_by_lemma(index)
    return {
        first + form: head
        for head, firsts in index["config"].get("word_compounds", {}).items()
        for first in firsts.split()
        for form in groups.get(head, {head})
    }


def section_scores(index: dict[str, Any], lemmas: dict[str, str]) -> dict[str, dict[int, int]]:
    """{base form: {section: score}} (module docstring: HEADING, TEXT, COMPOUND)."""
    heads = compound_heads(index)
    scores: defaultdict[str, dict[int, int]] = defaultdict(dict)
    for doc, (title, text) in enumerate(entry_words(index)):
        for used, score in ((text, TEXT), (title, HEADING)):  # a heading's score overrides the text's
            for word in used:
                scores[lemmas[word]][doc] = score
        for word in (title | text) & heads.keys():
            scores[heads[word]].setdefault(doc, COMPOUND)
    return scores


def compounds_used(index: dict[str, Any], lemmas: dict[str, str]) -> dict[str, list[str]]:
    """{base form: the compounds ending in it that the pages use}: a result's page highlights them."""
    heads = compound_heads(index)
    found: defaultdict[str, list[str]] = defaultdict(list)
    for word in sorted(lemmas.keys() & heads.keys()):
        found[heads[word]].append(word)
    return found


# --- The files ------------------------------------------------------------------------------------


def _postings(docs: dict[int, int]) -> list[int]:
    """[gap to the previous section, score, ...]: gaps compress better than the sections' numbers."""
    flat, previous = [], 0
    for doc in sorted(docs):
        flat += [doc - previous, docs[doc]]
        previous = doc
    return flat


def shards(index: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{first letters: shard} (module docstring). A base form's postings are in every shard with a form
    of it, so that one shard answers a query word."""
    lemmas = word_lemmas(index)
    scores, compounds = section_scores(index, lemmas), compounds_used(index, lemmas)
    found: defaultdict[str, dict[str, Any]] = defaultdict(lambda: {"w": {}, "p": {}, "c": {}})
    for word in sorted(lemmas):
        lemma, shard = lemmas[word], found[word[:PREFIX]]
        shard["w"][word] = lemma
        shard["p"][lemma] = _postings(scores.get(lemma, {}))
        if lemma in compounds:
            shard["c"][lemma] = compounds[lemma]
    return dict(sorted(found.items()))


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def excerpt(text: str) -> str:
    """The start of a section's text a result shows: whole words, and an ellipsis when there is more,
    so that no result ends in half a word."""
    if len(text) <= FRAGMENT_TEXT:
        return text
    cut = text[: FRAGMENT_TEXT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def fragments(index: dict[str, Any]) -> list[dict[str, str]]:
    """What each section's result shows: its address (from the language's root), heading, the start of
    its text and, for a section within a page, the page's title."""
    pages = {
        doc["location"]: _plain(doc.get("title", "")) for doc in index["docs"] if "#" not in doc["location"]
    }
    shown = []
    for doc in index["docs"]:
        location = doc["location"]
        fragment = {
            "u": location,
            "t": _plain(doc.get("title", "")),
            "x": excerpt(_plain(doc.get("text", ""))),
        }
        page = pages.get(location.split("#")[0], "")
        if "#" in location and page and page != fragment["t"]:
            fragment["p"] = page
        shown.append(fragment)
    return shown


def shard_file(key: str) -> str:
    """A shard's file name, ASCII whatever its letters (kä: k_e4.json), as site-search.js makes it: any
    host and any tool copying the site serves it as it is."""
    return "".join(letter if "a" <= letter <= "z" else f"_{ord(letter):x}" for letter in key) + ".json"


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _write_changed(folder: Path, files: dict[str, bytes]) -> None:
    """`folder` holds exactly `files`: only a file whose bytes differ is written, and files no longer
    made are removed. A live-preview save changes a few of a large site's thousands of fragments;
    comparing costs a quarter of writing them all again."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.name not in files:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    for name, data in files.items():
        path = folder / name
        try:
            same = path.read_bytes() == data
        except FileNotFoundError:
            same = False
        if not same:
            path.write_bytes(data)


def write_search_files(index: dict[str, Any], folder: Path) -> None:
    """The shards and fragments of a language's index under its `search/` folder, and nothing of any
    earlier ones (the live preview writes into the served folder)."""
    split = shards(index)
    _write_changed(folder / SHARDS, {shard_file(key): _json(shard) for key, shard in split.items()})
    (folder / SHARD_LIST).write_bytes(_json(list(split)))
    _write_changed(
        folder / FRAGMENTS,
        {f"{number}.json": _json(fragment) for number, fragment in enumerate(fragments(index))},
    )


# --- The same search over the full index: the reference ---------------------------------------------


def query_words(query: str) -> list[str]:
    """The words of a query the search looks up, lower-cased, as site-search.js reads them."""
    found = _QUERY_WORD.findall(unicodedata.normalize("NFC", query).lower())
    return [word for word in found if len(word) >= PREFIX]


def _shared(a: str, b: str) -> int:
    return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def nearest_lemma(word: str, shard_words: Iterable[str], lemmas: dict[str, str]) -> str | None:
    """The base form of a typed form no page uses: that of the shard's word sharing the longest start
    with it (the first in order on a tie), when the rest is short and the start holds what the
    shard's forms of that base form share. Only words with another form in the shard are candidates
    (as the lunr search before took only word_forms' groups): a lone word shows no stem to share."""
    if len(word) < SHORTEST:
        return None
    forms = Counter(lemmas[form] for form in shard_words)
    ordered = sorted(form for form in shard_words if forms[lemmas[form]] > 1)
    best, best_shared = None, 0
    for form in ordered:
        if (n := _shared(word, form)) > best_shared:
            best, best_shared = form, n
    if best is None or len(word) - best_shared > SUFFIX:
        return None
    group = [form for form in ordered if lemmas[form] == lemmas[best]]
    stem = min(_shared(group[0], form) for form in group)
    return lemmas[best] if best_shared >= stem else None


def search(index: dict[str, Any], query: str) -> list[int]:
    """The sections a query finds in the full index, best first: each query word adds, per section,
    its best score plus one over the base forms of the pages' words that start with it (or, when
    none does, of its nearest form's); a tie keeps the site's order."""
    lemmas = word_lemmas(index)
    scores = section_scores(index, lemmas)
    total: defaultdict[int, int] = defaultdict(int)
    for word in query_words(query):
        shard_words = [form for form in lemmas if form[:PREFIX] == word[:PREFIX]]
        reached = {lemmas[form] for form in shard_words if form.startswith(word)}
        if not reached and (lemma := nearest_lemma(word, shard_words, lemmas)):
            reached = {lemma}
        best: dict[int, int] = {}
        for lemma in reached:
            for doc, score in scores.get(lemma, {}).items():
                best[doc] = max(best.get(doc, score), score)
        for doc, score in best.items():
            total[doc] += score + 1
    return sorted(total, key=lambda doc: (-total[doc], doc))
