"""The exercise catalogue: what one movement snack is, and the rules every entry must meet.

Entries arrive as parsed TOML (see resources/exercises/FORMAT.md). `parse_exercise` checks
one entry and names the file and key of anything wrong; `Catalogue` checks what entries say
about each other. Text fields stay plain fields so a locale variant can replace them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from deskcoach.core.content import ContentReader
from deskcoach.core.i18n import QT_TR_NOOP
from deskcoach.core.keyframes import Keyframe, KeyframeError, check_motion, parse_keyframes
from deskcoach.core.levels import Level, parse_levels
from deskcoach.core.settings import REGION_NAMES

SCHEMA_VERSION: Final = 2
REGIONS: Final = REGION_NAMES
POSITIONS: Final = ("standing", "seated", "either")
#: each position in words, translated where shown
POSITION_WORDS: Final = {"standing": QT_TR_NOOP("standing"), "seated": QT_TR_NOOP("seated"),
                         "either": QT_TR_NOOP("seated or standing")}
DIRECTIONS: Final = ("extension", "flexion", "neutral")
MIN_SECONDS: Final = 20
MAX_SECONDS: Final = 180
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_KEYS: Final = {"schema_version", "id", "name", "summary", "regions", "position",
                "seated_alternative", "direction", "dose", "dose_basis", "cautions",
                "avoid_if", "sources", "breath", "steps", "levels"}
# A source is a findable reference: who, what (a title, or a journal and its volume) and a
# year, separated by commas, e.g. "Dunstan et al., Diabetes Care 35(5), 2012". A bare
# publisher ("CCOHS") or a note without a year is refused.
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_STEP_KEYS: Final = {"text", "seconds", "reps", "breaths", "keyframes"}
GENERAL_CAUTION: Final = QT_TR_NOOP("Stop if it hurts, tingles, goes numb, spreads into an arm or "
                                    "leg, or makes you dizzy.")


class CatalogueError(ValueError):
    """A catalogue entry that breaks a rule; the message names the file and the key."""


@dataclass(frozen=True)
class Step:
    text: str
    seconds: int
    keyframes: tuple[Keyframe, ...]
    reps: int | None = None
    breaths: int | None = None

    @property
    def moves(self) -> bool:
        return bool(self.reps or self.breaths)


@dataclass(frozen=True)
class Breath:
    inhale: int
    exhale: int

    @property
    def cycle(self) -> int:
        return self.inhale + self.exhale


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    summary: str
    regions: tuple[str, ...]
    position: str
    direction: str
    dose: str
    cautions: tuple[str, ...]
    avoid_if: tuple[str, ...]
    sources: tuple[str, ...]
    steps: tuple[Step, ...]
    breath: Breath | None = None
    seated_alternative: str | None = None
    levels: tuple[Level, ...] = ()  # easiest first (core/levels.py)
    dose_basis: str | None = None  # where the dose comes from, in our words

    @property
    def seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def breath_paced(self) -> bool:
        return any(step.breaths for step in self.steps)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "name": self.name, "summary": self.summary,
            "regions": list(self.regions), "position": self.position,
            "seated_alternative": self.seated_alternative, "direction": self.direction,
            "dose": self.dose, "dose_basis": self.dose_basis, "seconds": self.seconds,
            "cautions": list(self.cautions),
            "avoid_if": list(self.avoid_if), "sources": list(self.sources),
            "breath": None if self.breath is None else
            {"inhale": self.breath.inhale, "exhale": self.breath.exhale},
            "steps": [{"text": s.text, "seconds": s.seconds, "reps": s.reps,
                       "breaths": s.breaths, "keyframes": [k.as_dict() for k in s.keyframes]}
                      for s in self.steps],
            "levels": [level.as_dict() for level in self.levels],
        }


class _Reader(ContentReader):
    """One entry, read with content.py's rules; errors are CatalogueError."""

    error = CatalogueError

    def __init__(self, source: str, data: Mapping[str, object], slack: float = 1.0) -> None:
        super().__init__(source, slack)
        self.data = data

    def text(self, key: str, limit: int, data: Mapping[str, object] | None = None,
             label: str | None = None) -> str:
        return self.line((self.data if data is None else data).get(key), label or key, limit)

    def number(self, key: str, low: int, high: int, data: Mapping[str, object] | None = None,
               label: str | None = None) -> int:
        return self.whole((self.data if data is None else data).get(key), label or key, low,
                          high)

    def optional_number(self, key: str, low: int, high: int, data: Mapping[str, object],
                        label: str) -> int | None:
        return None if data.get(key) is None else self.number(key, low, high, data, label)

    def texts(self, key: str, low: int, high: int, limit: int,
              allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self.data.get(key, [] if low == 0 else None)
        if not isinstance(value, list) or not low <= len(value) <= high:
            raise self.fail(key, f"must be a list of {low}-{high} texts")
        result = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip() or len(item) > limit:
                raise self.fail(f"{key}[{i}]", f"must be a text of 1-{limit} characters")
            if allowed is not None and item not in allowed:
                raise self.fail(f"{key}[{i}]", f"is {item!r}, allowed: {', '.join(allowed)}")
            result.append(item.strip())
        if len(set(result)) != len(result):
            raise self.fail(key, "lists the same item twice")
        return tuple(result)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        return self.one_of(self.data.get(key), key, allowed)


def parse_exercise(source: str, data: Mapping[str, object], slack: float = 1.0) -> Exercise:
    """Check one parsed entry (`source` names its file) and build the Exercise; `slack`
    stretches the length limits for a translation."""
    r = _Reader(source, data, slack)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise r.fail(unknown[0], "is not a known key")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise r.fail("schema_version", f"is {version!r}; this DeskCoach reads {SCHEMA_VERSION}")
    ident = r.text("id", 48)
    if not _ID.fullmatch(str(data.get("id"))):
        raise r.fail("id", "may hold only lowercase letters, digits and single hyphens")
    breath = _breath(r)
    steps = _steps(r, breath, f"{source}: exercise {ident!r}, ")
    total = sum(step.seconds for step in steps)
    if not MIN_SECONDS <= total <= MAX_SECONDS:
        raise r.fail("steps", f"add up to {total} s; an exercise lasts {MIN_SECONDS}-"
                              f"{MAX_SECONDS} s so that it fits a break")
    if breath is not None and not any(step.breaths for step in steps):
        raise r.fail("breath", "is given but no step is breath-paced")
    position = r.choice("position", POSITIONS)
    alternative = data.get("seated_alternative")
    if alternative is not None:
        if not isinstance(alternative, str) or not _ID.fullmatch(alternative):
            raise r.fail("seated_alternative", "must be the id of another exercise")
        if position != "standing":
            raise r.fail("seated_alternative", "only belongs on standing exercises")
        if alternative == ident:
            raise r.fail("seated_alternative", "names the exercise itself")
    return Exercise(
        id=ident, name=r.text("name", 48), summary=r.text("summary", 90),
        regions=r.texts("regions", 1, 3, 20, REGIONS), position=position,
        direction=r.choice("direction", DIRECTIONS), dose=r.text("dose", 40),
        cautions=r.texts("cautions", 0, 3, 120), avoid_if=r.texts("avoid_if", 0, 3, 120),
        sources=_sources(r), steps=steps, breath=breath,
        dose_basis=None if data.get("dose_basis") is None else r.text("dose_basis", 160),
        seated_alternative=alternative, levels=parse_levels(
            data.get("levels"), str(data.get("dose", "")).strip(), r.fail, r.slack))


def _sources(r: _Reader) -> tuple[str, ...]:
    sources = r.texts("sources", 1, 8, 160)
    for i, source in enumerate(sources):
        if len([part for part in source.split(",") if part.strip()]) < 3 or \
                not _YEAR.search(source):
            raise r.fail(f"sources[{i}]", f"is {source!r}; a source names who, what (a title, "
                                          "or a journal and volume) and a year, separated by "
                                          "commas")
    return sources


def _breath(r: _Reader) -> Breath | None:
    value = r.data.get("breath")
    if value is None:
        return None
    if not isinstance(value, Mapping) or set(value) != {"inhale", "exhale"}:
        raise r.fail("breath", "must be a table with inhale and exhale seconds")
    return Breath(r.number("inhale", 2, 8, value, "breath.inhale"),
                  r.number("exhale", 2, 8, value, "breath.exhale"))


def _steps(r: _Reader, breath: Breath | None, exercise: str) -> tuple[Step, ...]:
    """The steps; `exercise` ("file: exercise 'id', ") prefixes keyframe messages."""
    raw = r.data.get("steps")
    if not isinstance(raw, list) or not 2 <= len(raw) <= 4:
        raise r.fail("steps", "must be a list of 2-4 steps")
    steps = []
    previous: Keyframe | None = None
    for i, item in enumerate(raw):
        where = f"steps[{i}]"
        if not isinstance(item, Mapping):
            raise r.fail(where, "must be a table")
        unknown = sorted(set(item) - _STEP_KEYS)
        if unknown:
            raise r.fail(f"{where}.{unknown[0]}", "is not a known key")
        text = r.text("text", 90, item, f"{where}.text")
        seconds = r.number("seconds", 3, 120, item, f"{where}.seconds")
        reps = r.optional_number("reps", 1, 60, item, f"{where}.reps")
        breaths = r.optional_number("breaths", 1, 30, item, f"{where}.breaths")
        if reps is not None and breaths is not None:
            raise r.fail(where, "is either counted (reps) or breath-paced (breaths), not both")
        if reps is not None and seconds < 2 * reps:
            raise r.fail(f"{where}.reps", f"{reps} reps need at least {2 * reps} s")
        if breaths is not None:
            if breath is None:
                raise r.fail(f"{where}.breaths", "needs a 'breath' table with the pace")
            if seconds != breaths * breath.cycle:
                raise r.fail(f"{where}.seconds", f"must be breaths x (inhale + exhale) = "
                                                 f"{breaths * breath.cycle}")
        try:
            keyframes = parse_keyframes(item.get("keyframes"), exercise + where, previous)
        except KeyframeError as exc:
            raise CatalogueError(str(exc)) from None
        previous = keyframes[-1]
        steps.append(Step(text, seconds, keyframes, reps, breaths))
    try:
        check_motion([(f"{exercise}steps[{i}]", s.keyframes, s.moves)
                      for i, s in enumerate(steps)])
    except KeyframeError as exc:
        raise CatalogueError(str(exc)) from None
    return tuple(steps)


class Catalogue:
    """All exercises by id, with the references between entries checked."""

    def __init__(self, exercises: Mapping[str, Exercise]) -> None:
        for ident, exercise in exercises.items():
            alternative = exercise.seated_alternative
            if alternative is None:
                continue
            target = exercises.get(alternative)
            if target is None:
                raise CatalogueError(f"{ident}.toml: 'seated_alternative' names "
                                     f"{alternative!r}, which is not in the catalogue")
            if target.position == "standing":
                raise CatalogueError(f"{ident}.toml: 'seated_alternative' {alternative!r} "
                                     "is a standing exercise")
        self._by_id = dict(sorted(exercises.items()))

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def get(self, ident: str) -> Exercise | None:
        return self._by_id.get(ident)
