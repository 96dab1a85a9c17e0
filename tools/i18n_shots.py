"""The break window, settings, checklist and dashboard in one language under Xvfb: a PNG of
each and a report of text that was not translated or does not fit its widget.

    python -m tools.i18n_shots OUT --lang de [--pseudo] [--catalogues DIR] [--size 1366x768]

--pseudo builds the pseudo-locale (tools/i18n_pseudo.py) and shows it as German: every text
bracketed and 40 % longer, so English without brackets was never translated and a lost
closing bracket is clipped. --catalogues previews a folder of built catalogues (a translator's
work in progress). Writes OUT/<lang>-<window>.png and OUT/report-<lang>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: texts that are the same in every language: names, numbers, units, our own name
_SAME = re.compile(r"^[\d\s:.,%+\-–·/()±°×]*$|^DeskCoach$|^English$|^[^\x00-\x7f]+$")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&(?=\w)")


def visible_texts(window: Any) -> list[tuple[Any, str]]:
    """(widget, text) of every visible piece of text in `window`."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QSpinBox,
        QTableWidget,
        QTabWidget,
        QWidget,
    )

    found: list[tuple[Any, str]] = [(window, window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((widget, widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(widget, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QSpinBox):
            found.append((widget, f"{widget.prefix()}{widget.suffix()}".strip()))
        elif isinstance(widget, QComboBox):
            found += [(widget, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    found.append((widget, item.text()))
    return found


def audit(window: Any, name: str, pseudo: bool, allowed: set[str]) -> list[dict[str, str]]:
    """Untranslated (pseudo only) and clipped texts of one window."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

    from deskcoach.core.languages import LANGUAGES

    allowed = allowed | {language.native_name for language in LANGUAGES}
    problems = []
    for widget, raw in visible_texts(window):
        text = " ".join(_TAGS.sub(" ", raw).split())
        if not text:
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '-'}"
        qt_own = isinstance(widget.parent(), QDialogButtonBox)  # qtbase_<lang>.qm's words
        if pseudo and not qt_own and "[" not in text and not _SAME.match(text) \
                and text not in allowed:
            problems.append({"window": name, "widget": where, "text": text,
                             "problem": "not translated"})
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.isVisible() \
                and widget.width() + 1 < widget.minimumSizeHint().width():
            problems.append({"window": name, "widget": where, "text": text,
                             "problem": f"clipped: {widget.width()} px of "
                                        f"{widget.minimumSizeHint().width()}"})
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.isVisible() \
                and widget.height() + 1 < widget.heightForWidth(widget.width()):
            problems.append({"window": name, "widget": where, "text": text,
                             "problem": f"cut off: {widget.height()} px high of "
                                        f"{widget.heightForWidth(widget.width())}"})
        if isinstance(widget, QAbstractButton) and widget.isVisible() \
                and widget.width() + 1 < widget.sizeHint().width():
            problems.append({"window": name, "widget": where, "text": text,
                             "problem": f"clipped: {widget.width()} px of "
                                        f"{widget.sizeHint().width()}"})
    return problems


def child(out: Path, code: str, folder: Path | None, pseudo: bool) -> None:
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from deskcoach.app import apply_direction
    from deskcoach.services.translation import Translators
    from deskcoach.ui import theme

    translators = Translators(folder)
    translators.use(code)
    apply_direction(translators.code)
    theme.use("light")

    from deskcoach.core.routine import Routine
    from deskcoach.core.settings import Settings
    from deskcoach.core.status import Phase, Status
    from deskcoach.services.progress import gather
    from deskcoach.store.catalogue import checklist_art, load_catalogue, load_checklist
    from deskcoach.store.history import History
    from deskcoach.ui.break_window import BreakWindow
    from deskcoach.ui.checklist_wizard import ChecklistWizard
    from deskcoach.ui.dashboard import Dashboard
    from deskcoach.ui.settings_dialog import SettingsDialog
    from tools.synthetic_history import fill as fill_history

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    catalogue = load_catalogue().catalogue
    allowed = {e.name for e in catalogue} if not pseudo else set()
    problems: list[dict[str, str]] = []
    shots = []

    def shoot(window: Any, name: str) -> None:
        wait(400)
        problems.extend(audit(window, name, pseudo, allowed))
        path = out / f"{code}{'-pseudo' if pseudo else ''}-{name}.png"
        window.grab().save(str(path))
        shots.append(str(path))

    directions: dict[str, str] = {}
    window = BreakWindow(snooze_minutes=5)
    directions["app"] = QApplication.layoutDirection().name
    directions["break window"] = window.layoutDirection().name
    directions["figure"] = window.pose.layoutDirection().name
    exercise = catalogue.get("chin-tuck")
    assert exercise is not None
    window.update_status(Status(Phase.ON_BREAK, None, 0, 95, None, 2, 3, True, True, 1.0))
    window.present(120, Routine((exercise,)))
    shoot(window, "break")
    window.hide()

    names = {e.id: e.name for e in catalogue}
    dialog = SettingsDialog(Settings(), frozenset(), names)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        shoot(dialog, f"settings-{index}")
    dialog.hide()

    checklist, _problem = load_checklist()
    assert checklist is not None
    zone = ZoneInfo("Europe/Berlin")
    wizard = ChecklistWizard(checklist, checklist_art, lambda: datetime.now(zone), None, None)
    wizard.show()
    shoot(wizard, "checklist-intro")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(wizard, Qt.Key.Key_Return)
    shoot(wizard, "checklist-question")
    wizard.hide()

    with tempfile.TemporaryDirectory() as work:
        today = date.today()
        history = History(Path(work) / "history.sqlite3", datetime.now(zone))
        import random

        fill_history(history, today - timedelta(days=1), 120, 10, zone, random.Random(7))
        dashboard = Dashboard(lambda first, last: gather(history, catalogue, zone, first, last),
                              lambda: today, lambda: 80)
        dashboard.resize(1200, 760)
        dashboard.show()
        wait(1500)
        from deskcoach.ui.charts import Charts

        for chart in dashboard.findChildren(Charts):
            directions["charts"] = chart.plots.layoutDirection().name
            directions["chart axes"] = ", ".join(sorted({
                plot.layoutDirection().name for plot in (chart.bars, chart.share, chart.stretch,
                                                         chart.heat.getPlotItem())}))
        shoot(dashboard, "dashboard")
        dashboard.close()
        history.close()
    report = out / f"report-{code}{'-pseudo' if pseudo else ''}.json"
    report.write_text(json.dumps({"language": code, "pseudo": pseudo, "shots": shots,
                                  "problems": problems, "direction": directions},
                                 indent=2, ensure_ascii=False),
                      encoding="utf-8")
    app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", required=True)
    parser.add_argument("--pseudo", action="store_true")
    parser.add_argument("--catalogues", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.out, args.lang, args.catalogues, args.pseudo)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.catalogues
        if args.pseudo:
            from tools.i18n_pseudo import make

            folder = Path(scratch) / "pseudo"
            make(folder)
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 f"{args.size}x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
        env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", HOME=scratch,
                   XDG_CONFIG_HOME=str(Path(scratch) / "cfg"))
        command = [sys.executable, "-m", "tools.i18n_shots", str(args.out), "--lang",
                   args.lang, "--child", *(["--pseudo"] if args.pseudo else []),
                   *(["--catalogues", str(folder)] if folder else [])]
        try:
            subprocess.run(command, env=env, check=True, timeout=180, cwd=ROOT)
        finally:
            xvfb.terminate()
            xvfb.wait()
    report = args.out / f"report-{args.lang}{'-pseudo' if args.pseudo else ''}.json"
    data = json.loads(report.read_text(encoding="utf-8"))
    for problem in data["problems"]:
        print(f"{problem['window']}: {problem['widget']}: {problem['problem']}: "
              f"{problem['text'][:80]!r}")
    print(f"{len(data['problems'])} problem(s); pictures: {len(data['shots'])} in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
