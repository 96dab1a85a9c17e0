"""The profile's folders at start: private, and a folder that cannot be changed is no crash."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from deskcoach.store.paths import resolve


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_ensure_takes_away_others_access_but_never_adds_write(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "profile")
    paths.config_dir.mkdir(parents=True, mode=0o755)
    paths.config_dir.chmod(0o755)
    paths.data_dir.mkdir(mode=0o500)  # made read-only on purpose: it stays so
    paths.ensure()
    assert _mode(paths.config_dir) == 0o700
    assert _mode(paths.data_dir) == 0o500
    assert _mode(paths.log_dir) == 0o700


def test_ensure_leaves_a_folder_it_cannot_make_to_whoever_writes_there(tmp_path: Path) -> None:
    (tmp_path / "profile").write_text("a file where the profile folder should be")
    paths = resolve(tmp_path / "profile")
    paths.ensure()  # History, the settings file and the log each say plainly what failed
    assert not paths.data_dir.exists()


def test_a_log_file_that_cannot_be_opened_means_standard_error_and_a_problem(
        tmp_path: Path) -> None:
    from deskcoach.services.logs import setup_logging

    paths = resolve(tmp_path / "profile")
    paths.log_file.mkdir(parents=True)  # opening it for writing fails, as on a read-only disk
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        problem = setup_logging(paths)
        added = [h for h in root.handlers if h not in handlers]
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert problem is not None
    assert problem.startswith(f"The log could not be saved to {paths.log_file} (")
    assert "standard error" in problem
    assert [type(h) for h in added] == [logging.StreamHandler]


def test_the_log_rotates_into_two_backups_of_bounded_size(tmp_path: Path) -> None:
    from deskcoach.services.logs import RotatingFile

    path = tmp_path / "deskcoach.log"
    handler = RotatingFile(path, max_bytes=1000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(100):  # 100 lines of 50 bytes: 5000 bytes through a 1000-byte log
            log.warning("%s", f"line {n:03d} ".ljust(49, "x"))
    finally:
        log.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "deskcoach.log", "deskcoach.log.1", "deskcoach.log.2"]
    sizes = [(tmp_path / name).stat().st_size for name in
             ("deskcoach.log", "deskcoach.log.1", "deskcoach.log.2")]
    assert all(size <= 1000 for size in sizes)
    assert sizes[1] == sizes[2] == 1000  # 20 whole lines each
    lines = [(tmp_path / name).read_text().splitlines() for name in
             ("deskcoach.log.2", "deskcoach.log.1", "deskcoach.log")]
    assert lines[0][0].startswith("line 040 ")  # the oldest kept, in order, none lost between
    assert [line[:8] for chunk in lines for line in chunk] == [
        f"line {n:03d}" for n in range(40, 100)]
