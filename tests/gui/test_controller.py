"""The controller with a real alarm, real stores and a fast clock: effects reach the world."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from deskcoach.core.settings import Settings
from deskcoach.core.status import Outcome, Phase
from deskcoach.services.coach import Coach
from deskcoach.services.protocol import Request
from deskcoach.store.history import History
from tests.gui.conftest import FakeProbe


def _reply_box() -> tuple[list[tuple[bool, Any, str]], Any]:
    replies: list[tuple[bool, Any, str]] = []

    def reply(ok: bool, result: Any = None, error: str = "") -> None:
        replies.append((ok, result, error))

    return replies, reply


def test_break_now_then_done_is_recorded(qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        assert c.commands.take_break() is None
    assert c.runner.status().phase is Phase.ON_BREAK
    with qtbot.waitSignal(c.runner.break_hidden, timeout=1000) as hidden:
        assert c.commands.done() is None
    assert hidden.args == [Outcome.COMPLETED]
    records = c.records.history.records()
    assert [r.outcome for r in records] == [Outcome.COMPLETED]
    assert c.control.status_dict()["today"]["completed"] == 1


def test_the_alarm_drives_notice_break_and_completion(qtbot: QtBot, make_coach: Any) -> None:
    # 600x: 5 min of work pass in 0.5 s, the 30 s break in 0.05 s.
    c: Coach = make_coach(
        Settings(work_minutes=5, break_seconds=30, notice_seconds=60), scale=600)
    with qtbot.waitSignals([c.runner.notice, c.runner.break_shown], order="strict", timeout=5000):
        pass
    with qtbot.waitSignal(c.runner.break_hidden, timeout=5000) as hidden:
        pass
    assert hidden.args == [Outcome.COMPLETED]
    assert [r.outcome for r in c.records.history.records()] == [Outcome.COMPLETED]


def test_working_through_a_break_holds_it_then_counts_it_missed(
        qtbot: QtBot, make_coach: Any) -> None:
    typing = FakeProbe(idle=0.2)
    c: Coach = make_coach(Settings(break_seconds=30), scale=300, probe=typing)
    with qtbot.waitSignal(c.runner.break_shown, timeout=1000):
        c.commands.take_break()
    qtbot.waitUntil(lambda: c.runner.status().held, timeout=2000)
    with qtbot.waitSignal(c.runner.break_hidden, timeout=5000) as hidden:
        pass
    assert hidden.args == [Outcome.MISSED]
    assert [r.outcome for r in c.records.history.records()] == [Outcome.MISSED]


def test_settings_apply_at_once_and_are_saved(make_coach: Any) -> None:
    c: Coach = make_coach()
    assert 39 * 60 < c.runner.status().seconds_left <= 40 * 60
    assert c.config.set_value("work_minutes", "20") is None
    assert 19 * 60 < c.runner.status().seconds_left <= 20 * 60
    saved = c.config.settings_file.load(c.clock.now().wall)
    assert saved.settings.work_minutes == 20
    assert saved.explicit == frozenset({"work_minutes"})
    error = c.config.set_value("work_minutes", "500")
    assert error is not None
    assert "5-120" in error
    assert c.runner.settings.work_minutes == 20


def test_control_requests(make_coach: Any) -> None:
    c: Coach = make_coach(Settings(daily_skip_budget=1))
    replies, reply = _reply_box()
    c.control.handle_request(Request("status", {}), reply)
    ok, result, _ = replies[-1]
    assert ok
    assert result["state"] == "working"
    assert set(result["today"]) == {"completed", "skipped", "snoozed", "missed", "natural",
                                    "eye_breaks"}
    assert result["next_eye_break_at"] is not None
    c.control.handle_request(Request("skip", {}), reply)
    assert replies[-1][0]
    assert replies[-1][1]["today"]["skipped"] == 1
    c.control.handle_request(Request("skip", {}), reply)
    assert replies[-1] == (False, None, "no skips left today (daily budget: 1)")
    c.control.handle_request(Request("pause", {"length": "soon"}), reply)
    assert not replies[-1][0]
    assert "30m" in replies[-1][2]
    c.control.handle_request(Request("pause", {"length": "30m"}), reply)
    assert replies[-1][1]["state"] == "paused"
    c.control.handle_request(Request("resume", {}), reply)
    assert replies[-1][1]["state"] == "working"
    c.control.handle_request(Request("config-set", {"key": "snooze_minutes", "value": "99"}), reply)
    assert not replies[-1][0]
    assert "1-30" in replies[-1][2]


def test_open_requests_name_a_window(make_coach: Any) -> None:
    c: Coach = make_coach(Settings())
    replies, reply = _reply_box()
    opened: list[str] = []
    c.control.open_requested.connect(opened.append)
    c.control.handle_request(Request("open", {"window": "progress"}), reply)
    assert replies[-1] == (True, "opening progress", "")
    c.control.handle_request(Request("open", {"window": "/etc/passwd"}), reply)
    assert replies[-1] == (False, None,
                           "there is no window '/etc/passwd' (try: progress, settings, checklist)")
    assert opened == ["progress"]


def test_skips_used_today_survive_a_restart(make_coach: Any) -> None:
    first: Coach = make_coach(Settings(daily_skip_budget=2))
    assert first.commands.skip() is None
    second: Coach = make_coach(Settings(daily_skip_budget=2))
    assert second.runner.status().skips_left == 1


class _FailingDb:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("BEGIN"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def close(self) -> None:
        self.db.close()


def test_a_failed_history_write_warns_once_and_keeps_the_break(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    real = c.records.history._db
    c.records.history._db = _FailingDb(real)  # type: ignore[assignment]
    problems: list[str] = []
    c.records.problem.connect(problems.append)
    c.commands.take_break()
    c.commands.done()
    c.commands.take_break()
    c.commands.done()
    assert len(problems) == 1
    assert "disk is full" in problems[0]
    assert c.records.history.pending == 2
    assert c.control.status_dict()["today"]["completed"] == 2
    c.records.history._db = real
    c.records.retry_writes()
    assert c.records.history.pending == 0
    assert len(c.records.history.records()) == 2


def test_a_hand_edited_file_applies_and_a_bad_value_keeps_the_last_good(
        qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach()
    path = c.config.settings_file.path
    path.write_text("schema_version = 1\nwork_minutes = 25\n")
    qtbot.waitUntil(lambda: c.runner.settings.work_minutes == 25, timeout=5000)
    problems: list[str] = []
    c.config.problem.connect(problems.append)
    path.write_text("schema_version = 1\nwork_minutes = 500\nbreak_seconds = 90\n")
    qtbot.waitUntil(lambda: c.runner.settings.break_seconds == 90, timeout=5000)
    assert c.runner.settings.work_minutes == 25  # the last good value, not the default 40
    c.config.reload_settings()  # as the folder watcher does when the backup copy appears
    assert len(list(path.parent.glob("settings.toml.bad-*"))) == 1
    assert len(problems) == 1
    assert "'work_minutes' is 500, allowed: 5-120 minutes; using 25" in problems[0]


def test_active_and_paused_time_is_recorded(make_coach: Any) -> None:
    c: Coach = make_coach()
    start = c.clock.now().wall
    assert c.commands.pause("30m") is None
    assert c.commands.resume() is None
    c.shutdown()
    reopened = History(c.records.history.path, start)
    spans = reopened.spans(start - timedelta(minutes=1), start + timedelta(hours=1))
    reopened.close()
    assert [kind for kind, _, _ in spans] == ["active", "paused", "active"]
    assert all(lo <= hi for _, lo, hi in spans)


def test_the_login_setting_writes_the_login_item(make_coach: Any) -> None:
    from deskcoach.platform.autostart import autostart_enabled, user_autostart_file

    c: Coach = make_coach()
    assert c.config.set_value("start_at_login", "false") is None
    assert "Hidden=true" in user_autostart_file().read_text()
    assert not autostart_enabled()
    assert c.config.set_value("start_at_login", "true") is None
    assert autostart_enabled()


def test_the_login_item_starts_the_same_profile(make_coach: Any) -> None:
    from deskcoach.platform.autostart import exec_split, read_desktop_entry, user_autostart_file

    c: Coach = make_coach()
    assert c.config.set_value("start_at_login", "false") is None
    assert c.config.set_value("start_at_login", "true") is None
    keys = read_desktop_entry(user_autostart_file())
    assert keys is not None
    profile = c.config.settings_file.path.parent.parent
    assert exec_split(keys["Exec"])[-2:] == ["--profile", str(profile)]
