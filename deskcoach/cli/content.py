"""The exercise catalogue and the workstation checklist."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.core.exercises import GENERAL_CAUTION


def exercises(args: argparse.Namespace) -> int:
    from deskcoach.store.catalogue import load_catalogue

    loaded = load_catalogue()
    for problem in loaded.problems:
        print(f"warning: {problem}", file=sys.stderr)
    catalogue = loaded.catalogue
    if args.exercises_command == "render":
        return render(args, catalogue)
    if args.exercises_command == "show":
        exercise = catalogue.get(args.id)
        if exercise is None:
            print(f"There is no exercise '{args.id}'. `deskcoach exercises` lists them.",
                  file=sys.stderr)
            return EXIT_REFUSED
        if args.format == "json":
            print(json.dumps(exercise.as_dict(), indent=2))
            return EXIT_OK
        print(f"{exercise.name} ({exercise.id})\n{exercise.summary}\n")
        print(f"Dose: {exercise.dose}. About {exercise.seconds} s. Position: "
              f"{exercise.position}. Regions: {', '.join(exercise.regions)}.")
        if exercise.seated_alternative:
            print(f"Seated alternative: {exercise.seated_alternative}")
        for level in exercise.levels:
            print(f"Level {level.name}: {level.dose}. {level.how}")
        print()
        for number, step in enumerate(exercise.steps, 1):
            extra = f", {step.reps} reps" if step.reps else (
                f", {step.breaths} breaths" if step.breaths else "")
            print(f"  {number}. {step.text} ({step.seconds} s{extra})")
        print()
        for line in (GENERAL_CAUTION, *exercise.cautions):
            print(f"Caution: {line}")
        for line in exercise.avoid_if:
            print(f"Skip it if: {line}")
        if exercise.dose_basis:
            print(f"Why this dose: {exercise.dose_basis}")
        print("Sources:")
        for source in exercise.sources:  # each a full reference, commas and all
            print(f"  - {source}")
        return EXIT_OK
    if args.format == "json":
        print(json.dumps([e.as_dict() for e in catalogue], indent=2))
        return EXIT_OK
    width = max((len(e.id) for e in catalogue), default=2)
    for e in catalogue:
        print(f"{e.id:<{width}}  {e.seconds:>4} s  {e.position:<8}  {', '.join(e.regions)}")
    return EXIT_OK


def render(args: argparse.Namespace, catalogue: Any) -> int:
    """Contact sheets of key poses, drawn offscreen (no display needed)."""
    import os
    from pathlib import Path

    if bool(args.all) == bool(args.id):
        print("Give one exercise ID or --all.", file=sys.stderr)
        return EXIT_REFUSED
    chosen = list(catalogue) if args.all else [catalogue.get(args.id)]
    if chosen[0] is None:
        print(f"There is no exercise '{args.id}'. `deskcoach exercises` lists them.",
              file=sys.stderr)
        return EXIT_REFUSED
    out = Path(args.output)
    if args.all:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"Could not make {out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAIL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcoach.store.atomic import write_atomic
    from deskcoach.ui.figure.sheet import contact_sheet, png_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for exercise in chosen:
        target = out / f"{exercise.id}.png" if args.all else out
        try:
            write_atomic(target, png_bytes(contact_sheet(exercise)))
        except OSError as exc:
            print(f"Could not write {target}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAIL
        print(f"Wrote {target}")
    return EXIT_OK


def checklist(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.catalogue import load_checklist

    checklist, problem = load_checklist()
    if checklist is None:
        print(f"The checklist cannot be used: {problem}", file=sys.stderr)
        return EXIT_FAIL
    if args.checklist_command == "items":
        if args.format == "json":
            print(json.dumps([{"id": i.id, "group": i.group, "question": i.question,
                               "why": i.why, "fix": i.fix, "sources": list(i.sources),
                               "laptop_only": i.laptop_only} for i in checklist.items],
                             indent=2, ensure_ascii=False))
        else:
            for group in checklist.groups:
                print(group.title)
                for i in (x for x in checklist.items if x.group == group.id):
                    print(f"  {i.id:<3} {i.question}" + ("  (laptop users)" if i.laptop_only
                                                         else ""))
        return EXIT_OK
    import os

    from deskcoach.store.assessments import AssessmentStore
    from deskcoach.store.history import History

    try:
        history = History(paths.history_db, datetime.now().astimezone(), check=False)
        found = AssessmentStore(history.connection, checklist.version).find(args.assessment)
    except ValueError:
        print(f"--assessment takes 'latest' or a date like 2026-11-21, not {args.assessment!r}",
              file=sys.stderr)
        return EXIT_REFUSED
    if found is None:
        print(f"No completed workstation check found for {args.assessment!r}. Choose "
              "Checklist... in the DeskCoach menu to do one.", file=sys.stderr)
        return EXIT_FAIL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcoach.store.atomic import write_atomic
    from deskcoach.ui.report import report_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        write_atomic(args.output, report_bytes(checklist, found, args.format))
    except OSError as exc:
        print(f"Could not write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"Wrote {args.output}")
    return EXIT_OK
