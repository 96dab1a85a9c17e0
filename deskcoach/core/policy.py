"""Organisation policy: parse, merge and resolve against the user's settings (no IO here).

A policy document (version 1) uses the setting keys of `deskcoach.core.settings`:

    {
      "version": 1,
      "mandatory":   {"strict_mode": false,                         # locked for the user
                      "limits": {"work_minutes": {"max": 45},       # bounds the user may only
                                 "break_seconds": {"min": 90},      # make stricter
                                 "strict_mode": true},
                      "features": {"checklist_reminders": true, "statistics_export": false}},
      "recommended": {"working_hours": "mon-fri 08:30-17:00"},    # the user may change these
      "defaults":    {"sound": false}                               # machine defaults
    }

A file in a `managed/` or `recommended/` folder, a registry key or a managed-preferences
property list holds one section on its own (`policy_parse.parse_policy(..., level="mandatory")`).

Precedence, highest first: mandatory policy (locked), the user's own settings, recommended
policy, machine defaults, built-in defaults. Limits then clamp the result, only ever in the
stricter direction, and they are combined across sources to the strictest.

An unknown key or a bad value is reported in `Policy.problems` (naming the source, the key and
what is allowed) and ignored; it never raises. Only a document of the wrong shape (not a
mapping, or a section that is not a mapping) raises PolicyError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from deskcoach.core.i18n import fill, tr
from deskcoach.core.settings import (
    FIELD_BY_KEY,
    FIELDS,
    Field,
    SettingError,
    Settings,
    Value,
    check_value,
    show,
)

POLICY_VERSION: Final = 1

Level = Literal["mandatory", "recommended", "defaults"]
LEVELS: Final[tuple[Level, ...]] = ("mandatory", "recommended", "defaults")

# Where a resolved value came from, as `Resolved.sources` spells it.
FROM_MANDATORY: Final = "policy (mandatory)"
FROM_USER: Final = "user"
FROM_RECOMMENDED: Final = "policy (recommended)"
FROM_MACHINE: Final = "machine default"
FROM_DEFAULT: Final = "default"
FROM_LIMIT: Final = "limited by policy"
_LEVEL_SOURCE: Final[dict[Level, str]] = {
    "mandatory": FROM_MANDATORY, "recommended": FROM_RECOMMENDED, "defaults": FROM_MACHINE}

# The keys a limit may bound, and the one direction that makes each stricter: "max" (a
# smaller value is stricter), "min" (a larger one is) or "on" (the switch must be on).
LIMITS: Final[dict[str, Literal["max", "min", "on"]]] = {
    "work_minutes": "max",        # longest work interval
    "break_seconds": "min",       # shortest break
    "snooze_minutes": "max",      # longest snooze
    "snoozes_per_break": "max",   # most snoozes
    "daily_skip_budget": "max",   # largest skip budget (and no "unlimited")
    "max_defer_minutes": "max",   # longest wait for a meeting or full-screen app
    "reassess_months": "max",     # longest time until a fresh workstation check
    "strict_mode": "on",          # strict mode must be on
}

# Features an organisation can switch on or off. One that is also a setting key becomes a
# mandatory value for that setting; the others are reported in `Resolved.features`.
FEATURES: Final[dict[str, str]] = {
    "checklist_reminders": "Ergonomics checklist reminders (the setting of the same name)",
    "statistics_export": "Exporting statistics (deskcoach stats --format csv/json, export)",
}
FEATURE_DEFAULTS: Final[dict[str, bool]] = {"statistics_export": True}



class PolicyError(ValueError):
    """A policy document whose overall shape is wrong; the message names the source."""


@dataclass(frozen=True)
class Policy:
    """An organisation policy: valid entries only, plus every problem found on the way.

    `limits` holds, per key of LIMITS, the bound in that key's direction (True for strict
    mode). `origins` maps (section, key) to the source (file, registry key, plist) that set
    it; section is one of LEVELS, "limits" or "features".
    """

    mandatory: Mapping[str, Value] = field(default_factory=dict)
    recommended: Mapping[str, Value] = field(default_factory=dict)
    defaults: Mapping[str, Value] = field(default_factory=dict)
    limits: Mapping[str, int] = field(default_factory=dict)
    features: Mapping[str, bool] = field(default_factory=dict)
    origins: Mapping[tuple[str, str], str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()  # every source that was read, highest first
    problems: tuple[str, ...] = ()

    def section(self, level: Level) -> Mapping[str, Value]:
        return {"mandatory": self.mandatory, "recommended": self.recommended,
                "defaults": self.defaults}[level]

    @property
    def empty(self) -> bool:
        """True if the policy sets nothing (it may still report problems)."""
        return not (self.mandatory or self.recommended or self.defaults or self.limits
                    or self.features)


NO_POLICY: Final = Policy()


# ---- merging ----

def merge_policies(policies: Sequence[Policy]) -> Policy:
    """Combine policies given highest first: the first value for a key wins in each section
    and for each feature, limits combine to the strictest, problems are concatenated."""
    sections: dict[Level, dict[str, Value]] = {level: {} for level in LEVELS}
    limits: dict[str, int] = {}
    features: dict[str, bool] = {}
    origins: dict[tuple[str, str], str] = {}
    for policy in policies:
        for level in LEVELS:
            for key, value in policy.section(level).items():
                if key not in sections[level]:
                    sections[level][key] = value
                    origins[(level, key)] = _origin(policy, level, key)
        for key, bound in policy.limits.items():
            if key not in limits or _stricter(key, bound, limits[key]):
                limits[key] = bound
                origins[("limits", key)] = _origin(policy, "limits", key)
        for name, on in policy.features.items():
            if name not in features:
                features[name] = on
                origins[("features", name)] = _origin(policy, "features", name)
    merged = Policy(sections["mandatory"], sections["recommended"], sections["defaults"],
                    limits, features, origins,
                    tuple(s for p in policies for s in p.sources),
                    tuple(x for p in policies for x in p.problems))
    return consistent(merged)


def _origin(policy: Policy, section: str, key: str) -> str:
    return policy.origins.get((section, key), policy.sources[0] if policy.sources else "policy")


def _stricter(key: str, bound: int, than: int) -> bool:
    direction = LIMITS[key]
    if direction == "max":
        return bound < than
    if direction == "min":
        return bound > than
    return bool(bound) and not than


def consistent(policy: Policy) -> Policy:
    """Clamp every policy value that breaks a limit to that limit, and report it."""
    problems: list[str] = []
    sections = {level: dict(policy.section(level)) for level in LEVELS}
    for key, bound in policy.limits.items():
        for level in LEVELS:
            value = sections[level].get(key)
            if value is None or within_limit(key, value, bound):
                continue
            clamped = clamp_to_limit(key, value, bound)
            sections[level][key] = clamped
            where = policy.origins.get((level, key), "policy")
            limit_from = policy.origins.get(("limits", key), "policy")
            problems.append(fill(tr("%1: %2: '%3' %4 breaks the limit (%5, from %6); using %7"),
                                 where, level, key, show(value), limit_text(key, bound),
                                 limit_from, show(clamped)))
    if not problems:
        return policy
    return replace(policy, mandatory=sections["mandatory"], recommended=sections["recommended"],
                   defaults=sections["defaults"], problems=(*policy.problems, *problems))


# ---- limits ----

def within_limit(key: str, value: object, bound: int) -> bool:
    """True if `value` (a valid value for `key`) is as strict as the limit or stricter."""
    direction = LIMITS[key]
    if direction == "on":
        return value is True or not bound
    if isinstance(value, bool) or not isinstance(value, int):
        return True  # not a number: the schema, not the limit, rejects it
    if value in (FIELD_BY_KEY[key].special or {}):
        return False  # "unlimited" and the like are never within a limit
    return value <= bound if direction == "max" else value >= bound


def clamp_to_limit(key: str, value: Value, bound: int) -> Value:
    """The strictest of `value` and the limit."""
    if within_limit(key, value, bound):
        return value
    return True if LIMITS[key] == "on" else bound


def limit_text(key: str, bound: int) -> str:
    """A limit as a person reads it: "at most 45 minutes", "must be on"."""
    direction = LIMITS[key]
    if direction == "on":
        return "must be on"
    unit = FIELD_BY_KEY[key].unit
    word = "at most" if direction == "max" else "at least"
    return f"{word} {bound}{' ' + unit if unit else ''}"


# ---- resolving ----

@dataclass(frozen=True)
class Resolved:
    """The effective settings and, per key, where each value came from and what is allowed.

    `sources[key]` is one of FROM_MANDATORY, FROM_USER, FROM_RECOMMENDED, FROM_MACHINE,
    FROM_DEFAULT or FROM_LIMIT. `locked` holds the keys the user cannot change: mandatory ones
    and those a limit leaves a single value for (strict mode required on, say). `bounds`
    gives every whole-number key its allowed range (the schema range narrowed by limits); a
    special value such as -1 (unlimited) stays allowed only for a key without a limit.
    """

    settings: Settings
    sources: Mapping[str, str]
    locked: frozenset[str]
    bounds: Mapping[str, tuple[int, int]]
    limits: Mapping[str, int]
    features: Mapping[str, bool]
    problems: tuple[str, ...]

    def check_user_change(self, key: str, value: object) -> str | None:
        """Why the user may not set `key` to `value` (already checked against the settings
        schema), or None if policy allows it."""
        if self.sources.get(key) == FROM_MANDATORY:
            return fill(tr("'%1' is set by your organisation"), key)
        bound = self.limits.get(key)
        if bound is None or within_limit(key, value, bound):
            return None
        direction = LIMITS[key]
        if direction == "on":
            return fill(tr("'%1' must stay on (limit set by your organisation)"), key)
        if direction == "max":
            return fill(tr("'%1' may be at most %2 (limit set by your organisation)"), key, bound)
        return fill(tr("'%1' must be at least %2 (limit set by your organisation)"), key, bound)


def resolve(builtin: Settings, user: Mapping[str, object], policy: Policy) -> Resolved:
    """Mandatory (locked) > user > recommended > machine defaults > built-in; then limits.

    `user` holds only the values the user has set. A user value outside a limit is clamped to
    it and reported ("limited by your organisation"); an invalid or unknown user value is
    reported and ignored.
    """
    problems = list(policy.problems)
    chosen: dict[str, Value] = {}
    for key, value in user.items():
        try:
            chosen[key] = check_value(key, value)
        except SettingError as exc:
            problems.append(fill(tr("your settings: %1; ignored"), exc))
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, default in builtin.as_dict().items():
        value, source = default, FROM_DEFAULT
        if key in policy.mandatory:
            value, source = policy.mandatory[key], FROM_MANDATORY
        elif key in chosen:
            value, source = chosen[key], FROM_USER
        elif key in policy.recommended:
            value, source = policy.recommended[key], FROM_RECOMMENDED
        elif key in policy.defaults:
            value, source = policy.defaults[key], FROM_MACHINE
        bound = policy.limits.get(key)
        if bound is not None and not within_limit(key, value, bound):
            clamped = clamp_to_limit(key, value, bound)
            if source != FROM_DEFAULT:
                who = "your setting" if source == FROM_USER else source
                problems.append(fill(tr("'%1' %2 (%3) is limited by your organisation to %4"),
                                     key, show(value), who, show(clamped)))
            value, source = clamped, FROM_LIMIT
        values[key], sources[key] = value, source
    bounds = {spec.key: _bounds(spec, policy.limits.get(spec.key))
              for spec in FIELDS if spec.kind is int}
    single = {key for key, (low, high) in bounds.items() if low == high and key in policy.limits}
    if policy.limits.get("strict_mode"):
        single.add("strict_mode")
    locked = frozenset(policy.mandatory) | frozenset(single)
    features = {**FEATURE_DEFAULTS, **policy.features}
    return Resolved(replace(builtin, **values), sources, locked, bounds, dict(policy.limits),
                    features, tuple(problems))


def _bounds(spec: Field, bound: int | None) -> tuple[int, int]:
    low, high = spec.minimum, spec.maximum
    if bound is not None:
        if LIMITS[spec.key] == "max":
            high = min(high, bound)
        else:
            low = max(low, bound)
    return low, high
