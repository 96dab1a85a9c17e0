"""Daily anchors as the user writes them."""

from __future__ import annotations

from datetime import time

import pytest

from deskcoach.core.anchors import Anchor, AnchorError, parse_anchors
from deskcoach.core.settings import SettingError, parse_text


def test_names_and_times_sorted_by_time() -> None:
    assert parse_anchors("Lunch 12:30, coffee 8:05,  end of day 17:15") == (
        Anchor("coffee", time(8, 5)), Anchor("lunch", time(12, 30)),
        Anchor("end of day", time(17, 15)))
    assert parse_anchors("") == ()
    assert parse_anchors(" , ") == ()


@pytest.mark.parametrize(("text", "message"), [
    ("coffee", "cannot read 'coffee': write a name and a time"),
    ("08:30", "cannot read '08:30'"),
    ("coffee 24:00", "'coffee 24:00': the time must be 00:00-23:59"),
    ("coffee 08:61", "the time must be 00:00-23:59"),
    ("a 08:00, b 09:00, c 10:00, d 11:00, e 12:00", "at most 4 daily anchors"),
    ("coffee 08:30, tea 08:30", "two anchors at the same time"),
    ("x" * 121, "at most 120 characters"),
])
def test_refused_with_the_form_to_use(text: str, message: str) -> None:
    with pytest.raises(AnchorError, match=message):
        parse_anchors(text)


def test_the_setting_checks_them() -> None:
    assert parse_text("daily_anchors", "coffee 08:30") == "coffee 08:30"
    with pytest.raises(SettingError, match="'daily_anchors': cannot read 'coffee at eight'"):
        parse_text("daily_anchors", "coffee at eight")
