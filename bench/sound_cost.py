"""What a break cue costs: QtMultimedia's QSoundEffect against the platform's player.

    .venv/bin/python bench/sound_cost.py [--python PATH]   # PATH: a Python with PySide6-Addons

DeskCoach ships PySide6-Essentials, which has no QtMultimedia. This measures, in a fresh
process each, the resident memory (VmRSS) of a QApplication alone, after importing
QtMultimedia, and after loading and playing one cue with QSoundEffect; and for the platform
player, the app's own memory after starting `paplay`/`pw-play` detached (the player is a
separate, short-lived process). It prints one line of figures per way, in KiB, and the size of
the PySide6 folders.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CUE = ROOT / "resources" / "sounds" / "chime-start.wav"

PROBE = r"""
import json, shutil, sys, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1])
from PySide6.QtCore import QProcess, QUrl
from PySide6.QtWidgets import QApplication
app = QApplication([])
out = {"app": rss()}
if sys.argv[1] == "qsoundeffect":
    from PySide6.QtMultimedia import QSoundEffect
    out["import"] = rss()
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(sys.argv[2]))
    effect.setVolume(0.6)
    end = time.monotonic() + 3
    while effect.status() == QSoundEffect.Status.Loading and time.monotonic() < end:
        app.processEvents()
    effect.play()
    out["status"] = effect.status().name
else:
    player = shutil.which("pw-play") or shutil.which("paplay") or shutil.which("aplay")
    out["player"] = player
    if player:
        QProcess.startDetached(player, [sys.argv[2]])
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
out["played"] = rss()
print(json.dumps(out))
"""


def measure(python: str, way: str) -> dict[str, object]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([python, "-c", PROBE, way, str(CUE)], capture_output=True,
                          text=True, timeout=60, env=env, check=False)
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def folder_mb(python: str) -> float:
    code = "import PySide6, os; print(os.path.dirname(PySide6.__file__))"
    where = subprocess.run([python, "-c", code], capture_output=True, text=True,
                           check=True).stdout.strip()
    return sum(f.stat().st_size for f in Path(where).rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="a Python whose PySide6 includes QtMultimedia (PySide6-Addons)")
    args = parser.parse_args()
    ours = str(ROOT / ".venv" / "bin" / "python")
    print("platform player (DeskCoach's venv):", measure(ours, "platform"),
          f"PySide6 {folder_mb(ours):.0f} MB")
    print("QSoundEffect (--python):", measure(args.python, "qsoundeffect"),
          f"PySide6 {folder_mb(args.python):.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
