"""Carries the cycle's effects out: the bridge between the pure domain and the Qt world.

Events come in from the alarm, the refresh timer, the tray, the break window and the control
socket; each goes through `dispatch`, which hands it to the cycle, performs the effects, arms
the next deadline and says that the state changed. Nothing here draws.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal

from deskcoach.clock import AppClock
from deskcoach.coach import COMMANDS as COACH_COMMANDS
from deskcoach.coach import Coach, CoachError
from deskcoach.core import settings as schema
from deskcoach.core.anchors import ANCHOR_SECONDS, parse_anchors
from deskcoach.core.cycle import (
    BreakCycle,
    BreakNow,
    ChangeSettings,
    Done,
    Effect,
    Event,
    HideBreak,
    Instant,
    NoteRead,
    Overdue,
    Pause,
    Phase,
    Record,
    Refused,
    Resume,
    ShowBreak,
    ShowNotice,
    Shutdown,
    Skip,
    Snooze,
    Status,
    Tick,
    UserActive,
    shift,
)
from deskcoach.core.durations import DurationError, parse_pause
from deskcoach.core.exercises import Catalogue, Exercise
from deskcoach.core.hours import WorkingHours
from deskcoach.core.policy import NO_POLICY, Policy, Resolved, resolve
from deskcoach.core.routine import NO_REPEAT_BREAKS, Preferences, Routine, choose, replacement
from deskcoach.core.settings import Settings
from deskcoach.eye_breaks import EyeBreaks, earliest
from deskcoach.protocol import WINDOWS, Request
from deskcoach.store.atomic import why_not_written
from deskcoach.store.history import DayCounts, History
from deskcoach.store.settings_file import SettingsFile

if TYPE_CHECKING:
    from deskcoach.platform.activity import ActivityProbe
    from deskcoach.scheduling import DeadlineAlarm

log = logging.getLogger(__name__)

#: Input within this many real seconds means the user is working, not on the break.
ACTIVE_WITHIN_SECONDS: Final = 3.0
REFRESH_APP_SECONDS: Final = 60.0  # the tray redraws once a minute
BREAK_POLL_MS: Final = 1000  # only while a break window is up
RETRY_WRITE_MS: Final = 60_000
SAFETY_KEY: Final = "safety_acknowledged"
NOTES_KEY: Final = "cautions_seen"  # the exercises whose cautions this user has been shown


class Controller(QObject):
    changed = Signal()
    break_shown = Signal(object)  # ShowBreak
    break_hidden = Signal(object)  # Outcome | None
    notice = Signal(int)  # seconds until the break
    overdue = Signal(int)  # minutes a break has waited for a meeting or full-screen app
    problem = Signal(str)  # to tell the user once, plainly
    quit_requested = Signal()
    open_requested = Signal(str)  # one of protocol.WINDOWS
    eye_prompt = Signal(int)  # seconds: look into the distance (non-blocking)
    eye_closed = Signal()
    anchor_due = Signal(str, object)  # a daily anchor's name, its five-minute Routine

    def __init__(self, clock: AppClock, settings_file: SettingsFile, history: History,
                 probe: ActivityProbe | None, settings: Settings, explicit: frozenset[str],
                 catalogue: Catalogue | None = None, rng: random.Random | None = None,
                 policy: Policy = NO_POLICY, parent: QObject | None = None) -> None:
        """`settings` and `explicit` are the user's own; `policy` shapes what takes effect."""
        super().__init__(parent)
        self.policy = policy
        self.user = settings
        self.catalogue = catalogue or Catalogue({})
        self.coach = Coach(lambda: history.connection, self.catalogue)
        self.rng = rng or random.Random()
        self.routine = Routine(())
        self._forced: str | None = None
        self.clock = clock
        self.settings_file = settings_file
        self.history = history
        self.probe = probe  # None until the app has chosen one for this desktop
        self.explicit = explicit
        self.resolved = self._resolve()
        settings = self.resolved.settings
        self.pointer_on_break: Callable[[], bool] = lambda: False
        self.before_tick: Callable[[], None] = lambda: None  # Presence asks its detectors
        now = clock.now()
        skipped_today = self.today_counts(now).skipped
        self.cycle = BreakCycle(settings, now, skips_today=skipped_today,
                                safety_note=self.safety_needed)
        self.eyes = EyeBreaks(lambda: history.connection, now, settings.eye_break_minutes,
                              self.eye_prompt.emit, self.eye_closed.emit)
        self._span = ("active", now.wall)
        self._shut = False
        self._write_warned = not history.writable  # History told the user at start
        self._last_exercises: tuple[str, ...] = ()

        self.alarm: DeadlineAlarm | None = None  # see start_alarm
        self._hours_jobs: WorkingHours | None = None  # the schedule the alarm's jobs follow
        self._anchor_jobs: str | None = None  # the daily anchors the alarm's jobs follow
        self.anchor_routine: Routine | None = None  # the next break's, once the user accepts
        self._refresh = QTimer(self)
        self._refresh.setTimerType(Qt.TimerType.CoarseTimer)
        self._refresh.setInterval(clock.real_ms(REFRESH_APP_SECONDS))
        self._refresh.timeout.connect(self.tick)
        self._refresh.start()
        self._break_poll = QTimer(self)
        self._break_poll.setInterval(BREAK_POLL_MS)
        self._break_poll.timeout.connect(self._poll_break)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_WRITE_MS)
        self._retry.timeout.connect(self._retry_writes)
        self._told: tuple[str, ...] = ()
        self._settings_unsaved = False  # applied, but the file could not be written yet
        # Watch the file for edits in place, and its folder for files replaced or created.
        self._watcher = QFileSystemWatcher(self)
        with contextlib.suppress(OSError):  # a read-only disk: saving the settings says so
            settings_file.path.parent.mkdir(parents=True, exist_ok=True)
        self._watcher.addPath(str(settings_file.path.parent))
        self._watcher.directoryChanged.connect(lambda _path: self.reload_settings())
        self._watcher.fileChanged.connect(lambda _path: self.reload_settings())
        self._watch_file()
        self._rearm(now)

    def start_alarm(self) -> None:
        """Arm the scheduler. The app calls this once the tray icon shows: importing
        APScheduler costs tens of milliseconds, and nothing is due before then."""
        from deskcoach import scheduling

        if self.alarm is None:
            self.alarm = scheduling.DeadlineAlarm(self)
            self.alarm.due.connect(self.tick)
            self._rearm(self.clock.now())

    @property
    def settings(self) -> Settings:
        return self.cycle.settings

    # ---- events ----

    def tick(self) -> None:
        self.before_tick()
        self.dispatch(Tick(self.clock.now()))

    def dispatch(self, event: Event) -> None:
        """Run one event through the cycle; raises Refused for commands it does not allow."""
        # Credited with what the player has shown: nothing while the safety note covers it.
        shown = self.cycle.phase is Phase.ON_BREAK and self.cycle.reading_since is None
        done = self.routine.reached(self.break_elapsed()) if shown else ()
        try:
            effects = self.cycle.handle(event)
        except Refused as refusal:
            self._perform(event, refusal.effects, done)
            raise
        self._perform(event, effects, done)

    def _perform(self, event: Event, effects: list[Effect], done: tuple[str, ...]) -> None:
        for effect in effects:
            if isinstance(effect, ShowNotice):
                self.notice.emit(effect.seconds_ahead)
            elif isinstance(effect, ShowBreak):
                log.info("break shown at %s", event.at.wall.isoformat())
                if not (effect.again and self.routine.exercises):
                    self.routine = self._choose_routine(event.at)
                if self.unseen_notes():  # an exercise's cautions come before it first plays
                    self.cycle.begin_reading(event.at)
                self._break_poll.start()
                QTimer.singleShot(0, self._poll_break)  # learn at once if the user is typing
                self.break_shown.emit(effect)
            elif isinstance(effect, HideBreak):
                self._break_poll.stop()
                self.break_hidden.emit(effect.outcome)
            elif isinstance(effect, Overdue):
                self.overdue.emit(effect.minutes)
            elif isinstance(effect, Record):
                log.info("break recorded: %s", effect.record.outcome.value)
                self._store(Record(dataclasses.replace(effect.record, exercises=done)))
        self.eyes.follow(event.at, self.cycle)
        self._track_span(event.at)
        self._rearm(event.at)
        self.changed.emit()

    def _track_span(self, now: Instant) -> None:
        """Remember when the app was active or paused, so paused time never counts against you."""
        kind = "paused" if self.cycle.phase is Phase.PAUSED else "active"
        started_kind, started_at = self._span
        if kind != started_kind:
            self._kept(self.history.add_span(started_kind, started_at, now.wall))
            self._span = (kind, now.wall)

    def command(self, make: Callable[[Instant], Event]) -> str | None:
        """Dispatch a user command; returns the refusal reason, or None when done."""
        try:
            self.dispatch(make(self.clock.now()))
        except Refused as exc:
            return str(exc)
        return None

    def take_break(self, exercise: str | None = None) -> str | None:
        if exercise is not None:
            chosen = self.catalogue.get(exercise)
            if chosen is None:
                return f"there is no exercise '{exercise}' (see `deskcoach exercises`)"
            self._forced = exercise
            if self.cycle.phase is Phase.ON_BREAK:
                # It takes the place of the exercise on screen from now, as a swap does: what
                # was done stays done, and it is not credited before it has been shown.
                self._forced = None
                elapsed = self.break_elapsed()
                self.routine = self.routine.swapped(self.routine.at(elapsed).index, chosen,
                                                    elapsed, self.settings.break_seconds)
                self._swapped_in()
                return None
        return self.command(BreakNow)

    def swap(self) -> str | None:
        """Replace the exercise on screen with another that fits the time left."""
        if self.cycle.phase is not Phase.ON_BREAK or not self.routine.exercises:
            return "there is no exercise on screen to swap"
        elapsed = self.break_elapsed()
        index = self.routine.at(elapsed).index
        if index >= len(self.routine.exercises):  # the closing rest: every exercise was done
            return "there is no exercise on screen to swap"
        left = self.settings.break_seconds - max(elapsed, self.routine.starts[index])
        other = replacement(self.catalogue, self.routine, index, left, self.rng,
                            self.preferences(), self.history.discomfort())
        if other is None:
            return "no other exercise fits the time left"
        self.routine = self.routine.swapped(index, other, elapsed, self.settings.break_seconds)
        self._swapped_in()
        return None

    def _swapped_in(self) -> None:
        """An exercise new to this user shows its cautions first; the countdown waits."""
        if self.unseen_notes():
            self.cycle.begin_reading(self.clock.now())
        self.changed.emit()

    def rate(self, rating: str) -> None:
        """The optional tap after a break: stored against the last break's exercises."""
        uid, record = self.history.last_uid, self._last_exercises
        if uid and record:
            self._kept(self.history.add_feedback(uid, record, rating, self.clock.now().wall))

    @property
    def safety_needed(self) -> bool:
        return self.history.get_meta(SAFETY_KEY) is None

    def unseen_notes(self) -> tuple[Exercise, ...]:
        """The routine's exercises with cautions this user has not been shown yet."""
        seen = set((self.history.get_meta(NOTES_KEY) or "").split())
        return tuple(e for e in self.routine.exercises
                     if (e.cautions or e.avoid_if) and e.id not in seen)

    def acknowledge_safety(self) -> None:
        """The note has been read: remember it, and start the break's countdown only now."""
        if self.safety_needed:
            self._kept(self.history.set_meta(
                SAFETY_KEY, self.clock.now().wall.isoformat(timespec="seconds")))
        seen = set((self.history.get_meta(NOTES_KEY) or "").split())
        seen.update(e.id for e in self.routine.exercises)
        self._kept(self.history.set_meta(NOTES_KEY, " ".join(sorted(seen))))
        self.dispatch(NoteRead(self.clock.now()))

    def preferences(self) -> Preferences:
        s = self.settings
        return Preferences(frozenset(s.avoid_exercises), frozenset(s.avoid_regions),
                           s.seated_only, s.spine_preference)

    def break_elapsed(self) -> float:
        """Seconds of the break's countdown that have run (0 when no break is on)."""
        left = self.cycle.break_left(self.clock.now())
        return 0.0 if left is None else max(0.0, self.settings.break_seconds - left)

    def anchor(self, name: str) -> None:
        """A daily anchor's time: offer its five-minute routine, unless a break, a pause, a
        meeting or the user's absence means now is not the moment."""
        c = self.cycle
        if c.phase is Phase.WORKING and c.away is None and c.blocked is None:
            routine = choose(self.coach.break_catalogue(self.catalogue, self.clock.now().wall
                                                        .date()), ANCHOR_SECONDS, self.rng,
                             self.preferences())
            if routine.exercises:
                self.anchor_due.emit(name, routine)

    def _choose_routine(self, now: Instant) -> Routine:
        anchor, self.anchor_routine = self.anchor_routine, None
        if anchor is not None:
            return anchor
        forced, self._forced = self._forced, None
        exercise = self.catalogue.get(forced) if forced else None
        if exercise is not None:
            return Routine((exercise,))
        start = datetime.combine(now.wall.date(), time(0), tzinfo=now.wall.tzinfo)
        moved: Counter[str] = Counter()
        for ident in self.history.exercises_between(start, shift(now.wall, 1)):
            known = self.catalogue.get(ident)
            moved.update(known.regions if known else ())
        return choose(self.coach.break_catalogue(self.catalogue, now.wall.date()),
                      self.settings.break_seconds, self.rng, self.preferences(),
                      self.history.recent_exercises(NO_REPEAT_BREAKS), moved,
                      self.history.discomfort())

    def done(self) -> str | None:
        return self.command(Done)

    def snooze(self) -> str | None:
        return self.command(Snooze)

    def skip(self) -> str | None:
        return self.command(Skip)

    def resume(self) -> str | None:
        return self.command(Resume)

    def pause(self, length: str) -> str | None:
        now = self.clock.now()
        try:
            until = parse_pause(length, now.wall)
        except DurationError as exc:
            return str(exc)
        if length.strip().lower() == "tomorrow" and not self.cycle.hours.always:
            # "Until tomorrow" means until the first working hours tomorrow (or later).
            midnight = datetime.combine(now.wall.date() + timedelta(days=1), time(0),
                                        tzinfo=now.wall.tzinfo)
            until = self.cycle.hours.next_start(shift(midnight, -1)) or until
        return self.command(lambda at: Pause(at, until))

    def _resolve(self) -> Resolved:
        """The user's own values are the keys they set, and any that differ from the default."""
        defaults = Settings().as_dict()
        own = {key: value for key, value in self.user.as_dict().items()
               if key in self.explicit or value != defaults[key]}
        return resolve(Settings(), own, self.policy)

    def apply_settings(self, new: Settings, explicit: frozenset[str]) -> str | None:
        """Save the user's choice and apply what policy lets take effect; returns a refusal
        (a locked or limited key) or a problem saving the file."""
        for key in sorted(explicit):
            value = getattr(new, key)
            if value != getattr(self.settings, key):
                refusal = self.resolved.check_user_change(key, value)
                if refusal:
                    return refusal
        login_before = self.settings.start_at_login
        self.user, self.explicit = new, explicit
        self._apply_resolved()
        if self.settings.start_at_login != login_before:
            self.follow_login_setting()
        return self._save_settings()

    def _save_settings(self) -> str | None:
        """Write the user's settings; when that fails (a full disk), keep them pending, as
        the history does: the retry timer saves them once a write works again, and until
        then the file on disk (older) is not read back over them."""
        try:
            self.settings_file.save(self.user, self.explicit)
        except OSError as exc:
            self._settings_unsaved = True
            self._retry.start()
            message = (f"Settings apply now but could not be saved to {self.settings_file.path}"
                       f" ({why_not_written(self.settings_file.path, exc)}). DeskCoach keeps "
                       "them and saves them as soon as it can (it retries every minute).")
            log.warning("%s", message)
            return message
        if self._settings_unsaved:
            self._settings_unsaved = False
            log.info("settings writes work again; the pending settings are saved")
            if not self.history.pending:
                self._retry.stop()
        return None

    def follow_login_setting(self) -> str | None:
        """Write (or turn off) the per-user login item to match `start_at_login`."""
        from deskcoach.platform.autostart import set_autostart
        from deskcoach.store.paths import profile_of

        try:
            set_autostart(self.settings.start_at_login,
                          profile=profile_of(self.settings_file.path))
        except (OSError, ValueError) as exc:  # a full disk, or a path a desktop file can't hold
            message = f"Could not change starting at login: {exc}"
            self.problem.emit(message)
            return message
        return None

    def _apply_resolved(self) -> None:
        self.resolved = self._resolve()
        if self.resolved.settings != self.settings:
            self.dispatch(ChangeSettings(self.clock.now(), self.resolved.settings))

    def _watch_file(self) -> None:
        path = str(self.settings_file.path)
        if self.settings_file.path.exists() and path not in self._watcher.files():
            self._watcher.addPath(path)

    def reload_settings(self) -> None:
        """Pick up a hand-edited file; a bad value keeps the last good one and is told once.
        Not while a change waits to be saved: the file is older than what applies."""
        self._watch_file()
        if self._settings_unsaved:
            return
        loaded = self.settings_file.load(self.clock.now().wall, fallback=self.user)
        if loaded.problems and loaded.problems != self._told:
            self.problem.emit("\n".join(loaded.problems))
        self._told = loaded.problems
        if loaded.settings != self.user or loaded.explicit != self.explicit:
            self.user, self.explicit = loaded.settings, loaded.explicit
            self._apply_resolved()

    def set_value(self, key: str, text: str) -> str | None:
        try:
            value = schema.parse_text(key, text)
        except schema.SettingError as exc:
            return str(exc)
        refusal = self.resolved.check_user_change(key, value)
        if refusal:
            return refusal
        return self.apply_settings(self.user.with_value(key, value), self.explicit | {key})

    def shutdown(self) -> None:
        if self._shut:
            return
        self._shut = True
        now = self.clock.now()
        self.dispatch(Shutdown(now))
        self.history.add_span(self._span[0], self._span[1], now.wall)
        if self._settings_unsaved:
            self._save_settings()  # a last try: the disk may have room again
        self._refresh.stop()
        self._break_poll.stop()
        if self.alarm is not None:
            self.alarm.shutdown()
        self.history.close()
        if self.probe is not None:
            self.probe.close()

    def import_file(self, file: Path) -> tuple[bool, str]:
        """`deskcoach import` while the app runs: the app writes its own files, whole or not
        at all, and applies the imported settings at once. Returns (done, what to tell)."""
        import sqlite3

        from deskcoach.store.transfer import TransferError, import_file, summary

        if self._settings_unsaved and self._save_settings() is not None:
            # The import merges into the file, which is older than the settings that apply.
            return False, (f"Could not import into {self.settings_file.path.parent}: settings "
                           "changed earlier are not saved yet (is the disk full?)")
        try:
            done = import_file(file, self.history, self.settings_file, self.clock.now().wall,
                               self.resolved)
        except TransferError as exc:
            return False, f"Refused, nothing was changed: {exc}"
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, OSError) and exc.filename == str(file):
                return False, f"Refused: could not read {file}: {exc.strerror or exc}"
            why = self.history.last_error if not self.history.writable else str(exc)
            return False, f"Could not import into {self.history.path.parent}: {why}"
        self.reload_settings()
        self.changed.emit()
        return True, summary(done)

    # ---- queries ----

    def status(self) -> Status:
        return self.cycle.status(self.clock.now())

    def today_counts(self, now: Instant) -> DayCounts:
        start = datetime.combine(now.wall.date(), time(0), tzinfo=now.wall.tzinfo)
        end = datetime.combine(now.wall.date() + timedelta(days=1), time(0),
                               tzinfo=now.wall.tzinfo)
        return self.history.counts(start, end)

    def status_dict(self) -> dict[str, Any]:
        now = self.clock.now()
        st = self.cycle.status(now)
        counts = self.today_counts(now).as_dict()
        counts["eye_breaks"] = self.eyes.log.count(*_day_bounds(now.wall))
        if self.cycle.current is not None:
            counts["snoozed"] += self.cycle.current.snoozes
        return {
            "state": st.phase.value,
            "now": now.wall.isoformat(timespec="seconds"),
            "next_break_at": _iso(st.next_break_at),
            "next_eye_break_at": self.eyes.next_at(now, self.cycle),
            "seconds_left": st.seconds_left,
            "break_seconds_left": st.break_seconds_left,
            "paused_until": _iso(st.paused_until),
            "reason": st.reason,
            "snoozes_left": st.snoozes_left,
            "skips_left": st.skips_left,
            "today": counts,
            "time_scale": self.clock.scale,
            "exercises": list(self.routine.ids) if st.phase is Phase.ON_BREAK else [],
            **self.coach.status(now.wall),
        }

    # ---- the control socket ----

    def handle_request(self, req: Request, reply: Callable[[bool, Any, str], None]) -> None:
        simple: dict[str, Callable[[], str | None]] = {
            "break-now": self.take_break, "done": self.done, "snooze": self.snooze,
            "skip": self.skip, "resume": self.resume, "swap": self.swap,
            "break-with": lambda: self.take_break(req.args.get("exercise")),
        }
        if req.cmd == "status":
            reply(True, self.status_dict(), "")
        elif req.cmd in simple:
            error = simple[req.cmd]()
            reply(error is None, self.status_dict() if error is None else None, error or "")
        elif req.cmd == "pause":
            error = self.pause(req.args["length"])
            reply(error is None, self.status_dict() if error is None else None, error or "")
        elif req.cmd == "config-set":
            error = self.set_value(req.args["key"], req.args["value"])
            reply(error is None, self.settings.as_dict() if error is None else None, error or "")
        elif req.cmd == "activate":
            reply(True, "DeskCoach is already running", "")
            self.problem.emit("DeskCoach is already running; its icon is in the system tray.")
        elif req.cmd == "open":
            window = req.args["window"]
            if window in WINDOWS:
                reply(True, f"opening {window}", "")
                self.open_requested.emit(window)
            else:
                reply(False, None, f"there is no window '{window}' (try: {', '.join(WINDOWS)})")
        elif req.cmd in COACH_COMMANDS:
            try:
                reply(True, self.coach.handle(req.cmd, req.args, self.clock.now().wall), "")
            except CoachError as exc:
                reply(False, None, str(exc))
        elif req.cmd == "quit":
            reply(True, "quitting", "")
            self.quit_requested.emit()
        elif req.cmd == "import":
            ok, text = self.import_file(Path(req.args["file"]))
            reply(ok, text if ok else None, "" if ok else text)

    # ---- internals ----

    def _rearm(self, now: Instant) -> None:
        """Set the scheduler to tick at the cycle's next deadline and at the working-hours
        edges (cron jobs, replaced only when the schedule changes)."""
        if self.alarm is None:
            return
        if self.cycle.hours != self._hours_jobs:
            self._hours_jobs = self.cycle.hours
            self.alarm.follow_hours(self.cycle.hours, self.clock)
        if self.settings.daily_anchors != self._anchor_jobs:
            self._anchor_jobs = self.settings.daily_anchors
            self.alarm.follow_anchors(parse_anchors(self._anchor_jobs), self.clock, self.anchor)
        at = earliest(self.cycle.next_wakeup(now), self.eyes.next_wakeup(now, self.cycle))
        if at is None:
            self.alarm.disarm()
        else:
            self.alarm.arm(self.clock.real_after(at))

    def _poll_break(self) -> None:
        if not self._break_poll.isActive():
            return
        idle = None if self.probe is None else self.probe.idle_seconds()
        active = idle is not None and idle < ACTIVE_WITHIN_SECONDS and not self.pointer_on_break()
        if active != self.cycle.user_active:
            self.dispatch(UserActive(self.clock.now(), active))
        else:
            self.tick()

    def _store(self, effect: Record) -> None:
        self._last_exercises = effect.record.exercises
        self._wrote(self.history.add(effect.record))

    def _kept(self, written: bool) -> None:
        """After a write of a row other than a break: as for a break, anything waiting is
        written with it, or it waits and is retried."""
        self._wrote(written and self.history.flush())

    def _retry_writes(self) -> None:
        self._wrote(self.history.flush())
        if self._settings_unsaved:
            self._save_settings()

    def _wrote(self, ok: bool) -> None:
        """Tell the user and the log once when break history cannot be saved (support reads
        the log), retry every minute, and log when it can be saved again."""
        if ok:
            if not self._settings_unsaved:
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


def _day_bounds(wall: datetime) -> tuple[datetime, datetime]:
    start = datetime.combine(wall.date(), time(0), tzinfo=wall.tzinfo)
    return start, datetime.combine(wall.date() + timedelta(days=1), time(0), tzinfo=wall.tzinfo)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")
