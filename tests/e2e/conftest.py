"""The throwaway X desktop every end-to-end test runs on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools, start_desktop


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    missing = missing_tools()
    if missing:
        pytest.fail(f"end-to-end tests need {', '.join(missing)}: run scripts/bootstrap.sh --test")
    desk = start_desktop(tmp_path / "home")
    yield desk
    desk.stop()
