"""Schema steps 4 and 5 of the history database: the coach's log (check-ins, level changes,
runs) and the eye micro-breaks shown; step 5 keeps the check-in's optional note.

Kept apart from history.py so that module stays small; history.py runs it as step 4.
The log is health data: it lives only here, in the user's profile, and in their own export.
"""

from __future__ import annotations

from typing import Final

# A step is frozen once shipped: these copy core.checkins' KINDS and MAX_PAIN and core.pacing's
# ACTIONS as they were when step 4 was written (a test holds them equal). A new kind or action
# needs a new step, since a table keeps the CHECK it was created with. Being literals, they
# also keep the check-in rules out of the start-up before the tray icon.
KINDS: Final = ("after_break", "morning", "weekly", "manual")
MAX_PAIN: Final = 10
ACTIONS: Final = ("up", "hold", "back", "drop", "rest", "return")


def _choices(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


SCHEMA_4: Final = (f"""
CREATE TABLE IF NOT EXISTS checkins (
    uid TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({_choices(KINDS)})),
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND {MAX_PAIN}),
    region TEXT,
    exercise TEXT,
    flags TEXT NOT NULL DEFAULT '[]'
)""", "CREATE INDEX IF NOT EXISTS checkins_at ON checkins (at)", f"""
CREATE TABLE IF NOT EXISTS paces (
    id INTEGER PRIMARY KEY,
    exercise TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ({_choices(ACTIONS)})),
    level INTEGER NOT NULL CHECK (level >= 0),
    since TEXT,
    dropped_until TEXT,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (exercise, at)
)""", """
CREATE TABLE IF NOT EXISTS programme_runs (
    uid TEXT PRIMARY KEY,
    programme TEXT NOT NULL,
    started TEXT NOT NULL,
    phase INTEGER NOT NULL CHECK (phase >= 0),
    phase_since TEXT NOT NULL,
    stopped TEXT
)""", """
CREATE TABLE IF NOT EXISTS eye_breaks (
    id INTEGER PRIMARY KEY,
    shown TEXT NOT NULL UNIQUE,
    ended TEXT NOT NULL,
    utc_offset_min INTEGER NOT NULL
)""")
SCHEMA_5: Final = ("ALTER TABLE checkins ADD COLUMN note TEXT NOT NULL DEFAULT ''",)
