"""Checking that the cycle refused a command, and why (a refusal is the last effect)."""

from __future__ import annotations

import re

from deskcoach.core.events import Effect, refusal


def assert_refused(effects: list[Effect], pattern: str) -> None:
    reason = refusal(effects)
    assert reason is not None, f"not refused: {effects}"
    assert re.search(pattern, reason), reason
