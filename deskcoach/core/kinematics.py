"""Where the figure's joints are in space for a pose (forward kinematics, plain math).

Axes: x forward (the way the figure faces), y up, z to the figure's left; centimetres. The
pelvis either rests on a seat (`seated`) or the feet stand on the floor: the body is lifted
so its lowest point touches y = 0, and moved so the feet stay where they were. Everything
the drawing needs is a named point; frames (3x3 rotations) give limbs their direction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

from deskcoach.core.pose import SEAT_HEIGHT_CM

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows

SEG: Final = {"lumbar": 21.0, "thorax": 27.0, "neck": 9.0, "upper_arm": 28.0,
              "forearm": 25.0, "palm": 9.0, "finger1": 4.5, "finger2": 4.5, "thigh": 43.0,
              "shin": 42.0, "ankle_h": 7.0, "hip_w": 9.0, "shoulder_w": 18.0}
BUTTOCK: Final = 8.0  # from the hip joint down to the seat


def mul(a: Mat, b: Mat) -> Mat:
    """a @ b, written out: it runs thousands of times a second while the figure moves."""
    (a0, a1, a2), (a3, a4, a5), (a6, a7, a8) = a
    (b0, b1, b2), (b3, b4, b5), (b6, b7, b8) = b
    return ((a0 * b0 + a1 * b3 + a2 * b6, a0 * b1 + a1 * b4 + a2 * b7, a0 * b2 + a1 * b5 + a2 * b8),
            (a3 * b0 + a4 * b3 + a5 * b6, a3 * b1 + a4 * b4 + a5 * b7, a3 * b2 + a4 * b5 + a5 * b8),
            (a6 * b0 + a7 * b3 + a8 * b6, a6 * b1 + a7 * b4 + a8 * b7, a6 * b2 + a7 * b5 + a8 * b8))


def apply(m: Mat, v: Vec) -> Vec:
    return (m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2])


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def pitch(deg: float) -> Mat:
    """Tip forward: the up axis leans toward +x (rotation about z by -deg)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, s, 0.0), (-s, c, 0.0), (0.0, 0.0, 1.0))


def roll(deg: float) -> Mat:
    """Lean left: the up axis leans toward +z (rotation about x)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def yaw(deg: float) -> Mat:
    """Turn left: the forward axis turns toward +z (rotation about y)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, -s), (0.0, 1.0, 0.0), (s, 0.0, c))


def _seg(at: Vec, frame: Mat, v: Vec) -> Vec:
    return add(at, apply(frame, v))


def skeleton(pose: Mapping[str, float]) -> tuple[dict[str, Vec], dict[str, Mat]]:
    """Joint points and segment frames for `pose`, standing on the floor or seated."""
    pts, frames = _raw(pose)
    seated = pose["seated"]
    lowest = min(pts[f"{s}_{end}"][1] for s in "lr" for end in ("heel", "toe"))
    lift = max(-lowest, seated * (SEAT_HEIGHT_CM + BUTTOCK))
    feet_x = (pts["l_ankle"][0] + pts["r_ankle"][0]) / 2
    move = (pose["shift_cm"] - (1 - seated) * feet_x, lift, 0.0)
    return {k: add(p, move) for k, p in pts.items()}, frames


def _raw(pose: Mapping[str, float]) -> tuple[dict[str, Vec], dict[str, Mat]]:
    p = pose
    pts: dict[str, Vec] = {}
    frames: dict[str, Mat] = {}
    root: Vec = (0.0, 0.0, 0.0)
    r0 = mul(yaw(p["pelvis_turn"]), pitch(p["lean"]))
    frames["pelvis"] = r0
    pts["pelvis"] = root
    r1 = mul(r0, mul(yaw(p["lumbar_turn"]), mul(roll(p["lumbar_side"]),
                                                 pitch(p["lumbar_flex"]))))
    frames["lumbar"] = r1
    pts["waist"] = _seg(root, r1, (0.0, SEG["lumbar"], 0.0))
    r2 = mul(r1, mul(yaw(p["thorax_turn"]), mul(roll(p["thorax_side"]),
                                                 pitch(p["thorax_flex"]))))
    frames["thorax"] = r2
    pts["neck"] = _seg(pts["waist"], r2, (0.0, SEG["thorax"], 0.0))
    pts["chest"] = _seg(pts["waist"], r2, (6.0, 15.0, 0.0))
    pts["belly"] = _seg(root, r1, (9.0, 10.0, 0.0))
    r3 = mul(r2, mul(yaw(p["neck_turn"]), mul(roll(p["neck_side"]), pitch(p["neck_flex"]))))
    glide = (p["head_glide_cm"], 0.0, 0.0)
    pts["head_base"] = add(_seg(pts["neck"], r3, (0.0, SEG["neck"], 0.0)), apply(r2, glide))
    r4 = mul(r3, pitch(p["head_nod"]))
    frames["head"] = r4
    pts["head"] = _seg(pts["head_base"], r4, (1.5, 10.5, 0.0))
    for side, sign in (("l", 1.0), ("r", -1.0)):
        _arm(p, side, sign, pts, frames, r2)
        _leg(p, side, sign, pts, frames, r0)
    return pts, frames


def _arm(p: Mapping[str, float], s: str, sign: float, pts: dict[str, Vec],
         frames: dict[str, Mat], chest: Mat) -> None:
    def j(name: str) -> float:
        return p[f"{s}_{name}"]

    shoulder = _seg(pts["neck"], chest, (-1.5 + j("scap_cm"), -4.0 + j("shrug_cm"),
                                         sign * SEG["shoulder_w"]))
    pts[f"{s}_shoulder"] = shoulder
    # The arm hangs along -y; flexing it forward turns -y toward +x.
    arm = mul(chest, mul(_raise(j("shoulder_flex"), -sign * j("shoulder_abd")),
                         yaw(sign * j("shoulder_rot"))))
    elbow = _seg(shoulder, arm, (0.0, -SEG["upper_arm"], 0.0))
    fore = mul(arm, pitch(-j("elbow")))
    wrist = _seg(elbow, fore, (0.0, -SEG["forearm"], 0.0))
    # Pronation turns the palm from facing the body (0) to facing back (90).
    hand = mul(fore, mul(yaw(-sign * j("pronation")), _bend_in(sign, j("wrist"))))
    knuckle = _seg(wrist, hand, (0.0, -SEG["palm"], 0.0))
    f1 = mul(hand, _bend_in(sign, j("knuckles")))
    mid = _seg(knuckle, f1, (0.0, -SEG["finger1"], 0.0))
    f2 = mul(f1, _bend_in(sign, j("fingers")))
    tip = _seg(mid, f2, (0.0, -SEG["finger2"], 0.0))
    f3 = mul(f2, _bend_in(sign, j("fingers") * 0.7))
    tip2 = _seg(tip, f3, (0.0, -2.5, 0.0))
    thumb = mul(hand, mul(_bend_in(sign, j("thumb") * 0.6), roll(0.0)))
    thumb_base = _seg(wrist, hand, (2.2, -2.0, 0.0))
    thumb_tip = _seg(thumb_base, thumb, (2.5, -6.0, -sign * j("thumb") * 0.05))
    pts.update({f"{s}_elbow": elbow, f"{s}_wrist": wrist, f"{s}_knuckle": knuckle,
                f"{s}_finger_mid": mid, f"{s}_finger_tip": tip, f"{s}_finger_end": tip2,
                f"{s}_thumb_base": thumb_base, f"{s}_thumb_tip": thumb_tip})
    frames.update({f"{s}_arm": arm, f"{s}_forearm": fore, f"{s}_hand": hand})


def _raise(flex: float, abd: float) -> Mat:
    """Arm elevation: `flex` forward, `abd` (signed) sideways, composed so both read."""
    return mul(pitch(-flex), roll(abd)) if abs(flex) >= abs(abd) else \
        mul(roll(abd), pitch(-flex))


def _bend_in(sign: float, deg: float) -> Mat:
    """Palm-side bend of the hand and fingers (the palm faces the body at 0 pronation)."""
    return roll(sign * deg)


def _leg(p: Mapping[str, float], s: str, sign: float, pts: dict[str, Vec],
         frames: dict[str, Mat], pelvis: Mat) -> None:
    def j(name: str) -> float:
        return p[f"{s}_{name}"]

    hip = _seg(pts["pelvis"], pelvis, (0.0, 0.0, sign * SEG["hip_w"]))
    thigh = mul(pelvis, mul(pitch(-j("hip_flex")),
                            mul(roll(-sign * j("hip_abd")), yaw(sign * j("hip_rot")))))
    knee = _seg(hip, thigh, (0.0, -SEG["thigh"], 0.0))
    shin = mul(thigh, pitch(j("knee")))
    ankle = _seg(knee, shin, (0.0, -SEG["shin"], 0.0))
    if j("ankle") == 0:
        # A foot on the floor lies flat, its heel lifted by heel_cm.
        heading = math.degrees(math.atan2(shin[2][0], shin[0][0]))
        tilt = math.degrees(math.asin(min(1.0, j("heel_cm") / 20.0)))
        foot = mul(yaw(heading), pitch(-90 + tilt))
    else:
        foot = mul(shin, pitch(-90 - j("ankle")))
    pts.update({f"{s}_hip": hip, f"{s}_knee": knee, f"{s}_ankle": ankle,
                f"{s}_heel": _seg(ankle, foot, (0.0, 5.0, 0.0)),
                f"{s}_toe": _seg(ankle, foot, (0.0, -19.0, 0.0)),
                f"{s}_ball": _seg(ankle, foot, (0.0, -13.0, 0.0))})
    # Sole points, for finding the floor.
    pts[f"{s}_heel"] = add(pts[f"{s}_heel"], (0.0, -SEG["ankle_h"], 0.0))
    pts[f"{s}_toe"] = add(pts[f"{s}_toe"], (0.0, -SEG["ankle_h"] * 0.4, 0.0))
    frames.update({f"{s}_thigh": thigh, f"{s}_shin": shin, f"{s}_foot": foot})
