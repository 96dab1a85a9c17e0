"""The floor: the least a PySide6 tray app with a break window costs on this machine.

A QSystemTrayIcon with a drawn icon and a QMenu, plus a hidden "break" window that it shows on
command. It has no periodic timer at all: signals reach it through `signal.set_wakeup_fd` and a
QSocketNotifier, so it sleeps until something happens.

    python bench/floor_tray.py [--log FILE] [--break-after SECONDS]

`--break-after S` arms one precise single-shot timer and logs `due <epoch>` (time.time() at
arming + S); when it fires the window is shown and `shown <epoch>` logged. The benchmark takes
latency = first map of the window (seen in the X tree) - due.
Signals: SIGUSR1 shows the break window, SIGUSR2 hides it, SIGTERM/SIGINT quit.
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QSystemTrayIcon, QVBoxLayout, QWidget

APP_NAME = "FloorTray"  # also the title of the tray icon's X window
BREAK_TITLE = "Floor - time to move"


def ring_icon(size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1e88e5"), size / 6))
    inset = size // 6
    painter.drawEllipse(inset, inset, size - 2 * inset, size - 2 * inset)
    painter.end()
    return QIcon(pixmap)


class BreakWindow(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(BREAK_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Time to move"))
        self.resize(400, 200)


class Floor:
    def __init__(self, app: QApplication, log: TextIO | None, break_after: float | None) -> None:
        self.app, self.log = app, log
        self.window = BreakWindow()
        self.menu = QMenu()
        self.menu.addAction("Take a break now").triggered.connect(self.show_break)
        self.menu.addAction("Quit").triggered.connect(app.quit)
        self.tray = QSystemTrayIcon(ring_icon())
        self.tray.setToolTip("Floor tray")
        self.tray.setContextMenu(self.menu)
        self.tray.show()
        self.write("tray")
        self._listen_for_signals()
        self.timer: QTimer | None = None
        if break_after is not None:
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.timeout.connect(self.show_break)
            due = time.time() + break_after
            self.timer.start(round(break_after * 1000))
            self.write("due", due)

    def write(self, what: str, at: float | None = None) -> None:
        if self.log is not None:
            self.log.write(f"{what} {time.time() if at is None else at:.6f}\n")
            self.log.flush()

    def show_break(self) -> None:
        self.write("shown")
        self.window.show()

    def hide_break(self) -> None:
        self.window.hide()

    def _listen_for_signals(self) -> None:
        """Event-driven signal handling: no polling timer to let Python handlers run."""
        self._rsock, wsock = socket.socketpair()
        self._wsock = wsock  # keep it open for as long as the app lives
        self._rsock.setblocking(False)
        wsock.setblocking(False)
        signal.set_wakeup_fd(wsock.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGUSR1, signal.SIGUSR2):
            signal.signal(signum, lambda *_: None)  # the C handler writes to the wakeup fd
        self._notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            data = self._rsock.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            if signum in (signal.SIGTERM, signal.SIGINT):
                self.tray.hide()
                self.app.quit()
            elif signum == signal.SIGUSR1:
                self.show_break()
            elif signum == signal.SIGUSR2:
                self.hide_break()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--log", metavar="FILE", help="append 'tray/due/shown <epoch>' lines")
    parser.add_argument("--break-after", metavar="SECONDS", type=float,
                        help="show the break window this many seconds after start")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    log = open(args.log, "a", encoding="utf-8") if args.log else None  # noqa: SIM115
    try:
        floor = Floor(app, log, args.break_after)
        code = app.exec()
        del floor
        return code
    finally:
        if log is not None:
            log.close()


if __name__ == "__main__":
    sys.exit(main())
