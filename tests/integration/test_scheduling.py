"""The APScheduler adapter: one precise, cancellable timer, jobs on the GUI thread."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from deskcoach.scheduling import DeadlineAlarm


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
    alarm.due.connect(lambda: (fired_at.append(datetime.now(UTC)),
                               threads.append(threading.current_thread())))
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
            "from deskcoach.scheduling import DeadlineAlarm\n"
            "alarm = DeadlineAlarm()\n"
            "import apscheduler.util\n"
            "print('asyncio' in sys.modules, "
            "apscheduler.util.iscoroutinefunction is inspect.iscoroutinefunction)\n"
            "import asyncio\n"
            "print(hasattr(asyncio, 'get_running_loop'))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["False", "True", "True"]
