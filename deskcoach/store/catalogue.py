"""Loading the exercise catalogue shipped in the package (never from the current folder)."""

from __future__ import annotations

import importlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskcoach.core.exercises import Catalogue, CatalogueError, Exercise, parse_exercise

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from deskcoach.core.checklist import Checklist

PACKAGE = "deskcoach.resources"


def files(package: str) -> Path:
    """The folder of `package`, read as plain files: the package is always installed as a
    folder (pip, the .deb, the frozen builds), and importlib.resources, which would read it
    the same, costs the idle app about 0.2 MB."""
    origin = importlib.import_module(package).__file__
    if origin is None:
        raise FileNotFoundError(f"{package} is not a folder of files")
    return Path(origin).parent


@dataclass(frozen=True)
class CatalogueLoad:
    catalogue: Catalogue
    problems: tuple[str, ...]  # each names the file and the entry's key


def exercises_folder() -> Traversable:
    return files(PACKAGE) / "exercises"


def load_catalogue(folder: Traversable | None = None) -> CatalogueLoad:
    """Every valid entry; a malformed file is refused (and named) while the rest load."""
    root = folder or exercises_folder()
    entries: dict[str, Exercise] = {}
    problems: list[str] = []
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if not item.name.endswith(".toml"):
            continue
        try:
            data = tomllib.loads(item.read_bytes().decode("utf-8"))
            exercise = parse_exercise(item.name, data)
            if exercise.id != item.name.removesuffix(".toml"):
                raise CatalogueError(f"{item.name}: 'id' is {exercise.id!r}, but must match "
                                     "the file name")
        except (ValueError, RecursionError, OSError) as exc:  # CatalogueError, TOML, UTF-8
            problems.append(str(exc) if isinstance(exc, CatalogueError)
                            else f"{item.name}: cannot be read ({exc})")
            continue
        entries[exercise.id] = exercise
    while True:
        try:
            return CatalogueLoad(Catalogue(entries), tuple(problems))
        except CatalogueError as exc:  # a broken reference: drop the entry that makes it
            problems.append(str(exc))
            bad = str(exc).split(".toml:", 1)[0]
            entries.pop(bad, None)


def load_checklist() -> tuple[Checklist | None, str | None]:
    """The shipped checklist, or None and the reason it could not be used."""
    from deskcoach.core.checklist_file import parse_checklist  # not needed by `deskcoach stats`

    folder = files(PACKAGE) / "checklist"
    item = folder / "checklist.toml"
    try:
        checklist = parse_checklist(item.name, tomllib.loads(item.read_bytes().decode("utf-8")))
    except (ValueError, RecursionError, OSError) as exc:
        return None, str(exc)
    for entry in checklist.items:
        if entry.illustration and not (folder / "art" / entry.illustration).is_file():
            return None, (f"{item.name}: '{entry.id}.illustration' names "
                          f"{entry.illustration}, which is not in art/")
    return checklist, None


def checklist_art(name: str) -> bytes:
    return (files(PACKAGE) / "checklist" / "art" / name).read_bytes()
