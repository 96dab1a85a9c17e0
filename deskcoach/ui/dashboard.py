"""The progress dashboard. This module imports pyqtgraph and numpy, so the app imports it
only when the window first opens: loading them at start-up would double the memory DeskCoach
needs all day."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
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

#: (label, days shown, bucket size)
RANGES = (("Last 7 days", 7, "day"), ("Last 30 days", 30, "day"),
          ("Last 12 weeks", 84, "week"), ("Last 12 months", 365, "month"))
#: bar segments, bottom to top, with colours that stay distinct for colour-blind readers
SEGMENTS = (("completed", "Completed", "#1e88e5"),
            ("snoozed_then_taken", "Snoozed, then taken", "#90caf9"),
            ("natural", "Natural (away)", "#43a047"),
            ("skipped", "Skipped", "#fb8c00"),
            ("missed", "Missed", "#d81b60"))
COLUMNS = ("Period", "Due", "Completed", "Snoozed, then taken", "Natural", "Skipped", "Missed",
           "Taken", "Longest stretch (min)", "Minutes moved")

pg.setConfigOptions(antialias=True, background="w", foreground="#3e4c59")


class Dashboard(QWidget):
    def __init__(self, load: Callable[[date, date], Progress], today: Callable[[], date],
                 interval: Callable[[], int], parent: QWidget | None = None) -> None:
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
        self.tabs.addTab(self._charts(), tr("Charts"))
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

    def _charts(self) -> QWidget:
        page = QWidget()
        self.readout = QLabel(" ")
        self.readout.setAccessibleName(tr("Details of the period under the pointer"))
        self.bars = pg.PlotWidget()
        self.bars.setMenuEnabled(False)
        self.bars.setMouseEnabled(x=False, y=False)
        self.bars.setLabel("left", tr("Breaks"))
        self.bars.addLegend(offset=(10, 2), colCount=6)
        self.bars.showAxis("right")
        self.bars.getAxis("right").setLabel(tr("Taken (%)"))
        self.percent = pg.ViewBox()
        self.bars.scene().addItem(self.percent)
        self.percent.setZValue(1000)  # the line over the bars (the plot item sits at z 0)
        self.bars.getAxis("right").linkToView(self.percent)
        self.percent.setXLink(self.bars)
        self.percent.setYRange(0, 100, padding=0.02)
        self.percent.setMouseEnabled(x=False, y=False)
        self.bars.getViewBox().sigResized.connect(self._sync_views)
        self.bars.scene().sigMouseMoved.connect(self._hover)
        self.stretch = pg.PlotWidget()
        self.stretch.setMenuEnabled(False)
        self.stretch.setMouseEnabled(x=False, y=False)
        self.stretch.setLabel("left", tr("Longest stretch (min)"))
        self.heat = pg.PlotWidget()
        self.heat.setMenuEnabled(False)
        self.heat.setMouseEnabled(x=False, y=False)
        self.heat.setTitle(tr("When breaks get skipped or missed"))
        self.heat.getAxis("left").setTicks([[(i + 0.5, d) for i, d in enumerate(
            ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))]])
        self.heat.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)]])
        self.heat.invertY(True)
        self.heat_image = pg.ImageItem()
        self.heat_image.setColorMap(pg.ColorMap([0.0, 1.0], [QColor("#ffffff"),
                                                              QColor("#e65100")]))
        self.heat.addItem(self.heat_image)
        lower = QHBoxLayout()
        lower.addWidget(self.stretch, 1)
        lower.addWidget(self.heat, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.readout)
        layout.addWidget(self.bars, 3)
        layout.addLayout(lower, 2)
        return page

    def _sync_views(self) -> None:
        self.percent.setGeometry(self.bars.getViewBox().sceneBoundingRect())
        self.percent.linkedViewChanged(self.bars.getViewBox(), self.percent.XAxis)

    # ---- data ----

    def refresh(self) -> None:
        _, span, size = RANGES[self.range.currentIndex()]
        last = self._today()
        progress = self._load(last - timedelta(days=span - 1), last)
        self.buckets = stats.buckets(progress.days, size)
        self._show_cards(progress.headline)
        has_data = any(b.due for b in self.buckets)
        self.stack.setCurrentIndex(1 if has_data else 0)
        self._draw_bars(self.buckets, size)
        self._draw_stretch(self.buckets)
        image = np.array(progress.heatmap, dtype=float).T  # x = hour, y = weekday
        self.heat_image.setImage(image, levels=(0, max(1.0, float(image.max()))))
        self._fill_table(self.buckets)

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

    def _draw_bars(self, buckets: Sequence[stats.Bucket], size: str) -> None:
        plot = self.bars.getPlotItem()
        for item in list(plot.items):
            plot.removeItem(item)
        self.percent.clear()
        if plot.legend is not None:
            plot.legend.clear()
        x = np.arange(len(buckets), dtype=float)
        base = np.zeros(len(buckets))
        for key, name, colour in SEGMENTS:
            heights = np.array([getattr(b, key) for b in buckets], dtype=float)
            bars = pg.BarGraphItem(x=x, height=heights, y0=base.copy(), width=0.7,
                                   brush=colour, pen=None, name=tr(name))
            plot.addItem(bars)
            base += heights
        points = [(i, 100 * b.compliance) for i, b in enumerate(buckets)
                  if b.compliance is not None]
        if points:
            line = pg.PlotDataItem([p[0] for p in points], [p[1] for p in points],
                                   pen=pg.mkPen("#263238", width=2), symbol="o", symbolSize=8,
                                   symbolBrush="#263238", symbolPen=pg.mkPen("w", width=1.5),
                                   name=tr("Taken (%)"))
            self.percent.addItem(line)
            if plot.legend is not None:
                plot.legend.addItem(line, tr("Taken (%)"))
        step = max(1, len(buckets) // 10)
        ticks = [(i, _short(b, size)) for i, b in enumerate(buckets) if i % step == 0]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(buckets) - 0.4, padding=0)
        # Head room above the tallest bar keeps the legend clear of the data.
        plot.setYRange(0, max(4.0, float(base.max(initial=0)) * 1.55), padding=0)
        self._sync_views()

    def _draw_stretch(self, buckets: Sequence[stats.Bucket]) -> None:
        plot = self.stretch.getPlotItem()
        plot.clear()
        values = np.array([b.longest_stretch_min or 0.0 for b in buckets], dtype=float)
        plot.addItem(pg.BarGraphItem(x=np.arange(len(buckets)), height=values, width=0.6,
                                     brush="#9aa5b1", pen=None))
        interval = self._interval()
        plot.addItem(pg.InfiniteLine(pos=interval, angle=0, label=tr("your interval"),
                                     labelOpts={"position": 0.9, "color": "#1565c0"},
                                     pen=pg.mkPen("#1565c0", style=Qt.PenStyle.DashLine)))
        plot.getAxis("bottom").setTicks([[(i, "") for i in range(len(buckets))]])
        plot.setYRange(0, max(interval * 1.5, float(values.max(initial=0)) * 1.1), padding=0)

    def _fill_table(self, buckets: Sequence[stats.Bucket]) -> None:
        self.table.setRowCount(len(buckets))
        for row, b in enumerate(reversed(buckets)):
            taken = "-" if b.compliance is None else f"{b.compliance:.0%}"
            stretch = "-" if b.longest_stretch_min is None else f"{b.longest_stretch_min:.0f}"
            cells = (b.label, b.due, b.completed, b.snoozed_then_taken, b.natural, b.skipped,
                     b.missed, taken, stretch, f"{b.minutes_moved:.0f}")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _hover(self, position: QPointF) -> None:
        plot = self.bars.getPlotItem()
        if not plot.sceneBoundingRect().contains(position) or not self.buckets:
            return
        index = round(plot.vb.mapSceneToView(position).x())
        if 0 <= index < len(self.buckets):
            self.readout.setText(describe(self.buckets[index]))


def describe(b: stats.Bucket) -> str:
    """The read-out for one period, as the hover line and screen readers say it."""
    parts = [f"{getattr(b, key)} {tr(name).lower()}" for key, name, _ in SEGMENTS
             if getattr(b, key)]
    taken = "" if b.compliance is None else tr(" · %1 of due breaks taken").replace(
        "%1", f"{b.compliance:.0%}")
    return f"{b.label}: {', '.join(parts) or tr('nothing due')}{taken}"


def _short(b: stats.Bucket, size: str) -> str:
    if size == "day":
        return f"{b.start:%a %d}"
    if size == "week":
        return f"{b.start:%d %b}"
    return f"{b.start:%b %y}"
