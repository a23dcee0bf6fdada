// Every form of a query's words, for the search (src/programme_site/search/word_forms.py).
// The page's search index carries in its config `word_forms`: {base form: "other forms the pages use"}, each
// form written as the number of letters it shares with the start of the base form and the rest
// ("kunta": "3nissa 4ien"). Material's bundle posts the index to its search worker
// ({type: 0, data: {config, docs, options}}) and then each query ({type: 2, data: query}); this wraps the Worker
// the bundle creates so that each query word is followed by the other forms of its base form
// (kunnissa -> "kunnissa kunta kuntien ..."): a page that uses any form of the word is found,
// ranked and highlighted by the theme as before (the page's ?h= names the forms found). A word the pages do not use in that form
// (pakolaisille) joins the group of the form that shares the longest start with it, when that
// start holds what all the group's forms share (pakola-) and leaves at most SUFFIX letters. Loaded in <head> before Material's bundle, as
// a file: the Content-Security-Policy allows no inline script.
// Compounds: `word_compounds` is {base form: "first parts"} (pakolainen: "kiintiö"). A word with compounds
// also brings each first part joined to each of its forms (kiintiöpakolainen, kiintiöpakolaisten ...),
// and its own forms are then weighted OWN times as much (lunr's `^`; written with `*` so that they
// still match word starts, which the theme adds only to terms without a weight): a page that uses
// the word itself, even in passing, comes before one that has it only in a compound, even in a heading.
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2, RESULT = 3, SUFFIX = 4, SHORTEST = 4, OWN = 1000000;
  var Original = window.Worker;
  if (!Original) return;

  // {form: [base form, other forms...]} for every form, the base form included. The maps have no
  // prototype, so a typed "constructor" or "toString" is a word like any other.
  function groups(wordForms) {
    var group = Object.create(null);
    Object.keys(wordForms).forEach(function (lemma) {
      var forms = [lemma].concat(wordForms[lemma].split(" ").map(function (short) {
        var shared = /^\d+/.exec(short)[0];
        return lemma.slice(0, +shared) + short.slice(shared.length);
      }));
      forms.forEach(function (form) { group[form] = forms; });
    });
    return group;
  }

  function shared(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  // The group of a word the pages do not use in this form, or undefined.
  function nearest(word, group) {
    var best, bestShared = 0;
    if (word.length < SHORTEST) return undefined;
    Object.keys(group).forEach(function (form) {
      var n = shared(word, form);
      if (n > bestShared) { best = form; bestShared = n; }
    });
    if (!best || word.length - bestShared > SUFFIX) return undefined;
    var forms = group[best];
    var stem = forms.reduce(function (start, form) { return start.slice(0, shared(start, form)); });
    return bestShared >= stem.length ? forms : undefined;
  }

  // {base form: [first parts]}.
  function firstParts(wordCompounds) {
    var parts = Object.create(null);
    Object.keys(wordCompounds || {}).forEach(function (lemma) { parts[lemma] = wordCompounds[lemma].split(" "); });
    return parts;
  }

  // The query with each word's other forms after it; `asked` gets {typed word: its forms}.
  function withAllForms(query, group, compounds, asked) {
    return query.replace(/[\p{L}\p{M}]+/gu, function (word) {
      var typed = word.toLowerCase();
      var forms = group[typed] || nearest(typed, group);
      var own = [word].concat((forms || []).filter(function (form) { return form !== typed; }));
      var joined = [];
      (compounds[forms ? forms[0] : typed] || []).forEach(function (first) {
        (forms || [typed]).forEach(function (form) { joined.push(first + form); });
      });
      if (!forms && !joined.length) return word;
      asked[typed] = (forms || [typed]).concat(joined);
      if (!joined.length) return own.join(" ");
      return own.map(function (term) { return term + "*^" + OWN; }).concat(joined).join(" ");
    });
  }

  // A result carries {term: found} for the query's terms: the found ones become the page's ?h=
  // highlighting, the others are listed as missing. Of a typed word's forms, the found ones stay
  // (so the page highlights them); the typed word is listed as missing only when none was found.
  function typedTerms(terms, asked) {
    var result = {};
    function ownedBy(typed, term) { return term === typed || asked[typed].indexOf(term) !== -1; }
    Object.keys(terms).forEach(function (term) {
      var owned = Object.keys(asked).some(function (typed) { return ownedBy(typed, term); });
      if (terms[term] || !owned) result[term] = terms[term];
    });
    Object.keys(asked).forEach(function (typed) {
      var found = Object.keys(terms).some(function (term) { return terms[term] && ownedBy(typed, term); });
      if (!found && typed in terms) result[typed] = false;
    });
    return result;
  }

  window.Worker = function (url, options) {
    var worker = new Original(url, options);
    var group = Object.create(null), compounds = Object.create(null), asked = {};
    var post = worker.postMessage, listen = worker.addEventListener;
    worker.postMessage = function (message) {
      if (message && message.type === SETUP && message.data && message.data.config && message.data.config.word_forms) {
        group = groups(message.data.config.word_forms);
        compounds = firstParts(message.data.config.word_compounds);
      } else if (message && message.type === QUERY && typeof message.data === "string") {
        asked = {};
        message = { type: QUERY, data: withAllForms(message.data, group, compounds, asked) };
      }
      return post.apply(worker, [message].concat([].slice.call(arguments, 1)));
    };
    worker.addEventListener = function (type, listener, options) {
      if (type !== "message" || typeof listener !== "function") return listen.apply(worker, arguments);
      return listen.call(worker, type, function (event) {
        var items = event.data && event.data.type === RESULT && event.data.data && event.data.data.items;
        (items || []).forEach(function (page) {
          page.forEach(function (doc) { if (doc.terms) doc.terms = typedTerms(doc.terms, asked); });
        });
        return listener.call(this, event);
      }, options);
    };
    return worker;
  };
  window.Worker.prototype = Original.prototype;
})();
