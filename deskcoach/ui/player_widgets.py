"""The player's drawn parts: the pose illustration, the step's countdown ring, the breath pacer.

Each is told where the routine stands (`show(...)`) on every frame and paints from that, so a
held countdown (the user still typing) freezes the drawing too. With reduced motion, poses
switch without fading and the pacer keeps still and only changes its words.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from deskcoach.ui.text import tr

ACCENT = QColor("#1565c0")
TRACK = QColor("#dde3ea")
INK = QColor("#1f2933")
FADE_SECONDS = 0.8


class PoseView(QWidget):
    """Key poses of the current exercise, cross-faded from one to the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(tr("Illustration"))
        self._renderers: dict[str, QSvgRenderer] = {}
        self._from: str | None = None
        self._to: str | None = None
        self._mix = 1.0

    def clear_cache(self) -> None:
        for renderer in self._renderers.values():
            renderer.deleteLater()  # children of this view: forgetting them is not enough
        self._renderers.clear()

    def renderer(self, name: str, data: bytes) -> QSvgRenderer:
        if name not in self._renderers:
            self._renderers[name] = QSvgRenderer(QByteArray(data), self)
        return self._renderers[name]

    def show_poses(self, previous: str | None, current: str | None, mix: float) -> None:
        """Draw `current` over `previous` with opacity `mix` (0..1)."""
        state = (previous, current, round(mix, 2))
        if state != (self._from, self._to, round(self._mix, 2)):
            self._from, self._to, self._mix = previous, current, mix
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(box, 18, 18)
        for name, opacity in ((self._from, 1.0 - self._mix), (self._to, self._mix)):
            renderer = self._renderers.get(name) if name else None
            if renderer is not None and opacity > 0.01:
                p.setOpacity(opacity)
                renderer.render(p, box.adjusted(8, 8, -8, -8))
        p.end()


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
