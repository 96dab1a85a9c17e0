"""What the idle app keeps out of memory, and out of its start (the benchmark measures both)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fresh_python import fresh_python

#: loaded once the tray icon shows (DeskCoachApp._settle), not before
AFTER_THE_ICON = ("deskcoach.services.scheduling", "apscheduler", "deskcoach.services.presence",
                  "deskcoach.store.catalogue", "deskcoach.platform.meeting",
                  "deskcoach.platform.fullscreen", "deskcoach.platform.session",
                  "deskcoach.ui.checklist_flow", "deskcoach.platform.activity",
                  "deskcoach.platform.idle_backends", "uuid",
                  # the check-ins, pacing and programmes: the coach loads with the catalogue
                  "deskcoach.services.coaching", "deskcoach.core.checkins",
                  "deskcoach.core.pacing", "deskcoach.core.programmes", "deskcoach.core.advice",
                  "deskcoach.core.redflags",
                  # the exercises and how a break's routine is chosen: with the catalogue too
                  "deskcoach.core.exercises", "deskcoach.core.routine",
                  # the local zone is named from /etc/localtime's link; the scheduler brings it
                  "tzlocal")
#: never loaded by the idle app: charts, the break player's SVGs, QtNetwork (it links Kerberos:
#: the control socket is a plain Unix one), OpenSSL, asyncio, package metadata (APScheduler's
#: version and plugins are read from its own dist-info), process pools, logging.handlers (with
#: pickle and queue), subprocess (ctypes.util.find_library runs ldconfig through it) and the XML
#: parser (content translations are read only for a language other than English)
NEVER_WHILE_IDLE = ("pyqtgraph", "numpy", "PySide6.QtSvg", "PySide6.QtNetwork", "asyncio", "ssl",
                    "_hashlib", "importlib.metadata", "email", "plistlib", "tomli_w",
                    "multiprocessing", "concurrent.futures.process", "logging.handlers",
                    "pickle", "subprocess", "getpass", "xml.etree.ElementTree", "pyexpat",
                    "deskcoach.ui.settings_dialog", "deskcoach.ui.break_window")
IDLE_APP = ("deskcoach.__main__", "deskcoach.app", *AFTER_THE_ICON, "deskcoach.platform.autostart")


def loaded_after(imports: tuple[str, ...], watched: tuple[str, ...]) -> list[str]:
    code = (f"import importlib, json, sys\n"
            f"for name in {imports!r}: importlib.import_module(name)\n"
            f"print(json.dumps(sorted(m for m in {watched!r} if m in sys.modules)))")
    out = fresh_python(code)
    return list(json.loads(out))


def _started_as_run_starts(tmp_path: Path) -> str:
    """A snippet that starts DeskCoach in `tmp_path` as `deskcoach run` does (collector off,
    the events' module lazy, the app before PySide6) and stops where the icon shows: the
    timers' slots wait in `later`, `_settle` first."""
    return ("import gc, json, linecache, sys\n"
            "gc.disable()\n"
            "from deskcoach.platform.lazy_modules import load_lazily\n"
            "load_lazily()\n"
            "import deskcoach.app as a\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from deskcoach.services.clock import AppClock\n"
            "from deskcoach.store.paths import resolve\n"
            "later = []\n"
            "a.QTimer.singleShot = lambda ms, slot: later.append(slot)\n"
            f"paths = resolve({str(tmp_path)!r})\n"
            "paths.ensure()\n"
            "server = a.ControlServer(a.server_name(paths.config_dir.parent))\n"
            "started = a.DeskCoachApp(paths, AppClock(1), server)\n")


def test_the_tray_icon_shows_before_content_detectors_and_scheduler_load() -> None:
    assert loaded_after(("deskcoach.__main__", "deskcoach.app"), AFTER_THE_ICON) == []


def test_the_idle_app_never_loads_charts_openssl_or_asyncio() -> None:
    assert loaded_after(IDLE_APP, NEVER_WHILE_IDLE) == []


def test_modules_without_qt_load_before_pyside_reads_sources() -> None:
    """PySide6 reads (and keeps) the source of each module imported after it."""
    code = ("import json, linecache, deskcoach.__main__, deskcoach.app\n"
            "print(json.dumps(sorted(linecache.cache)))")
    out = fresh_python(code)
    read = json.loads(out)
    spared = ("tzlocal", "zoneinfo", "sqlite3", "logging/handlers.py", "platformdirs",
              "calendar.py")
    assert [path for path in read if any(name in path for name in spared)] == []


def test_once_started_the_collector_is_on_and_the_source_text_pyside_kept_is_dropped(
        tmp_path: Path) -> None:
    """`deskcoach run` starts with the garbage collector off (a hundred thousand objects
    made, almost none garbage); settled, the app turns it on for good."""
    code = (_started_as_run_starts(tmp_path) +
            "before = len(linecache.cache)\n"
            "off = not gc.isenabled()\n"
            "started._settle()\n"
            "print(json.dumps([before, len(linecache.cache), started.presence is not None,\n"
            "                  off, gc.isenabled(), gc.get_freeze_count() > 0]))\n"
            "started.quit()\n")
    out = fresh_python(code, QT_QPA_PLATFORM="offscreen")
    before, after, settled, *collector = json.loads(out.splitlines()[-1])
    assert settled
    assert collector == [True, True, True]  # off while starting, then on, startup frozen
    assert 0 < before < 20  # only what PySide6 read while it loaded, before it read lightly
    assert after == 0


def test_pyside6_answers_from_the_file_and_keeps_no_source(tmp_path: Path) -> None:
    """Modules imported after PySide6 are still sorted into those that use it and the rest,
    without their text going into linecache; the standard library's without being read."""
    (tmp_path / "uses_qt.py").write_text("import PySide6.QtCore\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    code = ("import json, linecache, sys\n"
            f"sys.path.insert(0, {str(tmp_path)!r})\n"
            "import PySide6.QtCore\n"
            "from deskcoach.platform import pyside_sources\n"
            "linecache.clearcache()\n"
            "import builtins\n"
            "real_open, opened = builtins.open, []\n"
            "def spy(name, *a, **k):\n"
            "    opened.append(str(name))\n"
            "    return real_open(name, *a, **k)\n"
            "builtins.open = spy\n"
            "import uses_qt, plain, colorsys\n"
            "builtins.open = real_open\n"
            "feature = sys.modules['shibokensupport.feature']\n"
            "names = ('uses_qt', 'plain', 'colorsys')\n"
            "seen = [feature.pyside_feature_dict.get(n) for n in names]\n"
            "seen.append(sorted(path.rsplit('/', 1)[-1] for path in opened))\n"
            "switched = pyside_sources.read_sources_lightly()\n"
            "print(json.dumps([switched, seen, sorted(linecache.cache)]))\n")
    switched, seen, kept = json.loads(fresh_python(code))
    assert switched
    assert seen == [0, -1, -1, ["plain.py", "uses_qt.py"]]
    assert kept == []


def test_memory_freed_at_start_is_given_back_to_the_system() -> None:
    """glibc keeps freed heap pages resident until malloc_trim; the app calls it once settled."""
    code = ("import ctypes, json\n"
            "from deskcoach.platform.libs import release_free_memory\n"
            "libc = ctypes.CDLL(None)\n"
            "libc.malloc.restype = ctypes.c_void_p\n"
            "libc.free.argtypes = [ctypes.c_void_p]\n"
            "def resident():\n"
            "    return int(open('/proc/self/statm').read().split()[1]) * 4096 // 1024\n"
            "blocks = [libc.malloc(1024) for _ in range(30_000)]\n"
            "for b in blocks: ctypes.memset(b, 1, 1024)\n"
            "keep = blocks.pop()  # the heap's top stays in use: free() alone cannot shrink it\n"
            "for b in blocks: libc.free(b)\n"
            "before = resident()\n"
            "release_free_memory()\n"
            "print(json.dumps([before, resident()]))\n")
    before, after = json.loads(fresh_python(code))
    assert before - after > 20_000  # of the 30 MB freed, at least 20 MB (in KB) left RSS


def test_deskcoach_run_loads_the_qt_free_modules_before_pyside6(tmp_path: Path) -> None:
    """The command line's translators bring PySide6; for `run` the app's Qt-free modules come
    first (after it they cost the idle app 3 MB and its start time)."""
    code = ("import gc, json, sys\n"
            "seen = []\n"
            "class Watch:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'PySide6' and not seen:\n"
            "            names = ('sqlite3', 'deskcoach.store.history', 'zoneinfo')\n"
            "            seen.append([m for m in names if m in sys.modules])\n"
            "            seen.append(gc.isenabled())\n"
            "            events = sys.modules['deskcoach.core.events']\n"
            "            seen.append(type(events) is type(sys))\n"
            "sys.meta_path.insert(0, Watch())\n"
            "import deskcoach.__main__ as m\n"
            f"m.main(['--profile', {str(tmp_path)!r}, 'run'])\n"  # no display: it stops there
            "print(json.dumps(seen))\n")
    out = fresh_python(code, DISPLAY="", WAYLAND_DISPLAY="", QT_QPA_PLATFORM="")
    assert json.loads(out.splitlines()[-1]) == [
        ["sqlite3", "deskcoach.store.history", "zoneinfo"], False, False]
    # False: the collector is off; False: the events' module is imported, its code not run


def test_the_cycle_s_events_load_with_the_first_event_once_the_icon_shows(
        tmp_path: Path) -> None:
    """`deskcoach run` imports the events' module lazily (platform/lazy_modules.py): nothing
    the tray icon needs may read it, and the first event after it loads it."""
    code = (_started_as_run_starts(tmp_path) +
            "def loaded():\n"
            "    return type(sys.modules['deskcoach.core.events']) is type(sys)\n"
            "at_icon = [started.tray.icon.isVisible(), loaded()]\n"
            "started._settle()\n"
            "refused = started.coach.commands.pause('30m')\n"
            "phase = started.coach.runner.status().phase.value\n"
            "print(json.dumps([*at_icon, loaded(), refused, phase]))\n"
            "started.quit()\n")
    out = fresh_python(code, QT_QPA_PLATFORM="offscreen")
    assert json.loads(out.splitlines()[-1]) == [True, False, True, None, "paused"]
