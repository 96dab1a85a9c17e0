"""`bench/run --readme`: the tables go between their markers in README.md, nowhere else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from deskbench import readme


def test_the_table_replaces_what_stood_between_the_markers(tmp_path: Path) -> None:
    page = tmp_path / "README.md"
    page.write_text(f"# Title\nbefore\n{readme.begin('desktop')}\nold | table\n"
                    f"{readme.end('desktop')}\nafter, by hand\n{readme.begin('transfer')}\n"
                    f"{readme.end('transfer')}\nend\n")
    results = tmp_path / "results"
    results.mkdir()
    (results / "latest.md").write_text("| new | table |\n|---|---|\n")
    assert readme.write(page, results) == page
    assert page.read_text() == (
        f"# Title\nbefore\n{readme.begin('desktop')}\n| new | table |\n|---|---|\n"
        f"{readme.end('desktop')}\nafter, by hand\n{readme.begin('transfer')}\n"
        f"{readme.end('transfer')}\nend\n")  # no transfer results: left as it was


def test_markers_missing_or_twice_are_refused() -> None:
    with pytest.raises(ValueError, match="once each"):
        readme.replace("no markers here", "desktop", "| t |")
    twice = f"{readme.begin('desktop')}\n{readme.end('desktop')}\n" * 2
    with pytest.raises(ValueError, match="once each"):
        readme.replace(twice, "desktop", "| t |")


def test_the_readme_has_both_tables_markers() -> None:
    text = readme.README.read_text()
    for name in readme.TABLES:
        assert readme.replace(text, name, "x").count(readme.begin(name)) == 1
