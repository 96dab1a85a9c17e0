"""The progress dashboard: headline numbers, a table and the definitions at once, and the
charts (deskcoach.ui.charts, which loads pyqtgraph and numpy) as soon as the window is on
screen. The app imports this module only when the window first opens."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskcoach.core import stats
from deskcoach.core.i18n import percent
from deskcoach.core.settings import REGION_NAMES, REGION_WORDS
from deskcoach.services.progress import Progress
from deskcoach.ui.text import QT_TR_NOOP, fill, label, tr
from deskcoach.ui.tokens import SPACE

if TYPE_CHECKING:
    from deskcoach.ui.charts import Charts
    from deskcoach.ui.trends import BodyFeed

#: (label, bucket size, buckets): whole weeks and months, the last one so far
RANGES = ((QT_TR_NOOP("Last 7 days"), "day", 7), (QT_TR_NOOP("Last 30 days"), "day", 30),
          (QT_TR_NOOP("Last 12 weeks"), "week", 12), (QT_TR_NOOP("Last 12 months"), "month", 12))
#: bar segments, bottom to top; their colours are the theme's `series`, in this order
SEGMENTS = (("completed", QT_TR_NOOP("Completed"), 0),
            ("snoozed_then_taken", QT_TR_NOOP("Snoozed, then taken"), 1),
            ("natural", QT_TR_NOOP("Natural (away)"), 2),
            ("skipped", QT_TR_NOOP("Skipped"), 3),
            ("missed", QT_TR_NOOP("Missed"), 4))
#: as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken
COLUMNS = (QT_TR_NOOP("Period"), QT_TR_NOOP("Due"), QT_TR_NOOP("Completed"),
           QT_TR_NOOP("Snoozed, then taken"), QT_TR_NOOP("Natural"), QT_TR_NOOP("Skipped"),
           QT_TR_NOOP("Missed"),
           QT_TR_NOOP("Taken"), QT_TR_NOOP("Compliance"), QT_TR_NOOP("Longest stretch (min)"),
           QT_TR_NOOP("Minutes moved"))


def first_day(size: str, count: int, today: date) -> date:
    """The first day of the range: `count` whole periods, the last of them holding today."""
    if size == "week":
        return today - timedelta(days=today.weekday() + 7 * (count - 1))
    if size == "month":
        months = today.year * 12 + today.month - 1 - (count - 1)
        return date(months // 12, months % 12 + 1, 1)
    return today - timedelta(days=count - 1)


class Dashboard(QWidget):
    charts_drawn = Signal()  # the first time, once pyqtgraph has loaded

    def __init__(self, load: Callable[[date, date], Progress], today: Callable[[], date],
                 interval: Callable[[], int], parent: QWidget | None = None,
                 body: BodyFeed | None = None,
                 goal: Callable[[], int] = lambda: 80,
                 hours: Callable[[], str] = lambda: "") -> None:
        """`body`: the check-in log, for the Body log page (issue 19)."""
        super().__init__(parent)
        self._load = load
        self._today = today
        self._interval = interval
        self._goal = goal
        self._hours = hours
        self.buckets: list[stats.Bucket] = []
        self.partial: list[str] = []  # labels of periods not over yet
        self.setWindowTitle(tr("DeskCoach - progress"))
        self.setAccessibleName(tr("Progress"))

        self.range = QComboBox()
        for words, _, _ in RANGES:
            self.range.addItem(tr(words))
        self.range.setAccessibleName(tr("Time range"))
        self.range.currentIndexChanged.connect(lambda _=0: self.refresh())
        top = QHBoxLayout()
        top.addWidget(label(tr("Your progress"), "title"))
        top.addStretch(1)
        shown = QLabel(tr("&Show:"))
        shown.setBuddy(self.range)
        top.addWidget(shown)
        top.addWidget(self.range)

        self.cards = QHBoxLayout()
        self.cards.setSpacing(SPACE["m"])
        self.card_values: dict[str, QLabel] = {}
        self.card_notes: dict[str, QLabel] = {}
        self.card_captions: dict[str, QLabel] = {}
        for key in ("today", "week", "streak", "moved", "regions"):
            card = QFrame()
            card.setObjectName("card")
            value = label("-", "value")
            caption = label("", "caption", wrap=True)
            note = label("", "small", wrap=True)
            value.setAccessibleName(tr(_CARD_NAMES[key]))
            column = QVBoxLayout(card)
            column.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["m"], SPACE["s"])
            column.addWidget(caption)
            column.addWidget(value)
            column.addWidget(note)
            column.addStretch(1)
            self.cards.addWidget(card, 1)
            self.card_values[key] = value
            self.card_notes[key] = note
            self.card_captions[key] = caption
        self.region_names = self.card_notes["regions"]

        self.tabs = QTabWidget()
        self.charts: Charts | None = None
        self._progress: Progress | None = None
        self.charts_waiting = label(tr("Drawing the charts..."), "muted")
        self.charts_waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(self.charts_waiting, tr("&Charts"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_two_lines(tr(c)) for c in COLUMNS])
        self.table.setAccessibleName(tr("Breaks per period, as a table, oldest first"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        first = self.table.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The columns share the width, none narrower than its heading's longest line.
        metrics = header.fontMetrics()
        header.setMinimumSectionSize(max(
            metrics.horizontalAdvance(line) for c in COLUMNS
            for line in _two_lines(tr(c)).splitlines()) + 2 * SPACE["s"])
        self.tabs.addTab(self.table, tr("&Table"))
        self.help_text = QTextBrowser()
        self.help_text.setHtml(definitions_html(tr(stats.DEFINITIONS)))
        self.help_text.setAccessibleName(tr("How the numbers are counted"))
        self.help_text.setOpenLinks(False)
        self.tabs.addTab(self.help_text, tr("&How it is counted"))
        if body is not None:
            from deskcoach.ui.trends import BodyLog

            self.body: BodyLog | None = BodyLog(body)
            self.tabs.insertTab(1, self.body, tr("Body log"))
        else:
            self.body = None

        self.empty = label(tr("No breaks yet. After your first break, this is where you see "
                              "how many you take each day, how long you go without one, and "
                              "how you move. Take one now from the tray menu if you like."),
                           "empty", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = _Stack()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)

        # On a short screen the page scrolls rather than squashing the charts flat.
        page_body = QWidget()
        page_body.setObjectName("pageBody")
        layout = QVBoxLayout(page_body)
        layout.setContentsMargins(SPACE["l"], SPACE["l"], SPACE["l"], SPACE["l"])
        layout.setSpacing(SPACE["m"])
        layout.addLayout(top)
        layout.addLayout(self.cards)
        layout.addWidget(self.stack, 1)
        self.stack.setMinimumHeight(_CHARTS_MIN_HEIGHT)
        # Grow into the room there is, from that minimum: the charts' own (large) preferred
        # size would otherwise make the page scroll on a screen that has room enough.
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.page = QScrollArea()
        self.page.setObjectName("page")
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setWidget(page_body)
        page_body.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)
        self._fit()
        self.refresh()

    def _fit(self) -> None:
        """Most of the screen it opens on, never more, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        width = min(1180, area.width() - 2 * SPACE["xl"])
        height = min(820, area.height() - 3 * SPACE["xl"])
        self.setMinimumSize(min(640, width), min(480, height))
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2,
                  area.y() + (area.height() - height) // 2)

    # ---- data ----

    def refresh(self) -> None:
        _, size, count = RANGES[self.range.currentIndex()]
        last = self._today()
        first = first_day(size, count, last)
        progress = self._load(first, last)
        self.buckets = stats.buckets(progress.days, size)
        self.partial = [b.label for b in self.buckets if b.end > last + timedelta(days=1)
                        and size != "day"]
        self._show_cards(progress.headline, last)
        has_data = any(b.due for b in self.buckets)
        self.stack.setCurrentIndex(1 if has_data else 0)
        self._fill_table(self.buckets)
        self._progress = progress
        self._draw_charts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the page's first frame is drawn, load the charts (the event loop shows it
        first)."""
        if event.type() == QEvent.Type.Paint and self.charts is None:
            QTimer.singleShot(0, self._load_charts)
        return super().eventFilter(watched, event)

    def _load_charts(self) -> None:
        if self.charts is not None:
            return
        from deskcoach.ui.charts import Charts

        self.charts = Charts()
        index = self.tabs.indexOf(self.charts_waiting)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, self.charts, tr("&Charts"))
        self.tabs.setCurrentIndex(index)
        self.charts_waiting.deleteLater()
        self._draw_charts()
        self.charts_drawn.emit()

    def _draw_charts(self) -> None:
        if self.charts is not None and self._progress is not None:
            from deskcoach.core.hours import WorkingHours, parse_hours

            try:
                hours = parse_hours(self._hours())
            except ValueError:
                hours = WorkingHours()
            size = RANGES[self.range.currentIndex()][1]
            self.charts.draw(self.buckets, size, self._progress.heatmap, self._interval(),
                             self._goal(), hours, self.partial)
            if self.body is not None:
                self.body.draw(self._progress.days)

    def _show_cards(self, h: stats.Headline, today: date) -> None:
        monday = today - timedelta(days=today.weekday())
        caption = self.card_captions
        caption["today"].setText(fill(tr("Today, %1"), _day(today)))
        week = fill(tr("This week, %1 to today"), _day(monday)) if monday != today \
            else tr("This week (today)")
        caption["week"].setText(week)
        caption["streak"].setText(tr("Streak, up to today"))
        caption["moved"].setText(tr("Moved this week"))
        caption["regions"].setText(tr("Body regions this week"))
        self.card_values["today"].setText(
            fill(tr("%1 of %n breaks", "", h.today_due), h.today_taken))
        self.card_notes["today"].setText(tr("taken of those due so far"))
        self.card_values["week"].setText("-" if h.week_compliance is None
                                         else percent(h.week_compliance))
        note = self.card_notes["week"]
        if h.change_points is None:
            note.setObjectName("small")
            note.setText(tr("of due breaks taken; nothing to compare with last week")
                         if h.week_compliance is not None else tr("nothing due yet this week"))
        else:
            points = round(h.change_points)
            note.setObjectName("better" if points > 0 else "worse" if points < 0 else "small")
            note.setText(fill(tr("%1 points against last week (%2)", "", abs(points)),
                              f"{points:+d}" if points else "\u00b10",
                              "-" if h.last_week_compliance is None
                              else percent(h.last_week_compliance)))
        note.style().unpolish(note)
        note.style().polish(note)
        goal = self._goal()
        self.card_values["streak"].setText(tr("%n days", "", h.streak))
        self.card_notes["streak"].setText(
            fill(tr("days in a row with %1 or more of due breaks taken; today joins at %1")
                 if h.streak else
                 tr("no day yet with %1 or more of due breaks taken; today joins at %1"),
                 percent(goal / 100)))
        self.card_values["moved"].setText(tr("%n min", "", round(h.week_minutes_moved)))
        self.card_notes["moved"].setText(tr("of exercise in completed breaks"))
        self.card_values["regions"].setText(str(len(h.week_regions)))
        self.region_names.setText(regions_phrase(h.week_regions))

    def _fill_table(self, buckets: Sequence[stats.Bucket]) -> None:
        """Oldest first, as the charts run left to right."""
        self.table.setRowCount(len(buckets))
        for row, b in enumerate(buckets):
            share = "-" if b.compliance is None else percent(b.compliance)
            stretch = "-" if b.longest_stretch_min is None else f"{b.longest_stretch_min:.0f}"
            period = b.label + (tr(" (so far)") if b.label in self.partial else "")
            cells = (period, b.due, b.completed, b.snoozed_then_taken, b.natural, b.skipped,
                     b.missed, b.taken, share, stretch, f"{b.minutes_moved:.0f}")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)


class _Stack(QStackedWidget):
    """Its height comes from the room on screen, never from the wrapped text inside it (a
    scroll area asks for height-for-width and would make the page taller than the screen)."""

    def hasHeightForWidth(self) -> bool:
        return False


_CHARTS_MIN_HEIGHT = 400  # px: three stacked charts still readable

_CARD_NAMES = {"today": QT_TR_NOOP("Today"), "week": QT_TR_NOOP("This week"),
               "streak": QT_TR_NOOP("Streak"), "moved": QT_TR_NOOP("Moved this week"),
               "regions": QT_TR_NOOP("Regions this week")}


def _two_lines(heading: str) -> str:
    """A long column heading over two lines, so every column fits without cutting it."""
    if len(heading) < 12 or " " not in heading:
        return heading
    middle = len(heading) // 2
    spaces = [i for i, ch in enumerate(heading) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return heading[:cut] + "\n" + heading[cut + 1:]


def regions_phrase(regions: Sequence[str]) -> str:
    """The regions worked, or, when that is most of them, the few that were not."""
    words = [tr(REGION_WORDS.get(r, r)) for r in regions]
    if len(regions) > len(REGION_NAMES) // 2:
        left = [tr(REGION_WORDS[r]) for r in REGION_NAMES if r not in regions]
        return fill(tr("all but %1"), ", ".join(left)) if left else tr("all of them")
    return ", ".join(words) or tr("none yet")


def _day(day: date) -> str:
    """A short date in the user's locale ("Mon 3 Mar", "Mo., 3. März", "3月3日(月)")."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              tr("ddd d MMM", "date format (Qt QDate)"))


def definitions_html(text: str) -> str:
    """The definitions as a page: the first paragraph a heading, each term in bold."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for i, paragraph in enumerate(paragraphs):
        words = html.escape(paragraph)
        term, colon, rest = words.partition(": ")
        if i == 0 and not colon:
            out.append(f"<h2>{words}</h2>")
        elif colon and len(term) <= 40:
            out.append(f"<p><b>{term}</b>: {rest}</p>")
        else:
            out.append(f"<p>{words}</p>")
    return "".join(out)


def describe(b: stats.Bucket) -> str:
    """The read-out for one period, as the hover line and screen readers say it."""
    parts = [f"{getattr(b, key)} {tr(name).lower()}" for key, name, _ in SEGMENTS
             if getattr(b, key)]
    taken = "" if b.compliance is None else fill(tr(" · %1 of due breaks taken"),
                                                 percent(b.compliance))
    due = ", ".join(parts) or tr("nothing due")
    return f"{b.label}: {due}{taken}"
