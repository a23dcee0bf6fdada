// The search index loads when the reader uses the search, not with every page (HANDBOOK.md: Search).
// Material's bundle requests `search/search_index.json` with an XMLHttpRequest as the page loads, and
// its worker builds the lunr index as soon as the index arrives (on the file: protocol the theme
// itself waits until the search opens). This holds that one request unsent until the search box gets
// the focus (a click, a tap, Tab, or the theme's keys / s f, which focus it) or the search toggle
// opens (a search link, ?q=, opens it), so the worker's build waits too; the theme's search then runs
// as before. A page opened from a result (?h=) sends it at once: the theme highlights the words with
// the index's word separator.
// Loaded in <head> before the bundle, as a file: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/, OPENED = 1;
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  var held = [], used = new URLSearchParams(location.search).has("h");

  function use() {
    if (used) return;
    used = true;
    held.splice(0).forEach(function (request) {
      // The theme may have given the request up (aborted it) meanwhile: only an open one is sent.
      if (request.xhr.readyState === OPENED) send.apply(request.xhr, request.args);
    });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = INDEX.test(new URL(String(url), location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (used || !this.searchIndex) return send.apply(this, arguments);
    held.push({ xhr: this, args: arguments });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) use();
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.matches("[data-md-toggle=search]") && event.target.checked) use();
  });
})();
