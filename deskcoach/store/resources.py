"""The package's own files (exercises, checklist, translations), found beside its code."""

from __future__ import annotations

import importlib
from pathlib import Path

PACKAGE = "deskcoach.resources"


def shipped(name: str) -> Path:
    """The folder `name` of deskcoach.resources, read as plain files: the package is always
    installed as a folder (pip, the .deb, the frozen builds), and importlib.resources, which
    would read it the same, costs the idle app about 0.2 MB."""
    origin = importlib.import_module(PACKAGE).__file__
    if origin is None:
        raise FileNotFoundError(f"{PACKAGE} is not a folder of files")
    return Path(origin).parent / name
