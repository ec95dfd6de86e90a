# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# PostgreSQL tests run when a server answers on loopback (as on CI); otherwise they skip, saying how.
MEDIATOR_TEST_PG_URL ?= $(shell pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && echo postgresql://postgres@127.0.0.1:5432/postgres)
export MEDIATOR_TEST_PG_URL

.PHONY: run test venv translations ts bench lint clean

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# Qt Linguist catalogs: the .ts sources are committed, the .qm files are built here, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing interface strings: update the .ts sources (then translate the unfinished entries).
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -ts $(TS)
	$(BIN)/python scripts/fill_translations.py $(TS) --missing

run: $(STAMP) $(QM)
	$(BIN)/python -m ui $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/store.py
	$(BIN)/python bench/documents.py
	$(BIN)/python bench/sync.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui.py

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
