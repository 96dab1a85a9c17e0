"""Keyframes of an exercise step, their checks, and where the figure is at a moment.

A step's keyframes are played to its dose: a counted step loops them once per rep, a
breath-paced step once per breath (out to the last keyframe while breathing in, back while
breathing out), and a held step moves through them once and holds the last. Every loop
returns to its first keyframe, so repetitions join without a jump, and a new step eases in
from where the last one ended.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from deskcoach.core.pose import (
    BASES,
    MAX_JUMP,
    RANGES,
    SIDED,
    SIDES,
    biggest_jump,
    blend,
    ease,
    full_pose,
    out_of_range,
)

VIEWS: Final = ("side", "left-side", "front", "three-quarter", "three-quarter-left", "back")
ZOOMS: Final = ("body", "upper", "hands", "head", "legs")
PROPS: Final = ("office-chair", "chair", "chair-left", "chair-right", "stool", "desk",
                "monitor", "wall", "door", "window")
LANDMARKS: Final = ("head", "chin", "eyes", "chest", "belly", "shoulders", "elbows", "hands",
                    "l_hand", "r_hand", "fingers", "hips", "knees", "l_knee", "r_knee",
                    "heels", "feet", "l_foot", "r_foot")
DIRECTIONS: Final = ("up", "down", "forward", "back", "left", "right", "turn-left",
                     "turn-right", "out", "in")
_KEYS: Final = {"base", "view", "zoom", "props", "arrows", "inset", "joints"}
STEP_IN_SECONDS: Final = 1.0   # a new step eases in from the last pose over this long
HOLD_MOVE_SECONDS: Final = 2.5  # a held step reaches each keyframe in at most this long
MOVING_PAUSE: Final = 0.25      # share of each move spent still at the keyframe it reaches


class KeyframeError(ValueError):
    """A keyframe that breaks a rule; the message names where (and the joint)."""


@dataclass(frozen=True)
class Keyframe:
    base: str
    view: str
    zoom: str
    props: tuple[str, ...]
    arrows: tuple[str, ...]
    inset: bool
    joints: Mapping[str, float] = field(hash=False)

    @property
    def pose(self) -> Mapping[str, float]:
        """Every joint's angle. Worked out when asked rather than kept: held for every
        keyframe of the catalogue, the full poses took about 0.3 MB of an idle app."""
        return full_pose(self.base, self.joints)

    def as_dict(self) -> dict[str, object]:
        return {"base": self.base, "view": self.view, "zoom": self.zoom,
                "props": list(self.props), "arrows": list(self.arrows), "inset": self.inset,
                "joints": dict(self.joints)}


@dataclass(frozen=True)
class Frame:
    """What to draw: the pose, and the keyframe whose view, props and arrows apply."""
    pose: Mapping[str, float]
    keyframe: Keyframe


def parse_keyframes(raw: object, where: str, previous: Keyframe | None) -> tuple[Keyframe, ...]:
    """Check a step's `keyframes` list; `where` prefixes every message (file, exercise, step).

    View, zoom, props, inset and base carry over from the previous keyframe when left out.
    """
    if not isinstance(raw, list) or not 1 <= len(raw) <= 6:
        raise KeyframeError(f"{where}.keyframes must be a list of 1-6 keyframes")
    result: list[Keyframe] = []
    for i, item in enumerate(raw):
        at = f"{where}.keyframes[{i}]"
        if not isinstance(item, Mapping):
            raise KeyframeError(f"{at} must be a table")
        unknown = sorted(set(item) - _KEYS)
        if unknown:
            raise KeyframeError(f"{at}.{unknown[0]} is not a known key")
        last = result[-1] if result else previous
        base = _choice(item, "base", tuple(BASES), at, last.base if last else None)
        view = _choice(item, "view", VIEWS, at, last.view if last else None)
        zoom = _choice(item, "zoom", ZOOMS, at, last.zoom if last else "body")
        props = _names(item, "props", PROPS, at, last.props if last else ())
        arrows = _arrows(item.get("arrows", []), at)
        inset = item.get("inset", last.inset if last else False)
        if not isinstance(inset, bool):
            raise KeyframeError(f"{at}.inset must be true or false")
        joints = _joints(item.get("joints", {}), at)
        bad = out_of_range(full_pose(base, joints))
        if bad is not None:
            raise KeyframeError(f"{at}: joint {bad[0]} {bad[1]} (with base {base!r})")
        result.append(Keyframe(base, view, zoom, props, arrows, inset, joints))
    return tuple(result)


def _choice(item: Mapping[str, object], key: str, allowed: Sequence[str], at: str,
            inherited: str | None) -> str:
    value = item.get(key, inherited)
    if value is None:
        raise KeyframeError(f"{at}.{key} must be given on the first keyframe")
    if value not in allowed:
        raise KeyframeError(f"{at}.{key} is {value!r}, allowed: {', '.join(allowed)}")
    return str(value)


def _names(item: Mapping[str, object], key: str, allowed: Sequence[str], at: str,
           inherited: tuple[str, ...]) -> tuple[str, ...]:
    value = item.get(key, list(inherited))
    if not isinstance(value, list) or len(value) > 4:
        raise KeyframeError(f"{at}.{key} must be a list of at most 4 names")
    for name in value:
        if name not in allowed:
            raise KeyframeError(f"{at}.{key} names {name!r}, allowed: {', '.join(allowed)}")
    return tuple(str(v) for v in value)


def _arrows(value: object, at: str) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > 3:
        raise KeyframeError(f"{at}.arrows must be a list of at most 3 arrows")
    for arrow in value:
        landmark, _, direction = str(arrow).partition(":")
        if not isinstance(arrow, str) or landmark not in LANDMARKS or \
                direction not in DIRECTIONS:
            raise KeyframeError(f"{at}.arrows has {arrow!r}; write landmark:direction with "
                                f"a landmark from {', '.join(LANDMARKS)} and a direction "
                                f"from {', '.join(DIRECTIONS)}")
    return tuple(str(v) for v in value)


def _joints(value: object, at: str) -> dict[str, float]:
    if not isinstance(value, Mapping):
        raise KeyframeError(f"{at}.joints must be a table of joint = angle")
    both: dict[str, float] = {}
    sided: dict[str, float] = {}
    for name, angle in value.items():
        if name not in RANGES and name not in SIDED:
            raise KeyframeError(f"{at}: joint {name!r} is not a known joint")
        if isinstance(angle, bool) or not isinstance(angle, (int, float)) or \
                not -1e6 < angle < 1e6:  # (a huge whole number would not even be a float)
            raise KeyframeError(f"{at}: joint {name} must be a number of degrees or "
                                f"centimetres, not {angle!r}")
        if name in SIDED:
            both.update({f"{side}_{name}": float(angle) for side in SIDES})
        else:
            sided[str(name)] = float(angle)
    return {**both, **sided}


def check_motion(steps: Sequence[tuple[str, Sequence[Keyframe], bool]]) -> None:
    """Check the moves between keyframes: (where, keyframes, moves) for each step in order.

    A step that moves (counted or breath-paced) needs two keyframes; no joint jumps more
    than MAX_JUMP between neighbours (also across a loop and into the next step); the view
    does not cut within a step.
    """
    last: Keyframe | None = None
    for where, frames, moves in steps:
        if moves and len(frames) < 2:
            raise KeyframeError(f"{where}.keyframes: a counted or breath-paced step moves, "
                                "so it needs at least 2 keyframes")
        pairs = [(last, frames[0], f"{where}.keyframes[0] (from the step before)")]
        pairs += [(frames[i - 1], frames[i], f"{where}.keyframes[{i}]")
                  for i in range(1, len(frames))]
        if moves:
            pairs.append((frames[-1], frames[0], f"{where}.keyframes[0] (looping back)"))
        for a, b, at in pairs:
            if a is None:
                continue
            joint, jump = biggest_jump(a.pose, b.pose)
            if jump > MAX_JUMP:
                raise KeyframeError(f"{at}: joint {joint} jumps {jump:g}, at most "
                                    f"{MAX_JUMP:g} between keyframes")
            if a.view != b.view and at.endswith("]") and b is not frames[0]:
                raise KeyframeError(f"{at}.view changes from {a.view!r} within a step")
        last = frames[-1]


def peak(frames: Sequence[Keyframe]) -> Keyframe:
    """The key pose that shows a step best when nothing may move: the one farthest from
    the first (the first itself for a still step)."""
    return max(frames, key=lambda k: biggest_jump(frames[0].pose, k.pose)[1])


def frame_at(frames: Sequence[Keyframe], seconds: float, elapsed: float,
             reps: int | None = None, breath: tuple[int, int] | None = None,
             before: Keyframe | None = None) -> Frame:
    """The figure `elapsed` seconds into a step of `seconds` with these keyframes."""
    here = _within(frames, seconds, elapsed, reps, breath)
    if before is not None and elapsed < STEP_IN_SECONDS:
        target = _within(frames, seconds, STEP_IN_SECONDS, reps, breath)
        t = ease(elapsed / STEP_IN_SECONDS)
        return Frame(blend(before.pose, target.pose, t), frames[0])
    return here


def _within(frames: Sequence[Keyframe], seconds: float, elapsed: float, reps: int | None,
            breath: tuple[int, int] | None) -> Frame:
    n = len(frames)
    if n == 1:
        return Frame(frames[0].pose, frames[0])
    if reps or breath:
        if breath:
            cycle = float(breath[0] + breath[1])
            # Out on the in-breath, back on the out-breath.
            outward = [breath[0] / (n - 1)] * (n - 1)
            durations = [*outward, float(breath[1])]
        else:
            cycle = seconds / (reps or 1)
            durations = [cycle / n] * n
        t = elapsed % cycle
        for i, length in enumerate(durations):
            if t < length or i == n - 1:
                a, b = frames[i], frames[(i + 1) % n]
                return _between(a, b, t / length if length else 1.0)
            t -= length
    move = min(HOLD_MOVE_SECONDS, seconds / n)
    index = min(int(elapsed // move), n - 1)
    if index >= n - 1:
        return Frame(frames[-1].pose, frames[-1])
    return _between(frames[index], frames[index + 1], (elapsed - index * move) / move)


def _between(a: Keyframe, b: Keyframe, t: float) -> Frame:
    """Move from a to b, pausing briefly on arrival so each key pose can be seen. The cue
    arrows are b's: they show where the body is going."""
    moving = min(1.0, t / (1.0 - MOVING_PAUSE))
    return Frame(blend(a.pose, b.pose, ease(moving)), b)
