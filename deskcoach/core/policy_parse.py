"""Reading an organisation policy document: each problem reported with its source, and ignored.

A whole document, or one section from a managed folder, registry key or property list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from deskcoach.core.i18n import fill, tr
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
        raise PolicyError(fill(tr("%1: a policy must be an object of sections (%2), not %3"),
                               source, ', '.join(LEVELS), _kind(data)))
    parser = _Parser(source)
    if level is not None:
        if "version" in data:
            parser.version(data["version"])
        parser.section(level, {k: v for k, v in data.items() if k != "version"})
        return consistent(parser.build())
    if "version" in data:
        parser.version(data["version"])
    else:
        parser.problem(fill(tr("'version' is missing; reading it as version %1"), POLICY_VERSION))
    for key, value in data.items():
        if key in LEVELS:
            if not isinstance(value, Mapping):
                raise PolicyError(fill(tr("%1: '%2' must be an object of setting: value, not %3"),
                                       source, key, _kind(value)))
            parser.section(key, value)
        elif key in ("limits", "features"):
            parser.problem(fill(tr("'%1' belongs inside 'mandatory'; ignored"), key))
        elif key not in _TOP_LEVEL and key not in _IGNORED_TOP_LEVEL:
            parser.problem(fill(tr("unknown section %1 (known: %2); ignored"), _brief(key),
                                ', '.join(_TOP_LEVEL)))
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
            self.problem(fill(tr("'version' must be %1, not %2; reading it as version %1"),
                              POLICY_VERSION, _brief(value)))
        elif value > POLICY_VERSION:
            self.problem(fill(tr("'version' is %1, newer than this DeskCoach understands (%2); "
                                 "known entries are used"), value, POLICY_VERSION))

    def section(self, level: Level, entries: Mapping[str, object]) -> None:
        later: list[tuple[str, object]] = []
        for key, value in entries.items():
            if key in ("limits", "features"):
                if level != "mandatory":
                    self.problem(fill(tr("'%1' are only allowed in mandatory policy; ignored"),
                                      key), level)
                else:
                    later.append((key, value))
                continue
            try:
                self.values[level][key] = check_value(key, value)
            except SettingError as exc:
                self.problem(fill(tr("%1; ignored"), exc), level)
        for key, value in later:  # after the plain keys, so a conflict is always seen
            if not isinstance(value, Mapping):
                self.problem(fill(tr("'%1' must be an object, not %2; ignored"),
                                  key, _kind(value)), level)
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
                self.problem(fill(tr("'%1' cannot be limited (limits exist for: %2); ignored"),
                                  key, known),
                             where)
            else:
                self.problem(fill(tr("unknown setting %1; ignored"), _brief(key)), where)
            return
        if direction == "on":
            if entry is True:
                self.limits[key] = True
            elif entry is False:
                self.problem(fill(tr("'%1' false has no effect (a limit can only require it to be "
                                     "on; to switch it off for everyone, set it in mandatory)"),
                                     key), where)
            else:
                self.problem(fill(tr("'%1' must be true (it must be on), not %2; ignored"),
                                  key, _brief(entry)), where)
            return
        shape = f'{{"{direction}": number}}'
        if not isinstance(entry, Mapping) or not entry:
            self.problem(fill(tr("'%1' must be %2, not %3; ignored"), key, shape, _brief(entry)),
                              where)
            return
        spec = FIELD_BY_KEY[key]
        for name, bound in entry.items():
            if name in ("min", "max") and name != direction:
                self.problem(fill(tr("'%1' takes only a '%2' limit (a limit may only make "
                                     "settings stricter), not %3; ignored"),
                                     key, direction, _brief(name)), where)
            elif name != direction:
                self.problem(fill(tr("'%1' must be %2, not %3; ignored"),
                                  key, shape, _brief(dict(entry))),
                             where)
            elif isinstance(bound, bool) or not isinstance(bound, int):
                self.problem(fill(tr("'%1' %2 must be a whole number (%3), not %4; ignored"),
                                  key, direction, _range(spec), _brief(bound)), where)
            elif bound in (spec.special or {}):
                self.problem(fill(tr("'%1' %2 %3 (%4) is no limit; ignored"),
                                  key, direction, bound, (spec.special or {})[bound]), where)
            elif not spec.minimum <= bound <= spec.maximum:
                used = min(max(bound, spec.minimum), spec.maximum)
                self.problem(fill(tr("'%1' %2 %3 is outside %4; using %5"),
                                  key, direction, _brief(bound), _range(spec), used), where)
                self.limits[key] = used
            else:
                self.limits[key] = bound

    def feature(self, name: str, value: object) -> None:
        where = "mandatory: features"
        if name not in FEATURES:
            self.problem(fill(tr("unknown feature %1 (known: %2); ignored"), _brief(name),
                              ', '.join(FEATURES)), where)
        elif not isinstance(value, bool):
            self.problem(fill(tr("'%1' must be true or false, not %2; ignored"),
                              name, _brief(value)), where)
        elif name in FIELD_BY_KEY:
            mandatory = self.values["mandatory"]
            if mandatory.get(name, value) != value:
                self.problem(fill(tr("'%1' %2 contradicts mandatory '%1' %3; using %3"),
                                  name, show(value), show(mandatory[name])), where)
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
