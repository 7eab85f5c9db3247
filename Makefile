# Two commands: `make run` (the app on a demo store) and `make test` (the whole test suite).
# Each installs what it needs first: Debian packages, a virtual environment, the package.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench reliability screenshots translations new-language lock system-deps clean

run: $(VENV)/.installed
	$(BIN)/red-desktop --demo

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# Import and export at make-bench sizes (10,000 rows; the 2,000-proposal demo), each against plain pandas in the same
# run; full sizes: bench/bench_import.py --rows 100000, bench/bench_exports.py --store <a copy of a larger store>.
bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_scoring.py
	$(BIN)/python bench/bench_list.py
	$(BIN)/python bench/bench_window.py
	$(BIN)/python bench/bench_rank.py
	$(BIN)/python bench/bench_sheet.py --cached 100000
	$(BIN)/python bench/bench_import.py --rows 10000
	$(BIN)/python bench/bench_exports.py

# The reliability suite at full size (kill -9 trials, other readers, links, full disks, fuzzing): docs/reliability.md.
reliability: $(VENV)/.installed-test
	$(BIN)/python scripts/reliability.py

screenshots: $(VENV)/.installed
	$(BIN)/python scripts/screenshots.py

# Refresh every language's two catalogues from the sources, then compile them (docs/translating.md). The window's
# texts go to resources/translations/red_desktop_<lang>.ts (Qt), the core's to
# resources/locale/<lang>/LC_MESSAGES/core.po (gettext): a changed text comes back untranslated. The languages are
# the catalogues there; `make new-language CODE=fr` starts both catalogues of another.
QT_CATALOGUES = $(wildcard resources/translations/red_desktop_*.ts)
CORE_KEYWORDS = --keyword t --keyword msg:2 --keyword tc:1c,2 --keyword tn:1,2 --keyword tcn:1c,2,3

translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete $$(find red_desktop/gui -name '*.py') ui/*.ui -ts $(QT_CATALOGUES)
	$(BIN)/pyside6-lrelease $(QT_CATALOGUES)
	mkdir -p build
	$(BIN)/pybabel extract --no-default-keywords $(CORE_KEYWORDS) --add-location file --sort-by-file --project "RED Desktop" -o build/core.pot red_desktop/core red_desktop/cli
	$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete -i build/core.pot -d resources/locale -D core
	$(BIN)/pybabel compile -d resources/locale -D core --statistics

new-language: $(VENV)/.installed
	test -n "$(CODE)" || { echo "say which: make new-language CODE=fr"; exit 2; }
	$(BIN)/pyside6-lupdate -no-obsolete $$(find red_desktop/gui -name '*.py') ui/*.ui -ts resources/translations/red_desktop_$(CODE).ts
	mkdir -p build
	$(BIN)/pybabel extract --no-default-keywords $(CORE_KEYWORDS) --add-location file --sort-by-file --project "RED Desktop" -o build/core.pot red_desktop/core red_desktop/cli
	$(BIN)/pybabel init -i build/core.pot -d resources/locale -D core -l $(CODE)

system-deps:
	./scripts/install-system-deps.sh

$(VENV)/.created:
	./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

# Installs are the lock's exact versions, every file checked against its hash (requirements/*.txt, from `make lock`);
# the package itself goes in editable, with no dependency of its own choosing.
$(VENV)/.installed: $(VENV)/.created pyproject.toml requirements/app.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/app.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.created pyproject.toml requirements/test.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(VENV)/.installed $@

# Refresh the locks from pyproject.toml's ranges: the newest versions that fit, resolved afresh (an old lock would
# hold them back). tests/test_lock.py checks that the locks still satisfy pyproject.toml.
lock: $(VENV)/.created
	$(BIN)/python -m pip install --quiet "uv==0.13.9"
	rm -f requirements/app.txt requirements/test.txt
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -q -o requirements/app.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 -q -o requirements/test.txt

clean:
	rm -rf $(VENV) build dist .pytest_cache
