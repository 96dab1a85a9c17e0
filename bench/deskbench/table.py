"""The benchmark's tables: the figures, DeskCoach beside the floor and the budgets, and the
other break apps beside both."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from deskbench import breaks, peers
from deskbench.app_run import DESKCOACH, FLOOR


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    unit: str
    digits: int
    ratio: bool  # shown as a ratio to the floor
    floor_key: str = ""  # the floor's figure it is set beside, when not its own
    paired: str = ""  # DeskCoach's ratios run by run, shown (and budgeted) instead


FIGURES = (
    Figure("start_s", "start to tray icon", "s", 3, True, paired="start_x"),
    Figure("ready_s", "start to ready (DeskCoach: log's 'started'; floor: its icon)", "s", 3,
           True, paired="ready_x"),
    Figure("start_history_s", "start to tray icon, 5 years of history (floor: its icon)", "s",
           3, True, "start_s", "start_history_x"),
    Figure("ready_history_s", "start to ready, 5 years of history (floor: its icon)", "s", 3,
           True, "start_s", "ready_history_x"),
    Figure("start_minstr", "CPU instructions to the tray icon (valgrind, millions)", "M", 0,
           True),
    Figure("start_history_minstr", "CPU instructions to the tray icon, 5 years of history "
           "(floor: to its icon)", "M", 0, True, "start_minstr"),
    Figure("pss_alone_mb", "PSS after {settle} s idle, as if alone", "MB", 1, True),
    Figure("pss_mb", "PSS after {settle} s idle, plain", "MB", 1, True),
    Figure("rss_mb", "RSS after {settle} s idle", "MB", 1, True),
    Figure("cpu_s_per_120s", "idle CPU per 120 s (utime+stime)", "s", 3, True),
    Figure("run_s_per_120s", "idle CPU per 120 s (schedstat, ns)", "s", 4, True),
    Figure("wakeups_per_s", "idle wake-ups (vol.+invol. switches)", "/s", 2, True),
    Figure("voluntary_per_s", "idle voluntary switches", "/s", 2, True),
    Figure("latency_s", "break due to window mapped", "s", 3, True),
    Figure("break_held_cpu_pct", "break on screen, countdown held (safety note): CPU",
           "% of a core", 2, False),
    Figure("break_held_wakeups_per_s", "break on screen, countdown held: wake-ups", "/s", 1,
           False),
    Figure("break_running_cpu_pct", "break on screen, countdown running: CPU", "% of a core",
           2, False),
    Figure("break_running_wakeups_per_s", "break on screen, countdown running: wake-ups",
           "/s", 1, False),
    Figure("break_reduced_cpu_pct", "break on screen, reduced motion: CPU", "% of a core", 2,
           False),
    Figure("break_reduced_wakeups_per_s", "break on screen, reduced motion: wake-ups", "/s",
           1, False),
    Figure("break_running_fps", "break on screen, countdown running: figure frames", "/s", 1,
           False),
    Figure("break_reduced_fps", "break on screen, reduced motion: figure frames", "/s", 1,
           False),
    Figure("rss_growth_mb", "RSS growth over {cycles} break cycles", "MB", 2, False),
    Figure("dashboard_s", "progress dashboard on screen (its first frame), 20 years of history",
           "s", 3, False),
    Figure("charts_s", "progress charts drawn (pyqtgraph loaded), 20 years", "s", 3, False),
    Figure("dash_pss_settled_mb", "PSS settled ({settle} s), 5 years of history", "MB", 1,
           False),
    Figure("dash_pss_open_mb", "PSS with the dashboard open (its process included)", "MB", 1,
           False),
    Figure("dash_pss_back_mb", "PSS after the dashboard closed, over settled", "MB", 1, False),
    Figure("dash_back_s", "seconds from closing the dashboard to that figure", "s", 0, False),
    Figure("stats_s", "`deskcoach stats --days 365`, 5 years of history", "s", 3, False),
)


def markdown(report: dict[str, Any], args: argparse.Namespace,
             cycles_info: dict[str, Any]) -> str:
    m = report["machine"]
    summary = report["summary"]
    floor, coach = summary.get(FLOOR.key, {}), summary.get(DESKCOACH.key, {})
    by_figure = {b["figure"]: b for b in report["budgets"]}
    lines = [
        f"Measured {report['date'][:16].replace('T', ' ')} on {m['host']}: {m['nproc']} CPUs "
        f"({m['cpu']}), {m['ram_gib']} GiB RAM, {m['os']}; Python {m['python']}, PySide6 "
        f"{m['pyside6']}, DeskCoach {m['deskcoach']} ({m['commit']}); Xvfb + openbox + trayer, "
        f"each app run on a fresh desktop. Median (min-max) of {args.runs} runs "
        f"({3 * args.runs} for the start times, the floor's twice as many: one before each "
        "of DeskCoach's)"
        f"{', --quick' if args.quick else ''}; the benchmark took "
        f"{duration(report['duration_s'])}.",
        "",
        "| figure | floor | DeskCoach | DeskCoach / floor | budget | |",
        "|---|---|---|---|---|---|",
    ]
    for fig in FIGURES:
        title = fig.title.format(settle=f"{args.settle:.0f}",
                                 cycles=cycles_info.get("cycles", args.cycles))
        budget = by_figure.get(fig.key)
        ratio = "-"
        floor_figure = floor.get(fig.floor_key or fig.key)
        f_med, c_med = (floor_figure or {}).get("median"), coach.get(fig.key, {}).get("median")
        paired = coach.get(fig.paired) if fig.paired else None
        if paired:
            ratio = (f"{paired['median']:.2f}x ({paired['min']:.2f}-{paired['max']:.2f}) "
                     "run by run")
        elif fig.ratio and f_med is not None and c_med is not None:
            ratio = f"{c_med / f_med:.2f}x" if f_med > 0 else "(floor 0)"
        lines.append(f"| {title} | {_cell(floor_figure, fig)} | "
                     f"{_cell(coach.get(fig.key), fig)} | {ratio} | "
                     f"{_budget_text(budget)} | {budget['result'] if budget else ''} |")
    shared = [n for a in report["apps"].values() for n in a["extra"].get("pss_sharers", [])]
    if "pss_alone_mb" in floor:
        lines += ["", "PSS as if alone: the plain PSS (smaps_rollup) plus the share of the pages "
                  "that other Python or Qt processes took (up to "
                  f"{max(shared, default=0)} were running: tests, the benchmark itself and its "
                  "idle instances); the PSS budget is checked on it."]
    elif any(shared):
        lines += ["", f"PSS: {sum(1 for n in shared if n)} sample(s) were taken while other "
                  "Python or Qt processes were running; they share pages and lower PSS."]
    lines += ["", *peer_table(report, args)]
    retried = [f"{key}: {e}" for key, a in report["apps"].items()
               for e in a["extra"].get("retried", [])]
    if retried:
        lines += ["", "Retried on a fresh desktop after a failure:", *[f"- {e}" for e in retried]]
    errors = [f"{key}: {e}" for key, a in report["apps"].items() for e in a["errors"]]
    if errors:
        lines += ["", "Failed runs:", *[f"- {e}" for e in errors]]
    return "\n".join(lines) + "\n"


PEER_FIGURES = ("start_s", "pss_alone_mb", "pss_mb", "rss_mb", "cpu_s_per_120s",
                "wakeups_per_s")


def peer_table(report: dict[str, Any], args: argparse.Namespace) -> list[str]:
    """The floor and DeskCoach beside the other break apps installed here, or a line saying
    which are not."""
    summary = report["summary"]
    measured = [p for p in peers.PEERS if summary.get(p.key)]
    missing = [p.key for p in peers.PEERS if report["peers"].get(p.key) == "not installed"]
    failed = [p.key for p in peers.PEERS if p not in measured and p.key not in missing]
    lines = []
    if measured:
        names = ["floor", "DeskCoach", *(f"{p.label} ({p.key})" for p in measured)]
        lines += [f"Beside the other break apps ({args.peer_runs} run(s) each; their idle "
                  f"window {args.peer_idle:.0f} s, DeskCoach's {args.idle:.0f} s):", "",
                  f"| figure | {' | '.join(names)} |", "|---" * (len(names) + 1) + "|"]
        by_key = {f.key: f for f in FIGURES}
        for key in PEER_FIGURES:
            fig = by_key[key]
            cells = [_cell(summary.get(k, {}).get(key), fig)
                     for k in (FLOOR.key, DESKCOACH.key, *(p.key for p in measured))]
            title = fig.title.format(settle=f"{args.settle:.0f}", cycles=args.cycles)
            lines.append(f"| {title} | {' | '.join(cells)} |")
    if missing or failed:
        if measured:
            lines.append("")
        lines.append("Peers " + "; ".join(
            part for part in (f"not installed: {', '.join(missing)}" if missing else "",
                              f"installed, no figures (see failed runs): {', '.join(failed)}"
                              if failed else "") if part) + ".")
    return lines


def _cell(stats: dict[str, float | int] | None, fig: Figure) -> str:
    if not stats:
        return "-"
    d = fig.digits
    sign = "+" if fig.key == "rss_growth_mb" else ""
    if stats["n"] == 1:
        return f"{stats['median']:{sign}.{d}f} {fig.unit}"
    return (f"{stats['median']:{sign}.{d}f} {fig.unit} "
            f"({stats['min']:.{d}f}-{stats['max']:.{d}f})")


def _budget_text(budget: dict[str, Any] | None) -> str:
    if budget is None:
        return "-"
    return {"start_s": "<= 1.3x floor", "ready_s": "<= 2x floor's icon",
            "start_history_s": "<= 1.3x floor's icon",
            "pss_mb": "<= floor + 10 MB",
            "pss_alone_mb": "<= floor + 10 MB",
            "cpu_s_per_120s": "<= 0.05 s", "wakeups_per_s": "<= 0.5/s",
            "latency_s": "<= 0.1 s", "rss_growth_mb": "<= 2 MB / 500 cycles",
            "dashboard_s": "< 0.5 s", "stats_s": "< 0.3 s",
            "dash_pss_back_mb": "<= 5 MB within 60 s",
            **{f"break_{state}_cpu_pct": "<= 5 %" for state in breaks.BREAK_STATES},
            **{f"break_{state}_wakeups_per_s": "<= 60/s" for state in breaks.BREAK_STATES},
            "break_running_fps": "2-30/s", "break_reduced_fps": "<= 1/s",
            }[budget["figure"]]


def duration(seconds: float) -> str:
    return f"{int(seconds // 60)} min {seconds % 60:.0f} s"
