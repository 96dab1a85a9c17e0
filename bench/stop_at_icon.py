"""Run the floor or DeskCoach and exit the moment its tray icon is shown: the start's CPU work.

    python bench/stop_at_icon.py floor
    python bench/stop_at_icon.py deskcoach --profile DIR

Under valgrind (cachegrind, no cache simulation) the process's instruction count to its icon
is the start's work alone, the same on every run: the benchmark's start times vary by tens
of percent on a busy virtual machine, so this steadier figure stands beside them. The exit
comes right after `QSystemTrayIcon.show()` returns (both apps show their icon through it);
nothing of the apps' code is changed.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import runpy
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

FLOOR_SCRIPT = Path(__file__).resolve().parent / "floor_tray.py"
WIDGETS = "PySide6.QtWidgets"


class _ExitAtIcon:
    """Patches QSystemTrayIcon.show as PySide6.QtWidgets loads, not before: importing it
    here first would change what DeskCoach loads, and in which order. A meta path finder by
    its `find_spec` alone: importlib.abc would load importlib.resources, which neither app
    loads before its icon, and hide what that costs."""

    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if name != WIDGETS:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            icon_type: Any = module.QSystemTrayIcon
            shown = icon_type.show

            def show_then_exit(icon: object) -> None:
                shown(icon)
                sys.stdout.flush()
                os._exit(0)

            icon_type.show = show_then_exit

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main(argv: list[str]) -> None:
    sys.meta_path.insert(0, _ExitAtIcon())
    which, *rest = argv
    if which == "floor":
        sys.argv = [str(FLOOR_SCRIPT), *rest]
        runpy.run_path(str(FLOOR_SCRIPT), run_name="__main__")
    else:
        sys.argv = ["deskcoach", *rest]
        runpy.run_module("deskcoach", run_name="__main__", alter_sys=True)
    sys.exit("the app exited before it showed its tray icon")


if __name__ == "__main__":
    main(sys.argv[1:])
