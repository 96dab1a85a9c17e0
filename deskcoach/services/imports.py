"""`deskcoach import` while the app runs: the app writes its own files, whole or not at all,
and applies the imported settings at once."""

from __future__ import annotations

from pathlib import Path

from deskcoach.services.config import Config
from deskcoach.services.records import Records
from deskcoach.services.runner import BreakRunner


class Importer:
    def __init__(self, config: Config, records: Records, runner: BreakRunner) -> None:
        self.config = config
        self.records = records
        self.runner = runner

    def import_file(self, file: Path) -> tuple[bool, str]:
        """Read, check and merge an export file; returns (done, what to tell)."""
        import sqlite3  # here: read after PySide6, its source would stay in memory

        from deskcoach.store.transfer import TransferError, import_file, summary

        config, history = self.config, self.records.history
        folder = config.settings_file.path.parent
        if config.save_pending() is not None:
            # The import merges into the file, which is older than the settings that apply.
            return False, (f"Could not import into {folder}: settings changed earlier are not "
                           "saved yet (is the disk full?)")
        try:
            done = import_file(file, history, config.settings_file,
                               self.runner.clock.now().wall, config.resolved)
        except TransferError as exc:
            return False, f"Refused, nothing was changed: {exc}"
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, OSError) and exc.filename == str(file):
                return False, f"Refused: could not read {file}: {exc.strerror or exc}"
            why = history.last_error if not history.writable else str(exc)
            return False, f"Could not import into {history.path.parent}: {why}"
        config.reload_settings()
        self.runner.changed.emit()
        return True, summary(done)
