"""Who owns a folder, a socket, the other end of a connection: the checks that keep a user's
control socket and profile their own (Unix; Windows relies on its ACLs, see packaging/ADMIN.md).

A folder is safe when it is a real folder (not a link), owned by this user and not writable
by anyone else. The control socket lives in such a folder, and both ends of a connection
check the other's user id (SO_PEERCRED on Linux, getpeereid elsewhere).
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
from pathlib import Path
from typing import Final

#: the longest Unix socket path every platform accepts (sun_path is 104 bytes on macOS)
MAX_SOCKET_PATH: Final = 100


class UnsafeFolder(OSError):
    """A folder DeskCoach will not use; the message says which and why."""


def own_uid() -> int | None:
    """This process's user id; None where the OS has none (Windows)."""
    getuid = getattr(os, "getuid", None)
    return None if getuid is None else int(getuid())


def user_name(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def folder_problem(folder: Path, *, parents: bool = False) -> str | None:
    """Why `folder` (if it exists) is not safe for this user's files, or None.

    `parents`: also refuse a folder above it that another user (other than root) owns or
    that others can write without the sticky bit (who can write there can swap ours)."""
    uid = own_uid()
    if uid is None:
        return None
    link: os.stat_result | None
    target: os.stat_result | None
    try:
        link = os.lstat(folder)
        target = os.stat(folder)
    except FileNotFoundError:
        link = target = None
    except OSError as exc:
        return f"{folder} cannot be examined ({exc.strerror or exc})"
    if link is not None and target is not None:
        for info in (link, target):
            if info.st_uid != uid:
                return f"{folder} belongs to {user_name(info.st_uid)}, not to you"
        if not stat.S_ISDIR(target.st_mode):
            return f"{folder} is not a folder"
        if target.st_mode & 0o022:
            return (f"{folder} can be written by other users (mode "
                    f"{stat.S_IMODE(target.st_mode):o}); make it yours alone with "
                    f"`chmod go-w {folder}`")
    if not parents:
        return None
    for above in folder.parents:
        try:
            info = os.stat(above)
        except OSError:
            continue
        if info.st_uid not in (0, uid):
            return f"{above}, above {folder}, belongs to {user_name(info.st_uid)}"
        if info.st_mode & 0o002 and not info.st_mode & stat.S_ISVTX:
            return f"{above}, above {folder}, can be written by every user"
    return None


def private_folder(folder: Path) -> Path:
    """`folder`, made if missing (0700), and checked to be this user's alone; raises
    UnsafeFolder otherwise. Others' access to a folder of ours is taken away."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    problem = folder_problem(folder)
    if problem is None and own_uid() is not None:
        try:
            info = os.lstat(folder)
        except OSError as exc:
            raise UnsafeFolder(f"{folder} cannot be made ({exc.strerror or exc})") from None
        if stat.S_IMODE(info.st_mode) & 0o077:
            try:
                os.chmod(folder, 0o700)
            except OSError as exc:
                raise UnsafeFolder(f"{folder} cannot be made private ({exc.strerror or exc})"
                                   ) from None
    if problem is not None:
        raise UnsafeFolder(problem)
    return folder


def socket_folder() -> Path:
    """Where this user's control sockets live: `$XDG_RUNTIME_DIR/deskcoach` when that folder
    is the user's own and private (systemd makes it so), else `deskcoach` in the user's cache
    folder. Raises UnsafeFolder when neither can be used."""
    import platformdirs

    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        base = Path(runtime)
        problem = folder_problem(base)
        try:
            private = problem is None and not stat.S_IMODE(os.stat(base).st_mode) & 0o077
        except OSError:
            private = False
        if private:
            with contextlib.suppress(UnsafeFolder):
                return private_folder(base / "deskcoach")
    return private_folder(Path(platformdirs.user_cache_dir("DeskCoach", appauthor=False))
                          / "run")


def socket_problem(path: Path) -> str | None:
    """Why we must not connect to `path`: a socket someone else owns, or not a socket."""
    uid = own_uid()
    if uid is None:
        return None
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path} cannot be examined ({exc.strerror or exc})"
    if info.st_uid != uid:
        return f"{path} belongs to {user_name(info.st_uid)}, not to you"
    if not stat.S_ISSOCK(info.st_mode):
        return f"{path} is not a socket"
    return None


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of Unix socket `fd`; None if the OS
    cannot tell."""
    if fd < 0 or own_uid() is None:
        return None
    import socket  # here: the command line checks folders, never a peer

    try:
        sock = socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM)
    except OSError:
        return None
    try:
        peercred = getattr(socket, "SO_PEERCRED", None)  # Linux
        if peercred is not None:
            raw = sock.getsockopt(socket.SOL_SOCKET, peercred, struct.calcsize("3i"))
            return int(struct.unpack("3i", raw)[1])
        return _getpeereid(sock.fileno())
    except OSError:
        return None
    finally:
        sock.close()


def _getpeereid(fd: int) -> int | None:
    """BSD and macOS: getpeereid(2) from the C library."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c") or "libc.so"
    libc = ctypes.CDLL(name, use_errno=True)
    uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
    if libc.getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) != 0:
        return None
    return int(uid.value)
