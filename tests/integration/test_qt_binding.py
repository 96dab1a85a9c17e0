"""The Qt binding must not leak references: DeskCoach makes Qt calls all day long.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method
(QTimer.stop(), start(), ...); after some tens of thousands of calls None is freed and the
interpreter aborts. pyproject.toml excludes that release; this test catches any other.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(500):
        timer.setInterval(1000)
        timer.start()
        timer.stop()
    assert sys.getrefcount(None) - before > -100
