"""Small modules with names that say what they hold: none of the project's code files (tests
aside) grows past 400 lines."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400


def test_every_module_stays_under_the_limit() -> None:
    files = [p for folder in ("deskcoach", "bench", "tools", "scripts")
             for p in (ROOT / folder).rglob("*.py")]
    assert len(files) > 100  # the walk found the code
    too_long = {str(p.relative_to(ROOT)): n for p in files
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert too_long == {}
