"""Loading the exercise catalogue shipped in the package (never from the current folder)."""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskcoach.core.exercises import Catalogue, CatalogueError, Exercise, parse_exercise
from deskcoach.store import content_i18n
from deskcoach.store.resources import shipped

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from deskcoach.core.checklist import Checklist


@dataclass(frozen=True)
class CatalogueLoad:
    catalogue: Catalogue
    problems: tuple[str, ...]  # each names the file and the entry's key


def exercises_folder() -> Path:
    return shipped("exercises")


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
            exercise = _translated(item.name, data, problems) or parse_exercise(item.name, data)
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


def _translated(name: str, data: dict[str, object], problems: list[str]) -> Exercise | None:
    """The entry in the content language, validated like the English one; None (and the reason
    in `problems`) when there is no translation to use or it does not pass."""
    code = content_i18n.language()
    if code == "en":
        return None
    words = content_i18n.current()
    try:
        return parse_exercise(name, content_i18n.translate_exercise(data, words, []),
                              content_i18n.TRANSLATION_SLACK)
    except (ValueError, RecursionError) as exc:
        problems.append(f"content_{code}.ts: {exc}; shown in English")
        return None


def load_checklist() -> tuple[Checklist | None, str | None]:
    """The shipped checklist, or None and the reason it could not be used."""
    from deskcoach.core.checklist_file import parse_checklist  # not needed by `deskcoach stats`

    folder = shipped("checklist")
    item = folder / "checklist.toml"
    try:
        data = tomllib.loads(item.read_bytes().decode("utf-8"))
        checklist = parse_checklist(item.name, data)
    except (ValueError, RecursionError, OSError) as exc:
        return None, str(exc)
    code = content_i18n.language()
    if code != "en":
        # On a fault the English checklist, as checked above, stays; tools.i18n_check names it.
        with contextlib.suppress(ValueError, RecursionError):
            checklist = parse_checklist(
                item.name, content_i18n.translate_checklist(data, content_i18n.current(), []),
                content_i18n.TRANSLATION_SLACK)
    for entry in checklist.items:
        if entry.illustration and not (folder / "art" / entry.illustration).is_file():
            return None, (f"{item.name}: '{entry.id}.illustration' names "
                          f"{entry.illustration}, which is not in art/")
    return checklist, None


def checklist_art(name: str) -> bytes:
    return (shipped("checklist") / "art" / name).read_bytes()
