"""The APScheduler adapter: one precise, cancellable timer, jobs on the GUI thread, and cron
jobs that fire exactly when the working hours start or end."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from pytestqt.qtbot import QtBot

from deskcoach.core.hours import WorkingHours, parse_hours
from deskcoach.services.scheduling import DeadlineAlarm, hours_triggers
from tests.fresh_python import fresh_python
from tests.unit.test_hours import schedules, zoned_moments

BERLIN, SANTIAGO = ZoneInfo("Europe/Berlin"), ZoneInfo("America/Santiago")


def test_rescheduling_1000_times_leaves_one_pending_timer(qtbot: QtBot) -> None:
    alarm = DeadlineAlarm()
    base = datetime.now(UTC)
    for i in range(1000):
        alarm.arm(base + timedelta(seconds=30 + i))
    assert alarm.scheduler.timer_active
    assert len(alarm.scheduler.get_jobs()) == 1
    target = datetime.now(UTC) + timedelta(milliseconds=150)
    alarm.arm(target)
    fired_at: list[datetime] = []
    threads: list[threading.Thread] = []
    def fired() -> None:
        fired_at.append(datetime.now(UTC))
        threads.append(threading.current_thread())

    alarm.due.connect(fired)
    with qtbot.waitSignal(alarm.due, timeout=3000):
        pass
    assert fired_at[0] >= target
    assert threads == [threading.main_thread()]
    # Once fired, nothing is left pending: no job, no timer, no further wake-ups.
    wakeups = alarm.scheduler.wakeups
    assert wakeups <= 3
    assert alarm.armed_at() is None
    assert not alarm.scheduler.timer_active
    with qtbot.assertNotEmitted(alarm.due, wait=300):
        pass
    assert alarm.scheduler.wakeups == wakeups
    alarm.shutdown()


def test_disarm_cancels_the_pending_deadline(qtbot: QtBot) -> None:
    alarm = DeadlineAlarm()
    alarm.arm(datetime.now(UTC) + timedelta(milliseconds=100))
    alarm.disarm()
    assert alarm.armed_at() is None
    with qtbot.assertNotEmitted(alarm.due, wait=400):
        pass
    alarm.shutdown()


def test_apscheduler_loads_without_asyncio_which_stays_importable() -> None:
    """asyncio would pull in ssl and OpenSSL (about 6 MB) for one function APScheduler never
    calls with our executor; anyone importing asyncio later still gets the real one."""
    code = ("import sys, inspect\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "from deskcoach.services.scheduling import DeadlineAlarm\n"
            "alarm = DeadlineAlarm()\n"
            "import apscheduler.util\n"
            "print('asyncio' in sys.modules, "
            "apscheduler.util.iscoroutinefunction is inspect.iscoroutinefunction)\n"
            "import asyncio\n"
            "print(hasattr(asyncio, 'get_running_loop'))\n")
    out = fresh_python(code)
    assert out.split() == ["False", "True", "True"]


def test_apscheduler_loads_without_package_metadata_yet_knows_its_version_and_plugins(
        ) -> None:
    """importlib.metadata (and the scan of every package's metadata) is left out; what
    APScheduler reads from it is read from its own dist-info, the same as the real thing."""
    code = ("import sys, json\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "import deskcoach.services.scheduling\n"
            "loaded = 'importlib.metadata' in sys.modules\n"
            "import apscheduler\n"
            "from apscheduler.schedulers.base import BaseScheduler as B\n"
            "ours = [apscheduler.__version__, *(sorted((n, e.value) for n, e in p.items())\n"
            "        for p in (B._trigger_plugins, B._executor_plugins, B._jobstore_plugins))]\n"
            "from importlib import metadata\n"
            "real = [metadata.version('APScheduler'), *(sorted((e.name, e.value) for e in\n"
            "        metadata.entry_points(group=f'apscheduler.{g}'))\n"
            "        for g in ('triggers', 'executors', 'jobstores'))]\n"
            "print(json.dumps([loaded, ours == [real[0].split('-')[0], *real[1:]], ours[1]]))\n")
    loaded, same, triggers = json.loads(fresh_python(code))
    assert loaded is False
    assert same is True
    assert ["cron", "apscheduler.triggers.cron:CronTrigger"] in triggers


def test_apscheduler_loads_without_process_pools_or_uuid_which_load_when_used() -> None:
    """multiprocessing, concurrent.futures.process and uuid (about 1.9 MB with what they
    bring) serve only the process-pool executor and jobs added without an id."""
    code = ("import sys, json\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "from deskcoach.services.scheduling import DeadlineAlarm\n"
            "alarm = DeadlineAlarm()\n"
            "watched = ('multiprocessing', 'concurrent.futures.process', 'uuid', 'subprocess')\n"
            "before = sorted(m for m in watched if m in sys.modules)\n"
            "job = alarm.scheduler.add_job(print, 'interval', minutes=5)\n"
            "import apscheduler.executors.pool as pool\n"
            "import multiprocessing, uuid\n"
            "print(json.dumps([before, len(job.id), 'uuid' in sys.modules,\n"
            "                  pool.multiprocessing.get_context is multiprocessing.get_context,\n"
            "                  type(uuid.uuid4()).__module__]))\n"
            "alarm.shutdown()\n")
    before, id_length, uuid_loaded, same, uuid_type = json.loads(fresh_python(code))
    assert before == []
    assert id_length == 32  # uuid4().hex, from the real uuid once a job needed it
    assert uuid_loaded is True
    assert same is True
    assert uuid_type == "uuid"


@settings(max_examples=500)
@given(schedules(), zoned_moments())
# APScheduler's own CronTrigger gets the first three wrong: it adds whole days in UTC across a
# change (agronholm/apscheduler#529), drops 02:01 (fired at 03:01 CEST) when asked from 03:00
# CEST, and never fires a midnight the clocks skip (Chile, 6 September 2026). The last: the
# second 02:30 of the night the clocks go back.
@example(parse_hours("mon 00:00-00:01"), datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN))
@example(parse_hours("sun 00:00-02:01"), datetime(2026, 3, 29, 3, 0, tzinfo=BERLIN))
@example(parse_hours("sat 22:00-24:00"), datetime(2026, 9, 5, 23, 0, tzinfo=SANTIAGO))
@example(parse_hours("sun 02:30-05:00"), datetime(2026, 10, 25, 2, 45, tzinfo=BERLIN))
def test_the_cron_jobs_fire_when_the_working_hours_next_change(
        hours: WorkingHours, local: datetime) -> None:
    zone = local.tzinfo
    assert isinstance(zone, ZoneInfo)
    # Cron counts `now` itself as a possible fire time; next_change is strictly after.
    just_after = (local.astimezone(UTC) + timedelta(microseconds=1)).astimezone(zone)
    fires = [trigger.get_next_fire_time(None, just_after)
             for trigger in hours_triggers(hours, zone)]
    earliest = min((fire.astimezone(UTC) for fire in fires if fire is not None), default=None)
    change = hours.next_change(local)
    assert earliest == (None if change is None else change.astimezone(UTC))


def test_each_cron_fire_follows_the_previous_through_the_hour_shown_twice() -> None:
    # As APScheduler asks when it catches up: the next fire after the previous one.
    triggers = hours_triggers(parse_hours("sun 02:30-05:00"), BERLIN)
    fires: list[datetime] = []
    previous: datetime | None = None
    moment = datetime(2026, 10, 24, 12, 0, tzinfo=BERLIN)
    for _ in range(4):
        previous = min((fire for trigger in triggers
                        if (fire := trigger.get_next_fire_time(previous, moment)) is not None),
                       key=lambda fire: fire.astimezone(UTC))
        fires.append(previous.astimezone(UTC))
        moment = previous
    assert fires == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST
                     datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 02:30 CET
                     datetime(2026, 10, 25, 4, 0, tzinfo=UTC),  # 05:00 CET
                     datetime(2026, 11, 1, 1, 30, tzinfo=UTC)]  # next Sunday 02:30 CET
