# Carebook: `make run` starts the app, `make test` runs lint and every test. Both create .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint test-core test-ui screenshots bench bench-quick translations clean

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

# `make bench`: every speed and memory figure of a big shop (100,000 customers, 1,000,000 contacts, built
# once and cached under build/bench/) beside its floor, measured in the same run; prints a table, writes
# build/bench.json and fails when a budget is missed. `make bench-quick`: the same on a small shop, in
# about a minute. Neither is part of `make test`. See README.md, "Benchmarks".
bench: $(STAMP)
	$(PY) -m tests.bench.run

bench-quick: $(STAMP)
	$(PY) -m tests.bench.run --quick

# Refresh the translation template after changing visible strings (a test checks it is current).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name "*.py" | sort) -ts resources/translations/carebook.ts

clean:
	rm -rf build dist .pytest_cache .ruff_cache

# `make package`: the desktop app frozen into one folder, dist/carebook/ (PyInstaller, packaging/carebook.spec),
# then checked by running it (packaging/check_frozen.py) and the Linux desktop files validated. Slow; not
# part of `make test`. See packaging/README.md for installers on Windows and macOS.
PACKAGE_DEBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libwayland-cursor0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 desktop-file-utils appstream xvfb xauth poppler-utils
DESKTOP_FILE := packaging/org.carebook.Carebook.desktop
METAINFO_FILE := packaging/org.carebook.Carebook.metainfo.xml

.PHONY: package package-deps

# Debian packages the build needs (Qt's X11/Wayland plugins are left out of the folder when the libraries
# they link to are missing here) and the checks use. Installed when run as root, else listed.
package-deps:
	@command -v dpkg-query >/dev/null || { echo "skip  Debian packages: no dpkg here; install the equivalents of: $(PACKAGE_DEBS)"; exit 0; }; \
	missing=""; \
	for pkg in $(PACKAGE_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "NOTE  not root, so these Debian packages were not installed:$$missing"; \
	  echo "      (sudo apt-get install$$missing): the X11/Wayland plugin checks fail and tool checks are skipped"; \
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
