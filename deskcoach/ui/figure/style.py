"""The figure's colours and line widths (one place, so the player and sheets agree)."""

from __future__ import annotations

from PySide6.QtGui import QColor

INK = QColor("#1f2933")        # every outline
BODY = QColor("#a9cbee")       # the near side of the body
FAR = QColor("#85acd6")        # limbs on the far side, a shade darker so depth reads
HAIR = QColor("#3e4c59")
PROP = QColor("#e9edf1")
PROP_DARK = QColor("#b8c2cc")
PROP_LINE = QColor("#7b8794")
WINDOW = QColor("#d6ecfb")
FLOOR = QColor("#e4e7eb")
ACCENT = QColor("#1e88e5")     # cue arrows
PAPER = QColor("#ffffff")
WINDOW_BACKGROUND = QColor("#f6f8fa")  # the break window's, behind the figure's corners
INSET = QColor("#f5f7fa")
OUTLINE_PX = 2.0
PROP_OUTLINE_PX = 1.5
ARROW_PX = 3.2
