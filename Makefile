# Verbs for people, the README and CI alike. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

# The interpreter the environments are made with: any CPython >= 3.11
# (`make test PYTHON=python3.13`). Change it with `make clean` first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every example also runs on SQLAlchemy 2.0 LTS, from its own locked environment.
VENV20 := .venv-sqlalchemy-2.0
export CHEATSHEETS_SQLALCHEMY20_PYTHON := $(abspath $(VENV20))/bin/python
UV_VERSION := 0.13.9
PAPER ?= a4
PORT ?= 8000
export UV_PROJECT_ENVIRONMENT := $(VENV)
export NO_MKDOCS_2_WARNING := 1

.PHONY: help env serve build pdf test pytest test-fast lint typecheck run density bench clean

help: ## List the verbs
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install -q "uv==$(UV_VERSION)"; }
	$(BIN)/uv sync --locked --quiet --compile-bytecode
	@touch $@

$(VENV20)/.synced: envs/sqlalchemy-2.0/pyproject.toml envs/sqlalchemy-2.0/uv.lock $(VENV)/.synced
	UV_PROJECT_ENVIRONMENT=$(abspath $(VENV20)) $(BIN)/uv sync --locked --quiet --project envs/sqlalchemy-2.0 --python $(abspath $(BIN))/python --compile-bytecode
	@touch $@

env: $(VENV)/.synced $(VENV20)/.synced ## Create or update the environments (.venv, .venv-sqlalchemy-2.0) from their uv.lock

serve: env ## Serve the site at http://127.0.0.1:8000 (PORT=…), reloading on page or snippet edits
	CHEATSHEETS_LLMS=false $(BIN)/mkdocs serve --dirty -a 127.0.0.1:$(PORT)

build: env ## Strict build into site/ (a failed build keeps the last good site/)
	$(BIN)/python scripts/build.py

pdf: env ## Build with printable PDFs in site/pdf/: one per sheet and a booklet (PAPER=a4|letter)
	$(BIN)/python scripts/build.py --pdf --paper $(PAPER)

lint: env ## ruff lint and format check; the publishing workflow against its schema
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

typecheck: env ## mypy over snippets (one page folder at a time), scripts and build code
	$(BIN)/mypy
	@for page in snippets/*/; do \
	  MYPYPATH=$$page $(BIN)/mypy --no-explicit-package-bases $$page*.py | grep -v '^Success' ; \
	  test $${PIPESTATUS[0]} = 0 || exit 1; \
	done; echo "mypy: snippets/*/ pass"

test: env lint ## Everything: lint, types, snippets, strict build, pages
	@# mypy runs beside the tests (its few lines land among pytest's); either failing fails.
	@$(MAKE) --no-print-directory -j2 typecheck pytest

pytest: env
	$(BIN)/pytest

test-fast: env ## Check what changed since main (snippets, pages, build code) in about a minute
	$(BIN)/python scripts/test_fast.py

run: env ## Print what the page shows for a snippet: make run SNIPPET=snippets/crud/bulk_update.py [TARGET=postgresql]
	@test -n "$(SNIPPET)" || { echo "usage: make run SNIPPET=snippets/<page>/<name>.py [TARGET=sqlite|postgresql|sqlite@2.0|postgresql@2.0]" >&2; exit 2; }
	@$(BIN)/python -m cheatsheets run $(if $(TARGET),--target $(TARGET)) $(SNIPPET)

clean: ## Remove site/, caches and the environment
	rm -rf site .cache .venv $(VENV20) .pytest_cache .mypy_cache .ruff_cache

density: env ## Density figures per sheet: code lines per section, print share, repeats
	$(BIN)/python scripts/density.py --screen

bench: env ## Benchmark builds, rebuilds, PDF and page weight; writes bench/results.json
	$(BIN)/python scripts/bench.py
