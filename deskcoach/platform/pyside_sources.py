"""PySide6 reads the source of every module imported after it; this reads less and keeps none.

For its opt-in `from __feature__ import ...` switches, PySide6 asks of each newly imported
module whether its source mentions "PySide6", and asks through `inspect.getsource`, which
keeps every line of every such file in `linecache`: about 2 MB of small strings at start.
Dropped later, they leave Python's memory arenas full of holes the idle app never fills (the
benchmark counted 3 MB of free blocks in them). The same question answered from the file's
bytes costs a read and keeps nothing (PySide6 issue seen by napari #8584 and Spyder).

Importing this module, right after PySide6, switches it on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType


def read_sources_lightly() -> bool:
    """Answer PySide6's question from the raw file; False when this PySide6 has no such hook
    (then nothing changes)."""
    feature = sys.modules.get("shibokensupport.feature")
    asks: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asks is None:
        return False
    if getattr(asks, "lightly", False):
        return True
    fallback = asks
    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return fallback(module)
        if path.startswith(stdlib) and os.sep + "site-packages" + os.sep not in path:
            return False  # the standard library: asked of every `import os` after PySide6
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return fallback(module)

    uses_pyside.lightly = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


read_sources_lightly()
