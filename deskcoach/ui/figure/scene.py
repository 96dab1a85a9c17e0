"""Painting one frame: props and body parts far to near, the floor, arrows, the top inset."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from deskcoach.core.keyframes import Keyframe
from deskcoach.core.kinematics import Vec, skeleton
from deskcoach.ui.figure import style
from deskcoach.ui.figure.arrows import arrow_lines
from deskcoach.ui.figure.body import Part, Projector, body_parts
from deskcoach.ui.figure.camera import Camera
from deskcoach.ui.figure.props import floor_shadow, prop_parts
from deskcoach.ui.figure.shapes import capsule, circle

_ZOOM_POINTS = {
    "upper": ("waist", "neck", "head", "l_shoulder", "r_shoulder", "l_elbow", "r_elbow",
              "l_knuckle", "r_knuckle"),
    "head": ("neck", "head", "l_shoulder", "r_shoulder"),
    "hands": ("l_wrist", "r_wrist", "l_finger_end", "r_finger_end", "l_thumb_tip",
              "r_thumb_tip", "l_finger_mid", "r_finger_mid"),
    "legs": ("pelvis", "l_knee", "r_knee", "l_toe", "r_toe", "l_heel", "r_heel"),
}
_FILLS = {"body": style.BODY, "far": style.FAR, "hair": style.HAIR, "prop": style.PROP,
          "prop-dark": style.PROP_DARK, "window": style.WINDOW, "eye": style.INK,
          "detail": style.BODY}


def bounds(poses: Iterable[Mapping[str, float]], view: str, zoom: str) -> QRectF:
    """The area (cm, screen axes) every pose of a sequence fits in, so the camera keeps
    still while the figure moves."""
    pr = Projector(Camera.for_view(view))
    rect = QRectF()
    for pose in poses:
        pts, _ = skeleton(pose)
        names = _ZOOM_POINTS.get(zoom) or tuple(pts)
        if zoom == "hands":  # only the hands that are up and doing something
            names = tuple(n for n in names if pts[f"{n[0]}_wrist"][1] > pts["waist"][1]) \
                or names
        for name in names:
            x, y = pr.pt(pts[name])
            rect = rect.united(QRectF(x - 1, y - 1, 2, 2))
    pad = {"body": 16.0, "upper": 20.0, "head": 18.0, "hands": 10.0, "legs": 12.0}[zoom]
    return rect.adjusted(-pad, -pad, pad, pad)


def paint_frame(p: QPainter, target: QRectF, pose: Mapping[str, float], key: Keyframe,
                area: QRectF) -> None:
    """Draw `pose` seen as `key` says (view, props, arrows) with `area` filling `target`."""
    pr = Projector(Camera.for_view(key.view))
    whole = target
    if key.inset:  # keep the figure clear of the view from above in the top corner
        target = target.adjusted(0, 0, -min(target.width(), target.height()) * 0.3, 0)
    scale = min(target.width() / area.width(), target.height() / area.height())
    t = QTransform()
    t.translate(target.center().x(), target.center().y())
    t.scale(scale, scale)
    t.translate(-area.center().x(), -area.center().y())
    p.save()
    p.setClipRect(whole)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bones = skeleton(pose)
    parts, pts = body_parts(pose, pr, bones, fingers=scale > 2.5)
    feet = ((pts["l_ankle"][0] + pts["r_ankle"][0]) / 2, 0.0, 0.0)
    floor_y = pr.pt((0.0, 0.0, 0.0))[1]
    if key.view.startswith("three-quarter"):
        _fill(p, t.map(floor_shadow(pr, feet)), style.FLOOR, None)
    else:
        p.fillRect(QRectF(whole.left(), t.map(QPointF(0, floor_y)).y(), whole.width(),
                          whole.height()), style.FLOOR)
    parts += prop_parts(key.props, pr)
    _draw_parts(p, t, parts, scale)
    pen = QPen(style.ACCENT, style.ARROW_PX)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for line in arrow_lines(key.arrows, pts, pr):
        _arrow(p, [t.map(QPointF(*q)) for q in line], pen)
    if key.inset:
        _inset(p, whole, pose, pts, key.arrows)
    p.restore()


def _draw_parts(p: QPainter, t: QTransform, parts: list[Part], scale: float) -> None:
    for part in sorted(parts, key=lambda q: q.near):
        line: QColor | None = style.PROP_LINE if part.kind.startswith(("prop", "window")) \
            else style.INK
        if part.kind == "eye":
            line = None
        width = style.PROP_OUTLINE_PX if part.kind.startswith("prop") else style.OUTLINE_PX
        pieces = [t.map(piece) for piece in part.pieces]
        if len(pieces) == 1 or line is None:
            for piece in pieces:
                _fill(p, piece, _FILLS[part.kind], line, width)
            continue
        for piece in pieces:  # outlines (twice as wide: the fills cover the inner half)...
            _fill(p, piece, _FILLS[part.kind], line, 2 * width)
        for piece in pieces:  # ...then the fills, hiding where the pieces overlap
            _fill(p, piece, _FILLS[part.kind], None)


def _fill(p: QPainter, path: QPainterPath, fill: QColor, line: QColor | None,
          width: float = style.OUTLINE_PX) -> None:
    p.setBrush(QBrush(fill))
    if line is None:
        p.setPen(Qt.PenStyle.NoPen)
    else:
        pen = QPen(line, width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
    p.drawPath(path)


def _arrow(p: QPainter, line: list[QPointF], pen: QPen) -> None:
    if len(line) < 2:
        return
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF(line))
    tip, before = line[-1], line[-2]
    d = tip - before
    length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
    u = QPointF(d.x() / length, d.y() / length)
    n = QPointF(-u.y(), u.x())
    size = pen.widthF() * 3.2
    head = QPolygonF([tip + u * size * 0.6, tip - u * size + n * size * 0.8,
                      tip - u * size - n * size * 0.8])
    p.setBrush(pen.color())
    p.setPen(QPen(pen.color(), 1))
    p.drawPolygon(head)


def _inset(p: QPainter, target: QRectF, pose: Mapping[str, float], pts: dict[str, Vec],
           arrows: tuple[str, ...]) -> None:
    """A small view from above: the hips (grey) under the shoulders and head, so a turn of
    the chest over still hips shows plainly."""
    side = min(target.width(), target.height()) * 0.36
    box = QRectF(target.right() - side - 6, target.top() + 6, side, side)
    p.setPen(QPen(style.PROP_LINE, 1))
    p.setBrush(style.INSET)
    p.drawRoundedRect(box, 8, 8)
    pr = Projector(Camera.for_view("top"))
    cx, cy = pr.pt(pts["pelvis"])
    t = QTransform()
    t.translate(box.center().x(), box.center().y() + side * 0.06)
    t.scale(side / 80, side / 80)
    t.translate(-cx, -cy)
    p.save()
    p.setClipRect(box)
    hips = capsule(pr.pt(pts["l_hip"]), pr.pt(pts["r_hip"]), 9.0, 9.0)
    _fill(p, t.map(hips), style.PROP_DARK, style.PROP_LINE)
    chest = capsule(pr.pt(pts["l_shoulder"]), pr.pt(pts["r_shoulder"]), 7.0, 7.0)
    _fill(p, t.map(chest), style.BODY, style.INK)
    head = pts["head"]
    face = (head[0] + 12.0 * _cos_turn(pose), head[1], head[2] + 12.0 * _sin_turn(pose))
    nose = capsule(pr.pt(head), pr.pt(face), 9.0, 2.5)
    _fill(p, t.map(nose), style.BODY, style.INK)
    _fill(p, t.map(circle(pr.pt(head), 9.0)), style.HAIR, style.INK)
    pen = QPen(style.ACCENT, style.ARROW_PX * 0.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    for line in arrow_lines(tuple(a for a in arrows if ":turn-" in a), pts, pr):
        _arrow(p, [t.map(QPointF(*q)) for q in line], pen)
    p.restore()


def _cos_turn(pose: Mapping[str, float]) -> float:
    return math.cos(math.radians(_turn(pose)))


def _sin_turn(pose: Mapping[str, float]) -> float:
    return math.sin(math.radians(_turn(pose)))


def _turn(pose: Mapping[str, float]) -> float:
    return (pose["pelvis_turn"] + pose["lumbar_turn"] + pose["thorax_turn"]
            + pose["neck_turn"])
