"""The architecture contracts bite: a copy of the package with one offending module fails them.

import-linter runs on a copy in tmp_path (the real tree untouched); ruff reads a probe from
standard input under a core file name, so the core's banned-API rule applies to it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def lint_imports(tmp_path: Path, probe: str | None = None, source: str = "") -> tuple[int, str]:
    shutil.copytree(ROOT / "deskcoach", tmp_path / "deskcoach",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if probe is not None:
        (tmp_path / probe).write_text(source, encoding="utf-8")
    done = subprocess.run([str(BIN / "lint-imports"), "--no-cache", "--config", "pyproject.toml"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(tmp_path)}, check=False)
    return done.returncode, done.stdout + done.stderr


def test_the_copy_keeps_every_contract(tmp_path: Path) -> None:
    code, out = lint_imports(tmp_path)
    assert code == 0, out
    assert "Contracts: 3 kept, 0 broken." in out


def test_the_core_reaching_sqlite_through_the_services_is_caught(tmp_path: Path) -> None:
    code, out = lint_imports(tmp_path, "deskcoach/core/probe.py",
                             "from deskcoach.services import runner  # noqa: F401\n")
    assert code == 1, out
    assert "deskcoach.core is not allowed to import sqlite3" in out
    assert "deskcoach.core.probe -> deskcoach.services.runner" in out
    # found through the chain (services.eye_breaks names sqlite3 for its types; else the store)
    assert re.search(r"deskcoach\.(store|services)\.\w+ -> sqlite3", out), out
    assert "Layers: core < store" in out


def test_the_screen_importing_the_store_directly_is_caught(tmp_path: Path) -> None:
    code, out = lint_imports(tmp_path, "deskcoach/ui/probe.py",
                             "from deskcoach.store import history  # noqa: F401\n")
    assert code == 1, out
    assert "The screen reaches stored data only through the application layer BROKEN" in out


def test_the_services_importing_the_screen_is_caught(tmp_path: Path) -> None:
    code, out = lint_imports(tmp_path, "deskcoach/services/probe.py",
                             "from deskcoach.ui import tray  # noqa: F401\n")
    assert code == 1, out
    assert "deskcoach.services.probe -> deskcoach.ui.tray" in out


@pytest.mark.parametrize("source", [
    "from datetime import datetime\n\nNOW = datetime.now()\n",
    "import datetime\n\nTODAY = datetime.date.today()\n",
    "import time\n\nSTAMP = time.monotonic()\n",
])
def test_the_core_reading_a_clock_is_caught(source: str) -> None:
    done = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--stdin-filename",
                           "deskcoach/core/probe.py", "-"], input=source, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1, done.stdout
    assert "TID251" in done.stdout
    assert "the core takes the time as an argument" in done.stdout


def test_outside_the_core_reading_the_clock_is_allowed() -> None:
    done = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--stdin-filename",
                           "deskcoach/services/probe.py", "-"],
                          input="from datetime import datetime\n\nNOW = datetime.now()\n",
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout
