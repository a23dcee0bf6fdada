// Material's storage helpers, moved out of an inline <script> so the
// Content-Security-Policy can forbid inline scripts. Loaded synchronously in
// <head> before Material's bundle, which uses these globals.
var __md_scope = new URL(document.currentScript.dataset.scope, location),
  __md_hash = function (e) {
    return [...e].reduce(function (e, _) { return (e << 5) - e + _.charCodeAt(0); }, 0);
  },
  __md_get = function (e, _, t) {
    return JSON.parse((_ || localStorage).getItem((t || __md_scope).pathname + "." + e));
  },
  __md_set = function (e, _, t, a) {
    try { (t || localStorage).setItem((a || __md_scope).pathname + "." + e, JSON.stringify(_)); } catch (e) {}
  };
