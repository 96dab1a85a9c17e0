"""The composition root: build everything, wire the signals, run the event loop."""

from __future__ import annotations

# PySide6 reads the source of every module imported after it (for its `__feature__` switch).
# The Qt-free modules come first, so the standard-library and other modules they bring in are
# spared: about 40 files not read at start and 2 MB of their text not kept in memory.
import dataclasses
import linecache
import logging
import logging.handlers
import os
import signal
import socket
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from deskcoach import __version__
from deskcoach import coach as _coach  # noqa: F401  (they import sqlite3: before PySide6)
from deskcoach import eye_breaks as _eyes  # noqa: F401
from deskcoach.clock import AppClock
from deskcoach.core.cycle import Outcome, Phase, ShowBreak
from deskcoach.core.policy import FROM_MANDATORY
from deskcoach.core.settings import Settings
from deskcoach.platform.display import display_problem
from deskcoach.platform.owner import UnsafeFolder
from deskcoach.store.atomic import why_not_written
from deskcoach.store.history import History
from deskcoach.store.instance_lock import InstanceLock
from deskcoach.store.paths import Paths
from deskcoach.store.policy_sources import load_app_policy
from deskcoach.store.settings_file import SettingsFile

# isort: split
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from deskcoach.controller import Controller
from deskcoach.ipc import ControlServer, claim, server_name
from deskcoach.ui import theme
from deskcoach.ui.anchor_prompt import AnchorPrompt
from deskcoach.ui.text import tr
from deskcoach.ui.tray import Tray

if TYPE_CHECKING:  # loaded when first needed (pyqtgraph, numpy, QtSvg) or once the icon shows
    from deskcoach.platform.session import SessionEvents
    from deskcoach.presence import Presence
    from deskcoach.ui.break_window import BreakWindow
    from deskcoach.ui.checkin_flow import CheckinFlow
    from deskcoach.ui.checklist_flow import ChecklistFlow
    from deskcoach.ui.dashboard import Dashboard
    from deskcoach.ui.fallback_window import FallbackWindow
    from deskcoach.ui.notice_window import NoticeWindow
    from deskcoach.ui.settings_dialog import SettingsDialog

log = logging.getLogger("deskcoach")
NO_TRAY_GRACE_MS = 5000
FIRST_REMINDER_MS = 10 * 60_000  # checklist reminders wait until the user has settled in


def setup_logging(paths: Paths) -> str | None:
    """Log to the profile's log file; when it cannot be written, to standard error, and
    return why, for the user to be told."""
    handler: logging.Handler
    problem = None
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=512 * 1024, backupCount=2, encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler()
        problem = (f"The log could not be saved to {paths.log_file} "
                   f"({why_not_written(paths.log_file, exc)}); DeskCoach writes it to its "
                   "standard error instead.")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return problem


class DeskCoachApp:
    """Holds the long-lived objects so nothing is garbage-collected while the app runs."""

    def __init__(self, paths: Paths, clock: AppClock, server: ControlServer,
                 problems: Sequence[str] = ()) -> None:
        """Build what the tray icon needs and show it; `_settle` does the rest a moment later.

        The catalogue, the checklist, the desktop detectors and the scheduler are not needed
        to show the icon, and loading them first would keep the user waiting for it.
        `problems`: found before it was built, told with its own.
        """
        self.paths = paths
        self.server = server
        self.closing = False
        now = clock.now()
        self.settings_file = SettingsFile(paths.settings_file)
        loaded = self.settings_file.load(now.wall)
        self.history = History(paths.history_db, now.wall)
        policy = load_app_policy()
        self.problems = [*problems, *loaded.problems, *self.history.problems, *policy.problems]
        self.controller = Controller(clock, self.settings_file, self.history, None,
                                     loaded.settings, loaded.explicit, policy=policy)
        app = QApplication.instance()
        ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
        self.tray = Tray(ratio)
        self._ratio = ratio
        self.window: BreakWindow | None = None  # built at the first break
        self.checkin_flow: CheckinFlow | None = None
        self.dialog: SettingsDialog | None = None
        self.dashboard: Dashboard | None = None
        self.help: QWidget | None = None  # "When to get help", from the tray menu
        self._left_seen: int | None = None  # the break's seconds left at the last refresh
        self.notice: NoticeWindow | None = None  # the pre-break notice, built at the first
        self.checklist: ChecklistFlow | None = None
        self.presence: Presence | None = None
        self.session: SessionEvents | None = None
        self._today = now.wall.date()
        self._wire()
        self.fallback: FallbackWindow | None = None
        self.refresh()
        self.tray.show()
        QTimer.singleShot(0, self._settle)
        QTimer.singleShot(NO_TRAY_GRACE_MS, self._check_tray)
        QTimer.singleShot(FIRST_REMINDER_MS, self._daily)

    def _settle(self) -> None:
        """The second half of starting: content, detectors, the scheduler, the tray rings.

        PySide6 keeps the text of every module it inspects in `linecache`, which nothing of
        ours reads (a traceback reads its files again): emptied before these imports, so they
        reuse that memory, and after them (2 MB in all).
        """
        linecache.clearcache()
        from deskcoach.platform.activity import open_probe
        from deskcoach.platform.autostart import autostart_enabled
        from deskcoach.platform.fullscreen import open_fullscreen_probe
        from deskcoach.platform.meeting import open_meeting_probe
        from deskcoach.platform.session import open_session_watcher
        from deskcoach.presence import Presence
        from deskcoach.store.catalogue import load_catalogue, load_checklist
        from deskcoach.ui.checklist_flow import ChecklistFlow

        if self.closing:
            return
        c = self.controller
        catalogue = load_catalogue()
        c.catalogue = catalogue.catalogue
        checklist, problem = load_checklist()
        self.problems += [*catalogue.problems, *([problem] if problem else [])]
        if checklist is not None:
            self.checklist = ChecklistFlow(checklist, self.history, lambda: c.clock.now().wall,
                                           lambda: c.settings)
            self.tray.open_checklist.connect(self.checklist.open)
            self.checklist.notify.connect(self.tray.notify)
        self.tray.checklist_action.setVisible(checklist is not None)
        platform_name, pid = QApplication.platformName(), os.getpid()
        c.probe = open_probe(platform_name)
        log.info("DeskCoach %s started (time scale %s, activity probe %s)",
                 __version__, c.clock.scale, c.probe.name)
        if (c.resolved.sources["start_at_login"] == FROM_MANDATORY
                and c.settings.start_at_login and not autostart_enabled()):
            c.follow_login_setting()  # the organisation wants it on
        self.session = open_session_watcher(None, platform_name)
        self.presence = Presence(c, c.probe, open_fullscreen_probe(platform_name, pid),
                                 open_meeting_probe(platform_name, pid), self.session)
        c.start_alarm()
        self.tray.draw_ahead()
        linecache.clearcache()
        for problem in self.problems:
            log.warning("%s", problem)
        if self.problems:
            QTimer.singleShot(1500, self._tell_problems)

    def _wire(self) -> None:
        c, tray = self.controller, self.tray
        c.changed.connect(self.refresh)
        c.break_shown.connect(self._show_break)
        c.break_hidden.connect(self._hide_break)
        c.notice.connect(self._notice)
        c.eye_prompt.connect(tray.eye_break)
        self.anchors = AnchorPrompt(tray, c)
        c.overdue.connect(lambda minutes: tray.notify(
            tr("A break is waiting"),
            tr("Your break has waited %1 minutes for a meeting or full-screen app. Take it "
               "when you can; it appears as soon as you are done.").replace("%1", str(minutes))))
        c.problem.connect(lambda text: tray.notify("DeskCoach", text, warning=True))
        c.quit_requested.connect(self.quit)
        c.open_requested.connect(self.open_window)
        tray.take_break.connect(lambda: self._report(c.take_break()))
        tray.pause.connect(lambda length: self._report(c.pause(length)))
        tray.resume.connect(lambda: self._report(c.resume()))
        tray.skip.connect(lambda: self._report(c.skip()))
        tray.open_settings.connect(self.open_settings)
        tray.open_help.connect(self.open_help)
        tray.open_progress.connect(self.open_progress)
        tray.checklist_action.setVisible(False)  # until the checklist has loaded
        tray.quit.connect(self.quit)
        self.server.request.connect(c.handle_request)

    def _break_window(self) -> BreakWindow:
        """The player, made at the first break (its module loads the figure and the stylesheets)."""
        if self.window is not None:
            return self.window
        from deskcoach.ui.break_window import BreakWindow
        from deskcoach.ui.tray_icon import ring_icon

        c = self.controller
        window = self.window = BreakWindow(c.settings.snooze_minutes)
        window.elapsed = c.break_elapsed
        window.setWindowIcon(ring_icon(16, c.status().phase, self._ratio))
        c.pointer_on_break = window.input_on_break
        window.done.connect(lambda: self._report(c.done()))
        window.snooze.connect(lambda: self._report(c.snooze()))
        window.skip.connect(lambda: self._report(c.skip()))
        window.swap.connect(lambda: self._report(c.swap()))
        window.feedback.connect(self._rated)
        window.safety_acknowledged.connect(c.acknowledge_safety)
        return window

    def _check_tray(self) -> None:
        """A tray host may start after us; if there is still none, show the small window."""
        if Tray.available() or self.fallback is not None:
            return
        from deskcoach.ui.fallback_window import FallbackWindow

        log.warning("no system tray: showing the DeskCoach window instead")
        self.fallback = FallbackWindow(self.tray)
        self.refresh()
        self.fallback.show()

    def refresh(self) -> None:
        if self.closing:
            return
        theme.use(self.controller.settings.theme)  # nothing to do unless it changed
        status = self.controller.status()
        today = self.controller.clock.now().wall.date()
        if today != self._today:
            self._today = today
            self._daily()
        self.tray.update(status, self.controller.clock.now().wall)
        if self.fallback is not None:
            self.fallback.update_status(self.tray.status_action.text())
        if self.notice is not None and self.notice.isVisible():
            if status.phase is Phase.PRE_BREAK:
                self.notice.update_status(status)
            else:
                self.notice.hide()  # the break began, or was put off, paused or skipped
        window = self.window
        if window is not None and window.isVisible():
            self._left_seen = status.break_seconds_left
            window.update_status(status)
            c = self.controller
            if window.routine is not c.routine:
                window.set_routine(c.routine)
                if c.cycle.reading_since is not None and c.unseen_notes():
                    window.show_notes(c.unseen_notes())  # a swap brought a new exercise

    def _rated(self, rating: str) -> None:
        self.controller.rate(rating)
        if self._checkins().offer(rating, self.controller.routine.ids) is not None:
            return  # the check-in asks how it feels; its answers pace the plan
        if rating == "uncomfortable":
            self.tray.notify(tr("Thanks for telling DeskCoach"), tr(
                "That exercise will come back less often. If discomfort keeps coming back, a "
                "quick workstation check can help: Checklist... in the menu. See a clinician "
                "about pain that persists."))

    def _checkins(self) -> CheckinFlow:
        """The check-in questions (their module loads after the first rated break)."""
        if self.checkin_flow is None:
            from deskcoach.ui.checkin_flow import CheckinFlow

            c = self.controller
            self.checkin_flow = CheckinFlow(c.coach, lambda: c.clock.now().wall)
            self.checkin_flow.notify.connect(self.tray.notify)
        return self.checkin_flow

    def _answers(self) -> dict[str, str]:
        """The latest workstation check's answers (programmes suggested from them)."""
        found = None if self.checklist is None else self.checklist.store.find("latest")
        return {} if found is None else dict(found.answers)

    def _daily(self) -> None:
        if self.checklist is not None and not self.closing:
            for message in self.checklist.daily_reminders():
                self.tray.notify(tr("DeskCoach workstation check"), message)

    def _show_break(self, effect: ShowBreak) -> None:
        c = self.controller
        window = self._break_window()
        window.set_snooze_minutes(c.settings.snooze_minutes)
        window.reduced_motion = c.settings.reduced_motion
        window.break_screens = c.settings.break_screens
        window.update_status(c.status())
        # The note is shown exactly while the break's countdown waits for it.
        window.present(effect.break_seconds, c.routine,
                       safety_first=c.cycle.reading_since is not None,
                       notes=c.unseen_notes(), general=c.safety_needed)
        self._cue("start")

    def _cue(self, which: str) -> None:
        """A break cue, unless sound is off or a meeting holds breaks (never into a call)."""
        from deskcoach.platform.sound import play_cue

        s = self.controller.settings
        if not s.sound or self.controller.cycle.blocked == "meeting":
            return
        if not play_cue(s.sound_cue, which, s.sound_volume):
            QApplication.beep()

    def _hide_break(self, outcome: Outcome | None) -> None:
        if self.window is None:
            return
        # The last refresh came at most one break poll (1 s of real time) before the end.
        last_poll = 1 + self.controller.clock.scale
        if outcome is Outcome.COMPLETED and self._left_seen is not None and \
                self._left_seen <= last_poll:
            self._cue("end")  # the countdown ran out: call back whoever walked away
        self._left_seen = None
        if outcome is Outcome.COMPLETED and self.controller.routine.exercises:
            self.window.ask_feedback()
        else:
            self.window.dismiss()

    def _notice(self, seconds: int) -> None:
        """The pre-break notice, with "Start now" and "In 5 minutes" (see NoticeWindow)."""
        from deskcoach.ui.notice_window import NoticeWindow

        c = self.controller
        if self.notice is None:
            self.notice = NoticeWindow()
            self.notice.start_now.connect(lambda: self._report(c.take_break()))
            self.notice.later.connect(lambda: self._report(c.snooze()))
        self.notice.set_snooze_minutes(c.settings.snooze_minutes)
        self.notice.present(seconds, c.status())

    def _report(self, refusal: str | None) -> None:
        if refusal:
            self.tray.notify("DeskCoach", refusal[0].upper() + refusal[1:] + ".")

    def _tell_problems(self) -> None:
        text = "\n".join(self.problems)
        self.tray.notify(tr("DeskCoach: some files could not be used"), text, warning=True)

    def open_window(self, name: str) -> None:
        """`deskcoach open NAME`: the same windows as the tray menu's."""
        if name == "progress":
            self.open_progress()
        elif name == "settings":
            self.open_settings()
        elif self.checklist is not None:
            self.checklist.open()
        else:
            self.tray.notify("DeskCoach", tr("The workstation checklist could not be loaded."),
                             warning=True)

    def open_progress(self) -> None:
        """The dashboard; its module loads on the first opening, and its charts (pyqtgraph and
        numpy) once it is on screen. The log says how long each took (the benchmark reads it)."""
        if self.dashboard is None:
            from deskcoach.progress import gather
            from deskcoach.ui.dashboard import Dashboard
            from deskcoach.ui.trends import BodyFeed

            c = self.controller
            asked = time.monotonic()
            log.info("progress window asked")
            self.dashboard = Dashboard(
                lambda first, last: gather(self.history, c.catalogue, c.clock.zone, first, last,
                                           goal=c.settings.goal_percent / 100),
                lambda: c.clock.now().wall.date(), lambda: c.settings.work_minutes,
                body=BodyFeed(c.coach, lambda: c.clock.now().wall, self._answers),
                goal=lambda: c.settings.goal_percent, hours=lambda: c.settings.working_hours)
            self.dashboard.charts_drawn.connect(lambda: log.info(
                "progress charts drawn %.3f s after the window was asked for",
                time.monotonic() - asked))
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_help(self) -> None:
        """The three tiers of "When to get help", in a window of its own."""
        from deskcoach.ui.safety_view import HelpWindow

        if self.help is None:
            self.help = HelpWindow()
        self.help.show()
        self.help.raise_()
        self.help.activateWindow()

    def open_settings(self) -> None:
        from deskcoach.platform.autostart import autostart_enabled
        from deskcoach.ui.settings_dialog import SettingsDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        c = self.controller
        names = {e.id: e.name for e in c.catalogue}
        shown = dataclasses.replace(c.settings, start_at_login=autostart_enabled())  # as it is
        self.dialog = SettingsDialog(shown, c.explicit, names, c.resolved.locked,
                                     c.resolved.bounds)
        self.dialog.chosen.connect(self._settings_chosen)
        self.dialog.show()
        self.dialog.activateWindow()

    def _settings_chosen(self, settings: Settings, explicit: frozenset[str]) -> None:
        problem = self.controller.apply_settings(settings, explicit)
        if problem:
            self.tray.notify("DeskCoach", problem, warning=True)

    def quit(self) -> None:
        if self.closing:
            return
        self.closing = True  # timers that still fire before the loop ends do nothing
        if self.presence is not None:
            self.presence.close()
        if self.session is not None:
            self.session.close()
        self.controller.shutdown()
        self.server.close()
        self.tray.icon.hide()
        if self.window is not None:
            self.window.dismiss()
        if self.fallback is not None:
            self.fallback.allow_close = True
            self.fallback.close()
        # exit(), not quit(): Qt 6's quit() asks every window to close and stops if one says
        # no, and the break window says no on purpose (closing it by hand snoozes).
        QApplication.exit(0)


def _fail(message: str) -> int:
    if sys.stderr is not None:
        sys.stderr.write(message + "\n")
    return 1


def run(paths: Paths, time_scale: float) -> int:
    """Start the tray app, or hand over to the one already running for this profile."""
    problem = display_problem()  # Qt would abort the process instead
    if problem:
        if sys.stderr is not None:
            sys.stderr.write(problem + "\n")
        return 1
    try:
        name = server_name(paths.config_dir.parent)
    except UnsafeFolder as exc:
        return _fail(f"DeskCoach cannot open its control socket: {exc}.")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DeskCoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.deskcoach.DeskCoach")
    app.setQuitOnLastWindowClosed(False)
    paths.ensure()
    lock = InstanceLock(paths.lock_file)
    server, refusal = claim(name, lock)
    if server is None:
        if refusal:
            return _fail(refusal)
        if sys.stdout is not None:  # a windowed Windows build has no console
            sys.stdout.write("DeskCoach is already running for this profile.\n")
        return 0
    os.umask(0o077)
    problem = setup_logging(paths)
    deskcoach = DeskCoachApp(paths, AppClock(time_scale), server, [problem] if problem else [])
    # Ctrl+C and SIGTERM quit cleanly. A Python handler only runs when the interpreter gets
    # control, so the signal also writes to a socket Qt watches: no polling timer needed.
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: reader.recv(64))
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, deskcoach.quit))
    log.info("ready (tray available: %s, control socket %s)", Tray.available(), name)
    try:
        return app.exec()
    finally:
        lock.release()
