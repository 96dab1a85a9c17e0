"""The dashboard's body log: trend lines of discomfort and sitting tolerance, how each
exercise's level moved and why, the plan's advice, the one-page PDF for a clinician, and
where to get help. Check-ins are health data, and the page says where they stay.

The lines are drawn with pyqtgraph, which the dashboard loads once its window is on screen;
`draw` is called only after that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskcoach.core.checkins import CheckIn, daily_average, mornings
from deskcoach.core.programmes import PROGRAMMES
from deskcoach.core.stats import DayStats
from deskcoach.ui import theme
from deskcoach.ui.text import tr

if TYPE_CHECKING:
    from deskcoach.services.coaching import Coach

LEVEL_DAYS = 28  # level changes listed: the last four weeks
SHOWN_CHANGES = 6
PDF_DAYS = 42  # the PDF for a clinician covers six weeks (its weekly table's span)
PRIVACY = ("Your check-ins are health data. They stay in your own profile on this computer and "
           "in the exports you make yourself; nothing your organisation can collect reads them.")


def _lines() -> dict[str, QColor]:
    """Line colours: the theme's chart series (distinct for colour-blind readers)."""
    series = theme.current().series
    return {"average": QColor(series[0]), "morning": QColor(series[4]),
            "sitting": QColor(series[2])}


class BodyFeed:
    """What the page reads and does: the log between two days, the plan and its advice,
    starting and stopping a programme. `answers`: the latest checklist answers."""

    def __init__(self, coach: Coach, now: Callable[[], datetime],
                 answers: Callable[[], Mapping[str, str]] = dict) -> None:
        self.coach, self._now, self._answers = coach, now, answers

    def status(self) -> dict[str, Any]:
        return self.coach.status(self._now())

    def suggestions(self) -> dict[str, str]:
        return self.coach.suggestions(self._answers(), self._now())

    def programme(self, action: str, ident: str = "") -> str | None:
        """Start or stop a programme; the refusal, if any."""
        from deskcoach.services.coaching import CoachError

        try:
            self.coach.handle("programme", {"action": action, "id": ident}, self._now())
        except CoachError as exc:
            return str(exc)
        return None

    def checkins(self, first: date, last: date) -> list[CheckIn]:
        zone = self._now().tzinfo
        return self.coach.log.checkins(datetime.combine(first, time(0), zone),
                                       datetime.combine(last + timedelta(days=1), time(0), zone))

    def advice(self) -> str | None:
        found = self.coach.status(self._now())["advice"]
        return None if found is None else str(found["reason"])

    def level_changes(self) -> list[dict[str, Any]]:
        return self.coach.level_changes(LEVEL_DAYS, self._now())

    def level_lines(self, first: date, last: date) -> dict[str, list[int]]:
        return self.coach.level_lines(first, last, self._now().tzinfo)

    def write_pdf(self, path: str) -> str | None:
        """The log of the last six weeks as a one-page PDF at `path`; the failure, or None."""
        from deskcoach.services.coaching import write_file
        from deskcoach.ui.log_report import log_html, log_pdf_bytes

        now = self._now()
        checkins, changes, programme = self.coach.pdf_log(PDF_DAYS, now)
        return write_file(path, log_pdf_bytes(log_html(checkins, changes, now.date(),
                                                       programme)))


class BodyLog(QWidget):
    def __init__(self, feed: BodyFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.plot: Any = None
        self.sitting: Any = None
        self.levels_plot: Any = None
        self.help_page: QWidget | None = None
        layout = QVBoxLayout(self)
        note = QLabel(tr(PRIVACY))
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.advice = QLabel("")
        self.advice.setWordWrap(True)
        row.addWidget(self.advice, 1)
        self.pdf_button = QPushButton(tr("Export log as &PDF..."))
        self.pdf_button.setToolTip(tr("A one-page summary of your check-ins to take to a "
                                      "doctor or physiotherapist"))
        self.pdf_button.clicked.connect(self.export_pdf)
        row.addWidget(self.pdf_button)
        self.help_button = QPushButton(tr("When to get &help"))
        self.help_button.clicked.connect(self.open_help)
        row.addWidget(self.help_button)
        layout.addLayout(row)
        plan = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Programme"))
        self.start_button = QPushButton(tr("S&tart programme"))
        self.start_button.clicked.connect(
            lambda: self._programme("start", str(self.choice.currentData())))
        self.stop_button = QPushButton(tr("Sto&p"))
        self.stop_button.clicked.connect(lambda: self._programme("stop"))
        plan.addWidget(self.choice, 1)
        plan.addWidget(self.start_button)
        plan.addWidget(self.stop_button)
        layout.addLayout(plan)
        self.plan = QLabel("")
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)
        self.levels = QLabel("")  # how each exercise's level moved, and why
        self.levels.setWordWrap(True)
        layout.addWidget(self.levels)
        self.show_plan()
        self.empty = QLabel(tr("No check-ins in this period. After a break, tell DeskCoach how "
                               "it felt; your answers draw these lines."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.charts = QVBoxLayout()
        layout.addLayout(self.charts, 1)

    def show_plan(self) -> None:
        """The programmes on offer (suggested ones say why) and the running one's phase."""
        why = self.feed.suggestions()
        self.choice.clear()
        for p in PROGRAMMES:
            text = f"{p.name} ({p.weeks} weeks)"
            self.choice.addItem(tr(text) + (f" - {tr('suggested')}: {why[p.id]}"
                                            if p.id in why else ""), p.id)
        self.show_levels()
        status = self.feed.status()
        running = status["programme"]
        self.stop_button.setEnabled(running is not None)
        if running is None:
            self.plan.setText(tr("No programme is running: breaks draw from every exercise."))
            return
        self.choice.setCurrentIndex(max(0, self.choice.findData(running)))
        from deskcoach.services.coaching import week_words

        self.plan.setText(tr("%1, phase %3 (%4). %5.")
                          .replace("%1", week_words(status["week"], status["weeks"])
                                   .capitalize())
                          .replace("%3", str(status["phase"]))
                          .replace("%4", tr(str(status["phase_name"])))
                          .replace("%5", tr(str(status["plan"]))))

    def show_levels(self) -> None:
        """The latest level changes in plain words: the trend of the plan itself."""
        changes = self.feed.level_changes()
        if not changes:
            self.levels.setText(tr("Levels: every exercise at its usual dose so far. Answer "
                                   "the morning question and levels move with your mornings."))
            return
        lines = [tr("%1 - %2: now %3. %4.").replace("%1", str(c["at"])[:10])
                 .replace("%2", tr(str(c["name"]))).replace("%3", str(c["level_words"]))
                 .replace("%4", tr(str(c["reason"]))) for c in changes[:SHOWN_CHANGES]]
        self.levels.setText(tr("Level changes") + "\n" + "\n".join(lines))

    def export_pdf(self) -> None:
        path = self.ask_path(self)
        if not path:
            return
        failed = self.feed.write_pdf(path)
        self.plan.setText(failed[0].upper() + failed[1:] + "." if failed else
                          tr("Saved the log as %1: take it along to a doctor or "
                             "physiotherapist.").replace("%1", path))

    @staticmethod
    def ask_path(parent: QWidget) -> str:
        """Where to save the PDF; a seam tests replace."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, tr("Export log as PDF"),
                                              "deskcoach-log.pdf", tr("PDF (*.pdf)"))
        return path

    def _programme(self, action: str, ident: str = "") -> None:
        refusal = self.feed.programme(action, ident)
        self.show_plan()
        if refusal:
            self.plan.setText(refusal[0].upper() + refusal[1:] + ".")

    def open_help(self) -> None:
        from deskcoach.ui.help_page import HelpPage

        self.help_page = HelpPage([])
        self.help_page.show()

    def draw(self, days: Sequence[DayStats]) -> None:
        """Lines over the dashboard's days: discomfort (daily average and mornings) and the
        longest stretch sat without a break (sitting tolerance, from the break history)."""
        import pyqtgraph as pg

        self.show_plan()
        if self.plot is None:
            self.plot = pg.PlotWidget()
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.setLabel("left", tr("Discomfort (0-10)"))
            self.plot.addLegend(offset=(10, 2))
            self.sitting = pg.PlotWidget()
            self.sitting.setMenuEnabled(False)
            self.sitting.setMouseEnabled(x=False, y=False)
            self.sitting.setLabel("left", tr("Longest sitting (min)"))
            self.levels_plot = pg.PlotWidget()
            self.levels_plot.setMenuEnabled(False)
            self.levels_plot.setMouseEnabled(x=False, y=False)
            self.levels_plot.setLabel("left", tr("Level"))
            self.levels_plot.addLegend(offset=(-10, 2))
            self.charts.addWidget(self.plot, 3)
            self.charts.addWidget(self.sitting, 2)
            self.charts.addWidget(self.levels_plot, 2)
        c, lines = theme.current(), _lines()
        for widget in (self.plot, self.sitting, self.levels_plot):
            widget.setBackground(QColor(c.surface))
            for side in ("left", "bottom"):
                widget.getAxis(side).setPen(pg.mkPen(QColor(c.border)))
                widget.getAxis(side).setTextPen(pg.mkPen(QColor(c.text_muted)))
        advice = self.feed.advice()
        self.advice.setText(tr(advice) if advice else "")
        if not days:
            return
        first, last = days[0].day, days[-1].day
        log = self.feed.checkins(first, last)
        self.empty.setVisible(not log)
        index = {d.day: i for i, d in enumerate(days)}
        plot = self.plot.getPlotItem()
        plot.clear()
        if plot.legend is not None:
            plot.legend.clear()
        average = daily_average(log, first, last)
        morning = mornings(log)
        for key, name, values, symbol in (
                ("average", "Daily average", average, None),
                ("morning", "Mornings", {d: float(p) for d, p in morning.items()}, "o")):
            points = [(index[d], v) for d, v in values.items() if d in index]
            if points:
                plot.addItem(pg.PlotDataItem(
                    [p[0] for p in points], [p[1] for p in points], name=tr(name),
                    pen=pg.mkPen(lines[key], width=2), symbol=symbol, symbolSize=7,
                    symbolBrush=lines[key]))
        plot.setYRange(0, 10, padding=0.05)
        plot.setXRange(-0.5, len(days) - 0.5, padding=0)
        step = max(1, len(days) // 8)
        ticks = [[(i, f"{d.day:%d %b}") for i, d in enumerate(days) if i % step == 0]]
        plot.getAxis("bottom").setTicks(ticks)
        sitting = self.sitting.getPlotItem()
        sitting.clear()
        points = [(i, d.longest_stretch_min) for i, d in enumerate(days)
                  if d.longest_stretch_min is not None]
        if points:
            sitting.addItem(pg.PlotDataItem([p[0] for p in points], [p[1] for p in points],
                                            pen=pg.mkPen(lines["sitting"], width=2)))
        sitting.setXRange(-0.5, len(days) - 0.5, padding=0)
        sitting.getAxis("bottom").setTicks(ticks)
        self._draw_levels(first, last, len(days), ticks)

    def _draw_levels(self, first: date, last: date, count: int,
                     ticks: list[list[tuple[int, str]]]) -> None:
        """Each recently changed exercise's level as a step line: the plan's own trend."""
        import pyqtgraph as pg

        plot = self.levels_plot.getPlotItem()
        plot.clear()
        if plot.legend is not None:
            plot.legend.clear()
        series = theme.current().series
        lines = self.feed.level_lines(first, last)
        for n, (name, values) in enumerate(lines.items()):  # a level holds all day: steps
            colour = QColor(series[(2 * n + 1) % len(series)])
            plot.addItem(pg.PlotDataItem([i - 0.5 for i in range(count + 1)], values,
                                         stepMode="center", name=tr(name),
                                         pen=pg.mkPen(colour, width=2)))
        found = [v for values in lines.values() for v in values]
        low, high = min([-1, *found]), max([1, *found])
        plot.setYRange(low - 0.2, high + 0.2, padding=0)
        words = {-1: tr("easier"), 0: tr("standard"), 1: tr("harder")}
        plot.getAxis("left").setTicks([[(v, words.get(v, f"{v:+d}"))
                                        for v in range(low, high + 1)]])
        plot.setXRange(-0.5, count - 0.5, padding=0)
        plot.getAxis("bottom").setTicks(ticks)
