# Carebook: `make run` starts the app, `make test` runs lint and every test. Both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint types test-core test-ui test-core-postgresql screenshots bench bench-quick \
	bench-postgresql translations clean system-deps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# Python < 3.12 takes PySide6 6.11, whose QtPdf is in PySide6-Addons: drop 6.12's PySide6-Pdf if present
	$(PY) -c 'import sys; sys.exit(sys.version_info >= (3, 12))' && $(PY) -m pip show -q PySide6-Pdf >/dev/null 2>&1 \
		&& $(PY) -m pip uninstall -y -q PySide6-Pdf || true
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

# The Debian packages Qt needs here: the libraries of its GUI modules and of the platform plugins in
# QT_PLATFORMS (the UI tests' offscreen one; for `make run` those this session uses), and a font. The list is
# ui/preflight.py's, which names the missing ones. Installed when run as root (one apt-get update), else
# named in one line with the command that installs them.
QT_PLATFORMS :=
test-ui screenshots test-core-postgresql: QT_PLATFORMS := offscreen

system-deps:
	@missing="$$($(PYTHON) ui/preflight.py $(QT_PLATFORMS))"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing the system packages Qt needs: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "Qt needs these system packages: $$missing (on Debian/Ubuntu: sudo apt-get install $$missing)"; exit 1; \
	fi

run: $(STAMP) system-deps
	$(VENV)/bin/carebook

lint: $(STAMP)
	$(VENV)/bin/ruff check carebook ui tests
	$(VENV)/bin/lint-imports

# Types: strict for carebook/, nearly so for ui/ ([tool.mypy] in pyproject.toml); cached in .mypy_cache.
types: $(STAMP)
	$(VENV)/bin/mypy carebook ui

# The core suite runs with Qt blocked: it proves carebook/ works without PySide6.
test-core: $(STAMP)
	CAREBOOK_BLOCK_QT=1 $(PY) -m pytest tests/core -p no:pytest-qt -q

test-ui: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ui -q

# The PostgreSQL leg: the core tests that use a database (and the UI tests of the pages that read it
# differently: lists, search, reports; follow-ups reaching their person, the other counters) on a
# throw-away server that tests/pg_server.py starts and stops
# (initdb in a temporary folder, a free loopback port, as the postgres user when run as root). Without
# PostgreSQL's server programs: one line saying so. The JUnit files in build/ show CI the leg really ran.
PG_UI_TESTS := tests/ui/test_customers_page.py tests/ui/test_followups_page.py tests/ui/test_reports_page.py \
	tests/ui/test_search_box.py tests/ui/test_arrivals.py tests/ui/test_colleagues.py
PG_LEG := $(PY) -m tests.pg_server env CAREBOOK_TEST_ENGINE=postgresql

test-core-postgresql: $(STAMP) system-deps
	@rm -f build/test-core-postgresql.xml build/test-ui-postgresql.xml
	@if ! $(PY) -c 'import sys; from tests import pg_server; sys.exit(pg_server.programs() is None)'; then \
	  echo "skip  the PostgreSQL leg: PostgreSQL's server programs are not installed (apt-get install postgresql)"; \
	else \
	  mkdir -p build && \
	  $(PG_LEG) CAREBOOK_BLOCK_QT=1 $(PY) -m pytest tests/core -p no:pytest-qt -q \
	    --junitxml=build/test-core-postgresql.xml && \
	  $(PG_LEG) QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PG_UI_TESTS) -q \
	    --junitxml=build/test-ui-postgresql.xml; \
	fi

test: lint types test-core test-ui test-core-postgresql

screenshots: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.ui.screenshots build/screenshots $(if $(LANGUAGES),--languages $(LANGUAGES))

# `make bench`: every speed and memory figure of a big shop (100,000 customers, 1,000,000 contacts, built
# once and cached under build/bench/) beside its floor, measured in the same run; prints a table, writes
# build/bench.json and fails when a budget is missed. `make bench-quick`: the same on a small shop, in
# about a minute. Neither is part of `make test`. See README.md, "Benchmarks".
bench: $(STAMP)
	$(PY) -m tests.bench.run

bench-quick: $(STAMP)
	$(PY) -m tests.bench.run --quick

# `make bench-postgresql`: the search, customers table and month figures of the same big shop copied into a
# throw-away PostgreSQL server (tests/pg_server.py, started and stopped here; needs PostgreSQL's server
# programs), beside the same floors on that server, and the load of 10 writers on a small shop of its own
# there; writes build/bench-postgresql.json, fails when a budget is missed. BENCH_ARGS=--quick runs it on
# the small shop.
bench-postgresql: $(STAMP)
	$(PY) -m tests.bench.run --engine postgresql $(BENCH_ARGS)

# Refresh every catalogue after changing visible strings (tests check they are current and complete): the
# app's Qt template and each language's .ts (then compiled to its .qm), and the core's gettext template (the PDF, .ics texts) with each language's .po updated
# from it (new strings come in empty, to be translated; no header, so an unchanged catalogue stays the same
# byte for byte; a language is one .po file plus a line in carebook/i18n.py's LANGUAGES).
CORE_CATALOGUES := resources/translations/core
PYBABEL_KEYWORDS := --no-default-keywords -k _ -k N_ -k ngettext:1,2
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name "*.py" | sort) -ts resources/translations/carebook.ts
	for ts in resources/translations/carebook_*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $$(find ui -name "*.py" | sort) -ts $$ts && \
		$(VENV)/bin/pyside6-lrelease -silent $$ts; \
	done
	$(VENV)/bin/pybabel -q extract --no-location --sort-output --omit-header $(PYBABEL_KEYWORDS) \
		-o $(CORE_CATALOGUES)/carebook.pot carebook
	for po in $(CORE_CATALOGUES)/*.po; do \
		$(VENV)/bin/pybabel -q update --omit-header --ignore-obsolete --no-fuzzy-matching --width 110 \
			-i $(CORE_CATALOGUES)/carebook.pot -o $$po -l $$(basename $$po .po); \
	done

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache

# `make package`: the desktop app frozen into one folder, dist/carebook/ (PyInstaller, packaging/carebook.spec),
# then checked by running it (packaging/check_frozen.py) and the Linux desktop files validated. Slow; not
# part of `make test`. See packaging/README.md for installers on Windows and macOS.
PACKAGE_TOOLS := desktop-file-utils appstream xvfb xauth poppler-utils
DESKTOP_FILE := packaging/org.carebook.Carebook.desktop
METAINFO_FILE := packaging/org.carebook.Carebook.metainfo.xml

.PHONY: package package-deps

# Debian packages the build needs (Qt's X11/Wayland plugins are left out of the folder when the libraries
# they link to are missing here: the list is ui/preflight.py's) and the checks use. Installed when run as
# root, else listed.
package-deps:
	@missing="$$($(PYTHON) ui/preflight.py xcb wayland offscreen)"; \
	if command -v dpkg-query >/dev/null; then \
	  for pkg in $(PACKAGE_TOOLS); do \
	    dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	  done; \
	else echo "skip  Debian packages: no dpkg here; install the equivalents of: $(PACKAGE_TOOLS) $$missing"; exit 0; fi; \
	missing="$$(echo $$missing)"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "NOTE  not root, so these Debian packages were not installed: $$missing"; \
	  echo "      (sudo apt-get install $$missing): the X11/Wayland plugin checks fail and tool checks are skipped"; \
	fi

package: $(STAMP) package-deps
	@if command -v desktop-file-validate >/dev/null; then \
	  desktop-file-validate $(DESKTOP_FILE) && echo "ok    desktop-file-validate $(DESKTOP_FILE)"; \
	else echo "skip  desktop-file-validate: not installed (apt-get install desktop-file-utils)"; fi
	@if command -v appstreamcli >/dev/null; then \
	  appstreamcli validate --no-net $(METAINFO_FILE) && echo "ok    appstreamcli validate $(METAINFO_FILE)"; \
	else echo "skip  appstreamcli validate: not installed (apt-get install appstream)"; fi
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q "pyinstaller>=6.10,<7"
	@mkdir -p build/pyinstaller && touch build/pyinstaller/started
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/carebook.spec
	$(PY) packaging/check_frozen.py dist/carebook --since build/pyinstaller/started
	@du -sh dist/carebook

# `make reliability`: the never-lose-a-record campaign (issue 7): >= 100 SIGKILLs during writes, imports and
# merges, two writers on one file, hostile inputs, storage faults, migrations; prints a table. A few minutes.
.PHONY: reliability
reliability: $(STAMP)
	$(PY) tests/reliability/run_all.py --kills 120
