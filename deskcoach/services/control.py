"""Answers to the control socket's requests, through the same commands as the tray.

`deskcoach status`, `pause 30m`, `config set` ...: one request in, one reply out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from deskcoach.core.i18n import tr
from deskcoach.core.status import Phase
from deskcoach.services.commands import Commands
from deskcoach.services.config import Config
from deskcoach.services.imports import Importer
from deskcoach.services.protocol import COACH_COMMANDS, WINDOWS, Request
from deskcoach.services.runner import BreakRunner

Reply = Callable[[bool, Any, str], None]


class ControlHandler(QObject):
    quit_requested = Signal()
    open_requested = Signal(str)  # one of protocol.WINDOWS
    problem = Signal(str)  # to tell the user once, plainly

    def __init__(self, runner: BreakRunner, commands: Commands, config: Config,
                 importer: Importer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.commands = commands
        self.config = config
        self.importer = importer

    def status_dict(self) -> dict[str, Any]:
        runner = self.runner
        now = runner.clock.now()
        st = runner.cycle.status(now)
        counts = runner.records.today_counts(now).as_dict()
        counts["eye_breaks"] = runner.eyes.log.count(*_day_bounds(now.wall))
        if runner.cycle.current is not None:
            counts["snoozed"] += runner.cycle.current.snoozes
        return {
            "state": st.phase.value,
            "now": now.wall.isoformat(timespec="seconds"),
            "next_break_at": _iso(st.next_break_at),
            "next_eye_break_at": runner.eyes.next_at(now, runner.cycle),
            "seconds_left": st.seconds_left,
            "break_seconds_left": st.break_seconds_left,
            "paused_until": _iso(st.paused_until),
            "reason": st.reason,
            "snoozes_left": st.snoozes_left,
            "skips_left": st.skips_left,
            "today": counts,
            "time_scale": runner.clock.scale,
            "exercises": list(runner.routines.routine.ids) if st.phase is Phase.ON_BREAK else [],
            **runner.routines.coaching.status(now.wall),
        }

    def handle_request(self, req: Request, reply: Reply) -> None:
        c = self.commands
        simple: dict[str, Callable[[], str | None]] = {
            "break-now": c.take_break, "done": c.done, "snooze": c.snooze,
            "skip": c.skip, "resume": c.resume, "swap": c.swap,
            "break-with": lambda: c.take_break(req.args.get("exercise")),
            "pause": lambda: c.pause(req.args["length"]),
        }
        if req.cmd == "status":
            reply(True, self.status_dict(), "")
        elif req.cmd in simple:
            error = simple[req.cmd]()
            reply(error is None, self.status_dict() if error is None else None, error or "")
        elif req.cmd == "config-set":
            error = self.config.set_value(req.args["key"], req.args["value"])
            reply(error is None, self.config.settings.as_dict() if error is None else None,
                  error or "")
        elif req.cmd == "activate":
            reply(True, "DeskCoach is already running", "")
            self.problem.emit(tr("DeskCoach is already running; its icon is in the system tray."))
        elif req.cmd == "open":
            window = req.args["window"]
            if window in WINDOWS:
                reply(True, f"opening {window}", "")
                self.open_requested.emit(window)
            else:
                reply(False, None, f"there is no window '{window}' (try: {', '.join(WINDOWS)})")
        elif req.cmd in COACH_COMMANDS:
            from deskcoach.services.coaching import CoachError

            try:
                reply(True, self.runner.routines.coaching.handle(req.cmd, req.args,
                                                                 self.runner.clock.now().wall), "")
            except CoachError as exc:
                reply(False, None, str(exc))
        elif req.cmd == "quit":
            reply(True, "quitting", "")
            self.quit_requested.emit()
        elif req.cmd == "import":
            ok, text = self.importer.import_file(Path(req.args["file"]))
            reply(ok, text if ok else None, "" if ok else text)


def _day_bounds(wall: datetime) -> tuple[datetime, datetime]:
    start = datetime.combine(wall.date(), time(0), tzinfo=wall.tzinfo)
    return start, datetime.combine(wall.date() + timedelta(days=1), time(0), tzinfo=wall.tzinfo)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")
