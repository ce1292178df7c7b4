# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    start Trainer on its defaults (per-user data folder, shipped banks)
#   make test   lint, type-check and run the whole test suite
# Both install what is missing first (Debian packages Qt needs, then .venv).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bundle bundle-onefile selftest-bundle bench translations system-deps clean

$(VENV)/.system-deps: tools/system-deps.sh
	bash tools/system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(VENV)/.system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

system-deps: $(VENV)/.system-deps

run: $(STAMP)
	$(PY) -m trainer

lint: $(STAMP)
	$(VENV)/bin/ruff check trainer tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict trainer

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

test: lint typecheck pytest

bundle: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

# Into dist/onefile/, so that it leaves the onedir bundle in dist/trainer/ alone.
bundle-onefile: $(STAMP)
	TRAINER_ONEFILE=1 $(VENV)/bin/pyinstaller --noconfirm --clean \
		--distpath dist/onefile --workpath build/onefile build.spec

selftest-bundle: bundle
	QT_QPA_PLATFORM=offscreen dist/trainer/trainer --self-test

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	$(PY) bench/merge.py
	$(PY) bench/live.py

# Collect the screens' texts into the English .ts (plural forms kept) and compile it.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find trainer/ui -name '*.py' | sort) trainer/core/export_formats.py trainer/core/kinds/base.py trainer/net/page_texts.py \
		-ts resources/translations/trainer_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/trainer_en.ts -qm resources/translations/trainer_en.qm

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
