"""README.md's performance tables, written from the benchmark's own output.

`bench/run --readme` writes them after a run, `bench/run --readme-only` from the last results
(bench/results/latest.md and transfer-latest.md). Each table sits between two markers in
README.md; everything outside them is left as it is.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from deskbench.app_run import ROOT

README = ROOT / "README.md"
RESULTS = ROOT / "bench" / "results"
#: marker name -> the results file written between its markers
TABLES = {"desktop": "latest.md", "transfer": "transfer-latest.md"}


def begin(name: str) -> str:
    return f"<!-- bench:{name} (written by `bench/run --readme`: edits here are lost) -->"


def end(name: str) -> str:
    return f"<!-- /bench:{name} -->"


def replace(text: str, name: str, table: str) -> str:
    """`text` with what stands between the markers `name` replaced by `table`; ValueError
    when the markers are not there once each, in order."""
    first, last = begin(name), end(name)
    if text.count(first) != 1 or text.count(last) != 1 or text.index(first) > text.index(last):
        raise ValueError(f"README.md needs the lines {first!r} and {last!r}, once each")
    head, rest = text.split(first)
    _, tail = rest.split(last)
    return f"{head}{first}\n{table.strip()}\n{last}{tail}"


def write(readme: Path = README, results: Path = RESULTS) -> Path:
    """Every table whose results file exists, into `readme` (replaced whole, atomically)."""
    text = readme.read_text(encoding="utf-8")
    for name, file in TABLES.items():
        if (results / file).exists():
            text = replace(text, name, (results / file).read_text(encoding="utf-8"))
    fd, temporary = tempfile.mkstemp(prefix=".README.", dir=readme.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, readme.stat().st_mode & 0o777)
        os.replace(temporary, readme)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return readme
