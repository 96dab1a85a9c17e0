"""`deskcoach import` and `stats` at the edges, run as real processes on temporary profiles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def cli(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deskcoach", "--profile", str(profile), *args],
                          capture_output=True, text=True, timeout=60, check=False)


def export_with(**break_times: str) -> dict[str, object]:
    row = {"uid": "b1", "due": "2024-06-03T09:58:00+02:00",
           "started": "2024-06-03T10:00:00+02:00", "ended": "2024-06-03T10:02:00+02:00",
           "utc_offset_min": 120, "outcome": "completed", "snoozes": 0,
           "exercises": ["chin-tuck"]}
    row.update(break_times)
    return {"format": "deskcoach-export", "format_version": 1, "settings": {"sound": False},
            "breaks": [row]}


@pytest.mark.parametrize(("times", "named"), [
    ({"ended": "9999-12-31T23:59:59-01:00"}, "breaks[0].ended is 9999-12-31T23:59:59-01:00"),
    ({"ended": "2024-06-03T09:59:00+02:00"}, "breaks[0].ended (2024-06-03T09:59:00+02:00) is "
                                             "before started (2024-06-03T10:00:00+02:00)"),
], ids=["year-9999", "ends-before-it-starts"])
def test_an_impossible_break_refuses_the_whole_file(tmp_path: Path, times: dict[str, str],
                                                    named: str) -> None:
    profile = tmp_path / "p"
    file = tmp_path / "export.json"
    file.write_text(json.dumps(export_with(**times)))
    done = cli(profile, "import", str(file))
    assert done.returncode == 2, done.stderr
    assert named in done.stderr
    assert "Traceback" not in done.stderr
    assert not (profile / "config" / "settings.toml").exists()  # the settings did not land
    assert not (profile / "data" / "history.sqlite3").exists()


@pytest.mark.parametrize("asked", [("--until", "9999-12-31"),
                                   ("--since", "9999-12-25", "--until", "9999-12-31"),
                                   ("--since", "0001-01-01", "--until", "0001-01-03"),
                                   ("--days", "100000000")],
                         ids=["until-9999", "since-9999", "year-1", "days-beyond-year-1"])
def test_stats_at_the_ends_of_the_calendar_says_so(tmp_path: Path, asked: tuple[str, ...]) -> None:
    done = cli(tmp_path / "p", "stats", *asked)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "stats shows days from 1970-01-01 to 9999-12-01" in done.stderr
