# Verbs for people, the README and CI alike. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
PAPER ?= a4
export UV_PROJECT_ENVIRONMENT := $(VENV)
export NO_MKDOCS_2_WARNING := 1

.PHONY: help env serve build pdf test lint typecheck run bench clean

help: ## List the verbs
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(BIN)/uv || { python3 -m venv $(VENV) && $(BIN)/pip install -q "uv==$(UV_VERSION)"; }
	$(BIN)/uv sync --locked --quiet
	@touch $@

env: $(VENV)/.synced ## Create or update the environment (.venv) from uv.lock

serve: env ## Serve the site at http://127.0.0.1:8000, reloading on page or snippet edits
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: env ## Strict build into site/ (a failed build keeps the last good site/)
	$(BIN)/python scripts/build.py

pdf: build ## Build, then print site/pdf/: one PDF per sheet and a booklet (PAPER=a4|letter)
	$(BIN)/python scripts/pdf.py site --paper $(PAPER)

lint: env ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: env ## mypy over snippets (one page folder at a time), scripts and build code
	$(BIN)/mypy
	@for page in snippets/*/; do \
	  MYPYPATH=$$page $(BIN)/mypy --no-explicit-package-bases $$page*.py | grep -v '^Success' ; \
	  test $${PIPESTATUS[0]} = 0 || exit 1; \
	done; echo "mypy: snippets/*/ pass"

test: env lint typecheck ## Everything: lint, types, snippets, strict build, pages
	$(BIN)/pytest

run: env ## Print what the page shows for a snippet: make run SNIPPET=snippets/engine/echo.py
	@$(BIN)/python -m cheatsheets run $(SNIPPET)

clean: ## Remove site/, caches and the environment
	rm -rf site .cache .venv .pytest_cache .mypy_cache .ruff_cache

bench: env ## Benchmark builds, rebuilds, PDF and page weight; writes bench/results.json
	$(BIN)/python scripts/bench.py
