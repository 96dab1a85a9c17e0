"""Joint angles for the exercise figure: the comfortable-range table, base postures, easing.

A pose is a full mapping of joint name to angle (degrees) or offset (cm). Keyframes in the
catalogue name a base posture and change only the joints that move, so a file stays short.
The ranges are deliberately those of easy, pain-free desk movement, not of the full human
range: a keyframe outside them is a typo or an unsafe picture, and is refused.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

# name: (lowest, highest, neutral). Degrees unless the name ends in _cm.
_SIDED: Final = {
    "shoulder_flex": (-50, 175, 0),     # arm forward (+) / back (-)
    "shoulder_abd": (-10, 170, 8),      # arm out to the side
    "shoulder_rot": (-90, 100, 0),      # + outward: forearm turns out/up
    "shrug_cm": (-3, 6, 0),             # shoulder blade up (+) / down
    "scap_cm": (-5, 6, 0),              # shoulder blade forward (+) / squeezed back (-)
    "elbow": (0, 150, 8),
    "pronation": (-90, 180, 0),         # forearm turn; 0 = palm facing the body
    "wrist": (-80, 80, 0),              # + bends the palm side in (flexion)
    "knuckles": (-30, 95, 5),           # finger base joints
    "fingers": (0, 110, 8),             # the two joints near the fingertips together
    "thumb": (0, 60, 10),
    "spread": (0, 30, 0),               # fingers fanned apart
    "hip_flex": (-30, 125, 0),          # thigh forward (+)
    "hip_abd": (-15, 40, 3),
    "hip_rot": (-40, 40, 0),
    "knee": (0, 140, 0),
    "ankle": (-45, 30, 0),              # + toes up; used when the feet are free
    "heel_cm": (0, 9, 0),               # heel raised off the floor
}
_CENTRAL: Final = {
    "lean": (-25, 90, 0),               # whole trunk and pelvis tipped forward (hip hinge)
    "pelvis_turn": (-30, 30, 0),
    "shift_cm": (-40, 70, 0),           # pelvis forward (+) / back, feet staying put
    "lumbar_flex": (-25, 50, 0),        # + bends forward
    "lumbar_side": (-25, 25, 0),        # + bends to the left
    "lumbar_turn": (-25, 25, 0),        # + turns to the left
    "thorax_flex": (-20, 40, 0),
    "thorax_side": (-25, 25, 0),
    "thorax_turn": (-45, 45, 0),
    "neck_flex": (-35, 45, 0),
    "neck_side": (-40, 40, 0),
    "neck_turn": (-70, 70, 0),
    "head_nod": (-30, 30, 0),           # + chin down
    "head_glide_cm": (-5, 3, 0),        # head drawn straight back (-), the chin tuck
    "eyes_closed": (0, 1, 0),
    "seated": (0, 1, 0),                # 1: the pelvis rests on a seat
}
SIDES: Final = ("l", "r")
SIDED: Final = tuple(_SIDED)  # written without l_/r_, a sided joint means both sides
RANGES: Final[dict[str, tuple[float, float, float]]] = {
    **_CENTRAL, **{f"{s}_{name}": value for s in SIDES for name, value in _SIDED.items()}}
NEUTRAL: Final[dict[str, float]] = {name: r[2] for name, r in RANGES.items()}
MAX_JUMP: Final = 150.0  # degrees (or cm) one joint may move between consecutive keyframes
SEAT_HEIGHT_CM: Final = 41.0


def _both(**values: float) -> dict[str, float]:
    return {f"{s}_{k}": v for s in SIDES for k, v in values.items()}


BASES: Final[dict[str, dict[str, float]]] = {
    "stand": {},
    "sit": {"seated": 1, **_both(hip_flex=92, knee=88, elbow=45, shoulder_flex=8,
                                 pronation=70)},
    "sit-edge": {"seated": 1, "shift_cm": 18,
                 **_both(hip_flex=85, knee=95, hip_abd=10, elbow=20)},
    "sit-tall": {"seated": 1, "shift_cm": 10,
                 **_both(hip_flex=90, knee=90, elbow=15, shoulder_flex=5)},
    "type": {"seated": 1, **_both(hip_flex=92, knee=88, shoulder_flex=8, elbow=88,
                                  pronation=80, wrist=-5)},
}


def full_pose(base: str, changes: Mapping[str, float]) -> dict[str, float]:
    """Every joint: the neutral value, then the base posture's, then the keyframe's own."""
    pose = dict(NEUTRAL)
    pose.update(BASES[base])
    pose.update(changes)
    return pose


def out_of_range(pose: Mapping[str, float]) -> tuple[str, str] | None:
    """The first joint outside its comfortable range, and the range, or None."""
    for name, value in pose.items():
        low, high, _ = RANGES[name]
        if not low <= value <= high:
            return name, f"is {value:g}, allowed {low:g} to {high:g}"
    return None


def biggest_jump(a: Mapping[str, float], b: Mapping[str, float]) -> tuple[str, float]:
    """The joint that moves most from `a` to `b`, and by how much."""
    name = max(RANGES, key=lambda j: abs(a[j] - b[j]))
    return name, abs(a[name] - b[name])


def ease(t: float) -> float:
    """Slow out of one pose and slow into the next (a half cosine), like a body moves."""
    t = max(0.0, min(1.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def blend(a: Mapping[str, float], b: Mapping[str, float], t: float) -> dict[str, float]:
    """The pose `t` (0..1, already eased) of the way from `a` to `b`."""
    return {name: a[name] + (b[name] - a[name]) * t for name in a}
