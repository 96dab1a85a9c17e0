"""Which organisation policy applies, for the app and the command line alike.

Qt-free, so the app imports it before PySide6 starts reading sources.
"""

from __future__ import annotations

import os
from pathlib import Path

from deskcoach.core.policy import Policy
from deskcoach.store.policy_sources import load_policy


def load_app_policy() -> Policy:
    """Organisation policy from the system's places, or from DESKCOACH_POLICY_ROOT (a folder
    laid out like /etc/deskcoach) to try a policy before deploying it."""
    root = os.environ.get("DESKCOACH_POLICY_ROOT")
    return load_policy(linux_roots=[Path(root)] if root else None)
