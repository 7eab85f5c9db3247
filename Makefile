# Two commands: `make run` (the app on a demo store) and `make test` (the whole test suite).
# Each installs what it needs first: Debian packages, a virtual environment, the package.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench reliability screenshots translations system-deps clean

run: $(VENV)/.installed
	$(BIN)/red-desktop --demo

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_scoring.py
	$(BIN)/python bench/bench_list.py

# The reliability suite at full size (kill -9 trials, other readers, links, full disks, fuzzing): docs/reliability.md.
reliability: $(VENV)/.installed-test
	$(BIN)/python scripts/reliability.py

screenshots: $(VENV)/.installed
	$(BIN)/python scripts/screenshots.py

# Refresh the Spanish and Portuguese catalogues from the sources, then compile them. The core's texts, t("..."),
# go to resources/locale/<lang>/core.po (read as they are, no .mo): a changed text comes back untranslated.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find red_desktop/gui -name '*.py') ui/*.ui -ts resources/translations/red_desktop_es.ts resources/translations/red_desktop_pt.ts
	$(BIN)/pyside6-lrelease resources/translations/red_desktop_es.ts resources/translations/red_desktop_pt.ts
	mkdir -p build
	$(BIN)/pybabel extract --no-default-keywords --keyword t --add-location file --sort-by-file --project "RED Desktop" -o build/core.pot red_desktop/core
	for lang in es pt; do $(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -i build/core.pot -l $$lang -o resources/locale/$$lang/core.po; done

system-deps:
	./scripts/install-system-deps.sh

$(VENV)/.created:
	./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

clean:
	rm -rf $(VENV) build dist .pytest_cache
