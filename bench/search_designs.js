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
  // group's forms share (for Pagefind: close to what site-search.js does with a form no page uses).
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

  // --- (B) the site's own search: its script (site-search.js) on the page's own search box ----
  // Driven as a reader's typing drives it (its short wait for more typing included), on the site's
  // own shards and fragments (shards.py) under /shards/<language>/.
  function busyEnds(list) {
    return new Promise(function (done) {
      if (list.getAttribute("aria-busy") === "false") return done();
      new MutationObserver(function (changes, observer) {
        if (list.getAttribute("aria-busy") === "false") { observer.disconnect(); done(); }
      }).observe(list, { attributes: true });
    });
  }

  // Each result's page, from the language's root ("verkosto/"), as shown.
  function shownPages() {
    return Array.prototype.map.call(document.querySelectorAll(".site-search__link"), function (link) {
      return decodeURIComponent(new URL(link.href).pathname).replace(/^\/shards\//, "");
    });
  }

  function typed(query) {
    var input = document.querySelector(".site-search__input");
    input.value = query;
    input.dispatchEvent(new Event("input"));
    return busyEnds(document.querySelector(".site-search__results"));
  }

  window.shardsShown = function (query) {
    var start = performance.now();
    return typed(query).then(function () {
      return {
        ms: performance.now() - start,
        total: Number(document.querySelector(".site-search__status").textContent),
        shown: shownPages(),
      };
    });
  };

  // Every result's page: "show more" until it is gone.
  window.shardsFound = function (query) {
    var more = document.querySelector(".site-search__more");
    function rest() {
      if (more.hidden) return shownPages();
      var count = document.querySelectorAll(".site-search__link").length;
      more.click();
      return new Promise(function (done) {
        (function look() {
          if (document.querySelectorAll(".site-search__link").length > count) done(rest());
          else setTimeout(look, 10);
        })();
      });
    }
    return typed(query).then(rest);
  };
})();
