"""Loading APScheduler 3.x without what it needs only at import time.

- asyncio (with ssl and OpenSSL: about 6 MB and 0.1 s) for one function,
  `iscoroutinefunction`, which only its asyncio and Tornado executors use; on Python 3.14 it
  takes the same function from `inspect`.
- `importlib.metadata` (with email, zipfile, csv and a scan of every installed package's
  metadata: about 1 MB and 30 modules) for its own version and its plugin entry points. Both
  are read here from APScheduler's own `.dist-info` folder instead.
- `multiprocessing` and `concurrent.futures.process` (with pickle, queues and subprocess:
  about 1.6 MB) for its process-pool executor, which DeskCoach never uses (jobs run on the GUI
  thread); and `uuid` (with `platform`) for the ids of jobs added without one, which ours all
  have. Each stand-in hands over to the real module if it is ever used after all.

Each stand-in lives in `sys.modules` only while APScheduler loads; the real modules stay
importable for anyone who wants them later.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
import types
from typing import Any


class _EntryPoint:
    """What APScheduler uses of `importlib.metadata.EntryPoint`: a name and `load()`."""

    def __init__(self, name: str, value: str, group: str) -> None:
        self.name, self.value, self.group = name, value, group

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        found: Any = importlib.import_module(module.strip())
        for part in attr.strip().split("."):
            found = getattr(found, part) if part else found
        return found


class _Metadata(types.ModuleType):
    """A stand-in for `importlib.metadata`, reading APScheduler's own dist-info only."""

    def __init__(self, dist_info: str | None) -> None:
        super().__init__("importlib.metadata")
        self._dist_info = dist_info
        self.PackageNotFoundError = type("PackageNotFoundError", (ModuleNotFoundError,), {})

    def version(self, name: str) -> str:
        if self._dist_info is not None and name.lower() == "apscheduler":
            with open(os.path.join(self._dist_info, "METADATA"), encoding="utf-8") as lines:
                for line in lines:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
        raise self.PackageNotFoundError(name)

    def entry_points(self, group: str | None = None) -> list[_EntryPoint]:
        found: list[_EntryPoint] = []
        current = ""
        text = ""
        if self._dist_info is not None:
            try:
                with open(os.path.join(self._dist_info, "entry_points.txt"),
                          encoding="utf-8") as file:
                    text = file.read()
            except OSError:
                pass
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1].strip()
            elif "=" in line and not line.startswith(("#", ";")) and current == group:
                name, value = line.split("=", 1)
                found.append(_EntryPoint(name.strip(), value.strip(), current))
        return found


def _dist_info() -> str | None:
    """APScheduler's .dist-info folder beside its package (None in a build without one)."""
    spec = importlib.util.find_spec("apscheduler")
    if spec is None or spec.origin is None:
        return None
    where = os.path.dirname(os.path.dirname(spec.origin))
    try:
        folders = sorted(name for name in os.listdir(where) if name.lower().startswith(
            "apscheduler-") and name.endswith(".dist-info"))
    except OSError:
        return None
    return os.path.join(where, folders[-1]) if folders else None


class _Later(types.ModuleType):
    """A stand-in that loads the real module on first use of any of its names."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module(self.__name__), name)


def _uuid4() -> Any:
    """`uuid.uuid4`, loading uuid (and `platform`) only when a job without an id is added."""
    return importlib.import_module("uuid").uuid4()


def _process_pool() -> types.ModuleType:
    """`concurrent.futures.process` as the process-pool executor's module sees it at import:
    its one name, BrokenProcessPool, which only that executor catches."""
    import concurrent.futures

    module = types.ModuleType("concurrent.futures.process")
    module.BrokenProcessPool = type(  # type: ignore[attr-defined]
        "BrokenProcessPool", (concurrent.futures.BrokenExecutor,), {})
    return module


def load_apscheduler() -> None:
    """Import APScheduler's modules DeskCoach uses, with the stand-ins in place."""
    if "apscheduler.schedulers.base" in sys.modules:
        return
    asyncio = types.ModuleType("asyncio")
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    uuid = _Later("uuid")
    uuid.uuid4 = _uuid4  # type: ignore[attr-defined]
    stand_ins: dict[str, types.ModuleType] = {
        "importlib.metadata": _Metadata(_dist_info()), "multiprocessing":
        _Later("multiprocessing"), "concurrent.futures.process": _process_pool(), "uuid": uuid}
    if "asyncio" not in sys.modules:
        stand_ins["asyncio"] = asyncio
    stand_ins = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        import apscheduler.schedulers.base
        import apscheduler.util  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
