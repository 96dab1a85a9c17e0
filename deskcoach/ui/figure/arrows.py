"""Cue arrows ("landmark:direction") drawn near the body part that moves."""

from __future__ import annotations

import math
from collections.abc import Iterator

from deskcoach.core.kinematics import Vec, add
from deskcoach.ui.figure.body import Projector
from deskcoach.ui.figure.shapes import Point

_DIRS: dict[str, Vec] = {"up": (0, 1, 0), "down": (0, -1, 0), "forward": (1, 0, 0),
                         "back": (-1, 0, 0), "left": (0, 0, 1), "right": (0, 0, -1)}


def _anchors(landmark: str, pts: dict[str, Vec]) -> list[tuple[Vec, float]]:
    """Where an arrow starts, and which side it belongs to (+1 left, -1 right, 0 middle)."""
    sided = {"hands": "knuckle", "elbows": "elbow", "knees": "knee", "heels": "heel",
             "feet": "toe", "shoulders": "shoulder", "fingers": "finger_tip"}
    if landmark in sided:
        return [(pts[f"{s}_{sided[landmark]}"], 1.0 if s == "l" else -1.0) for s in "lr"]
    if landmark[:2] in ("l_", "r_"):
        key = {"hand": "knuckle", "knee": "knee", "foot": "toe"}[landmark[2:]]
        return [(pts[f"{landmark[:2]}{key}"], 1.0 if landmark[0] == "l" else -1.0)]
    spot = {"head": add(pts["head"], (0, 17, 0)), "chin": add(pts["head"], (20, -8, 0)),
            "eyes": add(pts["head"], (18, 0, 0)), "chest": add(pts["chest"], (22, 6, 0)),
            "belly": add(pts["belly"], (14, 0, 0)), "hips": add(pts["pelvis"], (-20, 4, 0))}
    return [(spot[landmark], 0.0)]


def arrow_lines(arrows: tuple[str, ...], pts: dict[str, Vec],
                pr: Projector) -> Iterator[list[Point]]:
    """Each arrow as a screen polyline (cm); the last point is the head's tip."""
    for arrow in arrows:
        landmark, _, direction = arrow.partition(":")
        for at, side in _anchors(landmark, pts):
            if direction.startswith("turn-"):
                yield _arc(at, 1.0 if direction == "turn-left" else -1.0, pr)
                break
            if direction in ("out", "in"):
                d: Vec = (0, 0, side * (1 if direction == "out" else -1))
            else:
                d = _DIRS[direction]
            lead = 5.0 if landmark not in ("head", "chin", "eyes", "chest", "belly", "hips") \
                else 0.0
            start = add(at, (d[0] * lead, d[1] * lead, d[2] * lead))
            end = add(at, (d[0] * (lead + 14), d[1] * (lead + 14), d[2] * (lead + 14)))
            yield [pr.pt(start), pr.pt(end)]


def _arc(at: Vec, sign: float, pr: Projector) -> list[Point]:
    radius = 26.0
    out = []
    for i in range(13):
        a = math.radians(-65 + 130 * i / 12) * sign
        out.append(pr.pt((at[0] - 8 + radius * math.cos(a), at[1], at[2] + radius * math.sin(a))))
    return out
