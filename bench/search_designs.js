// The benchmark's own search page script (bench/search_designs.py); never shipped with the site.
// Nothing is fetched until the first query: each design loads what it needs then, as a search
// loaded on first use would. Every function returns what the report needs, measured in the page.
(function () {
  "use strict";
  var SUFFIX = 4, SHORTEST = 4, SHOWN = 10;
  var lang = document.documentElement.lang;
  var loaded = {};

  function once(key, load) {
    if (!(key in loaded)) loaded[key] = load();
    return loaded[key];
  }

  function json(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  function shared(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // The base form of a typed word from {form: base form}: the word's own, or that of the form
  // sharing the longest start with it when the rest is short and the start holds what the
  // group's forms share (as search-forms.js joins a form the pages do not use to its group).
  function baseForm(word, lemmas, forms) {
    if (word in lemmas) return lemmas[word];
    if (word.length < SHORTEST) return undefined;
    var best, bestShared = 0;
    Object.keys(lemmas).forEach(function (form) {
      var n = shared(word, form);
      if (n > bestShared) { best = form; bestShared = n; }
    });
    if (!best || word.length - bestShared > SUFFIX) return undefined;
    var group = forms[lemmas[best]] || [best];
    var stem = group.reduce(function (start, form) { return start.slice(0, shared(start, form)); });
    return bestShared >= stem.length ? lemmas[best] : undefined;
  }

  function queryWords(query) {
    return query.toLowerCase().match(/[\p{L}\p{M}]+/gu) || [];
  }

  // --- (A) Pagefind through its own JS API -----------------------------------------------
  // bundle: "pagefind" (the pages' base forms indexed with them: the query is mapped to base
  // forms) or "pagefind-plain" (as typed).
  function pagefindOf(bundle) {
    return once(bundle, function () {
      return import("/" + bundle + "/pagefind.js").then(function (pagefind) {
        return pagefind.init().then(function () { return pagefind; });
      });
    });
  }

  // {form: base form} and {base form: [forms]} from the index's word_forms (word_forms.py).
  function formTables() {
    return once("forms", function () {
      return json("/forms/" + lang + ".json").then(function (wordForms) {
        var lemmas = Object.create(null), forms = Object.create(null);
        Object.keys(wordForms).forEach(function (lemma) {
          var group = [lemma].concat(wordForms[lemma].split(" ").map(function (short) {
            var n = /^\d+/.exec(short)[0];
            return lemma.slice(0, +n) + short.slice(n.length);
          }));
          forms[lemma] = group;
          group.forEach(function (form) { lemmas[form] = lemma; });
        });
        return { lemmas: lemmas, forms: forms };
      });
    });
  }

  function pagefindQuery(bundle, query) {
    if (bundle !== "pagefind") return Promise.resolve(query);
    return formTables().then(function (tables) {
      return queryWords(query).map(function (word) {
        return baseForm(word, tables.lemmas, tables.forms) || word;
      }).join(" ");
    });
  }

  function pagefindSearch(bundle, query) {
    return Promise.all([pagefindOf(bundle), pagefindQuery(bundle, query)]).then(function (both) {
      return both[0].search(both[1]);
    });
  }

  window.pagefindShown = function (bundle, query) {
    var start = performance.now();
    return pagefindSearch(bundle, query).then(function (search) {
      return Promise.all(search.results.slice(0, SHOWN).map(function (result) { return result.data(); }))
        .then(function (shown) {
          return {
            ms: performance.now() - start,
            total: search.results.length,
            shown: shown.map(function (data) { return data.url; }),
          };
        });
    });
  };

  // Every result's fragment name, for recall (the benchmark reads the fragments' addresses itself).
  window.pagefindFound = function (bundle, query) {
    return pagefindSearch(bundle, query).then(function (search) {
      return search.results.map(function (result) { return result.id; });
    });
  };

  // --- (B) shards by the first two letters, fragments per section ------------------------
  // The site's own files (src/programme_site/search/shards.py, as the site writes them under each
  // language's search/): {w: {word of the pages: its base form}, p: {base form: [doc gap, score, ...]},
  // c: ...}. No shard for a word's first letters (a 404 here): no page has a word that starts with them.
  function shard(word) {
    var key = word.slice(0, 2);
    return once("shard " + key, function () {
      var file = key.replace(/[^a-z]/gu, function (letter) { return "_" + letter.codePointAt(0).toString(16); });
      return fetch("/shards/" + lang + "/shards/" + file + ".json").then(function (response) {
        if (response.status === 404) return { w: {}, p: {} };
        if (!response.ok) throw new Error(key + ": " + response.status);
        return response.json();
      });
    });
  }

  // {doc: score} for one typed word: the postings of the base forms of the pages' words that
  // start with it (lunr's trailing wildcard), or of the base form its nearest form belongs to.
  function wordScores(word, data) {
    var lemmas = {}, scores = {};
    Object.keys(data.w).forEach(function (form) {
      if (form.slice(0, word.length) === word) lemmas[data.w[form]] = true;
    });
    if (!Object.keys(lemmas).length) {
      var forms = {};
      Object.keys(data.w).forEach(function (form) { (forms[data.w[form]] = forms[data.w[form]] || []).push(form); });
      var lemma = baseForm(word, data.w, forms);
      if (lemma) lemmas[lemma] = true;
    }
    Object.keys(lemmas).forEach(function (lemma) {
      var postings = data.p[lemma] || [], doc = 0;
      for (var i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        scores[doc] = Math.max(scores[doc] || 0, postings[i + 1]);
      }
    });
    return scores;
  }

  // Docs ranked by the sum of their words' scores (a heading's word first), then in site order.
  function shardSearch(query) {
    var words = queryWords(query).filter(function (word) { return word.length > 1; });
    return Promise.all(words.map(shard)).then(function (shards) {
      var total = {};
      shards.forEach(function (data, n) {
        var scores = wordScores(words[n], data);
        Object.keys(scores).forEach(function (doc) { total[doc] = (total[doc] || 0) + scores[doc] + 1; });
      });
      return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
    });
  }

  window.shardsShown = function (query) {
    var start = performance.now();
    return shardSearch(query).then(function (docs) {
      return Promise.all(docs.slice(0, SHOWN).map(function (doc) {
        return json("/shards/" + lang + "/fragments/" + doc + ".json");
      })).then(function (shown) {
        return {
          ms: performance.now() - start,
          total: docs.length,
          shown: shown.map(function (fragment) { return fragment.u; }),
        };
      });
    });
  };

  window.shardsFound = shardSearch;
})();
