"""Working hours in the running controller: APScheduler cron jobs tick at each start and end."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core.hours import DAYS
from deskcoach.core.settings import Settings
from deskcoach.core.status import Phase
from deskcoach.services.coach import Coach
from deskcoach.services.scheduling import DeadlineAlarm


def _alarm(c: Coach) -> DeadlineAlarm:
    assert c.runner.alarm is not None
    return c.runner.alarm


def _crons(c: Coach) -> list[str]:
    return sorted(str(job.trigger.trigger) for job in _alarm(c).hours_jobs())


def test_the_cron_jobs_end_and_begin_the_rest(qtbot: QtBot, make_coach: Any) -> None:
    c: Coach = make_coach(scale=600)  # an app minute is 0.1 s
    c.runner.refresh.stop()  # the tray's once-a-minute redraw would tick too: only the jobs may
    start = (c.clock.now().wall + timedelta(minutes=2)).replace(second=0, microsecond=0)
    if start.time() > time(23, 57):  # keep the range within one day
        start = datetime.combine(start.date() + timedelta(days=1), time(0, 1),
                                 tzinfo=start.tzinfo)
    end = start + timedelta(minutes=2)
    assert c.config.set_value("working_hours",
                       f"{DAYS[start.weekday()]} {start:%H:%M}-{end:%H:%M}") is None
    assert c.runner.status().reason == "outside_hours"
    assert _alarm(c).armed_at() is None  # nothing else is due: the jobs alone will tick
    assert min(job.next_run_time for job in _alarm(c).hours_jobs()) == c.clock.real_after(start)
    qtbot.waitUntil(lambda: c.runner.status().phase is Phase.WORKING, timeout=5000)
    assert c.clock.now().wall >= start
    qtbot.waitUntil(lambda: c.runner.status().reason == "outside_hours", timeout=5000)
    assert c.clock.now().wall >= end


def test_a_new_schedule_replaces_the_jobs_and_none_leaves_none(
        make_coach: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    c: Coach = make_coach()
    assert _crons(c) == []
    assert c.config.set_value("working_hours", "mon-fri 08:30-12:30,13:30-17:30") is None
    weekdays = "day_of_week='mon,tue,wed,thu,fri'"
    assert _crons(c) == [f"cron[{weekdays}, hour='{h}', minute='30', second='0']"
                         for h in (12, 13, 17, 8)]
    assert c.config.set_value("working_hours", "sat 09:00-24:00") is None
    assert _crons(c) == ["cron[day_of_week='sat', hour='9', minute='0', second='0']",
                         "cron[day_of_week='sun', hour='0', minute='0', second='0']"]
    # Another setting leaves the jobs alone (each new job costs the scheduler a wake-up).
    followed: list[object] = []
    monkeypatch.setattr(_alarm(c), "follow_hours", lambda *args: followed.append(args))
    assert c.config.set_value("work_minutes", "25") is None
    assert followed == []
    monkeypatch.undo()
    assert c.config.set_value("working_hours", "") is None
    assert _alarm(c).hours_jobs() == []
    assert [job.id for job in _alarm(c).scheduler.get_jobs()] == ["deskcoach-deadline"]


def test_pause_until_tomorrow_resumes_at_the_next_working_range(make_coach: Any) -> None:
    c: Coach = make_coach(Settings(working_hours="mon-fri 08:30-17:30"))
    now = c.clock.now().wall
    assert c.commands.pause("tomorrow") is None
    status = c.runner.status()
    assert status.reason == "paused"
    until = status.paused_until
    assert until is not None
    assert (until.time(), until.weekday() < 5) == (time(8, 30), True)
    assert until.date() > now.date()
    skipped = range(1, (until.date() - now.date()).days)  # the weekend, if it is in between
    assert all((now.date() + timedelta(days=n)).weekday() >= 5 for n in skipped)
    assert _alarm(c).armed_at() == c.clock.real_after(until)
