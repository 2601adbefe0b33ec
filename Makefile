# The two commands: `make run` and `make test`. Everything else is a step they take.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
export HOST PORT
# bin/entrypoint runs the project's interpreter, whatever PYTHON was given to make.
export ARCHIVE_PYTHON := $(BIN)/python

.DEFAULT_GOAL := help
.PHONY: help install migrate index static run demo dev test test-sqlite test-pg \
	pg-start pg-stop lint lint-docker format bench-load clean browser-deps

help:
	@echo "make run        set everything up and serve http://$(HOST):$(PORT) (gunicorn)"
	@echo "make test       set everything up, lint, run the suite on SQLite, then on PostgreSQL"
	@echo "make demo       import sample speeches into the archive (then make run)"
	@echo "make lint       ruff check and format check, hadolint on the Dockerfile"
	@echo "make dev        runserver with autoreload, for working on the code"
	@echo "make pg-start   start a throw-away PostgreSQL for the tests (make pg-stop)"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	bin/entrypoint migrate

# Build the search index from nothing, or bring it up to date (queued changes,
# drift, a changed jieba dictionary). Safe beside a running server.
index: migrate
	bin/entrypoint index

static: install
	bin/entrypoint static

# The same script as the container's: migrate, index, collect static, exec gunicorn.
run: install
	exec bin/entrypoint all

# Sample speeches for a fresh clone: the shared seeds and dev corpus where ../shared
# is there (the team's machines), else the speeches the project wrote for its tests.
# A file the importer cannot read is named and left out; the others still go in.
SHARED ?= ../shared
demo: migrate
	@set --; \
	for folder in "$(SHARED)/seeds" "$(SHARED)/corpus/dev"; do \
		if [ -d "$$folder" ]; then set -- "$$@" "$$folder"; fi; \
	done; \
	if [ $$# -eq 0 ]; then \
		set -- tests/fixtures/heldout*/raw tests/fixtures/*.txt tests/fixtures/*.html; \
	fi; \
	echo "make demo: importing $$*"; \
	$(BIN)/python manage.py import_speeches "$$@" || \
		echo "make demo: the files named above were left out; the rest are in the archive"

dev: index
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's chromium and need a CJK font to render Chinese;
# install whichever is missing (the machines are Debian, run as root).
browser-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	fc-list :lang=zh 2>/dev/null | grep -q . || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Lint first (ruff, hadolint on the Dockerfile: no Docker engine runs here), then
# the suite on both databases.
test: lint test-sqlite test-pg

test-sqlite: install browser-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The whole suite again on a real PostgreSQL server, started and stopped around it.
test-pg: install browser-deps
	bin/pg-cluster run $(BIN)/python -m pytest $(PYTEST_ARGS)

pg-start:
	@bin/pg-cluster start

pg-stop:
	@bin/pg-cluster stop

lint: install lint-docker
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint-docker: install
	$(BIN)/hadolint Dockerfile

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# 60 s of mixed traffic against gunicorn on loopback (docs/benchmarks.md, "Load").
bench-load: install
	command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python bench/load.py

clean:
	-bin/pg-cluster clean
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
