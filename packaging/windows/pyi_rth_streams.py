"""PyInstaller runtime hook for the windowed build (DeskCoach.exe, DeskCoach.app).

A program built without a console has sys.stdout and sys.stderr set to None, so a plain
`sys.stdout.write(...)` (for example "DeskCoach is already running") would raise. Give it null
streams instead; the console build (deskcoach-cli.exe) keeps its real ones.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

