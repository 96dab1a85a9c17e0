"""The progress dashboard: headline numbers, a table and the definitions at once, and the
charts (deskcoach.ui.charts, which loads pyqtgraph and numpy) as soon as the window is on
screen. The app imports this module only when the window first opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core import stats
from deskcoach.progress import Progress
from deskcoach.ui.text import tr

if TYPE_CHECKING:
    from deskcoach.ui.charts import Charts
    from deskcoach.ui.trends import BodyFeed

#: (label, days shown, bucket size)
RANGES = (("Last 7 days", 7, "day"), ("Last 30 days", 30, "day"),
          ("Last 12 weeks", 84, "week"), ("Last 12 months", 365, "month"))
#: bar segments, bottom to top, with colours that stay distinct for colour-blind readers
SEGMENTS = (("completed", "Completed", "#1e88e5"),
            ("snoozed_then_taken", "Snoozed, then taken", "#90caf9"),
            ("natural", "Natural (away)", "#43a047"),
            ("skipped", "Skipped", "#fb8c00"),
            ("missed", "Missed", "#d81b60"))
#: as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken
COLUMNS = ("Period", "Due", "Completed", "Snoozed, then taken", "Natural", "Skipped", "Missed",
           "Taken", "Compliance", "Longest stretch (min)", "Minutes moved")


class Dashboard(QWidget):
    charts_drawn = Signal()  # the first time, once pyqtgraph has loaded

    def __init__(self, load: Callable[[date, date], Progress], today: Callable[[], date],
                 interval: Callable[[], int], parent: QWidget | None = None,
                 body: BodyFeed | None = None) -> None:
        """`body`: the check-in log, for the Body log page (issue 19)."""
        super().__init__(parent)
        self._load = load
        self._today = today
        self._interval = interval
        self.buckets: list[stats.Bucket] = []
        self.setWindowTitle(tr("DeskCoach - progress"))
        self.setAccessibleName(tr("Progress"))
        self.resize(980, 760)

        self.range = QComboBox()
        for words, _, _ in RANGES:
            self.range.addItem(tr(words))
        self.range.setAccessibleName(tr("Time range"))
        self.range.currentIndexChanged.connect(lambda _=0: self.refresh())
        top = QHBoxLayout()
        title = QLabel(tr("Your progress"))
        title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        top.addWidget(title)
        top.addStretch(1)
        shown = QLabel(tr("&Show:"))
        shown.setBuddy(self.range)
        top.addWidget(shown)
        top.addWidget(self.range)

        self.cards = QHBoxLayout()
        self.card_values: dict[str, QLabel] = {}
        for key, caption in (("today", "Today"), ("week", "This week"), ("streak", "Streak"),
                             ("moved", "Moved this week"), ("regions", "Regions this week")):
            card = QFrame()
            card.setObjectName("card")
            card.setStyleSheet("QFrame#card { background: #ffffff; border: 1px solid #dde3ea;"
                               " border-radius: 8px; }")
            value = QLabel("-")
            value.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f2933;"
                                " border: none;")
            value.setAccessibleName(tr(caption))
            caption_label = QLabel(tr(caption))
            caption_label.setStyleSheet("color: #52606d; border: none;")
            column = QVBoxLayout(card)
            column.addWidget(caption_label)
            column.addWidget(value)
            if key == "regions":
                self.region_names = QLabel("")
                self.region_names.setWordWrap(True)
                self.region_names.setStyleSheet("color: #3e4c59; font-size: 9pt; border: none;")
                column.addWidget(self.region_names)
                card.setMinimumWidth(260)
            column.addStretch(1)
            self.cards.addWidget(card, 2 if key == "regions" else 1)
            self.card_values[key] = value

        self.tabs = QTabWidget()
        self.charts: Charts | None = None
        self._progress: Progress | None = None
        self.charts_waiting = QLabel(tr("Drawing the charts..."))
        self.charts_waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts_waiting.setStyleSheet("color: #52606d;")
        self.tabs.addTab(self.charts_waiting, tr("Charts"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Breaks per period, as a table"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.table, tr("Table"))
        help_text = QLabel(tr(stats.DEFINITIONS))
        help_text.setWordWrap(True)
        help_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        help_text.setAccessibleName(tr("How the numbers are counted"))
        help_text.setMargin(12)
        self.tabs.addTab(help_text, tr("How it is counted"))
        if body is not None:
            from deskcoach.ui.trends import BodyLog

            self.body: BodyLog | None = BodyLog(body)
            self.tabs.insertTab(1, self.body, tr("Body log"))
        else:
            self.body = None

        self.empty = QLabel(tr("No breaks yet. After your first break, this is where you see "
                               "how many you take each day, how long you go without one, and "
                               "how you move. Take one now from the tray menu if you like."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt; color: #3e4c59; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.cards)
        layout.addWidget(self.stack, 1)
        self.refresh()

    # ---- charts ----

    # ---- data ----

    def refresh(self) -> None:
        _, span, size = RANGES[self.range.currentIndex()]
        last = self._today()
        progress = self._load(last - timedelta(days=span - 1), last)
        self.buckets = stats.buckets(progress.days, size)
        self._show_cards(progress.headline)
        has_data = any(b.due for b in self.buckets)
        self.stack.setCurrentIndex(1 if has_data else 0)
        self._fill_table(self.buckets)
        self._progress = progress
        self._draw_charts()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the first frame is drawn, load the charts (the event loop shows it first)."""
        super().paintEvent(event)
        if self.charts is None:
            QTimer.singleShot(0, self._load_charts)

    def _load_charts(self) -> None:
        if self.charts is not None:
            return
        from deskcoach.ui.charts import Charts

        self.charts = Charts()
        index = self.tabs.indexOf(self.charts_waiting)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self.charts, tr("Charts"))
        self.tabs.setCurrentIndex(index)
        self.charts_waiting.deleteLater()
        self._draw_charts()
        self.charts_drawn.emit()

    def _draw_charts(self) -> None:
        if self.charts is not None and self._progress is not None:
            size = RANGES[self.range.currentIndex()][2]
            self.charts.draw(self.buckets, size, self._progress.heatmap, self._interval())
            if self.body is not None:
                self.body.draw(self._progress.days)

    def _show_cards(self, h: stats.Headline) -> None:
        self.card_values["today"].setText(tr("%1 of %2 breaks").replace(
            "%1", str(h.today_taken)).replace("%2", str(h.today_due)))
        week = "-" if h.week_compliance is None else f"{h.week_compliance:.0%}"
        if h.change_points is not None:
            week += f"  ({h.change_points:+.0f} pts)"
        self.card_values["week"].setText(week)
        self.card_values["streak"].setText(tr("%n days").replace("%n", str(h.streak)))
        self.card_values["moved"].setText(tr("%n min").replace(
            "%n", f"{h.week_minutes_moved:.0f}"))
        self.card_values["regions"].setText(str(len(h.week_regions)))
        self.region_names.setText(", ".join(r.replace("_", " ") for r in h.week_regions))

    def _fill_table(self, buckets: Sequence[stats.Bucket]) -> None:
        self.table.setRowCount(len(buckets))
        for row, b in enumerate(reversed(buckets)):
            share = "-" if b.compliance is None else f"{b.compliance:.0%}"
            stretch = "-" if b.longest_stretch_min is None else f"{b.longest_stretch_min:.0f}"
            cells = (b.label, b.due, b.completed, b.snoozed_then_taken, b.natural, b.skipped,
                     b.missed, b.taken, share, stretch, f"{b.minutes_moved:.0f}")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

def describe(b: stats.Bucket) -> str:
    """The read-out for one period, as the hover line and screen readers say it."""
    parts = [f"{getattr(b, key)} {tr(name).lower()}" for key, name, _ in SEGMENTS
             if getattr(b, key)]
    taken = "" if b.compliance is None else tr(" · %1 of due breaks taken").replace(
        "%1", f"{b.compliance:.0%}")
    return f"{b.label}: {', '.join(parts) or tr('nothing due')}{taken}"
