"""Draw the workstation checklist's diagrams with the exercise figure, so both share a style.

Run `python tools/draw_checklist_art.py` to (re)write resources/checklist/art/*.svg. Each
diagram is a keyframe (the same data the exercises use), painted by deskcoach.ui.figure into
a 240 x 240 SVG with QSvgGenerator.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ART = Path(__file__).resolve().parent.parent / "resources" / "checklist" / "art"

#: file: the keyframe (as in an exercise file)
DIAGRAMS = {
    # Sitting right back, the backrest a little reclined and carrying the back (C2, C6).
    "chair-posture.svg": {"base": "type", "view": "side",
                          "props": ["office-chair", "desk", "monitor"],
                          "joints": {"shift_cm": -8, "lean": -5, "shoulder_flex": 24,
                                     "elbow": 62}},
    "screen-height.svg": {"base": "type", "view": "side",
                          "props": ["office-chair", "desk", "monitor"],
                          "arrows": ["eyes:forward"]},
    "screen-distance.svg": {"base": "type", "view": "side",
                            "props": ["office-chair", "desk", "monitor"],
                            "joints": {"r_shoulder_flex": 88, "r_elbow": 0, "r_pronation": 90,
                                       "r_wrist": -10}},
    "keyboard-elbows.svg": {"base": "type", "view": "side", "zoom": "upper",
                            "props": ["office-chair", "desk"]},
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ART.parents[2]))
    from PySide6.QtCore import QRect, QRectF, QSize
    from PySide6.QtGui import QGuiApplication, QPainter
    from PySide6.QtSvg import QSvgGenerator

    from deskcoach.core.keyframes import parse_keyframes
    from deskcoach.ui.figure.scene import bounds, paint_frame

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, spec in DIAGRAMS.items():
        key = parse_keyframes([spec], name, None)[0]
        area = bounds([key.pose], key.view, key.zoom)
        if key.zoom == "body":  # show the desk and screen in full, not only the body
            area = area.united(QRectF(-40.0, -150.0, 145.0, 150.0))
        target = ART / name
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(240, 240))
        generator.setViewBox(QRect(0, 0, 240, 240))
        generator.setTitle(name.removesuffix(".svg").replace("-", " "))
        generator.setDescription("Drawn by tools/draw_checklist_art.py for DeskCoach.")
        painter = QPainter(generator)
        paint_frame(painter, QRectF(4, 4, 232, 232), key.pose, key, area)
        painter.end()
        print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
