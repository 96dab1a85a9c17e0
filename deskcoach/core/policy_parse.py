"""Reading an organisation policy document: each problem reported with its source, and ignored.

A whole document, or one section from a managed folder, registry key or property list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from deskcoach.core.policy import (
    FEATURES,
    LEVELS,
    LIMITS,
    POLICY_VERSION,
    Level,
    Policy,
    PolicyError,
    consistent,
)
from deskcoach.core.settings import (
    FIELD_BY_KEY,
    Field,
    SettingError,
    Value,
    _brief,
    check_value,
    show,
)

_TOP_LEVEL: Final = ("version", *LEVELS)
_IGNORED_TOP_LEVEL: Final = ("$schema",)


def parse_policy(source: str, data: Mapping[str, object], *,
                 level: Level | None = None) -> Policy:
    """Validate a parsed policy document (or, with `level`, one section on its own).

    Bad content is reported in `Policy.problems` and ignored; a limit outside the key's range
    is clamped to the range and reported; a value in conflict with a limit is clamped to it
    and reported. Raises PolicyError only when `data` or a section is not a mapping.
    """
    if not isinstance(data, Mapping):
        raise PolicyError(f"{source}: a policy must be an object of sections "
                          f"({', '.join(LEVELS)}), not {_kind(data)}")
    parser = _Parser(source)
    if level is not None:
        if "version" in data:
            parser.version(data["version"])
        parser.section(level, {k: v for k, v in data.items() if k != "version"})
        return consistent(parser.build())
    if "version" in data:
        parser.version(data["version"])
    else:
        parser.problem(f"'version' is missing; reading it as version {POLICY_VERSION}")
    for key, value in data.items():
        if key in LEVELS:
            if not isinstance(value, Mapping):
                raise PolicyError(f"{source}: '{key}' must be an object of setting: value, "
                                  f"not {_kind(value)}")
            parser.section(key, value)
        elif key in ("limits", "features"):
            parser.problem(f"'{key}' belongs inside 'mandatory'; ignored")
        elif key not in _TOP_LEVEL and key not in _IGNORED_TOP_LEVEL:
            parser.problem(f"unknown section {_brief(key)} (known: {', '.join(_TOP_LEVEL)}); "
                           "ignored")
    return consistent(parser.build())


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.values: dict[Level, dict[str, Value]] = {level: {} for level in LEVELS}
        self.limits: dict[str, int] = {}
        self.features: dict[str, bool] = {}
        self.problems: list[str] = []

    def problem(self, text: str, where: str = "") -> None:
        self.problems.append(f"{self.source}: {where + ': ' if where else ''}{text}")

    def version(self, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.problem(f"'version' must be {POLICY_VERSION}, not {_brief(value)}; reading it "
                         f"as version {POLICY_VERSION}")
        elif value > POLICY_VERSION:
            self.problem(f"'version' is {value}, newer than this DeskCoach understands "
                         f"({POLICY_VERSION}); known entries are used")

    def section(self, level: Level, entries: Mapping[str, object]) -> None:
        later: list[tuple[str, object]] = []
        for key, value in entries.items():
            if key in ("limits", "features"):
                if level != "mandatory":
                    self.problem(f"'{key}' are only allowed in mandatory policy; ignored", level)
                else:
                    later.append((key, value))
                continue
            try:
                self.values[level][key] = check_value(key, value)
            except SettingError as exc:
                self.problem(f"{exc}; ignored", level)
        for key, value in later:  # after the plain keys, so a conflict is always seen
            if not isinstance(value, Mapping):
                self.problem(f"'{key}' must be an object, not {_kind(value)}; ignored", level)
            elif key == "limits":
                for name, entry in value.items():
                    self.limit(name, entry)
            else:
                for name, entry in value.items():
                    self.feature(name, entry)

    def limit(self, key: str, entry: object) -> None:
        where = "mandatory: limits"
        direction = LIMITS.get(key)
        if direction is None:
            if key in FIELD_BY_KEY:
                known = ", ".join(f"{k} ({d})" for k, d in LIMITS.items())
                self.problem(f"'{key}' cannot be limited (limits exist for: {known}); ignored",
                             where)
            else:
                self.problem(f"unknown setting {_brief(key)}; ignored", where)
            return
        if direction == "on":
            if entry is True:
                self.limits[key] = True
            elif entry is False:
                self.problem(f"'{key}' false has no effect (a limit can only require it to be "
                             "on; to switch it off for everyone, set it in mandatory)", where)
            else:
                self.problem(f"'{key}' must be true (it must be on), not {_brief(entry)}; "
                             "ignored", where)
            return
        shape = f'{{"{direction}": number}}'
        if not isinstance(entry, Mapping) or not entry:
            self.problem(f"'{key}' must be {shape}, not {_brief(entry)}; ignored", where)
            return
        spec = FIELD_BY_KEY[key]
        for name, bound in entry.items():
            if name in ("min", "max") and name != direction:
                self.problem(f"'{key}' takes only a '{direction}' limit (a limit may only make "
                             f"settings stricter), not {_brief(name)}; ignored", where)
            elif name != direction:
                self.problem(f"'{key}' must be {shape}, not {_brief(dict(entry))}; ignored",
                             where)
            elif isinstance(bound, bool) or not isinstance(bound, int):
                self.problem(f"'{key}' {direction} must be a whole number ({_range(spec)}), "
                             f"not {_brief(bound)}; ignored", where)
            elif bound in (spec.special or {}):
                self.problem(f"'{key}' {direction} {bound} ({(spec.special or {})[bound]}) is "
                             "no limit; ignored", where)
            elif not spec.minimum <= bound <= spec.maximum:
                used = min(max(bound, spec.minimum), spec.maximum)
                self.problem(f"'{key}' {direction} {_brief(bound)} is outside {_range(spec)}; "
                             f"using {used}", where)
                self.limits[key] = used
            else:
                self.limits[key] = bound

    def feature(self, name: str, value: object) -> None:
        where = "mandatory: features"
        if name not in FEATURES:
            self.problem(f"unknown feature {_brief(name)} (known: {', '.join(FEATURES)}); "
                         "ignored", where)
        elif not isinstance(value, bool):
            self.problem(f"'{name}' must be true or false, not {_brief(value)}; ignored", where)
        elif name in FIELD_BY_KEY:
            mandatory = self.values["mandatory"]
            if mandatory.get(name, value) != value:
                self.problem(f"'{name}' {show(value)} contradicts mandatory '{name}' "
                             f"{show(mandatory[name])}; using {show(mandatory[name])}", where)
            else:
                mandatory[name] = value
        else:
            self.features[name] = value

    def build(self) -> Policy:
        origins: dict[tuple[str, str], str] = {}
        for level in LEVELS:
            origins.update({(level, key): self.source for key in self.values[level]})
        origins.update({("limits", key): self.source for key in self.limits})
        origins.update({("features", key): self.source for key in self.features})
        return Policy(self.values["mandatory"], self.values["recommended"],
                      self.values["defaults"], self.limits, self.features, origins,
                      (self.source,), tuple(self.problems))


def _range(spec: Field) -> str:
    return f"{spec.minimum}-{spec.maximum}{' ' + spec.unit if spec.unit else ''}"


def _kind(value: object) -> str:
    names = {list: "a list", tuple: "a list", str: "text", bool: "true/false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
