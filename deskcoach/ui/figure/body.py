"""The figure's body as outlined parts, each with a depth so nearer parts cover farther ones.

Limbs are tapered capsules, the trunk a chain of rounded hulls around elliptical cross
sections, the head a sphere with a jaw and a nose so its profile shows where it faces.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QPainterPath

from deskcoach.core.kinematics import Mat, Vec, add, apply, mul, pitch, skeleton
from deskcoach.ui.figure.camera import Camera
from deskcoach.ui.figure.shapes import Point, capsule, chain, circle, rounded_hull

HEAD_R = 12.0


@dataclass
class Part:
    """Pieces drawn together: all outlines first, then all fills, so overlapping pieces
    (a leg's thigh, shin and foot) show one outline without path arithmetic."""
    near: float
    pieces: list[QPainterPath]
    kind: str  # body | far | hair | prop | prop-dark | window | detail | eye
    limb: str = ""


class Projector:
    def __init__(self, camera: Camera) -> None:
        self.camera = camera

    def pt(self, v: Vec) -> Point:
        x, up, _ = self.camera.project(v)
        return (x, -up)

    def near(self, *vs: Vec) -> float:
        return sum(self.camera.project(v)[2] for v in vs) / len(vs)


_CIRCLE: Final = tuple((math.cos(2 * math.pi * i / 12), math.sin(2 * math.pi * i / 12))
                       for i in range(12))
_SPHERE: Final = tuple((math.cos(lat) * math.cos(lon), math.sin(lat), math.cos(lat) * math.sin(lon))
                       for lat in (-1.0, -0.35, 0.35, 1.0)
                       for lon in (2 * math.pi * k / 8 for k in range(8)))


def _ring(center: Vec, frame: Mat, hx: float, hz: float) -> list[Vec]:
    return [add(center, apply(frame, (hx * c, 0.0, hz * s))) for c, s in _CIRCLE]


def _blob(center: Vec, frame: Mat, rx: float, ry: float, rz: float) -> list[Vec]:
    return [add(center, apply(frame, (rx * x, ry * y, rz * z))) for x, y, z in _SPHERE]


def body_parts(pose: Mapping[str, float], pr: Projector,
               bones: tuple[dict[str, Vec], dict[str, Mat]] | None = None,
               fingers: bool = True) -> tuple[list[Part], dict[str, Vec]]:
    """The parts to draw; `fingers` False draws each hand as a mitten (too small to tell)."""
    pts, fr = bones or skeleton(pose)
    parts = [_torso(pts, fr, pr), *_head(pose, pts, fr, pr)]
    parts.append(Part(pr.near(pts["neck"], pts["head_base"]) - 4.0,
                      [capsule(pr.pt(pts["neck"]), pr.pt(pts["head_base"]), 5.5, 5.0)], "body"))
    shoulder_near = {s: pr.near(pts[f"{s}_shoulder"]) for s in "lr"}
    hip_near = {s: pr.near(pts[f"{s}_hip"]) for s in "lr"}
    for s in "lr":
        o = "r" if s == "l" else "l"
        arm_kind = "far" if shoulder_near[s] < shoulder_near[o] - 1 else "body"
        leg_kind = "far" if hip_near[s] < hip_near[o] - 1 else "body"
        parts.append(Part(pr.near(pts[f"{s}_shoulder"], pts[f"{s}_elbow"]),
                          [capsule(pr.pt(pts[f"{s}_shoulder"]), pr.pt(pts[f"{s}_elbow"]),
                                   5.4, 4.3)], arm_kind))
        parts.append(Part(pr.near(pts[f"{s}_elbow"], pts[f"{s}_wrist"], pts[f"{s}_knuckle"]),
                          _forearm_hand(s, pts, fr, pr, pose[f"{s}_spread"], fingers),
                          arm_kind))
        parts.append(Part(pr.near(pts[f"{s}_hip"], pts[f"{s}_knee"], pts[f"{s}_ankle"]),
                          _leg(s, pts, fr, pr), leg_kind, "leg"))
    return parts, pts


def _torso(pts: dict[str, Vec], fr: dict[str, Mat], pr: Projector) -> Part:
    hips = _ring(add(pts["pelvis"], apply(fr["pelvis"], (-1.5, -3.0, 0.0))), fr["pelvis"],
                 11.5, 15.5)
    seat = _ring(add(pts["pelvis"], apply(fr["pelvis"], (-3.0, -6.0, 0.0))), fr["pelvis"],
                 9.0, 13.0)
    waist = _ring(pts["waist"], fr["lumbar"], 10.0, 13.5)
    chest = _ring(add(pts["neck"], apply(fr["thorax"], (0.5, -11.0, 0.0))), fr["thorax"],
                  11.5, 15.5)
    top = _ring(add(pts["neck"], apply(fr["thorax"], (-1.0, -2.5, 0.0))), fr["thorax"],
                6.5, 14.5)
    # The top follows the shoulder blades, so a shrug or a roll moves the shoulder line.
    blades = [v for s in "lr" for v in _ring(add(pts[f"{s}_shoulder"], apply(
        fr["thorax"], (0.0, -1.0, 0.0))), fr["thorax"], 5.0, 4.0)]
    pieces = [rounded_hull(pr.pt(v) for v in a + b)
              for a, b in ((seat, hips), (hips, waist), (waist, chest), (chest, top + blades))]
    return Part(pr.near(pts["pelvis"], pts["neck"]), pieces, "body")


def _head(pose: Mapping[str, float], pts: dict[str, Vec], fr: dict[str, Mat],
          pr: Projector) -> list[Part]:
    c, h = pts["head"], fr["head"]
    centre = pr.pt(c)
    head = [circle(centre, HEAD_R),
            rounded_hull(pr.pt(v) for v in _blob(add(c, apply(h, (3.5, -6.0, 0.0))), h,
                                                 7.0, 5.5, 7.0)),
            circle(pr.pt(add(c, apply(h, (HEAD_R + 0.3, -1.5, 0.0)))), 2.2)]
    near = pr.near(c) + 6.0  # the head sits in front of the neck and the trunk's top
    parts = [Part(near, head, "body")]
    front = pr.near(c) - 3.0  # only the part of the hair on the side facing the eye
    cap = [v for v in (add(c, apply(h, v)) for v in _cap_points()) if pr.near(v) > front]
    hair = rounded_hull(pr.pt(v) for v in cap).intersected(circle(centre, HEAD_R + 0.8))
    parts.append(Part(near + 0.1, [hair], "hair"))
    closed = pose["eyes_closed"] >= 0.5
    for side in (1.0, -1.0):
        eye = add(c, apply(h, (HEAD_R - 1.6, -1.0, side * 4.2)))
        if pr.near(eye) > pr.near(c) + 2.5:
            x, y = pr.pt(eye)
            path = QPainterPath()
            if closed:
                path.addRect(x - 1.3, y - 0.25, 2.6, 0.5)
            else:
                path.addEllipse(x - 0.9, y - 1.1, 1.8, 2.2)
            parts.append(Part(near + 0.2, [path], "eye"))
        ear = add(c, apply(h, (-0.5, -1.0, side * (HEAD_R - 0.5))))
        if pr.near(ear) > pr.near(c) + 4.0:
            x, y = pr.pt(ear)
            path = QPainterPath()
            path.addEllipse(x - 1.8, y - 2.6, 3.6, 5.2)
            parts.append(Part(near + 0.3, [path], "detail"))
    return parts


@functools.cache
def _cap_points() -> tuple[Vec, ...]:
    """The hair: the top and back of the head (a fixed shape, worked out once)."""
    out = []
    for i in range(5):
        lat = math.radians(-10 + 20 * i)
        for k in range(12):
            lon = 2 * math.pi * k / 12
            x, z = math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon)
            y = math.sin(lat)
            if x < -0.05 or y > 0.62:  # the top and the back, not the face
                r = HEAD_R + 0.8
                out.append((r * x - 0.8, r * y + 0.8, r * z))
    return tuple(out)


def _forearm_hand(s: str, pts: dict[str, Vec], fr: dict[str, Mat], pr: Projector,
                  spread: float, fingers: bool) -> list[QPainterPath]:
    hand = fr[f"{s}_hand"]
    path = [capsule(pr.pt(pts[f"{s}_elbow"]), pr.pt(pts[f"{s}_wrist"]), 4.3, 3.0)]
    corners = []
    for base, width in ((pts[f"{s}_wrist"], 2.8), (pts[f"{s}_knuckle"], 3.9)):
        for dx in (-width, width):
            for dz in (-1.7, 1.7):
                corners.append(pr.pt(add(base, apply(hand, (dx, 0.0, dz)))))
    path.append(rounded_hull(corners))
    back = _transpose(hand)
    each = ((2.9, 0.85), (1.0, 1.0), (-1.0, 0.95), (-2.9, 0.8)) if fingers else ((0.0, 0.95),)
    width = 1.0 if fingers else 2.4
    for off, scale in each:
        shift = apply(hand, (off, 0.0, 0.0))
        knuckle = add(pts[f"{s}_knuckle"], shift)
        fan = mul(hand, mul(pitch(-spread * off / 2.9), back))  # about the palm's normal
        line = [knuckle] + [add(knuckle, apply(fan, _scaled(add(pts[f"{s}_{k}"], shift),
                                                            knuckle, scale)))
                            for k in ("finger_mid", "finger_tip", "finger_end")]
        path += chain([pr.pt(v) for v in line], [1.35 * width, 1.3 * width, 1.2 * width,
                                                 1.1 * width])
    path.append(capsule(pr.pt(pts[f"{s}_thumb_base"]), pr.pt(pts[f"{s}_thumb_tip"]), 1.5, 1.2))
    return path


def _transpose(m: Mat) -> Mat:
    return ((m[0][0], m[1][0], m[2][0]), (m[0][1], m[1][1], m[2][1]),
            (m[0][2], m[1][2], m[2][2]))


def _scaled(v: Vec, origin: Vec, scale: float) -> Vec:
    return ((v[0] - origin[0]) * scale, (v[1] - origin[1]) * scale, (v[2] - origin[2]) * scale)


def _leg(s: str, pts: dict[str, Vec], fr: dict[str, Mat],
         pr: Projector) -> list[QPainterPath]:
    path = chain([pr.pt(pts[f"{s}_{k}"]) for k in ("hip", "knee", "ankle")], [7.8, 5.2, 3.6])
    foot = fr[f"{s}_foot"]
    shape = []
    for base, width, up in ((pts[f"{s}_ankle"], 3.0, 2.0), (pts[f"{s}_ball"], 4.2, 0.5),
                            (add(pts[f"{s}_ankle"], apply(foot, (0.0, 4.5, 0.0))), 3.0, -4.0),
                            (add(pts[f"{s}_ankle"], apply(foot, (0.0, -17.0, 0.0))), 3.0,
                             -4.5)):
        for dz in (-width, width):
            shape.append(pr.pt(add(base, apply(foot, (up, 0.0, dz)))))
            shape.append(pr.pt(add(base, apply(foot, (-5.5 + up * 0.3, 0.0, dz * 0.8)))))
    return [*path, rounded_hull(shape)]
