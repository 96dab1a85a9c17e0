"""The tray icon: a ring that fills as the work stretch goes by, drawn crisp at every size."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from deskcoach.core.status import Phase
from deskcoach.ui.theme import qcolor
from deskcoach.ui.tokens import RING

SIZES: Final = (16, 22, 24, 32)  # tray sizes; HiDPI gets each at the screen's ratio
STEPS: Final = 24  # the ring moves in 1/24 steps: redraw only when a step changes

_TRACK = qcolor(RING["track"])
_OUTLINE = qcolor(RING["outline"])
_COLOURS: Final = {phase: qcolor(RING[phase.name.lower()]) for phase in Phase}


def quantize(progress: float) -> int:
    return round(min(1.0, max(0.0, progress)) * STEPS)


def ring_pixmap(step: int, phase: Phase, size: int, ratio: float = 1.0) -> QPixmap:
    pixels = round(size * ratio)
    pix = QPixmap(pixels, pixels)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(2.0, size / 6.5)
    inset = width / 2 + max(0.5, size / 32)
    box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    outline = QPen(_OUTLINE, width + max(1.0, size / 16))
    p.setPen(outline)
    p.drawEllipse(box)
    p.setPen(QPen(_TRACK, width))
    p.drawEllipse(box)
    colour = _COLOURS[phase]
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setPen(pen)
    span = 360 * 16 if phase in (Phase.ON_BREAK, Phase.SNOOZED) else -round(step / STEPS * 360 * 16)
    if span:
        p.drawArc(box, 90 * 16, span)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    centre, unit = size / 2, size / 16
    if phase is Phase.PAUSED:
        for dx in (-2.2, 1.0):
            p.drawRoundedRect(QRectF(centre + dx * unit, centre - 2.5 * unit, 1.4 * unit,
                                     5 * unit), unit / 3, unit / 3)
    elif phase in (Phase.ON_BREAK, Phase.PRE_BREAK):
        radius = 2.2 * unit
        p.drawEllipse(QRectF(centre - radius, centre - radius, 2 * radius, 2 * radius))
    p.end()
    return pix


def ring_icon(step: int, phase: Phase, ratio: float = 1.0) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(ring_pixmap(step, phase, size, 1.0))
        if ratio > 1.0:
            icon.addPixmap(ring_pixmap(step, phase, size, ratio))
    return icon
