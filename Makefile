# The two commands: `make serve` and `make test`. Both set up what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Quiet Material's end-of-life notice; it is known and tracked in the README.
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := hooks

.PHONY: serve build test lint bench clean

$(BIN)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: $(BIN)/.installed
	$(BIN)/mkdocs serve

build: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

lint: $(BIN)/.installed
	$(BIN)/ruff check hooks tests bench
	$(BIN)/ruff format --check hooks tests bench

test: $(BIN)/.installed lint
	$(BIN)/pytest

# Not part of `make test`: it takes minutes. BENCH_ARGS=--large adds 5 000 pages per language.
bench: $(BIN)/.installed
	$(BIN)/python -m bench.run_benchmark $(BENCH_ARGS)

clean:
	rm -rf site $(VENV)
