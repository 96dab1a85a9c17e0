"""The progress charts. This module imports pyqtgraph and numpy, which double the memory
DeskCoach needs and take about half a second to load: the dashboard loads it only once its
window, with the numbers and the table, is on screen.

Three charts share one x axis, one bucket per period, so a period lines up down the page:
the breaks (stacked by outcome), the share of due breaks taken (its own 0-100 % scale, no
second axis; a period with nothing due has no dot and no line through it) and the longest
stretch without a break. The heat map beside them covers the working hours only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from deskcoach.core import stats
from deskcoach.core.hours import WorkingHours
from deskcoach.core.i18n import percent
from deskcoach.ui import theme
from deskcoach.ui.dashboard import SEGMENTS, describe
from deskcoach.ui.text import fill, label, left_to_right, tr
from deskcoach.ui.tokens import SPACE, TYPE

_AXIS_WIDTH = 56  # the same for the three stacked charts, so their bars line up


def _weekday(index: int) -> str:
    """Monday (0) to Sunday (6), short, in the user's locale."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


class Charts(QWidget):
    """Breaks, share taken and longest stretch per period; when breaks get skipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: Sequence[stats.Bucket] = ()
        self._last: tuple[object, ...] | None = None
        self.readout = label(tr("Point at a period for its figures."), "muted")
        self.readout.setAccessibleName(tr("Details of the period under the pointer"))
        self.legend = label("", "muted")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.footnote = label("", "small", wrap=True)
        self.plots = pg.GraphicsLayoutWidget()
        left_to_right(self.plots)
        self.plots.setAccessibleName(tr("Breaks, share taken and longest stretch per period"))
        self.bars = self.plots.addPlot(row=0, col=0)
        self.share = self.plots.addPlot(row=1, col=0)
        self.stretch = self.plots.addPlot(row=2, col=0)
        layout = self.plots.ci.layout
        for row, factor in enumerate((5, 3, 3)):
            layout.setRowStretchFactor(row, factor)
        for plot in (self.bars, self.share, self.stretch):
            plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # axes stay on the left
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(_AXIS_WIDTH)
            if plot is not self.bars:
                plot.setXLink(self.bars)
        self.bars.setLabel("left", tr("Breaks"))
        self.share.setLabel("left", tr("Taken (%)"))
        self.stretch.setLabel("left", tr("Minutes"))
        self.plots.scene().sigMouseMoved.connect(self._hover)
        self.heat = pg.PlotWidget()
        left_to_right(self.heat)
        self.heat.setAccessibleName(tr("Skipped and missed breaks by weekday and hour"))
        self.heat.setMenuEnabled(False)
        self.heat.setMouseEnabled(x=False, y=False)
        self.heat.hideButtons()
        self.heat.invertY(True)
        self.heat.getPlotItem().setContentsMargins(0, SPACE["m"], SPACE["s"], 0)  # the scale's "1"
        self.heat_image = pg.ImageItem()
        self.heat.addItem(self.heat_image)
        self.heat_scale = pg.ColorBarItem(values=(0, 1), interactive=False,
                                          label=tr("Skipped or missed"), width=14)
        self.heat_scale.setImageItem(self.heat_image, insert_in=self.heat.getPlotItem())
        self._cell_texts: list[pg.TextItem] = []
        self._titles: dict[pg.PlotItem, str] = {}  # chart titles as written (re-broken on resize)
        lower = QHBoxLayout()
        lower.addWidget(self.plots, 3)
        # the title as a widget of its own: it wraps in any language, where a plot title's
        # width would push the colour scale out of the plot in German
        self.heat_title = label(tr("When breaks get skipped or missed"), "caption", wrap=True)
        self.heat_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heat_column = QVBoxLayout()
        heat_column.setSpacing(SPACE["xs"])
        heat_column.addWidget(self.heat_title)
        heat_column.addWidget(self.heat, 1)
        lower.addLayout(heat_column, 2)
        column = QVBoxLayout(self)
        column.setSpacing(SPACE["s"])
        column.addWidget(self.readout)
        column.addWidget(self.legend)
        column.addLayout(lower, 1)
        column.addWidget(self.footnote)
        theme.signals().changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        """The current theme's colours for backgrounds, axes and text, then draw again."""
        c = theme.current()
        for widget in (self.plots, self.heat):
            widget.setBackground(QColor(c.surface))
        for plot in (self.bars, self.share, self.stretch, self.heat.getPlotItem()):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(pg.mkPen(QColor(c.border)))
                axis.setTextPen(pg.mkPen(QColor(c.text_muted)))
            plot.titleLabel.setAttr("color", c.text)
        for plot in (self.bars, self.share, self.stretch):
            plot.getAxis("left").label.setDefaultTextColor(QColor(c.text_muted))
        self.heat_scale.axis.setPen(pg.mkPen(QColor(c.border)))
        self.heat_scale.axis.setTextPen(pg.mkPen(QColor(c.text_muted)))
        self.legend.setText("&nbsp;&nbsp;".join(
            f"<span style='color:{colour}'>&#9632;</span>&nbsp;{tr(name)}"
            for (_, name, _), colour in zip(SEGMENTS, c.series, strict=True)))
        if self._last is not None:
            self.draw(*self._last)  # type: ignore[arg-type]

    def draw(self, buckets: Sequence[stats.Bucket], size: str,
             heatmap: Sequence[Sequence[int]], interval: int, goal: int = 80,
             hours: WorkingHours | None = None, partial: Sequence[str] = ()) -> None:
        """`partial`: labels of the periods not over yet (marked with a star)."""
        self._last = (buckets, size, heatmap, interval, goal, hours, partial)
        self.buckets = buckets
        ticks = [(i, _short(b, size) + ("*" if b.label in partial else ""))
                 for i, b in enumerate(buckets)]
        step = max(1, len(ticks) // 10)
        shown = [t for i, t in enumerate(ticks) if i % step == 0 or i == len(ticks) - 1]
        self._draw_bars(buckets)
        self._draw_share(buckets, goal)
        self._draw_stretch(buckets, interval)
        for plot in (self.bars, self.share, self.stretch):
            plot.getAxis("bottom").setTicks([shown, [(i, "") for i in range(len(buckets))]])
        self.share.getAxis("bottom").setStyle(showValues=False)
        self.bars.setXRange(-0.6, len(buckets) - 0.4, padding=0)
        self._draw_heat(heatmap, hours or WorkingHours())
        notes = [tr("* %1 is not over yet: its figures so far.").replace("%1", p)
                 for p in partial]
        self.footnote.setText(" ".join(notes))
        self.footnote.setVisible(bool(notes))

    def _draw_bars(self, buckets: Sequence[stats.Bucket]) -> None:
        c = theme.current()
        self.bars.clear()
        x = np.arange(len(buckets), dtype=float)
        base = np.zeros(len(buckets))
        for (key, _, _), colour in zip(SEGMENTS, c.series, strict=True):
            heights = np.array([getattr(b, key) for b in buckets], dtype=float)
            self.bars.addItem(pg.BarGraphItem(x=x, height=heights, y0=base.copy(), width=0.7,
                                              brush=QColor(colour), pen=None))
            base += heights
        self.bars.setYRange(0, max(4.0, float(base.max(initial=0)) * 1.08), padding=0)

    def _draw_share(self, buckets: Sequence[stats.Bucket], goal: int) -> None:
        c = theme.current()
        self.share.clear()
        self._titled(self.share, tr("Share of due breaks taken; dashed: your %1 goal; "
                                    "no dot: nothing due").replace("%1", percent(goal / 100)))
        y = np.array([np.nan if b.compliance is None else 100 * b.compliance for b in buckets])
        self.share.addItem(pg.InfiniteLine(pos=goal, angle=0, pen=pg.mkPen(
            QColor(c.text_muted), style=Qt.PenStyle.DashLine)))
        self.share.addItem(pg.PlotDataItem(
            np.arange(len(buckets), dtype=float), y, connect="finite",
            pen=pg.mkPen(QColor(c.accent), width=2), symbol="o", symbolSize=7,
            symbolBrush=QColor(c.accent), symbolPen=pg.mkPen(QColor(c.surface), width=1)))
        self.share.setYRange(0, 105, padding=0)
        self.share.getAxis("left").setTicks([[(0, "0"), (50, "50"), (100, "100")]])

    def _draw_stretch(self, buckets: Sequence[stats.Bucket], interval: int) -> None:
        c = theme.current()
        self.stretch.clear()
        self._titled(self.stretch, tr("Longest time without a break; dashed: your %1 min "
                                      "interval").replace("%1", str(interval)))
        values = np.array([b.longest_stretch_min or 0.0 for b in buckets], dtype=float)
        self.stretch.addItem(pg.BarGraphItem(x=np.arange(len(buckets)), height=values,
                                             width=0.7, brush=QColor(c.neutral), pen=None))
        self.stretch.addItem(pg.InfiniteLine(pos=interval, angle=0, pen=pg.mkPen(
            QColor(c.accent), width=1.5, style=Qt.PenStyle.DashLine)))
        self.stretch.setYRange(0, max(interval * 1.5, float(values.max(initial=0)) * 1.1),
                               padding=0)

    def _draw_heat(self, heatmap: Sequence[Sequence[int]], hours: WorkingHours) -> None:
        c = theme.current()
        grid = np.array(heatmap, dtype=float).reshape(7, 24) if len(heatmap) else \
            np.zeros((7, 24))
        days, first, last = _working_cells(hours, grid)
        image = grid[days][:, first:last].T  # x = hour, y = weekday
        top = max(1.0, float(image.max(initial=0)))
        cmap = pg.ColorMap([0.0, 1.0], [QColor(c.surface_alt), QColor(c.heat_high)])
        self.heat_scale.setColorMap(cmap)
        self.heat_scale.setLevels((0, top))
        self.heat_image.setImage(image, levels=(0, top))
        for item in self._cell_texts:
            self.heat.removeItem(item)
        self._cell_texts = []
        for col, hour in enumerate(range(first, last)):
            for row, day in enumerate(days):
                count = int(grid[day, hour])
                if count:
                    text = pg.TextItem(str(count), anchor=(0.5, 0.5), color=QColor(
                        c.surface if count > top / 2 else c.text))
                    text.setPos(col + 0.5, row + 0.5)
                    self.heat.addItem(text)
                    self._cell_texts.append(text)
        self.heat.getAxis("left").setTicks([[(i + 0.5, _weekday(d)) for i, d in enumerate(days)]])
        every = max(1, (last - first) // 8)
        self.heat.getAxis("bottom").setTicks([[(i + 0.5, f"{h:02d}") for i, h in enumerate(
            range(first, last)) if i % every == 0]])
        steps = max(1, round(top) // 4)
        self.heat_scale.axis.setTicks([[(v, str(v)) for v in range(0, round(top) + 1, steps)]])
        self.heat.setLabel("bottom", tr("Hour the break fell due"))
        self.heat.setRange(xRange=(0, last - first), yRange=(0, len(days)), padding=0)

    def _titled(self, plot: pg.PlotItem, text: str) -> None:
        """A chart's title, broken into lines at spaces where it is wider than the chart (a
        plot title does not wrap by itself: German, or a narrow window, cut it off)."""
        self._titles[plot] = text
        points = TYPE["small"]
        font = QFont(self.font())
        font.setPointSizeF(points)
        width = max(120, self.plots.width() - _AXIS_WIDTH - SPACE["m"])
        metrics = QFontMetrics(font)
        lines: list[str] = []
        for word in text.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        plot.setTitle("<br>".join(html.escape(line) for line in lines), size=f"{points}pt")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for plot, text in self._titles.items():
            self._titled(plot, text)

    def _hover(self, position: QPointF) -> None:
        if not self.buckets:
            return
        for plot in (self.bars, self.share, self.stretch):
            if plot.sceneBoundingRect().contains(position):
                index = round(plot.vb.mapSceneToView(position).x())
                if 0 <= index < len(self.buckets):
                    self.readout.setText(describe(self.buckets[index]))
                return


def _working_cells(hours: WorkingHours, grid: np.ndarray) -> tuple[list[int], int, int]:
    """The weekdays and the hour span to show: the working hours (Mon-Fri 08-18 when they are
    'always'), widened to every cell that has a skip, so nothing counted is left out."""
    if hours.always:
        days, first, last = {0, 1, 2, 3, 4}, 8, 18
    else:
        spans = [(d, s, e) for d, ranges in enumerate(hours.days) for s, e in ranges]
        days = {d for d, _, _ in spans}
        first = min(s.hour for _, s, _ in spans)
        last = max(e.hour + (1 if e.minute or e.second else 0) or 24 for _, _, e in spans)
    for day, hour in zip(*np.nonzero(grid), strict=True):
        days.add(int(day))
        first, last = min(first, int(hour)), max(last, int(hour) + 1)
    return sorted(days), first, max(last, first + 1)


def _short(b: stats.Bucket, size: str) -> str:
    if size == "day":
        return fill(tr("%1 %2", "weekday and day of month"), _weekday(b.start.weekday()),
                    QLocale().toString(b.start.day))
    month = QLocale().monthName(b.start.month, QLocale.FormatType.ShortFormat)
    if size == "week":
        return fill(tr("%1 %2", "day and month"), QLocale().toString(b.start.day), month)
    return month
