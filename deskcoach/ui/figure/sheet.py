"""Contact sheets: every key pose of an exercise, step by step, on one image (for reviews,
the README and tests)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

from deskcoach.core.exercises import Exercise
from deskcoach.ui.figure import style
from deskcoach.ui.figure.player import framing
from deskcoach.ui.figure.scene import paint_frame

TILE = 220
GAP = 10
TEXT_H = 44
TITLE_H = 40


def contact_sheet(exercise: Exercise) -> QImage:
    """One row per step, one tile per keyframe, the step's words above its row."""
    columns = max(len(step.keyframes) for step in exercise.steps)
    width = GAP + columns * (TILE + GAP)
    height = TITLE_H + len(exercise.steps) * (TEXT_H + TILE + GAP) + GAP
    image = QImage(max(width, 480), height, QImage.Format.Format_RGB32)
    image.fill(style.INSET)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(17)
    font.setBold(True)
    title = f"{exercise.name}  ({exercise.id})"
    while font.pixelSize() > 11 and \
            QFontMetrics(font).horizontalAdvance(title) > image.width() - 2 * GAP:
        font.setPixelSize(font.pixelSize() - 1)  # a long name on a narrow sheet: smaller
    p.setFont(font)
    p.setPen(style.INK)
    p.drawText(QRectF(GAP, 6, image.width() - 2 * GAP, TITLE_H - 6),
               Qt.AlignmentFlag.AlignVCenter, title)
    small = QFont("DejaVu Sans")
    small.setPixelSize(12)
    y = float(TITLE_H)
    for number, step in enumerate(exercise.steps, 1):
        p.setFont(small)
        p.setPen(style.INK)
        dose = f"{step.reps} reps, " if step.reps else (
            f"{step.breaths} breaths, " if step.breaths else "")
        p.drawText(QRectF(GAP, y, image.width() - 2 * GAP, TEXT_H),
                   int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
                   f"{number}. {step.text} ({dose}{step.seconds} s)")
        y += TEXT_H
        for i, key in enumerate(step.keyframes):
            tile = QRectF(GAP + i * (TILE + GAP), y, TILE, TILE)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.PAPER)
            p.drawRoundedRect(tile, 12, 12)
            paint_frame(p, tile.adjusted(4, 4, -4, -4), key.pose, key, framing(exercise, key))
        y += TILE + GAP
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG data, so the caller can write it atomically."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    return bytes(buffer.data().data())
