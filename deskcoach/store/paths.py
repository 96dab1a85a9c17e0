"""Where DeskCoach keeps things: platformdirs' per-user folders, or one folder with --profile.

Paths are canonical (links and `..` resolved), so one profile has one lock and one control
socket however it is spelled. `problem` refuses folders another user owns or others can
write: whoever can write there could plant links that our writes would follow.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "DeskCoach"


@dataclass(frozen=True)
class Paths:
    """The folders one profile keeps its settings, history and logs in."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    root: Path | None = None  # the --profile folder, when there is one

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "deskcoach.log"

    @property
    def lock_file(self) -> Path:
        """Held (an OS lock, gone with the process) by the one app running this profile."""
        return self.config_dir / ".deskcoach.lock"

    def problem(self) -> str | None:
        """Why this profile must not be used (another user's folder, or others can write to
        it), or None. Checked before any file in it is read or written."""
        from deskcoach.platform.owner import folder_problem

        if self.root is not None:
            problem = folder_problem(self.root, parents=True)
            if problem:
                return problem
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            problem = folder_problem(folder)
            if problem:
                return problem
        return None

    def ensure(self) -> None:
        """Create the folders, readable by the user alone. A folder that cannot be created or
        changed (a read-only disk) is left as it is: what needs to write there says so. Only
        the others' access is taken away, so a folder made read-only on purpose stays so."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                mode = stat.S_IMODE(folder.stat().st_mode)
                if os.name == "posix" and mode & 0o077:
                    os.chmod(folder, mode & 0o700)


def resolve(profile: str | os.PathLike[str] | None) -> Paths:
    if profile is not None:
        root = Path(profile).expanduser().resolve()
        return Paths(root / "config", root / "data", root / "logs", root)
    return Paths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)).resolve(),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve(),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)).resolve(),
    )


def profile_of(settings_file: Path) -> Path | None:
    """The --profile folder whose settings file this is, or None for the default places:
    what a login item must pass to start this same profile."""
    if settings_file == resolve(None).settings_file:
        return None
    return settings_file.parent.parent
