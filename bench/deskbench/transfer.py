"""`bench/run --transfer`: the big-file figures, apart from the desktop ones (about 5 min).

Twenty years of a heavy user, 1,000,000 breaks (`tools/synthetic_history.py --days 7300
--per-day 137 --every-day`), are exported, imported into a fresh profile, and imported
again (every row a duplicate); a quarter of the same export (its first 250,000 breaks) is
imported too, to see that time grows linearly. Each command is a child process: its peak RSS
(`ru_maxrss`) and CPU time (user + system, which load from elsewhere on the machine changes
far less than the wall time) come from `wait4`. `deskcoach stats --days 365` is timed on
twenty years at the main benchmark's density (33 breaks a day).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from deskbench.app_run import ROOT, say

BREAKS = 1_000_000
QUARTER = 250_000
RUNS = 5
#: name, limit, what is compared
BUDGETS = (
    ("export of 1,000,000 breaks: peak RSS <= 200 MB", "export_rss_mb", 200.0),
    ("import of 1,000,000 breaks: peak RSS <= 200 MB", "import_rss_mb", 200.0),
    ("re-import (all duplicates): peak RSS <= 200 MB", "reimport_rss_mb", 200.0),
    ("import time linear: CPU per break at 1 M <= 1.3x that at 250 k", "import_growth", 1.3),
    ("re-import much faster: CPU <= 0.5x the first import's", "reimport_share", 0.5),
    ("`stats --days 365` on twenty years < 1 s", "stats_20y_s", 1.0),
)


def _child(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run `python -m deskcoach ARGS`; wall s, CPU s and peak RSS MB. Raises on failure."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.monotonic()
        child = subprocess.Popen([sys.executable, "-m", "deskcoach", *args], cwd=ROOT,
                                 env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        said, problem = out.read().decode()[-2000:], err.read().decode()[-2000:]
    if child.returncode != 0:
        raise RuntimeError(f"deskcoach {' '.join(args)} failed: {problem.strip()}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024, "said": said.strip()[-300:]}


def _history(profile: Path, days: int, per_day: int, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "synthetic_history.py"), str(profile),
                    "--days", str(days), "--per-day", str(per_day), "--every-day"],
                   cwd=ROOT, env=env, check=True, capture_output=True)


def _quarter(export: Path, out: Path, rows: int) -> None:
    """The export with only its first `rows` breaks (it writes one row per line)."""
    kept = 0
    with export.open("rb") as source, out.open("wb") as target:
        section = b""
        for line in source:
            if line.startswith(b' "') and line.rstrip().endswith(b"["):
                section = line
            if section.startswith(b' "breaks"') and line.startswith(b"  {"):
                kept += 1
                if kept > rows:
                    continue
                if kept == rows:
                    line = line.rstrip().rstrip(b",") + b"\n"
            target.write(line)


def measure(workdir: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    heavy, normal = workdir / "heavy", workdir / "normal"
    say(f"making {BREAKS:,} breaks of history (about 2 minutes)")
    _history(heavy, 7300, 137, env)
    export = workdir / "export.json"
    say("export")
    got: dict[str, Any] = {"export": _child(["--profile", str(heavy), "export", str(export)],
                                            env)}
    got["export"]["file_mb"] = export.stat().st_size / 2**20
    _quarter(export, workdir / "quarter.json", QUARTER)
    for name, profile, file in (("import_quarter", workdir / "q", workdir / "quarter.json"),
                                ("import", workdir / "full", export),
                                ("reimport", workdir / "full", export)):
        say(name.replace("_", " "))
        got[name] = _child(["--profile", str(profile), "import", str(file)], env)
    say("twenty years at 33 breaks a day, for `stats`")
    _history(normal, 7300, 33, env)
    stats = [_child(["--profile", str(normal), "stats", "--days", "365"], env)["wall_s"]
             for _ in range(RUNS + 1)][1:]  # the first warms the caches
    got["stats_20y_s"] = stats
    return got


def figures(got: dict[str, Any]) -> dict[str, float]:
    imported = got["import"]["cpu_s"] / BREAKS
    quarter = got["import_quarter"]["cpu_s"] / QUARTER
    return {"export_rss_mb": got["export"]["rss_mb"], "import_rss_mb": got["import"]["rss_mb"],
            "reimport_rss_mb": got["reimport"]["rss_mb"],
            "import_growth": imported / quarter,
            "reimport_share": got["reimport"]["cpu_s"] / got["import"]["cpu_s"],
            "stats_20y_s": statistics.median(got["stats_20y_s"])}


def markdown(got: dict[str, Any], found: dict[str, float], missed: list[str],
             load: tuple[str, str]) -> str:
    lines = ["| command | wall | CPU (user+sys) | peak RSS |", "|---|---|---|---|"]
    for name, title in (("export", f"export {BREAKS:,} breaks "
                                    f"({got['export']['file_mb']:.0f} MB file)"),
                        ("import_quarter", f"import {QUARTER:,} breaks"),
                        ("import", f"import {BREAKS:,} breaks"),
                        ("reimport", f"import the same {BREAKS:,} again (all duplicates)")):
        run = got[name]
        lines.append(f"| {title} | {run['wall_s']:.1f} s | {run['cpu_s']:.1f} s | "
                     f"{run['rss_mb']:.0f} MB |")
    stats = got["stats_20y_s"]
    lines.append(f"| `stats --days 365`, twenty years (median of {len(stats)}) | "
                 f"{statistics.median(stats):.3f} s | | |")
    lines += ["", "| budget | measured | |", "|---|---|---|"]
    for title, key, _ in BUDGETS:
        lines.append(f"| {title} | {found[key]:.3f} | "
                     f"{'MISS' if title in missed else 'PASS'} |")
    lines.append(f"\nLoad average before: {load[0]}; after: {load[1]}.")
    return "\n".join(lines) + "\n"


def main(check: bool) -> int:
    load_before = _load()
    workdir = Path(tempfile.mkdtemp(prefix="deskcoach-bench-transfer-"))
    began = time.monotonic()
    try:
        got = measure(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    found = figures(got)
    missed = [title for title, key, limit in BUDGETS if not found[key] <= limit]
    text = markdown(got, found, missed, (load_before, _load()))
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    (results / "transfer-latest.json").write_text(json.dumps(
        {"date": stamp, "raw": got, "figures": found, "missed": missed,
         "duration_s": round(time.monotonic() - began, 1)}, indent=2) + "\n")
    (results / "transfer-latest.md").write_text(text)
    print(text)
    for title in missed:
        print(f"budget MISS: {title}")
    return 1 if check and missed else 0


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"
