"""Where organisation policy comes from on each platform, read into one `Policy`.

- Linux (and other Unix): `/etc/deskcoach/policy.json` (a whole document), every `*.json` in
  `/etc/deskcoach/managed/` (each one mandatory section) and `/etc/deskcoach/recommended/`
  (each one recommended section); then the same three under `/etc/xdg/DeskCoach`. Earlier
  files win for a key, in that order and by name. Both are fixed paths: no environment
  variable (XDG_CONFIG_DIRS included) moves them, so a user cannot hide them.
- Windows: `HKLM\\Software\\Policies\\DeskCoach` then `HKCU\\...` (mandatory; the machine wins),
  their `\\Recommended` subkeys, and `HKLM\\Software\\DeskCoach` (machine defaults, written by
  the MSI's public properties). REG_DWORD for whole numbers and switches (0/1), REG_SZ for
  text, REG_MULTI_SZ for lists; a limit is a value named `work_minutes.max`,
  `break_seconds.min` or `strict_mode.required`; `statistics_export` is a feature switch.
- macOS: the forced managed preferences of io.github.deskcoach.DeskCoach in
  `/Library/Managed Preferences/` and `/Library/Managed Preferences/<user>/` (the machine
  wins), as mandatory policy: the same names as the registry, or "limits"/"features"
  dictionaries as in a JSON file.

A file or key that cannot be read or parsed is reported (where and why) and skipped; its bad
entries are reported and ignored by `deskcoach.core.policy.parse_policy`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Final, Protocol

from deskcoach.core.policy import (
    FEATURES,
    LEVELS,
    LIMITS,
    Level,
    Policy,
    PolicyError,
    json_schema,
    limit_text,
    merge_policies,
    parse_policy,
)
from deskcoach.core.settings import FIELD_BY_KEY, show
from deskcoach.store.paths import APP_NAME

POLICY_FILE: Final = "policy.json"
ETC_ROOT: Final = Path("/etc/deskcoach")
LINUX_ROOTS: Final = (ETC_ROOT, Path("/etc/xdg") / APP_NAME)
FOLDER_LEVELS: Final[tuple[tuple[str, Level], ...]] = (
    ("managed", "mandatory"), ("recommended", "recommended"))

POLICY_KEY: Final = r"Software\Policies\DeskCoach"
RECOMMENDED_KEY: Final = POLICY_KEY + r"\Recommended"
DEFAULTS_KEY: Final = r"Software\DeskCoach"
# Highest first: machine policy beats user policy (as Group Policy does).
WINDOWS_KEYS: Final[tuple[tuple[str, str, Level], ...]] = (
    ("HKLM", POLICY_KEY, "mandatory"),
    ("HKCU", POLICY_KEY, "mandatory"),
    ("HKLM", RECOMMENDED_KEY, "recommended"),
    ("HKCU", RECOMMENDED_KEY, "recommended"),
    ("HKLM", DEFAULTS_KEY, "defaults"),
)

BUNDLE_ID: Final = "io.github.deskcoach.DeskCoach"
MANAGED_PREFERENCES: Final = Path("/Library/Managed Preferences")

# Registry value types (winreg's REG_* constants, which exist only on Windows).
REG_SZ: Final = 1
REG_EXPAND_SZ: Final = 2
REG_BINARY: Final = 3
REG_DWORD: Final = 4
REG_MULTI_SZ: Final = 7
REG_QWORD: Final = 11
_REG_NAMES: Final = {REG_SZ: "REG_SZ", REG_EXPAND_SZ: "REG_EXPAND_SZ", REG_BINARY: "REG_BINARY",
                     REG_DWORD: "REG_DWORD", REG_MULTI_SZ: "REG_MULTI_SZ", REG_QWORD: "REG_QWORD"}
_LIMIT_SUFFIXES: Final = ("max", "min")
_REQUIRED: Final = "required"


# ---- Linux ----

def default_linux_roots() -> list[Path]:
    """/etc/deskcoach, then /etc/xdg/DeskCoach: fixed, whatever XDG_CONFIG_DIRS says (a user
    can set that, and would hide the administrator's policy with it)."""
    return list(LINUX_ROOTS)


def linux_files(roots: Sequence[Path]) -> list[tuple[Path, Level | None]]:
    """The policy files that exist under `roots`, highest first, with the level each holds
    (None: a whole document)."""
    found: list[tuple[Path, Level | None]] = []
    for root in roots:
        if _present(root / POLICY_FILE):
            found.append((root / POLICY_FILE, None))
        for folder, level in FOLDER_LEVELS:
            try:
                names = sorted(p for p in (root / folder).glob("*.json")
                               if not p.name.startswith("."))
            except OSError:
                names = []
            found.extend((path, level) for path in names)
    return found


def _present(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:  # cannot even look: reading it will say why
        return True


def load_linux(roots: Sequence[Path] | None = None) -> Policy:
    """Read every policy file under `roots` (default: `default_linux_roots()`)."""
    parts = [_load_json(path, level)
             for path, level in linux_files(default_linux_roots() if roots is None else roots)]
    return merge_policies(parts)


def _load_json(path: Path, level: Level | None) -> Policy:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        return _skipped(path, f"cannot be read ({exc.strerror or exc})")
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, absurd numbers
        return _skipped(path, f"not valid JSON ({exc})")
    try:
        return parse_policy(str(path), data, level=level)
    except PolicyError as exc:
        return Policy(sources=(str(path),), problems=(f"{exc}; skipped",))


def _skipped(source: str | Path, why: str) -> Policy:
    return Policy(sources=(str(source),), problems=(f"{source}: {why}; skipped",))


# ---- Windows ----

class RegistryReader(Protocol):
    """The little of the registry policy needs."""

    def read_key(self, hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        """The values of key `path` under `hive` ("HKLM" or "HKCU") as name -> (data, REG_*
        type), or None if the key does not exist. Raises OSError if it cannot be read."""
        ...


class WindowsRegistry:
    """winreg, opened read-only in the 64-bit view (where the x64 MSI writes)."""

    def read_key(self, hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        return _read_winreg(hive, path)


if sys.platform == "win32":

    def _read_winreg(hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        import winreg  # here, so that importing this module never loads it

        root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
        try:
            key = winreg.OpenKey(root, path, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except FileNotFoundError:
            return None
        with key:
            count = winreg.QueryInfoKey(key)[1]
            values: dict[str, tuple[object, int]] = {}
            for index in range(count):
                name, data, kind = winreg.EnumValue(key, index)
                values[name] = (data, kind)
        return values

else:

    def _read_winreg(hive: str, path: str) -> Mapping[str, tuple[object, int]] | None:
        raise OSError("the Windows registry exists only on Windows")


def load_windows(registry: RegistryReader | None = None) -> Policy:
    """Read the policy keys through `registry` (default: the real one, via winreg)."""
    reader = registry if registry is not None else WindowsRegistry()
    parts: list[Policy] = []
    for hive, path, level in WINDOWS_KEYS:
        source = f"{hive}\\{path}"
        try:
            values = reader.read_key(hive, path)
        except OSError as exc:
            parts.append(_skipped(source, f"cannot be read ({exc})"))
            continue
        if values is None:
            continue
        data, problems = _from_registry(source, values, level)
        parsed = parse_policy(source, data, level=level)
        parts.append(replace(parsed, problems=(*problems, *parsed.problems)))
    return merge_policies(parts)


def _from_registry(source: str, values: Mapping[str, tuple[object, int]],
                   level: Level) -> tuple[dict[str, object], list[str]]:
    """Registry values as a policy section: types checked, 0/1 made switches, limits and
    features gathered; a value of the wrong registry type is reported and left out."""
    converted: dict[str, object] = {}
    problems: list[str] = []
    for name, (data, kind) in values.items():
        if name == "":  # the key's unnamed default value: never ours
            continue
        expected = _expected_type(name)
        if expected is None:  # unknown name: parse_policy reports it
            converted[name] = data
            continue
        wanted, switch = expected
        if kind not in wanted:
            problems.append(f"{source}: '{name}' is {_REG_NAMES.get(kind, f'type {kind}')}, "
                            f"expected {_REG_NAMES[wanted[0]]}; ignored")
            continue
        if kind == REG_DWORD and isinstance(data, int):
            data = data - (1 << 32) if data >= 1 << 31 else data  # -1 is stored as 0xFFFFFFFF
        elif kind == REG_QWORD and isinstance(data, int):
            data = data - (1 << 64) if data >= 1 << 63 else data
        elif kind == REG_MULTI_SZ and isinstance(data, list | tuple):
            data = [item for item in data if item != ""]
        if switch and data in (0, 1) and not isinstance(data, bool):
            data = bool(data)
        converted[name] = data
    return _unflatten(converted, level), problems


def _expected_type(name: str) -> tuple[tuple[int, ...], bool] | None:
    """(allowed registry types, read 0/1 as false/true) for a value name, None if unknown."""
    whole = (REG_DWORD, REG_QWORD)
    if name in FEATURES and name not in FIELD_BY_KEY:
        return whole, True
    base, dot, suffix = name.partition(".")
    if dot:
        if base in LIMITS and suffix == _REQUIRED and LIMITS[base] == "on":
            return whole, True
        if base in LIMITS and suffix in _LIMIT_SUFFIXES:
            return whole, False
        return None
    spec = FIELD_BY_KEY.get(name)
    if spec is None:
        return None
    if spec.kind is bool:
        return whole, True
    if spec.kind is int:
        return whole, False
    if spec.kind is str:
        return (REG_SZ, REG_EXPAND_SZ), False
    return (REG_MULTI_SZ,), False


def _unflatten(values: Mapping[str, object], level: Level) -> dict[str, object]:
    """Flat names (registry, property list) as a policy section: `work_minutes.max`,
    `strict_mode.required` into "limits", a feature name into "features" (mandatory only).
    Anything else is passed on for parse_policy to check."""
    section: dict[str, object] = {}
    limits: dict[str, object] = {}
    features: dict[str, object] = {}
    for name, value in values.items():
        base, dot, suffix = name.partition(".")
        if dot and base in LIMITS and (suffix in _LIMIT_SUFFIXES or suffix == _REQUIRED):
            if suffix == _REQUIRED:
                limits[base] = value
            else:
                entry = limits.get(base)
                limits[base] = {**(entry if isinstance(entry, dict) else {}), suffix: value}
        elif level == "mandatory" and name in FEATURES and name not in FIELD_BY_KEY:
            features[name] = value
        else:
            section[name] = value
    for name, extra in (("limits", limits), ("features", features)):
        if not extra:
            continue
        given = section.get(name)
        section[name] = {**(given if isinstance(given, Mapping) else {}), **extra}
    return section


# ---- macOS ----

def macos_files(root: Path = MANAGED_PREFERENCES, user: str | None = None) -> list[Path]:
    """The managed-preferences property lists, highest first: the machine's, the user's."""
    files = [root / f"{BUNDLE_ID}.plist"]
    name = user if user is not None else _user_name()
    if name:
        files.append(root / name / f"{BUNDLE_ID}.plist")
    return files


def load_macos(root: Path = MANAGED_PREFERENCES, user: str | None = None) -> Policy:
    """Read the forced (managed) preferences for our bundle id as mandatory policy."""
    parts: list[Policy] = []
    for path in macos_files(root, user):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as exc:
            parts.append(_skipped(path, f"cannot be read ({exc.strerror or exc})"))
            continue
        parts.append(_parse_plist(path, raw))
    return merge_policies(parts)


def _parse_plist(path: Path, raw: bytes, level: Level = "mandatory") -> Policy:
    import plistlib  # macOS only: the XML parser it brings is not needed elsewhere
    import xml.parsers.expat

    try:
        data = plistlib.loads(raw)
    except (plistlib.InvalidFileException, xml.parsers.expat.ExpatError, ValueError,
            OverflowError, RecursionError) as exc:
        return _skipped(path, f"not a readable property list ({str(exc) or type(exc).__name__})")
    if not isinstance(data, dict):
        return Policy(sources=(str(path),), problems=(
            f"{path}: a policy must be a dictionary of settings, not {type(data).__name__}; "
            "skipped",))
    return parse_policy(str(path), _unflatten(data, level), level=level)


def _user_name() -> str:
    """The login name of this process's user id, from the password database: never from
    USER/LOGNAME, which a user could set to escape their own managed preferences."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):  # Windows, or a uid with no entry
        return ""


# ---- all platforms ----

def load_policy(platform: str = sys.platform, *, linux_roots: Sequence[Path] | None = None,
                registry: RegistryReader | None = None,
                managed_preferences: Path = MANAGED_PREFERENCES,
                user: str | None = None) -> Policy:
    """The effective organisation policy for this platform (never raises for bad content)."""
    if platform == "win32":
        return load_windows(registry)
    if platform == "darwin":
        return load_macos(managed_preferences, user)
    return load_linux(linux_roots)


def load_app_policy() -> Policy:
    """Organisation policy from the system's own places only: nothing a user can set (an
    environment variable, an option) moves it. `deskcoach policy show --root DIR` tries a
    policy folder before deploying it, without the app, settings or exports reading it. Here,
    not in the app, so that commands can read it without loading Qt."""
    return load_policy()


def policy_locations(platform: str = sys.platform, *,
                     linux_roots: Sequence[Path] | None = None,
                     managed_preferences: Path = MANAGED_PREFERENCES,
                     user: str | None = None) -> list[str]:
    """Where `load_policy` looks, for `deskcoach policy show` and `deskcoach doctor`."""
    if platform == "win32":
        return [f"{hive}\\{path}" for hive, path, _level in WINDOWS_KEYS]
    if platform == "darwin":
        return [str(p) for p in macos_files(managed_preferences, user)]
    places: list[str] = []
    for root in default_linux_roots() if linux_roots is None else linux_roots:
        places += [str(root / POLICY_FILE),
                   *(str(root / folder / "*.json") for folder, _level in FOLDER_LEVELS)]
    return places


def policy_report(policy: Policy, searched: Sequence[str] = ()) -> str:
    """The effective policy with the source of every entry, as `deskcoach policy show`
    prints it."""
    lines: list[str] = []
    if policy.empty:
        lines.append("No organisation policy is in effect.")
    else:
        lines.append(f"Organisation policy, read from: {', '.join(policy.sources)}")
    titles = {"mandatory": "Mandatory (locked)", "recommended": "Recommended",
              "defaults": "Machine defaults"}
    for level in LEVELS:
        section = policy.section(level)
        if section:
            lines.append(f"{titles[level]}:")
            lines += [f"  {key} = {show(value)}  [{policy.origins.get((level, key), '?')}]"
                      for key, value in sorted(section.items())]
        if level == "mandatory" and policy.limits:
            lines.append("Limits:")
            lines += [f"  {key} {limit_text(key, bound)}  "
                      f"[{policy.origins.get(('limits', key), '?')}]"
                      for key, bound in sorted(policy.limits.items())]
        if level == "mandatory" and policy.features:
            lines.append("Features:")
            lines += [f"  {name} = {'on' if on else 'off'}  "
                      f"[{policy.origins.get(('features', name), '?')}]"
                      for name, on in sorted(policy.features.items())]
    if policy.problems:
        lines.append(f"Problems ({len(policy.problems)}):")
        lines += [f"  {problem}" for problem in policy.problems]
    if searched:
        lines.append("Looked in:")
        lines += [f"  {place}" for place in searched]
    return "\n".join(lines) + "\n"


def validate_file(path: Path | str, level: Level | None = None) -> list[str]:
    """The problems in one policy file (empty if it is fine), for `deskcoach policy validate`.

    A `.plist` is read as managed preferences (mandatory); a `.json` inside a `managed/` or
    `recommended/` folder as that one section; any other file as a whole document. `level`
    overrides the guess.
    """
    file = Path(path)
    if file.suffix == ".plist":
        try:
            raw = file.read_bytes()
        except OSError as exc:
            return [f"{file}: cannot be read ({exc.strerror or exc})"]
        policy = _parse_plist(file, raw, level or "mandatory")
    else:
        policy = _load_json(file, level or dict(FOLDER_LEVELS).get(file.parent.name))
    return list(policy.problems)


# ---- the JSON Schema file ----

SCHEMA_FILE: Final = Path("packaging") / "policy" / "policy.schema.json"


def schema_text() -> str:
    """packaging/policy/policy.schema.json as it must be, byte for byte."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Regenerate the committed schema after a settings change: `python -c "from
    deskcoach.store import policy_sources as p; p.write_schema(p.SCHEMA_FILE)"` in the
    checkout."""
    path.write_text(schema_text(), encoding="utf-8")

