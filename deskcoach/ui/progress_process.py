"""The app's side of the dashboard's own process (deskcoach/progress_app.py).

The dashboard draws its charts with pyqtgraph and numpy, which no process can unload once
imported: in a child process, they leave memory with it when its window closes. The child is
told `show` on its standard input when the dashboard is asked for again while it is open, and
closes when that input ends (the app quit). It says `shown` and `charts` on its output.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger("deskcoach")
COMMAND = "progress-window"  # deskcoach/__main__.py's hidden command


def command(profile: Path | None, anchor: datetime, scale: float, lang: str) -> list[str]:
    """The program and arguments that show the dashboard of the app running this profile
    with this clock (`anchor`, `scale`: see services.clock.AppClock), in its language."""
    args = [COMMAND, "--anchor", anchor.isoformat(), "--time-scale", repr(scale),
            "--lang", lang]
    if profile is not None:
        args[:0] = ["--profile", str(profile)]
    if getattr(sys, "frozen", False):  # a frozen build is its own interpreter
        return [sys.executable, *args]
    return [sys.executable, "-m", "deskcoach", *args]


class ProgressProcess(QObject):
    """At most one dashboard process at a time; `open` starts it or raises its window."""

    said = Signal(str, float)  # "shown" or "charts", seconds since the window was asked for

    def __init__(self, program: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.process: QProcess | None = None
        self.asked = 0.0
        self._out = b""

    def running(self) -> bool:
        return (self.process is not None
                and self.process.state() != QProcess.ProcessState.NotRunning)

    def open(self) -> None:
        self.asked = time.monotonic()
        if self.running():
            assert self.process is not None
            self.process.write(b"show\n")
            return
        process = QProcess(self)
        process.setProgram(self.program[0])
        process.setArguments(self.program[1:])
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        self.process = process
        self._out = b""
        process.start()

    def _read(self) -> None:
        if self.process is None:
            return
        self._out += bytes(self.process.readAllStandardOutput().data())
        *lines, self._out = self._out.split(b"\n")
        for line in lines:
            word = line.decode(errors="replace").split(" ", 1)[0]
            if word in ("shown", "charts"):
                self.said.emit(word, time.monotonic() - self.asked)

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        if code:
            error = bytes(process.readAllStandardError().data()).decode(errors="replace")
            log.warning("the progress window's process ended with %s: %s", code,
                        error.strip()[-600:])
        self.process = None
        process.deleteLater()

    def close(self) -> None:
        """Close the window: its process sees its input end and quits."""
        if self.running():
            assert self.process is not None
            self.process.closeWriteChannel()
            if not self.process.waitForFinished(3000):
                self.process.kill()
                self.process.waitForFinished(1000)
