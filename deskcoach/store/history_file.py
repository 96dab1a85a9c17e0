"""The history file's plumbing: connections, the schema brought up to date, transactions,
the test for a damaged file, and the UTC text times are stored as."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from deskcoach.store.history_schema import SCHEMA_VERSION, STEPS


def connect(path: Path, wal: bool) -> sqlite3.Connection:
    """The file (created private if missing), every write synced to disk."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        path.touch(mode=0o600)
    db = sqlite3.connect(str(path), isolation_level=None)
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA cache_size=-512")  # 512 KiB: a small, bounded page cache all day
    return db


def memory() -> sqlite3.Connection:
    """An empty history in memory: breaks are kept for this session when no file can be."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    migrate(db, 0)
    return db


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring the schema up to date: every step due, in order, in one transaction (all or
    none of them; and a new file is written once, not once per step)."""
    if version >= SCHEMA_VERSION:
        return
    with transaction(db):
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in STEPS[target]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def damaged(exc: Exception) -> bool:
    """Whether SQLite found the file is no database or a damaged one (our own integrity
    check raises without an error code); not merely that it cannot open or write it."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", None)
    return name is None or name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (a full disk) can leave the transaction open: every later write
        # on this connection would fail. (SQLite may have rolled back already.)
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


@functools.cache
def offset_zone(minutes: int) -> timezone:
    """The zone of a stored UTC offset, one object per offset: moments that share their tzinfo
    compare and subtract without asking it for offsets (`stats` compares some 20,000 a year)."""
    return timezone(timedelta(minutes=minutes))


def parse_utc(text: str, tz: timezone) -> datetime:
    """A stored time, in the zone it was written in."""
    return datetime.fromisoformat(text).astimezone(tz)
