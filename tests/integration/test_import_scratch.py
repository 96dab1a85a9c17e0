"""An import killed midway leaves its scratch file beside the history; the next start or import
removes it, and nothing else: not a running import's, not through a link, not another user's."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from deskcoach.store.history import History
from tools.control import wait_for
from tools.synthetic_history import fill

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 20, 18, tzinfo=ZONE)
BREAKS_PER_DAY = 33
DAYS = 1500  # 49,500 breaks: an import that takes a second or two to check


def _deskcoach(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "deskcoach", "--profile", str(profile), *args]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    history = History(folder / "data" / "history.sqlite3", NOW)
    fill(history, date(2026, 11, 20), DAYS, BREAKS_PER_DAY, ZONE, random.Random(7),
         weekends=True, now=NOW)
    history.close()
    file = folder / "export.json"
    subprocess.run(_deskcoach(folder, "export", str(file)), check=True, capture_output=True,
                   timeout=120)
    return file


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A profile with a history (empty), so an import checks the file beside it."""
    History(tmp_path / "p" / "data" / "history.sqlite3", NOW).close()
    return tmp_path / "p"


def _scratch(profile: Path) -> list[Path]:
    return sorted((profile / "data").glob(".deskcoach-import-*.sqlite3"))


def _breaks(profile: Path) -> int:
    db = sqlite3.connect(profile / "data" / "history.sqlite3")
    try:
        return int(db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])
    finally:
        db.close()


def _started_import(profile: Path, export: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """An import running, once its scratch file is being written."""
    there = set(_scratch(profile))
    proc = subprocess.Popen(_deskcoach(profile, "import", str(export)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = wait_for(lambda: [p for p in _scratch(profile) if p not in there
                              and p.lstat().st_size > 0], 60,
                     "the import's scratch file", interval=0.005)
    assert proc.poll() is None, "the import ended before it could be stopped midway"
    return proc, found[0]


def test_a_killed_imports_scratch_file_goes_at_the_next_import(
        profile: Path, export: Path) -> None:
    proc, left = _started_import(profile, export)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert _scratch(profile) == [left]  # left behind, as a killed import does
    assert _breaks(profile) == 0  # and nothing merged
    done = subprocess.run(_deskcoach(profile, "import", str(export)), capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert _scratch(profile) == []
    assert _breaks(profile) == DAYS * BREAKS_PER_DAY


def test_the_clean_up_spares_a_running_import_links_and_files_not_ours(
        profile: Path, export: Path, tmp_path: Path) -> None:
    data = profile / "data"
    victim = tmp_path / "victim.sqlite3"
    victim.write_bytes(b"not ours to remove")
    (data / ".deskcoach-import-link.sqlite3").symlink_to(victim)
    (data / ".deskcoach-import-other.txt").write_text("another name")
    stale = data / ".deskcoach-import-stale.sqlite3"
    stale.write_bytes(b"")
    foreign = data / ".deskcoach-import-foreign.sqlite3"
    foreign.write_bytes(b"")
    if os.getuid() == 0:  # CI runs as root: a file of another user stays
        os.chown(foreign, 65534, 65534)
    proc, running = _started_import(profile, export)
    proc.send_signal(signal.SIGSTOP)  # paused midway: its file is held, not stale
    try:
        History(data / "history.sqlite3", NOW).close()  # what the app does at start
        names = sorted(p.name for p in data.iterdir() if p.name.startswith(".deskcoach"))
        expected = {".deskcoach-import-link.sqlite3", ".deskcoach-import-other.txt",
                    running.name}
        if os.getuid() == 0:
            expected.add(foreign.name)
        assert names == sorted(expected)
        assert victim.read_bytes() == b"not ours to remove"
    finally:
        proc.send_signal(signal.SIGCONT)
    assert proc.wait(timeout=120) == 0
    assert not running.exists()
    assert _breaks(profile) == DAYS * BREAKS_PER_DAY
