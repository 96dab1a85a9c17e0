"""The progress dashboard: ranges, empty state, the table view, and lazy loading."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from deskcoach.core import stats
from deskcoach.progress import gather
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from deskcoach.ui.dashboard import RANGES, Dashboard, describe
from tests.fresh_python import fresh_python
from tools.synthetic_history import fill

ZONE = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 20)  # a Friday


def dashboard(qtbot: QtBot, history: History) -> Dashboard:
    catalogue = load_catalogue().catalogue
    d = Dashboard(lambda first, last: gather(history, catalogue, ZONE, first, last),
                  lambda: TODAY, lambda: 40)
    qtbot.addWidget(d)
    return d


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    folder = tmp_path_factory.mktemp("dashboard")
    h = History(folder / "history.sqlite3", datetime(2026, 11, 20, 18, tzinfo=ZONE))
    fill(h, TODAY, 400, 10, ZONE, random.Random(3))
    return h


def test_empty_state_on_day_one(qtbot: QtBot, tmp_path: Path) -> None:
    d = dashboard(qtbot, History(tmp_path / "h.sqlite3", datetime(2026, 11, 20, tzinfo=ZONE)))
    assert d.stack.currentWidget() is d.empty
    assert d.empty.text().startswith("No breaks yet.")
    assert d.card_values["today"].text() == "0 of 0 breaks"


@pytest.mark.parametrize(("index", "count", "first", "partial"), [
    (0, 7, date(2026, 11, 14), []), (1, 30, date(2026, 10, 22), []),
    (2, 12, date(2026, 8, 31), ["W47 2026"]), (3, 12, date(2025, 12, 1), ["Nov 2026"])])
def test_every_range_shows_its_buckets(qtbot: QtBot, history: History, index: int, count: int,
                                       first: date, partial: list[str]) -> None:
    # TODAY is Friday 20 Nov 2026: 12 weeks start on Monday 31 Aug, 12 months on 1 Dec 2025,
    # and the week and the month holding today are marked as not over yet.
    d = dashboard(qtbot, history)
    d.range.setCurrentIndex(index)
    assert d.stack.currentWidget() is d.tabs
    assert len(d.buckets) == count
    assert d.buckets[0].start == first
    assert d.partial == partial
    assert d.table.rowCount() == len(d.buckets)
    assert d.table.columnCount() == 11
    assert d.table.verticalHeader().isHidden()
    assert d.table.item(0, 0).text() == d.buckets[0].label  # oldest first, as in the charts
    newest = d.table.item(count - 1, 0).text()
    assert newest == d.buckets[-1].label + (" (so far)" if partial else "")
    size = RANGES[index][1]
    if size == "day":
        assert d.buckets[-1].start == TODAY
    last = d.buckets[-1]
    assert int(d.table.item(count - 1, 1).text()) == last.due
    assert last.completed + last.snoozed_then_taken + last.natural + last.skipped + \
        last.missed == last.due


def test_headline_matches_the_statistics(qtbot: QtBot, history: History) -> None:
    d = dashboard(qtbot, history)
    catalogue = load_catalogue().catalogue
    expected = gather(history, catalogue, ZONE, TODAY - timedelta(days=6), TODAY).headline
    assert d.card_values["today"].text() == f"{expected.today_taken} of {expected.today_due} breaks"
    days = "day" if expected.streak == 1 else "days"
    assert d.card_values["streak"].text() == f"{expected.streak} {days}"
    assert d.card_values["regions"].text() == str(len(expected.week_regions))


def test_read_out_words() -> None:
    bucket = stats.Bucket(date(2026, 11, 18), date(2026, 11, 19), "Wed 18 Nov 2026", 2, 4, 0,
                          6, 0, 12, 6, 0.5, 80.0, 11.0, ("neck",))
    assert describe(bucket) == ("Wed 18 Nov 2026: 2 completed, 4 snoozed, then taken, "
                                "6 skipped · 50% of due breaks taken")


def test_numbers_show_at_once_and_the_charts_follow_the_first_frame(
        qtbot: QtBot, history: History) -> None:
    d = dashboard(qtbot, history)
    assert d.charts is None  # nothing drawn yet: pyqtgraph has not been needed
    assert d.tabs.widget(0) is d.charts_waiting
    d.show()
    qtbot.waitUntil(lambda: d.charts is not None, timeout=10_000)
    assert d.charts is not None
    assert d.tabs.widget(0) is d.charts
    assert d.tabs.currentIndex() == 0
    assert d.charts.buckets == d.buckets
    bars = [item for item in d.charts.bars.items if type(item).__name__ == "BarGraphItem"]
    assert len(bars) == 5  # one layer per outcome
    d.range.setCurrentIndex(3)
    assert d.charts.buckets == d.buckets
    assert len(d.buckets) == 12


def test_the_dashboard_window_does_not_load_charts_until_it_is_drawn(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from datetime import UTC, date, datetime\n"
            "from pathlib import Path\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from deskcoach.core.exercises import Catalogue\n"
            "from deskcoach.progress import gather\n"
            "from deskcoach.store.history import History\n"
            "from deskcoach.ui.dashboard import Dashboard\n"
            f"h = History(Path({str(tmp_path / 'h.sqlite3')!r}), datetime.now(UTC))\n"
            "d = Dashboard(lambda a, b: gather(h, Catalogue({}), UTC, a, b), date.today, "
            "lambda: 40)\n"
            "print(d.card_values['today'].text(), "
            "sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))\n")
    out = fresh_python(code)
    assert out.strip() == "0 of 0 breaks []"
