"""The one place APScheduler is used: arming the next wall-clock deadline of the cycle.

APScheduler 3.x's QtScheduler stores the result of `QTimer.singleShot(...)`, which is None in
PySide6, so it can never cancel a pending wake-up and every reschedule leaves another timer
behind (and, seen with PySide6 6.12, a few hundred such reschedules corrupt the reference count
of None and crash the interpreter at exit). `_PreciseQtScheduler` owns one real QTimer instead
(precise: Qt's default coarse timers may fire up to 5% late), and jobs run on the GUI thread
through the DebugExecutor: the default thread pool would run them off the GUI thread and cost
memory and wake-ups.
"""

from __future__ import annotations

import inspect
import logging
import math
import sys
import types
from datetime import datetime
from typing import Any


def _import_apscheduler_without_asyncio() -> None:
    """APScheduler 3.x imports asyncio (and with it ssl and OpenSSL: about 6 MB and 0.1 s) for
    one function, `iscoroutinefunction`, which only its asyncio and Tornado executors use; on
    Python 3.14 it takes the same function from `inspect`. Hand it that one while it loads; the
    real asyncio stays importable for anyone who wants it later."""
    if "asyncio" in sys.modules or "apscheduler.util" in sys.modules:
        return
    stand_in = types.ModuleType("asyncio")
    stand_in.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    sys.modules["asyncio"] = stand_in
    try:
        import apscheduler.util  # noqa: F401
    finally:
        if sys.modules.get("asyncio") is stand_in:
            del sys.modules["asyncio"]


_import_apscheduler_without_asyncio()

from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from PySide6.QtCore import QObject, Qt, QTimer, Signal  # noqa: E402

_JOB_ID = "deskcoach-deadline"
_MAX_MS = 2_147_483_647


class _PreciseQtScheduler(QtScheduler):  # type: ignore[misc]  # APScheduler ships no types
    def __init__(self, parent: QObject, **options: Any) -> None:
        super().__init__(**options)
        self.wakeups = 0
        self._qtimer = QTimer(parent)
        self._qtimer.setSingleShot(True)
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.timeout.connect(self._wake)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            # Round up: a timer that fires a hair early would find the job not yet due.
            self._qtimer.start(min(max(0, math.ceil(wait_seconds * 1000)), _MAX_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def _wake(self) -> None:
        self.wakeups += 1
        self._process_jobs()

    @property
    def timer_active(self) -> bool:
        return self._qtimer.isActive()


class DeadlineAlarm(QObject):
    """Fires `due` once at the armed real wall-clock time; arming again replaces the deadline."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        self._scheduler = _PreciseQtScheduler(
            self, executors={"default": DebugExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1})
        self._scheduler.start()

    def arm(self, at: datetime) -> None:
        self._scheduler.add_job(self._fire, "date", run_date=at, id=_JOB_ID,
                                replace_existing=True)

    def _fire(self) -> None:
        # Let APScheduler finish with this job first: it removes a finished date job by id,
        # which would also remove a deadline the handler arms under that same id.
        QTimer.singleShot(0, self.due.emit)

    def disarm(self) -> None:
        if self._scheduler.get_job(_JOB_ID) is not None:
            self._scheduler.remove_job(_JOB_ID)

    def armed_at(self) -> datetime | None:
        job = self._scheduler.get_job(_JOB_ID)
        return None if job is None else job.next_run_time

    @property
    def scheduler(self) -> _PreciseQtScheduler:
        return self._scheduler

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
