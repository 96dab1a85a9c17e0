"""The history database's tables, version by version: each step is applied once, in order;
the steps a file needs run in one transaction (History._migrate)."""

from __future__ import annotations

from typing import Final

from deskcoach.core.status import Outcome
from deskcoach.store.coach_schema import SCHEMA_4, SCHEMA_5

SCHEMA_VERSION: Final = 5
RATINGS: Final = ("good", "neutral", "uncomfortable")
_OUTCOMES = ", ".join(f"'{o.value}'" for o in Outcome)
_SCHEMA: Final = (f"""
CREATE TABLE IF NOT EXISTS breaks (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    due TEXT NOT NULL,
    started TEXT,
    ended TEXT NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ({_OUTCOMES})),
    snoozes INTEGER NOT NULL CHECK (snoozes >= 0),
    exercises TEXT NOT NULL DEFAULT '[]'
)""", "CREATE INDEX IF NOT EXISTS breaks_ended ON breaks (ended)")
_SCHEMA_2: Final = (f"""
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    break_uid TEXT NOT NULL,
    exercise TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ({", ".join(f"'{r}'" for r in RATINGS)})),
    at TEXT NOT NULL,
    UNIQUE (break_uid, exercise)
)""", """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""")
_SCHEMA_3: Final = ("""
CREATE TABLE IF NOT EXISTS assessments (
    uid TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    completed TEXT,
    workstation TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}',
    actions TEXT NOT NULL DEFAULT '[]',
    checklist_version INTEGER NOT NULL
)""", """
CREATE TABLE IF NOT EXISTS spans (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('active', 'paused')),
    start TEXT NOT NULL,
    end TEXT NOT NULL,
    utc_offset_min INTEGER NOT NULL
)""", "CREATE INDEX IF NOT EXISTS spans_end ON spans (end)")

#: The statements that bring a database from version N-1 to N.
STEPS: Final = {1: _SCHEMA, 2: _SCHEMA_2, 3: _SCHEMA_3, 4: SCHEMA_4, 5: SCHEMA_5}
