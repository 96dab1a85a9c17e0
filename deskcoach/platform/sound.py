"""The break cues: a soft sound when a break starts and when it ends, at the chosen volume.

The sounds are DeskCoach's own (resources/sounds, made by tools/make_sounds.py). They play
through the platform's player, started detached: PipeWire's pw-play or PulseAudio's paplay
on Linux, libcanberra's player failing those, afplay on macOS, winsound on Windows (no volume
there). QtMultimedia's QSoundEffect would do the same job in-process, but it needs
PySide6-Addons (about 430 MB more installed) and adds about 20 MB to the running app
(bench/sound_cost.py); a detached player costs the app nothing once it has started.
"""

from __future__ import annotations

import math
import shutil
import sys
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QProcess

WHICH = ("start", "end")


def cue_file(sound: str, which: str) -> Path:
    """Where the installed cue is (a real file: the players need a path)."""
    resource = files("deskcoach.resources").joinpath("sounds", f"{sound}-{which}.wav")
    with as_file(resource) as path:  # a plain file in every install DeskCoach makes
        return Path(path)


def player_command(path: Path, volume: int, find: Callable[[str], str | None] = shutil.which,
                   platform: str = sys.platform) -> list[str] | None:
    """The command that plays `path` at `volume` percent here, or None when there is none."""
    level = max(0, min(100, volume)) / 100
    if platform == "darwin":
        player = find("afplay")
        return [player, "-v", f"{level:.2f}", str(path)] if player else None
    if platform.startswith("win"):
        return None
    if player := find("pw-play"):
        return [player, f"--volume={level:.2f}", str(path)]
    if player := find("paplay"):
        return [player, f"--volume={round(level * 65536)}", str(path)]
    if player := find("canberra-gtk-play"):
        decibels = 20 * math.log10(level) if level > 0 else -96.0
        return [player, "-f", str(path), "-V", f"{decibels:.1f}", "-d", "DeskCoach"]
    return None


def play_cue(sound: str, which: str, volume: int) -> bool:
    """Start the cue without waiting; False when nothing here can play it."""
    if volume <= 0:
        return True  # silence was asked for, and given
    path = cue_file(sound, which)
    if sys.platform.startswith("win"):
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return True
    command = player_command(path, volume)
    return bool(command and QProcess.startDetached(command[0], command[1:]))
