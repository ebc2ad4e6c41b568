# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed
SIZE ?= 1400x900

.PHONY: run test test-install faults bundle bundle-test check bench db synth screenshots qt-deps clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,check]'
	@touch $(STAMP)

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,check,bundle]'
	@touch $(BUNDLE_STAMP)

qt-deps:
	@scripts/qt-deps.sh

run: $(STAMP) qt-deps
	$(PY) -m viewer

test: $(STAMP) qt-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Only the slow packaging test: build a wheel, install it in a fresh venv, run both commands elsewhere
# (about 12 s; make test runs it too).
test-install: $(STAMP) qt-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/test_packaging.py

# The Linux bundle: dist/events-viewer/ (PyInstaller, packaging/events-viewer.spec) and
# dist/events-viewer-VERSION-linux-x86_64.tar.gz with install.sh. bundle-test unpacks and installs it
# in a temporary HOME and runs both commands from another folder.
bundle: $(BUNDLE_STAMP) qt-deps
	PY=$(PY) scripts/bundle.sh

bundle-test: bundle
	scripts/bundle-test.sh

# The whole fault suite (tests/faults, slow parts included): kills during imports, full and read-only
# file systems, damaged databases, hostile articles, 20,000 fuzzed queries; prints the outcome table.
faults: $(STAMP) qt-deps
	QT_QPA_PLATFORM=offscreen FAULTS_FULL=1 FAULTS_TABLE=.faults-table.md $(PY) -m pytest -q -m "" tests/faults

# The gates CI runs before the tests: lint and format, types, and the layers (import-linter).
check: $(STAMP)
	$(VENV)/bin/ruff check viewer tests scripts packaging setup.py
	$(VENV)/bin/ruff format --check viewer tests scripts packaging setup.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

db: $(STAMP)
	$(VENV)/bin/events-cli build

bench-data/synth-1m.db: | $(STAMP)
	@mkdir -p bench-data
	$(VENV)/bin/events-cli synth --out $@ --persons 100000 --events 500000 --quotes 1000000

synth: bench-data/synth-1m.db

bench: $(STAMP) bench-data/synth-1m.db
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench.py bench-data/synth-1m.db
	$(PY) scripts/bench_import.py 1000

screenshots: $(STAMP) qt-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m viewer --screenshot docs/screenshot.png --size $(SIZE)
	QT_QPA_PLATFORM=offscreen $(PY) -m viewer --screenshot docs/review.png --size 1300x760 \
		--review tests/fixtures/heldout/heldout_hk_big5.txt tests/fixtures/articles/wire_xinghe.txt tests/fixtures/blind/blind_blog_en.md

clean:
	rm -rf $(VENV) bench-data .pytest_cache .hypothesis build dist
