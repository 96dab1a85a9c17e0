"""Furniture and room parts, as boxes and balls in the figure's space (cm, x forward, y up).

Each prop is a few solids; seen from any view a solid is the rounded hull of its corners,
so one description serves the side, front and three-quarter drawings alike.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtGui import QPainterPath

from deskcoach.core.kinematics import Vec
from deskcoach.core.pose import SEAT_HEIGHT_CM
from deskcoach.ui.figure.body import Part, Projector
from deskcoach.ui.figure.camera import Camera
from deskcoach.ui.figure.shapes import circle, rounded_hull

Box = tuple[Vec, Vec]  # opposite corners
SEAT = SEAT_HEIGHT_CM
DESK = 68.0  # the desk top: about elbow height for the seated figure


def _box(a: Vec, b: Vec) -> list[Vec]:
    return [(x, y, z) for x in (a[0], b[0]) for y in (a[1], b[1]) for z in (a[2], b[2])]


def _spoke(angle: float, length: float, y0: float, y1: float, width: float) -> list[Vec]:
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    out = []
    for r in (0.0, length):
        for w in (-width, width):
            for y in (y0, y1):
                out.append((r * c - w * s, y, r * s + w * c))
    return out


def _solids(name: str) -> list[tuple[list[Vec], str]]:
    seat = _box((-22, SEAT - 6, -23), (24, SEAT, 23))
    if name == "office-chair":
        parts = [(_box((-30, SEAT + 8, -21), (-25, SEAT + 50, 21)), "prop"),
                 (_box((-25, SEAT + 14, -4), (-20, SEAT + 20, 4)), "prop-dark"),
                 (_box((-2.5, 12, -2.5), (2.5, SEAT - 6, 2.5)), "prop-dark")]
        parts += [(_spoke(a, 30, 7, 11, 2.2), "prop-dark") for a in (18, 90, 162, 234, 306)]
        parts.append((seat, "prop"))
        return parts
    if name == "chair":
        legs = [(_box((x - 2, 0, z - 2), (x + 2, SEAT - 6, z + 2)), "prop-dark")
                for x in (-20, 21) for z in (-20, 20)]
        return [*legs, (_box((-24, SEAT, -21), (-20, SEAT + 45, 21)), "prop"), (seat, "prop")]
    if name in ("chair-left", "chair-right"):  # turned sideways: the backrest at one side
        sign = 1 if name == "chair-left" else -1
        legs = [(_box((x - 2, 0, z - 2), (x + 2, SEAT - 6, z + 2)), "prop-dark")
                for x in (-18, 18) for z in (sign * 2, sign * 40)]
        return [*legs, (_box((-21, SEAT, sign * 38), (21, SEAT + 45, sign * 42)), "prop"),
                (_box((-22, SEAT - 6, sign * -2), (22, SEAT, sign * 42)), "prop")]
    if name == "stool":
        top = [(14 * math.cos(a / 8 * math.tau), y, 14 * math.sin(a / 8 * math.tau))
               for a in range(8) for y in (SEAT - 5, SEAT)]
        legs = [(_spoke(a, 17, 0, 2, 1.6) + _spoke(a, 10, SEAT - 5, SEAT - 3, 1.6),
                 "prop-dark") for a in (30, 150, 270)]
        return [*legs, (top, "prop")]
    if name == "desk":
        legs = [(_box((x - 2.5, 0, z - 2.5), (x + 2.5, DESK - 4, z + 2.5)), "prop-dark")
                for x in (44, 104) for z in (-66, 66)]
        return [*legs, (_box((40, DESK - 4, -70), (108, DESK, 70)), "prop")]
    if name == "monitor":
        return [(_box((88, DESK, -10), (100, DESK + 2, 10)), "prop-dark"),
                (_box((93, DESK + 2, -2.5), (96, DESK + 20, 2.5)), "prop-dark"),
                (_box((86, DESK + 16, -28), (89, DESK + 50, 28)), "prop")]
    if name == "wall":
        return [(_box((-36, 0, -95), (-33, 205, 95)), "prop")]
    if name == "door":
        return [(_box((-6, 0, 40), (6, 205, 50)), "prop"),   # an 80 cm opening: a forearm
                (_box((-6, 0, -50), (6, 205, -40)), "prop"),  # out at shoulder height meets
                (_box((-6, 205, -50), (6, 214, 50)), "prop")]  # the jamb
    if name == "window":
        return [(_box((160, 95, -60), (163, 185, 60)), "window"),
                (_box((160, 138, -60), (164, 142, 60)), "prop"),
                (_box((160, 95, -2), (164, 185, 2)), "prop")]
    raise ValueError(name)


def prop_parts(names: tuple[str, ...], pr: Projector) -> list[Part]:
    """The props seen through `pr`'s camera. They never move, so each view of a set of props
    is worked out once and reused for every frame."""
    return list(_prop_parts(names, pr.camera))


@functools.lru_cache(maxsize=32)
def _prop_parts(names: tuple[str, ...], camera: Camera) -> tuple[Part, ...]:
    pr = Projector(camera)
    out: list[Part] = []
    for name in names:
        for corners, kind in _solids(name):
            near = pr.near(*corners)
            if name == "door":  # the frame is in front of or behind the body, never both
                near = max(pr.near(c) for c in corners) if near > 0 else near - 40
            out.append(Part(near - 30 if name in ("wall", "window") else near,
                            [rounded_hull((pr.pt(c) for c in corners), 0.12)], kind))
        if name == "office-chair":
            for a in (18, 90, 162, 234, 306):
                c = (30 * math.cos(math.radians(a)), 3.5, 30 * math.sin(math.radians(a)))
                out.append(Part(pr.near(c), [circle(pr.pt(c), 3.5)], "prop-dark"))
    return tuple(out)


def floor_shadow(pr: Projector, centre: Vec) -> QPainterPath:
    ring = [(centre[0] + 34 * math.cos(a / 16 * math.tau), 0.0,
             centre[2] + 26 * math.sin(a / 16 * math.tau)) for a in range(16)]
    return rounded_hull(pr.pt(v) for v in ring)
