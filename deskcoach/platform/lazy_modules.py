"""Modules the app imports at start but needs only later: their code runs on first use.

The cycle's events and effects are 21 classes, 13 of them dataclasses, and Python 3.11
compiles up to six methods for each frozen one as it defines it: about 5 ms before the tray
icon, for classes no event uses until the app has settled. `deskcoach run` registers such
modules here before it imports the app, through the standard library's
`importlib.util.LazyLoader`: importing them binds a module object at once, and their code
runs when an attribute is first read. Everything else (the command line, tests, the
dashboard) imports them as usual.

A module listed here must be imported as a module (`from deskcoach.core import events`)
and read as `events.Tick` inside functions: a `from ... import Tick` at another module's top
reads the attribute there, which loads it then (tests/integration/test_footprint.py checks).
"""

from __future__ import annotations

import importlib.util
import sys

#: loaded with the first event the cycle handles, once the tray icon shows
AFTER_THE_ICON = ("deskcoach.core.events",)


def load_lazily(names: tuple[str, ...] = AFTER_THE_ICON) -> None:
    """Register `names` in sys.modules so that their code runs on first attribute use.

    Call it before anything imports them; one already imported is left as it is.
    """
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ImportError(f"no module named {name!r}", name=name)
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        parent, _, child = name.rpartition(".")
        setattr(sys.modules[parent], child, module)
