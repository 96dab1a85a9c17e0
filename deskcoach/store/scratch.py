"""The scratch files of `deskcoach import`, and those an import killed midway left behind.

An import checks a file whole in a scratch SQLite file beside the history before merging it
(`transfer_stream.stage`). The import holds an exclusive `flock` on it for as long as it lives:
the lock goes with the process, however it ends. A scratch file nobody holds is left over from
an import that was killed; the next import or start removes it. Only regular files of ours
with our name are touched, never through a symbolic link and never one a running import holds
(on Windows, where there is no flock, an open file cannot be removed at all).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import Final

PREFIX: Final = ".deskcoach-import-"
SUFFIX: Final = ".sqlite3"


def hold(fd: int) -> None:
    """Mark the scratch file open on `fd` as in use until the descriptor is closed."""
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def remove_stale(folder: Path) -> list[Path]:
    """Remove the scratch files in `folder` that no running import holds; those removed."""
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(PREFIX) and n.endswith(SUFFIX)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if _stale(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _stale(path: Path) -> bool:
    """Ours (a regular file of this user, opened without following a link) and held by no
    import. The check and the removal are by name: a file put there meanwhile in its place
    is another scratch file of ours, or the folder is not ours (Paths.problem refuses that)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:  # a link (ELOOP), gone, or not ours to read
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or os.lstat(path).st_ino != info.st_ino:
            return False
        if sys.platform == "win32":
            return True  # removing a file an import has open fails there
        if info.st_uid != os.getuid():
            return False
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a running import holds it
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
