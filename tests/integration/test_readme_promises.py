"""The README says what the app does: each claim here is checked against the code that keeps
it (the behaviour itself is tested in tests/unit/test_smart_timing.py,
tests/gui/test_break_window.py and tests/gui/test_tray.py)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from deskcoach.platform import activity

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

#: Each idle-time backend `open_probe` can choose, and the desktop the README names for it.
BACKENDS = {"X11ActivityProbe": "X11", "MutterIdleProbe": "GNOME", "KdeIdleProbe": "KDE",
            "WindowsIdleProbe": "Windows", "MacIdleProbe": "macOS"}


def paragraph(start: str) -> str:
    """The README list item that starts with `start`, joined into one line."""
    match = re.search(rf"^- {re.escape(start)}.*?(?=^- |^$|^#)", README, re.M | re.S)
    assert match, f"README has no item starting {start!r}"
    return " ".join(match.group(0).split())


def test_the_typing_hold_names_every_desktop_whose_idle_time_it_reads() -> None:
    chooser = inspect.getsource(activity._choose_probe)
    used = {name for name in BACKENDS if name in chooser}
    assert used == set(BACKENDS), "open_probe chooses a backend this test does not know"
    hold = paragraph("**While you keep typing or using the mouse in another window")
    for name in used:
        assert BACKENDS[name] in hold, f"README's typing hold leaves out {BACKENDS[name]}"
    assert "deskcoach doctor" in hold


def test_away_and_strict_mode_say_what_the_app_does() -> None:
    away = paragraph("**Away:**")
    assert "stops the work timer" in away
    assert "stand still" in away
    strict = paragraph("**Strict mode**")
    assert "removes Snooze and Skip" in strict
    assert "greys them out" in strict
