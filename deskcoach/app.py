"""The composition root: build the services and the screen, wire them, run the event loop.

It sits above every layer (it imports ui, services, store and platform; nothing imports it
but __main__), so it stays at the package's top rather than inside the application layer.
"""

from __future__ import annotations

# PySide6 reads the source of every module imported after it (for its `__feature__` switch):
# the Qt-free modules come first, and the rest are read lightly (platform/pyside_sources.py).
import gc
import linecache
import logging
import os
import signal
import socket
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from deskcoach import __version__
from deskcoach.core.settings import Settings
from deskcoach.platform.display import display_problem
from deskcoach.platform.owner import UnsafeFolder
from deskcoach.services import eye_breaks as _eyes  # noqa: F401
from deskcoach.services.clock import AppClock
from deskcoach.services.logs import setup_logging
from deskcoach.store.history import History
from deskcoach.store.instance_lock import InstanceLock
from deskcoach.store.paths import Paths
from deskcoach.store.policy_sources import load_app_policy
from deskcoach.store.settings_file import SettingsFile

# isort: split
from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication

from deskcoach.platform import pyside_sources as _light  # noqa: F401  (before the rest)
from deskcoach.services import language_setting as language
from deskcoach.services.coach import Coach
from deskcoach.services.ipc import ControlServer, claim, server_name
from deskcoach.services.translation import Translators, is_right_to_left
from deskcoach.ui import theme
from deskcoach.ui.anchor_prompt import AnchorPrompt
from deskcoach.ui.break_screen import BreakScreen
from deskcoach.ui.menu_windows import MenuWindows
from deskcoach.ui.text import tr
from deskcoach.ui.tray import Tray

if TYPE_CHECKING:  # loaded when first needed (pyqtgraph, numpy, QtSvg) or once the icon shows
    from deskcoach.core.exercises import Catalogue
    from deskcoach.core.policy import Policy
    from deskcoach.platform.activity import ActivityProbe
    from deskcoach.platform.session import SessionEvents
    from deskcoach.services.presence import Presence
    from deskcoach.ui.break_window import BreakWindow
    from deskcoach.ui.checkin_flow import CheckinFlow
    from deskcoach.ui.checklist_flow import ChecklistFlow
    from deskcoach.ui.fallback_window import FallbackWindow

log = logging.getLogger("deskcoach")
NO_TRAY_GRACE_MS = 5000
#: The rest of starting waits this long after the icon is shown: the event loop goes idle, so
#: the dock request reaches the tray host and the icon is placed before the scheduler, content
#: and detectors load (run at once, they kept the request unsent for 50-100 ms).
TRAY_HANDOVER_MS = 15
FIRST_REMINDER_MS = 10 * 60_000  # checklist reminders wait until the user has settled in


class DeskCoachApp:
    """Holds the long-lived objects so nothing is garbage-collected while the app runs."""

    def __init__(self, paths: Paths, clock: AppClock, server: ControlServer,
                 problems: Sequence[str] = (), translators: Translators | None = None,
                 language_fixed: bool = False, policy: Policy | None = None) -> None:
        """Build what the tray icon needs and show it; `_settle` does the rest a moment later.

        The catalogue, the checklist, the desktop detectors and the scheduler are not needed
        to show the icon, and loading them first would keep the user waiting for it.
        `problems`: found before it was built, told with its own; `policy`: as `run` read it.
        """
        self.paths = paths
        self.server = server
        self.closing = False
        self.translators = translators or Translators()
        self.language_fixed = language_fixed  # --lang given: the setting waits for a restart
        self.content_loaded = False  # until _settle: a new language is read there anyway
        now = clock.now()
        self.settings_file = SettingsFile(paths.settings_file)
        loaded = self.settings_file.load(now.wall)
        self.history = History(paths.history_db, now.wall, check_later=True)  # in _settle
        policy = policy or load_app_policy()
        self.problems = [*problems, *loaded.problems, *policy.problems]  # history's: _settle
        self.coach = Coach.build(clock, self.settings_file, self.history, loaded.settings,
                                 loaded.explicit, policy,
                                 pointer_on_break=lambda: self.screen.pointer_inside())
        self.coach.start()
        app = QApplication.instance()
        ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
        self.tray = Tray(ratio)
        self.checkin_flow: CheckinFlow | None = None
        self.screen = BreakScreen(self.coach, ratio, self._report, self.tray.notify,
                                  lambda rating, ids: self._checkins().offer(rating, ids))
        self.windows = MenuWindows(self.coach, paths.root, lambda: self.translators.code,
                                   lambda text: self.tray.notify("DeskCoach", text, warning=True))
        self.checklist: ChecklistFlow | None = None
        self.presence: Presence | None = None
        self.session: SessionEvents | None = None
        self._today = now.wall.date()
        self._wire()
        self.fallback: FallbackWindow | None = None
        self.refresh()
        self.tray.show()
        QTimer.singleShot(TRAY_HANDOVER_MS, self._settle)
        QTimer.singleShot(NO_TRAY_GRACE_MS, self._check_tray)
        QTimer.singleShot(FIRST_REMINDER_MS, self._daily)

    def _settle(self) -> None:
        """The second half of starting (_start_services), then the problems told.

        The garbage collector, off while starting (__main__._main), runs once (about 15 ms) and
        stays on; what starting built and kept is frozen, so its later runs skip those objects
        all day (gc.freeze). The few sources PySide6 kept in `linecache` while it loaded
        (before it could be told to read lightly) are dropped: nothing of ours reads them, and
        a traceback reads its files again.
        """
        if self.closing:
            return
        from deskcoach.platform.libs import release_free_memory

        self.history.verify()  # its integrity check, put off so as not to delay the icon
        self.problems += self.history.problems
        try:
            self._start_services()
        finally:
            if not gc.isenabled():  # off while starting (__main__._main)
                gc.enable()
                gc.collect()
                gc.freeze()
            linecache.clearcache()
            release_free_memory()  # what starting dropped, given back (about 0.5 MB)
        for problem in self.problems:
            log.warning("%s", problem)
        if self.problems:
            QTimer.singleShot(1500, self._tell_problems)

    def _start_services(self) -> None:
        """In named stages: content, then the services' detectors and scheduler, then
        presence, then the tray rings."""
        from deskcoach.platform.activity import open_probe
        from deskcoach.platform.autostart import autostart_enabled

        catalogue = self._load_content()
        platform_name = QApplication.platformName()
        probe = open_probe(platform_name)
        self.coach.settle(catalogue, probe, autostart_enabled())
        log.info("DeskCoach %s started (time scale %s, activity probe %s)",
                 __version__, self.coach.clock.scale, probe.name)
        self._watch_presence(platform_name, probe)
        self.tray.draw_ahead()
        self.screen.prepare_ahead = True  # from the next tick, the break window is built ahead

    def _load_content(self) -> Catalogue:
        """Start-up stage: the exercise catalogue and the workstation checklist."""
        from deskcoach.services.checklists import ChecklistRecords
        from deskcoach.store.catalogue import load_catalogue, load_checklist
        from deskcoach.ui.checklist_flow import ChecklistFlow

        catalogue = load_catalogue()
        checklist, problem = load_checklist()
        self.problems += [*catalogue.problems, *([problem] if problem else [])]
        if checklist is not None:
            coach = self.coach
            self.checklist = ChecklistFlow(ChecklistRecords(checklist, self.history),
                                           lambda: coach.clock.now().wall,
                                           lambda: coach.config.settings)
            self.tray.open_checklist.connect(self.checklist.open)
            self.checklist.notify.connect(self.tray.notify)
        self.tray.checklist_action.setVisible(checklist is not None)
        self.content_loaded = True
        return catalogue.catalogue

    def _follow_language(self, settings: Settings) -> None:
        """A new `language` setting applies at once: the translators, the layout direction,
        the tray menu and status, and the exercise and checklist texts. Windows already open
        keep their words until they are opened again (the setting's help says so)."""
        code = language.resolve(settings.language)
        if self.language_fixed or code == self.translators.code:
            return
        self.translators.use(code)
        apply_direction(self.translators.code)
        self.tray.retranslate()
        self.screen.renew()
        self.refresh()
        if self.content_loaded:
            from deskcoach.store.catalogue import load_catalogue, load_checklist

            self.coach.routines.load(load_catalogue().catalogue)
            checklist = load_checklist()[0]
            if checklist is not None and self.checklist is not None:
                self.checklist.records.checklist = checklist
                self.checklist.checklist = checklist

    def _watch_presence(self, platform_name: str, probe: ActivityProbe) -> None:
        """Start-up stage: lock, sleep, idle, meetings and full-screen apps feed the runner."""
        from deskcoach.platform.fullscreen import open_fullscreen_probe
        from deskcoach.platform.meeting import open_meeting_probe
        from deskcoach.platform.session import open_session_watcher
        from deskcoach.services.presence import Presence

        pid, runner = os.getpid(), self.coach.runner
        self.session = open_session_watcher(None, platform_name)
        self.presence = Presence(runner, probe, open_fullscreen_probe(platform_name, pid),
                                 open_meeting_probe(platform_name, pid), self.session)
        runner.about_to_tick.connect(self.presence.before_tick)
        runner.changed.connect(self.presence.follow)
        self.presence.start()

    def _wire(self) -> None:
        coach, tray = self.coach, self.tray
        runner, commands = coach.runner, coach.commands
        runner.changed.connect(self.refresh)
        runner.eye_prompt.connect(tray.eye_break)
        self.anchors = AnchorPrompt(tray, coach)
        runner.overdue.connect(lambda minutes: tray.notify(
            tr("A break is waiting"),
            tr("Your break has waited %1 minutes for a meeting or full-screen app. Take it "
               "when you can; it appears as soon as you are done.").replace("%1", str(minutes))))
        for service in (coach.config, coach.records, coach.control):
            service.problem.connect(lambda text: tray.notify("DeskCoach", text, warning=True))
        coach.config.applied.connect(self._follow_language)
        coach.control.quit_requested.connect(self.quit)
        coach.control.open_requested.connect(self.open_window)
        tray.take_break.connect(lambda: self._report(commands.take_break()))
        tray.pause.connect(lambda length: self._report(commands.pause(length)))
        tray.resume.connect(lambda: self._report(commands.resume()))
        tray.skip.connect(lambda: self._report(commands.skip()))
        tray.open_settings.connect(self.windows.settings)
        tray.open_help.connect(self.windows.show_help)
        tray.open_progress.connect(self.windows.progress)
        tray.checklist_action.setVisible(False)  # until the checklist has loaded
        tray.quit.connect(self.quit)
        self.server.request.connect(coach.control.handle_request)

    @property
    def window(self) -> BreakWindow | None:
        """The break window, once the first break has made it."""
        return self.screen.window

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
        runner = self.coach.runner
        theme.use(runner.settings.theme)  # nothing to do unless it changed
        status = runner.status()
        today = runner.clock.now().wall.date()
        if today != self._today:
            self._today = today
            self._daily()
        self.tray.update(status, runner.clock.now().wall)
        if self.fallback is not None:
            self.fallback.update_status(self.tray.status_action.text())
        self.screen.refresh(status)

    def _checkins(self) -> CheckinFlow:
        """The check-in questions (their module loads after the first rated break)."""
        if self.checkin_flow is None:
            from deskcoach.ui.checkin_flow import CheckinFlow

            coach = self.coach
            self.checkin_flow = CheckinFlow(coach.routines.coaching, lambda: coach.clock.now().wall)
            self.checkin_flow.notify.connect(self.tray.notify)
        return self.checkin_flow

    def _answers(self) -> dict[str, str]:
        """The latest workstation check's answers (programmes suggested from them)."""
        found = None if self.checklist is None else self.checklist.records.store.find("latest")
        return {} if found is None else dict(found.answers)

    def _daily(self) -> None:
        if self.checklist is not None and not self.closing:
            for message in self.checklist.daily_reminders():
                self.tray.notify(tr("DeskCoach workstation check"), message)

    def _report(self, refusal: str | None) -> None:
        if refusal:
            self.tray.notify("DeskCoach", refusal[0].upper() + refusal[1:] + ".")

    def _tell_problems(self) -> None:
        text = "\n".join(self.problems)
        self.tray.notify(tr("DeskCoach: some files could not be used"), text, warning=True)

    def open_window(self, name: str) -> None:
        """`deskcoach open NAME`: the same windows as the tray menu's."""
        if name == "progress":
            self.windows.progress()
        elif name == "settings":
            self.windows.settings()
        elif self.checklist is not None:
            self.checklist.open()
        else:
            self.tray.notify("DeskCoach", tr("The workstation checklist could not be loaded."),
                             warning=True)

    def quit(self) -> None:
        if self.closing:
            return
        self.closing = True  # timers that still fire before the loop ends do nothing
        if self.presence is not None:
            self.presence.close()
        if self.session is not None:
            self.session.close()
        self.coach.shutdown()
        self.server.close()
        self.windows.close()
        self.tray.icon.hide()
        self.screen.close()
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


def apply_direction(code: str) -> None:
    """Right-to-left languages mirror the whole interface (the figure and charts opt out)."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(code)
                                    else Qt.LayoutDirection.LeftToRight)


def run(paths: Paths, time_scale: float, lang: str | None = None) -> int:
    """Start the tray app, or hand over to the one already running for this profile."""
    # The core's tr: it speaks before the application exists (and a bare tr() is what lupdate
    # files under the catalogue's empty context, where every message is looked up).
    from deskcoach.core.i18n import fill, tr
    problem = display_problem()  # Qt would abort the process instead
    if problem:
        if sys.stderr is not None:
            sys.stderr.write(problem + "\n")
        return 1
    translators = Translators()  # the messages below are in the user's language too
    policy = load_app_policy()  # read once: the language and the settings are under it
    translators.use(language.resolve(language.setting_language(paths.settings_file, lang, policy)))
    try:
        name = server_name(paths.config_dir.parent)
    except UnsafeFolder as exc:
        return _fail(fill(tr("DeskCoach cannot open its control socket: %1."), exc))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DeskCoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.deskcoach.DeskCoach")
    app.setQuitOnLastWindowClosed(False)
    translators.use(translators.code)  # again, now installed on the application
    apply_direction(translators.code)
    paths.ensure()
    lock = InstanceLock(paths.lock_file)
    server, refusal = claim(name, lock)
    if server is None:
        if refusal:
            return _fail(refusal)
        if sys.stdout is not None:  # a windowed Windows build has no console
            sys.stdout.write(tr("DeskCoach is already running for this profile.") + "\n")
        return 0
    os.umask(0o077)
    problem = setup_logging(paths)
    deskcoach = DeskCoachApp(paths, AppClock(time_scale), server, [problem] if problem else [],
                             translators, language_fixed=lang is not None, policy=policy)
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
