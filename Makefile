# Two commands: `make run` (the app on a demo store) and `make test` (the whole test suite).
# Each installs what it needs first: Debian packages, a virtual environment, the package.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench system-deps clean

run: $(VENV)/.installed
	$(BIN)/red-desktop --demo

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench_scoring.py

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
