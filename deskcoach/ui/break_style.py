"""The break window's stylesheet: colours and type sizes, and a focus ring keyboard users can
see against every button."""

from __future__ import annotations

STYLE = """
QWidget#breakWindow { background: #f6f8fa; }
QLabel { color: #1f2933; }
QLabel#eyebrow { color: #52606d; font-size: 10pt; letter-spacing: 1px; }
QLabel#title { font-size: 19pt; font-weight: 600; }
QLabel#dose { color: #52606d; font-size: 11pt; }
QLabel#steps { font-size: 16pt; }
QLabel#reps { font-size: 15pt; font-weight: 600; color: #1565c0; }
QLabel#left { font-size: 11pt; color: #52606d; }
QLabel#safety, QLabel#held { color: #52606d; font-size: 10pt; }
QLabel#note { font-size: 12pt; }
QProgressBar { border: none; background: #dde3ea; height: 6px; border-radius: 3px; }
QProgressBar::chunk { background: #1e88e5; border-radius: 3px; }
QPushButton { padding: 8px 16px; font-size: 11pt; border-radius: 6px;
              border: 1px solid #9aa5b1; background: #ffffff; color: #1f2933; }
QPushButton:disabled { color: #7b8794; background: #eef1f4; border-color: #cbd2d9; }
QPushButton#done, QPushButton#primary { background: #1565c0; color: #ffffff;
                                         border-color: #1565c0; }
"""
#: The focus ring: near black, 3 px (the padding gives back the 2 px it adds), so it stands
#: out at better than 3:1 from the grey edge of a white button and the blue of Done.
FOCUS_RING = "#0b0c0c"
STYLE += f"""
QPushButton:focus, QPushButton#done:focus, QPushButton#primary:focus {{
    border: 3px solid {FOCUS_RING}; padding: 6px 14px; }}
"""
