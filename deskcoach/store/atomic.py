"""Writing files so that a crash or full disk leaves either the old or the new file, never half."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, then rename it into place (0600)."""
    with atomic_writer(path) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file to write bit by bit (an export of any size): it replaces `path` as
    `write_atomic` does, once the block ends without an exception; else it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def remove_debris(folder: Path, name: str) -> None:
    """Remove temp files a killed writer of `name` left behind."""
    for leftover in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _backup_names(path: Path, now: datetime) -> Iterator[Path]:
    stamp = f"{path.name}.bad-{now:%Y%m%dT%H%M%S}"
    yield path.with_name(stamp)
    for counter in range(1, 1000):
        yield path.with_name(f"{stamp}-{counter}")


def _backups(path: Path) -> list[Path]:
    """The backups of `path` beside it (`NAME.bad-...`), not their -wal/-shm companions."""
    import glob  # only when a file is set aside: not on every start

    try:
        return sorted(p for p in path.parent.glob(f"{glob.escape(path.name)}.bad-*")
                      if not p.name.endswith(("-wal", "-shm")))
    except OSError:
        return []


def keep_backup(path: Path, now: datetime, raw: bytes | None = None) -> Path | None:
    """Keep a copy of a file we could not use as `NAME.bad-YYYYmmddTHHMMSS` beside it; None if
    impossible. One copy per distinct content: an earlier backup holding the same bytes is
    returned instead. The copy is created exclusively (never through a link someone planted)."""
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError:
            return None
    for earlier in _backups(path):
        try:
            info = os.lstat(earlier)
            if stat.S_ISREG(info.st_mode) and info.st_size == len(raw) and \
                    earlier.read_bytes() == raw:
                return earlier
        except OSError:
            continue
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
        os, "O_BINARY", 0)
    for target in _backup_names(path, now):
        try:
            fd = os.open(target, flags, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(raw)
        except OSError:
            with contextlib.suppress(OSError):
                target.unlink()
            return None
        return target
    return None


def move_aside(path: Path, now: datetime) -> Path | None:
    """Rename a damaged file to `NAME.bad-...` beside it (no copy: instant, no extra disk),
    never over an existing name or link; None if it cannot be moved."""
    for target in _backup_names(path, now):
        try:
            os.link(path, target, follow_symlinks=False)  # fails if the name exists
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares): rename if free
            if os.path.lexists(target):
                continue
            try:
                os.rename(path, target)
            except OSError:
                return None
            return _private(target)
        try:
            path.unlink()
        except OSError:
            with contextlib.suppress(OSError):
                target.unlink()
            return None
        return _private(target)
    return None


def _private(path: Path) -> Path:
    """Readable by the user alone (a link is left as it is: chmod would follow it)."""
    with contextlib.suppress(OSError):
        if not os.path.islink(path):
            os.chmod(path, 0o600)
    return path


def why_not_written(path: Path, exc: Exception) -> str:
    """Plain words for a failed write of `path`: the folder that is read-only (the nearest
    one there is, when the file's own could not be made), else the system's reason."""
    folder = next((f for f in path.parents if f.exists()), path.parent)
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
