"""The one place APScheduler is used: the cycle's next wall-clock deadline (a date job) and the
working-hours starts and ends (cron jobs, in the local zone, so DST is the zone's business).

APScheduler 3.x's QtScheduler stores the result of `QTimer.singleShot(...)`, which is None in
PySide6, so it can never cancel a pending wake-up and every reschedule leaves another timer
behind (and, seen with PySide6 6.12, a few hundred such reschedules corrupt the reference count
of None and crash the interpreter at exit). `_PreciseQtScheduler` owns one real QTimer instead
(precise: Qt's default coarse timers may fire up to 5% late), and jobs run on the GUI thread
through the DebugExecutor: the default thread pool would run them off the GUI thread and cost
memory and wake-ups. Every job read on the app clock (`_OnAppClock`), so `--time-scale`
speeds the working hours up as it does the breaks.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from deskcoach.core.anchors import Anchor
from deskcoach.core.hours import DAYS, WorkingHours
from deskcoach.services.apscheduler_loader import load_apscheduler
from deskcoach.services.clock import AppClock

load_apscheduler()  # without asyncio and importlib.metadata (see apscheduler_loader)

from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.job import Job  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from apscheduler.triggers.base import BaseTrigger  # noqa: E402
from apscheduler.triggers.cron import CronTrigger  # noqa: E402
from PySide6.QtCore import QObject, Qt, QTimer, Signal  # noqa: E402

_JOB_ID = "deskcoach-deadline"
_HOURS_PREFIX = "deskcoach-hours-"
_ANCHOR_PREFIX = "deskcoach-anchor-"
_MAX_MS = 2_147_483_647


class _HoursCron(CronTrigger):  # type: ignore[misc]  # APScheduler ships no types
    """A CronTrigger searched one local day at a time, from that day's midnight.

    APScheduler 3.x's own search steps from `now` and adds whole days in UTC, so near a clock
    change it skips valid times: a Monday 00:00 job asked from the Saturday before clocks go
    forward fires a week late (agronholm/apscheduler#529, #606), and a 02:30 job it would fire
    at 03:30 (02:30 read with the old offset) on the night 02:00 jumps to 03:00 is dropped
    when asked from 03:10. Within one day, started at its (possibly skipped) midnight, its
    answers are right, including both 02:30s of the night the clocks go back.
    """

    def get_next_fire_time(self, previous_fire_time: datetime | None,
                           now: datetime) -> datetime | None:
        after = now.astimezone(UTC)
        if previous_fire_time is not None and after >= previous_fire_time:
            # The fire after the previous one, as CronTrigger answers (APScheduler catching up).
            after = previous_fire_time.astimezone(UTC) + timedelta(microseconds=1)
        first = after.astimezone(self.timezone).date()
        for day in (first + timedelta(days=offset) for offset in range(8)):
            start = datetime.combine(day, time(0), tzinfo=self.timezone)
            while True:
                at: datetime | None = super().get_next_fire_time(None, start)
                if at is None or at.date() != day:
                    break
                if at.astimezone(UTC) >= after:
                    return at
                start = (at.astimezone(UTC) + timedelta(seconds=1)).astimezone(self.timezone)
        return None


def hours_triggers(hours: WorkingHours, zone: tzinfo) -> list[CronTrigger]:
    """One cron trigger per time of day a working range starts or ends, on those weekdays."""
    return [_HoursCron(day_of_week=",".join(DAYS[day] for day in days), hour=at.hour,
                       minute=at.minute, second=0, timezone=zone)
            for at, days in hours.edges().items()]


class _OnAppClock(BaseTrigger):  # type: ignore[misc]  # APScheduler ships no types
    """`trigger` read on the app clock: under `--time-scale N` its moments come N times sooner."""

    __slots__ = ("clock", "trigger")

    def __init__(self, trigger: BaseTrigger, clock: AppClock) -> None:
        self.trigger, self.clock = trigger, clock

    def get_next_fire_time(self, previous_fire_time: datetime | None,
                           now: datetime) -> datetime | None:
        after = now.astimezone(UTC)
        if previous_fire_time is not None:
            after = max(after, previous_fire_time.astimezone(UTC))
        at: datetime | None = self.trigger.get_next_fire_time(None, self.clock.to_app(after))
        return None if at is None else self.clock.real_after(at)


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

    def follow_hours(self, hours: WorkingHours, clock: AppClock) -> None:
        """Fire `due` at every start and end of the working hours (replacing the jobs of an
        earlier schedule); an empty schedule, always on duty, needs none."""
        for job in self.hours_jobs():
            job.remove()
        for index, trigger in enumerate(hours_triggers(hours, clock.zone)):
            self._scheduler.add_job(self._fire, _OnAppClock(trigger, clock),
                                    id=f"{_HOURS_PREFIX}{index}")

    def follow_anchors(self, anchors: Sequence[Anchor], clock: AppClock,
                       due: Callable[[str], object]) -> None:
        """Call `due(name)` every day at each daily anchor's time (replacing earlier ones)."""
        for job in self._scheduler.get_jobs():
            if job.id.startswith(_ANCHOR_PREFIX):
                job.remove()
        for index, anchor in enumerate(anchors):
            trigger = _HoursCron(hour=anchor.at.hour, minute=anchor.at.minute, second=0,
                                 timezone=clock.zone)
            self._scheduler.add_job(lambda name=anchor.name: QTimer.singleShot(
                0, lambda: due(name)), _OnAppClock(trigger, clock),
                id=f"{_ANCHOR_PREFIX}{index}")

    def anchor_jobs(self) -> list[Job]:
        return [job for job in self._scheduler.get_jobs() if job.id.startswith(_ANCHOR_PREFIX)]

    def hours_jobs(self) -> list[Job]:
        return [job for job in self._scheduler.get_jobs() if job.id.startswith(_HOURS_PREFIX)]

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
