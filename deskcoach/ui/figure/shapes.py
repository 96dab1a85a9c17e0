"""Outline shapes from projected points: tapered capsules, chains of them, hulls."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

Point = tuple[float, float]


def circle(c: Point, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(*c), r, r)
    return path


def capsule(a: Point, b: Point, ra: float, rb: float) -> QPainterPath:
    """A limb from `a` to `b`, radius `ra` tapering to `rb`, with round ends: one outline
    (arcs around both ends joined by the tangent lines), no boolean operations."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        return circle(a if ra >= rb else b, max(ra, rb))
    ang = math.atan2(dy, dx)
    off = math.acos(max(-1.0, min(1.0, (ra - rb) / d)))
    points: list[Point] = []
    steps = 8
    for i in range(steps + 1):  # around b's far side, from one tangent point to the other
        t = ang - off + 2 * off * i / steps
        points.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    for i in range(steps + 1):  # and around a's far side
        t = ang + off + (2 * math.pi - 2 * off) * i / steps
        points.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    return polygon(points)


def chain(points: Sequence[Point], radii: Sequence[float]) -> list[QPainterPath]:
    """Capsules through consecutive points; drawn as one part they show one outline."""
    return [capsule(points[i - 1], points[i], radii[i - 1], radii[i])
            for i in range(1, len(points))]


def polygon(points: Iterable[Point]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(*p) for p in points]))
    path.closeSubpath()
    return path


def hull(points: Iterable[Point]) -> list[Point]:
    """Convex hull (monotone chain), for solids seen from any side."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def rounded_hull(points: Iterable[Point], soft: float = 0.5) -> QPainterPath:
    """A hull with softened corners; `soft` (0..0.5) is how much of each edge the rounding
    takes: 0.5 for soft body shapes, less for furniture."""
    corners = hull(points)
    path = QPainterPath()
    n = len(corners)
    if n < 3:
        return path

    def along(a: Point, b: Point, t: float) -> QPointF:
        return QPointF(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    path.moveTo(along(corners[-1], corners[0], 1 - soft))
    for i in range(n):
        here, nxt = corners[i], corners[(i + 1) % n]
        path.quadTo(QPointF(*here), along(here, nxt, soft))
        path.lineTo(along(here, nxt, 1 - soft))
    path.closeSubpath()
    return path
