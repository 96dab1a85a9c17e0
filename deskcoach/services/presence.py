"""Turning the platform detectors into the cycle's events, polling no faster than needed.

Idle: one single-shot check, set for the earliest moment the user could count as away (the
threshold minus the current idle time); while away, a short poll notices the return.
Full-screen apps and meetings: asked only when a break falls due, then every 20 s while it
waits, so a break comes within a minute of a meeting ending. Lock and sleep arrive as signals;
a sleep counts as being away (the clock-gap check alone misses a sleep where the monotonic
clock runs on through it, as Windows' does, and would credit the break as completed).
Presence sees the cycle only through `Attended` (the break runner is one).
"""

from __future__ import annotations

import logging
from typing import Final, Protocol

from PySide6.QtCore import QObject, Qt, QTimer

from deskcoach.core.events import Away, Back, Blocked, Event
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Attention
from deskcoach.platform.activity import ActivityProbe
from deskcoach.platform.fullscreen import FullscreenProbe, NoFullscreenProbe
from deskcoach.platform.meeting import MeetingProbe, NoMeetingProbe
from deskcoach.platform.session import SessionEvents

log = logging.getLogger(__name__)
AWAY_POLL_MS: Final = 5000  # while away: notice the return within five seconds
HOLD_POLL_MS: Final = 20_000  # while a break waits for a meeting or full-screen app
BLOCK_LOOKAHEAD_SECONDS: Final = 2.0


class Clock(Protocol):
    @property
    def scale(self) -> float: ...

    def now(self) -> Instant: ...


class Attended(Protocol):
    """What presence needs of the cycle: the settings, what it should know, and a way in."""

    @property
    def clock(self) -> Clock: ...

    @property
    def settings(self) -> Settings: ...

    def attention(self, lookahead: float) -> Attention: ...

    def dispatch(self, event: Event) -> str | None: ...


class Presence(QObject):
    def __init__(self, cycle: Attended, idle: ActivityProbe,
                 fullscreen: FullscreenProbe | None = None, meeting: MeetingProbe | None = None,
                 session: SessionEvents | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cycle = cycle
        self.clock = cycle.clock
        self.idle = idle
        self.fullscreen = fullscreen or NoFullscreenProbe()
        self.meeting = meeting or NoMeetingProbe()
        self.session = session
        self._last_idle: float | None = None
        self._last_look = 0.0
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._idle_timer.timeout.connect(self.check_idle)
        self._hold_timer = QTimer(self)
        self._hold_timer.setInterval(max(200, round(HOLD_POLL_MS / self.clock.scale)))
        self._hold_timer.timeout.connect(self.check_blocks)

    def start(self) -> None:
        """Follow lock and unlock, and look at the idle time for the first time."""
        if self.session is not None:
            self.session.locked.connect(lambda: self._away("locked", 0.0))
            self.session.unlocked.connect(self._back)
            self.session.sleeping.connect(lambda: self._away("asleep", 0.0))
            # Waking on a locked screen is not the user's return: the unlock is.
            self.session.woke.connect(self._woke)
        self.check_idle()

    def _attention(self) -> Attention:
        return self.cycle.attention(BLOCK_LOOKAHEAD_SECONDS * self.clock.scale)

    def _real_now(self) -> float:
        return self.clock.now().mono / self.clock.scale

    # ---- idle ----

    def check_idle(self) -> None:
        real_idle = self.idle.idle_seconds()
        if real_idle is None:
            return  # no idle detection on this desktop (see `deskcoach doctor`)
        scale = self.clock.scale
        threshold = self.cycle.settings.idle_minutes * 60 / scale  # real seconds
        seen = self._attention()
        now = self._real_now()
        # Input since the last look: idle is shorter than it would be had nobody touched a key.
        touched = (self._last_idle is not None
                   and real_idle + 0.25 < self._last_idle + (now - self._last_look))
        if seen.away is None and real_idle >= threshold and not seen.paused:
            self._away("idle", real_idle * scale)
        elif touched and (seen.away == "idle" or self._woke_unheard(seen)):
            self._back()
        self._last_idle, self._last_look = real_idle, now
        if self._attention().away is not None:
            self._idle_timer.start(AWAY_POLL_MS)
        else:
            wait = max(1.0, threshold - real_idle + 0.5)
            self._idle_timer.start(round(min(wait, 600.0) * 1000))

    def _locked(self) -> bool:
        return self.session is not None and self.session.is_locked

    def _woke(self) -> None:
        if not self._locked():
            self._back()

    def _woke_unheard(self, seen: Attention) -> bool:
        """Input after a sleep on an unlocked screen: the wake signal was missed, and the
        timer must not stay stopped for good."""
        return seen.slept and not self._locked()

    def _away(self, reason: str, idle_app_seconds: float) -> None:
        log.info("user away (%s)", reason)
        self.cycle.dispatch(Away(self.clock.now(), reason, idle_app_seconds))
        self._idle_timer.start(AWAY_POLL_MS)

    def _back(self) -> None:
        if self._attention().away is None:
            return
        log.info("user back")
        self.cycle.dispatch(Back(self.clock.now()))
        self._last_idle = None
        self.check_idle()

    # ---- meetings and full-screen apps ----

    def reason(self) -> str | None:
        s = self.cycle.settings
        if s.defer_meetings and self.meeting.in_meeting():
            return "meeting"
        if s.defer_fullscreen and self.fullscreen.fullscreen():
            return "fullscreen"
        return None

    def check_blocks(self) -> None:
        reason = self.reason()
        if reason != self._attention().blocked:
            log.info("breaks %s", f"wait: {reason}" if reason else "no longer wait")
            self.cycle.dispatch(Blocked(self.clock.now(), reason))

    def before_tick(self) -> None:
        """Ask the detectors only when a break is about to be due or is waiting."""
        if self._attention().ask_blocks:
            self.check_blocks()

    def follow(self) -> None:
        """After every change of the cycle: poll the detectors while a break waits."""
        holding = self._attention().holding
        if holding and not self._hold_timer.isActive():
            self._hold_timer.start()
        elif not holding and self._hold_timer.isActive():
            self._hold_timer.stop()

    def close(self) -> None:
        self._idle_timer.stop()
        self._hold_timer.stop()
        self.fullscreen.close()
        self.meeting.close()
