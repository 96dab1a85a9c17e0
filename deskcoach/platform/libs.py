"""Loading a C library by its soname first, and only then through `ctypes.util.find_library`,
which on Linux runs `ldconfig -p` (and maybe gcc) in child processes and loads `subprocess`:
about 1 MB and tens of milliseconds at start, for a name the dynamic loader resolves itself."""

from __future__ import annotations

import ctypes
import gc
import sys


def load_library(name: str, soname: str) -> ctypes.CDLL:
    """lib`name` by `soname` (say "libX11.so.6"), else wherever find_library says; raises
    OSError when it is not installed."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        pass
    from ctypes.util import find_library

    path = find_library(name)
    if not path:
        raise OSError(f"lib{name} is not installed")
    return ctypes.CDLL(path)


def release_free_memory() -> None:
    """Collect garbage, then hand the C heap's free pages back to the system (glibc's
    `malloc_trim`). What starting used and dropped (the command-line parser, the text of the
    modules PySide6 read, parsed content) otherwise stays resident for the whole session.
    Elsewhere (musl, macOS, Windows) only the collection."""
    gc.collect()
    if sys.platform.startswith("linux"):
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # libc, already loaded
        if trim is not None:
            trim(0)
