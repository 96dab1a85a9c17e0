#!/usr/bin/env python3
"""Draw DeskCoach's exercise illustrations: friendly stick figures, written as SVG.

Each pose is a base skeleton (standing or seated, seen from the front or the side, or a
close-up of a hand) plus the joints that move, given as "name x y" triples. Joints that are
left out follow along: the head and shoulders turn with the trunk, the arms move with the
shoulders, elbows and knees are placed by two-bone IK with the base limb lengths, and the feet
stay planted. Props (ground, chair, desk, wall) are drawn in grey, motion hints in blue.

Run `python3 tools/draw_poses.py` to (re)write every file in resources/exercises/art/. The
output depends only on this file, so repeated runs give identical files.
"""

from __future__ import annotations

import itertools
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ART = Path(__file__).resolve().parent.parent / "resources" / "exercises" / "art"
INK, ACCENT, PROP = "#1f2933", "#1e88e5", "#9aa5b1"
SIZE, MID, HEAD_R, GROUND = 240, 120.0, 14.0, 226
FIGURE_W, PROP_W, ACCENT_W = 7, 6, 4.5
FAR_OPACITY = 0.45  # side views: the limbs on the far side are drawn fainter
Pt = tuple[float, float]


def J(spec: str) -> dict[str, Pt]:
    """Parse "name x y name x y ..." into joint positions."""
    t = spec.split()
    return {t[i]: (float(t[i + 1]), float(t[i + 2])) for i in range(0, len(t), 3)}


def moved(spec: str, dx: float, dy: float) -> str:
    """The same joint spec, moved by (dx, dy): reuse a pose on another base."""
    return " ".join(f"{k} {x + dx:g} {y + dy:g}" for k, (x, y) in J(spec).items())


# ---------------------------------------------------------------- base skeletons
# a_ = the near side in side views (drawn dark) / the viewer's left in front views.
BASES: dict[str, tuple[str, dict[str, Pt]]] = {
    "stand_front": ("front", J(
        "head 120 52 neck 120 78 pelvis 120 134 a_sh 101 84 b_sh 139 84 a_el 95 115 "
        "b_el 145 115 a_wr 93 146 b_wr 147 146 a_hp 110 136 b_hp 130 136 a_kn 108 178 "
        "b_kn 132 178 a_an 107 218 b_an 133 218 a_to 96 220 b_to 144 220")),
    "stand_side": ("side", J(
        "head 124 52 neck 119 78 pelvis 117 134 a_sh 119 84 b_sh 119 84 a_el 116 115 "
        "b_el 113 115 a_wr 121 146 b_wr 117 146 a_hp 117 134 b_hp 117 134 a_kn 121 176 "
        "b_kn 115 176 a_an 118 218 b_an 111 218 a_to 134 220 b_to 127 220")),
    "seat_side": ("side", J(
        "head 108 92 neck 104 118 pelvis 100 172 a_sh 104 124 b_sh 104 124 a_el 106 155 "
        "b_el 102 155 a_wr 134 168 b_wr 130 168 a_hp 100 172 b_hp 100 172 a_kn 143 176 "
        "b_kn 139 176 a_an 145 218 b_an 140 218 a_to 161 220 b_to 156 220")),
    "seat_front": ("front", J(
        "head 120 92 neck 120 118 pelvis 120 172 a_sh 101 124 b_sh 139 124 a_el 95 154 "
        "b_el 145 154 a_wr 104 180 b_wr 136 180 a_hp 110 174 b_hp 130 174 a_kn 105 188 "
        "b_kn 135 188 a_an 104 218 b_an 136 218 a_to 94 220 b_to 146 220")),
    "hand": ("hand", J(  # seen from the thumb side, palm facing right
        "fa 106 250 fb 134 250 pa 110 184 pb 106 136 pc 134 136 pd 130 184 mc 128 136 "
        "pi 128 106 di 128 88 ti 128 72 t0 133 170 t1 145 156 t2 153 138")),
    "palm": ("hand", J(  # palm towards the viewer
        "fa 100 250 fb 140 250 pa 102 184 pb 96 140 pc 144 140 pd 138 184 t0 99 170 "
        "t1 80 154 t2 66 136 k1 101 140 f1 82 90 k2 115 140 f2 112 76 k3 128 140 f3 140 78 "
        "k4 141 140 f4 164 100")),
}
# Seated near the front edge of the chair, away from the backrest.
BASES["edge_side"] = ("side", {k: (x + 12, y) for k, (x, y) in BASES["seat_side"][1].items()})

LIMBS = [(s + "_sh", s + "_el", s + "_wr") for s in "ab"] + \
        [(s + "_hp", s + "_kn", s + "_an") for s in "ab"]
CHAINS = {  # drawing order, back to front; "far" chains are faint in side views
    "side": [("far", ("b_sh", "b_el", "b_wr", "b_hd")), ("far", ("b_hp", "b_kn", "b_an", "b_to")),
             ("", ("neck", "pelvis")), ("", ("a_hp", "a_kn", "a_an", "a_to")),
             ("", ("a_sh", "a_el", "a_wr", "a_hd"))],
    "front": [("", ("a_hp", "a_kn", "a_an", "a_to")), ("", ("b_hp", "b_kn", "b_an", "b_to")),
              ("", ("neck", "pelvis")), ("", ("a_hp", "pelvis", "b_hp")),
              ("", ("a_sh", "neck", "b_sh")), ("", ("a_sh", "a_el", "a_wr", "a_hd")),
              ("", ("b_sh", "b_el", "b_wr", "b_hd"))],
    "hand": [("", ("fa", "pa", "pb", "pc", "pd", "fb")),
             ("", ("mc", "pi", "di", "ti")), ("", ("t0", "t1", "t2"))] +
            [("", (f"k{i}", f"f{i}")) for i in range(1, 5)],
}


# ---------------------------------------------------------------- props and motion hints
# Props are lists of polylines in the figure's coordinates (x right, y down, ground at 226).
GROUND_LINE = [[(24.0, GROUND), (216.0, GROUND)]]
CHAIR = [[(76, 112), (80, 184), (134, 184)], [(82, 184), (82, GROUND)],  # side view, back left
         [(130, 184), (130, GROUND)]]
CHAIR_FRONT = [[(78, 136), (78, 190)], [(162, 136), (162, 190)], [(76, 190), (164, 190)],
               [(82, 190), (82, GROUND)], [(158, 190), (158, GROUND)]]
STOOL = [[(98, 184), (146, 184)], [(102, 184), (102, GROUND)],  # a chair turned sideways
         [(142, 184), (142, GROUND)]]
JAMB = [[(112, GROUND), (112, 16), (122, 16), (122, GROUND)]]  # a door frame seen edge-on
MONITOR = [[(196, 92), (204, 92), (204, 132), (196, 132), (196, 92)], [(200, 132), (200, 148)]]
WINDOW = [[(166, 16), (222, 16), (222, 62), (166, 62), (166, 16)], [(194, 16), (194, 62)],
          [(166, 39), (222, 39)]]


def desk(x: float = 156, y: float = 148) -> list:
    return [[(x, y), (236, y)], [(x + 14, y), (x + 14, GROUND)]]


WALL = ("panel", 44, 14, 196, GROUND)


def arrow(x0: float, y0: float, x1: float, y1: float, bend: float = 0, head: bool = True) -> tuple:
    """Arrow from (x0, y0) to (x1, y1); bend > 0 bows it to the right of its travel."""
    return ("arrow", (x0, y0), (x1, y1), bend, head)


def ring(x: float, y: float, r: float, a0: float, a1: float) -> tuple:
    """A circular arrow from angle a0 to a1 (degrees, 0 = right, 90 = down)."""
    return ("ring", (x, y), r, a0, a1)


def breath(x: float, y: float, d: int = 1) -> tuple:
    """Three wavy lines of air leaving (x, y) to the right (d=1) or left (d=-1)."""
    return ("breath", (x, y), d)


def sight(x0: float, y0: float, x1: float, y1: float) -> tuple:
    return ("sight", (x0, y0), (x1, y1))


def spark(x: float, y: float, towards: float = -90) -> tuple:
    """Three short rays fanning out from (x, y) around the angle `towards` (a blink, warmth)."""
    return ("spark", (x, y), towards)


@dataclass
class P:
    """One pose: a base, the joints that move, and what to draw around the figure."""
    base: str
    spec: str = ""
    props: list = field(default_factory=list)
    marks: list = field(default_factory=list)
    sym: bool = False      # front views: mirror every a_ joint given onto the b_ side
    shift: Pt = (0, 0)     # move the whole base first (e.g. up onto the toes)
    look: float | None = None  # side: gaze angle in degrees; front: eye shift in px
    closed: bool = False   # eyes closed
    zoom: tuple[float, float, float] | None = None  # close-up: (centre x, centre y, scale)
    mirror: bool = False   # flip the finished drawing left to right


# ---------------------------------------------------------------- the pose tables
SEAT, EDGE, SIDE, FRONT = "seat_side", "edge_side", "stand_side", "stand_front"
G, CH, CF = GROUND_LINE, CHAIR + GROUND_LINE, CHAIR_FRONT + GROUND_LINE
DK = desk() + GROUND_LINE
TURN = "a_sh 110 85 b_sh 132 83 a_el 124 110 a_wr 142 90 b_el 142 112 b_wr 120 92"
CROSS = "a_el 110 110 a_wr 134 88 b_el 130 112 b_wr 106 90"
HANDS_ON_DESK = "neck 123 79 a_wr 146 138 b_wr 142 138 a_hd 156 145 b_hd 152 145"
ARM_OUT = "a_el 136 126 a_wr 166 128"
WRIST_ZOOM = (134, 128, 1.7)
NECK_ZOOM = (120, 128, 1.75)
ROLL_ZOOM = (112, 128, 1.5)
HAND_ZOOM = (122, 142, 1.25)
STRIDE = ("pelvis 118 137 neck 122 81 a_an 142 216 a_to 158 220 b_an 94 212 b_to 106 221 "
          "a_wr 106 145 b_wr 142 143")
STRIDE2 = ("pelvis 118 137 neck 122 81 b_an 142 216 b_to 158 220 a_an 94 212 a_to 106 221 "
           "b_wr 106 145 a_wr 142 143")
SPLIT = "pelvis 117 140 neck 123 85 a_an 144 218 a_to 160 220 b_an 86 214 b_to 100 221"
LUNGE = "pelvis 126 144 neck 130 89 a_wr 148 140 b_wr 144 140 a_hd 158 146 b_hd 154 146"
DOOR = "a_el 106 86 a_wr 106 54 b_el 104 86 b_wr 104 54"
HAND_UP = "a_el 97 53 a_wr 101 22"
TILT = "head 106 96 b_sh 139 128 b_wr 150 186"
EYE_SCENE = desk(150) + MONITOR + WINDOW + CH
PEN_SCENE = [*WINDOW, *CH, [(144, 74), (144, 104)]]  # window, chair and a pen in the hand
FLEX_FOOT = "a_kn 142 182 a_an 172 210"

POSES: dict[str, list[P]] = {
    "overhead-reach": [
        P(FRONT, props=G),
        P(FRONT, HAND_UP, G, sym=True,
          marks=[arrow(72, 78, 72, 40), arrow(168, 78, 168, 40),
                 arrow(110, 98, 110, 126, 7, False), arrow(130, 98, 130, 126, -7, False)])],
    "seated-overhead-reach": [
        P("seat_front", props=CF),
        P("seat_front", moved(HAND_UP, 0, 40), CF, sym=True,
          marks=[arrow(66, 116, 66, 80), arrow(174, 116, 174, 80),
                 arrow(110, 138, 110, 166, 7, False), arrow(130, 138, 130, 166, -7, False)])],
    "thoracic-rotation": [
        P(FRONT, CROSS, G),
        P(FRONT, TURN, G, look=6, marks=[arrow(96, 126, 148, 126, 12)]),
        P(FRONT, TURN, G, look=6, marks=[arrow(96, 126, 148, 126, 12)], mirror=True)],
    "seated-thoracic-rotation": [
        P("seat_front", moved(CROSS, 0, 40), CF),
        P("seat_front", moved(TURN, 0, 40), CF, look=6,
          marks=[arrow(96, 166, 148, 166, 12)]),
        P("seat_front", moved(TURN, 0, 40), CF, look=6,
          marks=[arrow(96, 166, 148, 166, 12)], mirror=True)],
    "hip-hinge": [
        P(SIDE, "neck 119 81 pelvis 117 137 a_wr 126 149 b_wr 123 149", G),
        P(SIDE, "pelvis 102 140 neck 144 102 a_wr 126 166 b_wr 122 166", G,
          marks=[arrow(92, 124, 70, 130), sight(94, 120, 160, 66)])],
    "seated-hip-hinge": [
        P(EDGE, props=CH),
        P(EDGE, "neck 146 128 a_wr 162 172 b_wr 158 172", CH,
          marks=[arrow(126, 70, 168, 92, 10)])],
    "back-extension": [
        P(SIDE, "a_wr 107 132 b_wr 105 132 a_hd 106 146 b_hd 104 146", G),
        P(SIDE, "pelvis 123 134 neck 107 80 a_wr 111 132 b_wr 109 132 a_hd 110 146 "
          "b_hd 108 146", G, marks=[arrow(84, 36, 68, 68, -8)])],
    "seated-back-extension": [
        P(EDGE, "a_wr 104 160 b_wr 102 160", CH),
        P(EDGE, "neck 120 117 mid 124 146 a_wr 106 160 b_wr 104 160", CH,
          marks=[arrow(146, 140, 146, 108)])],
    "chin-tuck": [
        P(SIDE, "head 133 57", G, zoom=(118, 92, 1.7)),
        P(SIDE, "head 119 51", G, zoom=(118, 92, 1.7), marks=[arrow(160, 50, 144, 50)])],
    "shoulder-blade-squeeze": [
        P(EDGE, "a_el 116 155 a_wr 146 152 b_el 113 155 b_wr 143 152", CH),
        P(EDGE, "a_el 100 150 a_wr 130 148 b_el 97 150 b_wr 127 148", CH,
          marks=[arrow(106, 100, 94, 124, -6)])],
    "hip-flexor-stretch": [
        P(SIDE, SPLIT + " a_wr 148 140 b_wr 144 140 a_hd 158 146 b_hd 154 146", DK),
        P(SIDE, SPLIT + " " + LUNGE, DK, marks=[arrow(102, 128, 120, 128)]),
        P(SIDE, "b_an 144 218 b_to 160 220 a_an 86 214 a_to 100 221 " + LUNGE, DK,
          marks=[arrow(102, 128, 120, 128)])],
    "seated-hip-flexor-stretch": [
        P(EDGE, "a_wr 140 168 b_wr 136 168", STOOL + G, shift=(6, 0)),
        P(EDGE, "a_an 62 210 a_to 74 221", STOOL + G, shift=(6, 0),
          marks=[arrow(96, 196, 70, 196)]),
        P(EDGE, "a_an 62 210 a_to 74 221", STOOL + G, shift=(6, 0),
          marks=[arrow(96, 196, 70, 196)], mirror=True)],
    "calf-raises": [
        P(SIDE, HANDS_ON_DESK, DK),
        P(SIDE, "neck 123 70 a_wr 146 130 b_wr 142 130 a_hd 156 144 b_hd 152 144 "
          "a_to 131 220 b_to 124 220", DK, shift=(0, -9), marks=[arrow(98, 216, 98, 190)])],
    "seated-heel-raises": [
        P(SEAT, props=CH),
        P(SEAT, "a_an 147 205 b_an 142 205 a_to 160 220 b_to 155 220", CH,
          marks=[arrow(178, 216, 178, 190)])],
    "wrist-extensor-stretch": [
        P(SEAT, ARM_OUT + " a_hd 180 129", CH, zoom=WRIST_ZOOM),
        P(SEAT, ARM_OUT + " a_hd 172 141 b_el 134 142 b_wr 162 130 b_hd 177 136", CH,
          zoom=WRIST_ZOOM, marks=[arrow(184, 124, 176, 152, 8)])],
    "wrist-flexor-stretch": [
        P(SEAT, ARM_OUT + " a_hd 180 127", CH, zoom=WRIST_ZOOM),
        P(SEAT, ARM_OUT + " a_hd 172 114 b_el 132 150 b_wr 162 140 b_hd 176 118", CH,
          zoom=WRIST_ZOOM, marks=[arrow(186, 112, 170, 100, 6)])],
    "eye-rest-20-20-20": [
        P(SEAT, "head 110 91", EYE_SCENE, look=-31, marks=[sight(126, 82, 186, 46)]),
        P(SEAT, "head 110 91", EYE_SCENE, closed=True, marks=[spark(124, 86, 0)])],
    "belly-breathing": [
        P(SEAT, "a_el 100 151 a_wr 112 148 a_hd 118 157", CH),
        P(SEAT, "mid 118 146 a_el 104 152 a_wr 118 146 a_hd 124 156", CH,
          marks=[breath(124, 100), arrow(134, 150, 150, 150)])],
    "short-walk": [
        P(SIDE, STRIDE, G, marks=[arrow(156, 40, 196, 40)]),
        P(SIDE, STRIDE2, G, marks=[arrow(156, 40, 196, 40)])],
    "seated-forward-fold": [
        P(EDGE, "a_an 166 218 a_to 182 220 b_an 162 218 b_to 178 220", CH),
        P(EDGE, "neck 152 138 head 163 159 a_an 166 218 a_to 182 220 b_an 162 218 b_to 178 220 "
          "a_wr 147 200 b_wr 143 200", CH, look=60, marks=[arrow(124, 88, 174, 122, 12)])],
    "seated-march": [
        P(EDGE, "a_wr 124 180 b_wr 120 180", CH),
        P(EDGE, "a_wr 124 180 b_wr 120 180 a_an 162 196 a_to 178 198", CH,
          marks=[arrow(186, 176, 186, 150)]),
        P(EDGE, "a_wr 124 180 b_wr 120 180 b_an 158 196 b_to 174 198", CH,
          marks=[arrow(186, 176, 186, 150)])],
    "doorway-chest-stretch": [
        P(SIDE, DOOR, JAMB + G, shift=(-34, 0)),
        P(SIDE, DOOR + " pelvis 122 138 neck 136 84 a_an 150 218 a_to 166 220 b_an 96 216 "
          "b_to 110 221", JAMB + G, marks=[arrow(162, 104, 188, 104)]),
        P(SIDE, DOOR + " pelvis 122 138 neck 136 84 b_an 150 218 b_to 166 220 a_an 96 216 "
          "a_to 110 221", JAMB + G, marks=[arrow(162, 104, 188, 104)])],
    "seated-chest-opener": [
        P("seat_front", "a_el 110 112 a_wr 108 80", CF, sym=True, zoom=(120, 124, 1.4)),
        P("seat_front", "a_el 76 104 a_wr 106 80", CF, sym=True, zoom=(120, 124, 1.4),
          marks=[arrow(88, 128, 66, 118, 6), arrow(152, 128, 174, 118, -6)])],
    "wall-angels": [
        P(FRONT, "a_el 72 92 a_wr 70 60", [WALL, *G], sym=True),
        P(FRONT, "a_el 84 56 a_wr 72 28", [WALL, *G], sym=True,
          marks=[arrow(56, 64, 58, 30, 6), arrow(184, 64, 182, 30, -6)])],
    "shoulder-rolls": [
        P(SEAT, props=CH, zoom=ROLL_ZOOM),
        P(SEAT, "a_sh 106 112 b_sh 106 112", CH, zoom=ROLL_ZOOM,
          marks=[ring(140, 106, 12, 40, -250)]),
        P(SEAT, "a_sh 110 121 b_sh 110 121", CH, zoom=ROLL_ZOOM,
          marks=[ring(140, 106, 12, 140, 430)])],
    "neck-side-bend": [
        P("seat_front", TILT, CF, zoom=NECK_ZOOM, marks=[arrow(128, 66, 96, 78, -8)]),
        P("seat_front", TILT, CF, zoom=NECK_ZOOM, marks=[arrow(128, 66, 96, 78, -8)],
          mirror=True)],
    "neck-rotation": [
        P("seat_front", props=CF, zoom=NECK_ZOOM),
        P("seat_front", props=CF, zoom=NECK_ZOOM, look=-8, marks=[arrow(126, 68, 98, 74, -6)]),
        P("seat_front", props=CF, zoom=NECK_ZOOM, look=-8, marks=[arrow(126, 68, 98, 74, -6)],
          mirror=True)],
    "tendon-glides": [
        P("hand", zoom=HAND_ZOOM),
        P("hand", "di 144 102 ti 146 120", zoom=HAND_ZOOM, marks=[arrow(162, 96, 160, 126, 6)]),
        P("hand", "pi 156 138 di 158 160 ti 141 163 t1 146 168 t2 158 154", zoom=HAND_ZOOM,
          marks=[arrow(174, 122, 170, 162, 8)]),
        P("palm", zoom=HAND_ZOOM, marks=[arrow(70, 100, 56, 86), arrow(170, 100, 184, 86)])],
    "ankle-pumps": [
        P(SEAT, FLEX_FOOT + " a_to 181 223", CH),
        P(SEAT, FLEX_FOOT + " a_to 184 199", CH, marks=[arrow(200, 220, 198, 192, 6)]),
        P(SEAT, FLEX_FOOT + " a_to 187 210", CH, marks=[ring(184, 208, 20, -120, 200)])],
    "sit-to-stand": [
        P(EDGE, "a_an 150 218 a_to 166 220 b_an 146 218 b_to 162 220 a_wr 176 126 "
          "b_wr 174 128", CH),
        P(EDGE, "pelvis 142 136 neck 146 80 a_an 150 218 a_to 166 220 b_an 146 218 "
          "b_to 162 220 a_wr 206 94 b_wr 202 96", CH, marks=[arrow(112, 160, 112, 124)])],
    "near-far-focus": [
        P(SEAT, "a_wr 140 100", PEN_SCENE, look=-10,
          marks=[sight(124, 86, 136, 82)]),
        P(SEAT, "a_wr 140 100", PEN_SCENE, look=-30,
          marks=[sight(126, 80, 186, 46)])],
    "palming": [
        P("seat_front", "a_el 100 152 a_wr 116 136 a_hd 118 120 b_el 140 152 b_wr 124 136 "
          "b_hd 122 120", CF, zoom=(120, 124, 1.6), marks=[spark(102, 118), spark(138, 118)]),
        P("seat_front", "a_el 100 140 a_wr 106 110 a_hd 113 95", CF, sym=True, closed=True,
          zoom=(120, 124, 1.6))],
    "bruegger-relief": [
        P("seat_front", props=CF),
        P("seat_front", "a_kn 96 188 a_an 90 218 a_to 78 222 a_el 94 152 a_wr 93 180 "
          "a_hd 87 191", CF, sym=True,
          marks=[arrow(68, 158, 58, 176, -6), arrow(172, 158, 182, 176, 6),
                 breath(140, 96)])],
}


# ---------------------------------------------------------------- geometry
def sub(p: Pt, q: Pt) -> Pt:
    return p[0] - q[0], p[1] - q[1]


def rot(v: Pt, a: float) -> Pt:
    c, s = math.cos(a), math.sin(a)
    return v[0] * c - v[1] * s, v[0] * s + v[1] * c


def ang(v: Pt) -> float:
    return math.atan2(v[1], v[0])


def cross(u: Pt, v: Pt) -> float:
    return u[0] * v[1] - u[1] * v[0]


def ik(a: Pt, c: Pt, l1: float, l2: float, sign: float, where: str, warn: list) -> Pt:
    """The middle joint of a two-bone limb from root a to end c, bent to the `sign` side."""
    dx, dy = sub(c, a)
    d = math.hypot(dx, dy)
    if d > l1 + l2 + 2:
        warn.append(f"{where}: limb stretched by {d - l1 - l2:.0f} px")
    if d >= l1 + l2 or d < 1e-6:
        f = l1 / (l1 + l2)
        return a[0] + dx * f, a[1] + dy * f
    d = max(d, abs(l1 - l2) + 1e-6)
    x = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - x * x, 0.0))
    ux, uy = dx / d, dy / d
    return a[0] + ux * x - uy * h * sign, a[1] + uy * x + ux * h * sign


def solve(pose: P, where: str, warn: list) -> dict[str, Pt]:
    """All joint positions of a pose: the given ones plus those that follow along."""
    base = {k: (x + pose.shift[0], y + pose.shift[1]) for k, (x, y) in BASES[pose.base][1].items()}
    given = J(pose.spec)
    if pose.sym:
        for k, (x, y) in list(given.items()):
            if k.startswith("a_") and "b" + k[1:] not in given:
                given["b" + k[1:]] = (2 * MID - x, y)
    j = {**base, **given}
    if "neck" in given or "pelvis" in given:  # the trunk moved: carry the upper body along
        turn = ang(sub(j["neck"], j["pelvis"])) - ang(sub(base["neck"], base["pelvis"]))
        for k in ("head", "a_sh", "b_sh"):
            if k not in given:
                v = rot(sub(base[k], base["neck"]), turn)
                j[k] = (j["neck"][0] + v[0], j["neck"][1] + v[1])
        for s in "ab":
            if s + "_wr" not in given:
                v = rot(sub(base[s + "_wr"], base[s + "_sh"]), turn)
                j[s + "_wr"] = (j[s + "_sh"][0] + v[0], j[s + "_sh"][1] + v[1])
            if s + "_hp" not in given:
                v = sub(base[s + "_hp"], base["pelvis"])
                j[s + "_hp"] = (j["pelvis"][0] + v[0], j["pelvis"][1] + v[1])
    for root, middle, end in LIMBS:
        if root in j and middle not in given and (j[root] != base[root] or j[end] != base[end]):
            l1 = math.dist(base[root], base[middle])
            l2 = math.dist(base[middle], base[end])
            sign = 1.0 if cross(sub(base[end], base[root]), sub(base[middle], base[root])) >= 0 \
                else -1.0
            j[middle] = ik(j[root], j[end], l1, l2, sign, f"{where} {middle}", warn)
    for s in "ab":
        an, to = s + "_an", s + "_to"
        if an in given and to not in given:
            v = sub(base[to], base[an])
            j[to] = (j[an][0] + v[0], j[an][1] + v[1])
    return j


def bezier(p0: Pt, c: Pt, p1: Pt, n: int = 16) -> list[Pt]:
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t * t * p1[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t * t * p1[1])
            for t in (i / n for i in range(n + 1))]


def quad(p0: Pt, p1: Pt, bend: float) -> list[Pt]:
    """Points along a curve from p0 to p1 whose control point sits `bend` px off the chord."""
    dx, dy = sub(p1, p0)
    d = math.hypot(dx, dy) or 1.0
    control = ((p0[0] + p1[0]) / 2 - dy / d * bend, (p0[1] + p1[1]) / 2 + dx / d * bend)
    return bezier(p0, control, p1)


def clip_segment(p: Pt, q: Pt, lo: float = 3.5, hi: float = SIZE - 3.5) -> tuple[Pt, Pt] | None:
    """Liang-Barsky: the part of segment p-q inside the picture (close-ups cut limbs off)."""
    t0, t1 = 0.0, 1.0
    dx, dy = sub(q, p)
    for pk, qk in ((-dx, p[0] - lo), (dx, hi - p[0]), (-dy, p[1] - lo), (dy, hi - p[1])):
        if pk == 0:
            if qk < 0:
                return None
        elif pk < 0:
            t0 = max(t0, qk / pk)
        else:
            t1 = min(t1, qk / pk)
    if t0 > t1:
        return None
    a = p if t0 == 0 else (p[0] + t0 * dx, p[1] + t0 * dy)
    b = q if t1 == 1 else (p[0] + t1 * dx, p[1] + t1 * dy)
    return a, b


def clip(points: list[Pt]) -> list[list[Pt]]:
    runs: list[list[Pt]] = []
    for p, q in itertools.pairwise(points):
        seg = clip_segment(p, q)
        if seg is None:
            continue
        if runs and runs[-1][-1] == seg[0]:
            runs[-1].append(seg[1])
        else:
            runs.append([seg[0], seg[1]])
    return runs


def num(v: float) -> str:
    s = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def path(points: list[Pt], extra: str = "") -> list[str]:
    return [f'<path d="M{" L".join(f"{num(x)} {num(y)}" for x, y in run)}"{extra}/>'
            for run in clip(points)]


# ---------------------------------------------------------------- rendering
class Canvas:
    """World-to-picture mapping for one pose: optional close-up zoom and mirroring."""

    def __init__(self, pose: P) -> None:
        self.zoom, self.mirror = pose.zoom, pose.mirror
        self.k = pose.zoom[2] if pose.zoom else 1.0

    def __call__(self, p: Pt) -> Pt:
        x, y = p
        if self.zoom:
            cx, cy, s = self.zoom
            x, y = (x - cx) * s + MID, (y - cy) * s + MID
        return (SIZE - x, y) if self.mirror else (x, y)

    def many(self, points: list[Pt]) -> list[Pt]:
        return [self(p) for p in points]


def arrow_head(tip: Pt, prev: Pt, size: float = 11) -> list[Pt]:
    a = ang(sub(prev, tip))
    return [(tip[0] + size * math.cos(a + s), tip[1] + size * math.sin(a + s))
            for s in (0.5, -0.5)]


def draw_mark(mark: tuple, cv: Canvas) -> list[str]:
    kind = mark[0]
    if kind == "arrow":
        pts = cv.many(quad(mark[1], mark[2], mark[3]))
        h1, h2 = arrow_head(pts[-1], pts[-3])
        return path(pts) + (path([h1, pts[-1], h2]) if mark[4] else [])
    if kind == "ring":
        (cx, cy), r, a0, a1 = mark[1:]
        pts = cv.many([(cx + r * math.cos(math.radians(a0 + (a1 - a0) * i / 24)),
                        cy + r * math.sin(math.radians(a0 + (a1 - a0) * i / 24)))
                       for i in range(25)])
        h1, h2 = arrow_head(pts[-1], pts[-3], 9)
        return path(pts) + path([h1, pts[-1], h2])
    if kind == "breath":
        x, y = cv(mark[1])
        d = -mark[2] if cv.mirror else mark[2]
        out = []
        for oy, length in ((-8, 12), (0, 18), (8, 12)):
            out += path([(x + d * length * i / 10, y + oy + 2.4 * math.sin(i / 10 * 2 * math.pi))
                         for i in range(11)])
        return out
    if kind == "sight":
        return path(cv.many([mark[1], mark[2]]), ' stroke-dasharray="0.1 9"')
    if kind == "spark":
        x, y = cv(mark[1])
        towards = 180 - mark[2] if cv.mirror else mark[2]
        return [p for a in (towards - 55, towards, towards + 55) for p in path(
            [(x + r * math.cos(math.radians(a)), y + r * math.sin(math.radians(a)))
             for r in (5, 12)])]
    raise ValueError(f"unknown mark {kind}")


def draw_figure(pose: P, j: dict[str, Pt], cv: Canvas) -> list[str]:
    view = BASES[pose.base][0]
    out = []
    for style, chain in CHAINS[view]:
        names = list(itertools.takewhile(lambda name: name in j, chain))
        if len(names) < 2:
            continue
        if chain == ("neck", "pelvis") and "mid" in j:  # a bent spine: one smooth curve
            pts = bezier(j["neck"], j["mid"], j["pelvis"], 12)
        else:
            pts = [j[n] for n in names]
        faint = f' stroke-opacity="{FAR_OPACITY}"' if style == "far" and view == "side" else ""
        out += path(cv.many(pts), faint)
    if "head" not in j:
        return out
    head, neck = cv(j["head"]), cv(j["neck"])
    r = HEAD_R * cv.k
    dx, dy = sub(neck, head)
    d = math.hypot(dx, dy)
    if d > r:
        out += path([neck, (head[0] + dx / d * r, head[1] + dy / d * r)])
    out.append(f'<circle cx="{num(head[0])}" cy="{num(head[1])}" r="{num(r)}"/>')
    return out + draw_eyes(pose, view, j, cv)


def draw_eyes(pose: P, view: str, j: dict[str, Pt], cv: Canvas) -> list[str]:
    hx, hy = j["head"]
    k = cv.k
    if view == "side":
        if pose.look is None:
            eyes = [(hx + 6.5, hy - 2)]
        else:
            a = math.radians(pose.look)
            eyes = [(hx + 7 * math.cos(a), hy + 7 * math.sin(a))]
        across: Pt = (1, 0)
    else:
        nx, ny = j["neck"]
        d = math.hypot(hx - nx, hy - ny)
        up = ((hx - nx) / d, (hy - ny) / d)
        across = (-up[1], up[0])
        shift = pose.look or 0
        eyes = [(hx + across[0] * (s + shift) + up[0] * 2, hy + across[1] * (s + shift) + up[1] * 2)
                for s in (-5.5, 5.5)]
    out = []
    for e in eyes:
        sx, sy = cv(e)
        if pose.closed:
            w = 3.5 * math.sqrt(k)
            a = (sx - across[0] * w, sy - across[1] * w)
            b = (sx + across[0] * w, sy + across[1] * w)
            out += path([a, b], ' stroke-width="3"')
        else:
            out.append(f'<circle cx="{num(sx)}" cy="{num(sy)}" r="{num(3.2 * math.sqrt(k))}" '
                       f'fill="{INK}" stroke="none"/>')
    return out


def render(name: str, pose: P, warn: list) -> str:
    cv = Canvas(pose)
    j = solve(pose, name, warn)
    props, figure = [], draw_figure(pose, j, cv)
    for item in pose.props:
        if item[0] == "panel":
            (x0, y0), (x1, y1) = cv(item[1:3]), cv(item[3:5])
            props.append(f'<rect x="{num(min(x0, x1))}" y="{num(y0)}" width="{num(abs(x1 - x0))}" '
                         f'height="{num(y1 - y0)}" rx="10" fill="{PROP}" fill-opacity="0.16" '
                         'stroke="none"/>')
        else:
            props += path(cv.many(item))
    marks = [s for m in pose.marks for s in draw_mark(m, cv)]
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
             f'width="{SIZE}" height="{SIZE}">',
             f"<title>{name.removesuffix('.svg')}</title>",
             '<g fill="none" stroke-linecap="round" stroke-linejoin="round">']
    for color, width, items in ((PROP, PROP_W, props), (INK, FIGURE_W, figure),
                                (ACCENT, ACCENT_W, marks)):
        if items:
            lines.append(f'<g stroke="{color}" stroke-width="{width}">')
            lines += ["  " + s for s in items]
            lines.append("</g>")
    lines += ["</g>", "</svg>", ""]
    return "\n".join(lines)


def main() -> int:
    ART.mkdir(parents=True, exist_ok=True)
    warn: list[str] = []
    names = {f"{ident}-{n}.svg": pose for ident, poses in POSES.items()
             for n, pose in enumerate(poses, 1)}
    for stale in sorted({p.name for p in ART.glob("*.svg")} - set(names)):
        (ART / stale).unlink()  # art/ holds only what this script draws
    for name, pose in names.items():
        (ART / name).write_text(render(name, pose, warn), encoding="utf-8", newline="\n")
    for line in warn:
        sys.stderr.write(f"warning: {line}\n")
    sys.stdout.write(f"wrote {len(names)} illustrations to {ART}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
