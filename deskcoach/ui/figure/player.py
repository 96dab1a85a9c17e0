"""The break window's figure: the current step's keyframes, played to the step's dose.

It is told where the routine stands on every frame and repaints only when the pose or the
view really changed, so a held countdown or a still key pose costs no drawing; while it moves
it redraws at most every MIN_FRAME_SECONDS (8 frames a second: the moves are slow, and
the break must stay cheap). With reduced motion it shows each step's key pose still.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from deskcoach.core.exercises import Exercise
from deskcoach.core.keyframes import Frame, Keyframe, frame_at, peak
from deskcoach.ui.figure import style
from deskcoach.ui.figure.scene import bounds, paint_frame
from deskcoach.ui.text import tr

MIN_FRAME_SECONDS = 0.12


def exercise_frame(exercise: Exercise, step: int, elapsed: float,
                   reduced_motion: bool = False) -> Frame:
    """The figure `elapsed` seconds into step `step` (0-based) of `exercise`."""
    current = exercise.steps[step]
    if reduced_motion:
        key = peak(current.keyframes)
        return Frame(key.pose, key)
    breath = None
    if current.breaths and exercise.breath is not None:
        breath = (exercise.breath.inhale, exercise.breath.exhale)
    before = exercise.steps[step - 1].keyframes[-1] if step > 0 else None
    return frame_at(current.keyframes, current.seconds, elapsed, current.reps, breath, before)


def framing(exercise: Exercise, key: Keyframe) -> QRectF:
    """One still camera for every keyframe of the exercise seen the same way."""
    poses = [k.pose for s in exercise.steps for k in s.keyframes
             if (k.view, k.zoom) == (key.view, key.zoom)]
    return bounds(poses or [key.pose], key.view, key.zoom)


class FigureView(QWidget):
    """The animated figure of the current exercise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 240)
        self.setAccessibleName(tr("Illustration"))
        # A mirrored figure would turn "left arm" into the right one: never right-to-left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # It paints every pixel itself (the corners in `backdrop`), so nothing behind it is
        # repainted with each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.backdrop = style.WINDOW_BACKGROUND
        self.paper = style.PAPER
        self._exercise: Exercise | None = None
        self._frame: Frame | None = None
        self._shown: tuple[object, ...] = ()
        self._areas: dict[tuple[str, str], QRectF] = {}
        self._last = 0.0
        self.clock = time.monotonic
        self.paints = 0  # how many frames were drawn (the bench and tests read it)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def show_moment(self, exercise: Exercise | None, step: int = 0, elapsed: float = 0.0,
                    reduced_motion: bool = False) -> None:
        if exercise is not self._exercise:
            self._exercise = exercise
            self._areas.clear()
        if exercise is None:
            self._set(None, ())
            return
        frame = exercise_frame(exercise, step, elapsed, reduced_motion)
        self._set(frame, (exercise.id, frame.keyframe, _rounded(frame.pose)))

    def _set(self, frame: Frame | None, state: tuple[object, ...]) -> None:
        if state == self._shown:
            return
        now = self.clock()
        same_scene = frame is not None and self._frame is not None and \
            frame.keyframe == self._frame.keyframe and state[0] == self._shown[0]
        if same_scene and now - self._last < MIN_FRAME_SECONDS:
            return  # a moment later; the next tick draws where the figure has got to
        self._frame, self._shown, self._last = frame, state, now
        self.update()

    def area(self, key: Keyframe) -> QRectF:
        if self._exercise is None:
            return QRectF(0, 0, 1, 1)
        which = (key.view, key.zoom)
        if which not in self._areas:
            self._areas[which] = framing(self._exercise, key)
        return self._areas[which]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.backdrop)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.paper)
        p.drawRoundedRect(box, 18, 18)
        if self._frame is not None:
            clip = box.adjusted(6, 6, -6, -6)
            key = self._frame.keyframe
            paint_frame(p, clip, self._frame.pose, key, self.area(key))
            self.paints += 1
        p.end()


def _rounded(pose: Mapping[str, float]) -> tuple[float, ...]:
    """A pose to the nearest half degree: finer changes would not show on screen."""
    return tuple(round(v * 2) / 2 for v in pose.values())
