"""The break window's frame timer: it ticks only while something on the page can change.

While a step plays it ticks about as often as the figure may redraw (MOVING_MS, the figure's
MIN_FRAME_SECONDS); with reduced motion, when the figure is still, four times a second for the
count. Held (the user is typing, or the safety note is up), hidden or on the feedback page it
does not run at all, so the break costs no wake-ups then. It logs how many frames the figure
drew while it ran, which bench/ reads to know that the animated figure is what it measured.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

MOVING_MS = 125  # a little over the figure's MIN_FRAME_SECONDS, so every tick may draw
STILL_MS = 250
log = logging.getLogger(__name__)


class FrameTimer(QTimer):
    """A QTimer that knows when it should run and counts the frames drawn while it did."""

    def __init__(self, parent: QObject, tick: Callable[[], None], frames: Callable[[], int],
                 visibility: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setInterval(MOVING_MS)
        self.timeout.connect(tick)
        self._frames = frames
        self._visibility = visibility  # the window decides again when it is shown or hidden
        parent.installEventFilter(self)
        self._began: tuple[float, int] | None = None
        self._ran = (0.0, 0)  # seconds run and frames drawn since the last report

    def follow(self, running: bool, reduced_motion: bool) -> bool:
        """Run or stop as the page asks; True when it has just started (draw a frame now)."""
        self.setInterval(STILL_MS if reduced_motion else MOVING_MS)
        if running == self.isActive():
            return False
        if running:
            self._began = (time.monotonic(), self._frames())
            self.start()
        else:
            self.halt()
        return running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.halt()  # not the window's own check: a window being deleted hides on its way out
        elif event.type() in (QEvent.Type.Show, QEvent.Type.WindowStateChange):
            self._visibility()
        return False

    def halt(self) -> None:
        self.stop()
        if self._began is not None:
            seconds, frames = self._ran
            self._ran = (seconds + time.monotonic() - self._began[0],
                         frames + self._frames() - self._began[1])
            self._began = None

    def report(self) -> None:
        """Log the frames drawn since the last report (at the end of each break)."""
        self.halt()
        seconds, frames = self._ran
        self._ran = (0.0, 0)
        if seconds > 0:
            log.info("break figure: %d frames in %.1f s of playing (%.1f a second)", frames,
                     seconds, frames / seconds)
