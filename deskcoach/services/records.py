"""Break history as the running app writes it: records, spans, feedback, retried writes.

Active and paused spans keep paused time from counting against the user; writes the disk
refuses wait in memory and are retried every minute, told once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from deskcoach.core.moments import Instant
from deskcoach.core.status import BreakRecord
from deskcoach.services.clock import AppClock
from deskcoach.store.history import DayCounts, History

log = logging.getLogger(__name__)

RETRY_WRITE_MS: Final = 60_000
SAFETY_KEY: Final = "safety_acknowledged"
NOTES_KEY: Final = "cautions_seen"  # the exercises whose cautions this user has been shown


class Records(QObject):
    problem = Signal(str)  # to tell the user once, plainly

    def __init__(self, history: History, clock: AppClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.clock = clock
        self._span = ("active", clock.now().wall)
        self._write_warned = not history.writable  # History told the user at start
        self._last_exercises: tuple[str, ...] = ()
        self._closed = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_WRITE_MS)
        self._retry.timeout.connect(self.retry_writes)

    def store(self, record: BreakRecord) -> None:
        log.info("break recorded: %s", record.outcome.value)
        self._last_exercises = record.exercises
        self._wrote(self.history.add(record))

    def follow(self, paused: bool, now: Instant) -> None:
        """Remember when the app was active or paused, so paused time never counts against you."""
        kind = "paused" if paused else "active"
        started_kind, started_at = self._span
        if kind != started_kind:
            self._kept(self.history.add_span(started_kind, started_at, now.wall))
            self._span = (kind, now.wall)

    def rate(self, rating: str) -> None:
        """The optional tap after a break: stored against the last break's exercises."""
        uid, record = self.history.last_uid, self._last_exercises
        if uid and record:
            self._kept(self.history.add_feedback(uid, record, rating, self.clock.now().wall))

    @property
    def safety_needed(self) -> bool:
        return self.history.get_meta(SAFETY_KEY) is None

    def notes_seen(self) -> set[str]:
        """The exercises whose cautions this user has been shown."""
        return set((self.history.get_meta(NOTES_KEY) or "").split())

    def acknowledge_safety(self, exercises: Iterable[str] = ()) -> None:
        """Remember that the safety note, and the cautions of `exercises`, have been read
        (commands.py starts the countdown)."""
        if self.safety_needed:
            self._kept(self.history.set_meta(
                SAFETY_KEY, self.clock.now().wall.isoformat(timespec="seconds")))
        seen = self.notes_seen()
        seen.update(exercises)
        self._kept(self.history.set_meta(NOTES_KEY, " ".join(sorted(seen))))

    def today_counts(self, now: Instant) -> DayCounts:
        start = datetime.combine(now.wall.date(), time(0), tzinfo=now.wall.tzinfo)
        end = datetime.combine(now.wall.date() + timedelta(days=1), time(0),
                               tzinfo=now.wall.tzinfo)
        return self.history.counts(start, end)

    def retry_writes(self) -> None:
        """What the retry timer does a minute after a write failed."""
        self._wrote(self.history.flush())

    def shutdown(self, now: Instant) -> None:
        """Close the last span and the history (after the runner's Shutdown records)."""
        if self._closed:
            return
        self._closed = True
        self._retry.stop()
        self.history.add_span(self._span[0], self._span[1], now.wall)
        self.history.close()

    def _kept(self, written: bool) -> None:
        """After a write of a row other than a break: as for a break, anything waiting is
        written with it, or it waits and is retried."""
        self._wrote(written and self.history.flush())

    def _wrote(self, ok: bool) -> None:
        """Tell the user and the log once when break history cannot be saved (support reads
        the log), retry every minute, and log when it can be saved again."""
        if ok:
            self._retry.stop()
            if self._write_warned:
                self._write_warned = False
                log.info("history writes work again; the breaks kept in memory are saved")
            return
        self._retry.start()
        if not self._write_warned:
            self._write_warned = True
            message = (f"Break history could not be saved to {self.history.path} "
                       f"({self.history.last_error}). DeskCoach keeps it in memory and "
                       "retries every minute.")
            log.warning("%s", message)
            self.problem.emit(message)
