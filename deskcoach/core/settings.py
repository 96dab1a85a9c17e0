"""The settings schema: one table of keys drives validation, the CLI, the file and the dialog.

Keys are stable: the same names appear in the settings file, on the command line and (later)
in organisation policy, so renaming one is a breaking change that needs a migration.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Final

from deskcoach.core.anchors import parse_anchors
from deskcoach.core.hours import parse_hours
from deskcoach.core.i18n import QT_TR_NOOP, fill, tr
from deskcoach.core.languages import CODES

SCHEMA_VERSION: Final = 1


@dataclass(frozen=True)
class Field:
    """One setting: its type, bounds and the words a person sees."""

    key: str
    kind: type  # int, bool, str (one of `choices`) or tuple (of ids, or of `choices`)
    default: Value
    label: str
    help: str
    minimum: int = 0
    maximum: int = 0
    unit: str = ""
    special: dict[int, str] | None = None  # values outside the range that mean something
    group: str = QT_TR_NOOP("Timing")
    choices: tuple[str, ...] = ()
    check: Callable[[str], object] | None = None  # for free text: raises ValueError if bad

    def allowed(self) -> str:
        """The allowed values, as the error messages and `config show` spell them."""
        if self.kind is bool:
            return tr("true or false")
        if self.kind is str:
            return " | ".join(self.choices) if self.choices else self.help
        if self.kind is tuple:
            what = ", ".join(self.choices) if self.choices else tr("exercise ids")
            return fill(tr("a list of up to %1 of: %2"), MAX_LIST, what)
        text = f"{self.minimum}-{self.maximum}"
        if self.unit:
            text += f" {self.unit}"
        for value, meaning in (self.special or {}).items():
            text += f", or {value} for {meaning}"
        return text


Value = int | bool | str | tuple[str, ...]
MAX_LIST: Final = 64
REGION_NAMES: Final = ("neck", "upper_back", "shoulders", "chest", "lower_back", "hips", "legs",
                       "circulation", "wrists_hands", "eyes", "breathing", "whole_body")
#: each region in words, for sentences ("neck, upper back"); translated where shown
REGION_WORDS: Final = {
    "neck": QT_TR_NOOP("neck"), "upper_back": QT_TR_NOOP("upper back"),
    "shoulders": QT_TR_NOOP("shoulders"), "chest": QT_TR_NOOP("chest"),
    "lower_back": QT_TR_NOOP("lower back"), "hips": QT_TR_NOOP("hips"), "legs": QT_TR_NOOP("legs"),
    "circulation": QT_TR_NOOP("circulation"), "wrists_hands": QT_TR_NOOP("wrists and hands"),
    "eyes": QT_TR_NOOP("eyes"), "breathing": QT_TR_NOOP("breathing"),
    "whole_body": QT_TR_NOOP("whole body")}
SPINE_CHOICES: Final = ("any", "extension", "flexion")
SCREEN_CHOICES: Final = ("pointer", "primary", "all")
SOUND_CHOICES: Final = ("chime", "bell", "soft")  # resources/sounds/<name>-start|end.wav
THEME_CHOICES: Final = ("system", "light", "dark")
LANGUAGE_CHOICES: Final = ("system", "en", *CODES)
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

FIELDS: Final[tuple[Field, ...]] = (
    Field("work_minutes", int, 40, QT_TR_NOOP("Work interval"),
          QT_TR_NOOP("Minutes of work between breaks; 30-45 is recommended."), 5, 120, "minutes"),
    Field("break_seconds", int, 120, QT_TR_NOOP("Break length"),
          QT_TR_NOOP("How long each movement break lasts."), 30, 600, "seconds"),
    Field("notice_seconds", int, 60, QT_TR_NOOP("Notice before a break"),
          QT_TR_NOOP("How early the tray warns that a break is coming (0 = no notice)."), 0, 300,
          "seconds"),
    Field("snooze_minutes", int, 5, QT_TR_NOOP("Snooze length"),
          QT_TR_NOOP("How long Snooze puts a break off."), 1, 30, "minutes",
          group=QT_TR_NOOP("Putting breaks off")),
    Field("snoozes_per_break", int, 2, QT_TR_NOOP("Snoozes per break"),
          QT_TR_NOOP("How often one break may be snoozed."), 0, 5,
          group=QT_TR_NOOP("Putting breaks off")),
    Field("daily_skip_budget", int, 3, QT_TR_NOOP("Skips per day"),
          QT_TR_NOOP("How many breaks may be skipped each day."), 0, 20, "",
          {-1: QT_TR_NOOP("unlimited")}, group=QT_TR_NOOP("Putting breaks off")),
    Field("strict_mode", bool, False, QT_TR_NOOP("Strict mode"),
          QT_TR_NOOP("Breaks cannot be skipped or snoozed."),
          group=QT_TR_NOOP("Putting breaks off")),
    Field("sound", bool, True, QT_TR_NOOP("Sound"),
          QT_TR_NOOP(
              "Play a soft cue when a break starts and when it ends (never while a meeting holds "
          "breaks)."), group=QT_TR_NOOP("Sound")),
    Field("start_at_login", bool, True, QT_TR_NOOP("Start at login"),
          QT_TR_NOOP("Start DeskCoach when you log in."), group=QT_TR_NOOP("Sound")),
    Field("reduced_motion", bool, False, QT_TR_NOOP("Reduced motion"),
          QT_TR_NOOP("Show still key poses instead of animations."), group=QT_TR_NOOP("Exercises")),
    Field("seated_only", bool, False, QT_TR_NOOP("Seated only"),
          QT_TR_NOOP("Only suggest exercises that can be done sitting down."),
          group=QT_TR_NOOP("Exercises")),
    Field("spine_preference", str, "any", QT_TR_NOOP("Back movements"),
          QT_TR_NOOP(
              "Leave out forward bends (flexion) or backward bends (extension) if one of them "
          "does not feel good."), group=QT_TR_NOOP("Exercises"), choices=SPINE_CHOICES),
    Field("avoid_regions", tuple, (), QT_TR_NOOP("Regions to leave out"),
          QT_TR_NOOP("Body regions DeskCoach should not suggest exercises for."),
          group=QT_TR_NOOP("Exercises"),
          choices=REGION_NAMES),
    Field("avoid_exercises", tuple, (), QT_TR_NOOP("Exercises to leave out"),
          QT_TR_NOOP("Exercises DeskCoach should never suggest."), group=QT_TR_NOOP("Exercises")),
    Field("idle_minutes", int, 5, QT_TR_NOOP("Away after"),
          QT_TR_NOOP(
              "Minutes without keyboard or mouse after which the work timer stops; coming back "
          "after at least a break's length counts as a natural break."), 1, 30, "minutes",
          group=QT_TR_NOOP("Smart timing")),
    Field("defer_fullscreen", bool, True, QT_TR_NOOP("Wait for full-screen apps"),
          QT_TR_NOOP("Hold a break while a full-screen app or presentation is in front."),
          group=QT_TR_NOOP("Smart timing")),
    Field("defer_meetings", bool, True, QT_TR_NOOP("Wait for meetings"),
          QT_TR_NOOP("Hold a break while another app uses the camera or microphone."),
          group=QT_TR_NOOP("Smart timing")),
    Field("max_defer_minutes", int, 60, QT_TR_NOOP("Longest wait"),
          QT_TR_NOOP("After this long a held break gives a gentle reminder."), 5, 240, "minutes",
          group=QT_TR_NOOP("Smart timing")),
    Field("working_hours", str, "", QT_TR_NOOP("Working hours"),
          QT_TR_NOOP("e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always."),
          group=QT_TR_NOOP("Smart timing"), check=parse_hours),
    Field("checklist_reminders", bool, True, QT_TR_NOOP("Checklist reminders"),
          QT_TR_NOOP("Remind me of open workstation actions and when a fresh check is due."),
          group=QT_TR_NOOP("Workstation check")),
    Field("reassess_months", int, 6, QT_TR_NOOP("Fresh check after"),
          QT_TR_NOOP("Months after a workstation check until DeskCoach suggests a new one."), 1, 24,
          "months", group=QT_TR_NOOP("Workstation check")),
    Field("goal_percent", int, 80, QT_TR_NOOP("Streak goal"),
          QT_TR_NOOP(
              "The share of the day's due breaks to take for the day to join your streak on the "
          "progress dashboard."), 10, 100, "%", group=QT_TR_NOOP("Progress")),
    Field("eye_break_minutes", int, 20, QT_TR_NOOP("Eye breaks every"),
          QT_TR_NOOP("A 20-second prompt to look into the distance, between movement breaks "
          "(0 = off)."), 5, 60, "minutes", {0: QT_TR_NOOP("off")}, group=QT_TR_NOOP("Eye breaks")),
    Field("daily_anchors", str, "", QT_TR_NOOP("Daily anchors"),
          QT_TR_NOOP("Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, "
          "lunch 12:30, end of day 17:15; empty means none."), group=QT_TR_NOOP("Daily routines"),
          check=parse_anchors),
    Field("sound_volume", int, 60, QT_TR_NOOP("Volume"),
          QT_TR_NOOP("How loud the break cues are."), 0, 100, "%", group=QT_TR_NOOP("Sound")),
    Field("sound_cue", str, "chime", QT_TR_NOOP("Cue"),
          QT_TR_NOOP("Which of DeskCoach's sounds the cues use."), group=QT_TR_NOOP("Sound"),
          choices=SOUND_CHOICES),
    Field("break_screens", str, "pointer", QT_TR_NOOP("Break window on"),
          QT_TR_NOOP(
              "pointer: the screen with the mouse pointer; primary: the main screen; all: the "
          "break on the pointer's screen and a calm dimmed panel on the others (it never "
          "blocks input)."), group=QT_TR_NOOP("Break window"), choices=SCREEN_CHOICES),
    Field("theme", str, "system", QT_TR_NOOP("Colours"),
          QT_TR_NOOP("Light or dark windows; system follows your desktop's colour scheme."),
          group=QT_TR_NOOP("Appearance"), choices=THEME_CHOICES),
    Field("language", str, "system", QT_TR_NOOP("Language"),
          QT_TR_NOOP("The language of DeskCoach's menus, exercises and messages; system "
                     "follows your desktop. It applies at once; windows already open change "
                     "when you open them again."), group=QT_TR_NOOP("Appearance"),
          choices=LANGUAGE_CHOICES),
)

FIELD_BY_KEY: Final[dict[str, Field]] = {f.key: f for f in FIELDS}


@dataclass(frozen=True)
class Settings:
    """The effective settings, always valid: every constructor path goes through validation."""

    work_minutes: int = 40
    break_seconds: int = 120
    notice_seconds: int = 60
    snooze_minutes: int = 5
    snoozes_per_break: int = 2
    daily_skip_budget: int = 3
    strict_mode: bool = False
    sound: bool = True
    start_at_login: bool = True
    reduced_motion: bool = False
    seated_only: bool = False
    spine_preference: str = "any"
    avoid_regions: tuple[str, ...] = ()
    avoid_exercises: tuple[str, ...] = ()
    idle_minutes: int = 5
    defer_fullscreen: bool = True
    defer_meetings: bool = True
    max_defer_minutes: int = 60
    working_hours: str = ""
    checklist_reminders: bool = True
    reassess_months: int = 6
    goal_percent: int = 80
    eye_break_minutes: int = 20
    daily_anchors: str = ""
    sound_volume: int = 60
    sound_cue: str = "chime"
    break_screens: str = "pointer"
    theme: str = "system"
    language: str = "system"

    def __post_init__(self) -> None:
        for key, value in self.as_dict().items():
            check_value(key, value)

    def as_dict(self) -> dict[str, Value]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def with_value(self, key: str, value: Value) -> Settings:
        changes: dict[str, Any] = {key: check_value(key, value)}
        return replace(self, **changes)

    @property
    def skips_unlimited(self) -> bool:
        return self.daily_skip_budget < 0


class SettingError(ValueError):
    """A value or file that does not fit the schema; the message names the key and the range."""


def check_value(key: str, value: object) -> Value:
    """Return `value` if it is allowed for `key`, else raise SettingError naming the range."""
    field = FIELD_BY_KEY.get(key)
    if field is None:
        raise SettingError(fill(tr("unknown setting '%1' (known: %2)"),
                                key, ', '.join(FIELD_BY_KEY)))
    if field.kind is str:
        if isinstance(value, str) and field.check is not None:
            try:
                field.check(value)
            except ValueError as exc:
                raise SettingError(f"'{key}': {exc}") from None
            return value
        if isinstance(value, str) and value in field.choices:
            return value
        raise SettingError(fill(tr("'%1' is %2, allowed: %3"), key, _brief(value), field.allowed()))
    if field.kind is tuple:
        return _check_list(field, value)
    if field.kind is bool:
        if isinstance(value, bool):
            return value
        raise SettingError(fill(tr("'%1' must be true or false, not %2"), key, _brief(value)))
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingError(
            fill(tr("'%1' must be a whole number (%2), not %3"), key, field.allowed(),
                 _brief(value)))
    if field.minimum <= value <= field.maximum or value in (field.special or {}):
        return value
    raise SettingError(fill(tr("'%1' is %2, allowed: %3"), key, _brief(value), field.allowed()))


def _check_list(field: Field, value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or len(value) > MAX_LIST:
        raise SettingError(fill(tr("'%1' must be %2, not %3"), field.key, field.allowed(),
                                _brief(value)))
    for item in value:
        ok = item in field.choices if field.choices else (
            isinstance(item, str) and len(item) <= 48 and _ID.fullmatch(item) is not None)
        if not ok:
            raise SettingError(fill(tr("'%1' holds %2, allowed: %3"), field.key, _brief(item),
                                    field.allowed()))
    return tuple(sorted(set(value)))


def parse_text(key: str, text: str) -> Value:
    """Parse a value typed on the command line (`config set KEY VALUE`)."""
    field = FIELD_BY_KEY.get(key)
    if field is None:
        return check_value(key, text)  # raises the unknown-key error
    cleaned = text.strip().lower()
    if field.kind is str:
        if field.choices:  # "Light" is light; a language code keeps its region's case (pt_BR)
            exact = {choice.lower(): choice for choice in field.choices}
            return check_value(key, exact.get(cleaned, cleaned))
        return check_value(key, text)
    if field.kind is tuple:
        return check_value(key, [part.strip() for part in cleaned.split(",") if part.strip()])
    if field.kind is bool:
        words = {"true": True, "on": True, "yes": True, "1": True,
                 "false": False, "off": False, "no": False, "0": False}
        if cleaned in words:
            return words[cleaned]
        raise SettingError(fill(tr("'%1' must be true or false, not %2"), key, _brief(text)))
    if cleaned == "unlimited" and field.special and -1 in field.special:
        return -1
    if not _WHOLE.fullmatch(cleaned):
        raise SettingError(
            fill(tr("'%1' must be a whole number (%2), not %3"), key, field.allowed(),
                 _brief(text)))
    return check_value(key, int(cleaned))


@dataclass(frozen=True)
class Loaded:
    """What came out of a settings mapping: the values plus every problem found."""

    settings: Settings
    problems: tuple[str, ...]
    explicit: frozenset[str]  # keys that the mapping set to a valid value


def from_mapping(data: Mapping[str, object], fallback: Settings | None = None) -> Loaded:
    """Build Settings from a parsed file; a bad or unknown key is reported and ignored.

    A bad value falls back to `fallback` (the last good settings) or the default, so one
    typo never changes any other setting.
    """
    base = fallback or Settings()
    values = base.as_dict()
    problems: list[str] = []
    explicit: set[str] = set()
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(f"'schema_version' must be a whole number from 1, not {_brief(version)}")
    elif version > SCHEMA_VERSION:
        problems.append(f"'schema_version' is {_brief(version)}, newer than this DeskCoach "
                        f"understands ({SCHEMA_VERSION}); known keys are used")
    for key, value in data.items():
        if key == "schema_version":
            continue
        try:
            values[key] = check_value(key, value)
            explicit.add(key)
        except SettingError as exc:
            kept = values.get(key)
            problems.append(f"{exc}; using {show(kept)}" if kept is not None else str(exc))
    settings = Settings(**values)  # type: ignore[arg-type]  # every value was checked above
    return Loaded(settings, tuple(problems), frozenset(explicit))


def to_mapping(settings: Settings, keys: frozenset[str] | None = None) -> dict[str, object]:
    """The file form: schema version first, then the chosen keys (all by default)."""
    values = settings.as_dict()
    chosen = values if keys is None else {k: v for k, v in values.items() if k in keys}
    return {"schema_version": SCHEMA_VERSION,
            **{k: list(v) if isinstance(v, tuple) else v for k, v in chosen.items()}}


_WHOLE = re.compile(r"-?[0-9]{1,6}")


def _brief(value: object) -> str:
    """A short, always printable picture of a value for an error message."""
    try:
        text = repr(value)
    except ValueError:  # an int too long to print
        return "a number with too many digits"
    return text if len(text) <= 40 else text[:37] + "..."


def show(value: object) -> str:
    """A value as a person would type it: true/false, 12, a, b."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ", ".join(value) if value else "(none)"
    return str(value)
