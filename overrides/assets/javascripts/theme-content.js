// Material's inline content script, moved to a file for the Content-Security-Policy:
// opens the content tab that the address's #fragment points at.
var target = document.getElementById(location.hash.slice(1));
target && target.name && (target.checked = target.name.startsWith("__tabbed_"));
