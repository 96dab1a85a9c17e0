"""The progress charts. This module imports pyqtgraph and numpy, which double the memory
DeskCoach needs and take about half a second to load: the dashboard loads it only once its
window, with the numbers and the table, is on screen."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deskcoach.core import stats
from deskcoach.ui.dashboard import SEGMENTS, describe
from deskcoach.ui.text import tr

pg.setConfigOptions(antialias=True, background="w", foreground="#3e4c59")


class Charts(QWidget):
    """Breaks per period with the share taken, the longest stretches and the skip heat map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: Sequence[stats.Bucket] = ()
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.readout)
        layout.addWidget(self.bars, 3)
        layout.addLayout(lower, 2)

    def _sync_views(self) -> None:
        self.percent.setGeometry(self.bars.getViewBox().sceneBoundingRect())
        self.percent.linkedViewChanged(self.bars.getViewBox(), self.percent.XAxis)

    def draw(self, buckets: Sequence[stats.Bucket], size: str,
             heatmap: Sequence[Sequence[int]], interval: int) -> None:
        self.buckets = buckets
        self._draw_bars(buckets, size)
        self._draw_stretch(buckets, interval)
        image = np.array(heatmap, dtype=float).T  # x = hour, y = weekday
        self.heat_image.setImage(image, levels=(0, max(1.0, float(image.max()))))

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

    def _draw_stretch(self, buckets: Sequence[stats.Bucket], interval: int) -> None:
        plot = self.stretch.getPlotItem()
        plot.clear()
        values = np.array([b.longest_stretch_min or 0.0 for b in buckets], dtype=float)
        plot.addItem(pg.BarGraphItem(x=np.arange(len(buckets)), height=values, width=0.6,
                                     brush="#9aa5b1", pen=None))
        plot.addItem(pg.InfiniteLine(pos=interval, angle=0, label=tr("your interval"),
                                     labelOpts={"position": 0.9, "color": "#1565c0"},
                                     pen=pg.mkPen("#1565c0", style=Qt.PenStyle.DashLine)))
        plot.getAxis("bottom").setTicks([[(i, "") for i in range(len(buckets))]])
        plot.setYRange(0, max(interval * 1.5, float(values.max(initial=0)) * 1.1), padding=0)

    def _hover(self, position: QPointF) -> None:
        plot = self.bars.getPlotItem()
        if not plot.sceneBoundingRect().contains(position) or not self.buckets:
            return
        index = round(plot.vb.mapSceneToView(position).x())
        if 0 <= index < len(self.buckets):
            self.readout.setText(describe(self.buckets[index]))


def _short(b: stats.Bucket, size: str) -> str:
    if size == "day":
        return f"{b.start:%a %d}"
    if size == "week":
        return f"{b.start:%d %b}"
    return f"{b.start:%b %y}"
