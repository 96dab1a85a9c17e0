"""The player's drawn gauges: the step's countdown ring and the breath pacer.

Each is told where the routine stands on every frame and paints from that, so a held
countdown (the user still typing) freezes the drawing too. With reduced motion the pacer
keeps still and only changes its words. The figure itself is deskcoach.ui.figure.player.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from deskcoach.ui.text import tr

ACCENT = QColor("#1565c0")
TRACK = QColor("#dde3ea")
INK = QColor("#1f2933")


class StepRing(QWidget):
    """A ring that empties as the current step runs down, with the seconds in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(108, 108)
        self.setAccessibleName(tr("Step time left"))
        self._fraction = 1.0
        self._text = ""

    def show_left(self, left: float, total: float, text: str) -> None:
        fraction = 0.0 if total <= 0 else max(0.0, min(1.0, left / total))
        if abs(fraction - self._fraction) > 0.004 or text != self._text:
            self._fraction, self._text = fraction, text
            self.setAccessibleDescription(text)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 9.0
        box = QRectF(width, width, self.width() - 2 * width, self.height() - 2 * width)
        p.setPen(QPen(TRACK, width))
        p.drawEllipse(box)
        pen = QPen(ACCENT, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        p.setPen(INK)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()


class BreathPacer(QWidget):
    """A circle that grows while breathing in and shrinks while breathing out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(150, 150)
        self.setAccessibleName(tr("Breathing pace"))
        self.reduced_motion = False
        self._size = 0.5
        self._label = ""

    def show_breath(self, elapsed: float, inhale: int, exhale: int) -> str:
        """Pace for `elapsed` seconds into a breath-paced step; returns the words shown."""
        cycle = inhale + exhale
        t = elapsed % cycle
        if t < inhale:
            label = tr("Breathe in")
            size = 0.45 + 0.55 * _ease(t / inhale)
        else:
            label = tr("Breathe out")
            size = 1.0 - 0.55 * _ease((t - inhale) / exhale)
        if self.reduced_motion:
            size = 0.8
        if label != self._label or abs(size - self._size) > 0.01:
            self._label, self._size = label, size
            self.setAccessibleDescription(label)
            self.update()
        return label

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        full = min(self.width(), self.height()) - 6
        radius = full / 2 * self._size
        centre = self.rect().center().toPointF()
        p.setPen(QPen(TRACK, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, full / 2, full / 2)
        fill = QColor(ACCENT)
        fill.setAlpha(60)
        p.setBrush(fill)
        p.setPen(QPen(ACCENT, 3))
        p.drawEllipse(centre, radius, radius)
        p.setPen(INK)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._label)
        p.end()


def _ease(x: float) -> float:
    """Slow at both ends, like a breath."""
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, x)))
