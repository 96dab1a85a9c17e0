"""Where the app's log goes: the profile's rotating log file, or standard error.

Support reads the log; when it cannot be written the user is told why it is elsewhere.
"""

from __future__ import annotations

import logging
import logging.handlers

from deskcoach.store.atomic import why_not_written
from deskcoach.store.paths import Paths


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
