"""The user's settings file: versioned TOML, validated on read, written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from deskcoach.core.settings import Settings, from_mapping, to_mapping
from deskcoach.store.atomic import keep_backup, remove_debris, write_atomic


@dataclass(frozen=True)
class SettingsLoad:
    """What loading the settings file gave: the settings, and what was wrong with it."""

    settings: Settings
    explicit: frozenset[str]  # keys the user has set; the rest follow the defaults
    problems: tuple[str, ...]  # each names the file, the key and the allowed range
    backup: Path | None


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._kept: Path | None = None  # the copy of the last bad content

    def _keep(self, raw: bytes, now: datetime) -> Path | None:
        """One copy of each bad content, across runs too (`keep_backup` finds an earlier copy
        of the same bytes). The running app reloads on every change in the folder, the copy's
        own arrival included: a copy per load would copy forever."""
        try:
            if self._kept is not None and self._kept.read_bytes() == raw:
                return self._kept
        except OSError:
            pass  # the copy is gone: make another
        self._kept = keep_backup(self.path, now, raw)
        return self._kept

    def load(self, now: datetime, fallback: Settings | None = None) -> SettingsLoad:
        """Read the file; bad keys fall back to `fallback` or the defaults and are reported."""
        remove_debris(self.path.parent, self.path.name)
        name = self.path.name
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return SettingsLoad(fallback or Settings(), frozenset(), (), None)
        except OSError as exc:
            why = exc.strerror or str(exc)
            return SettingsLoad(fallback or Settings(), frozenset(),
                                (f"{self.path}: cannot be read ({why}); using default settings",),
                                None)
        import tomllib  # here: with no settings file (the defaults kept), the start needs no parser

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # bad UTF-8 or TOML, absurd numbers
            backup = self._keep(raw, now)
            kept = f"; a copy is kept as {backup.name}" if backup else ""
            problem = (f"{self.path}: not a readable settings file ({exc}){kept}; using "
                       f"{'the last good' if fallback else 'default'} settings")
            return SettingsLoad(fallback or Settings(), frozenset(), (problem,), backup)
        loaded = from_mapping(data, fallback)
        backup = self._keep(raw, now) if loaded.problems else None
        problems = tuple(f"{name}: {p}" for p in loaded.problems)
        return SettingsLoad(loaded.settings, loaded.explicit, problems, backup)

    def save(self, settings: Settings, explicit: frozenset[str]) -> None:
        import tomli_w  # only when saving

        write_atomic(self.path, tomli_w.dumps(to_mapping(settings, explicit)).encode())
