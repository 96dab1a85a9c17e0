"""Writing files so that a crash or full disk leaves either the old or the new file, never half."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, then rename it into place (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
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


def keep_backup(path: Path, now: datetime) -> Path | None:
    """Copy a file we could not use to `NAME.bad-YYYYmmddTHHMMSS` beside it; None if impossible."""
    target = path.with_name(f"{path.name}.bad-{now:%Y%m%dT%H%M%S}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.bad-{now:%Y%m%dT%H%M%S}-{counter}")
        counter += 1
    try:
        shutil.copy2(path, target)
        os.chmod(target, 0o600)
    except OSError:
        return None
    return target


def why_not_written(path: Path, exc: Exception) -> str:
    """Plain words for a failed write of `path`: the folder that is read-only (the nearest
    one there is, when the file's own could not be made), else the system's reason."""
    folder = next((f for f in path.parents if f.exists()), path.parent)
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
