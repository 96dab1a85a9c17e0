"""The dashboard's own process: how the app starts it, and the clock it shares with it."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from deskcoach.__main__ import _window_parser
from deskcoach.services.clock import AppClock
from deskcoach.ui.progress_process import command

ANCHOR = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_the_command_names_the_profile_and_the_apps_clock() -> None:
    got = command(Path("/p/prof"), ANCHOR, 60.0, "de")
    assert got == [sys.executable, "-m", "deskcoach", "--profile", "/p/prof",
                   "progress-window", "--anchor", "2026-01-05T09:00:00+00:00",
                   "--time-scale", "60.0", "--lang", "de"]
    assert command(None, ANCHOR, 1.0, "en")[3:] == [
        "progress-window", "--anchor", "2026-01-05T09:00:00+00:00", "--time-scale", "1.0",
        "--lang", "en"]
    args = _window_parser().parse_args(got[3:])
    assert (args.command, args.profile, args.anchor, args.time_scale, args.lang) == (
        "progress-window", "/p/prof", ANCHOR, 60.0, "de")


def test_a_clock_given_the_apps_anchor_reads_the_apps_time() -> None:
    zone = timezone(timedelta(hours=1))
    app = AppClock(60, zone, anchor=ANCHOR)
    # One real second after the anchor is a minute of app time; the same for both clocks.
    real = ANCHOR + timedelta(seconds=1)
    assert app.to_app(real) == datetime(2026, 1, 5, 10, 1, tzinfo=zone)
    other = AppClock(60, zone, anchor=datetime.fromisoformat(ANCHOR.isoformat()))
    assert other.to_app(real) == app.to_app(real)
    assert AppClock(60, zone).anchor > ANCHOR  # without one: now
