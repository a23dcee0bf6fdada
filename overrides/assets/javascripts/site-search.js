// The site's search (HANDBOOK.md: Search; the files: src/programme_site/search/shards.py, whose `search`
// is this search over the full index, the reference the tests compare with). Nothing is fetched until the
// reader types: then shards.json (the shards there are), the shard of each query word's first PREFIX
// letters, and the fragments of the results shown (FRAGMENTS sections to a file, shards.py:
// FRAGMENTS_PER_FILE), all from the page's language's search/ folder.
// A query word finds the base forms of the pages' words that start with it; a form no page uses, the base
// form of the shard's word sharing the longest start with it (limits: SHORTEST, SUFFIX). Each word adds
// per section its best score + 1 (heading 2, text 1, a compound ending in the word 0); ties keep the site's
// order. A result's link carries ?h= (the typed words, the forms of their base forms and their compounds),
// and a page opened with ?h= marks the words that start with them in its article.
// A file, deferred, for the Content-Security-Policy: no inline script, no eval, no HTML from data.
(function () {
  "use strict";
  var SHOWN = 10, PREFIX = 2, SHORTEST = 4, SUFFIX = 4, FRAGMENTS = 8, WAIT_MS = 120;
  var LETTERS = "\\p{L}\\p{M}";

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function queryWords(query) {
    var found = query.normalize("NFC").toLowerCase().match(new RegExp("[" + LETTERS + "]+", "gu")) || [];
    return found.filter(function (word) { return word.length >= PREFIX; });
  }

  function shared(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // The base form of a typed form no page uses, or undefined (shards.py: nearest_lemma): among the words
  // with another form in the shard.
  function nearestLemma(word, lemmas) {
    if (word.length < SHORTEST) return undefined;
    var count = new Map(), best, bestShared = 0;
    Object.keys(lemmas).forEach(function (form) { count.set(lemmas[form], (count.get(lemmas[form]) || 0) + 1); });
    var forms = Object.keys(lemmas).filter(function (form) { return count.get(lemmas[form]) > 1; });
    forms.forEach(function (form) {
      var n = shared(word, form);
      if (n > bestShared) { best = form; bestShared = n; }
    });
    if (best === undefined || word.length - bestShared > SUFFIX) return undefined;
    var stem = forms.filter(function (form) { return lemmas[form] === lemmas[best]; })
      .reduce(function (length, form) { return Math.min(length, shared(best, form)); }, best.length);
    return bestShared >= stem ? lemmas[best] : undefined;
  }

  // What one query word finds in its shard: {scores: Map(section: score), terms: [words to highlight]}.
  function wordResults(word, shard) {
    var reached = {}, scores = new Map();
    Object.keys(shard.w).forEach(function (form) {
      if (form.slice(0, word.length) === word) reached[shard.w[form]] = true;
    });
    var lemma = own(shard.w, word) ? shard.w[word] : undefined;
    if (!Object.keys(reached).length) {
      lemma = nearestLemma(word, shard.w);
      if (lemma !== undefined) reached[lemma] = true;
    }
    Object.keys(reached).forEach(function (reachedLemma) {
      var postings = shard.p[reachedLemma], doc = 0;
      for (var i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        scores.set(doc, Math.max(scores.has(doc) ? scores.get(doc) : 0, postings[i + 1]));
      }
    });
    var terms = [word];
    if (lemma !== undefined) {
      Object.keys(shard.w).forEach(function (form) { if (shard.w[form] === lemma) terms.push(form); });
      terms = terms.concat(own(shard.c, lemma) ? shard.c[lemma] : []);
    }
    return { scores: scores, terms: terms };
  }

  function ranked(words, shards) {
    var total = new Map(), terms = [];
    shards.forEach(function (shard, n) {
      var found = wordResults(words[n], shard);
      found.scores.forEach(function (score, doc) { total.set(doc, (total.get(doc) || 0) + score + 1); });
      found.terms.forEach(function (term) { if (terms.indexOf(term) === -1) terms.push(term); });
    });
    var docs = Array.from(total.keys()).sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
    return { docs: docs, terms: terms };
  }

  function setUp(box) {
    var input = box.querySelector(".site-search__input");
    var panel = box.querySelector(".site-search__panel");
    var status = box.querySelector(".site-search__status");
    var list = box.querySelector(".site-search__results");
    var more = box.querySelector(".site-search__more");
    var folder = new URL(box.dataset.index, document.baseURI);
    var root = new URL("..", folder);
    var files = new Map(), waiting, latest = 0, found = { docs: [], terms: [] }, shown = 0;

    function json(path) {
      if (!files.has(path)) {
        files.set(path, fetch(new URL(path, folder)).then(function (response) {
          if (!response.ok) throw new Error(path + ": " + response.status);
          return response.json();
        }).catch(function (error) {
          files.delete(path); // tried again with the next query
          throw error;
        }));
      }
      return files.get(path);
    }

    // A word's shard; none for first letters no page's word starts with. Its file's name is ASCII
    // (shards.py: shard_file): kä is k_e4.json.
    function shardOf(word) {
      var key = Array.from(word).slice(0, PREFIX).join("");
      var file = key.replace(/[^a-z]/gu, function (letter) { return "_" + letter.codePointAt(0).toString(16); });
      return json("shards.json").then(function (keys) {
        return keys.indexOf(key) === -1 ? { w: {}, p: {}, c: {} } : json("shards/" + file + ".json");
      });
    }

    function link(fragment) {
      var url = new URL(fragment.u, root);
      if (found.terms.length) url.searchParams.set("h", found.terms.join(" "));
      return url.href;
    }

    function item(fragment) {
      var li = document.createElement("li"), a = document.createElement("a");
      li.className = "site-search__result";
      a.className = "site-search__link";
      a.href = link(fragment);
      if (fragment.p) {
        var page = document.createElement("span");
        page.className = "site-search__page";
        page.textContent = fragment.p;
        a.appendChild(page);
        a.appendChild(document.createTextNode(" "));
      }
      var title = document.createElement("span");
      title.className = "site-search__title";
      title.textContent = fragment.t;
      a.appendChild(title);
      li.appendChild(a);
      if (fragment.x) {
        var excerpt = document.createElement("p");
        excerpt.className = "site-search__excerpt";
        excerpt.textContent = fragment.x;
        li.appendChild(excerpt);
      }
      return li;
    }

    // The next SHOWN results' fragments, appended once all have come.
    function showMore(query) {
      var next = found.docs.slice(shown, shown + SHOWN);
      return Promise.all(next.map(function (doc) {
        return json("fragments/" + Math.floor(doc / FRAGMENTS) + ".json").then(function (file) { return file[doc % FRAGMENTS]; });
      })).then(function (fragments) {
        if (query !== latest) return;
        var added = fragments.map(item);
        shown += next.length;
        added.forEach(function (li) { list.appendChild(li); });
        // From "show more" to the first new result, before the button may go (and the focus with it).
        if (added.length && document.activeElement === more) added[0].querySelector("a").focus();
        more.hidden = shown >= found.docs.length;
      });
    }

    function countText(count) {
      if (!count) return box.dataset.none;
      return count === 1 ? box.dataset.one : box.dataset.many.replace("{count}", String(count));
    }

    function done(query, text) {
      if (query !== latest) return;
      status.textContent = text;
      list.setAttribute("aria-busy", "false");
    }

    function run(query, value) {
      var words = queryWords(value);
      Promise.all(words.map(shardOf)).then(function (shards) {
        if (query !== latest) return undefined;
        found = ranked(words, shards);
        shown = 0;
        list.textContent = "";
        return showMore(query).then(function () { done(query, countText(found.docs.length)); });
      }).catch(function () { done(query, box.dataset.failed); });
    }

    function close() {
      panel.hidden = true;
    }

    input.addEventListener("input", function () {
      var value = input.value, query = ++latest;
      clearTimeout(waiting);
      if (!queryWords(value).length) {
        close();
        list.textContent = status.textContent = "";
        list.setAttribute("aria-busy", "false");
        return;
      }
      panel.hidden = false; // before the count changes, so that the status announces it
      list.setAttribute("aria-busy", "true");
      waiting = setTimeout(function () { run(query, value); }, WAIT_MS);
    });
    input.addEventListener("focus", function () {
      if (list.childElementCount || status.textContent) panel.hidden = false;
    });
    more.addEventListener("click", function () {
      var query = latest;
      showMore(query).catch(function () { done(query, box.dataset.failed); });
    });

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll(".site-search__link"));
    }

    box.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault();
        input.focus(); // first: closed, the panel's focused link would leave the focus nowhere
        close();
      } else if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        panel.hidden = false;
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at !== -1) {
        event.preventDefault();
        (at === 0 ? input : all[at - 1]).focus();
      } else if (event.key === "Enter" && event.target === input) {
        event.preventDefault();
        clearTimeout(waiting);
        if (queryWords(input.value).length) run(latest, input.value);
      }
    });
    // Closed once focus or a click leaves it, so that it covers nothing the reader went on to.
    box.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !box.contains(event.relatedTarget)) close();
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target)) close();
    });
  }

  // ?h=: the words that start with one of its terms, marked in the article's text (text nodes only).
  function highlight() {
    var terms = queryWords(new URLSearchParams(location.search).get("h") || "");
    var article = document.querySelector("article");
    if (!terms.length || !article) return;
    // The terms are letters only (queryWords), so they go into the pattern as they are; longest first.
    terms.sort(function (a, b) { return b.length - a.length; });
    var pattern = new RegExp("(^|[^" + LETTERS + "])((?:" + terms.join("|") + ")[" + LETTERS + "]*)", "giu");
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("script, style, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, at = 0, match, parts = document.createDocumentFragment();
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text))) {
        var start = match.index + match[1].length;
        parts.appendChild(document.createTextNode(text.slice(at, start)));
        var mark = document.createElement("mark");
        mark.textContent = match[2];
        parts.appendChild(mark);
        at = start + match[2].length;
      }
      if (!at) return;
      parts.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(parts, node);
    });
  }

  var box = document.querySelector(".site-search");
  if (box) setUp(box);
  highlight();
})();
