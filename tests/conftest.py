"""Every test runs on a temporary profile: the real settings and history are never touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.attack import Attacker, second_account

# GUI tests draw off screen; the end-to-end tests start their own X server for the app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    # the control sockets: a private folder of the test's own (0700), with a short path
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path_factory.mktemp("run")))
    return home


@pytest.fixture(scope="session")
def attacker() -> Iterator[Attacker]:
    """A second real user account on this machine, for the tests that attack as one."""
    with second_account() as account:
        yield account
