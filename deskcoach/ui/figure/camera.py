"""Looking at the figure from a view: 3D points to screen points and a depth for ordering."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from deskcoach.core.kinematics import Vec

# view: (turn of the camera around the figure, degrees looking down)
_VIEWS = {"side": (0.0, 2.0), "left-side": (180.0, 2.0), "front": (90.0, 4.0),
          "three-quarter": (50.0, 14.0), "three-quarter-left": (130.0, 14.0),
          "back": (-90.0, 4.0), "top": (-90.0, 90.0)}


@dataclass(frozen=True)
class Camera:
    """Orthographic: `turn` 0 looks at the figure's right side (it faces screen-right),
    90 at its front; `tilt` looks down from above."""
    turn: float
    tilt: float
    _trig: tuple[float, float, float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        a, e = math.radians(self.turn), math.radians(self.tilt)
        object.__setattr__(self, "_trig", (math.cos(a), math.sin(a), math.cos(e), math.sin(e)))

    @classmethod
    def for_view(cls, view: str) -> Camera:
        turn, tilt = _VIEWS[view]
        return cls(turn, tilt)

    def project(self, v: Vec) -> tuple[float, float, float]:
        """(right, up, nearness) in centimetres; larger nearness is closer to the eye."""
        ca, sa, ce, se = self._trig
        right = v[0] * ca + v[2] * sa
        near = v[0] * sa - v[2] * ca
        return right, v[1] * ce - near * se, near * ce + v[1] * se
