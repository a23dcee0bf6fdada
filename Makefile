# The two commands: `make serve` and `make test`. Both set up what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Quiet Material's end-of-life notice; it is known and tracked in HANDBOOK.md, "Upgrading".
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint check sync news hosting messages schema bench test-tools clean

$(BIN)/.installed: requirements.txt requirements-test.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	# simplemma's dictionaries as tries inside .venv, once, so that no build makes them (HANDBOOK.md: Search).
	$(BIN)/python -m programme_site.search
	touch $@

# SERVE_ADDR lets tests and busy machines use another port. --dirty: the live preview rebuilds only
# the pages a save changed (HANDBOOK.md: The live preview); tests/hooks/test_preview.py runs these flags.
SERVE_ADDR ?= 127.0.0.1:8000
SERVE_FLAGS := --dirty
serve: $(BIN)/.installed
	$(BIN)/mkdocs serve $(SERVE_FLAGS) -a $(SERVE_ADDR)

build: $(BIN)/.installed
	$(BIN)/python scripts/build_site.py

lint: $(BIN)/.installed
	$(BIN)/ruff check src hooks tests scripts bench
	$(BIN)/ruff format --check src hooks tests scripts bench

# The language checker: every way the Finnish and Swedish versions differ (CONTRIBUTING.md: Kielitarkistus).
check: $(BIN)/.installed
	$(BIN)/python -m programme_site.checker

# Mark a page as in step after updating its translation: make sync PAGE=verkosto.md (or PAGE="a.md b.md").
# As TITLE for `news`, PAGE reaches Python through the environment, never as shell text made by make,
# and Python splits it into page names: PAGE='x.md;touch y' names the pages "x.md;touch" and "y".
sync: export override PAGE := $(value PAGE)
sync: $(BIN)/.installed
	$(BIN)/python -c 'import os, sys; from programme_site.checker.__main__ import sync_pages; sys.exit(sync_pages(os.environ["PAGE"].split()))'

# Chromium, Java and the npm packages of the browser suite (tests/browser/).
test-tools:
	scripts/install-test-tools.sh

# On every core, one test file to a worker at a time, so that a file's shared builds are made once.
test: $(BIN)/.installed lint check test-tools
	$(BIN)/pytest -n auto --dist loadfile

# Add a news item skeleton: make news TITLE="Otsikko suomeksi" (without a title it says how, in the editor's language).
# TITLE reaches the command through the environment ("$$TITLE"), never as shell text made by
# make, so $, quotes and backticks in a title arrive intact and run nothing.
news: export override TITLE := $(value TITLE)
news: $(BIN)/.installed
	$(BIN)/python -m programme_site.news "$$TITLE"

# Regenerate the nginx snippet after changing src/programme_site/hosting/headers.py.
hosting: $(BIN)/.installed
	$(BIN)/python -m programme_site.hosting > hosting/nginx-security-headers.conf

# After adding or changing a message in src/ or scripts/ (HANDBOOK.md: Messages in three languages): the
# English texts extracted afresh into the template, the Finnish and Swedish catalogues updated from it.
# New and changed entries then wait for their translation; tests/core/test_messages.py fails until then.
LOCALE := src/programme_site/locale
messages: $(BIN)/.installed
	$(BIN)/pybabel extract --project=programme-site --no-wrap --sort-output --add-location=file \
		-o $(LOCALE)/programme_site.pot src/programme_site scripts
	$(BIN)/pybabel update --no-wrap --ignore-obsolete -D programme_site -i $(LOCALE)/programme_site.pot -d $(LOCALE)

# Regenerate the editors' JSON Schemas in data/schema/ after changing the field tables in
# src/programme_site/data/fields.py, and .vscode/settings.json, which maps each to its data file.
schema: $(BIN)/.installed
	$(BIN)/python -m programme_site.data

# Not part of `make test`: it takes minutes. BENCH_ARGS=--large adds 5 000 pages per language.
bench: $(BIN)/.installed
	$(BIN)/python -m bench.run_benchmark $(BENCH_ARGS)

clean:
	rm -rf site $(VENV) node_modules test-output
