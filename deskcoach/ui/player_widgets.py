"""The player's drawn gauge: the breath pacer.

It is told where the routine stands on every frame and paints only when that changes, so a
held countdown (the user still typing) freezes the drawing too. With reduced motion it keeps
still and only changes its words. Its words sit under the circle, never inside it, so the
circle's outline never strikes through them. The figure is deskcoach.ui.figure.player.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from deskcoach.ui import theme
from deskcoach.ui.text import tr

PACER_SIZE = 116
LABEL_HEIGHT = 30

def _colours() -> tuple[QColor, QColor, QColor]:
    """Accent, track and ink from the theme, read at each paint so a change shows at once."""
    c = theme.current()
    return QColor(c.accent), QColor(c.border), QColor(c.text)



class BreathPacer(QWidget):
    """A circle that grows while breathing in and shrinks while breathing out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(PACER_SIZE, PACER_SIZE + LABEL_HEIGHT)
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

    def label_rect(self) -> QRectF:
        """Where the words go: below the largest circle, clear of its outline."""
        return QRectF(0, PACER_SIZE, self.width(), LABEL_HEIGHT)

    def circle_rect(self) -> QRectF:
        """The largest circle the pacer draws, outline included."""
        return QRectF(1.5, 1.5, PACER_SIZE - 3, PACER_SIZE - 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        accent, track, ink = _colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        full = PACER_SIZE - 6
        radius = full / 2 * self._size
        centre = QPointF(self.width() / 2, PACER_SIZE / 2)
        p.setPen(QPen(track, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, full / 2, full / 2)
        fill = QColor(accent)
        fill.setAlpha(60)
        p.setBrush(fill)
        p.setPen(QPen(accent, 3))
        p.drawEllipse(centre, radius, radius)
        p.setPen(ink)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.drawText(self.label_rect(), Qt.AlignmentFlag.AlignCenter, self._label)
        p.end()


def _ease(x: float) -> float:
    """Slow at both ends, like a breath."""
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, x)))
