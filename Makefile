# Casebook — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PACKAGES := casebook catalogue desktop search sync

.PHONY: setup bytecode run test lint typecheck imports pytest bench build build-lite build-test clean translations glossary

setup: $(STAMP)

# pip takes torch 2.13.0 as the CPU wheel found on this machine (see DEVELOPERS.md).
$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Byte-compile Casebook's own modules (pip does it for the installed packages). Python reads
# these even where PYTHONDONTWRITEBYTECODE forbids it to write them, as on this machine:
# without them every start compiles ~40 modules, ~100 ms of the window's start-up.
bytecode: setup
	$(PY) -m compileall -q $(PACKAGES) > /dev/null

run: bytecode
	$(VENV)/bin/casebook gui

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

imports: setup
	$(VENV)/bin/lint-imports

pytest: setup
	$(PY) -m pytest -q

test: lint typecheck imports pytest

# Bring the translations up to date with the sources (LANGS="fi nl"): a new string comes in
# unfinished, for Qt Linguist; a string gone from the sources is dropped. Then compile every
# .ts (qtbase_ro.ts too: Romanian for Qt's own dialogs, which Qt lacks) to its .qm.
# tests/desktop/test_translations.py fails while any language has an unfinished string.
LANGS ?= fi nl it ro lv
translations: setup
	$(VENV)/bin/pyside6-lupdate -no-obsolete desktop/*.py desktop/*/*.py -ts $(foreach l,$(LANGS),desktop/translations/casebook_$(l).ts)
	for ts in desktop/translations/*.ts; do $(VENV)/bin/pyside6-lrelease $$ts; done

# The stem keys of the glossary's words, computed beforehand (search/glossary_stem_keys.jsonl):
# run after editing search/glossary/*.json (without it, the glossary still works, loading
# 0.5 s slower; tests/search/test_glossary.py says when the file is stale).
glossary: setup
	$(VENV)/bin/python -m search.glossary_keys

bench: setup
	$(PY) bench/catalogue_write.py

# The one-folder app (packaging/casebook.spec): dist/casebook/ and its archive in dist/.
build: setup
	$(PY) packaging/build.py --variant full

# Without torch and sentence-transformers (keyword search only): dist/casebook-lite/.
build-lite: setup
	$(PY) packaging/build.py --variant lite

# Build, then run the frozen app's self-test with an empty environment, as a partner would,
# and open its window offscreen on a fresh home (search, open a result: `gui --smoke`).
build-test: build
	env -i QT_QPA_PLATFORM=offscreen dist/casebook/casebook --self-test
	home=$$(mktemp -d) && env -i QT_QPA_PLATFORM=offscreen dist/casebook/casebook --home "$$home" gui --smoke; \
	status=$$?; rm -rf "$$home"; exit $$status

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache
