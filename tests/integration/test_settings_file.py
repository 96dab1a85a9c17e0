"""SettingsFile against real files in tmp_path: defaults, round trips, damage and recovery."""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from deskcoach.core.settings import Settings
from deskcoach.store.settings_file import SettingsFile

NOW = datetime(2024, 3, 5, 14, 7, 9, tzinfo=timezone(timedelta(hours=1)))
STAMP = "20240305T140709"
FALLBACK = Settings(work_minutes=25, break_seconds=45, notice_seconds=0, snooze_minutes=10,
                    snoozes_per_break=0, daily_skip_budget=-1, strict_mode=True, sound=False)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.toml"


# ---- missing file ----

def test_missing_file_gives_defaults_and_no_problems(path: Path) -> None:
    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings()
    assert loaded.explicit == frozenset()
    assert loaded.problems == ()
    assert loaded.backup is None
    assert not path.exists()


def test_missing_file_with_fallback_gives_fallback(path: Path) -> None:
    loaded = SettingsFile(path).load(NOW, FALLBACK)

    assert loaded.settings == FALLBACK
    assert loaded.explicit == frozenset()
    assert loaded.problems == ()
    assert loaded.backup is None


# ---- save and load ----

def test_save_then_load_round_trips_every_key(path: Path) -> None:
    keys = frozenset(FALLBACK.as_dict())
    SettingsFile(path).save(FALLBACK, keys)

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == FALLBACK
    assert loaded.explicit == keys
    assert loaded.problems == ()
    assert loaded.backup is None
    assert _names(path.parent) == ["settings.toml"]


def test_save_keeps_only_explicit_keys_after_schema_version(path: Path) -> None:
    chosen = Settings(work_minutes=30, break_seconds=200, daily_skip_budget=-1, sound=False)
    explicit = frozenset({"work_minutes", "daily_skip_budget", "sound"})

    SettingsFile(path).save(chosen, explicit)

    text = path.read_text("utf-8")
    assert text.startswith("schema_version = 1\n")
    assert tomllib.loads(text) == {
        "schema_version": 1, "work_minutes": 30, "daily_skip_budget": -1, "sound": False}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _names(path.parent) == ["settings.toml"]

    loaded = SettingsFile(path).load(NOW)

    # break_seconds was not explicit, so it follows the default again.
    assert loaded.settings == Settings(work_minutes=30, daily_skip_budget=-1, sound=False)
    assert loaded.explicit == explicit
    assert loaded.problems == ()


def test_save_with_no_explicit_keys_writes_only_the_version(path: Path) -> None:
    SettingsFile(path).save(FALLBACK, frozenset())

    assert path.read_text("utf-8") == "schema_version = 1\n"
    loaded = SettingsFile(path).load(NOW)
    assert loaded.settings == Settings()
    assert loaded.explicit == frozenset()
    assert loaded.problems == ()


def test_save_overwrites_previous_file(path: Path) -> None:
    file = SettingsFile(path)
    file.save(Settings(work_minutes=30), frozenset({"work_minutes"}))
    file.save(Settings(sound=False), frozenset({"sound"}))

    assert tomllib.loads(path.read_text("utf-8")) == {"schema_version": 1, "sound": False}
    assert file.load(NOW).settings == Settings(sound=False)
    assert _names(path.parent) == ["settings.toml"]


# ---- one bad value ----

def test_one_bad_value_keeps_other_keys_and_uses_fallback(path: Path) -> None:
    raw = b"schema_version = 1\nwork_minutes = 500\nbreak_seconds = 90\nsound = false\n"
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW, FALLBACK)

    assert loaded.settings == FALLBACK.with_value("break_seconds", 90)
    assert loaded.settings.work_minutes == 25
    assert loaded.settings.sound is False
    assert loaded.explicit == frozenset({"break_seconds", "sound"})
    assert loaded.problems == (
        "settings.toml: 'work_minutes' is 500, allowed: 5-120 minutes; using 25",)
    assert loaded.backup == path.with_name(f"settings.toml.bad-{STAMP}")
    assert loaded.backup.read_bytes() == raw
    assert path.read_bytes() == raw  # the user's file is not rewritten behind their back


def test_one_bad_value_without_fallback_uses_default(path: Path) -> None:
    raw = b"schema_version = 1\nwork_minutes = 500\nbreak_seconds = 90\n"
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings(break_seconds=90)
    assert loaded.explicit == frozenset({"break_seconds"})
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.startswith("settings.toml: ")
    assert "'work_minutes'" in problem
    assert "5-120" in problem
    assert problem.endswith("using 40")
    assert loaded.backup is not None
    assert loaded.backup.read_bytes() == raw


def test_wrong_types_and_unknown_keys_are_each_reported(path: Path) -> None:
    raw = (b'schema_version = 1\nsound = "yes"\nsnooze_minutes = 2.5\n'
           b"volume = 11\nnotice_seconds = 30\n")
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings(notice_seconds=30)
    assert loaded.explicit == frozenset({"notice_seconds"})
    assert len(loaded.problems) == 3
    assert all(p.startswith("settings.toml: ") for p in loaded.problems)
    assert "'sound' must be true or false" in loaded.problems[0]
    assert "'snooze_minutes'" in loaded.problems[1]
    assert "1-30" in loaded.problems[1]
    assert "unknown setting 'volume'" in loaded.problems[2]
    assert loaded.backup is not None
    assert loaded.backup.read_bytes() == raw


# ---- unreadable contents ----

CORRUPT = {
    "garbage": b"this is not toml {{{ at all ]]\n",
    "truncated": b"schema_version = 1\nwork_minutes = 30\nbreak_sec",
    "truncated-value": b"schema_version = 1\nwork_minutes =",
    "binary": bytes(range(256)) * 4,
    "invalid-utf8": b"schema_version = 1\nwork_minutes = 30 # \xff\xfe\n",
    "nul": b"schema_version = 1\x00\n",
}


@pytest.mark.parametrize("raw", CORRUPT.values(), ids=CORRUPT.keys())
def test_corrupt_file_gives_defaults_and_a_backup(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW)

    backup = path.with_name(f"settings.toml.bad-{STAMP}")
    assert loaded.settings == Settings()
    assert loaded.explicit == frozenset()
    assert loaded.backup == backup
    assert backup.read_bytes() == raw
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.startswith(f"{path}: not a readable settings file (")
    assert problem.endswith(f"; a copy is kept as {backup.name}; using default settings")
    assert path.read_bytes() == raw
    assert _names(path.parent) == ["settings.toml", backup.name]


@pytest.mark.parametrize("raw", CORRUPT.values(), ids=CORRUPT.keys())
def test_corrupt_file_with_fallback_keeps_last_good_settings(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW, FALLBACK)

    assert loaded.settings == FALLBACK
    assert loaded.explicit == frozenset()
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith(f"{path}: ")
    assert loaded.problems[0].endswith("; using the last good settings")
    assert loaded.backup is not None
    assert loaded.backup.read_bytes() == raw


def test_a_bad_file_read_by_several_runs_keeps_one_backup(path: Path) -> None:
    """Each CLI run is a new SettingsFile: a 10 MB bad file once made a copy per run."""
    path.write_bytes(CORRUPT["garbage"])
    first = SettingsFile(path).load(NOW).backup
    second = SettingsFile(path).load(NOW).backup
    third = SettingsFile(path).load(datetime(2030, 1, 1, tzinfo=UTC)).backup

    assert first == second == third == path.with_name(f"settings.toml.bad-{STAMP}")
    assert first.read_bytes() == CORRUPT["garbage"]
    assert _names(path.parent) == ["settings.toml", f"settings.toml.bad-{STAMP}"]


def test_reloading_the_same_bad_file_keeps_one_backup(path: Path) -> None:
    """The running app reloads on every change in the folder, its own backup's arrival
    included: one copy per bad content, or it would copy forever."""
    file = SettingsFile(path)
    path.write_bytes(b"schema_version = 1\nwork_minutes = 500\n")
    first = file.load(NOW)
    again = file.load(NOW)
    assert again.backup == first.backup == path.with_name(f"settings.toml.bad-{STAMP}")
    assert again.problems == first.problems
    path.write_bytes(b"schema_version = 1\nwork_minutes = 600\n")
    other = file.load(NOW)
    assert other.backup == path.with_name(f"settings.toml.bad-{STAMP}-1")
    assert _names(path.parent) == ["settings.toml", f"settings.toml.bad-{STAMP}",
                                   f"settings.toml.bad-{STAMP}-1"]


def test_empty_file_means_nothing_set(path: Path) -> None:
    """An empty file is valid TOML with no keys: defaults (or the fallback), not an error."""
    path.write_bytes(b"")

    plain = SettingsFile(path).load(NOW)
    with_fallback = SettingsFile(path).load(NOW, FALLBACK)

    assert plain.settings == Settings()
    assert with_fallback.settings == FALLBACK
    assert plain.explicit == with_fallback.explicit == frozenset()
    assert path.read_bytes() == b""


def test_unreadable_file_is_reported(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"schema_version = 1\nwork_minutes = 30\n"
    path.write_bytes(raw)
    path.chmod(0)
    try:
        try:
            with path.open("rb"):
                readable = True  # root ignores the mode bits
        except PermissionError:
            readable = False
        if readable:
            real_read_bytes = Path.read_bytes

            def denied(self: Path) -> bytes:
                if self == path:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
                return real_read_bytes(self)

            monkeypatch.setattr(Path, "read_bytes", denied)

        loaded = SettingsFile(path).load(NOW)
        with_fallback = SettingsFile(path).load(NOW, FALLBACK)
    finally:
        path.chmod(0o600)
    monkeypatch.undo()

    assert loaded.settings == Settings()
    assert loaded.explicit == frozenset()
    assert loaded.problems == (
        f"{path}: cannot be read ({os.strerror(errno.EACCES)}); using default settings",)
    assert loaded.backup is None
    assert with_fallback.settings == FALLBACK
    assert len(with_fallback.problems) == 1
    assert "cannot be read" in with_fallback.problems[0]
    assert path.read_bytes() == raw
    assert _names(path.parent) == ["settings.toml"]


# ---- schema versions ----

def test_newer_schema_version_is_reported_and_known_keys_used(path: Path) -> None:
    raw = b"schema_version = 2\nwork_minutes = 30\nsound = false\n"
    path.write_bytes(raw)

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings(work_minutes=30, sound=False)
    assert loaded.explicit == frozenset({"work_minutes", "sound"})
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.startswith("settings.toml: 'schema_version' is 2, newer than")
    assert "known keys are used" in problem
    assert path.read_bytes() == raw


@pytest.mark.parametrize("version", [b"0", b"-1", b'"1"', b"true", b"1.0"])
def test_invalid_schema_version_is_reported(path: Path, version: bytes) -> None:
    path.write_bytes(b"schema_version = " + version + b"\nwork_minutes = 30\n")

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings(work_minutes=30)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("settings.toml: 'schema_version' must be")


# ---- debris ----

def test_load_removes_temp_debris_and_nothing_else(path: Path) -> None:
    path.write_bytes(b"schema_version = 1\nwork_minutes = 30\n")
    debris = [".settings.toml.k2j3h4.tmp", ".settings.toml.zz.tmp"]
    keep = [f"settings.toml.bad-{STAMP}", ".other.toml.k2j3h4.tmp", ".settings.toml.swp"]
    for name in debris + keep:
        (path.parent / name).write_bytes(b"leftover")

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings(work_minutes=30)
    assert loaded.problems == ()
    assert _names(path.parent) == sorted(["settings.toml", *keep])


def test_load_of_missing_file_still_removes_debris(path: Path) -> None:
    (path.parent / ".settings.toml.abc.tmp").write_bytes(b"half a file")

    loaded = SettingsFile(path).load(NOW)

    assert loaded.settings == Settings()
    assert _names(path.parent) == []
