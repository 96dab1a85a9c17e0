"""Design tokens: every colour, spacing and type size DeskCoach draws with, in one place.

Plain Python (no Qt), so the PDF report, the tests and the screenshots tool read the same
values as the windows. A light and a dark set; the PDF always uses the light one. No other
module may spell a colour (tests/unit/test_tokens.py greps for literals), and every pair of
foreground and background colours the windows use is listed in USED_PAIRS, which the same
test checks against WCAG 2.1 AA.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Final


@dataclass(frozen=True)
class Colours:
    """One theme's colours, named for what they are for, not for how they look."""

    name: str
    window: str  # the window background
    surface: str  # cards, charts, tables
    surface_alt: str  # headers, group rows, the empty cells of the heat map
    border: str
    text: str  # body text
    text_muted: str  # captions, hints; still body-text contrast
    accent: str  # the interval line, links, focus
    on_accent: str  # text on an accent-coloured button
    success: str  # better than last week, "fine" answers
    warning: str  # pre-break ring, snooze
    danger: str  # errors, worse than last week, answers to act on
    #: the stacked bars, bottom to top: completed, snoozed then taken, natural, skipped, missed
    series: tuple[str, str, str, str, str]
    neutral: str  # the longest-stretch bars, the paused ring
    heat_high: str  # the heat map's busiest cell (its emptiest is `surface_alt`)
    art_backdrop: str  # behind the checklist's drawings and the figure, drawn for light paper
    primary: str  # the fill of the one main button (Done)
    on_primary: str
    focus_ring: str  # 3:1 against the primary button, a plain button and the window
    control_edge: str  # the edge of a plain button


LIGHT: Final = Colours(
    name="light",
    window="#f4f6f8", surface="#ffffff", surface_alt="#e9edf1", border="#cbd2d9",
    text="#1f2933", text_muted="#52606d", accent="#1565c0", on_accent="#ffffff",
    success="#2e7d32", warning="#b45309", danger="#c62828",
    series=("#0072b2", "#5b8fc7", "#1b7f5a", "#b45309", "#ad1457"),
    neutral="#6b7785", heat_high="#c2410c", art_backdrop="#ffffff",
    primary="#1565c0", on_primary="#ffffff", focus_ring="#0b0c0c",
    control_edge="#9aa5b1",
)

DARK: Final = Colours(
    name="dark",
    window="#1b1f24", surface="#242a31", surface_alt="#2e353d", border="#46505b",
    text="#e6e9ed", text_muted="#aab4be", accent="#7cb7ff", on_accent="#10141a",
    success="#6fcf97", warning="#f2b25c", danger="#ff8a80",
    series=("#5fa8ff", "#a9cdf5", "#4cc38a", "#f2b25c", "#f06ba8"),
    neutral="#9aa5b1", heat_high="#f59e5b", art_backdrop="#e8ecf0",
    primary="#1f6fd1", on_primary="#ffffff", focus_ring="#ffffff",
    control_edge="#5b6672",
)

THEMES: Final = {"light": LIGHT, "dark": DARK}

#: the tray ring's phase colours do not follow the window theme: the panel behind the icon
#: has its own colours, so the ring keeps mid tones that read on both, with its outline.
#: Colours are #rrggbb or #rrggbbaa (with opacity).
RING: Final = {"working": "#1e88e5", "pre_break": "#fb8c00", "on_break": "#43a047",
               "snoozed": "#fb8c00", "paused": "#9e9e9e",
               "outline": "#282828aa", "track": "#8080806e"}

#: The animated figure's own colours. It is drawn on `art_backdrop` paper, light in both
#: themes, so these stay the same (a light-blue body with dark outlines reads on both papers).
FIGURE: Final = {"ink": "#1f2933", "body": "#a9cbee", "far": "#85acd6", "hair": "#3e4c59",
                 "prop": "#e9edf1", "prop_dark": "#b8c2cc", "prop_line": "#7b8794",
                 "window": "#d6ecfb", "floor": "#e4e7eb", "accent": "#1976d2",
                 "inset": "#f5f7fa"}

#: spacing in device-independent pixels
SPACE: Final = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}

#: type sizes in points
TYPE: Final = {"small": 9.0, "caption": 10.0, "body": 10.5, "lead": 11.0, "note": 12.0,
               "value": 14.0, "emphasis": 15.0, "heading": 16.0, "title": 18.0,
               "display": 19.0}

#: the PDF report's sizes in points (always the light colours)
PRINT_TYPE: Final = {"small": 9.0, "body": 10.5, "heading": 12.5, "title": 18.0}

#: (foreground, background, large) for every pair drawn: large text needs 3:1, body text
#: 4.5:1 (WCAG 2.1 AA 1.4.3); "series"/"neutral"/"heat_high"/"border-free" graphics need 3:1
#: (1.4.11), marked large as well.
USED_PAIRS: Final = (
    ("text", "window", False), ("text", "surface", False), ("text", "surface_alt", False),
    ("text_muted", "window", False), ("text_muted", "surface", False),
    ("text_muted", "surface_alt", False),
    ("accent", "surface", False), ("accent", "window", False),
    ("on_accent", "accent", False),
    ("success", "surface", False), ("success", "window", False),
    ("danger", "surface", False), ("danger", "window", False),
    ("warning", "surface", False),
    ("on_primary", "primary", False), ("focus_ring", "primary", True),
    ("focus_ring", "surface", True), ("focus_ring", "window", True),
    ("focus_ring", "control_edge", True),
    ("series", "surface", True), ("neutral", "surface", True), ("heat_high", "surface", True),
)


def pairs(theme: Colours) -> list[tuple[str, str, str, bool]]:
    """(what, foreground, background, large) for every used pair in `theme`."""
    out = []
    for fg, bg, large in USED_PAIRS:
        front = getattr(theme, fg)
        for i, colour in enumerate(front if isinstance(front, tuple) else (front,)):
            out.append((f"{fg}[{i}] on {bg}", colour, getattr(theme, bg), large))
    return out


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of #rrggbb (an alpha part is ignored)."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Colours) if f.name != "name")
