# Carebook: `make run` starts the app, `make test` runs lint and every test. Both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint test-core test-ui screenshots bench bench-quick clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/carebook

lint: $(STAMP)
	$(VENV)/bin/ruff check carebook ui tests
	$(VENV)/bin/lint-imports

# The core suite runs with Qt blocked: it proves carebook/ works without PySide6.
test-core: $(STAMP)
	CAREBOOK_BLOCK_QT=1 $(PY) -m pytest tests/core -p no:pytest-qt -q

test-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ui -q

test: lint test-core test-ui

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.ui.screenshots build/screenshots

clean:
	rm -rf build dist .pytest_cache .ruff_cache
