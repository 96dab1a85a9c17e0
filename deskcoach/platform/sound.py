"""A soft chime when a break starts, through the desktop's own sound player when there is one."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QProcess

_THEME_SOUND = Path("/usr/share/sounds/freedesktop/stereo/complete.oga")


def play_chime() -> bool:
    """Start the chime without waiting; False when no player is available."""
    canberra = shutil.which("canberra-gtk-play")
    if canberra:
        return bool(QProcess.startDetached(canberra, ["-i", "complete", "-d", "DeskCoach"]))
    for player in ("pw-play", "paplay"):
        path = shutil.which(player)
        if path and _THEME_SOUND.exists():
            return bool(QProcess.startDetached(path, [str(_THEME_SOUND)]))
    return False
