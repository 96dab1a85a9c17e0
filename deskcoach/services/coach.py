"""The application's services built and wired, with named start-up stages and a shutdown.

The composition root (app.py) adds the screen and the desktop's detectors.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deskcoach.core.policy import NO_POLICY, Policy
from deskcoach.core.settings import Settings
from deskcoach.services.clock import AppClock
from deskcoach.services.commands import Commands
from deskcoach.services.config import Config
from deskcoach.services.control import ControlHandler
from deskcoach.services.imports import Importer
from deskcoach.services.records import Records
from deskcoach.services.routines import Routines
from deskcoach.services.runner import BreakRunner
from deskcoach.store.history import History
from deskcoach.store.settings_file import SettingsFile

if TYPE_CHECKING:
    from deskcoach.core.exercises import Catalogue
    from deskcoach.platform.activity import ActivityProbe


@dataclass(frozen=True)
class Coach:
    """One job each: `config` the settings in effect, `records` the history writes,
    `routines` the exercises, `runner` the cycle and its effects, `commands` the user's
    commands, `importer` an import into the running app, `control` the control socket."""

    clock: AppClock
    config: Config
    records: Records
    routines: Routines
    runner: BreakRunner
    commands: Commands
    importer: Importer
    control: ControlHandler

    @classmethod
    def build(cls, clock: AppClock, settings_file: SettingsFile, history: History,
              user: Settings, explicit: frozenset[str], policy: Policy = NO_POLICY,
              catalogue: Catalogue | None = None, rng: random.Random | None = None,
              pointer_on_break: Callable[[], bool] = lambda: False) -> Coach:
        config = Config(clock, settings_file, user, explicit, policy)
        records = Records(history, clock)
        routines = Routines(history, lambda: config.settings, catalogue, rng)
        runner = BreakRunner(clock, config.settings, records, routines, pointer_on_break)
        config.applied.connect(runner.change_settings)
        commands = Commands(runner, routines, records)
        importer = Importer(config, records, runner)
        control = ControlHandler(runner, commands, config, importer)
        return cls(clock, config, records, routines, runner, commands, importer, control)

    # ---- start-up stages, in order ----

    def start(self) -> None:
        """Stage 1, while the tray icon is built: follow hand edits of the settings file."""
        self.config.start()

    def settle(self, catalogue: Catalogue, probe: ActivityProbe, login_enabled: bool) -> None:
        """Stage 2, once the icon shows: the exercises, the activity probe, the scheduler,
        and the login item the organisation wants (`login_enabled`: whether it exists)."""
        self.routines.load(catalogue)
        self.runner.start(probe)
        self.config.follow_mandatory_login(login_enabled)

    def shutdown(self) -> None:
        """The runner records what it still can, then the history closes."""
        self.runner.shutdown()
        self.records.shutdown(self.clock.now())
        self.config.shutdown()
