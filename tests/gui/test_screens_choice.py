"""Which screen takes the break under each `break_screens` choice, and which get a panel."""

from __future__ import annotations

import pytest

from deskcoach.ui.screens import choose

SCREENS = ("left", "middle", "right")


@pytest.mark.parametrize(("choice", "pointer", "shown", "panels"), [
    ("pointer", "right", "right", []),
    ("primary", "right", "left", []),
    ("all", "right", "right", ["left", "middle"]),
    ("all", "left", "left", ["middle", "right"]),
    ("pointer", None, "left", []),  # the pointer on no known screen: the primary one
    ("all", None, "left", ["middle", "right"]),
])
def test_choose(choice: str, pointer: str | None, shown: str, panels: list[str]) -> None:
    assert choose(choice, SCREENS, pointer, "left") == (shown, panels)
