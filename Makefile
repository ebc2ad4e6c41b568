# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed
SIZE ?= 1400x900

.PHONY: run test test-install faults bundle bundle-test check bench db synth screenshots qt-deps clean \
	i18n icons

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,check]'
	@# PySide's support modules as files with cached bytecode (its documented SBK_EMBED switch), not
	@# compiled from the zip embedded in shiboken6 at every start: 12-15 ms less before the first paint.
	SBK_EMBED=0 $(PY) -c 'import shiboken6'
	PYTHONDONTWRITEBYTECODE= $(PY) -m compileall -q "$$($(PY) -c 'import shiboken6, os; \
		print(os.path.join(os.path.dirname(shiboken6.__file__), "files.dir"))')"
	@# The app's own bytecode too, as pip writes it for an installed package: the first launch is not slower.
	PYTHONDONTWRITEBYTECODE= $(PY) -m compileall -q viewer
	@touch $(STAMP)

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,check,bundle]'
	@touch $(BUNDLE_STAMP)

qt-deps:
	@scripts/qt-deps.sh

# The interface's translations: Qt Linguist sources (.ts, committed) compiled to .qm (committed too, so
# an installed copy speaks Chinese; rebuilt here when a .ts is newer).
I18N := resources/i18n
QM := $(I18N)/events_viewer_zh_CN.qm $(I18N)/events_viewer_zh_TW.qm $(I18N)/events_viewer_en.qm

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing a text in viewer/gui: new messages land in the .ts for translating (test_i18n fails
# until every one is translated); Traditional Chinese (scripts/traditional.py, OpenCC) and English
# plurals are derived from it.
# The window's icon as PNGs (committed: loading Qt's SVG icon engine at start-up costs ~9 ms), with the
# SVG's checksum they were drawn from; after changing resources/events-viewer.svg (test_icons fails
# until they are drawn again).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -c 'from viewer.gui.icons import WINDOW_SIZES, render_png, window_png; \
		[window_png(s).write_bytes(render_png(s)) for s in WINDOW_SIZES]'
	sha256sum resources/events-viewer.svg | cut -d" " -f1 > resources/icons/drawn-from.sha256

i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete $$(find viewer/gui -name '*.py' | sort) \
		-ts $(I18N)/events_viewer_zh_CN.ts
	$(PY) scripts/traditional.py
	$(PY) scripts/english_plurals.py
	$(MAKE) --no-print-directory $(QM)

run: $(STAMP) qt-deps $(QM)
	$(PY) -m viewer

test: $(STAMP) qt-deps $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Only the slow packaging test: build a wheel, install it in a fresh venv, run both commands elsewhere
# (about 12 s; make test runs it too).
test-install: $(STAMP) qt-deps $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/test_packaging.py

# The Linux bundle: dist/events-viewer/ (PyInstaller, packaging/events-viewer.spec) and
# dist/events-viewer-VERSION-linux-x86_64.tar.gz with install.sh. bundle-test unpacks and installs it
# in a temporary HOME and runs both commands from another folder.
bundle: $(BUNDLE_STAMP) qt-deps $(QM)
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
	$(PY) scripts/bench_startup.py data/events.db bench-data/synth-1m.db
	$(PY) scripts/bench_memory.py bench-data/synth-1m.db
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench_stalls.py bench-data/synth-1m.db
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench.py bench-data/synth-1m.db
	$(PY) scripts/bench_import.py 1000

screenshots: $(STAMP) qt-deps $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m viewer --screenshot docs/screenshot.png --size $(SIZE) --lang en \
		--search 2026-03 --select-quote 3
	QT_QPA_PLATFORM=offscreen $(PY) -m viewer --screenshot docs/screenshot-zh.png --size $(SIZE) --lang zh_CN \
		--search 2026-03
	QT_QPA_PLATFORM=offscreen $(PY) -m viewer --screenshot docs/review.png --size 1300x760 --lang en \
		--review tests/fixtures/heldout/heldout_hk_big5.txt tests/fixtures/articles/wire_xinghe.txt tests/fixtures/blind/blind_blog_en.md

clean:
	rm -rf $(VENV) bench-data .pytest_cache .hypothesis build dist
