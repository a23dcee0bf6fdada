# The two commands: `make serve` and `make test`. Both set up what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Quiet Material's end-of-life notice; it is known and tracked in the README.
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := hooks

.PHONY: serve build test lint test-tools clean

$(BIN)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: $(BIN)/.installed
	$(BIN)/mkdocs serve

build: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

lint: $(BIN)/.installed
	$(BIN)/ruff check hooks tests
	$(BIN)/ruff format --check hooks tests

# Chromium, Java and the npm packages of the browser suite (tests/browser/).
test-tools:
	scripts/install-test-tools.sh

test: $(BIN)/.installed lint test-tools
	$(BIN)/pytest

clean:
	rm -rf site $(VENV) node_modules test-output
