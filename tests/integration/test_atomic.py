"""write_atomic, remove_debris and keep_backup against a real file system (tmp_path only)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from deskcoach.store.atomic import keep_backup, remove_debris, write_atomic

NOW = datetime(2024, 3, 5, 14, 7, 9, tzinfo=timezone(timedelta(hours=1)))
STAMP = "20240305T140709"


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """umask 0: any 0600 we see comes from the code under test, not from the environment."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- write_atomic ----

def test_write_creates_file_with_content_mode_0600_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"

    write_atomic(target, b"schema_version = 1\n")

    assert target.read_bytes() == b"schema_version = 1\n"
    assert _mode(target) == 0o600
    assert _names(tmp_path) == ["settings.toml"]


def test_write_replaces_existing_file_and_tightens_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"old contents that are longer than the new ones\n")
    target.chmod(0o644)

    write_atomic(target, b"new\n")

    assert target.read_bytes() == b"new\n"
    assert _mode(target) == 0o600
    assert _names(tmp_path) == ["settings.toml"]


def test_write_creates_missing_parent_folder_private(tmp_path: Path) -> None:
    target = tmp_path / "config" / "settings.toml"

    write_atomic(target, b"x = 1\n")

    assert target.read_bytes() == b"x = 1\n"
    assert _mode(target.parent) == 0o700
    assert _names(target.parent) == ["settings.toml"]


def test_write_of_empty_bytes_gives_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"something")

    write_atomic(target, b"")

    assert target.read_bytes() == b""
    assert _names(tmp_path) == ["settings.toml"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_keeps_old_file_and_leaves_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"the good old settings\n")
    target.chmod(0o600)
    calls: list[str] = []

    def broken(*args: object, **kwargs: object) -> None:
        calls.append(failing)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)

    with pytest.raises(OSError, match="No space left on device"):
        write_atomic(target, b"the new settings that never arrive\n")

    monkeypatch.undo()
    assert calls == [failing]
    assert target.read_bytes() == b"the good old settings\n"
    assert _mode(target) == 0o600
    assert _names(tmp_path) == ["settings.toml"]


def test_failed_first_write_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.toml"

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)

    with pytest.raises(OSError, match="Input/output error"):
        write_atomic(target, b"data\n")

    monkeypatch.undo()
    assert _names(tmp_path) == []


# ---- remove_debris ----

def test_remove_debris_removes_only_leftover_temps_of_that_name(tmp_path: Path) -> None:
    debris = [".settings.toml.abc123.tmp", ".settings.toml.x.tmp", ".settings.toml.a.b.tmp"]
    keep = [
        "settings.toml",
        f"settings.toml.bad-{STAMP}",
        ".settings.toml.swp",
        ".settings.toml.tmp",  # no random part: not something write_atomic makes
        "settings.toml.abc.tmp",  # no leading dot
        ".other.toml.abc123.tmp",
        ".settings.tomlx.abc.tmp",
        "notes.tmp",
    ]
    for name in debris + keep:
        (tmp_path / name).write_bytes(name.encode())

    remove_debris(tmp_path, "settings.toml")

    assert _names(tmp_path) == sorted(keep)
    for name in keep:
        assert (tmp_path / name).read_bytes() == name.encode()


def test_remove_debris_cleans_what_a_killed_write_atomic_would_leave(tmp_path: Path) -> None:
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".settings.toml.", suffix=".tmp", dir=tmp_path)
    os.close(fd)
    (tmp_path / "settings.toml").write_bytes(b"ok\n")

    remove_debris(tmp_path, "settings.toml")

    assert not Path(name).exists()
    assert _names(tmp_path) == ["settings.toml"]


def test_remove_debris_on_missing_folder_is_harmless(tmp_path: Path) -> None:
    remove_debris(tmp_path / "absent", "settings.toml")

    assert _names(tmp_path) == []


# ---- keep_backup ----

def test_keep_backup_copies_bytes_to_timestamped_name(tmp_path: Path) -> None:
    original = tmp_path / "settings.toml"
    payload = b"\x00\xffgarbage\nwork_minutes = ="
    original.write_bytes(payload)
    original.chmod(0o644)

    backup = keep_backup(original, NOW)

    assert backup == tmp_path / f"settings.toml.bad-{STAMP}"
    assert backup.read_bytes() == payload
    assert _mode(backup) == 0o600
    assert original.read_bytes() == payload  # a copy, not a move
    assert _names(tmp_path) == ["settings.toml", f"settings.toml.bad-{STAMP}"]


def test_keep_backup_numbers_collisions_and_never_overwrites(tmp_path: Path) -> None:
    original = tmp_path / "history.sqlite3"
    made = []
    for round_ in range(3):
        original.write_bytes(f"version {round_}".encode())
        made.append(keep_backup(original, NOW))

    assert made == [
        tmp_path / f"history.sqlite3.bad-{STAMP}",
        tmp_path / f"history.sqlite3.bad-{STAMP}-1",
        tmp_path / f"history.sqlite3.bad-{STAMP}-2",
    ]
    assert [p.read_bytes() for p in made if p] == [b"version 0", b"version 1", b"version 2"]


def test_keep_backup_of_missing_file_returns_none(tmp_path: Path) -> None:
    assert keep_backup(tmp_path / "settings.toml", NOW) is None
    assert _names(tmp_path) == []


def test_keep_backup_never_writes_through_a_planted_link(tmp_path: Path) -> None:
    """A dangling link where the backup would go: the copy goes to the next free name, and
    the link's target is never created."""
    original = tmp_path / "settings.toml"
    original.write_bytes(b"bad = =")
    elsewhere = tmp_path / "elsewhere" / "autostart.desktop"
    elsewhere.parent.mkdir()
    (tmp_path / f"settings.toml.bad-{STAMP}").symlink_to(elsewhere)

    backup = keep_backup(original, NOW)

    assert backup == tmp_path / f"settings.toml.bad-{STAMP}-1"
    assert backup.read_bytes() == b"bad = ="
    assert not elsewhere.exists()


def test_keep_backup_keeps_one_copy_of_each_content(tmp_path: Path) -> None:
    original = tmp_path / "settings.toml"
    original.write_bytes(b"bad = =")
    first = keep_backup(original, NOW)
    again = keep_backup(original, NOW.replace(year=2030))
    original.write_bytes(b"worse = =")
    other = keep_backup(original, NOW)
    assert first == again == tmp_path / f"settings.toml.bad-{STAMP}"
    assert other == tmp_path / f"settings.toml.bad-{STAMP}-1"
    assert _names(tmp_path) == ["settings.toml", f"settings.toml.bad-{STAMP}",
                                f"settings.toml.bad-{STAMP}-1"]
