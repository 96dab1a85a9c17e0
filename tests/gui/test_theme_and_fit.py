"""Themes reach the windows; windows fit the screen; settings say what is wrong and where;
the dashboard's cards and charts say what they show."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from deskcoach.core import stats
from deskcoach.core.settings import Settings
from deskcoach.services.progress import gather
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from deskcoach.ui import theme
from deskcoach.ui.dashboard import Dashboard, definitions_html
from deskcoach.ui.settings_dialog import SettingsDialog
from deskcoach.ui.tokens import DARK, LIGHT
from tools.synthetic_history import fill

ZONE = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 20)  # a Friday


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    """Leaves the shared QApplication as the other tests expect it: no theme applied."""
    yield
    theme.use("light")
    saved = theme._state.get("system_palette")
    if isinstance(saved, QPalette):
        qapp.setPalette(saved)
    qapp.setStyleSheet("")
    theme._state.update(setting=None, colours=LIGHT)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    h = History(tmp_path_factory.mktemp("fit") / "h.sqlite3",
                datetime(2026, 11, 20, 18, tzinfo=ZONE))
    fill(h, TODAY, 120, 10, ZONE, random.Random(5))
    return h


def _dashboard(qtbot: QtBot, history: History, hours: str = "") -> Dashboard:
    catalogue = load_catalogue().catalogue
    d = Dashboard(lambda a, b: gather(history, catalogue, ZONE, a, b), lambda: TODAY,
                  lambda: 40, goal=lambda: 80, hours=lambda: hours)
    qtbot.addWidget(d)
    return d


def test_the_theme_setting_sets_the_palette_and_says_so(qtbot: QtBot, light_again: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with qtbot.waitSignal(theme.signals().changed):
        theme.use("dark")
    assert theme.current() is DARK
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert app.palette().color(QPalette.ColorRole.Text).name() == DARK.text
    assert f"color: {DARK.danger}" in app.styleSheet()
    with qtbot.waitSignal(theme.signals().changed):
        theme.use("light")
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    with qtbot.assertNotEmitted(theme.signals().changed):
        theme.use("light")  # no change, no work


def test_system_follows_the_desktop_colour_scheme(qtbot: QtBot, light_again: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    said = [Qt.ColorScheme.Dark]
    monkeypatch.setattr(theme, "_scheme", lambda app: said[0])
    assert theme.resolve("system") is DARK
    said[0] = Qt.ColorScheme.Light
    assert theme.resolve("system") is LIGHT
    assert theme.resolve("dark") is DARK
    # when the desktop does not say, the lightness of its own palette decides
    said[0] = Qt.ColorScheme.Unknown
    saved = QPalette()
    saved.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    monkeypatch.setitem(theme._state, "system_palette", saved)
    assert theme.resolve("system") is DARK
    saved.setColor(QPalette.ColorRole.Window, QColor(240, 240, 240))
    assert theme.resolve("system") is LIGHT


def test_settings_fit_the_screen_and_keep_ok_in_view(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), frozenset())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height()
    assert dialog.frameGeometry().width() <= area.width()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isVisible()
    assert dialog.rect().contains(ok.geometry().translated(dialog.buttons.pos()))
    # every label column in a tab starts its controls at the same x
    xs = {dialog.controls[k].mapTo(dialog, dialog.controls[k].rect().topLeft()).x()
          for k in ("work_minutes", "break_seconds", "snooze_minutes", "goal_percent")}
    assert len(xs) == 1


def test_a_bad_value_says_what_is_wrong_and_on_which_tab(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), frozenset())
    qtbot.addWidget(dialog)
    hours = dialog.controls["working_hours"]
    assert isinstance(hours, QLineEdit)
    hours.setText("mon-fri 9 to 5")
    error = dialog.errors["working_hours"]
    assert not error.isHidden()
    assert error.text() == "'9to5' is not a time range like 08:30-12:30"
    assert dialog.problem.text() == ("Not saved yet. Working hours on the Smart timing tab: "
                                     "'9to5' is not a time range like 08:30-12:30")
    assert hours.property("invalid") is True
    hours.setText("mon-fri 09:00-17:00")
    assert error.isHidden()
    assert dialog.problem.isHidden()


def test_every_number_has_its_unit_in_the_right_number(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(reassess_months=1), frozenset())
    qtbot.addWidget(dialog)
    months = dialog.controls["reassess_months"]
    assert isinstance(months, QSpinBox)
    assert months.text() == "1 month"
    months.setValue(6)
    assert months.text() == "6 months"
    texts = {key: c.text() for key, c in dialog.controls.items() if isinstance(c, QSpinBox)}
    assert texts == {"work_minutes": "40 min", "break_seconds": "120 s", "notice_seconds": "60 s",
                     "snooze_minutes": "5 min", "snoozes_per_break": "2 snoozes",
                     "daily_skip_budget": "3 skips", "idle_minutes": "5 min",
                     "max_defer_minutes": "60 min", "reassess_months": "6 months",
                     "goal_percent": "80%", "eye_break_minutes": "20 min",
                     "sound_volume": "60%"}


def test_the_dashboard_fits_and_opens_centred(qtbot: QtBot, history: History) -> None:
    d = _dashboard(qtbot, history)
    area = d.screen().availableGeometry()
    assert d.width() <= area.width()
    assert d.height() <= area.height()
    assert abs(d.geometry().center().x() - area.center().x()) <= 2
    assert abs(d.geometry().center().y() - area.center().y()) <= 2


def test_cards_say_their_range_and_explain_themselves(qtbot: QtBot, history: History) -> None:
    d = _dashboard(qtbot, history)
    assert d.card_captions["today"].text() == "Today, Fri 20 Nov"
    assert d.card_captions["week"].text() == "This week, Mon 16 Nov to today"
    headline = gather(history, load_catalogue().catalogue, ZONE, TODAY, TODAY).headline
    assert headline.change_points is not None
    note = d.card_notes["week"]
    points = round(headline.change_points)
    words = "point" if abs(points) == 1 else "points"
    assert note.text().startswith(f"{points:+d} {words} against last week")
    assert note.objectName() == ("better" if points > 0 else "worse")
    assert d.card_notes["streak"].text().endswith("today joins at 80%")


def test_table_runs_oldest_first_without_row_numbers(qtbot: QtBot, history: History) -> None:
    d = _dashboard(qtbot, history)
    labels = [item.text() if (item := d.table.item(row, 0)) else None
              for row in range(d.table.rowCount())]
    assert labels == [b.label for b in d.buckets]
    assert d.table.verticalHeader().isHidden()


def test_charts_share_one_axis_and_show_working_hours(qtbot: QtBot, history: History) -> None:
    d = _dashboard(qtbot, history, hours="mon-fri 08:30-17:30")
    d.show()
    qtbot.waitUntil(lambda: d.charts is not None, timeout=10_000)
    charts = d.charts
    assert charts is not None
    assert charts.share.getViewBox().linkedView(0) is charts.bars.getViewBox()
    assert charts.stretch.getViewBox().linkedView(0) is charts.bars.getViewBox()
    assert not charts.bars.getAxis("right").isVisible()  # no second scale on the bars
    bars = [i for i in charts.stretch.items if type(i).__name__ == "BarGraphItem"]
    assert len(bars[0].opts["x"]) == len(d.buckets) == 7
    ticks = charts.stretch.getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == ["Sat 14", "Sun 15", "Mon 16", "Tue 17", "Wed 18",
                                     "Thu 19", "Fri 20"]
    image = charts.heat_image.image
    assert image is not None
    assert image.shape == (10, 5)  # 08..17 by Monday..Friday, not 24 x 7


def test_how_it_is_counted_has_a_heading_and_bold_terms() -> None:
    page = definitions_html(stats.DEFINITIONS)
    assert page.startswith("<h2>How DeskCoach counts your breaks</h2>")
    assert "<p><b>Due</b>: a break is due" in page
    assert "<p><b>Streak</b>: " in page


def test_the_window_classes_are_named_for_the_stylesheet(tmp_path: Path) -> None:
    sheet = theme.stylesheet(DARK)
    for name in ("muted", "title", "value", "error", "better", "worse", "card", "hint"):
        assert f"#{name}" in sheet


def test_regions_say_the_few_left_out_when_most_were_worked() -> None:
    from deskcoach.core.settings import REGION_NAMES
    from deskcoach.ui.dashboard import regions_phrase

    assert regions_phrase(()) == "none yet"
    assert regions_phrase(("neck", "wrists_hands")) == "neck, wrists and hands"
    assert regions_phrase(tuple(r for r in REGION_NAMES if r != "whole_body")) == \
        "all but whole body"
    assert regions_phrase(REGION_NAMES) == "all of them"


def test_the_break_window_and_figure_follow_the_theme(qtbot: QtBot, light_again: None) -> None:
    from deskcoach.ui.break_window import BreakWindow

    window = BreakWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().toImage().pixelColor(2, 2).name() == LIGHT.window
    theme.use("dark")
    qtbot.waitUntil(lambda: window.grab().toImage().pixelColor(2, 2).name() == DARK.window,
                    timeout=2000)
    assert window.pose.paper.name() == DARK.art_backdrop
    assert window.pose.backdrop.name() == DARK.window
    assert f"background: {DARK.primary}" in window.styleSheet()
    assert f"border: 3px solid {DARK.focus_ring}" in window.styleSheet()


def test_chart_titles_break_into_lines_where_the_charts_are_narrow(
        qtbot: QtBot, history: History) -> None:
    d = _dashboard(qtbot, history)
    d.resize(1300, 800)
    d.show()
    qtbot.waitUntil(lambda: d.charts is not None, timeout=10_000)
    charts = d.charts
    assert charts is not None
    wide = charts.share.titleLabel.text
    assert "<br>" not in wide
    assert wide.startswith("Share of due breaks taken; dashed: your 80% goal")
    d.resize(700, 800)
    qtbot.waitUntil(lambda: "<br>" in charts.share.titleLabel.text, timeout=2000)
    lines = charts.share.titleLabel.text.split("<br>")
    assert " ".join(lines) == wide  # every word kept, only broken into lines
    assert "<br>" in charts.stretch.titleLabel.text
