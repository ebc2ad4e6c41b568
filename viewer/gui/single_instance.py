"""One window per user, display and database: starting the app again brings the running window to the front
(as Anki and Zotero do) and the second process exits; a running copy that does not answer is started beside,
and so is a start on another X or Wayland display (its window is on another screen, maybe another seat)."""

from __future__ import annotations

import getpass
import os
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

# Checked before the window is made: nothing here loads what the window's first paint does not (Qt's
# namespace, QtNetwork: some 20 ms) unless a second start asks the first.
from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads only to answer, or to ask a running copy (~8 ms)
    from PySide6.QtNetwork import QLocalServer

    from .main_window import MainWindow

WAIT_SECONDS = 5.0  # how long a second start waits for a running copy still starting to answer
SHOW = b"show\n"
SHOWN = b"shown\n"


def runtime_dir() -> Path:
    """This user's folder for the locks and sockets: $XDG_RUNTIME_DIR, else one of theirs in the temp one."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(xdg):
        return Path(xdg)
    import tempfile

    path = Path(tempfile.gettempdir()) / f"events-viewer-{getpass.getuser()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def display_name() -> str:
    """The display a window of this process appears on, as Qt will choose it from the environment (before any
    QApplication): "wayland:NAME", "x11:HOST:N[.SCREEN]", or the platform's name (offscreen, eglfs…); "" on
    Windows and macOS, where a user's session has one."""
    if sys.platform in ("win32", "darwin"):
        return ""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    if not platform:  # Qt's own order: Wayland first in a Wayland session, else X11
        platform = "wayland" if wayland or os.environ.get("XDG_SESSION_TYPE") == "wayland" else "xcb"
    if platform.startswith("wayland"):
        return f"wayland:{wayland or 'wayland-0'}"
    if platform == "xcb":
        return f"x11:{x_display(os.environ.get('DISPLAY', ''))}"
    return platform


def x_display(name: str) -> str:
    """An X display's name as one server and screen: ":0", ":0.0" and "unix:0" are the same one."""
    host, _, number = name.strip().rpartition(":")
    display, _, screen = number.partition(".")
    return f"{'' if host == 'unix' else host}:{display}" + (f".{screen}" if screen not in ("", "0") else "")


def instance_key(database: Path, display: str | None = None) -> str:
    """The name of the copy showing a database for this user on this display (display_name() unless given;
    a CRC: two of one user's databases alike in it would only bring the other's window to the front;
    OpenSSL's hashes took 4 ms to load before the paint)."""
    where = os.path.normcase(str(Path(database).resolve()))
    shown_on = display_name() if display is None else display
    named = f"{getpass.getuser()}\0{shown_on}\0{where}".encode()
    return f"{zlib.crc32(named):08x}"


def server_name(key: str) -> str:
    """The local socket a running copy answers on (a named pipe on Windows)."""
    name = f"events-viewer-{key}"
    return name if sys.platform == "win32" else str(runtime_dir() / f"{name}.sock")


class SingleInstance(QObject):
    """Holds the lock of the database a window shows and answers a second start by showing that window;
    or, not holding it (another copy does), asks that copy to show itself."""

    shown = Signal()  # a second start brought the window to the front

    def __init__(self, database: Path) -> None:
        super().__init__()
        self.window: MainWindow | None = None
        self.server: QLocalServer | None = None
        self.lock: QLockFile | None = None
        self.key = ""
        self.claim(database)

    @property
    def held(self) -> bool:
        """True while this process holds its database's lock."""
        return self.lock is not None

    def claim(self, database: Path) -> bool:
        """Take the lock of this database (a lock whose process has died is taken over); False when a running
        copy holds it, or when the folder for it cannot be written (then nobody is kept from starting)."""
        self.release()
        try:
            self.key = instance_key(database)
            lock = QLockFile(str(runtime_dir() / f"events-viewer-{self.key}.lock"))
        except OSError:
            return False
        lock.setStaleLockTime(0)  # held as long as its process lives, not only 30 s
        if lock.tryLock(0):
            self.lock = lock
        return self.held

    def server_name(self) -> str:
        """The local socket the copy holding the lock answers on."""
        return server_name(self.key)

    def ask_to_show(self, wait: float = WAIT_SECONDS) -> bool:
        """Ask the running copy to bring its window to the front; False when none answers within `wait`
        seconds (a copy still starting answers once its window is built), or when the lock was let go."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + wait
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name())
            if socket.waitForConnected(250):
                socket.write(SHOW)
                answered = socket.waitForBytesWritten(1000) and socket.waitForReadyRead(2000)
                reply = bytes(socket.readAll().data()) if answered else b""
                socket.abort()
                return reply == SHOWN
            if time.monotonic() >= deadline or self.lock_free():
                return False
            time.sleep(0.1)  # (the copy holding the lock is building its window: it answers after)

    def lock_free(self) -> bool:
        """True when no live process holds the lock any longer."""
        probe = QLockFile(str(runtime_dir() / f"events-viewer-{self.key}.lock"))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):
            probe.unlock()
            return True
        return False

    def serve(self, window: MainWindow) -> None:
        """Answer second starts by showing this window, under the database it shows (opening another moves
        the lock and the socket to that one)."""
        self.window = window
        window.controller.sessionChanged.connect(self._database_changed)
        self._listen()

    def _listen(self) -> None:
        if not self.held:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.server_name())  # left by a copy that died: the lock is ours
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name()):
            server.newConnection.connect(self._answer)
            self.server = server
        else:
            server.deleteLater()

    def _database_changed(self) -> None:
        repo = self.window.controller.repo if self.window is not None else None
        if repo is None or instance_key(repo.path) == self.key:
            return
        self.claim(repo.path)  # (another copy showing it already: this one answers for none)
        self._listen()

    def _answer(self) -> None:
        server = self.server
        socket = server.nextPendingConnection() if server is not None else None
        if socket is None:
            return
        socket.setParent(self)
        socket.readyRead.connect(lambda: self._read(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW and self.window is not None:
            bring_to_front(self.window)
            socket.write(SHOWN)
            socket.flush()
            self.shown.emit()

    def release(self) -> None:
        """Stop answering and let the lock go."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def bring_to_front(window: MainWindow) -> None:
    """The window shown, not minimised, raised and given the keyboard (a dialog open over it, with it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
