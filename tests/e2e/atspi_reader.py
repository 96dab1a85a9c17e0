"""Read DeskCoach the way a screen reader does, over AT-SPI (run with the system Python, which
has pyatspi; the project's venv does not).

    python3 atspi_reader.py dump             # every application's accessible tree, as JSON
    python3 atspi_reader.py listen SECONDS   # one JSON line per announcement, for SECONDS
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]


def tree(acc: Any, depth: int = 0, out: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    out = [] if out is None else out
    out.append({"depth": depth, "role": acc.getRoleName(), "name": acc.name,
                "description": acc.description,
                "showing": acc.getState().contains(pyatspi.STATE_SHOWING),
                "focusable": acc.getState().contains(pyatspi.STATE_FOCUSABLE)})
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            tree(child, depth + 1, out)
    return out


def main() -> None:
    if sys.argv[1] == "dump":
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        found = [{"app": a.name, "tree": tree(a)} for a in apps if a is not None]
        sys.stdout.write(json.dumps(found) + "\n")
        return

    def say(line: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    def heard(event: Any) -> None:
        say({"type": event.type, "source": event.source.name if event.source else None,
             "text": str(event.any_data)})

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    say({"ready": True})
    GLib.timeout_add(int(float(sys.argv[2]) * 1000), lambda: pyatspi.Registry.stop())
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
