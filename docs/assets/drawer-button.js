// The menu button of overrides/partials/header.html opens and closes the theme's navigation drawer,
// which is driven by the hidden checkbox #__drawer. A file, not an inline script, so that a
// Content-Security-Policy allows it.
const drawer = document.getElementById("__drawer");
for (const button of document.querySelectorAll(".drawer-button")) {
  button.addEventListener("click", () => drawer.click());
  drawer.addEventListener("change", () => button.setAttribute("aria-expanded", String(drawer.checked)));
}
