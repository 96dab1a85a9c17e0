"""The dashboard's Body log page: trend lines from check-ins, the privacy note, help."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from deskcoach.core.checkins import CheckIn
from deskcoach.services.coaching import Coach
from deskcoach.services.progress import gather
from deskcoach.store.catalogue import load_catalogue
from deskcoach.store.history import History
from deskcoach.ui.dashboard import Dashboard
from deskcoach.ui.trends import PRIVACY, BodyFeed
from tools.synthetic_history import fill

ZONE = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 18, tzinfo=ZONE)


def drawn(qtbot: QtBot, history: History, coach: Coach) -> Dashboard:
    """The dashboard over `history` with the Body log of `coach`, once its charts are drawn."""
    d = Dashboard(lambda first, last: gather(history, coach.catalogue, ZONE, first, last),
                  lambda: TODAY, lambda: 40, body=BodyFeed(coach, lambda: NOW))
    qtbot.addWidget(d)
    d.show()
    with qtbot.waitSignal(d.charts_drawn, timeout=10_000):
        pass
    return d


def test_body_log_draws_the_daily_average_and_mornings(qtbot: QtBot, tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3", NOW)
    fill(history, TODAY, 20, 10, ZONE, random.Random(3))
    catalogue = load_catalogue().catalogue
    coach = Coach(history.connection, catalogue)
    # Yesterday: morning 4, after a break 2 -> average 3.0; today: morning 2 -> 2.0.
    for at, pain, kind in ((datetime(2026, 11, 19, 8, tzinfo=ZONE), 4, "morning"),
                           (datetime(2026, 11, 19, 11, tzinfo=ZONE), 2, "after_break"),
                           (datetime(2026, 11, 20, 8, tzinfo=ZONE), 2, "morning")):
        assert coach.log.add(CheckIn(at, pain, kind))
    d = drawn(qtbot, history, coach)
    body = d.body
    assert body is not None
    assert d.tabs.tabText(1) == "Body log"
    assert PRIVACY in [w.text() for w in body.findChildren(type(body.advice))]
    assert body.empty.isHidden()
    lines = {item.name(): item.getData() for item in body.plot.getPlotItem().listDataItems()}
    # The 7-day range: days 14-20 November at x = 0-6.
    assert [list(v) for v in lines["Daily average"]] == [[5.0, 6.0], [3.0, 2.0]]
    assert [list(v) for v in lines["Mornings"]] == [[5.0, 6.0], [4.0, 2.0]]
    sitting = body.sitting.getPlotItem().listDataItems()
    assert len(sitting) == 1
    # Programmes: offered (with why, from the check-ins), started and stopped from here.
    assert body.choice.count() == 4
    assert body.plan.text() == "No programme is running: breaks draw from every exercise."
    assert not body.stop_button.isEnabled()
    body.choice.setCurrentIndex(body.choice.findData("sit-less"))
    body.start_button.click()
    assert coach.status(NOW)["programme"] == "sit-less"
    assert body.plan.text() == ("Week 1 of 2, phase 1 (Break up sitting). Phase 1 of 2 (Break "
                                "up sitting): day 1 of 7.")
    body.stop_button.click()
    assert coach.status(NOW)["programme"] is None
    assert coach.log.add(CheckIn(datetime(2026, 11, 20, 9, tzinfo=ZONE), 5, "manual", "legs"))
    body.show_plan()
    assert body.choice.itemText(body.choice.findData("sit-less")) == (
        "Sit less: stand and walk (2 weeks) - suggested: 1 check-in with legs discomfort lately")
    body.help_button.click()
    assert body.help_page is not None
    assert body.help_page.windowTitle() == "When to get help"
    body.help_page.close()
    history.close()


def test_body_log_lists_level_changes_and_exports_the_pdf(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: Any) -> None:
    from deskcoach.core.pacing import Change, Pace
    from deskcoach.ui.trends import BodyLog

    history = History(tmp_path / "history.sqlite3", NOW)
    coach = Coach(history.connection, load_catalogue().catalogue)
    body = BodyLog(BodyFeed(coach, lambda: NOW))
    qtbot.addWidget(body)
    assert body.levels.text().startswith("Levels: every exercise at its usual dose so far.")
    assert coach.log.add(CheckIn(datetime(2026, 11, 18, 8, tzinfo=ZONE), 3, "morning",
                                 note="stiff neck"))
    assert coach.log.record(Change("up", Pace("chin-tuck", 2, date(2026, 11, 19)),
                                   "Level up to harder: your mornings stayed the same or better "
                                   "for 4 days"), datetime(2026, 11, 19, 9, tzinfo=ZONE))
    body.show_plan()
    assert body.levels.text() == (
        "Level changes\n2026-11-19 - Chin tucks: now harder (10 tucks, 5 s each). Level up to "
        "harder: your mornings stayed the same or better for 4 days.")
    target = tmp_path / "out" / "log.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(BodyLog, "ask_path", staticmethod(lambda parent: str(target)))
    body.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert body.plan.text().startswith(f"Saved the log as {target}")
    blocked = tmp_path / "a-file" / "log.pdf"  # its folder is a file: the write fails
    blocked.parent.write_text("")
    monkeypatch.setattr(BodyLog, "ask_path", staticmethod(lambda parent: str(blocked)))
    body.pdf_button.click()
    assert body.plan.text().startswith(f"Could not write {blocked}")
    history.close()


def test_body_log_draws_each_changed_exercises_level_by_day(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    from deskcoach.core.pacing import Change, Pace

    history = History(tmp_path / "history.sqlite3", NOW)
    fill(history, TODAY, 20, 10, ZONE, random.Random(3))
    catalogue = load_catalogue().catalogue
    coach = Coach(history.connection, catalogue)
    # Levels are 0 easier, 1 standard, 2 harder; the lines show steps from standard.
    for day, hour, ident, level in ((10, 9, "neck-rotation", 2), (16, 9, "neck-rotation", 1),
                                    (17, 9, "chin-tuck", 2), (19, 10, "shoulder-rolls", 0)):
        action = "up" if level == 2 else "back"
        assert coach.log.record(Change(action, Pace(ident, level, date(2026, 11, day)), "why"),
                                datetime(2026, 11, day, hour, tzinfo=ZONE))
    assert coach.log.add(CheckIn(datetime(2026, 11, 20, 8, tzinfo=ZONE), 2, "morning"))
    d = drawn(qtbot, history, coach)
    assert d.body is not None
    lines = {item.name(): [list(v) for v in item.getData()]
             for item in d.body.levels_plot.getPlotItem().listDataItems()}
    # 14-20 November at x = 0-6, each day a step from x - 0.5 to x + 0.5.
    x = [-0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5]
    assert lines == {
        "Chin tucks": [x, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0]],
        "Neck turns": [x, [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]],
        "Shoulder rolls": [x, [0.0, 0.0, 0.0, 0.0, 0.0, -1.0, -1.0]]}
    history.close()
