"""The settings in effect: the user's watched file, the policy over it, start at login.

The policy comes from store.policy_sources; a hand-edited file applies at once, a bad value
keeps the last good one.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from deskcoach.core import settings as schema
from deskcoach.core.policy import FROM_MANDATORY, NO_POLICY, Policy, Resolved, resolve
from deskcoach.core.settings import Settings
from deskcoach.services.clock import AppClock
from deskcoach.services.records import RETRY_WRITE_MS
from deskcoach.store.atomic import why_not_written
from deskcoach.store.settings_file import SettingsFile

log = logging.getLogger(__name__)


class Config(QObject):
    applied = Signal(object)  # the Settings now in effect, when they change
    problem = Signal(str)  # to tell the user once, plainly

    def __init__(self, clock: AppClock, settings_file: SettingsFile, user: Settings,
                 explicit: frozenset[str], policy: Policy = NO_POLICY,
                 parent: QObject | None = None) -> None:
        """`user` and `explicit` are the user's own; `policy` shapes what takes effect."""
        super().__init__(parent)
        self.clock = clock
        self.settings_file = settings_file
        self.user = user
        self.explicit = explicit
        self.policy = policy
        self.resolved = self._resolve()
        self._told: tuple[str, ...] = ()
        self._watcher: QFileSystemWatcher | None = None
        self.unsaved = False  # applied, but the file could not be written yet
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_WRITE_MS)
        self._retry.timeout.connect(self.save_pending)

    @property
    def settings(self) -> Settings:
        return self.resolved.settings

    def start(self) -> None:
        """Watch the file for edits in place, and its folder for files replaced or created."""
        if self._watcher is not None:
            return
        self._watcher = QFileSystemWatcher(self)
        with contextlib.suppress(OSError):  # a read-only disk: saving the settings says so
            self.settings_file.path.parent.mkdir(parents=True, exist_ok=True)
        self._watcher.addPath(str(self.settings_file.path.parent))
        self._watcher.directoryChanged.connect(lambda _path: self.reload_settings())
        self._watcher.fileChanged.connect(lambda _path: self.reload_settings())
        self._watch_file()

    def follow_mandatory_login(self, enabled: bool) -> None:
        """Start-up stage: the organisation wants start at login on and it is not (`enabled`
        is whether the login item exists)."""
        if (self.resolved.sources["start_at_login"] == FROM_MANDATORY
                and self.settings.start_at_login and not enabled):
            self.follow_login_setting()

    def shutdown(self) -> None:
        """Stop following the file (the watcher itself goes with this object); a last try
        at saving settings still pending (the disk may have room again)."""
        self.save_pending()
        self._retry.stop()
        if self._watcher is not None:
            watched = self._watcher.files() + self._watcher.directories()
            if watched:
                self._watcher.removePaths(watched)

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
        self.reapply()
        if self.settings.start_at_login != login_before:
            self.follow_login_setting()
        return self._save()

    def save_pending(self) -> str | None:
        """Save settings that could not be saved before; the problem, or None."""
        return self._save() if self.unsaved else None

    def _save(self) -> str | None:
        """Write the user's settings; when that fails (a full disk), keep them pending, as
        the history does: retried every minute, and until then the file on disk (older) is
        not read back over them."""
        path = self.settings_file.path
        try:
            self.settings_file.save(self.user, self.explicit)
        except OSError as exc:
            self.unsaved = True
            self._retry.start()
            message = (f"Settings apply now but could not be saved to {path}"
                       f" ({why_not_written(path, exc)}). DeskCoach keeps "
                       "them and saves them as soon as it can (it retries every minute).")
            log.warning("%s", message)
            return message
        if self.unsaved:
            self.unsaved = False
            self._retry.stop()
            log.info("settings writes work again; the pending settings are saved")
        return None

    def set_value(self, key: str, text: str) -> str | None:
        try:
            value = schema.parse_text(key, text)
        except schema.SettingError as exc:
            return str(exc)
        refusal = self.resolved.check_user_change(key, value)
        if refusal:
            return refusal
        return self.apply_settings(self.user.with_value(key, value), self.explicit | {key})

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

    def reapply(self) -> None:
        """Resolve the user's settings under the policy again; tell when the result changed."""
        before = self.resolved.settings
        self.resolved = self._resolve()
        if self.resolved.settings != before:
            self.applied.emit(self.resolved.settings)

    def reload_settings(self) -> None:
        """Pick up a hand-edited file; a bad value keeps the last good one and is told once.
        Not while a change waits to be saved: the file is older than what applies."""
        self._watch_file()
        if self.unsaved:
            return
        loaded = self.settings_file.load(self.clock.now().wall, fallback=self.user)
        if loaded.problems and loaded.problems != self._told:
            self.problem.emit("\n".join(loaded.problems))
        self._told = loaded.problems
        if loaded.settings != self.user or loaded.explicit != self.explicit:
            self.user, self.explicit = loaded.settings, loaded.explicit
            self.reapply()

    def _watch_file(self) -> None:
        path = str(self.settings_file.path)
        if (self._watcher is not None and self.settings_file.path.exists()
                and path not in self._watcher.files()):
            self._watcher.addPath(path)
