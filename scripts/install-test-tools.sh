#!/usr/bin/env bash
# Installs the browser suite's tools: Debian's Chromium, a Java runtime and Node.js when missing, and the
# npm packages pinned in package-lock.json (axe-core, the Nu HTML Checker, Lighthouse). `make test` and
# .ci/run call it; when everything is there it only looks and is done in a moment.
# Where something cannot be installed (no root, no apt) the tests that need it skip with one line saying
# why; in CI (CI set) a failed install fails the run instead, so CI never passes with those tests skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

cannot() {
  if [ -n "${CI:-}" ]; then
    echo "install-test-tools: $1" >&2
    exit 1
  fi
  echo "install-test-tools: $1; the tests that need it will skip." >&2
}

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v java >/dev/null || packages+=(default-jre-headless)
command -v npm >/dev/null || packages+=(nodejs npm)
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "install-test-tools: apt-get install ${packages[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null; } ||
      cannot "apt-get could not install ${packages[*]}"
  else
    cannot "${packages[*]} missing, and installing needs root and apt-get"
  fi
fi

# npm ci only when node_modules was not installed from this very package-lock.json.
stamp=node_modules/.package-lock.sha256
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock" ]; then
  if command -v npm >/dev/null; then
    echo "install-test-tools: npm ci"
    # --ignore-scripts: vnu-jar's install script would download a Java runtime of its own.
    if npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; then
      echo "$lock" >"$stamp"
    else
      cannot "npm ci failed"
    fi
  else
    cannot "npm is missing"
  fi
fi
