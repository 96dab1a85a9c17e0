"""Used by the Windows and macOS PyInstaller specs, which freeze the *installed* deskcoach
(`pip install .`): refuse to build when that copy lacks a module this checkout has (a wheel
that listed its packages by hand once left out deskcoach.cli, and every command but `run`
failed in the frozen app)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def checkout_modules(root: str | Path) -> set[str]:
    """Every module and package under ROOT/deskcoach, by its dotted name."""
    base = Path(root)
    names = set()
    for path in (base / "deskcoach").rglob("*.py"):
        parts = path.relative_to(base).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def missing_modules(root: str | Path, found: Iterable[str]) -> list[str]:
    """The checkout's modules that `found` (PyInstaller's collect_submodules("deskcoach")
    on the installed copy) does not have, sorted."""
    return sorted(checkout_modules(root) - set(found))


def check(root: str | Path, found: Iterable[str]) -> None:
    missing = missing_modules(root, found)
    if missing:
        raise SystemExit(f"the installed deskcoach lacks {', '.join(missing)}: run "
                         "`pip install .` from this checkout before freezing it")
