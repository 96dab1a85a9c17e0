"""Exercise levels: easier, standard and harder versions of one movement (dose, range or
position), so the pacing rules can step an exercise up or back without swapping it out.

Authored in each catalogue file as a `[[levels]]` array of tables, easiest first; the one
named "standard" is the exercise as its steps describe it, so its dose must match the file's.
Each level's `scale` says how much of the standard's work it asks for (0.6: six tenths of the
reps, breaths and hold time); core/dosing.py turns it into the steps the player serves.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

MIN_LEVELS: Final = 3
MAX_LEVELS: Final = 5
NAMES: Final = ("easier", "standard", "harder", "hardest", "gentlest")
_KEYS: Final = {"name", "dose", "how", "scale"}
MIN_SCALE: Final = 0.3
MAX_SCALE: Final = 3.0


@dataclass(frozen=True)
class Level:
    name: str
    dose: str
    how: str  # what changes, in a few words
    scale: float = 1.0  # share of the standard's reps, breaths and hold time

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "dose": self.dose, "how": self.how, "scale": self.scale}


def parse_levels(raw: object, dose: str, fail: Callable[[str, str], Exception]
                 ) -> tuple[Level, ...]:
    """The `levels` value of one entry (None: not authored); `fail(key, why)` makes the error
    that names the file and key."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not MIN_LEVELS <= len(raw) <= MAX_LEVELS:
        raise fail("levels", f"must be a list of {MIN_LEVELS}-{MAX_LEVELS} levels, easiest "
                             "first")
    levels = []
    for i, item in enumerate(raw):
        where = f"levels[{i}]"
        if not isinstance(item, Mapping):
            raise fail(where, "must be a table with name, dose and how")
        unknown = sorted(set(item) - _KEYS)
        if unknown:
            raise fail(f"{where}.{unknown[0]}", "is not a known key")
        values = {}
        for key, limit in (("name", 20), ("dose", 40), ("how", 90)):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip() or len(value) > limit \
                    or "\n" in value:
                raise fail(f"{where}.{key}", f"must be one line of 1-{limit} characters")
            values[key] = value.strip()
        if values["name"] not in NAMES:
            raise fail(f"{where}.name", f"is {values['name']!r}, allowed: {', '.join(NAMES)}")
        levels.append(Level(values["name"], values["dose"], values["how"],
                            _scale(item.get("scale"), values["name"], where, fail)))
    names = [level.name for level in levels]
    if len(set(names)) != len(names):
        raise fail("levels", "names the same level twice")
    standard = next((level for level in levels if level.name == "standard"), None)
    if standard is None:
        raise fail("levels", "must include the 'standard' level (the exercise as described)")
    if standard.dose != dose:
        raise fail("levels", f"'standard' has dose {standard.dose!r}; it must be the "
                             f"exercise's own dose {dose!r}")
    if names.index("standard") == 0:
        raise fail("levels", "must start with an easier level before 'standard'")
    scales = [level.scale for level in levels]
    if any(later <= earlier for earlier, later in itertools.pairwise(scales)):
        raise fail("levels", f"scales must grow from the easiest level to the hardest, not "
                             f"{', '.join(f'{x:g}' for x in scales)}")
    return tuple(levels)


def _scale(raw: object, name: str, where: str, fail: Callable[[str, str], Exception]) -> float:
    """A level's scale: 1 for "standard" (the steps as written), else a number in range."""
    if name == "standard":
        if raw is not None and raw != 1:
            raise fail(f"{where}.scale", "must be 1 (or left out) on the 'standard' level")
        return 1.0
    if isinstance(raw, bool) or not isinstance(raw, int | float) or \
            not MIN_SCALE <= raw <= MAX_SCALE:
        raise fail(f"{where}.scale", f"must be a number from {MIN_SCALE:g} to {MAX_SCALE:g} "
                                     "(share of the standard's reps, breaths and holds)")
    return float(raw)
