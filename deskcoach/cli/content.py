"""The exercise catalogue and the workstation checklist."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from deskcoach.cli import EXIT_FAIL, EXIT_OK, EXIT_REFUSED
from deskcoach.core.exercises import GENERAL_CAUTION, POSITION_WORDS
from deskcoach.core.i18n import fill, tr
from deskcoach.core.settings import REGION_WORDS


def exercises(args: argparse.Namespace) -> int:
    from deskcoach.store.catalogue import load_catalogue

    loaded = load_catalogue()
    for problem in loaded.problems:
        print(fill(tr("warning: %1"), problem), file=sys.stderr)
    catalogue = loaded.catalogue
    if args.exercises_command == "render":
        return render(args, catalogue)
    if args.exercises_command == "show":
        exercise = catalogue.get(args.id)
        if exercise is None:
            print(fill(tr("There is no exercise '%1'. `deskcoach exercises` lists them."), args.id),
                  file=sys.stderr)
            return EXIT_REFUSED
        if args.format == "json":
            print(json.dumps(exercise.as_dict(), indent=2))
            return EXIT_OK
        print(f"{exercise.name} ({exercise.id})\n{exercise.summary}\n")
        print(fill(tr("Dose: %1. About %2 s. Position: %3. Regions: %4."),
                   exercise.dose, exercise.seconds,
                   tr(POSITION_WORDS.get(exercise.position, exercise.position)),
                   ", ".join(tr(REGION_WORDS.get(r, r)) for r in exercise.regions)))
        if exercise.seated_alternative:
            print(fill(tr("Seated alternative: %1"), exercise.seated_alternative))
        for level in exercise.levels:
            print(fill(tr("Level %1: %2. %3"), tr(level.name), level.dose, level.how))
        print()
        for number, step in enumerate(exercise.steps, 1):
            extra = tr(", %n reps", "", step.reps) if step.reps else (
                tr(", %n breaths", "", step.breaths) if step.breaths else "")
            print(fill(tr("  %1. %2 (%3 s%4)"), number, step.text, step.seconds, extra))
        print()
        # each avoid_if line says "Skip this if ..." itself
        for line in (tr(GENERAL_CAUTION), *exercise.cautions, *exercise.avoid_if):
            print(fill(tr("Caution: %1"), line))
        if exercise.dose_basis:
            print(fill(tr("Why this dose: %1"), exercise.dose_basis))
        print(tr("Sources:"))
        for source in exercise.sources:  # each a full reference, commas and all
            print(f"  - {source}")
        return EXIT_OK
    if args.format == "json":
        print(json.dumps([e.as_dict() for e in catalogue], indent=2))
        return EXIT_OK
    width = max((len(e.id) for e in catalogue), default=2)
    wheres = {e.id: tr(POSITION_WORDS.get(e.position, e.position)) for e in catalogue}
    wide = max(map(len, wheres.values()), default=1)
    for e in catalogue:
        regions = ", ".join(tr(REGION_WORDS.get(r, r)) for r in e.regions)
        print(f"{e.id:<{width}}  {e.seconds:>4} s  {wheres[e.id]:<{wide}}  {regions}")
    return EXIT_OK


def render(args: argparse.Namespace, catalogue: Any) -> int:
    """Contact sheets of key poses, drawn offscreen (no display needed)."""
    import os
    from pathlib import Path

    if bool(args.all) == bool(args.id):
        print(tr("Give one exercise ID or --all."), file=sys.stderr)
        return EXIT_REFUSED
    chosen = list(catalogue) if args.all else [catalogue.get(args.id)]
    if chosen[0] is None:
        print(fill(tr("There is no exercise '%1'. `deskcoach exercises` lists them."), args.id),
              file=sys.stderr)
        return EXIT_REFUSED
    out = Path(args.output)
    if args.all:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(fill(tr("Could not make %1: %2"), out, exc.strerror or exc), file=sys.stderr)
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
            print(fill(tr("Could not write %1: %2"), target, exc.strerror or exc), file=sys.stderr)
            return EXIT_FAIL
        print(fill(tr("Wrote %1"), target))
    return EXIT_OK


def checklist(args: argparse.Namespace, paths: Any) -> int:
    from deskcoach.store.catalogue import load_checklist

    checklist, problem = load_checklist()
    if checklist is None:
        print(fill(tr("The checklist cannot be used: %1"), problem), file=sys.stderr)
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
                    laptop = "  " + tr("(laptop users)") if i.laptop_only else ""
                    print(f"  {i.id:<3} {i.question}{laptop}")
        return EXIT_OK
    import os

    from deskcoach.store.assessments import AssessmentStore
    from deskcoach.store.history import History

    try:
        history = History(paths.history_db, datetime.now().astimezone(), check=False)
        found = AssessmentStore(history.connection, checklist.version).find(args.assessment)
    except ValueError:
        print(fill(tr("--assessment takes 'latest' or a date like 2026-11-21, not %1"),
                   repr(args.assessment)),
              file=sys.stderr)
        return EXIT_REFUSED
    if found is None:
        print(fill(tr("No completed workstation check found for %1. Choose Checklist... in the "
                      "DeskCoach menu to do one."), repr(args.assessment)), file=sys.stderr)
        return EXIT_FAIL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcoach.store.atomic import write_atomic
    from deskcoach.ui.report import report_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        write_atomic(args.output, report_bytes(checklist, found, args.format))
    except OSError as exc:
        print(fill(tr("Could not write %1: %2"), args.output, exc.strerror or exc), file=sys.stderr)
        return EXIT_FAIL
    print(fill(tr("Wrote %1"), args.output))
    return EXIT_OK
