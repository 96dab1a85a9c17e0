"""The figure's colours and line widths (one place, so the player and sheets agree).

The colours are design tokens (deskcoach.ui.tokens.FIGURE): the figure is drawn on light
paper in both themes, so they do not change with it; the paper and the window around it do
(FigureView.paper and .backdrop, set by the break window from the theme).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from deskcoach.ui.tokens import FIGURE, LIGHT

INK = QColor(FIGURE["ink"])        # every outline
BODY = QColor(FIGURE["body"])      # the near side of the body
FAR = QColor(FIGURE["far"])        # limbs on the far side, a shade darker so depth reads
HAIR = QColor(FIGURE["hair"])
PROP = QColor(FIGURE["prop"])
PROP_DARK = QColor(FIGURE["prop_dark"])
PROP_LINE = QColor(FIGURE["prop_line"])
WINDOW = QColor(FIGURE["window"])
FLOOR = QColor(FIGURE["floor"])
ACCENT = QColor(FIGURE["accent"])  # cue arrows
PAPER = QColor(LIGHT.art_backdrop)  # the light theme's; the player takes the theme's
WINDOW_BACKGROUND = QColor(LIGHT.window)  # the break window's, behind the figure's corners
INSET = QColor(FIGURE["inset"])
OUTLINE_PX = 2.0
PROP_OUTLINE_PX = 1.5
ARROW_PX = 3.2
