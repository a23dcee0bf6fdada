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
- `fragments/<n>.json`: what a result shows, for FRAGMENTS_PER_FILE sections at a time (section s
  is item s % FRAGMENTS_PER_FILE of file s // FRAGMENTS_PER_FILE), fetched only for the results shown.

overrides/assets/javascripts/site-search.js searches these in the browser; `search` below is the
same search over the full index, the reference the tests hold the browser's results to.
"""

from __future__ import annotations

import html
import json
import operator
import os
import re
import shutil
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any

from programme_site.core.files import rewrite
from programme_site.search.kept import index_language, reused
from programme_site.search.word_forms import EntryWords, entry_words

PREFIX = 2  # letters of a word that name its shard: a query word shorter than this is not searched
HEADING, TEXT, COMPOUND = 2, 1, 0
FRAGMENT_TEXT = 160  # at most this many characters of a section's text a result shows
# Sections per fragments file (site-search.js: FRAGMENTS): a file per section was 7 000 files per
# language at 1 000 pages per language, and creating them half a second of each build's CPU; eight
# keep a query's ten results at a few kilobytes each.
FRAGMENTS_PER_FILE = 8
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


def _scored(used: EntryWords, lemma_of: dict[str, str], heads: dict[str, str]) -> dict[str, int]:
    """{base form: score} of one entry (module docstring: HEADING, TEXT, COMPOUND); `lemma_of` gives
    each word's base form (a word no group holds is its own)."""
    title, text = used
    # map(get, words, words): each word's base form, or the word (a frozenset iterates alike twice).
    scored = dict.fromkeys(map(lemma_of.get, text, text), TEXT)
    scored.update(dict.fromkeys(map(lemma_of.get, title, title), HEADING))  # a heading overrides the text
    for word in heads.keys() & title | heads.keys() & text:
        scored.setdefault(heads[word], COMPOUND)
    return scored


def section_scores(index: dict[str, Any], lemmas: dict[str, str]) -> dict[str, dict[int, int]]:
    """{base form: {section: score}} (module docstring: HEADING, TEXT, COMPOUND)."""
    heads = compound_heads(index)
    scores: defaultdict[str, dict[int, int]] = defaultdict(dict)
    for doc, used in enumerate(entry_words(index)):
        for lemma, score in _scored(used, lemmas, heads).items():
            scores[lemma][doc] = score
    return scores


# --- The files ------------------------------------------------------------------------------------


def _postings(docs: dict[int, int]) -> list[int]:
    """[gap to the previous section, score, ...]: gaps compress better than the sections' numbers."""
    ordered = sorted(docs)
    gaps = map(operator.sub, ordered, [0, *ordered[:-1]])
    return list(chain.from_iterable(zip(gaps, map(docs.__getitem__, ordered), strict=True)))


def _groups_of(index: dict[str, Any]) -> tuple[object, object]:
    """What of an index the groups of word forms and compounds come from."""
    return index["config"].get("word_forms", {}), index["config"].get("word_compounds", {})


@dataclass
class Split:
    """A language's shards (module docstring), and what they are made of, so that the next index of
    as many sections re-makes only the shards its changed entries and groups touch: a
    live-preview save changes a few of a large site's thousands of sections, and making every shard
    took about 0.4 s per language at 1 000 pages per language."""

    groups: tuple[object, object]  # _groups_of the index
    forms: dict[str, set[str]]  # forms_by_lemma
    lemma_of: dict[str, str]  # each form of a group: its base form (any other word is its own)
    heads: dict[str, str]  # compound_heads
    compounds_of: dict[str, list[str]]  # a base form: the compounds of it heads lists, in order
    entries: list[EntryWords] = field(default_factory=list)
    uses: Counter[str] = field(default_factory=Counter)  # entries using each word
    scores: defaultdict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    words: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # by first letters
    shards: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # each shard's file, by its first letters

    @classmethod
    def of(cls, index: dict[str, Any]) -> Split:
        """A split of no entries yet, with the index's groups."""
        forms, heads = forms_by_lemma(index), compound_heads(index)
        compounds_of: defaultdict[str, list[str]] = defaultdict(list)
        for word in sorted(heads):
            compounds_of[heads[word]].append(word)
        lemma_of = {form: lemma for lemma, group in forms.items() for form in group}
        split = cls(_groups_of(index), forms, lemma_of, heads, dict(compounds_of))
        for word in lemma_of:
            split.words[word[:PREFIX]].add(word)
        return split

    def update(self, index: dict[str, Any], entries: list[EntryWords]) -> None:
        """Take the index's groups and `entries` (as many as before, or the first) in place of the
        earlier ones. A section is made again when its words changed, or when one of them has another
        base form or compound head in the new groups (a save that brings a word into a group)."""
        regrouped = Split.of(index) if _groups_of(index) != self.groups else self
        moved = {
            word
            for word in self.lemma_of.keys() | regrouped.lemma_of.keys()
            if self.lemma_of.get(word, word) != regrouped.lemma_of.get(word, word)
        }
        moved |= {
            word
            for word in self.heads.keys() | regrouped.heads.keys()
            if self.heads.get(word) != regrouped.heads.get(word)
        }
        # The base forms whose postings or compounds change (a compound's coming or going is its base
        # form's too), and the words that come or go or change their base form.
        lemmas = {
            lemma
            for lemma in self.compounds_of.keys() | regrouped.compounds_of.keys()
            if self.compounds_of.get(lemma) != regrouped.compounds_of.get(lemma)
        }
        words = moved | (self.lemma_of.keys() ^ regrouped.lemma_of.keys())
        pairs = list(zip_longest(self.entries, entries))
        redo = [
            doc
            for doc, (old, new) in enumerate(pairs)
            if old != new or (old is not None and not (moved.isdisjoint(old[0]) and moved.isdisjoint(old[1])))
        ]
        for doc in redo:  # out with the earlier groups ...
            if (old := pairs[doc][0]) is not None:
                for lemma in _scored(old, self.lemma_of, self.heads):
                    del self.scores[lemma][doc]
                    lemmas.add(lemma)
                self.uses.subtract(old[0] | old[1])
        if regrouped is not self:
            self.groups, self.forms, self.lemma_of = regrouped.groups, regrouped.forms, regrouped.lemma_of
            self.heads, self.compounds_of = regrouped.heads, regrouped.compounds_of
        scores = self.scores
        for doc in redo:  # ... and in with the new
            old, new = pairs[doc]
            scored = _scored(new, self.lemma_of, self.heads)
            for lemma, score in scored.items():
                scores[lemma][doc] = score
            lemmas.update(scored)
            used = new[0] | new[1]
            words |= (old[0] | old[1]) ^ used if old is not None else used
            self.uses.update(used)
        self.entries = list(entries)
        for word in words:
            if self.uses[word] <= 0:
                del self.uses[word]
            if word in self.uses or word in self.lemma_of:
                self.words[word[:PREFIX]].add(word)
            else:
                self.words[word[:PREFIX]].discard(word)
        changed = {word[:PREFIX] for word in words}
        changed.update(form[:PREFIX] for lemma in lemmas for form in self.forms.get(lemma, (lemma,)))
        for key in changed:
            self._make(key)

    def _make(self, key: str) -> None:
        """The shard of the words starting with `key` made again from the entries."""
        shard: dict[str, dict[str, Any]] = {"w": {}, "p": {}, "c": {}}
        for word in sorted(self.words[key]):
            lemma = self.lemma_of.get(word, word)
            shard["w"][word] = lemma
            if lemma in shard["p"]:
                continue  # another form of it came first
            shard["p"][lemma] = _postings(self.scores.get(lemma, {}))
            used = [
                word
                for word in self.compounds_of.get(lemma, ())
                if word in self.lemma_of or word in self.uses
            ]
            if used:
                shard["c"][lemma] = used
        if shard["w"]:
            self.shards[key], self.files[key] = shard, _json(shard)
        else:
            self.shards.pop(key, None)
            self.files.pop(key, None)


# Per language, the split of its last index, which the next one updates.
_SPLITS: dict[str, Split] = {}


def _split(index: dict[str, Any], earlier: Split | None = None) -> Split:
    """The index's shards: made from `earlier` when it has as many sections."""
    entries = entry_words(index)
    split = earlier if earlier is not None and len(earlier.entries) == len(entries) else Split.of(index)
    split.update(index, entries)
    return split


def shards(index: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{first letters: shard} (module docstring). A base form's postings are in every shard with a form
    of it, so that one shard answers a query word."""
    return dict(sorted(_split(index).shards.items()))


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def excerpt(text: str) -> str:
    """The start of a section's text a result shows: whole words, and an ellipsis when there is more,
    so that no result ends in half a word."""
    if len(text) <= FRAGMENT_TEXT:
        return text
    cut = text[: FRAGMENT_TEXT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


FragmentKey = tuple[str, str, str, str]  # a section's address, title and text, and its page's title


def _fragment_keys(index: dict[str, Any]) -> list[FragmentKey]:
    pages = {doc["location"]: doc.get("title", "") for doc in index["docs"] if "#" not in doc["location"]}
    return [
        (
            doc["location"],
            doc.get("title", ""),
            doc.get("text", ""),
            pages.get(doc["location"].split("#")[0], ""),
        )
        for doc in index["docs"]
    ]


def _fragment(key: FragmentKey) -> dict[str, str]:
    location, title, text, page_title = key
    fragment = {"u": location, "t": _plain(title), "x": excerpt(_plain(text))}
    page = _plain(page_title)
    if "#" in location and page and page != fragment["t"]:
        fragment["p"] = page
    return fragment


def fragments(index: dict[str, Any]) -> list[dict[str, str]]:
    """What each section's result shows: its address (from the language's root), heading, the start of
    its text and, for a section within a page, the page's title."""
    return [_fragment(key) for key in _fragment_keys(index)]


def shard_file(key: str) -> str:
    """A shard's file name, ASCII whatever its letters (kä: k_e4.json), as site-search.js makes it: any
    host and any tool copying the site serves it as it is."""
    return "".join(letter if "a" <= letter <= "z" else f"_{ord(letter):x}" for letter in key) + ".json"


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


# Per language, each fragments file by what it is made of (_fragment_keys), for the next index.
_FRAGMENT_FILES: dict[str, dict[tuple[FragmentKey, ...], bytes]] = {}
# Each folder's files as this process last wrote them, with their time of change and size then.
_WRITTEN: dict[Path, dict[str, tuple[bytes, tuple[int, int]]]] = {}


def _write_changed(folder: Path, files: dict[str, bytes]) -> None:
    """`folder` holds exactly `files`: only a file whose bytes differ is written, and files no longer
    made are removed. A live-preview save changes a few of a large site's thousands of fragments: a
    file this process wrote with the same bytes, whose time and size have not changed since, is not
    even read."""
    folder.mkdir(parents=True, exist_ok=True)
    earlier, written = _WRITTEN.pop(folder, {}), {}
    for entry in os.scandir(folder):
        if entry.name not in files:
            shutil.rmtree(entry.path) if entry.is_dir() else os.unlink(entry.path)
            continue
        status, data = entry.stat(), files[entry.name]
        stamp = (status.st_mtime_ns, status.st_size)
        kept = earlier.get(entry.name)
        if kept == (data, stamp) or (kept is None and Path(entry.path).read_bytes() == data):
            written[entry.name] = (data, stamp)
    for name, data in files.items():
        if name not in written:
            path = folder / name
            rewrite(path, data)
            status = path.stat()
            written[name] = (data, (status.st_mtime_ns, status.st_size))
    _WRITTEN[folder] = written


def write_search_files(index: dict[str, Any], folder: Path) -> None:
    """The shards and fragments of a language's index under its `search/` folder, and nothing of any
    earlier ones (the live preview writes into the served folder)."""
    language = index_language(index)
    split = _SPLITS[language] = _split(index, _SPLITS.pop(language, None))
    keys = sorted(split.files)
    _write_changed(folder / SHARDS, {shard_file(key): split.files[key] for key in keys})
    (folder / SHARD_LIST).write_bytes(_json(keys))
    keys = _fragment_keys(index)
    files = (
        tuple(keys[start : start + FRAGMENTS_PER_FILE]) for start in range(0, len(keys), FRAGMENTS_PER_FILE)
    )
    made = reused(_FRAGMENT_FILES, language, files, lambda file: _json([_fragment(key) for key in file]))
    _write_changed(folder / FRAGMENTS, {f"{number}.json": data for number, data in enumerate(made)})


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
