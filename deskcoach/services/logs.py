"""Where the app's log goes: the profile's rotating log file, or standard error.

Support reads the log; when it cannot be written the user is told why it is elsewhere.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from deskcoach.store.atomic import why_not_written
from deskcoach.store.paths import Paths

MAX_BYTES = 512 * 1024
BACKUPS = 2


class RotatingFile(logging.FileHandler):
    """The log, then `.1` and `.2` once it would pass `max_bytes`: the job of
    logging.handlers.RotatingFileHandler without loading logging.handlers, which brings pickle,
    queue and the network handlers (about 0.7 MB kept by an idle app)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = len(self.format(record).encode("utf-8")) + 1
            if self.stream is not None and self.stream.tell() + line > self.max_bytes and \
                    self.stream.tell() > 0:
                self._rotate()
        except Exception:  # noqa: BLE001 - logging never crashes the app
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(paths: Paths) -> str | None:
    """Log to the profile's log file; when it cannot be written, to standard error, and
    return why, for the user to be told."""
    handler: logging.Handler
    problem = None
    try:
        handler = RotatingFile(paths.log_file)
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
