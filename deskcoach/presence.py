"""Turning the platform detectors into the cycle's events, polling no faster than needed.

Idle: one single-shot check, set for the earliest moment the user could count as away (the
threshold minus the current idle time); while away, a short poll notices the return.
Full-screen apps and meetings: asked only when a break falls due, then every 20 s while it
waits, so a break comes within a minute of a meeting ending. Lock and sleep arrive as signals;
a sleep counts as being away (the clock-gap check alone misses a sleep where the monotonic
clock runs on through it, as Windows' does, and would credit the break as completed).
"""

from __future__ import annotations

import logging
import time
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer

from deskcoach.controller import Controller
from deskcoach.core.cycle import Away, Back, Blocked, Phase
from deskcoach.platform.activity import ActivityProbe
from deskcoach.platform.fullscreen import FullscreenProbe, NoFullscreenProbe
from deskcoach.platform.meeting import MeetingProbe, NoMeetingProbe
from deskcoach.platform.session import SessionEvents

log = logging.getLogger(__name__)
AWAY_POLL_MS: Final = 5000  # while away: notice the return within five seconds
HOLD_POLL_MS: Final = 20_000  # while a break waits for a meeting or full-screen app
BLOCK_LOOKAHEAD_SECONDS: Final = 2.0


class Presence(QObject):
    def __init__(self, controller: Controller, idle: ActivityProbe,
                 fullscreen: FullscreenProbe | None = None, meeting: MeetingProbe | None = None,
                 session: SessionEvents | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller
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
        self._hold_timer.setInterval(max(200, round(HOLD_POLL_MS / controller.clock.scale)))
        self._hold_timer.timeout.connect(self.check_blocks)
        controller.before_tick = self._before_tick
        controller.changed.connect(self._follow)
        if session is not None:
            session.locked.connect(lambda: self._away("locked", 0.0))
            session.unlocked.connect(self._back)
            session.sleeping.connect(lambda: self._away("asleep", 0.0))
            # Waking on a locked screen is not the user's return: the unlock is.
            session.woke.connect(lambda: None if session.is_locked else self._back())
        self.check_idle()

    # ---- idle ----

    def check_idle(self) -> None:
        real_idle = self.idle.idle_seconds()
        if real_idle is None:
            return  # no idle detection on this desktop (see `deskcoach doctor`)
        scale = self.c.clock.scale
        threshold = self.c.settings.idle_minutes * 60 / scale  # real seconds
        away = self.c.cycle.away
        now = time.monotonic()
        # Input since the last look: idle is shorter than it would be had nobody touched a key.
        touched = (self._last_idle is not None
                   and real_idle + 0.25 < self._last_idle + (now - self._last_look))
        if away is None and real_idle >= threshold and self.c.cycle.phase is not Phase.PAUSED:
            self._away("idle", real_idle * scale)
        elif touched and (away == "idle" or self._woke_unheard()):
            self._back()
        self._last_idle, self._last_look = real_idle, now
        if self.c.cycle.away is not None:
            self._idle_timer.start(AWAY_POLL_MS)
        else:
            wait = max(1.0, threshold - real_idle + 0.5)
            self._idle_timer.start(round(min(wait, 600.0) * 1000))

    def _woke_unheard(self) -> bool:
        """Input after a sleep on an unlocked screen: the wake signal was missed, and the
        timer must not stay stopped for good."""
        locked = self.session is not None and self.session.is_locked
        return self.c.cycle.away_slept and not locked

    def _away(self, reason: str, idle_app_seconds: float) -> None:
        log.info("user away (%s)", reason)
        self.c.dispatch(Away(self.c.clock.now(), reason, idle_app_seconds))
        self._idle_timer.start(AWAY_POLL_MS)

    def _back(self) -> None:
        if self.c.cycle.away is None:
            return
        log.info("user back")
        self.c.dispatch(Back(self.c.clock.now()))
        self._last_idle = None
        self.check_idle()

    # ---- meetings and full-screen apps ----

    def reason(self) -> str | None:
        s = self.c.settings
        if s.defer_meetings and self.meeting.in_meeting():
            return "meeting"
        if s.defer_fullscreen and self.fullscreen.fullscreen():
            return "fullscreen"
        return None

    def check_blocks(self) -> None:
        reason = self.reason()
        if reason != self.c.cycle.blocked:
            log.info("breaks %s", f"wait: {reason}" if reason else "no longer wait")
            self.c.dispatch(Blocked(self.c.clock.now(), reason))

    def _before_tick(self) -> None:
        """Ask the detectors only when a break is about to be due or is waiting."""
        cycle, now = self.c.cycle, self.c.clock.now()
        due_soon = (cycle.phase in (Phase.WORKING, Phase.PRE_BREAK, Phase.SNOOZED)
                    and cycle.due_mono <= now.mono + BLOCK_LOOKAHEAD_SECONDS * self.c.clock.scale)
        if due_soon or cycle.held_since is not None or cycle.blocked is not None:
            self.check_blocks()

    def _follow(self) -> None:
        holding = self.c.cycle.held_since is not None
        if holding and not self._hold_timer.isActive():
            self._hold_timer.start()
        elif not holding and self._hold_timer.isActive():
            self._hold_timer.stop()

    def close(self) -> None:
        self._idle_timer.stop()
        self._hold_timer.stop()
        self.fullscreen.close()
        self.meeting.close()
