"""Soak test: weeks of simulated use of the real app in a few minutes, then check it held up.

    python tools/soak.py --days 30

Starts DeskCoach under its own Xvfb, openbox and trayer (tests/e2e/desktop.py) at a fast
--time-scale and plays a user for DAYS workdays of 8 hours: at the desk with the pointer on
the break window (breaks complete), busy in another window (breaks are missed), away (no
input: natural breaks), snoozing, finishing or skipping breaks on screen, and using the CLI
for skip-next, pause/resume, break-now, config set and status, sampling the app's resident
memory every few seconds. At the end it quits the app and checks (tools/soak_checks.py):
- the app never died or printed a traceback; every command exited 0 (done) or 2 (refused);
- memory is flat: the resident set grew by less than --max-growth-mb (10 MB) after warm-up;
- `deskcoach stats --format json` over the simulated days counts as many breaks due, per
  day, in total and per outcome, as the history has rows.

It prints a short report and exits 1 if a check failed (2 if it could not run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from deskcoach.services.clock import local_zone  # noqa: E402
from deskcoach.store.paths import resolve  # noqa: E402
from tests.e2e.desktop import Desktop, missing_tools, start_desktop  # noqa: E402
from tests.e2e.test_app import BREAK_TITLE  # noqa: E402
from tools.control import Control, wait_for  # noqa: E402
from tools.soak_checks import consistency, memory_verdict  # noqa: E402

WORKDAY_HOURS: Final = 8
CENTER: Final = (640, 400)  # the break window opens in the middle of the 1280x800 screen
CORNER: Final = (20, 780)


# ---------------------------------------------------------------- driving the app

@dataclass
class Tally:
    accepted: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    segments: Counter[str] = field(default_factory=Counter)

    def count(self, what: str, ok: bool) -> None:
        (self.accepted if ok else self.refused)[what] += 1


class Soak:
    def __init__(self, desk: Desktop, work: Path, args: argparse.Namespace) -> None:
        self.desk, self.work, self.args = desk, work, args
        self.rng = random.Random(args.seed)
        self.profile = work / "profile"
        self.control = Control(self.profile, timeout=5.0)
        self.tally = Tally()
        self.cli_running: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.jiggle: subprocess.Popen[bytes] | None = None
        self.app: subprocess.Popen[bytes] | None = None
        self.output = work / "app-output.log"
        self.first_break: float | None = None
        self.began = self.ended = 0.0  # monotonic: the first status, and the app's exit

    def cli_args(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "deskcoach", "--profile", str(self.profile), *args]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.cli_args(*args), env=self.desk.env, capture_output=True,
                              text=True, timeout=120, check=False)

    def cli_later(self, *args: str) -> None:
        """Start a CLI command without waiting; its exit status is checked when it ends."""
        proc = subprocess.Popen(self.cli_args(*args), env=self.desk.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.cli_running.append((" ".join(args[:2]) if args[0] == "config" else args[0], proc))

    def reap(self, wait: bool = False) -> None:
        for name, proc in list(self.cli_running):
            if wait:
                proc.wait(timeout=120)
            code = proc.poll()
            if code is None:
                continue
            self.cli_running.remove((name, proc))
            error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            if proc.stderr:
                proc.stderr.close()
            if code not in (0, 2):
                self.tally.failures.append(f"`deskcoach {name}` exited {code}: {error.strip()}")
            self.tally.count(f"cli {name}", code == 0)

    def start(self) -> None:
        for key, value in (("sound", "false"), ("idle_minutes", "30")):
            done = self.cli("config", "set", key, value)
            if done.returncode != 0:
                raise RuntimeError(f"config set {key} failed: {done.stderr}")
        with self.output.open("ab") as log:
            self.app = subprocess.Popen(self.cli_args("--time-scale", str(self.args.scale)),
                                        env=self.desk.env, stdout=log, stderr=log)
        wait_for(lambda: self.control.ask("status"), 60, "DeskCoach to answer")
        wait_for(lambda: self.desk.tray_holds("DeskCoach"), 60, "the tray icon")

    def rss_kb(self) -> int:
        assert self.app is not None
        for line in Path(f"/proc/{self.app.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def behave(self, kind: str, seconds: float) -> None:
        """A stretch of user behaviour: pointer moves every 50 ms at a spot, or nothing."""
        self.stop_jiggle()
        self.tally.segments[kind] += 1
        if kind == "away":
            return
        x, y = CENTER if kind == "following" else CORNER
        chain: list[str] = ["xdotool"]
        for step in range(max(1, int(seconds / 0.05))):
            chain += ["mousemove", str(x + step % 7 * 3), str(y + step % 5 * 2), "sleep", "0.05"]
        self.jiggle = subprocess.Popen(chain, env=self.desk.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)

    def stop_jiggle(self) -> None:
        if self.jiggle is not None:
            self.jiggle.kill()
            self.jiggle.wait()
            self.jiggle = None

    def react(self, status: dict[str, Any]) -> None:
        """A break window is up: sometimes snooze, finish or skip it at once."""
        pick = self.rng.random()
        cmd = "snooze" if pick < 0.25 else "done" if pick < 0.45 else "skip" if pick < 0.55 \
            else None
        if cmd is None:
            return
        reply = self.control.ask(cmd)
        if reply is None:
            self.tally.failures.append(f"no answer to {cmd}")
            return
        self.tally.count(f"on screen {cmd}", bool(reply["ok"]))

    def command(self, paused: bool) -> None:
        pick = self.rng.random()
        if paused and pick < 0.5:
            self.cli_later("resume")
        elif pick < 0.3:
            self.cli_later("skip-next")
        elif pick < 0.45:
            self.cli_later("pause", self.rng.choice(("30m", "30m", "1h", "1h30m")))
        elif pick < 0.47 and self.args.days >= 10:
            self.cli_later("pause", "tomorrow")
        elif pick < 0.65:
            self.cli_later("break-now")
        elif pick < 0.7:
            self.cli_later("config", "set", "snooze_minutes", str(self.rng.randint(1, 10)))
        else:
            done = self.cli("status", "--json")
            if done.returncode != 0:
                self.tally.failures.append(f"status --json exited {done.returncode}")
            else:
                status = json.loads(done.stdout)
                for key in ("state", "next_break_at", "seconds_left", "today"):
                    if key not in status:
                        self.tally.failures.append(f"status --json has no {key!r}")
                left = status["seconds_left"]
                if left is not None and left < 0:
                    self.tally.failures.append(f"negative countdown: {status}")
            self.tally.count("cli status", done.returncode == 0)

    def run(self) -> tuple[list[tuple[float, int]], str, str]:
        """Play the user until the simulated days are over; (RSS samples, first, last now).

        The first thing the user does is take a break, so the break window (QtSvg, the
        poses) is built early; `first_break` says when it was first seen."""
        assert self.app is not None
        length = self.args.days * WORKDAY_HOURS * 3600 / self.args.scale
        every = min(3.0, max(0.5, length / 100))
        first = self.control.ask("status")
        if first is None:
            raise RuntimeError("DeskCoach stopped answering")
        start = self.began = time.monotonic()
        samples: list[tuple[float, int]] = []
        next_sample = next_segment = next_command = start
        next_status = start
        window_seen = False
        self.cli_later("break-now")
        last: dict[str, Any] = first["result"]
        while (now := time.monotonic()) < start + length:
            if self.app.poll() is not None:
                self.tally.failures.append(f"DeskCoach died (status {self.app.returncode}) "
                                           f"{now - start:.0f} s in")
                break
            if now >= next_sample:
                samples.append((now - start, self.rss_kb()))
                next_sample += every
            if now >= next_segment:
                kind = self.rng.choices(("following", "ignoring", "away"), (45, 20, 35))[0]
                seconds = self.rng.uniform(0.5, 4.0)
                self.behave(kind, seconds)
                next_segment = now + seconds
            # Watch the screen, as a user would: a break window appearing is a break.
            window = self.desk.visible_window(BREAK_TITLE) is not None
            if window and self.first_break is None:
                self.first_break = now - start
            if (window and not window_seen) or now >= next_status:
                reply = self.control.ask("status")
                if reply is None or not reply["ok"]:
                    if self.app.poll() is None:
                        self.tally.failures.append(f"status not answered: {reply}")
                    continue
                last = reply["result"]
                if last["seconds_left"] is not None and last["seconds_left"] < 0:
                    self.tally.failures.append(f"negative countdown: {last}")
                if window and not window_seen and last["state"] == "on_break":
                    self.react(last)
                next_status = now + 2.0
            window_seen = window
            if now >= next_command and len(self.cli_running) < 2:
                self.command(last["state"] == "paused")
                next_command = now + self.rng.uniform(0.8, 3.0)
            self.reap()
            time.sleep(0.03)
        self.stop_jiggle()
        self.reap(wait=True)
        return samples, str(first["result"]["now"]), str(last["now"])

    def quit(self) -> None:
        if self.app is None:
            return
        if self.app.poll() is None:
            done = self.cli("quit")
            if done.returncode != 0:
                self.tally.failures.append(f"quit exited {done.returncode}: {done.stderr}")
            try:
                code = self.app.wait(timeout=60)
                self.ended = time.monotonic()
            except subprocess.TimeoutExpired:
                self.tally.failures.append("DeskCoach did not quit within 60 s")
                code = None
            if code not in (0, None):
                self.tally.failures.append(f"DeskCoach exited {code} on quit")

    def close(self) -> None:
        self.stop_jiggle()
        for _name, proc in self.cli_running:
            proc.kill()
            proc.wait()
            if proc.stderr:
                proc.stderr.close()
        if self.app is not None and self.app.poll() is None:
            self.app.kill()
            self.app.wait()

    def history(self) -> list[tuple[str, date]]:
        zone = local_zone()
        db = sqlite3.connect(f"file:{resolve(self.profile).history_db}?mode=ro", uri=True)
        try:
            return [(str(outcome), datetime.fromisoformat(ended).astimezone(zone).date())
                    for outcome, ended in db.execute("SELECT outcome, ended FROM breaks")]
        finally:
            db.close()

    def stats(self, first: date, last: date) -> list[dict[str, Any]]:
        """`deskcoach stats` over the simulated days, which lie ahead of the real today."""
        done = subprocess.run([sys.executable, "-m", "deskcoach", "--profile",
                               str(self.profile), "stats", "--since", first.isoformat(),
                               "--until", last.isoformat(), "--format", "json"],
                              env=self.desk.env, capture_output=True, text=True, timeout=120,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"deskcoach stats exited {done.returncode}: {done.stderr}")
        days: list[dict[str, Any]] = json.loads(done.stdout)
        return days


# ---------------------------------------------------------------- the command

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--days", type=int, default=30, help="workdays of 8 hours (30)")
    parser.add_argument("--scale", type=float, default=3600.0,
                        help="time scale: 3600 makes a workday 8 s (default)")
    parser.add_argument("--seed", type=int, default=None, help="replay a run's choices")
    parser.add_argument("--max-growth-mb", type=float, default=10.0)
    parser.add_argument("--warm-up", type=float, default=None,
                        help="seconds before memory counts (default: a fifth of the run, at "
                             "least 5 s, and 3 s after the first break window)")
    parser.add_argument("--report", type=Path, help="also write the report as JSON here")
    parser.add_argument("--keep", type=Path, help="keep the profile and logs in this folder")
    args = parser.parse_args(argv)
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(2**32)
    if args.days < 1:
        parser.error("--days must be at least 1")
    missing = missing_tools()
    if missing:
        print(f"soak: needs {', '.join(missing)} (scripts/bootstrap.sh --test)", file=sys.stderr)
        return 2
    length = args.days * WORKDAY_HOURS * 3600 / args.scale
    warm_up = args.warm_up if args.warm_up is not None else max(5.0, length / 5)
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="deskcoach-soak-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    desk = start_desktop(work / "home")
    soak = Soak(desk, work, args)
    try:
        soak.start()
        samples, first_now, last_now = soak.run()
        soak.quit()
    finally:
        soak.close()
        desk.stop()
    failures = soak.tally.failures
    output = soak.output.read_text(errors="replace") if soak.output.exists() else ""
    if "Traceback" in output:
        failures.append("the app printed a traceback:\n" + output[-2000:])
    log_file = resolve(soak.profile).log_file
    errors = [line for line in (log_file.read_text(errors="replace").splitlines()
                                if log_file.exists() else []) if " ERROR " in line]
    if errors:
        failures.append(f"the app log has {len(errors)} ERROR lines, e.g. {errors[0]}")
    memory = None
    if soak.first_break is not None:  # memory counts once the break window exists
        warm_up = max(warm_up, soak.first_break + 3.0)
    try:
        memory = memory_verdict(samples, warm_up)
        if memory.growth_mb >= args.max_growth_mb:
            failures.append(f"memory grew {memory.growth_mb} MB after warm-up "
                            f"(limit {args.max_growth_mb} MB)")
    except ValueError as exc:
        failures.append(str(exc))
    rows = soak.history()
    first_day = datetime.fromisoformat(first_now).astimezone(local_zone()).date()
    # to the app's clock as it quit: it records the break on screen then, maybe a day later
    quit_now = datetime.fromisoformat(first_now) + timedelta(
        seconds=((soak.ended or time.monotonic()) - soak.began) * args.scale)
    last_day = quit_now.astimezone(local_zone()).date()
    days = soak.stats(first_day, last_day)
    failures += consistency(rows, days)
    if not rows:
        failures.append("not a single break in the history")
    outcomes = Counter(outcome for outcome, _ in rows)
    tally = soak.tally
    report = {
        "result": "FAIL" if failures else "PASS",
        "days": args.days, "scale": args.scale, "seed": args.seed,
        "simulated": f"{first_now} .. {last_now}", "calendar_days_in_stats": len(days),
        "real_seconds": round(time.monotonic() - began, 1),
        "breaks": len(rows), "outcomes": dict(sorted(outcomes.items())),
        "stats_due": sum(int(d["due"]) for d in days),
        "accepted": dict(sorted(tally.accepted.items())),
        "refused": dict(sorted(tally.refused.items())),
        "behaviour": dict(sorted(tally.segments.items())),
        "memory": asdict(memory) if memory else None,
        "rss_kb": [[round(t, 1), kb] for t, kb in samples],
        "failures": failures,
        "work": str(work),
    }
    print(f"DeskCoach soak: {args.days} workdays of {WORKDAY_HOURS} h at {args.scale:g}x "
          f"(seed {args.seed}) in {report['real_seconds']} s")
    print(f"  simulated {first_now} .. {last_now} ({len(days)} calendar days)")
    print(f"  breaks {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
          + f"; stats count {report['stats_due']} due")
    print("  accepted: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.accepted.items())))
    print("  refused:  " + ", ".join(f"{k} {v}" for k, v in sorted(tally.refused.items())))
    print("  behaviour: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.segments.items())))
    if memory:
        print(f"  memory: {memory.baseline_mb} MB after warm-up, {memory.final_mb} MB at the "
              f"end ({memory.growth_mb:+} MB, limit {args.max_growth_mb} MB), peak "
              f"{memory.peak_mb} MB, {memory.samples} samples")
    for failure in failures:
        print(f"  FAILED: {failure}")
    print(f"  result: {report['result']}")
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n")
    if failures or args.keep is not None:
        print(f"  profile and logs: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
